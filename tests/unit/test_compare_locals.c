/* test_compare_locals.c — local measures alike across municipalities. */
#include "compare_fixture.h"
#include "compare_locals.h"
#include "harness.h"
#include "xmlio.h"

static const pd_cmp_local_group *S_group_of(const pd_cmp_local_groups *g, const char *name) {
  for (size_t i = 0; i < g->n; i++)
    for (size_t m = 0; m < g->v[i].n; m++)
      if (strcmp(g->v[i].members[m].local->name, name) == 0)
        return &g->v[i];
  return NULL;
}

TEST(alike_names_chain_across_three) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "laby", 2024, "plan");
  fx_local(a, "Foreldrekurs for minoritetsspråklige foreldre");
  fx_local(a, "Oppfølging ung");
  fx_local(a, "Lekegruppe i nærmiljøet");
  fx_local(a, "Lekegrupper i nærmiljøet for små barn");
  pd_cmp_doc *b = fx_doc(&f, "lbvik", 2024, "plan");
  fx_local(b, "Foreldrekurs for foreldre");
  fx_local(b, "Rådgiver ung");
  fx_local(fx_doc(&f, "lcdal", 2024, "plan"), "Kurs for minoritetsspråklige foreldre");
  fx_build(&f);
  pd_cmp_local_groups g;
  pd_cmp_locals_group(&g, &f.ps);
  EXPECT(g.n == 1);
  const pd_cmp_local_group *kurs = S_group_of(&g, "Foreldrekurs for foreldre");
  EXPECT(kurs && kurs->n == 3 && kurs->municipalities == 3);
  /* one generic shared word groups nothing */
  EXPECT(S_group_of(&g, "Rådgiver ung") == NULL);
  /* alike measures of one municipality alone are no group */
  EXPECT(S_group_of(&g, "Lekegruppe i nærmiljøet") == NULL);
  pd_cmp_local_groups_free(&g);
  fx_free(&f);
}

TEST(alike_rule) {
  pd_set a = PD_SET_INIT, b = PD_SET_INIT, c = PD_SET_INIT;
  pd_set_add(&a, "barnehag");
  pd_set_add(&a, "åpen");
  pd_set_add(&b, "åpen");
  pd_set_add(&b, "barnehag");
  pd_set_add(&c, "barnehag");
  pd_set_add(&c, "kurs");
  pd_set_finish(&a);
  pd_set_finish(&b);
  pd_set_finish(&c);
  EXPECT(pd_cmp_locals_alike(&a, &b));  /* the same terms */
  EXPECT(!pd_cmp_locals_alike(&a, &c)); /* one shared word */
  pd_set_free(&a);
  pd_set_free(&b);
  pd_set_free(&c);
}

/* A name shared by more municipalities than the term cap still groups:
 * identical terms never depend on the inverted index. */
TEST(common_name_groups_past_the_cap) {
  fx f;
  fx_init(&f);
  char id[32];
  for (int i = 0; i < 300; i++) {
    snprintf(id, sizeof id, "k%03d", i);
    fx_local(fx_doc(&f, id, 2024, "plan"), i % 2 ? "Åpen barnehage" : "Åpne barnehager");
  }
  fx_build(&f);
  pd_cmp_local_groups g;
  pd_cmp_locals_group(&g, &f.ps);
  EXPECT(g.n == 1);
  EXPECT(g.n == 1 && g.v[0].municipalities == 300);
  pd_cmp_local_groups_free(&g);
  fx_free(&f);
}

TEST(groups_do_not_depend_on_input_order) {
  fx f;
  fx_init(&f);
  fx_local(fx_doc(&f, "c", 2024, "plan"), "Kurs for minoritetsspråklige foreldre");
  fx_local(fx_doc(&f, "a", 2024, "plan"), "Foreldrekurs for foreldre");
  fx_local(fx_doc(&f, "b", 2024, "plan"), "Foreldrekurs for minoritetsspråklige foreldre");
  fx_build(&f);
  pd_cmp_local_groups g1, g2;
  pd_cmp_locals_group(&g1, &f.ps);
  pd_cmp_doc *rev = fx_reversed(&f);
  pd_cmp_profiles ps2;
  pd_cmp_profiles_build(&ps2, rev, f.n, f.th);
  pd_cmp_locals_group(&g2, &ps2);
  EXPECT(g1.n == 1 && g2.n == 1);
  if (g1.n == 1 && g2.n == 1) {
    EXPECT_STR(g1.v[0].key, g2.v[0].key);
    EXPECT(g1.v[0].n == g2.v[0].n);
    for (size_t i = 0; i < g1.v[0].n && i < g2.v[0].n; i++)
      EXPECT_STR(g1.v[0].members[i].municipality, g2.v[0].members[i].municipality);
  }
  pd_cmp_local_groups_free(&g1);
  pd_cmp_local_groups_free(&g2);
  pd_cmp_profiles_free(&ps2);
  free(rev);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(alike_names_chain_across_three);
  RUN(alike_rule);
  RUN(common_name_groups_past_the_cap);
  RUN(groups_do_not_depend_on_input_order);
  pd_xml_cleanup();
  return harness_done();
}
