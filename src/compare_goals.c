/* compare_goals.c — goals of different municipalities alike in their words,
 * greedily clustered in a fixed order (municipality, then line). */
#include "compare_goals.h"

#include <stdlib.h>
#include <string.h>

typedef struct gref {
  const pd_cmp_goalrec *g;
  const char *municipality;
  size_t cluster;
} gref;

/* The terms of the cluster's first goal that more than half its goals
 * have. */
static void S_terms(pd_cmp_goal_cluster *cl, const pd_set *head) {
  for (size_t t = 0; t < head->n; t++) {
    size_t have = 0;
    for (size_t i = 0; i < cl->n; i++)
      have += pd_set_has(&cl->members[i].goal->terms, head->v[t]);
    if (have * 2 > cl->n)
      pd_strlist_add(&cl->terms, head->v[t]);
  }
}

void pd_cmp_goals_cluster(pd_cmp_goal_clusters *out, const pd_cmp_profiles *ps) {
  memset(out, 0, sizeof *out);
  size_t total = 0;
  for (size_t i = 0; i < ps->n; i++)
    total += ps->latest[i]->ngoals;
  gref *all = pd_xcalloc(total ? total : 1, sizeof *all);
  size_t k = 0;
  for (size_t i = 0; i < ps->n; i++)
    for (size_t j = 0; j < ps->latest[i]->ngoals; j++)
      if (ps->latest[i]->goals[j].terms.n >= 2)
        all[k++] = (gref){&ps->latest[i]->goals[j], ps->latest[i]->id, 0};
  size_t *heads = pd_xcalloc(k ? k : 1, sizeof *heads); /* first goal of each cluster */
  size_t nclusters = 0;
  for (size_t i = 0; i < k; i++) {
    double best = 0.3;
    size_t at = nclusters;
    for (size_t c = 0; c < nclusters; c++) {
      double j = pd_set_jaccard(&all[i].g->terms, &all[heads[c]].g->terms);
      if (j >= best && strcmp(all[heads[c]].municipality, all[i].municipality) != 0) {
        best = j;
        at = c;
      }
    }
    if (at == nclusters)
      heads[nclusters++] = i;
    all[i].cluster = at;
  }
  out->v = pd_xcalloc(nclusters ? nclusters : 1, sizeof *out->v);
  for (size_t c = 0; c < nclusters; c++) {
    pd_set muns = PD_SET_INIT;
    size_t members = 0;
    for (size_t i = 0; i < k; i++)
      if (all[i].cluster == c) {
        pd_set_add(&muns, all[i].municipality);
        members++;
      }
    pd_set_finish(&muns);
    if (muns.n >= 2) {
      pd_cmp_goal_cluster *cl = &out->v[out->n++];
      cl->municipalities = muns.n;
      cl->members = pd_xmalloc(members * sizeof *cl->members);
      for (size_t i = 0; i < k; i++)
        if (all[i].cluster == c)
          cl->members[cl->n++] = (pd_cmp_goal_member){all[i].g, all[i].municipality};
      S_terms(cl, &all[heads[c]].g->terms);
    }
    pd_set_free(&muns);
  }
  free(heads);
  free(all);
}

void pd_cmp_goal_clusters_free(pd_cmp_goal_clusters *c) {
  for (size_t i = 0; i < c->n; i++) {
    free(c->v[i].members);
    pd_strlist_free(&c->v[i].terms);
  }
  free(c->v);
  memset(c, 0, sizeof *c);
}
