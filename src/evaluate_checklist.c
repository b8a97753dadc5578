/* evaluate_checklist.c — a document's § 15-1 checklist for evaluate.
 *
 * The reports judge the checklist per municipality (compare_coverage.c);
 * evaluate scores it per document, so it builds a profile of the one
 * document and asks the same judge. No rule is repeated here. */
#include "evaluate_checklist.h"

#include <string.h>

#include "compare_coverage.h"
#include "compare_doc.h"
#include "compare_profile.h"

void pd_eval_checklist_judge(xmlDocPtr plan, const pd_thesaurus *th, pd_eval_checklist *out) {
  memset(out, 0, sizeof *out);
  pd_cmp_doc doc;
  pd_cmp_doc_load(&doc, plan);
  pd_cmp_profiles ps;
  pd_cmp_profiles_build(&ps, &doc, 1, th);
  pd_cmp_coverage cov;
  pd_cmp_coverage_judge(&cov, &ps);
  for (int r = 0; r < PD_EVAL_REQUIREMENTS; r++) {
    out->verdict[r] = PD_VERDICT_MISSING;
    if (!cov.n)
      continue;
    const pd_cmp_requirement *req = &cov.v[0].req[r];
    out->verdict[r] = req->status == PD_REQ_FOUND     ? PD_VERDICT_FOUND
                      : req->status == PD_REQ_NOT_YET ? PD_VERDICT_NOT_YET
                                                      : PD_VERDICT_MISSING;
    for (size_t k = 0; k < req->nevidence && k < PD_EVAL_MAX_EVIDENCE; k++)
      out->lines[r][out->nlines[r]++] = req->evidence[k]->line;
  }
  pd_cmp_coverage_free(&cov);
  pd_cmp_profiles_free(&ps);
  pd_cmp_doc_free(&doc);
}
