/* test_compare_matrix.c — the programme matrix with its family cells, and
 * the § 15-1 checklist. */
#include "compare_coverage.h"
#include "compare_fixture.h"
#include "compare_matrix.h"
#include "harness.h"
#include "xmlio.h"

static const pd_cmp_programme *S_row(const pd_cmp_matrix *m, const char *ref) {
  for (size_t i = 0; i < m->n; i++)
    if (strcmp(m->rows[i].ref, ref) == 0)
      return &m->rows[i];
  return NULL;
}

TEST(sharing_and_family_cells) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  fx_prog(a, "tibir", PD_USE_RUNS, NULL);
  fx_prog(a, "icdp", PD_USE_RUNS, NULL);
  pd_cmp_doc *b = fx_doc(&f, "bby", 2024, "plan");
  fx_prog(b, "pmto", PD_USE_RUNS, NULL);
  fx_prog(b, "icdp", PD_USE_RUNS, NULL);
  fx_prog(b, "slt", PD_USE_LITERATURE, NULL);
  fx_build(&f);
  pd_cmp_matrix m;
  pd_cmp_matrix_build(&m, &f.ps, f.th);
  EXPECT(m.n == 4);
  EXPECT(m.n == 4 && strcmp(m.rows[0].ref, "icdp") == 0); /* most holders first */
  const pd_cmp_programme *r = S_row(&m, "icdp");
  EXPECT(r && r->sharing == PD_SHARING_ALL && r->ncells == 2);
  r = S_row(&m, "slt");
  EXPECT(r && r->holders == 0 && r->sharing == PD_SHARING_NONE && r->ncells == 1);
  r = S_row(&m, "pmto");
  EXPECT(r && r->sharing == PD_SHARING_ONE && r->ncells == 2);
  if (r && r->ncells == 2) {
    EXPECT_STR(r->cells[0].municipality->id, "aheim"); /* covered by TIBIR */
    EXPECT(r->cells[0].prog == NULL);
    EXPECT_STR(r->cells[0].covered_by, "tibir");
    EXPECT(r->cells[1].prog != NULL);
  }
  pd_cmp_matrix_free(&m);
  fx_free(&f);
}

TEST(coverage_law_and_requirements) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  fx_fact(&a->laws, &a->nlaws, "bvl-3-1", 2);
  fx_fact(&a->laws, &a->nlaws, "bvl-15-1", 3);
  /* a heading and a sentence on organisation; a heading on cooperation */
  fx_fact(&a->statements, &a->nstatements, "organisation", 5)->where.evidence =
      pd_xstrdup("heading");
  fx_fact(&a->statements, &a->nstatements, "organisation", 10)->where.evidence =
      pd_xstrdup("sentence");
  fx_fact(&a->statements, &a->nstatements, "cooperation", 20)->where.evidence =
      pd_xstrdup("heading");
  fx_goal(a, "Trygge barn");
  pd_cmp_doc *b = fx_doc(&f, "bby", 2024, "plan");
  fx_fact(&b->laws, &b->nlaws, "bvl-3-1", 2);
  pd_cmp_doc *c = fx_doc(&f, "cdal", 2024, "planprogram");
  fx_goal(c, "Trygge barn");
  fx_build(&f);
  pd_cmp_coverage cov;
  pd_cmp_coverage_judge(&cov, &f.ps);
  EXPECT(cov.n == 3);
  if (cov.n == 3) {
    const pd_cmp_coverage_plan *pa = &cov.v[0], *pb = &cov.v[1], *pc = &cov.v[2];
    EXPECT(pa->law == PD_LAW_BOTH && pa->law_where && pa->law_where->line == 3);
    EXPECT(pa->found == 3 && pa->req[2].status == PD_REQ_MISSING);
    /* the sentence before the heading above it: the strongest first */
    EXPECT(pa->req[1].nevidence == 2 && pa->req[1].evidence[0]->line == 10 &&
           pa->req[1].evidence[1]->line == 5);
    EXPECT(pa->req[3].status == PD_REQ_FOUND && pa->req[3].evidence[0]->line == 20);
    EXPECT(pb->law == PD_LAW_OLD && pb->found == 0);
    EXPECT(pc->programme_only && pc->law == PD_LAW_NONE);
    /* a planning programme's goal is a promise: not yet, found or not */
    EXPECT(pc->req[0].status == PD_REQ_NOT_YET && pc->req[1].status == PD_REQ_NOT_YET);
    EXPECT(pc->found == 0);
  }
  pd_cmp_coverage_free(&cov);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(sharing_and_family_cells);
  RUN(coverage_law_and_requirements);
  pd_xml_cleanup();
  return harness_done();
}
