/* test_compare_versions.c — what changed between two years of one plan. */
#include "compare_fixture.h"
#include "compare_versions.h"
#include "harness.h"
#include "xmlio.h"

static const pd_cmp_change *S_change(const pd_cmp_diff *d, pd_cmp_change_what what,
                                     const char *key) {
  for (size_t i = 0; i < d->n; i++)
    if (d->v[i].what == what && strcmp(d->v[i].key, key) == 0)
      return &d->v[i];
  return NULL;
}

TEST(added_removed_and_level_changed) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *old = fx_doc(&f, "bby", 2019, "plan");
  fx_prog(old, "pmto", PD_USE_RUNS, "selektiv");
  fx_prog(old, "bapp", PD_USE_RUNS, "selektiv");
  fx_goal(old, "Trygge barn");
  pd_cmp_doc *cur = fx_doc(&f, "bby", 2023, "plan");
  fx_prog(cur, "pmto", PD_USE_RUNS, "indisert");
  fx_prog(cur, "tibir", PD_USE_RUNS, "selektiv");
  fx_local(cur, "Åpen barnehage");
  fx_goal(cur, "Trygge barn");
  fx_goal(cur, "Flere lærlinger");
  fx_prog(fx_doc(&f, "cdal", 2023, "plan"), "slt", PD_USE_RUNS, NULL);
  fx_build(&f);
  pd_cmp_versions v;
  pd_cmp_versions_diff(&v, &f.ps);
  EXPECT(v.n == 1); /* cdal has one year only */
  if (v.n == 1) {
    const pd_cmp_diff *d = &v.v[0];
    EXPECT(d->from->year == 2019 && d->to->year == 2023);
    const pd_cmp_change *c = S_change(d, PD_CHANGE_MEASURE, "tibir");
    EXPECT(c && c->kind == PD_CHANGE_ADDED);
    c = S_change(d, PD_CHANGE_MEASURE, "bapp");
    EXPECT(c && c->kind == PD_CHANGE_REMOVED);
    c = S_change(d, PD_CHANGE_MEASURE, "Åpen barnehage");
    EXPECT(c && c->kind == PD_CHANGE_ADDED);
    c = S_change(d, PD_CHANGE_LEVEL, "pmto");
    EXPECT(c && strcmp(c->from, "selektiv") == 0 && strcmp(c->to, "indisert") == 0);
    c = S_change(d, PD_CHANGE_GOAL, "fler lærling");
    EXPECT(c && c->kind == PD_CHANGE_ADDED);
    EXPECT(S_change(d, PD_CHANGE_GOAL, "barn trygg") == NULL); /* unchanged */
  }
  pd_cmp_versions_free(&v);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(added_removed_and_level_changed);
  pd_xml_cleanup();
  return harness_done();
}
