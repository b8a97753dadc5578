/* compare_matrix.c — the programme × municipality matrix.
 *
 * Every (programme, municipality) fact — named, or covered by a family
 * programme — becomes one record; sorted by programme and municipality,
 * each run of records is one row, so the matrix costs a sort, never a
 * scan of every municipality for every programme. */
#include "compare_matrix.h"

#include <stdlib.h>
#include <string.h>

const char *pd_cmp_sharing_name(pd_cmp_sharing s) {
  static const char *const names[] = {"none", "one", "some", "all"};
  return names[s];
}

const char *pd_cmp_programme_name(const pd_thesaurus *th, const char *ref) {
  const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, ref);
  return e && e->short_name ? e->short_name : e && e->name_nb ? e->name_nb : ref;
}

typedef struct fact {
  const char *ref;
  size_t municipality; /* index in latest order */
  const pd_cmp_prog *prog;
} fact;

static int S_fact_cmp(const void *a, const void *b) {
  const fact *x = a, *y = b;
  int c = strcmp(x->ref, y->ref);
  if (c)
    return c;
  return (x->municipality > y->municipality) - (x->municipality < y->municipality);
}

static int S_row_cmp(const void *a, const void *b) {
  const pd_cmp_programme *x = a, *y = b;
  if (x->holders != y->holders)
    return x->holders > y->holders ? -1 : 1;
  return strcmp(x->ref, y->ref);
}

/* The programme of P (in sorted order) whose family contains REF. */
static const char *S_covered_by(const pd_cmp_profile *p, const char *ref, const pd_thesaurus *th) {
  for (size_t i = 0; i < p->programme_refs.n; i++) {
    const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, p->programme_refs.v[i]);
    for (size_t k = 0; e && k < e->ncontains; k++)
      if (strcmp(e->contains[k], ref) == 0)
        return e->id;
  }
  return NULL;
}

void pd_cmp_matrix_build(pd_cmp_matrix *out, const pd_cmp_profiles *ps, const pd_thesaurus *th) {
  memset(out, 0, sizeof *out);
  size_t total = 0;
  for (size_t i = 0; i < ps->n; i++)
    total += ps->latest[i]->nprogs + ps->latest[i]->covered_refs.n;
  fact *facts = pd_xmalloc((total ? total : 1) * sizeof *facts);
  size_t nf = 0;
  for (size_t i = 0; i < ps->n; i++) {
    const pd_cmp_profile *p = ps->latest[i];
    for (size_t k = 0; k < p->nprogs; k++)
      facts[nf++] = (fact){p->progs[k].ref, i, &p->progs[k]};
    for (size_t k = 0; k < p->covered_refs.n; k++)
      if (!pd_cmp_profile_prog(p, p->covered_refs.v[k]))
        facts[nf++] = (fact){p->covered_refs.v[k], i, NULL};
  }
  if (nf > 1)
    qsort(facts, nf, sizeof *facts, S_fact_cmp);
  out->rows = pd_xcalloc(nf ? nf : 1, sizeof *out->rows);
  for (size_t f0 = 0; f0 < nf;) {
    size_t f1 = f0, named = 0, holders = 0;
    for (; f1 < nf && strcmp(facts[f1].ref, facts[f0].ref) == 0; f1++)
      if (facts[f1].prog) {
        named++;
        holders += facts[f1].prog->use >= PD_USE_PLANNED;
      }
    if (named) { /* a programme only covered, never named, has no row */
      pd_cmp_programme *r = &out->rows[out->n++];
      const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, facts[f0].ref);
      r->ref = facts[f0].ref;
      r->name = pd_cmp_programme_name(th, r->ref);
      r->family = e ? e->family : NULL;
      r->evidence_level = e ? e->evidence_level : -1;
      r->holders = holders;
      r->sharing = holders == 0                    ? PD_SHARING_NONE
                   : holders == ps->n && ps->n > 1 ? PD_SHARING_ALL
                   : holders == 1                  ? PD_SHARING_ONE
                                                   : PD_SHARING_SOME;
      r->cells = pd_xmalloc((f1 - f0) * sizeof *r->cells);
      for (size_t f = f0; f < f1; f++) {
        const pd_cmp_profile *p = ps->latest[facts[f].municipality];
        r->cells[r->ncells++] = (pd_cmp_cell){
            p, facts[f].prog, facts[f].prog ? NULL : S_covered_by(p, facts[f].ref, th)};
      }
    }
    f0 = f1;
  }
  if (out->n > 1)
    qsort(out->rows, out->n, sizeof *out->rows, S_row_cmp);
  free(facts);
}

void pd_cmp_matrix_free(pd_cmp_matrix *m) {
  for (size_t i = 0; i < m->n; i++)
    free(m->rows[i].cells);
  free(m->rows);
  memset(m, 0, sizeof *m);
}
