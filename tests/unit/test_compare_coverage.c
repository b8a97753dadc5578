/* test_compare_coverage.c — which evidence heads a § 15-1 requirement and
 * how strong the verdict is; whether a model's family is the plan's word
 * or plandiff's grouping. */
#include "compare_cooperation.h"
#include "compare_coverage.h"
#include "compare_fixture.h"
#include "harness.h"
#include "xmlio.h"

enum { DIVISION = 2, COOPERATION = 3 };

static pd_cmp_fact *statement(pd_cmp_doc *d, const char *requirement, const char *evidence,
                              unsigned long line) {
  pd_cmp_fact *s = fx_fact(&d->statements, &d->nstatements, requirement, line);
  s->where.evidence = pd_xstrdup(evidence);
  return s;
}

static pd_cmp_model *model(pd_cmp_doc *d, const char *ref, const char *family, unsigned long line) {
  pd_cmp_model *m = FX_PUSH(d->models, d->nmodels);
  memset(m, 0, sizeof *m);
  m->ref = pd_xstrdup(ref);
  m->family = family ? pd_xstrdup(family) : NULL;
  m->has_mention = 1;
  fx_prov(&m->mention, ref, line);
  *FX_PUSH(m->mention_lines, m->nmention_lines) = line;
  return m;
}

/* A sentence in passing comes first in the text, the plan's own section on
 * the division of tasks later: the section's sentence heads the evidence. */
TEST(strong_evidence_heads_the_requirement) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  statement(a, "division", "aside", 5);
  statement(a, "division", "heading", 8);
  statement(a, "division", "sentence", 9);
  fx_build(&f);
  pd_cmp_coverage c;
  pd_cmp_coverage_judge(&c, &f.ps);
  const pd_cmp_requirement *r = &c.v[0].req[DIVISION];
  EXPECT(r->status == PD_REQ_FOUND && r->strong);
  EXPECT(r->nevidence == 3 && r->evidence[0]->line == 9 && r->evidence[1]->line == 5 &&
         r->evidence[2]->line == 8);
  pd_cmp_coverage_free(&c);
  fx_free(&f);
}

/* Cooperation resting on sentences in passing, or on a model named in a
 * sentence on what may come, is found but weak; a sentence naming the
 * model as what the plan does is strong. */
TEST(weak_sentences_give_a_weak_verdict) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  statement(a, "cooperation", "aside", 5);
  statement(a, "cooperation", "tentative", 20)->where.end_line = 21;
  model(a, "tenk-sammen", "bti", 21);
  pd_cmp_doc *b = fx_doc(&f, "bby", 2024, "plan");
  statement(b, "cooperation", "sentence", 30);
  model(b, "tenk-sammen", "bti", 30);
  fx_build(&f);
  pd_cmp_coverage c;
  pd_cmp_coverage_judge(&c, &f.ps);
  EXPECT(c.n == 2);
  if (c.n == 2) {
    EXPECT(c.v[0].req[COOPERATION].status == PD_REQ_FOUND && !c.v[0].req[COOPERATION].strong);
    EXPECT(c.v[1].req[COOPERATION].status == PD_REQ_FOUND && c.v[1].req[COOPERATION].strong);
  }
  pd_cmp_coverage_free(&c);
  fx_free(&f);
}

/* A brand's family is the plan's word only where the text names the
 * family too. */
TEST(model_family_is_the_plans_word_or_plandiffs) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  model(a, "tenk-sammen", "bti", 5);
  pd_cmp_doc *b = fx_doc(&f, "bby", 2024, "plan");
  model(b, "tenk-sammen", "bti", 5);
  model(b, "bti", "bti", 9);
  fx_build(&f);
  pd_cmp_cooperation co;
  pd_cmp_cooperation_collect(&co, &f.ps);
  EXPECT(co.n == 2); /* bby's generic BTI is its brand's family, not a second model */
  if (co.n == 2) {
    EXPECT_STR(co.v[0].municipality->id, "aheim");
    EXPECT(!co.v[0].family_named);
    EXPECT_STR(co.v[1].municipality->id, "bby");
    EXPECT(co.v[1].family_named);
  }
  pd_cmp_cooperation_free(&co);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(strong_evidence_heads_the_requirement);
  RUN(weak_sentences_give_a_weak_verdict);
  RUN(model_family_is_the_plans_word_or_plandiffs);
  pd_xml_cleanup();
  return harness_done();
}
