/* compare_similarity.c — scores and explanations for pairs of plans. */
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
  if (out->shared_goals.n > PD_MAX_EXPLAINED_TERMS) {
    out->shared_goals.n = PD_MAX_EXPLAINED_TERMS;
    out->more_goals = 1;
  }
}

void pd_cmp_pair_free(pd_cmp_pair *p) {
  pd_strlist_free(&p->shared_programmes);
  pd_strlist_free(&p->only_a);
  pd_strlist_free(&p->only_b);
  pd_strlist_free(&p->shared_services);
  pd_strlist_free(&p->shared_goals);
}

void pd_cmp_similarity_pairs(pd_cmp_similarity *out, const pd_cmp_profiles *ps) {
  size_t n = ps->n;
  out->n = 0;
  out->v = pd_xcalloc(n > 1 ? n * (n - 1) / 2 : 1, sizeof *out->v);
  for (size_t a = 0; a < n; a++)
    for (size_t b = a + 1; b < n; b++)
      pd_cmp_pair_score(&out->v[out->n++], ps->latest[a], ps->latest[b]);
}

void pd_cmp_similarity_free(pd_cmp_similarity *s) {
  for (size_t i = 0; i < s->n; i++)
    pd_cmp_pair_free(&s->v[i]);
  free(s->v);
  memset(s, 0, sizeof *s);
}
