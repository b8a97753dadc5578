/* compare_versions.c — diffs between consecutive years of a plan. */
#include "compare_versions.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

const char *pd_cmp_change_what_name(pd_cmp_change_what w) {
  static const char *const names[] = {"measure", "goal", "level"};
  return names[w];
}

const char *pd_cmp_change_kind_name(pd_cmp_change_kind k) {
  static const char *const names[] = {"added", "removed", "changed"};
  return names[k];
}

static void S_change(pd_cmp_diff *d, pd_cmp_change_what what, pd_cmp_change_kind kind,
                     const char *key, char *from, char *to) {
  if (d->n == d->cap) {
    d->cap = d->cap ? d->cap * 2 : 8;
    d->v = pd_xrealloc(d->v, d->cap * sizeof *d->v);
  }
  d->v[d->n++] = (pd_cmp_change){what, kind, pd_xstrdup(key), from, to};
}

/* Keys of P's measures: programme refs and local names. */
static void S_measure_keys(const pd_cmp_profile *p, pd_set *keys) {
  for (size_t k = 0; k < p->nprogs; k++)
    pd_set_add(keys, p->progs[k].ref);
  for (size_t k = 0; k < p->nlocals; k++)
    pd_set_add(keys, p->locals[k].name);
  pd_set_finish(keys);
}

/* Keys of P's goals: their terms joined. */
static void S_goal_keys(const pd_cmp_profile *p, pd_set *keys) {
  for (size_t k = 0; k < p->ngoals; k++) {
    pd_buf key = PD_BUF_INIT;
    pd_set_join(&p->goals[k].terms, &key);
    pd_set_add(keys, pd_buf_cstr(&key));
    pd_buf_free(&key);
  }
  pd_set_finish(keys);
}

static void S_level_change(pd_cmp_diff *d, const char *key) {
  const pd_cmp_prog *pa = pd_cmp_profile_prog(d->from, key), *pb = pd_cmp_profile_prog(d->to, key);
  if (!pa || !pb)
    return;
  pd_buf la = PD_BUF_INIT, lb = PD_BUF_INIT;
  pd_set_join(&pa->levels, &la);
  pd_set_join(&pb->levels, &lb);
  if (strcmp(pd_buf_cstr(&la), pd_buf_cstr(&lb)) != 0) {
    S_change(d, PD_CHANGE_LEVEL, PD_CHANGE_CHANGED, key, pd_buf_detach(&la), pd_buf_detach(&lb));
    return;
  }
  pd_buf_free(&la);
  pd_buf_free(&lb);
}

void pd_cmp_diff_versions(pd_cmp_diff *d, const pd_cmp_profile *from, const pd_cmp_profile *to) {
  memset(d, 0, sizeof *d);
  d->from = from;
  d->to = to;
  pd_set ra = PD_SET_INIT, rb = PD_SET_INIT;
  S_measure_keys(from, &ra);
  S_measure_keys(to, &rb);
  size_t x = 0, y = 0;
  while (x < ra.n || y < rb.n) {
    int c = x >= ra.n ? 1 : y >= rb.n ? -1 : strcmp(ra.v[x], rb.v[y]);
    if (c < 0)
      S_change(d, PD_CHANGE_MEASURE, PD_CHANGE_REMOVED, ra.v[x++], NULL, NULL);
    else if (c > 0)
      S_change(d, PD_CHANGE_MEASURE, PD_CHANGE_ADDED, rb.v[y++], NULL, NULL);
    else {
      S_level_change(d, ra.v[x]);
      x++, y++;
    }
  }
  pd_set_free(&ra);
  pd_set_free(&rb);
  pd_set ga = PD_SET_INIT, gb = PD_SET_INIT;
  S_goal_keys(from, &ga);
  S_goal_keys(to, &gb);
  for (size_t k = 0; k < ga.n; k++)
    if (!pd_set_has(&gb, ga.v[k]))
      S_change(d, PD_CHANGE_GOAL, PD_CHANGE_REMOVED, ga.v[k], NULL, NULL);
  for (size_t k = 0; k < gb.n; k++)
    if (!pd_set_has(&ga, gb.v[k]))
      S_change(d, PD_CHANGE_GOAL, PD_CHANGE_ADDED, gb.v[k], NULL, NULL);
  pd_set_free(&ga);
  pd_set_free(&gb);
}

void pd_cmp_diff_free(pd_cmp_diff *d) {
  for (size_t i = 0; i < d->n; i++) {
    free(d->v[i].key);
    free(d->v[i].from);
    free(d->v[i].to);
  }
  free(d->v);
  memset(d, 0, sizeof *d);
}

void pd_cmp_versions_diff(pd_cmp_versions *out, const pd_cmp_profiles *ps) {
  memset(out, 0, sizeof *out);
  out->v = pd_xcalloc(ps->nall ? ps->nall : 1, sizeof *out->v);
  for (size_t i = 0; i + 1 < ps->nall; i++)
    if (strcmp(ps->all[i].id, ps->all[i + 1].id) == 0)
      pd_cmp_diff_versions(&out->v[out->n++], &ps->all[i], &ps->all[i + 1]);
}

void pd_cmp_versions_free(pd_cmp_versions *v) {
  for (size_t i = 0; i < v->n; i++)
    pd_cmp_diff_free(&v->v[i]);
  free(v->v);
  memset(v, 0, sizeof *v);
}
