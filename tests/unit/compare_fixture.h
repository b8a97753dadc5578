/* compare_fixture.h — hand-made plan documents for compare's unit tests.
 *
 *   fx f; fx_init(&f);
 *   pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
 *   fx_prog(a, "tibir", PD_USE_RUNS, "selektiv");
 *   fx_build(&f);               (f.ps: the profiles)
 *   ...
 *   fx_free(&f);
 *
 * Every string is the document's own (pd_cmp_doc_free frees it). The
 * thesaurus is the data folder's (PLANDIFF_DATADIR). */
#ifndef PLANDIFF_COMPARE_FIXTURE_H
#define PLANDIFF_COMPARE_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "compare_profile.h"
#include "thesaurus.h"

enum { FX_MAX_DOCS = 1024 };

typedef struct fx {
  pd_cmp_doc *docs; /* FX_MAX_DOCS of them, so pointers into it stay valid */
  size_t n;
  pd_thesaurus *th;
  pd_cmp_profiles ps;
  int built;
} fx;

static inline void fx_init(fx *f) {
  memset(f, 0, sizeof *f);
  f->docs = pd_xcalloc(FX_MAX_DOCS, sizeof *f->docs);
  f->th = pd_thesaurus_load(NULL);
}

static inline void fx_prov(pd_cmp_prov *p, const char *quote, unsigned long line) {
  p->file = pd_xstrdup("f.txt");
  p->quote = pd_xstrdup(quote);
  p->evidence = NULL;
  p->line = p->end_line = line;
}

#define FX_PUSH(arr, n) ((arr) = pd_xrealloc((arr), ((n) + 1) * sizeof *(arr)), &(arr)[(n)++])

static inline pd_cmp_doc *fx_doc(fx *f, const char *id, unsigned long year, const char *type) {
  pd_cmp_doc *d = &f->docs[f->n++];
  memset(d, 0, sizeof *d);
  d->id = pd_xstrdup(id);
  d->name = pd_xstrdup(id);
  char file[64];
  snprintf(file, sizeof file, "%s-%lu-%s.txt", id, year, type);
  d->file = pd_xstrdup(file);
  d->doc_type = pd_xstrdup(type);
  char y[16];
  snprintf(y, sizeof y, "%lu", year);
  d->year_text = pd_xstrdup(y);
  d->year = year;
  return d;
}

static inline void fx_county(pd_cmp_doc *d, const char *county) { d->county = pd_xstrdup(county); }

/* A measure: a programme (REF) or a local measure (REF NULL, NAME). LEVEL
 * may be NULL. */
static inline pd_cmp_measure *fx_measure(pd_cmp_doc *d, const char *ref, const char *name, int use,
                                         const char *level) {
  pd_cmp_measure *m = FX_PUSH(d->measures, d->nmeasures);
  memset(m, 0, sizeof *m);
  m->ref = ref ? pd_xstrdup(ref) : NULL;
  m->name = pd_xstrdup(name ? name : ref);
  m->use = use;
  if (level)
    *FX_PUSH(m->levels, m->nlevels) = pd_xstrdup(level);
  m->has_mention = 1;
  fx_prov(&m->mention, m->name, d->nmeasures + 10);
  return m;
}

static inline void fx_prog(pd_cmp_doc *d, const char *ref, int use, const char *level) {
  fx_measure(d, ref, NULL, use, level);
}

static inline void fx_local(pd_cmp_doc *d, const char *name) {
  fx_measure(d, NULL, name, PD_USE_RUNS, NULL);
}

static inline void fx_goal(pd_cmp_doc *d, const char *text) {
  pd_cmp_goal *g = FX_PUSH(d->goals, d->ngoals);
  g->kind = pd_xstrdup("goal");
  g->text = pd_xstrdup(text);
  fx_prov(&g->where, text, d->ngoals + 100);
}

static inline void fx_service(pd_cmp_doc *d, const char *ref) {
  *FX_PUSH(d->services, d->nservices) = pd_xstrdup(ref);
}

static inline pd_cmp_fact *fx_fact(pd_cmp_fact **v, size_t *n, const char *value,
                                   unsigned long line) {
  pd_cmp_fact *x = FX_PUSH(*v, *n);
  x->value = pd_xstrdup(value);
  fx_prov(&x->where, value, line);
  return x;
}

static inline void fx_build(fx *f) {
  pd_cmp_profiles_build(&f->ps, f->docs, f->n, f->th);
  f->built = 1;
}

/* The latest profile of ID. */
static inline const pd_cmp_profile *fx_profile(const fx *f, const char *id) {
  for (size_t i = 0; i < f->ps.n; i++)
    if (strcmp(f->ps.latest[i]->id, id) == 0)
      return f->ps.latest[i];
  return NULL;
}

static inline void fx_free(fx *f) {
  if (f->built)
    pd_cmp_profiles_free(&f->ps);
  for (size_t i = 0; i < f->n; i++)
    pd_cmp_doc_free(&f->docs[i]);
  free(f->docs);
  pd_thesaurus_free(f->th);
  memset(f, 0, sizeof *f);
}

/* The documents in reverse order, sharing their strings (free only the
 * array): to check that the order of the inputs never shows. */
static inline pd_cmp_doc *fx_reversed(const fx *f) {
  pd_cmp_doc *r = pd_xcalloc(f->n ? f->n : 1, sizeof *r);
  for (size_t i = 0; i < f->n; i++)
    r[i] = f->docs[f->n - 1 - i];
  return r;
}

#endif
