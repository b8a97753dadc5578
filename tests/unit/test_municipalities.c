/* test_municipalities.c — the register of municipalities and naming a
 * document's municipality from its text or file name. */
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"
#include "municipalities.h"

static pd_municipalities *reg;

TEST(register_loads_every_municipality) {
  EXPECT(reg != NULL);
  EXPECT(reg && reg->n == 357);
}

TEST(find_by_id_number_and_any_name_part) {
  const pd_municipality *m = pd_municipality_find(reg, "larvik");
  EXPECT(m && strcmp(m->number, "3909") == 0 && strcmp(m->county, "Vestfold") == 0);
  m = pd_municipality_find(reg, "5060");
  EXPECT_STR(m ? m->name : NULL, "Nærøysund");
  EXPECT_STR(m ? m->id : NULL, "naeroysund");
  /* corpora and web addresses spell æ both ways */
  EXPECT(pd_municipality_find(reg, "naroysund") == m);
  EXPECT(pd_municipality_find(reg, "NÆRØYSUND") == m);
  /* the Sami form of a double name, and the Norwegian part alone */
  const pd_municipality *h = pd_municipality_find(reg, "Hárstták");
  EXPECT_STR(h ? h->name : NULL, "Harstad");
  EXPECT(pd_municipality_find(reg, "Harstad") == h);
  EXPECT(pd_municipality_find(reg, "Oslo") != NULL);
  EXPECT(pd_municipality_find(reg, "Atlantis") == NULL);
  EXPECT(pd_municipality_find(reg, "") == NULL);
  EXPECT(pd_municipality_find(reg, NULL) == NULL);
}

TEST(ids_fold_sami_letters) {
  const pd_municipality *m = pd_municipality_find(reg, "Kárášjohka");
  EXPECT(m != NULL);
  EXPECT_STR(m ? m->id : NULL, "karasjohka");
}

static int S_name(const char *const *texts, size_t n, pd_naming *how) {
  pd_text_line lines[16];
  for (size_t i = 0; i < n; i++) {
    lines[i].text = texts[i];
    lines[i].line = (long)i + 1;
    lines[i].page = 0;
  }
  return pd_municipality_in_text(reg, lines, n, how);
}

TEST(text_names_its_own_municipality_over_its_neighbours) {
  const char *text[] = {"Plan for forebygging av omsorgssvikt 2024-2028", "Skien kommune",
                        "Vi samarbeider med Porsgrunn kommune og Siljan kommune om legevakt.",
                        "Skien kommune har vedtatt BTI."};
  pd_naming how;
  EXPECT(S_name(text, 4, &how) == 1);
  EXPECT_STR(how.found ? how.found->name : NULL, "Skien");
  EXPECT(how.line == 2); /* the strongest mention, the earliest of them */
}

TEST(an_even_contest_names_nobody) {
  const char *text[] = {"Porsgrunn kommune og Skien kommune har en felles plan."};
  pd_naming how;
  EXPECT(S_name(text, 1, &how) == 0);
  EXPECT(how.found == NULL);
}

TEST(a_bare_mention_is_not_enough) {
  const char *text[] = {"Tall fra Bergen viser at dette virker."};
  pd_naming how;
  EXPECT(S_name(text, 1, &how) == 0);
}

TEST(names_stand_alone) {
  /* "Sel" is not in "Selbu", and vik.kommune.no is not in larvik.kommune.no */
  const char *text[] = {"Selbu kommune"};
  pd_naming how;
  EXPECT(S_name(text, 1, &how) == 1);
  EXPECT_STR(how.found ? how.found->name : NULL, "Selbu");
  const char *web[] = {"Les mer på https://www.larvik.kommune.no/"};
  EXPECT(S_name(web, 1, &how) == 1);
  EXPECT_STR(how.found ? how.found->name : NULL, "Larvik");
}

TEST(file_names_name_a_municipality) {
  pd_naming how;
  EXPECT(pd_municipality_in_file_name(reg, "mine/skien-plan-2024.pdf", &how) == 1);
  EXPECT_STR(how.found ? how.found->name : NULL, "Skien");
  EXPECT(pd_municipality_in_file_name(reg, "Nord-Aurdal plan.docx", &how) == 1);
  EXPECT_STR(how.found ? how.found->name : NULL, "Nord-Aurdal");
  EXPECT(pd_municipality_in_file_name(reg, "naroysund_forebygging.txt", &how) == 1);
  EXPECT_STR(how.found ? how.found->name : NULL, "Nærøysund");
  EXPECT(pd_municipality_in_file_name(reg, "plan.txt", &how) == 0);
  EXPECT(pd_municipality_in_file_name(reg, "skien-og-porsgrunn.txt", &how) == 0);
}

static const char *S_write(const char *body) {
  static char path[] = "/tmp/plandiff-test-register-XXXXXX";
  strcpy(path, "/tmp/plandiff-test-register-XXXXXX");
  int fd = mkstemp(path);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (f) {
    fputs(body, f);
    fclose(f);
  }
  return path;
}

TEST(a_broken_register_is_refused) {
  const char *p = S_write("number\tname\n0301\tOslo\t03\tOslo\n");
  fprintf(stderr, "(expected error follows)\n");
  EXPECT(pd_municipalities_load(p) == NULL);
  remove(p);
  p = S_write("kommunenummer\tname\tcounty_number\tcounty\n301\tOslo\t03\tOslo\n");
  EXPECT(pd_municipalities_load(p) == NULL);
  remove(p);
  EXPECT(pd_municipalities_load("/nonexistent/kommuner.tsv") == NULL);
}

int main(void) {
  reg = pd_municipalities_load("data/kommuner.tsv");
  RUN(register_loads_every_municipality);
  RUN(find_by_id_number_and_any_name_part);
  RUN(ids_fold_sami_letters);
  RUN(text_names_its_own_municipality_over_its_neighbours);
  RUN(an_even_contest_names_nobody);
  RUN(a_bare_mention_is_not_enough);
  RUN(names_stand_alone);
  RUN(file_names_name_a_municipality);
  RUN(a_broken_register_is_refused);
  pd_municipalities_free(reg);
  return harness_done();
}
