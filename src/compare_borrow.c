/* compare_borrow.c — suggestions of programmes to borrow from peers.
 *
 * One index lists, for every programme planned or run anywhere, its
 * holders in id order; ranked once (most holders, best evidence, ref), it
 * gives every municipality its suggestions by one walk that skips what the
 * municipality already has. The peers a card shows come from three short
 * lists: the municipality's nearest peers that hold the programme, the
 * holders of its county (found by binary search in a copy of the holders
 * sorted by county) and the first holders by id. */
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
  pd_cmp_holder *holders;   /* per entry, in id order */
  pd_cmp_holder *by_county; /* the same ranges, by county then id */
  entry *entries;           /* ranked */
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

static const char *S_county(const pd_cmp_profile *p) { return p->county ? p->county : ""; }

static int S_by_county_cmp(const void *a, const void *b) {
  const pd_cmp_holder *x = a, *y = b;
  int c = strcmp(S_county(x->municipality), S_county(y->municipality));
  return c ? c : strcmp(x->municipality->id, y->municipality->id);
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
    ix->holders[i] = (pd_cmp_holder){p, pd_cmp_profile_prog(p, all[i].ref), -1.0};
    if (i == 0 || strcmp(all[i].ref, all[i - 1].ref) != 0) {
      const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, all[i].ref);
      ix->entries[ix->nentries++] = (entry){all[i].ref, e ? e->evidence_level : -1, i, 0};
    }
    ix->entries[ix->nentries - 1].count++;
  }
  ix->by_county = pd_xmalloc((k ? k : 1) * sizeof *ix->by_county);
  if (k)
    memcpy(ix->by_county, ix->holders, k * sizeof *ix->holders);
  for (size_t e = 0; e < ix->nentries; e++)
    if (ix->entries[e].count > 1)
      qsort(&ix->by_county[ix->entries[e].first], ix->entries[e].count, sizeof *ix->by_county,
            S_by_county_cmp);
  if (ix->nentries > 1)
    qsort(ix->entries, ix->nentries, sizeof *ix->entries, S_entry_cmp);
  free(all);
  return ix;
}

/* A peer a card could show; SAME: of the borrower's county. */
typedef struct cand {
  pd_cmp_holder h;
  int same;
} cand;

/* Shown first: same county, then more similar, then by id. */
static int S_cand_cmp(const void *a, const void *b) {
  const cand *x = a, *y = b;
  if (x->same != y->same)
    return x->same ? -1 : 1;
  if (x->h.similarity != y->h.similarity)
    return x->h.similarity > y->h.similarity ? -1 : 1;
  return strcmp(x->h.municipality->id, y->h.municipality->id);
}

static void S_candidate(cand *v, size_t *n, pd_cmp_holder h) {
  for (size_t i = 0; i < *n; i++)
    if (v[i].h.municipality == h.municipality)
      return;
  v[(*n)++] = (cand){h, 0};
}

/* The peers of suggestion EN that borrower I's card shows, into SG. */
static void S_shown(pd_cmp_suggestion *sg, const pd_cmp_holders *ix, const entry *en,
                    const pd_cmp_profiles *ps, const pd_cmp_similarity *sim, size_t i) {
  const pd_cmp_profile *me = ps->latest[i];
  const pd_cmp_neighbours *near = sim && i < sim->n ? &sim->v[i] : NULL;
  size_t cap = (near ? near->n : 0) + 2 * (size_t)PD_MAX_PEERS_SHOWN, n = 0;
  cand *cands = pd_xmalloc(cap * sizeof *cands);
  for (size_t j = 0; near && j < near->n; j++) {
    const pd_cmp_profile *q = near->v[j].b;
    if (pd_set_has(&q->programme_refs, en->ref))
      S_candidate(cands, &n,
                  (pd_cmp_holder){q, pd_cmp_profile_prog(q, en->ref), near->v[j].overall});
  }
  const char *county = S_county(me);
  if (*county) { /* the first holder of ME's county, by binary search */
    const pd_cmp_holder *r = &ix->by_county[en->first];
    size_t lo = 0, hi = en->count;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (strcmp(S_county(r[mid].municipality), county) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (size_t t = 0; lo < en->count && t < PD_MAX_PEERS_SHOWN &&
                       strcmp(S_county(r[lo].municipality), county) == 0;
         lo++, t++)
      S_candidate(cands, &n, r[lo]);
  }
  for (size_t t = 0; t < en->count && t < PD_MAX_PEERS_SHOWN; t++)
    S_candidate(cands, &n, ix->holders[en->first + t]);
  for (size_t c = 0; c < n; c++)
    cands[c].same = *county && strcmp(S_county(cands[c].h.municipality), county) == 0;
  if (n > 1)
    qsort(cands, n, sizeof *cands, S_cand_cmp);
  sg->nshown = n < PD_MAX_PEERS_SHOWN ? n : PD_MAX_PEERS_SHOWN;
  for (size_t c = 0; c < sg->nshown; c++)
    sg->shown[c] = cands[c].h;
  free(cands);
}

void pd_cmp_borrowing_rank(pd_cmp_borrowing *out, const pd_cmp_profiles *ps,
                           const pd_cmp_similarity *sim, const pd_thesaurus *th) {
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
      pd_cmp_suggestion *sg = &b->v[b->n++];
      sg->ref = en->ref;
      sg->name = pd_cmp_programme_name(th, en->ref);
      sg->evidence = th_e ? th_e->evidence : NULL;
      sg->evidence_level = en->evidence_level;
      sg->peers = en->count;
      S_shown(sg, ix, en, ps, sim, i);
    }
  }
}

void pd_cmp_borrowing_free(pd_cmp_borrowing *b) {
  for (size_t i = 0; i < b->n; i++)
    free(b->v[i].v);
  free(b->v);
  if (b->index) {
    free(b->index->holders);
    free(b->index->by_county);
    free(b->index->entries);
    free(b->index);
  }
  memset(b, 0, sizeof *b);
}
