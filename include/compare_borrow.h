/* compare_borrow.h — what each municipality could borrow: programmes its
 * peers plan or run that it neither runs nor covers by a family programme,
 * ranked by how many run them, then by evidence level. Each suggestion
 * shows at most PD_MAX_PEERS_SHOWN of those peers: same county first, then
 * those among the municipality's nearest peers (most similar first), then
 * the rest by id — never a list of every holder.
 */
#ifndef PLANDIFF_COMPARE_BORROW_H
#define PLANDIFF_COMPARE_BORROW_H

#include <stddef.h>

#include "compare_profile.h"
#include "compare_similarity.h"
#include "thesaurus.h"

enum { PD_MAX_SUGGESTIONS = 25, PD_MAX_PEERS_SHOWN = 5 };

/* A municipality that plans or runs a programme, and its own entry for it. */
typedef struct pd_cmp_holder {
  const pd_cmp_profile *municipality;
  const pd_cmp_prog *prog;
  double similarity; /* to the borrower when among its nearest peers, else < 0 */
} pd_cmp_holder;

typedef struct pd_cmp_suggestion {
  const char *ref, *name;
  const char *evidence;                    /* the thesaurus's note on its evidence, or NULL */
  int evidence_level;                      /* -1 when unknown */
  size_t peers;                            /* how many municipalities plan or run it */
  pd_cmp_holder shown[PD_MAX_PEERS_SHOWN]; /* same county, nearest, then by id */
  size_t nshown;
} pd_cmp_suggestion;

typedef struct pd_cmp_borrower {
  const pd_cmp_profile *municipality;
  pd_cmp_suggestion *v; /* best first, at most PD_MAX_SUGGESTIONS */
  size_t n;
} pd_cmp_borrower;

typedef struct pd_cmp_holders pd_cmp_holders; /* the programme index, private */

typedef struct pd_cmp_borrowing {
  pd_cmp_borrower *v; /* one per latest profile, in id order */
  size_t n;
  pd_cmp_holders *index;
} pd_cmp_borrowing;

/* Costs O(m log m) for m programmes planned or run in all, plus O(P) per
 * municipality for P distinct programmes and O(K + log m) per suggestion:
 * no pair of municipalities is ever visited. SIM (the nearest peers of
 * the same profiles) may be NULL: then no peer counts as near. */
void pd_cmp_borrowing_rank(pd_cmp_borrowing *out, const pd_cmp_profiles *ps,
                           const pd_cmp_similarity *sim, const pd_thesaurus *th);
void pd_cmp_borrowing_free(pd_cmp_borrowing *b);

#endif
