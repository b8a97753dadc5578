/* test_matcher.c — the one-pass name matcher: folding, word boundaries,
 * compounds, exact-case acronyms, and the bundled thesaurus's aliases as
 * real plans write them. */
#include <stdlib.h>

#include "harness.h"
#include "matcher.h"
#include "thesaurus.h"
#include "xmlio.h"

/* The patterns' numbers of the hits in TEXT, as "0 2 1". */
static char *hits(const pd_matcher *m, const char *text) {
  pd_match *h = NULL;
  size_t n = pd_matcher_find(m, text, strlen(text), &h);
  static char out[256];
  out[0] = '\0';
  for (size_t i = 0; i < n; i++)
    snprintf(out + strlen(out), sizeof out - strlen(out), "%s%zu", i ? " " : "", h[i].pattern);
  free(h);
  return out;
}

static pd_matcher *small_matcher(void) {
  pd_matcher *m = pd_matcher_new();
  pd_matcher_add(m, "tibir", PD_MATCH_COMPOUND); /* 0 */
  pd_matcher_add(m, "MOT", PD_MATCH_EXACT);      /* 1 */
  pd_matcher_add(m, "foreldre", 0);              /* 2 */
  pd_matcher_add(m, "foreldreveiledning", 0);    /* 3 */
  pd_matcher_add(m, "Home-Start", 0);            /* 4 */
  pd_matcher_add(m, "bti", PD_MATCH_COMPOUND);   /* 5: too short to be a compound head */
  pd_matcher_add(m, "Øvre årstrinn", 0);         /* 6 */
  pd_matcher_add(m, "§ 15-1", 0);                /* 7 */
  pd_matcher_build(m);
  return m;
}

TEST(word_boundaries) {
  pd_matcher *m = small_matcher();
  EXPECT_STR(hits(m, "foreldre og barn"), "2");
  EXPECT_STR(hits(m, "besteforeldre"), ""); /* not inside a word */
  EXPECT_STR(hits(m, "foreldrene"), "");    /* not a compound alias */
  EXPECT_STR(hits(m, "(foreldre)"), "2");
  EXPECT_STR(hits(m, "BTI-modellen"), "5"); /* hyphen is a boundary */
  EXPECT_STR(hits(m, "BTIarbeid"), "");     /* short: never inside a word */
  pd_matcher_free(m);
}

TEST(compound_heads) {
  pd_matcher *m = small_matcher();
  EXPECT_STR(hits(m, "Tibirkommuneprosjektet"), "0");
  EXPECT_STR(hits(m, "i TIBIR-kommunen"), "0");
  EXPECT_STR(hits(m, "antibiralt"), ""); /* a compound head, yet never at a word's middle */
  pd_matcher_free(m);
}

TEST(exact_case_acronym) {
  pd_matcher *m = small_matcher();
  EXPECT_STR(hits(m, "Skolen har MOT på 8. trinn"), "1");
  EXPECT_STR(hits(m, "tiltak mot mobbing"), "");
  EXPECT_STR(hits(m, "Mot slutten"), "");
  pd_matcher_free(m);
}

TEST(leftmost_longest) {
  pd_matcher *m = small_matcher();
  EXPECT_STR(hits(m, "tilbud om foreldreveiledning"), "3");
  EXPECT_STR(hits(m, "foreldre foreldreveiledning"), "2 3");
  pd_matcher_free(m);
}

TEST(folding_case_space_hyphen_lines) {
  pd_matcher *m = small_matcher();
  EXPECT_STR(hits(m, "HOME-START"), "4");
  EXPECT_STR(hits(m, "Home Start"), "4");
  EXPECT_STR(hits(m, "Home-\nStart"), "4"); /* broken across lines */
  EXPECT_STR(hits(m, "home \t start"), "4");
  EXPECT_STR(hits(m, "ØVRE ÅRSTRINN"), "6"); /* æøå folded too */
  EXPECT_STR(hits(m, "øvre\nårstrinn"), "6");
  EXPECT_STR(hits(m, "jf. §15-1"), "7");
  pd_matcher_free(m);
}

TEST(non_ascii_punctuation_is_a_boundary) {
  pd_matcher *m = small_matcher();
  EXPECT_STR(hits(m, "\xE2\x80\x9C"
                     "foreldre"
                     "\xE2\x80\x9D"),
             "2"); /* curly quotes */
  EXPECT_STR(hits(m, "\xC2\xAB"
                     "foreldre"
                     "\xC2\xBB"),
             "2"); /* « » */
  EXPECT_STR(hits(m, "\xE2\x80\xA2"
                     "foreldre"),
             "2"); /* bullet */
  EXPECT_STR(hits(m, "\xEF\x82\xB7"
                     "foreldre"),
             "2"); /* Symbol-font bullet */
  EXPECT_STR(hits(m, "st"
                     "\xC3\xB8"
                     "foreldre"),
             ""); /* ø is a letter */
  EXPECT_STR(hits(m, "foreldre"
                     "\xC3\xA6"),
             "");
  pd_matcher_free(m);
}

TEST(offsets_point_into_the_original_text) {
  pd_matcher *m = small_matcher();
  const char *text = "Vi har  Home-\n  Start.";
  pd_match *h = NULL;
  size_t n = pd_matcher_find(m, text, strlen(text), &h);
  EXPECT(n == 1);
  if (n == 1) {
    EXPECT(h[0].start == 8);
    EXPECT(h[0].end == strlen(text) - 1);
  }
  free(h);
  pd_matcher_free(m);
}

/* ---- the bundled thesaurus ---- */

static pd_thesaurus *th;

/* The ids of the programmes and models named in TEXT, as "tibir pmto". */
static char *ids(const char *text) {
  pd_match *h = NULL;
  size_t n = pd_matcher_find(th->matcher, text, strlen(text), &h);
  static char out[512];
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    const pd_entry *e = &th->entries[th->aliases[h[i].pattern].entry];
    if (e->kind == PD_KIND_PROGRAMME || e->kind == PD_KIND_MODEL)
      snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", *out ? " " : "", e->id);
  }
  free(h);
  return out;
}

TEST(thesaurus_names_as_plans_write_them) {
  EXPECT_STR(ids("Tibirkommuneprosjektet ble avsluttet"), "tibir");
  EXPECT_STR(ids("tilbud om PMTO-veiledning"), "pmto");
  EXPECT_STR(ids("COS-veiledning for foreldre"), "cos-p");
  EXPECT_STR(ids("Cos-P: Foresatte utvikler"), "cos-p");
  EXPECT_STR(ids("screening med EDPS"), "epds");
  EXPECT_STR(ids("De utrolige\n\xC3\xA5rene"), "de-utrolige-arene");
  EXPECT_STR(ids("\xE2\x80\x9CJeg er meg\xE2\x80\x9D"), "jeg-er-meg");
  EXPECT_STR(ids("Timen\nlivet"), "timen-livet");
}

TEST(thesaurus_acronyms_that_are_words) {
  EXPECT_STR(ids("ungdomsskolen har MOT"), "mot");
  EXPECT_STR(ids("arbeid mot mobbing"), "");
  EXPECT_STR(ids("SE MEG-modellen i Larvik"), "se-meg");
  EXPECT_STR(ids("de voksne skal se meg"), "");
  EXPECT_STR(ids("motivasjon og cosinus"), "");
}

TEST(thesaurus_cooperation_models) {
  EXPECT_STR(ids("Fra bekymring til handling"), "fra-bekymring-til-handling");
  EXPECT_STR(ids("Tenk Sammen"), "tenk-sammen");
  EXPECT_STR(ids("Bedre tverrfaglig innsats (BTI)"), "bti bti");
}

int main(void) {
  pd_xml_init();
  RUN(word_boundaries);
  RUN(compound_heads);
  RUN(exact_case_acronym);
  RUN(leftmost_longest);
  RUN(folding_case_space_hyphen_lines);
  RUN(non_ascii_punctuation_is_a_boundary);
  RUN(offsets_point_into_the_original_text);
  th = pd_thesaurus_load(NULL);
  EXPECT(th != NULL);
  if (th) {
    RUN(thesaurus_names_as_plans_write_them);
    RUN(thesaurus_acronyms_that_are_words);
    RUN(thesaurus_cooperation_models);
    pd_thesaurus_free(th);
  }
  pd_xml_cleanup();
  return harness_done();
}
