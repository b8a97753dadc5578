/* compare_locals.c — local measures alike across municipalities.
 *
 * Candidate pairs come from an inverted index over the names' terms; a
 * term shared by more than LOCAL_TERM_CAP measures ("tiltak", "barn" at
 * national scale) proposes no pairs, which keeps the pairing far from
 * quadratic (at most LOCAL_TERM_CAP comparisons per term of each measure).
 * Groups are the connected sets, found by union-find whose root is always
 * the first member in sorted order, so they do not depend on the order of
 * the plans. */
#include "compare_locals.h"

#include <stdlib.h>
#include <string.h>

enum { LOCAL_TERM_CAP = 256 };

int pd_cmp_locals_alike(const pd_set *a, const pd_set *b) {
  size_t both = pd_set_shared(a, b);
  size_t uni = a->n + b->n - both;
  return both == uni || (both >= 2 && both * 2 >= uni);
}

static int S_member_cmp(const void *a, const void *b) {
  const pd_cmp_local_member *x = a, *y = b;
  int c = strcmp(x->local->key, y->local->key);
  if (c)
    return c;
  c = strcmp(x->municipality, y->municipality);
  if (c)
    return c;
  unsigned long lx = x->local->where->line, ly = y->local->where->line;
  return (lx > ly) - (lx < ly);
}

static size_t S_find(size_t *parent, size_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

static void S_union(size_t *parent, size_t a, size_t b) {
  a = S_find(parent, a);
  b = S_find(parent, b);
  if (a < b)
    parent[b] = a;
  else if (b < a)
    parent[a] = b;
}

/* Orders (root, index) pairs of size_t. */
static int S_pair_cmp(const void *a, const void *b) {
  const size_t *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return (x[1] > y[1]) - (x[1] < y[1]);
}

typedef struct posting {
  const char *term;
  size_t local;
} posting;

static int S_posting_cmp(const void *a, const void *b) {
  const posting *x = a, *y = b;
  int c = strcmp(x->term, y->term);
  return c ? c : (x->local > y->local) - (x->local < y->local);
}

/* Unions the alike members of different municipalities that share a term
 * no more than LOCAL_TERM_CAP members have. */
static void S_union_alike(const pd_cmp_local_member *all, size_t k, size_t *parent) {
  posting *post = NULL;
  size_t npost = 0, cap = 0;
  for (size_t i = 0; i < k; i++) {
    const pd_set *terms = &all[i].local->terms;
    for (size_t t = 0; t < terms->n; t++) {
      if (npost == cap) {
        cap = cap ? cap * 2 : 64;
        post = pd_xrealloc(post, cap * sizeof *post);
      }
      post[npost++] = (posting){terms->v[t], i};
    }
  }
  if (npost > 1)
    qsort(post, npost, sizeof *post, S_posting_cmp);
  for (size_t p = 0; p < npost;) {
    size_t q = p;
    while (q < npost && strcmp(post[q].term, post[p].term) == 0)
      q++;
    if (q - p <= LOCAL_TERM_CAP)
      for (size_t x = p; x < q; x++)
        for (size_t y = x + 1; y < q; y++) {
          size_t a = post[x].local, b = post[y].local;
          if (strcmp(all[a].municipality, all[b].municipality) != 0 &&
              S_find(parent, a) != S_find(parent, b) &&
              pd_cmp_locals_alike(&all[a].local->terms, &all[b].local->terms))
            S_union(parent, a, b);
        }
    p = q;
  }
  free(post);
}

void pd_cmp_locals_group(pd_cmp_local_groups *out, const pd_cmp_profiles *ps) {
  memset(out, 0, sizeof *out);
  size_t total = 0;
  for (size_t i = 0; i < ps->n; i++)
    total += ps->latest[i]->nlocals;
  pd_cmp_local_member *all = pd_xmalloc((total ? total : 1) * sizeof *all);
  size_t k = 0;
  for (size_t i = 0; i < ps->n; i++)
    for (size_t j = 0; j < ps->latest[i]->nlocals; j++)
      if (*ps->latest[i]->locals[j].key)
        all[k++] = (pd_cmp_local_member){&ps->latest[i]->locals[j], ps->latest[i]->id};
  if (k > 1)
    qsort(all, k, sizeof *all, S_member_cmp);

  size_t *parent = pd_xmalloc((k ? k : 1) * sizeof *parent);
  for (size_t i = 0; i < k; i++)
    parent[i] = i;
  /* The same terms always group, however common they are (sorted by key,
   * they are neighbours). */
  for (size_t i = 1; i < k; i++)
    if (strcmp(all[i].local->key, all[i - 1].local->key) == 0)
      S_union(parent, i - 1, i);
  S_union_alike(all, k, parent);

  /* Groups in the order of their roots; members in sorted order. Sorting
   * (root, index) pairs keeps this O(k log k) however many groups there are. */
  size_t *order = pd_xmalloc((k ? k : 1) * 2 * sizeof *order);
  for (size_t i = 0; i < k; i++) {
    order[2 * i] = S_find(parent, i);
    order[2 * i + 1] = i;
  }
  if (k > 1)
    qsort(order, k, 2 * sizeof *order, S_pair_cmp);
  size_t cap = 0;
  for (size_t g0 = 0; g0 < k;) {
    size_t g1 = g0;
    pd_set seen = PD_SET_INIT;
    for (; g1 < k && order[2 * g1] == order[2 * g0]; g1++)
      pd_set_add(&seen, all[order[2 * g1 + 1]].municipality);
    pd_set_finish(&seen);
    size_t muns = seen.n;
    pd_set_free(&seen);
    if (muns >= 2) {
      if (out->n == cap) {
        cap = cap ? cap * 2 : 16;
        out->v = pd_xrealloc(out->v, cap * sizeof *out->v);
      }
      pd_cmp_local_group *g = &out->v[out->n++];
      g->key = all[order[2 * g0]].local->key;
      g->municipalities = muns;
      g->n = g1 - g0;
      g->members = pd_xmalloc(g->n * sizeof *g->members);
      for (size_t m = g0; m < g1; m++)
        g->members[m - g0] = all[order[2 * m + 1]];
    }
    g0 = g1;
  }
  free(order);
  free(parent);
  free(all);
}

void pd_cmp_local_groups_free(pd_cmp_local_groups *g) {
  for (size_t i = 0; i < g->n; i++)
    free(g->v[i].members);
  free(g->v);
  memset(g, 0, sizeof *g);
}
