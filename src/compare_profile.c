/* compare_profile.c — documents into profiles, one per municipality and
 * year, sorted by content so the order of the inputs never shows. */
#include "compare_profile.h"

#include <stdlib.h>
#include <string.h>

#include "compare_text.h"
#include "lexicon.h"

static int S_doc_rank(const char *t) {
  static const char *const order[] = {"plan", "planprogram", "presentation", "other"};
  for (int i = 0; i < 4; i++)
    if (t && strcmp(t, order[i]) == 0)
      return i;
  return 4;
}

static int S_doc_cmp(const void *a, const void *b) {
  const pd_cmp_doc *x = *(const pd_cmp_doc *const *)a, *y = *(const pd_cmp_doc *const *)b;
  int c = strcmp(x->id, y->id);
  if (c)
    return c;
  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  int r = S_doc_rank(x->doc_type) - S_doc_rank(y->doc_type);
  if (r)
    return r;
  return strcmp(x->file, y->file);
}

static int S_prog_cmp(const void *a, const void *b) {
  return strcmp(((const pd_cmp_prog *)a)->ref, ((const pd_cmp_prog *)b)->ref);
}

const pd_cmp_prog *pd_cmp_profile_prog(const pd_cmp_profile *p, const char *ref) {
  pd_cmp_prog key = {.ref = ref};
  return p->nprogs ? bsearch(&key, p->progs, p->nprogs, sizeof *p->progs, S_prog_cmp) : NULL;
}

/* The programme REF of P, added if new (programmes are sorted only once
 * every document is read). */
static pd_cmp_prog *S_prog(pd_cmp_profile *p, const char *ref) {
  for (size_t i = 0; i < p->nprogs; i++)
    if (strcmp(p->progs[i].ref, ref) == 0)
      return &p->progs[i];
  p->progs = pd_xrealloc(p->progs, (p->nprogs + 1) * sizeof *p->progs);
  pd_cmp_prog *g = &p->progs[p->nprogs++];
  memset(g, 0, sizeof *g);
  g->ref = ref;
  g->use = -1;
  return g;
}

/* The level ids come from the lexicon (lexicon.h), in its canonical order. */
const char *pd_cmp_level_id(const pd_thesaurus *th, int l) {
  return (size_t)l < pd_lexicon_level_count(th->lexicon)
             ? pd_lexicon_level_id(th->lexicon, (size_t)l)
             : "";
}

static void S_count_levels(pd_cmp_profile *p, const pd_set *levels, const pd_thesaurus *th) {
  p->measures++;
  if (!levels->n)
    p->levels[PD_LEVEL_NONE]++;
  for (int l = 0; l < PD_LEVEL_NONE; l++)
    if (pd_set_has(levels, pd_cmp_level_id(th, l)))
      p->levels[l]++;
}

/* The terms of TEXT as a finished set (pd_compare_terms gives them sorted
 * and unique). */
static void S_terms(const char *text, pd_set *terms) {
  memset(terms, 0, sizeof *terms);
  terms->n = terms->cap = pd_compare_terms(text, &terms->v);
}

static void S_add_measure(pd_cmp_profile *p, const pd_cmp_measure *m) {
  pd_set levels = PD_SET_INIT;
  for (size_t i = 0; i < m->nlevels; i++)
    pd_set_add(&levels, m->levels[i]);
  pd_set_finish(&levels);
  if (m->ref) {
    pd_cmp_prog *g = S_prog(p, m->ref);
    if (g->use < 0) { /* the first document in profile order names it */
      g->name = m->name ? m->name : m->ref;
      g->where = &m->mention;
    }
    if (m->use > g->use)
      g->use = m->use;
    for (size_t i = 0; i < levels.n; i++)
      pd_set_add(&g->levels, levels.v[i]);
    pd_set_finish(&g->levels);
    for (size_t i = 0; i < m->nresponsible; i++)
      pd_set_add(&g->responsible, m->responsible[i]);
    pd_set_finish(&g->responsible);
    if (!g->status)
      g->status = m->status;
    pd_set_free(&levels);
    return;
  }
  pd_set terms;
  S_terms(m->name ? m->name : "", &terms);
  pd_buf kb = PD_BUF_INIT;
  pd_set_join(&terms, &kb);
  char *key = pd_buf_detach(&kb);
  /* One municipality's documents (a plan and its presentation) that name
   * the same local measure name one measure: the first document keeps the
   * name and the place, the levels are the union. */
  for (size_t i = 0; *key && i < p->nlocals; i++)
    if (strcmp(p->locals[i].key, key) == 0) {
      for (size_t k = 0; k < levels.n; k++)
        pd_set_add(&p->locals[i].levels, levels.v[k]);
      pd_set_finish(&p->locals[i].levels);
      pd_set_free(&levels);
      pd_set_free(&terms);
      free(key);
      return;
    }
  p->locals = pd_xrealloc(p->locals, (p->nlocals + 1) * sizeof *p->locals);
  pd_cmp_local *l = &p->locals[p->nlocals++];
  l->name = m->name ? m->name : "";
  l->terms = terms;
  l->key = key;
  l->levels = levels;
  l->where = &m->mention;
}

static void S_build(pd_cmp_profile *p, const pd_thesaurus *th) {
  for (size_t d = 0; d < p->ndocs; d++) {
    const pd_cmp_doc *doc = p->docs[d];
    if (!p->name)
      p->name = doc->name;
    if (!p->county)
      p->county = doc->county;
    if (!p->kommunenummer)
      p->kommunenummer = doc->kommunenummer;
    for (size_t i = 0; i < doc->nmeasures; i++)
      S_add_measure(p, &doc->measures[i]);
    for (size_t i = 0; i < doc->nservices; i++)
      pd_set_add(&p->services, doc->services[i]);
    for (size_t i = 0; i < doc->ngoals; i++) {
      p->goals = pd_xrealloc(p->goals, (p->ngoals + 1) * sizeof *p->goals);
      pd_cmp_goalrec *gr = &p->goals[p->ngoals++];
      gr->kind = doc->goals[i].kind;
      gr->where = &doc->goals[i].where;
      S_terms(doc->goals[i].text, &gr->terms);
      for (size_t t = 0; t < gr->terms.n; t++)
        pd_set_add(&p->goal_terms, gr->terms.v[t]);
    }
  }
  pd_set_finish(&p->services);
  pd_set_finish(&p->goal_terms);
  if (p->nprogs > 1)
    qsort(p->progs, p->nprogs, sizeof *p->progs, S_prog_cmp);
  for (size_t i = 0; i < p->nlocals; i++)
    S_count_levels(p, &p->locals[i].levels, th);
  for (size_t i = 0; i < p->nprogs; i++) {
    S_count_levels(p, &p->progs[i].levels, th);
    if (p->progs[i].use >= PD_USE_PLANNED)
      pd_set_add(&p->programme_refs, p->progs[i].ref);
  }
  pd_set_finish(&p->programme_refs);
  /* Family: a programme that contains another covers it. */
  for (size_t i = 0; i < p->programme_refs.n; i++) {
    const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, p->programme_refs.v[i]);
    for (size_t k = 0; e && k < e->ncontains; k++)
      if (!pd_set_has(&p->programme_refs, e->contains[k]))
        pd_set_add(&p->covered_refs, e->contains[k]);
  }
  pd_set_finish(&p->covered_refs);
  for (size_t i = 0; i < p->programme_refs.n; i++)
    pd_set_add(&p->closed, p->programme_refs.v[i]);
  for (size_t i = 0; i < p->covered_refs.n; i++)
    pd_set_add(&p->closed, p->covered_refs.v[i]);
  pd_set_finish(&p->closed);
}

void pd_cmp_profiles_build(pd_cmp_profiles *out, const pd_cmp_doc *docs, size_t n,
                           const pd_thesaurus *th) {
  memset(out, 0, sizeof *out);
  const pd_cmp_doc **sorted = pd_xmalloc((n ? n : 1) * sizeof(const pd_cmp_doc *));
  for (size_t i = 0; i < n; i++)
    sorted[i] = &docs[i];
  if (n > 1)
    qsort(sorted, n, sizeof(const pd_cmp_doc *), S_doc_cmp);
  out->all = pd_xcalloc(n ? n : 1, sizeof *out->all);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && strcmp(sorted[j]->id, sorted[i]->id) == 0 && sorted[j]->year == sorted[i]->year)
      j++;
    pd_cmp_profile *p = &out->all[out->nall++];
    p->id = sorted[i]->id;
    p->year = sorted[i]->year;
    p->ndocs = j - i;
    p->docs = pd_xmalloc(p->ndocs * sizeof(const pd_cmp_doc *));
    memcpy(p->docs, sorted + i, p->ndocs * sizeof(const pd_cmp_doc *));
    S_build(p, th);
    i = j;
  }
  free(sorted);
  /* The latest version of each municipality is the one compared. */
  out->latest = pd_xmalloc((out->nall ? out->nall : 1) * sizeof(pd_cmp_profile *));
  for (size_t i = 0; i < out->nall; i++)
    if (i + 1 == out->nall || strcmp(out->all[i].id, out->all[i + 1].id) != 0)
      out->latest[out->n++] = &out->all[i];
}

static void S_free(pd_cmp_profile *p) {
  for (size_t i = 0; i < p->nprogs; i++) {
    pd_set_free(&p->progs[i].levels);
    pd_set_free(&p->progs[i].responsible);
  }
  free(p->progs);
  for (size_t i = 0; i < p->nlocals; i++) {
    free(p->locals[i].key);
    pd_set_free(&p->locals[i].terms);
    pd_set_free(&p->locals[i].levels);
  }
  free(p->locals);
  for (size_t i = 0; i < p->ngoals; i++)
    pd_set_free(&p->goals[i].terms);
  free(p->goals);
  pd_set_free(&p->services);
  pd_set_free(&p->programme_refs);
  pd_set_free(&p->covered_refs);
  pd_set_free(&p->closed);
  pd_set_free(&p->goal_terms);
  free(p->docs);
}

void pd_cmp_profiles_free(pd_cmp_profiles *ps) {
  for (size_t i = 0; i < ps->nall; i++)
    S_free(&ps->all[i]);
  free(ps->all);
  free(ps->latest);
  memset(ps, 0, sizeof *ps);
}
