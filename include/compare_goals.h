/* compare_goals.h — goals of different municipalities that say the same
 * thing in their words, clustered.
 */
#ifndef PLANDIFF_COMPARE_GOALS_H
#define PLANDIFF_COMPARE_GOALS_H

#include <stddef.h>

#include "compare_profile.h"
#include "compare_set.h"

typedef struct pd_cmp_goal_member {
  const pd_cmp_goalrec *goal;
  const char *municipality;
} pd_cmp_goal_member;

typedef struct pd_cmp_goal_cluster {
  size_t municipalities; /* at least two */
  pd_strlist terms;      /* words most of its goals share */
  pd_cmp_goal_member *members;
  size_t n;
} pd_cmp_goal_cluster;

typedef struct pd_cmp_goal_clusters {
  pd_cmp_goal_cluster *v;
  size_t n;
} pd_cmp_goal_clusters;

void pd_cmp_goals_cluster(pd_cmp_goal_clusters *out, const pd_cmp_profiles *ps);
void pd_cmp_goal_clusters_free(pd_cmp_goal_clusters *c);

#endif
