/* test_compare_goals.c — goals alike across municipalities. */
#include "compare_fixture.h"
#include "compare_goals.h"
#include "harness.h"
#include "xmlio.h"

TEST(bokmal_and_nynorsk_goals_cluster) {
  fx f;
  fx_init(&f);
  fx_goal(fx_doc(&f, "aheim", 2024, "plan"), "Førebygging av omsorgssvikt hos barn og unge");
  fx_goal(fx_doc(&f, "bby", 2024, "plan"), "Forebygge omsorgssvikt hos barn");
  fx_goal(fx_doc(&f, "cdal", 2024, "plan"), "Flere lærlinger i kommunen");
  fx_build(&f);
  pd_cmp_goal_clusters c;
  pd_cmp_goals_cluster(&c, &f.ps);
  EXPECT(c.n == 1);
  if (c.n == 1) {
    EXPECT(c.v[0].municipalities == 2 && c.v[0].n == 2);
    EXPECT_STR(c.v[0].members[0].municipality, "aheim");
    EXPECT(c.v[0].terms.n == 3); /* barn forebygg omsorgssvikt */
  }
  pd_cmp_goal_clusters_free(&c);
  fx_free(&f);
}

TEST(goals_of_one_municipality_alone_are_no_cluster) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  fx_goal(a, "Forebygge omsorgssvikt hos barn");
  fx_goal(a, "Forebygge omsorgssvikt hos unge");
  fx_build(&f);
  pd_cmp_goal_clusters c;
  pd_cmp_goals_cluster(&c, &f.ps);
  EXPECT(c.n == 0);
  pd_cmp_goal_clusters_free(&c);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(bokmal_and_nynorsk_goals_cluster);
  RUN(goals_of_one_municipality_alone_are_no_cluster);
  pd_xml_cleanup();
  return harness_done();
}
