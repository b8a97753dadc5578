/* compare_locals.h — local measures (not named programmes) of different
 * municipalities that are alike by name, grouped.
 */
#ifndef PLANDIFF_COMPARE_LOCALS_H
#define PLANDIFF_COMPARE_LOCALS_H

#include <stddef.h>

#include "compare_profile.h"
#include "compare_set.h"

typedef struct pd_cmp_local_member {
  const pd_cmp_local *local;
  const char *municipality;
} pd_cmp_local_member;

typedef struct pd_cmp_local_group {
  const char *key;              /* the key of its first member */
  size_t municipalities;        /* at least two */
  pd_cmp_local_member *members; /* sorted by key, municipality, line */
  size_t n;
} pd_cmp_local_group;

typedef struct pd_cmp_local_groups {
  pd_cmp_local_group *v; /* in the order of their first members */
  size_t n;
} pd_cmp_local_groups;

/* Alike: the same terms, or at least two shared with a Jaccard index of at
 * least 0.5 ("Åpen barnehage" and "Åpne barnehager"; "Foreldrekurs for
 * minoritetsspråklige foreldre" and "Foreldrekurs for foreldre"), never one
 * generic word ("Oppfølging ung" and "Rådgiver ung"). */
int pd_cmp_locals_alike(const pd_set *a, const pd_set *b);

/* Groups the local measures of the latest profiles: the connected sets of
 * alike measures that span two municipalities or more. */
void pd_cmp_locals_group(pd_cmp_local_groups *out, const pd_cmp_profiles *ps);
void pd_cmp_local_groups_free(pd_cmp_local_groups *g);

#endif
