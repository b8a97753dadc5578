/* evaluate_checklist.h — the § 15-1 checklist of one plan document, judged
 * by the same rule as the reports (compare_coverage.c), for evaluate.
 * (Apart from evaluate.h because compare's headers and plan.h both name
 * the uses.) */
#ifndef PLANDIFF_EVALUATE_CHECKLIST_H
#define PLANDIFF_EVALUATE_CHECKLIST_H

#include <libxml/tree.h>

#include "thesaurus.h"
#include "truth.h"

enum { PD_EVAL_REQUIREMENTS = 4, PD_EVAL_MAX_EVIDENCE = 3 };

/* A document's § 15-1 checklist as plandiff judges it: per requirement
 * (goals, organisation, division, cooperation) a verdict and the lines of
 * its evidence. */
typedef struct pd_eval_checklist {
  pd_truth_verdict verdict[PD_EVAL_REQUIREMENTS];
  unsigned long lines[PD_EVAL_REQUIREMENTS][PD_EVAL_MAX_EVIDENCE];
  size_t nlines[PD_EVAL_REQUIREMENTS];
} pd_eval_checklist;

/* Judges PLAN (valid against schema/plan.rng) as a municipality of its own,
 * so each document gets its own verdicts, into *OUT. */
void pd_eval_checklist_judge(xmlDocPtr plan, const pd_thesaurus *th, pd_eval_checklist *out);

#endif
