/* compare_borrow.c — suggestions of programmes to borrow from peers.
 *
 * One index lists, for every programme planned or run anywhere, its
 * holders in id order; ranked once (most holders, best evidence, ref), it
 * gives every municipality its suggestions by one walk that skips what the
 * municipality already has. */
#include "compare_borrow.h"

#include <stdlib.h>
#include <string.h>

#include "compare_matrix.h"

typedef struct entry {
  const char *ref;
  int evidence_level;
  size_t first, count; /* its holders in the index's holder array */
} entry;

struct pd_cmp_holders {
  pd_cmp_holder *holders;
  entry *entries; /* ranked */
  size_t nentries;
};

typedef struct held {
  const char *ref;
  size_t municipality;
} held;

static int S_held_cmp(const void *a, const void *b) {
  const held *x = a, *y = b;
  int c = strcmp(x->ref, y->ref);
  return c ? c : (x->municipality > y->municipality) - (x->municipality < y->municipality);
}

static int S_entry_cmp(const void *a, const void *b) {
  const entry *x = a, *y = b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  if (x->evidence_level != y->evidence_level)
    return x->evidence_level > y->evidence_level ? -1 : 1;
  return strcmp(x->ref, y->ref);
}

static pd_cmp_holders *S_index(const pd_cmp_profiles *ps, const pd_thesaurus *th) {
  size_t total = 0;
  for (size_t i = 0; i < ps->n; i++)
    total += ps->latest[i]->programme_refs.n;
  held *all = pd_xmalloc((total ? total : 1) * sizeof *all);
  size_t k = 0;
  for (size_t i = 0; i < ps->n; i++)
    for (size_t r = 0; r < ps->latest[i]->programme_refs.n; r++)
      all[k++] = (held){ps->latest[i]->programme_refs.v[r], i};
  if (k > 1)
    qsort(all, k, sizeof *all, S_held_cmp);
  pd_cmp_holders *ix = pd_xcalloc(1, sizeof *ix);
  ix->holders = pd_xmalloc((k ? k : 1) * sizeof *ix->holders);
  ix->entries = pd_xmalloc((k ? k : 1) * sizeof *ix->entries);
  for (size_t i = 0; i < k; i++) {
    const pd_cmp_profile *p = ps->latest[all[i].municipality];
    ix->holders[i] = (pd_cmp_holder){p, pd_cmp_profile_prog(p, all[i].ref)};
    if (i == 0 || strcmp(all[i].ref, all[i - 1].ref) != 0) {
      const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, all[i].ref);
      ix->entries[ix->nentries++] = (entry){all[i].ref, e ? e->evidence_level : -1, i, 0};
    }
    ix->entries[ix->nentries - 1].count++;
  }
  if (ix->nentries > 1)
    qsort(ix->entries, ix->nentries, sizeof *ix->entries, S_entry_cmp);
  free(all);
  return ix;
}

void pd_cmp_borrowing_rank(pd_cmp_borrowing *out, const pd_cmp_profiles *ps,
                           const pd_thesaurus *th) {
  out->index = S_index(ps, th);
  out->n = ps->n;
  out->v = pd_xcalloc(ps->n ? ps->n : 1, sizeof *out->v);
  const pd_cmp_holders *ix = out->index;
  for (size_t i = 0; i < ps->n; i++) {
    const pd_cmp_profile *me = ps->latest[i];
    pd_cmp_borrower *b = &out->v[i];
    b->municipality = me;
    for (size_t e = 0; e < ix->nentries && b->n < PD_MAX_SUGGESTIONS; e++) {
      const entry *en = &ix->entries[e];
      if (pd_set_has(&me->programme_refs, en->ref) || pd_set_has(&me->covered_refs, en->ref))
        continue;
      if (!b->v)
        b->v = pd_xmalloc(PD_MAX_SUGGESTIONS * sizeof *b->v);
      const pd_entry *th_e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, en->ref);
      b->v[b->n++] =
          (pd_cmp_suggestion){en->ref,
                              pd_cmp_programme_name(th, en->ref),
                              th_e ? th_e->evidence : NULL,
                              en->evidence_level,
                              en->count,
                              &ix->holders[en->first],
                              en->count < PD_MAX_PEERS_SHOWN ? en->count : PD_MAX_PEERS_SHOWN};
    }
  }
}

void pd_cmp_borrowing_free(pd_cmp_borrowing *b) {
  for (size_t i = 0; i < b->n; i++)
    free(b->v[i].v);
  free(b->v);
  if (b->index) {
    free(b->index->holders);
    free(b->index->entries);
    free(b->index);
  }
  memset(b, 0, sizeof *b);
}
