/* compare_set.c — sorted string sets and borrowed string lists. */
#include "compare_set.h"

#include <stdlib.h>
#include <string.h>

static int S_strcmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

void pd_set_add(pd_set *s, const char *x) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->v = pd_xrealloc(s->v, s->cap * sizeof *s->v);
  }
  s->v[s->n++] = pd_xstrdup(x);
}

void pd_set_finish(pd_set *s) {
  if (s->n > 1)
    qsort(s->v, s->n, sizeof *s->v, S_strcmp);
  size_t k = 0;
  for (size_t i = 0; i < s->n; i++) {
    if (k && strcmp(s->v[k - 1], s->v[i]) == 0) {
      free(s->v[i]);
      continue;
    }
    s->v[k++] = s->v[i];
  }
  s->n = k;
}

int pd_set_has(const pd_set *s, const char *x) {
  return s->n && bsearch(&x, s->v, s->n, sizeof *s->v, S_strcmp) != NULL;
}

void pd_set_free(pd_set *s) {
  for (size_t i = 0; i < s->n; i++)
    free(s->v[i]);
  free(s->v);
  memset(s, 0, sizeof *s);
}

size_t pd_set_shared(const pd_set *a, const pd_set *b) {
  size_t i = 0, j = 0, both = 0;
  while (i < a->n && j < b->n) {
    int c = strcmp(a->v[i], b->v[j]);
    if (c == 0)
      both++, i++, j++;
    else if (c < 0)
      i++;
    else
      j++;
  }
  return both;
}

double pd_set_jaccard(const pd_set *a, const pd_set *b) {
  size_t both = pd_set_shared(a, b);
  size_t uni = a->n + b->n - both;
  return uni ? (double)both / (double)uni : 0.0;
}

void pd_set_join(const pd_set *s, pd_buf *out) {
  for (size_t i = 0; i < s->n; i++)
    pd_buf_printf(out, "%s%s", i ? " " : "", s->v[i]);
}

void pd_strlist_add(pd_strlist *l, const char *x) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->v = pd_xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = x;
}

void pd_strlist_free(pd_strlist *l) {
  free(l->v);
  memset(l, 0, sizeof *l);
}

void pd_set_intersect(const pd_set *a, const pd_set *b, pd_strlist *out) {
  size_t i = 0, j = 0;
  while (i < a->n && j < b->n) {
    int c = strcmp(a->v[i], b->v[j]);
    if (c == 0) {
      pd_strlist_add(out, a->v[i]);
      i++, j++;
    } else if (c < 0) {
      i++;
    } else {
      j++;
    }
  }
}

void pd_set_minus(const pd_set *a, const pd_set *b, pd_strlist *out) {
  for (size_t i = 0; i < a->n; i++)
    if (!pd_set_has(b, a->v[i]))
      pd_strlist_add(out, a->v[i]);
}
