/* compare_coverage.h — what barnevernsloven § 15-1 second paragraph asks a
 * plan to state (goals, organisation, division of tasks, cooperation), and
 * which law the plan cites, per municipality.
 */
#ifndef PLANDIFF_COMPARE_COVERAGE_H
#define PLANDIFF_COMPARE_COVERAGE_H

#include <stddef.h>

#include "compare_profile.h"

typedef enum pd_cmp_req_status { PD_REQ_FOUND, PD_REQ_MISSING, PD_REQ_NOT_YET } pd_cmp_req_status;
typedef enum pd_cmp_law { PD_LAW_NONE, PD_LAW_CURRENT, PD_LAW_OLD, PD_LAW_BOTH } pd_cmp_law;

enum { PD_REQUIREMENTS = 4, PD_REQ_MAX_EVIDENCE = 3 };

const char *pd_cmp_req_id(int requirement);
const char *pd_cmp_req_status_name(pd_cmp_req_status s);
const char *pd_cmp_law_name(pd_cmp_law law);

typedef struct pd_cmp_requirement {
  pd_cmp_req_status status;
  int strong; /* found on a goal, a sentence, a matrix row or a model named in the text, not on
                 headings alone */
  const pd_cmp_prov *evidence[PD_REQ_MAX_EVIDENCE]; /* the first few places that show it */
  size_t nevidence;
} pd_cmp_requirement;

typedef struct pd_cmp_coverage_plan {
  const pd_cmp_profile *municipality;
  int programme_only; /* every document is a planning programme */
  pd_cmp_law law;
  const pd_cmp_prov *law_where; /* the citation judged; NULL when none */
  pd_cmp_requirement req[PD_REQUIREMENTS];
  size_t found;
} pd_cmp_coverage_plan;

typedef struct pd_cmp_coverage {
  pd_cmp_coverage_plan *v; /* one per latest profile, in id order */
  size_t n;
} pd_cmp_coverage;

void pd_cmp_coverage_judge(pd_cmp_coverage *out, const pd_cmp_profiles *ps);
void pd_cmp_coverage_free(pd_cmp_coverage *c);

#endif
