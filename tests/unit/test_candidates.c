/* test_candidates.c — what looks like a programme name in a block of text,
 * what the thesaurus already knows, and how candidates are counted and
 * ranked. */
#include <stdlib.h>

#include "candidates.h"
#include "harness.h"
#include "thesaurus.h"
#include "xmlio.h"

/* The hits in TEXT as "kind:words|kind:words". */
static char *scan(const char *text) {
  pd_cand_hit *h = NULL;
  size_t n = pd_candidates_scan(text, strlen(text), &h);
  static char out[512];
  out[0] = '\0';
  for (size_t i = 0; i < n; i++)
    snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s:%.*s", i ? "|" : "",
             pd_cand_kind_name(h[i].kind), (int)(h[i].end - h[i].start), text + h[i].start);
  free(h);
  return out;
}

TEST(acronyms) {
  EXPECT_STR(scan("Vi samarbeider med FAU og NEBA om dette."), "acronym:FAU|acronym:NEBA");
  EXPECT_STR(scan("Kurs i COS-P for foreldre."), "acronym:COS-P");
  EXPECT_STR(scan("VISJON OG MÅL"), "");                  /* a heading in capitals */
  EXPECT_STR(scan("Tiltaket heter ABCDEFGH."), "");       /* too long for an acronym */
  EXPECT_STR(scan("PP- tjenesten hjelper skolene."), ""); /* a suspended compound */
}

TEST(suffixes_and_marks) {
  EXPECT_STR(scan("Vi bruker Larviksmodellen i alt arbeid."), "suffix:Larviksmodellen");
  EXPECT_STR(scan("Arbeidet følger SE MEG-modellen."), "suffix:SE MEG-modellen");
  EXPECT_STR(scan("Arbeidet følger Tangen modellen."), "suffix:Tangen modellen");
  EXPECT_STR(scan("Modellen er ny."), ""); /* the word alone is no name */
  EXPECT_STR(scan("Vi kjøper Trygg Start\xC2\xAE til alle."), "mark:Trygg Start");
  EXPECT_STR(scan("Kurs i Mestring\xE2\x84\xA2 for ansatte."), "mark:Mestring");
}

TEST(capitalised_names) {
  EXPECT_STR(scan("Tilbudet Ung Fritid Heistad er populært."), "name:Ung Fritid Heistad");
  EXPECT_STR(scan("I Porsgrunn har vi mye."), "");         /* a sentence's capital */
  EXPECT_STR(scan("Barne- og familietjenester"), "");      /* a suspended compound */
  EXPECT_STR(scan("En Lang Rekke Med Store Ord Her"), ""); /* more than five words */
}

TEST(counting_and_ranking) {
  pd_candidates c;
  memset(&c, 0, sizeof c);
  pd_candidates_add(&c, "NEBA", 4, PD_CAND_ACRONYM, "porsgrunn", "p.txt", 9, "q");
  pd_candidates_add(&c, "Larviksmodellen", 15, PD_CAND_SUFFIX, "larvik", "l.md", 5, "q");
  pd_candidates_add(&c, "FAU", 3, PD_CAND_ACRONYM, "porsgrunn", "p.txt", 7, "q");
  pd_candidates_add(&c, "FAU", 3, PD_CAND_ACRONYM, "larvik", "l.md", 3, "q");
  pd_candidates_add(&c, "Ung Fritid", 10, PD_CAND_NAME, "larvik", "l.md", 8, "q");
  pd_candidates_add(&c, "ung  fritid", 11, PD_CAND_NAME, "larvik", "l.md", 2, "q");
  pd_candidates_finish(&c);
  /* FAU: two municipalities; Ung Fritid: one, twice (folded alike);
   * Larviksmodellen: once, but a suffix counts at once; NEBA: once, out. */
  EXPECT(c.n == 3);
  if (c.n == 3) {
    EXPECT_STR(c.v[0].first->name, "FAU");
    EXPECT(c.v[0].municipalities == 2 && c.v[0].count == 2);
    EXPECT_STR(c.v[0].first->file, "l.md"); /* the first use by file and line */
    EXPECT_STR(c.v[1].first->name, "ung  fritid");
    EXPECT(c.v[1].count == 2 && c.v[1].first->line == 2);
    EXPECT_STR(c.v[2].first->name, "Larviksmodellen");
  }
  pd_candidates_free(&c);
}

TEST(known_to_the_thesaurus) {
  pd_thesaurus *th = pd_thesaurus_load(NULL);
  EXPECT(th != NULL);
  if (!th)
    return;
  const char *text = "Tilbud om IPS ung og PPT Selektiv hos NAV og FAU.";
  pd_cand_hit *h = NULL;
  size_t n = pd_candidates_scan(text, strlen(text), &h);
  pd_match *m = NULL;
  size_t nm = pd_matcher_find(th->matcher, text, strlen(text), &m);
  char unknown[128] = "";
  for (size_t i = 0; i < n; i++)
    if (!pd_candidate_known(th, m, nm, &h[i]))
      snprintf(unknown + strlen(unknown), sizeof unknown - strlen(unknown), "%.*s;",
               (int)(h[i].end - h[i].start), text + h[i].start);
  EXPECT_STR(unknown, "FAU;"); /* IPS of IPS ung, PPT Selektiv, NAV are known */
  free(h);
  free(m);
  pd_thesaurus_free(th);
}

int main(void) {
  pd_xml_init();
  RUN(acronyms);
  RUN(suffixes_and_marks);
  RUN(capitalised_names);
  RUN(counting_and_ranking);
  RUN(known_to_the_thesaurus);
  pd_xml_cleanup();
  return harness_done();
}
