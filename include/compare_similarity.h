/* compare_similarity.h — how alike two municipalities' plans are, and why:
 * the mean of the Jaccard indices of their programmes (a family programme
 * counts for the programmes it contains), services and goal words.
 *
 * The comparison keeps, for each municipality, only its K most similar
 * peers with their explanation (n·K, never every pair), the mean
 * similarity between counties, and an order of the municipalities for the
 * index: grouped by county, similar plans next to each other. Every pair
 * is scored once (three merge walks, no explanation); memory stays n·K.
 */
#ifndef PLANDIFF_COMPARE_SIMILARITY_H
#define PLANDIFF_COMPARE_SIMILARITY_H

#include <stddef.h>

#include "compare_profile.h"
#include "compare_set.h"

/* Explanations stay readable: at most this many shared goal words are
 * listed (the score counts them all). */
enum { PD_MAX_EXPLAINED_TERMS = 12 };

/* Peers kept per municipality unless the caller asks otherwise. */
enum { PD_DEFAULT_PEERS = 10 };

typedef struct pd_cmp_pair {
  const pd_cmp_profile *a, *b;
  double overall, measures, services, goals;
  pd_strlist shared_programmes; /* run by both, or by one and covered by the other's family */
  pd_strlist only_a, only_b;    /* run by one, neither run nor covered by the other */
  pd_strlist shared_services;
  pd_strlist shared_goals; /* the first PD_MAX_EXPLAINED_TERMS */
  size_t goal_terms;       /* how many goal words are shared in all */
  int more_goals;          /* more goal words are shared than listed */
} pd_cmp_pair;

/* Scores A against B and explains the score. */
void pd_cmp_pair_score(pd_cmp_pair *out, const pd_cmp_profile *a, const pd_cmp_profile *b);
void pd_cmp_pair_free(pd_cmp_pair *p);

/* The overall score alone, as pd_cmp_pair_score computes it. */
double pd_cmp_pair_overall(const pd_cmp_profile *a, const pd_cmp_profile *b);

/* One municipality's nearest peers, most similar first (ties by id);
 * each pair's a is the municipality. */
typedef struct pd_cmp_neighbours {
  const pd_cmp_profile *municipality;
  pd_cmp_pair *v;
  size_t n;
} pd_cmp_neighbours;

/* Mean similarity over the pairs of municipalities from counties A and B
 * (a <= b by strcmp; A == B: pairs inside one county). */
typedef struct pd_cmp_county_cell {
  const char *a, *b;
  double mean;
  size_t pairs;
} pd_cmp_county_cell;

typedef struct pd_cmp_similarity {
  size_t k;             /* peers asked for per municipality */
  pd_cmp_neighbours *v; /* one per latest profile, in id order */
  size_t n;
  const pd_cmp_profile **order; /* n: by county, then a chain of nearest neighbours */
  pd_cmp_county_cell *counties; /* by a, then b */
  size_t ncounties;
} pd_cmp_similarity;

/* Each latest profile's K nearest peers (K = 0: PD_DEFAULT_PEERS), the
 * county means and the order. O(n²) scores, O(n·K) memory. */
void pd_cmp_similarity_peers(pd_cmp_similarity *out, const pd_cmp_profiles *ps, size_t k);
void pd_cmp_similarity_free(pd_cmp_similarity *s);

/* The score of P against its peer Q when Q is among P's kept peers, else
 * a negative number. */
double pd_cmp_similarity_of(const pd_cmp_similarity *s, size_t p, const pd_cmp_profile *q);

#endif
