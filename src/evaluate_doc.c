/* evaluate_doc.c — one plan file scored: its XML read into a plan struct
 * (plan_xml.c, the one reader), its checklist judged, both scored. */
#include <stdlib.h>

#include "diag.h"
#include "evaluate.h"
#include "plan.h"
#include "plan_xml.h"

char *pd_eval_plan_doc(pd_eval *ev, const pd_truth *t, const pd_thesaurus *th, xmlDocPtr doc,
                       const char *path) {
  pd_plan *plan = pd_plan_from_xml(doc);
  pd_eval_checklist check;
  pd_eval_checklist_judge(doc, th, &check);
  const char *file = plan->ndocuments && plan->documents[0].file
                         ? pd_truth_basename(plan->documents[0].file)
                         : NULL;
  char *scored = NULL;
  if (file && pd_eval_plan(ev, t, plan, &check) == 0)
    scored = pd_xstrdup(file);
  else
    pd_warning(path, 0, "the truth codes no document of this plan (%s); not scored",
               file ? file : "no file named");
  pd_plan_free(plan);
  return scored;
}
