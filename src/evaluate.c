/* evaluate.c — match one plan's facts to the truth's and count.
 *
 * The plan's measures, goals, laws and models are flattened into "items"
 * (kind, key, name, the lines where it is named), matched to the truth's
 * facts of the same document by the rule in evaluate.h, and then every
 * matched measure's level, status, services and use are paired with the
 * truth's. Nothing here reads XML: the plan comes as a struct (plan.h). */
#include "evaluate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "compare_set.h"
#include "matcher.h"
#include "plan.h"

static const char *const PROBLEM_NAMES[] = {"missing", "spurious", "wrong"};
static const char *const VALUE_NAMES[PD_VALUE_KINDS] = {"level", "status", "responsible", "use"};

const char *pd_eval_problem_name(pd_eval_problem p) { return PROBLEM_NAMES[p]; }
const char *pd_eval_value_name(pd_eval_value v) { return VALUE_NAMES[v]; }

/* One fact of the plan, flattened. Borrowed from the plan. */
typedef struct item {
  pd_truth_kind kind;
  const char *key;  /* ref; a goal's kind; NULL for a local measure */
  const char *name; /* the measure's name, the goal's text */
  const pd_measure *measure;
  const pd_prov *first; /* where it is first named */
  unsigned long *lines; /* owned: every line where it is named */
  size_t nlines;
  int matched;
} item;

typedef struct items {
  item *v;
  size_t n, cap;
} items;

static item *S_item(items *l, pd_truth_kind kind, const char *key, const char *name,
                    const pd_prov *first) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 32;
    l->v = pd_xrealloc(l->v, l->cap * sizeof *l->v);
  }
  item *it = &l->v[l->n++];
  memset(it, 0, sizeof *it);
  it->kind = kind;
  it->key = key;
  it->name = name;
  it->first = first;
  return it;
}

static void S_lines(item *it, const pd_prov *p) {
  unsigned long last = p->end_line > p->line ? p->end_line : p->line;
  for (unsigned long l = p->line; l <= last && l - p->line < 64; l++) {
    it->lines = pd_xrealloc(it->lines, (it->nlines + 1) * sizeof *it->lines);
    it->lines[it->nlines++] = l;
  }
}

static void S_measure_lines(item *it, const pd_measure *m) {
  for (size_t i = 0; i < m->mentions.n; i++)
    S_lines(it, &m->mentions.v[i].where);
  if (!it->nlines) { /* a measure known only by its table cells */
    const pd_facts *all[] = {&m->levels, &m->status, &m->responsible};
    for (size_t k = 0; k < 3; k++)
      for (size_t i = 0; i < all[k]->n; i++)
        S_lines(it, &all[k]->v[i].where);
  }
}

static const pd_prov *S_measure_first(const pd_measure *m) {
  if (m->mentions.n)
    return &m->mentions.v[0].where;
  if (m->levels.n)
    return &m->levels.v[0].where;
  if (m->status.n)
    return &m->status.v[0].where;
  return m->responsible.n ? &m->responsible.v[0].where : NULL;
}

/* The plan's facts. Programmes of the same ref are one fact (a plan names
 * each once; two would be one programme twice). */
static void S_flatten(const pd_plan *plan, const pd_set *laws, items *out) {
  for (size_t i = 0; i < plan->nmeasures; i++) {
    const pd_measure *m = &plan->measures[i];
    item *it = NULL;
    if (m->ref)
      for (size_t k = 0; k < out->n && !it; k++)
        if (out->v[k].kind == PD_TRUTH_PROGRAMME && strcmp(out->v[k].key, m->ref) == 0)
          it = &out->v[k];
    if (!it)
      it = S_item(out, m->ref ? PD_TRUTH_PROGRAMME : PD_TRUTH_LOCAL, m->ref, m->name,
                  S_measure_first(m));
    if (!it->measure)
      it->measure = m;
    S_measure_lines(it, m);
  }
  for (size_t i = 0; i < plan->ngoals; i++) {
    const pd_goal *g = &plan->goals[i];
    item *it = S_item(out, PD_TRUTH_GOAL, pd_goal_kind_name(g->kind), g->text, &g->where);
    S_lines(it, &g->where);
  }
  for (size_t i = 0; i < plan->nlaws; i++) {
    const pd_law *l = &plan->laws[i];
    int dup = 0;
    for (size_t k = 0; k < out->n && !dup; k++)
      dup = out->v[k].kind == PD_TRUTH_LAW && strcmp(out->v[k].key, l->ref) == 0;
    if (l->ref && pd_set_has(laws, l->ref) && !dup)
      S_lines(S_item(out, PD_TRUTH_LAW, l->ref, l->name, &l->where), &l->where);
  }
  for (size_t i = 0; i < plan->nmodels; i++) {
    const pd_model *m = &plan->models[i];
    const pd_prov *first = m->mentions.n ? &m->mentions.v[0].where : NULL;
    item *it = S_item(out, PD_TRUTH_MODEL, m->ref, m->name, first);
    for (size_t k = 0; k < m->mentions.n; k++)
      S_lines(it, &m->mentions.v[k].where);
  }
}

static void S_items_free(items *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->v[i].lines);
  free(l->v);
}

static void S_diff(pd_eval *ev, pd_eval_problem problem, pd_truth_kind kind, const char *what,
                   const char *file, unsigned long line, const char *key, const char *truth,
                   const char *plan, const char *quote) {
  if (ev->ndiffs == ev->capdiffs) {
    ev->capdiffs = ev->capdiffs ? ev->capdiffs * 2 : 64;
    ev->diffs = pd_xrealloc(ev->diffs, ev->capdiffs * sizeof *ev->diffs);
  }
  pd_eval_diff *d = &ev->diffs[ev->ndiffs++];
  d->problem = problem;
  d->kind = kind;
  d->what = what;
  d->file = pd_xstrdup(file);
  d->line = line;
  d->key = pd_xstrdup(key ? key : "");
  d->truth = pd_xstrdup(truth ? truth : "");
  d->plan = pd_xstrdup(plan ? plan : "");
  d->quote = pd_xstrdup(quote ? quote : "");
  d->marked = 0;
}

/* Whether the reports mark the value FACTS give as uncertain: every fact
 * on weak evidence ("usikkert"), or, where a value has several facts (the
 * services responsible, the levels), some of them ("delvis usikkert",
 * common.xsl's certainty template names those). A wrong value flagged
 * either way sends the reader to the text, which is what the count of
 * wrong values shown uncertain measures. */
static int S_shown_weak(const pd_fact *facts, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((facts[i].value || facts[i].where.quote) &&
        strcmp(pd_evidence_strength(facts[i].where.evidence), "weak") == 0)
      return 1;
  return 0;
}

/* The last disagreement, a wrong value, is shown uncertain when MARKED. */
static void S_marked(pd_eval *ev, int marked) { ev->diffs[ev->ndiffs - 1].marked = marked; }

/* The first place of F with a line, certain rows first. */
static const pd_truth_place *S_place(const pd_truth_fact *f) {
  for (size_t i = 0; i < f->nplaces; i++)
    if (!f->places[i].borderline && f->places[i].line)
      return &f->places[i];
  for (size_t i = 0; i < f->nplaces; i++)
    if (f->places[i].line)
      return &f->places[i];
  return f->nplaces ? &f->places[0] : NULL;
}

/* 2: a line of IT lies within one of F's rows; 1: within the tolerance;
 * 0: neither. */
static int S_near(const item *it, const pd_truth_fact *f) {
  int best = 0;
  for (size_t i = 0; i < f->nplaces; i++) {
    const pd_truth_place *p = &f->places[i];
    if (!p->line)
      continue;
    unsigned long lo = p->line > PD_EVAL_LINE_TOLERANCE ? p->line - PD_EVAL_LINE_TOLERANCE : 1;
    for (size_t k = 0; k < it->nlines; k++) {
      unsigned long l = it->lines[k];
      if (l >= p->line && l <= p->end_line)
        return 2;
      if (l >= lo && l <= p->end_line + PD_EVAL_LINE_TOLERANCE)
        best = 1;
    }
  }
  return best;
}

/* How well IT fits F (0: not at all). */
static int S_fit(const item *it, const pd_truth_fact *f) {
  if (it->kind != f->kind)
    return 0;
  if (f->kind != PD_TRUTH_LOCAL && f->kind != PD_TRUTH_GOAL)
    return strcmp(it->key, f->key) == 0 ? 4 : 0;
  int near = S_near(it, f);
  if (!near || !it->name)
    return 0;
  int alike = 0, same = 0;
  for (size_t i = 0; i < f->nplaces && !same; i++) {
    alike |= pd_eval_names_alike(it->name, f->places[i].name);
    same = strcasecmp(it->name, f->places[i].name) == 0;
  }
  return alike ? near + 2 * same : 0;
}

static char *S_join(const pd_set *s) {
  pd_buf b = PD_BUF_INIT;
  pd_buf_cstr(&b);
  for (size_t i = 0; i < s->n; i++)
    pd_buf_printf(&b, "%s%s", i ? ";" : "", s->v[i]);
  return pd_buf_detach(&b);
}

/* A service named by the truth (an id or the text's words) or by the plan
 * (its ref, else its quote), folded so that the two compare. */
static void S_add_folded(pd_set *s, const char *v) {
  pd_buf f = PD_BUF_INIT;
  pd_fold(v, strlen(v), 0, &f, NULL);
  pd_set_add(s, pd_buf_cstr(&f));
  pd_buf_free(&f);
}

static void S_pair(pd_eval_pairs *p, const char *truth, const char *plan) {
  if (p->n == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 64;
    p->truth = pd_xrealloc(p->truth, p->cap * sizeof *p->truth);
    p->plan = pd_xrealloc(p->plan, p->cap * sizeof *p->plan);
  }
  p->truth[p->n] = pd_xstrdup(truth);
  p->plan[p->n] = pd_xstrdup(plan);
  p->agree += strcmp(truth, plan) == 0;
  p->n++;
}

/* Pairs the values of a matched, certain measure and records the
 * disagreements. */
static void S_values(pd_eval *ev, const pd_truth_fact *f, const item *it) {
  const pd_measure *m = it->measure;
  const pd_truth_place *at = S_place(f);
  unsigned long line = at ? at->line : 0;
  const char *name = it->name ? it->name : f->key;
  /* level */
  pd_set pl = PD_SET_INIT;
  for (size_t i = 0; i < m->levels.n; i++)
    if (m->levels.v[i].value)
      pd_set_add(&pl, m->levels.v[i].value);
  pd_set_finish(&pl);
  char *tl = S_join(&f->levels), *plj = S_join(&pl);
  S_pair(&ev->values[PD_VALUE_LEVEL], tl, plj);
  if (strcmp(tl, plj) != 0) {
    S_diff(ev, PD_EVAL_WRONG, f->kind, "level", f->file, line, f->key, tl, plj,
           m->levels.n ? m->levels.v[0].where.quote : name);
    S_marked(ev, S_shown_weak(m->levels.v, m->levels.n));
  }
  free(tl);
  free(plj);
  pd_set_free(&pl);
  /* status: the plan's (at most one) against any the truth allows */
  const pd_fact *st = NULL;
  for (size_t i = 0; i < m->status.n && !st; i++)
    if (m->status.v[i].value)
      st = &m->status.v[i];
  const char *ps = st ? st->value : "";
  int ok = st ? pd_set_has(&f->statuses, ps) : f->statuses.n == 0;
  const char *ts = ok ? ps : f->statuses.n ? f->statuses.v[0] : "";
  S_pair(&ev->values[PD_VALUE_STATUS], ts, ps);
  if (!ok) {
    char *all = S_join(&f->statuses);
    S_diff(ev, PD_EVAL_WRONG, f->kind, "status", f->file, line, f->key, all, ps,
           st ? st->where.quote : name);
    S_marked(ev, st && S_shown_weak(st, 1));
    free(all);
  }
  /* responsible services */
  pd_set tr = PD_SET_INIT, pr = PD_SET_INIT;
  for (size_t i = 0; i < f->responsible.n; i++)
    S_add_folded(&tr, f->responsible.v[i]);
  for (size_t i = 0; i < m->responsible.n; i++) {
    const pd_fact *r = &m->responsible.v[i];
    if (r->value || r->where.quote)
      S_add_folded(&pr, r->value ? r->value : r->where.quote);
  }
  pd_set_finish(&tr);
  pd_set_finish(&pr);
  char *trj = S_join(&tr), *prj = S_join(&pr);
  S_pair(&ev->values[PD_VALUE_RESPONSIBLE], trj, prj);
  if (strcmp(trj, prj) != 0) {
    S_diff(ev, PD_EVAL_WRONG, f->kind, "responsible", f->file, line, f->key, trj, prj,
           m->responsible.n ? m->responsible.v[0].where.quote : name);
    S_marked(ev, S_shown_weak(m->responsible.v, m->responsible.n));
  }
  free(trj);
  free(prj);
  pd_set_free(&tr);
  pd_set_free(&pr);
  /* use */
  if (f->use >= 0) {
    const char *tu = pd_use_name((pd_use)f->use), *pu = pd_use_name(m->use);
    S_pair(&ev->values[PD_VALUE_USE], tu, pu);
    if (strcmp(tu, pu) != 0)
      S_diff(ev, PD_EVAL_WRONG, f->kind, "use", f->file, line, f->key, tu, pu, name);
  }
}

typedef struct pair {
  size_t item, fact;
  int fit;
} pair;

static int S_pair_cmp(const void *a, const void *b) {
  const pair *x = a, *y = b;
  if (x->fit != y->fit)
    return y->fit - x->fit;
  if (x->fact != y->fact)
    return x->fact < y->fact ? -1 : 1;
  return x->item < y->item ? -1 : x->item > y->item;
}

/* The checklist of one document against the truth's requirements. */
static void S_checklist(pd_eval *ev, const pd_truth *t, const char *file,
                        const pd_eval_checklist *check) {
  static const char *const REQ[PD_EVAL_REQUIREMENTS] = {"goals", "organisation", "division",
                                                        "cooperation"};
  for (int r = 0; r < PD_EVAL_REQUIREMENTS; r++) {
    const pd_truth_fact *f = NULL;
    for (size_t i = 0; i < t->n && !f; i++)
      if (t->facts[i].kind == PD_TRUTH_REQUIREMENT && strcmp(t->facts[i].file, file) == 0 &&
          strcmp(t->facts[i].key, REQ[r]) == 0)
        f = &t->facts[i];
    if (!f || f->uncertain)
      continue;
    pd_eval_count *c = &ev->count[PD_TRUTH_REQUIREMENT];
    pd_truth_verdict v = check->verdict[r];
    const pd_truth_place *at = S_place(f);
    if (v != f->verdict) {
      c->fn++;
      S_diff(ev, PD_EVAL_WRONG, PD_TRUTH_REQUIREMENT, "verdict", file, at ? at->line : 0, REQ[r],
             pd_truth_verdict_name(f->verdict), pd_truth_verdict_name(v), NULL);
      continue;
    }
    ev->verdicts_right++;
    int shown = v != PD_VERDICT_FOUND;
    for (size_t k = 0; k < check->nlines[r] && !shown; k++)
      for (size_t i = 0; i < f->nplaces && !shown; i++) {
        const pd_truth_place *p = &f->places[i];
        unsigned long l = check->lines[r][k];
        shown = !p->borderline && p->line && l + PD_EVAL_LINE_TOLERANCE >= p->line &&
                l <= p->end_line + PD_EVAL_LINE_TOLERANCE;
      }
    if (shown) {
      c->tp++;
      continue;
    }
    c->fn++;
    pd_buf lines = PD_BUF_INIT;
    for (size_t k = 0; k < check->nlines[r]; k++)
      pd_buf_printf(&lines, "%s%lu", k ? ";" : "", check->lines[r][k]);
    pd_buf_cstr(&lines);
    S_diff(ev, PD_EVAL_WRONG, PD_TRUTH_REQUIREMENT, "evidence", file, at ? at->line : 0, REQ[r],
           "found", lines.data, NULL);
    pd_buf_free(&lines);
  }
}

/* The plan's document: the file name its first document gives. */
static const char *S_doc_file(const pd_plan *plan) {
  return plan->ndocuments && plan->documents[0].file ? pd_truth_basename(plan->documents[0].file)
                                                     : "";
}

int pd_eval_plan(pd_eval *ev, const pd_truth *t, const pd_plan *plan,
                 const pd_eval_checklist *check) {
  const char *file = S_doc_file(plan);
  int coded = 0;
  pd_set laws = PD_SET_INIT;
  for (size_t i = 0; i < t->n; i++) {
    coded |= strcmp(t->facts[i].file, file) == 0;
    ev->coded[t->facts[i].kind] = 1;
    if (t->facts[i].kind == PD_TRUTH_LAW)
      pd_set_add(&laws, t->facts[i].key);
  }
  pd_set_finish(&laws);
  if (!coded) {
    pd_set_free(&laws);
    return -1;
  }
  ev->documents++;
  items its = {NULL, 0, 0};
  S_flatten(plan, &laws, &its);
  pd_set_free(&laws);
  /* Every qualifying pair, best first; then one-to-one, greedily. */
  pair *pairs = NULL;
  size_t npairs = 0;
  for (size_t f = 0; f < t->n; f++) {
    if (strcmp(t->facts[f].file, file) != 0 || t->facts[f].kind == PD_TRUTH_REQUIREMENT)
      continue;
    for (size_t i = 0; i < its.n; i++) {
      int fit = S_fit(&its.v[i], &t->facts[f]);
      if (fit) {
        pairs = pd_xrealloc(pairs, (npairs + 1) * sizeof *pairs);
        pairs[npairs++] = (pair){i, f, fit};
      }
    }
  }
  if (npairs > 1)
    qsort(pairs, npairs, sizeof *pairs, S_pair_cmp);
  size_t *match = pd_xcalloc(t->n ? t->n : 1, sizeof *match); /* item + 1; 0 none */
  for (size_t k = 0; k < npairs; k++)
    if (!match[pairs[k].fact] && !its.v[pairs[k].item].matched) {
      match[pairs[k].fact] = pairs[k].item + 1;
      its.v[pairs[k].item].matched = 1;
    }
  free(pairs);
  for (size_t fi = 0; fi < t->n; fi++) {
    const pd_truth_fact *f = &t->facts[fi];
    if (strcmp(f->file, file) != 0 || f->kind == PD_TRUTH_REQUIREMENT)
      continue;
    pd_eval_count *c = &ev->count[f->kind];
    const item *it = match[fi] ? &its.v[match[fi] - 1] : NULL;
    if (f->uncertain) {
      if (it)
        c->uncertain_found++;
      else
        c->uncertain_missed++;
      continue;
    }
    const pd_truth_place *at = S_place(f);
    if (!it) {
      c->fn++;
      S_diff(ev, PD_EVAL_MISSING, f->kind, "fact", f->file, at ? at->line : 0, f->key,
             at ? at->name : f->name, NULL, NULL);
      continue;
    }
    c->tp++;
    if (it->measure)
      S_values(ev, f, it);
    if (f->kind == PD_TRUTH_GOAL && strcmp(it->key, f->key) != 0)
      S_diff(ev, PD_EVAL_WRONG, f->kind, "goal-kind", f->file, at ? at->line : 0, f->key, f->key,
             it->key, it->name);
  }
  for (size_t i = 0; i < its.n; i++) {
    const item *it = &its.v[i];
    if (it->matched || !ev->coded[it->kind])
      continue;
    ev->count[it->kind].fp++;
    S_diff(ev, PD_EVAL_SPURIOUS, it->kind, "fact", file, it->first ? it->first->line : 0, it->key,
           NULL, it->name ? it->name : it->key, it->first ? it->first->quote : NULL);
  }
  free(match);
  S_items_free(&its);
  if (check)
    S_checklist(ev, t, file, check);
  return 0;
}

void pd_eval_init(pd_eval *ev) { memset(ev, 0, sizeof *ev); }

static int S_diff_cmp(const void *a, const void *b) {
  const pd_eval_diff *x = a, *y = b;
  int c = strcmp(x->file, y->file);
  if (c)
    return c;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->kind != y->kind)
    return (int)x->kind - (int)y->kind;
  if ((c = strcmp(x->what, y->what)) != 0)
    return c;
  if ((c = strcmp(x->key, y->key)) != 0)
    return c;
  return strcmp(x->plan, y->plan);
}

void pd_eval_finish(pd_eval *ev) {
  if (ev->ndiffs > 1)
    qsort(ev->diffs, ev->ndiffs, sizeof *ev->diffs, S_diff_cmp);
}

void pd_eval_free(pd_eval *ev) {
  for (size_t i = 0; i < ev->ndiffs; i++) {
    pd_eval_diff *d = &ev->diffs[i];
    free(d->file);
    free(d->key);
    free(d->truth);
    free(d->plan);
    free(d->quote);
  }
  free(ev->diffs);
  for (int v = 0; v < PD_VALUE_KINDS; v++) {
    for (size_t i = 0; i < ev->values[v].n; i++) {
      free(ev->values[v].truth[i]);
      free(ev->values[v].plan[i]);
    }
    free(ev->values[v].truth);
    free(ev->values[v].plan);
  }
  memset(ev, 0, sizeof *ev);
}
