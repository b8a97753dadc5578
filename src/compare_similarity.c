/* compare_similarity.c — scores and explanations for pairs of plans, and
 * each municipality's nearest peers.
 *
 * Every unordered pair is scored once with the three Jaccard indices only;
 * each side keeps the pair if it is among its K best so far (a sorted
 * array of K, so memory is n·K). Only the kept pairs are then explained. */
#include "compare_similarity.h"

#include <stdlib.h>
#include <string.h>

void pd_cmp_pair_score(pd_cmp_pair *out, const pd_cmp_profile *a, const pd_cmp_profile *b) {
  memset(out, 0, sizeof *out);
  out->a = a;
  out->b = b;
  /* programmes with family coverage: running TIBIR counts for PMTO */
  const pd_set *fa = &a->closed, *fb = &b->closed;
  out->measures = pd_set_jaccard(fa, fb);
  out->services = pd_set_jaccard(&a->services, &b->services);
  out->goals = pd_set_jaccard(&a->goal_terms, &b->goal_terms);
  out->overall = (out->measures + out->services + out->goals) / 3.0;
  /* What they share: run by both, or run by one and covered by the other's
   * family programme; a family member neither runs is left out. */
  for (size_t i = 0; i < fa->n; i++)
    if (pd_set_has(fb, fa->v[i]) &&
        (pd_set_has(&a->programme_refs, fa->v[i]) || pd_set_has(&b->programme_refs, fa->v[i])))
      pd_strlist_add(&out->shared_programmes, fa->v[i]);
  pd_set_minus(&a->programme_refs, fb, &out->only_a);
  pd_set_minus(&b->programme_refs, fa, &out->only_b);
  pd_set_intersect(&a->services, &b->services, &out->shared_services);
  pd_set_intersect(&a->goal_terms, &b->goal_terms, &out->shared_goals);
  out->goal_terms = out->shared_goals.n;
  if (out->shared_goals.n > PD_MAX_EXPLAINED_TERMS) {
    out->shared_goals.n = PD_MAX_EXPLAINED_TERMS;
    out->more_goals = 1;
  }
}

double pd_cmp_pair_overall(const pd_cmp_profile *a, const pd_cmp_profile *b) {
  double m = pd_set_jaccard(&a->closed, &b->closed);
  double s = pd_set_jaccard(&a->services, &b->services);
  double g = pd_set_jaccard(&a->goal_terms, &b->goal_terms);
  return (m + s + g) / 3.0;
}

void pd_cmp_pair_free(pd_cmp_pair *p) {
  pd_strlist_free(&p->shared_programmes);
  pd_strlist_free(&p->only_a);
  pd_strlist_free(&p->only_b);
  pd_strlist_free(&p->shared_services);
  pd_strlist_free(&p->shared_goals);
}

typedef struct best {
  double score;
  size_t peer; /* index in latest (id order) */
} best;

/* Keeps (SCORE, PEER) in TOP (N of at most K, best first; ties by index). */
static void S_offer(best *top, size_t *n, size_t k, double score, size_t peer) {
  size_t at = *n;
  while (at > 0 &&
         (top[at - 1].score < score || (top[at - 1].score == score && top[at - 1].peer > peer)))
    at--;
  if (at >= k)
    return;
  size_t keep = *n < k ? *n : k - 1;
  memmove(&top[at + 1], &top[at], (keep - at) * sizeof *top);
  top[at] = (best){score, peer};
  if (*n < k)
    (*n)++;
}

static int S_strcmp_p(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* County tables past this many counties would be n² in counties (a corpus
 * whose "counties" are something else): left out. */
enum { MAX_COUNTIES = 100 };

/* The distinct counties of PS, sorted; *COUNTY_OF[i] the index of latest i's
 * county or (size_t)-1. Returns how many. */
static size_t S_counties(const pd_cmp_profiles *ps, const char ***names, size_t **county_of) {
  const char **v = pd_xmalloc((ps->n ? ps->n : 1) * sizeof *v);
  size_t nc = 0;
  for (size_t i = 0; i < ps->n; i++)
    if (ps->latest[i]->county && *ps->latest[i]->county)
      v[nc++] = ps->latest[i]->county;
  if (nc > 1)
    qsort(v, nc, sizeof *v, S_strcmp_p);
  size_t u = 0;
  for (size_t i = 0; i < nc; i++)
    if (u == 0 || strcmp(v[u - 1], v[i]) != 0)
      v[u++] = v[i];
  *county_of = pd_xmalloc((ps->n ? ps->n : 1) * sizeof **county_of);
  for (size_t i = 0; i < ps->n; i++) {
    const char *c = ps->latest[i]->county;
    const char **hit = c && *c ? bsearch(&c, v, u, sizeof *v, S_strcmp_p) : NULL;
    (*county_of)[i] = hit ? (size_t)(hit - v) : (size_t)-1;
  }
  *names = v;
  return u;
}

/* The index order: counties by name (none last), and inside each a chain
 * that goes on to the nearest unvisited peer of the same county, or else
 * to the first unvisited municipality by id. */
static void S_order(pd_cmp_similarity *out, const pd_cmp_profiles *ps, const best *const *top,
                    const size_t *ntop, const size_t *county_of, size_t ncounties) {
  out->order = pd_xmalloc((ps->n ? ps->n : 1) * sizeof(const pd_cmp_profile *));
  unsigned char *seen = pd_xcalloc(ps->n ? ps->n : 1, 1);
  size_t k = 0;
  for (size_t c = 0; c <= ncounties; c++) {
    size_t group = c < ncounties ? c : (size_t)-1;
    for (size_t start = 0; start < ps->n; start++) {
      if (seen[start] || county_of[start] != group)
        continue;
      for (size_t cur = start; cur != (size_t)-1;) {
        seen[cur] = 1;
        out->order[k++] = ps->latest[cur];
        size_t next = (size_t)-1;
        for (size_t j = 0; j < ntop[cur] && next == (size_t)-1; j++)
          if (!seen[top[cur][j].peer] && county_of[top[cur][j].peer] == group)
            next = top[cur][j].peer;
        cur = next;
      }
    }
  }
  free(seen);
}

void pd_cmp_similarity_peers(pd_cmp_similarity *out, const pd_cmp_profiles *ps, size_t k) {
  memset(out, 0, sizeof *out);
  size_t n = ps->n;
  out->k = k ? k : PD_DEFAULT_PEERS;
  size_t keep = out->k < n ? out->k : (n ? n - 1 : 0);
  best **top = pd_xcalloc(n ? n : 1, sizeof(best *));
  size_t *ntop = pd_xcalloc(n ? n : 1, sizeof *ntop);
  for (size_t i = 0; i < n; i++)
    top[i] = pd_xmalloc((keep ? keep : 1) * sizeof **top);
  const char **cnames;
  size_t *county_of;
  size_t nc = S_counties(ps, &cnames, &county_of);
  int with_counties = nc > 0 && nc <= MAX_COUNTIES;
  double *sum = with_counties ? pd_xcalloc(nc * nc, sizeof *sum) : NULL;
  size_t *pairs = with_counties ? pd_xcalloc(nc * nc, sizeof *pairs) : NULL;
  for (size_t a = 0; a < n; a++)
    for (size_t b = a + 1; b < n; b++) {
      double s = pd_cmp_pair_overall(ps->latest[a], ps->latest[b]);
      if (keep) {
        S_offer(top[a], &ntop[a], keep, s, b);
        S_offer(top[b], &ntop[b], keep, s, a);
      }
      size_t ca = county_of[a], cb = county_of[b];
      if (sum && ca != (size_t)-1 && cb != (size_t)-1) {
        size_t lo = ca < cb ? ca : cb, hi = ca < cb ? cb : ca;
        sum[lo * nc + hi] += s;
        pairs[lo * nc + hi]++;
      }
    }
  out->n = n;
  out->v = pd_xcalloc(n ? n : 1, sizeof *out->v);
  for (size_t i = 0; i < n; i++) {
    pd_cmp_neighbours *nb = &out->v[i];
    nb->municipality = ps->latest[i];
    nb->v = pd_xcalloc(ntop[i] ? ntop[i] : 1, sizeof *nb->v);
    for (size_t j = 0; j < ntop[i]; j++)
      pd_cmp_pair_score(&nb->v[nb->n++], ps->latest[i], ps->latest[top[i][j].peer]);
  }
  if (sum) {
    out->counties = pd_xmalloc(nc * (nc + 1) / 2 * sizeof *out->counties);
    for (size_t a = 0; a < nc; a++)
      for (size_t b = a; b < nc; b++)
        if (pairs[a * nc + b])
          out->counties[out->ncounties++] = (pd_cmp_county_cell){
              cnames[a], cnames[b], sum[a * nc + b] / (double)pairs[a * nc + b], pairs[a * nc + b]};
  }
  S_order(out, ps, (const best *const *)top, ntop, county_of, nc);
  for (size_t i = 0; i < n; i++)
    free(top[i]);
  free(top);
  free(ntop);
  free(sum);
  free(pairs);
  free(county_of);
  free(cnames);
}

double pd_cmp_similarity_of(const pd_cmp_similarity *s, size_t p, const pd_cmp_profile *q) {
  for (size_t j = 0; p < s->n && j < s->v[p].n; j++)
    if (s->v[p].v[j].b == q)
      return s->v[p].v[j].overall;
  return -1.0;
}

void pd_cmp_similarity_free(pd_cmp_similarity *s) {
  for (size_t i = 0; i < s->n; i++) {
    for (size_t j = 0; j < s->v[i].n; j++)
      pd_cmp_pair_free(&s->v[i].v[j]);
    free(s->v[i].v);
  }
  free(s->v);
  free(s->order);
  free(s->counties);
  memset(s, 0, sizeof *s);
}
