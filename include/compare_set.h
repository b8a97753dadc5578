/* compare_set.h — small sorted sets of strings, the currency of compare.
 *
 * A pd_set owns its strings. Build it with pd_set_add, then pd_set_finish
 * sorts it (by strcmp) and drops duplicates; only a finished set may be
 * searched or compared. Comparisons are merge walks over two sorted
 * arrays, so they cost |a| + |b|.
 *
 * A pd_strlist is an ordered list of borrowed strings (it frees only its
 * array): what a result points at in the profiles it came from.
 */
#ifndef PLANDIFF_COMPARE_SET_H
#define PLANDIFF_COMPARE_SET_H

#include <stddef.h>

#include "buf.h"

typedef struct pd_set {
  char **v;
  size_t n, cap;
} pd_set;

#define PD_SET_INIT                                                                                \
  { NULL, 0, 0 }

void pd_set_add(pd_set *s, const char *x);
void pd_set_finish(pd_set *s);
int pd_set_has(const pd_set *s, const char *x);
void pd_set_free(pd_set *s);

/* |a ∩ b|. */
size_t pd_set_shared(const pd_set *a, const pd_set *b);
/* |a ∩ b| / |a ∪ b|, 0 when both are empty. */
double pd_set_jaccard(const pd_set *a, const pd_set *b);
/* The members joined by single spaces, appended to OUT. */
void pd_set_join(const pd_set *s, pd_buf *out);

typedef struct pd_strlist {
  const char **v;
  size_t n, cap;
} pd_strlist;

#define PD_STRLIST_INIT                                                                            \
  { NULL, 0, 0 }

void pd_strlist_add(pd_strlist *l, const char *x);
void pd_strlist_free(pd_strlist *l);

/* Members of A also in B, in order, appended to OUT (borrowed from A). */
void pd_set_intersect(const pd_set *a, const pd_set *b, pd_strlist *out);
/* Members of A not in B, in order, appended to OUT (borrowed from A). */
void pd_set_minus(const pd_set *a, const pd_set *b, pd_strlist *out);

#endif
