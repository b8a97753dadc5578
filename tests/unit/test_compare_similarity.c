/* test_compare_similarity.c — a pair's score and its explanation. */
#include <math.h>

#include "compare_fixture.h"
#include "compare_similarity.h"
#include "harness.h"
#include "xmlio.h"

static int S_near(double a, double b) { return fabs(a - b) < 1e-9; }

static int S_listed(const pd_strlist *l, const char *x) {
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->v[i], x) == 0)
      return 1;
  return 0;
}

TEST(score_is_the_mean_of_three_jaccards) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  fx_prog(a, "tibir", PD_USE_RUNS, NULL); /* contains pmto and two more */
  fx_prog(a, "cos-p", PD_USE_RUNS, NULL);
  fx_service(a, "barnehage");
  fx_service(a, "nav");
  fx_goal(a, "Trygge barn");
  pd_cmp_doc *b = fx_doc(&f, "bby", 2024, "plan");
  fx_prog(b, "pmto", PD_USE_RUNS, NULL);
  fx_prog(b, "cos-p", PD_USE_RUNS, NULL);
  fx_prog(b, "bapp", PD_USE_RUNS, NULL);
  fx_service(b, "nav");
  fx_goal(b, "Trygge barn i skolen");
  fx_build(&f);
  pd_cmp_pair p;
  pd_cmp_pair_score(&p, fx_profile(&f, "aheim"), fx_profile(&f, "bby"));
  /* closed a = tibir + cos-p + tibir's three; b = pmto cos-p bapp; both cos-p pmto */
  EXPECT(S_near(p.measures, 2.0 / 6.0));
  EXPECT(S_near(p.services, 1.0 / 2.0));
  EXPECT(S_near(p.goals, 2.0 / 3.0)); /* trygg barn / trygg barn skol */
  EXPECT(S_near(p.overall, (2.0 / 6.0 + 0.5 + 2.0 / 3.0) / 3.0));
  /* shared: cos-p run by both, pmto run by b and covered by a's TIBIR */
  EXPECT(p.shared_programmes.n == 2 && S_listed(&p.shared_programmes, "pmto"));
  EXPECT(p.only_a.n == 1 && S_listed(&p.only_a, "tibir"));
  EXPECT(p.only_b.n == 1 && S_listed(&p.only_b, "bapp")); /* not pmto: a covers it */
  EXPECT(p.shared_services.n == 1 && S_listed(&p.shared_services, "nav"));
  EXPECT(p.shared_goals.n == 2 && !p.more_goals);
  pd_cmp_pair_free(&p);
  fx_free(&f);
}

TEST(score_is_symmetric_and_empty_plans_score_zero) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "a", 2024, "plan");
  fx_prog(a, "icdp", PD_USE_RUNS, NULL);
  fx_goal(a, "Gode oppvekstvilkår for barn og unge");
  pd_cmp_doc *b = fx_doc(&f, "b", 2024, "plan");
  fx_prog(b, "icdp", PD_USE_RUNS, NULL);
  fx_prog(b, "slt", PD_USE_RUNS, NULL);
  fx_doc(&f, "c", 2024, "plan");
  fx_build(&f);
  pd_cmp_pair ab, ba, ac;
  pd_cmp_pair_score(&ab, fx_profile(&f, "a"), fx_profile(&f, "b"));
  pd_cmp_pair_score(&ba, fx_profile(&f, "b"), fx_profile(&f, "a"));
  pd_cmp_pair_score(&ac, fx_profile(&f, "a"), fx_profile(&f, "c"));
  EXPECT(ab.overall == ba.overall);
  EXPECT(S_near(ab.measures, 0.5));
  EXPECT(ac.overall == 0.0);
  pd_cmp_pair_free(&ab);
  pd_cmp_pair_free(&ba);
  pd_cmp_pair_free(&ac);
  fx_free(&f);
}

TEST(explained_goal_words_are_capped) {
  fx f;
  fx_init(&f);
  const char *words = "alfa bravo charlie delta ekko foxtrot golf hotell india juliett kilo "
                      "lima mike november";
  fx_goal(fx_doc(&f, "a", 2024, "plan"), words);
  fx_goal(fx_doc(&f, "b", 2024, "plan"), words);
  fx_build(&f);
  pd_cmp_pair p;
  pd_cmp_pair_score(&p, fx_profile(&f, "a"), fx_profile(&f, "b"));
  EXPECT(p.shared_goals.n == PD_MAX_EXPLAINED_TERMS && p.more_goals);
  EXPECT(S_near(p.goals, 1.0)); /* the score counts every word */
  pd_cmp_pair_free(&p);
  fx_free(&f);
}

/* Twelve municipalities in two counties, each running a different share of
 * six programmes: each keeps only its K nearest, most similar first; the
 * order groups counties and the county table averages every pair. */
TEST(nearest_peers_are_bounded_ranked_and_grouped) {
  static const char *const progs[] = {"icdp", "slt", "pmto", "cos-p", "bapp", "tbo"};
  fx f;
  fx_init(&f);
  char id[16];
  for (int i = 0; i < 12; i++) {
    snprintf(id, sizeof id, "k%02d", i);
    pd_cmp_doc *d = fx_doc(&f, id, 2024, "plan");
    fx_county(d, i % 2 ? "Odde" : "Jamn");
    for (int p = 0; p <= i % 6; p++)
      fx_prog(d, progs[p], PD_USE_RUNS, NULL);
  }
  fx_build(&f);
  pd_cmp_similarity s;
  pd_cmp_similarity_peers(&s, &f.ps, 3);
  EXPECT(s.k == 3 && s.n == 12);
  size_t total_pairs = 0;
  for (size_t i = 0; i < s.n; i++) {
    EXPECT(s.v[i].n == 3);
    for (size_t j = 1; j < s.v[i].n; j++)
      EXPECT(s.v[i].v[j - 1].overall >= s.v[i].v[j].overall);
    /* nothing left out scores higher than the last kept */
    for (size_t q = 0; q < s.n; q++)
      if (q != i && pd_cmp_similarity_of(&s, i, f.ps.latest[q]) < 0)
        EXPECT(pd_cmp_pair_overall(f.ps.latest[i], f.ps.latest[q]) <= s.v[i].v[2].overall);
  }
  /* k00 runs icdp only, as k06 does: its nearest, score 1 */
  EXPECT_STR(s.v[0].v[0].b->id, "k06");
  EXPECT(S_near(s.v[0].v[0].overall, pd_cmp_pair_overall(f.ps.latest[0], f.ps.latest[6])));
  /* Jamn (even) before Odde (odd), six each */
  for (size_t i = 0; i < 12; i++)
    EXPECT(strcmp(s.order[i]->county, i < 6 ? "Jamn" : "Odde") == 0);
  EXPECT(s.ncounties == 3);
  for (size_t c = 0; c < s.ncounties; c++)
    total_pairs += s.counties[c].pairs;
  EXPECT(total_pairs == 12 * 11 / 2);
  EXPECT_STR(s.counties[0].a, "Jamn");
  EXPECT_STR(s.counties[0].b, "Jamn");
  pd_cmp_similarity_free(&s);
  /* K larger than the corpus: every other municipality */
  pd_cmp_similarity_peers(&s, &f.ps, 50);
  EXPECT(s.v[5].n == 11);
  pd_cmp_similarity_free(&s);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(score_is_the_mean_of_three_jaccards);
  RUN(score_is_symmetric_and_empty_plans_score_zero);
  RUN(explained_goal_words_are_capped);
  RUN(nearest_peers_are_bounded_ranked_and_grouped);
  pd_xml_cleanup();
  return harness_done();
}
