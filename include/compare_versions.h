/* compare_versions.h — what changed between one municipality's plans of
 * different years: measures added or removed, a programme's levels
 * changed, goals added or removed (goals are matched by their words).
 */
#ifndef PLANDIFF_COMPARE_VERSIONS_H
#define PLANDIFF_COMPARE_VERSIONS_H

#include <stddef.h>

#include "compare_profile.h"

typedef enum pd_cmp_change_what {
  PD_CHANGE_MEASURE,
  PD_CHANGE_GOAL,
  PD_CHANGE_LEVEL
} pd_cmp_change_what;
typedef enum pd_cmp_change_kind {
  PD_CHANGE_ADDED,
  PD_CHANGE_REMOVED,
  PD_CHANGE_CHANGED
} pd_cmp_change_kind;

const char *pd_cmp_change_what_name(pd_cmp_change_what w);
const char *pd_cmp_change_kind_name(pd_cmp_change_kind k);

typedef struct pd_cmp_change {
  pd_cmp_change_what what;
  pd_cmp_change_kind kind;
  char *key;
  char *from, *to; /* levels before and after (level changes only) */
} pd_cmp_change;

typedef struct pd_cmp_diff {
  const pd_cmp_profile *from, *to; /* consecutive years of one municipality */
  pd_cmp_change *v;
  size_t n, cap;
} pd_cmp_diff;

typedef struct pd_cmp_versions {
  pd_cmp_diff *v; /* by municipality, then year */
  size_t n;
} pd_cmp_versions;

void pd_cmp_diff_versions(pd_cmp_diff *out, const pd_cmp_profile *from, const pd_cmp_profile *to);
void pd_cmp_diff_free(pd_cmp_diff *d);

/* A diff for every two consecutive years of a municipality in PS->all. */
void pd_cmp_versions_diff(pd_cmp_versions *out, const pd_cmp_profiles *ps);
void pd_cmp_versions_free(pd_cmp_versions *v);

#endif
