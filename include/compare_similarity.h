/* compare_similarity.h — how alike two municipalities' plans are, and why:
 * the mean of the Jaccard indices of their programmes (a family programme
 * counts for the programmes it contains), services and goal words.
 */
#ifndef PLANDIFF_COMPARE_SIMILARITY_H
#define PLANDIFF_COMPARE_SIMILARITY_H

#include <stddef.h>

#include "compare_profile.h"
#include "compare_set.h"

/* Explanations stay readable: at most this many shared goal words are
 * listed (the score counts them all). */
enum { PD_MAX_EXPLAINED_TERMS = 12 };

typedef struct pd_cmp_pair {
  const pd_cmp_profile *a, *b;
  double overall, measures, services, goals;
  pd_strlist shared_programmes; /* run by both, or by one and covered by the other's family */
  pd_strlist only_a, only_b;    /* run by one, neither run nor covered by the other */
  pd_strlist shared_services;
  pd_strlist shared_goals; /* the first PD_MAX_EXPLAINED_TERMS */
  int more_goals;          /* more goal words are shared than listed */
} pd_cmp_pair;

/* Scores A against B and explains the score. */
void pd_cmp_pair_score(pd_cmp_pair *out, const pd_cmp_profile *a, const pd_cmp_profile *b);
void pd_cmp_pair_free(pd_cmp_pair *p);

typedef struct pd_cmp_similarity {
  pd_cmp_pair *v;
  size_t n;
} pd_cmp_similarity;

/* Every pair of latest profiles, a before b in id order. */
void pd_cmp_similarity_pairs(pd_cmp_similarity *out, const pd_cmp_profiles *ps);
void pd_cmp_similarity_free(pd_cmp_similarity *s);

#endif
