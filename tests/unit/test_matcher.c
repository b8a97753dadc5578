/* test_matcher.c — the one-pass name matcher: folding, word boundaries,
 * compounds, exact-case acronyms, and the bundled thesaurus's aliases as
 * real plans write them. */
#include <stdlib.h>

#include "harness.h"
#include "matcher.h"
#include "thesaurus.h"
#include "thesaurus_variants.h"
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

static const char *fold_of(const char *s, int keep_case) {
  static char out[256];
  pd_buf b = PD_BUF_INIT;
  pd_buf_puts(&b, "");
  pd_fold(s, strlen(s), keep_case, &b, NULL);
  snprintf(out, sizeof out, "%s", b.data);
  pd_buf_free(&b);
  return out;
}

/* pd_fold byte for byte: the fast path for ASCII letters and digits must
 * keep every rule of the slow one (no space after "§", runs of white space
 * and hyphens as one space, none leading, soft hyphens gone, Latin-1 upper
 * case lowered), and appending to a buffer keeps what it held. */
TEST(fold_rules) {
  EXPECT_STR(fold_of("\xC2\xA7 3-1 og \xC2\xA7\xC2\xA0"
                     "15-1",
                     0),
             "\xC2\xA7"
             "3 1 og \xC2\xA7"
             "15 1");
  EXPECT_STR(fold_of("  Ab \t\n C\xC2\xAD"
                     "d\xE2\x80\x93"
                     "EF ",
                     0),
             "ab cd ef");
  EXPECT_STR(fold_of("\xC3\x86RE \xC3\x98ST \xC3\x85S", 0), "\xC3\xA6re \xC3\xB8st \xC3\xA5s");
  EXPECT_STR(fold_of("TIBIR-Modellen 2", 1), "TIBIR Modellen 2");
  pd_buf b = PD_BUF_INIT;
  pd_buf_puts(&b, "x");
  pd_fold(" Y", 2, 0, &b, NULL);
  EXPECT_STR(b.data, "x y");
  pd_buf_free(&b);
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

/* ---- spellings generated by rule (thesaurus_variants.c) ---- */

static pd_variant_rules small_rules(void) {
  pd_variant_rules r = {NULL, 0, NULL, 0};
  pd_variant_rules_add(&r.endings, &r.nendings, "program", "programmet");
  pd_variant_rules_add(&r.endings, &r.nendings, "modell", "modellen");
  pd_variant_rules_add(&r.words, &r.nwords, "tidlig", "tidleg");
  pd_variant_rules_add(&r.words, &r.nwords, "forebyggende", "f\xC3\xB8rebyggjande");
  return r;
}

/* The variants of NAME joined by "|". */
static char *variants(const pd_variant_rules *r, const char *name) {
  pd_set out = PD_SET_INIT;
  pd_name_variants(r, name, &out);
  pd_set_finish(&out);
  static char buf[512];
  buf[0] = '\0';
  for (size_t i = 0; i < out.n; i++)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", i ? "|" : "", out.v[i]);
  pd_set_free(&out);
  return buf;
}

TEST(variants_acronyms_joined) {
  pd_variant_rules r = small_rules();
  EXPECT_STR(variants(&r, "COS-P"), "COSP");
  EXPECT_STR(variants(&r, "COS P"), "COSP");
  EXPECT_STR(variants(&r, "MST-CAN"), "MSTCAN");
  EXPECT_STR(variants(&r, "TIDLIG INN"), "TIDLEG INN"); /* words: nynorsk, not joined */
  EXPECT_STR(variants(&r, "PIP-klubben"), "");          /* not all capitals */
  EXPECT_STR(variants(&r, "TIBIR"), "");                /* one part: nothing to join */
  pd_variant_rules_free(&r);
}

TEST(variants_definite_and_nynorsk) {
  pd_variant_rules r = small_rules();
  EXPECT_STR(variants(&r, "Olweusprogrammet"), "Olweusprogram");
  EXPECT_STR(variants(&r, "Olweusprogram"), "Olweusprogrammet"); /* both ways */
  EXPECT_STR(variants(&r, "BTI-modell"), "BTI-modellen");
  EXPECT_STR(variants(&r, "Tidlig innsats"), "Tidleg innsats");
  /* the nynorsk form also in the other form; a compound's ending too */
  EXPECT_STR(variants(&r, "Tidlig program"), "Tidleg program|Tidleg programmet|Tidlig programmet");
  EXPECT_STR(variants(&r, "rusforebyggende tiltak"), "rusf\xC3\xB8rebyggjande tiltak");
  EXPECT_STR(variants(&r, "Jeg er meg"), "");
  pd_variant_rules_free(&r);
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

/* Spellings nobody listed: the thesaurus has "COS-P", "Olweusprogrammet",
 * "Trygghetssirkelen", "Tidlig innsats for barn i risiko", "De utrolige
 * årene", "Dinosaurskolen", "Nærværsteam", "Bedre tverrfaglig innsats". */
TEST(thesaurus_generated_spellings) {
  EXPECT_STR(ids("kurs i COSP for foreldre"), "cos-p");
  EXPECT_STR(ids("kurs i COS P for foreldre"), "cos-p");
  EXPECT_STR(ids("Olweusprogram mot mobbing"), "olweus");
  EXPECT_STR(ids("kurs i Trygghetssirkel"), "cos-p");
  EXPECT_STR(ids("Tidleg innsats for barn i risiko"), "tibir");
  EXPECT_STR(ids("Dei utrulege \xC3\xA5ra"), "de-utrolige-arene");
  EXPECT_STR(ids("Dinosaurskulen"), "dinosaurskolen");
  EXPECT_STR(ids("Nærværsteamet"), "naervaersteam");
  EXPECT_STR(ids("Betre tverrfagleg innsats"), "bti");
  EXPECT_STR(ids("Sjå barnet innanfrå"), "se-barnet-innenfra");
  /* a definite form after a hyphen or space is found through the name */
  EXPECT_STR(ids("TIBIR-modellen og PALS programmet"), "tibir pals");
  EXPECT_STR(ids("Zippys venner-programmet"), "zippys-venner");
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
  RUN(fold_rules);
  RUN(non_ascii_punctuation_is_a_boundary);
  RUN(offsets_point_into_the_original_text);
  RUN(variants_acronyms_joined);
  RUN(variants_definite_and_nynorsk);
  th = pd_thesaurus_load(NULL);
  EXPECT(th != NULL);
  if (th) {
    RUN(thesaurus_names_as_plans_write_them);
    RUN(thesaurus_acronyms_that_are_words);
    RUN(thesaurus_cooperation_models);
    RUN(thesaurus_generated_spellings);
    pd_thesaurus_free(th);
  }
  pd_xml_cleanup();
  return harness_done();
}
