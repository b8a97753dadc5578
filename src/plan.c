/* plan.c — the plan struct's one owner: adders, names, quotes and free. */
#include "plan.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"

/* ---- names ------------------------------------------------------------------ */

static const char *const EVIDENCE[PD_EV_COUNT] = {
    "", "row", "item", "sentence", "heading", "colour", "nearby", "aside", "tentative"};
static const char *const USES[] = {"literature", "example", "planned", "runs"};
static const char *const GOAL_KINDS[] = {"vision", "goal", "subgoal", "strategy"};

static int S_parse(const char *const *names, size_t n, const char *name) {
  for (size_t i = 0; name && i < n; i++)
    if (*names[i] && strcmp(names[i], name) == 0)
      return (int)i;
  return -1;
}

const char *pd_evidence_name(pd_evidence e) { return e < PD_EV_COUNT ? EVIDENCE[e] : ""; }

const char *pd_evidence_strength(pd_evidence e) {
  switch (e) {
  case PD_EV_ROW:
  case PD_EV_ITEM:
  case PD_EV_SENTENCE:
    return "strong";
  case PD_EV_HEADING:
  case PD_EV_COLOUR:
  case PD_EV_NEARBY:
  case PD_EV_ASIDE:
  case PD_EV_TENTATIVE:
    return "weak";
  default:
    return "";
  }
}
int pd_evidence_parse(const char *name) { return S_parse(EVIDENCE, PD_EV_COUNT, name); }
const char *pd_use_name(pd_use u) { return USES[u]; }
int pd_use_parse(const char *name) { return S_parse(USES, 4, name); }
const char *pd_goal_kind_name(pd_goal_kind k) { return GOAL_KINDS[k]; }
int pd_goal_kind_parse(const char *name) { return S_parse(GOAL_KINDS, 4, name); }

/* ---- provenance and facts ----------------------------------------------------- */

static int S_space(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
}

/* Whether the word at S (up to white space) is a bare web address. */
static int S_url(const char *s, size_t n) {
  static const char *const STARTS[] = {"http://", "https://", "www."};
  for (size_t k = 0; k < sizeof STARTS / sizeof STARTS[0]; k++) {
    size_t m = strlen(STARTS[k]);
    if (n > m && strncasecmp(s, STARTS[k], m) == 0)
      return 1;
  }
  return 0;
}

/* QUOTE (LEN bytes) without its bare web addresses, into OUT: a PDF's
 * footnotes, flattened into the paragraph they interrupt, would otherwise
 * stand in the middle of a sentence shown to readers ("Det er et nært
 * samarbeid mellom https://… https://… oppvekst og …"). The quote keeps
 * the lines it was taken from: only the addresses go. A quote that is
 * nothing but addresses is kept as it is (it is what was found). */
static void S_without_urls(const char *quote, size_t len, pd_buf *out) {
  size_t words = 0, urls = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && S_space(quote[i]))
      i++;
    size_t w = i;
    while (i < len && !S_space(quote[i]))
      i++;
    if (i > w) {
      words++;
      urls += (size_t)S_url(quote + w, i - w);
    }
  }
  if (!urls || urls == words) {
    pd_buf_put(out, quote, len);
    return;
  }
  for (size_t i = 0; i < len;) {
    size_t w = i;
    while (i < len && !S_space(quote[i]))
      i++;
    if (i > w && S_url(quote + w, i - w)) {
      while (i < len && S_space(quote[i]))
        i++; /* the address and the space after it */
      continue;
    }
    pd_buf_put(out, quote + w, i - w);
    for (; i < len && S_space(quote[i]); i++)
      pd_buf_putc(out, quote[i]);
  }
  /* an address at the end leaves the space before it */
  size_t end = out->len;
  while (end && S_space(out->data[end - 1]))
    end--;
  pd_buf_truncate(out, end);
}

void pd_prov_set(pd_prov *p, const char *file, unsigned long line, unsigned long end_line,
                 const char *quote, size_t len, pd_evidence evidence) {
  pd_buf clean = PD_BUF_INIT, q = PD_BUF_INIT;
  S_without_urls(quote ? quote : "", quote ? len : 0, &clean);
  quote = pd_buf_cstr(&clean);
  len = clean.len;
  size_t n = len;
  if (n > PD_MAX_QUOTE) {
    n = PD_MAX_QUOTE;
    while (n > 0 && ((unsigned char)quote[n] & 0xC0) == 0x80)
      n--;
  }
  for (size_t i = 0; i < n; i++) {
    char ch = quote[i];
    if (ch == '\t' || ch == '\n' || ch == '\f')
      ch = ' ';
    pd_buf_putc(&q, ch);
  }
  if (n < len)
    pd_buf_puts(&q, "…");
  p->file = pd_xstrdup(file ? file : "-");
  p->line = line ? line : 1;
  p->end_line = end_line;
  p->page = 0;
  p->quote = pd_buf_detach(&q);
  p->evidence = evidence;
  pd_buf_free(&clean);
}

void pd_prov_copy(pd_prov *to, const pd_prov *from) {
  *to = *from;
  to->file = pd_xstrdup(from->file ? from->file : "-");
  to->quote = pd_xstrdup(from->quote ? from->quote : "");
}

void pd_prov_free(pd_prov *p) {
  free(p->file);
  free(p->quote);
  memset(p, 0, sizeof *p);
}

/* Room for one more element in *V (N used, *CAP allocated, SIZE each). */
static void *S_grow(void *v, size_t n, size_t *cap, size_t size) {
  if (n < *cap)
    return v;
  *cap = *cap ? *cap * 2 : 8;
  return pd_xrealloc(v, *cap * size);
}

/* The next element of an array: zeroed, counted. */
#define S_ADD(array, n, cap)                                                                       \
  ((array) = S_grow((array), (n), &(cap), sizeof *(array)),                                        \
   memset(&(array)[(n)], 0, sizeof *(array)), &(array)[(n)++])

pd_fact *pd_facts_add(pd_facts *f, const char *value) {
  pd_fact *x = S_ADD(f->v, f->n, f->cap);
  x->value = value ? pd_xstrdup(value) : NULL;
  return x;
}

int pd_facts_has(const pd_facts *f, const char *value) {
  for (size_t i = 0; value && i < f->n; i++)
    if (f->v[i].value && strcmp(f->v[i].value, value) == 0)
      return 1;
  return 0;
}

static void S_fact_free(pd_fact *f) {
  free(f->value);
  pd_prov_free(&f->where);
}

void pd_facts_free(pd_facts *f) {
  for (size_t i = 0; i < f->n; i++)
    S_fact_free(&f->v[i]);
  free(f->v);
  memset(f, 0, sizeof *f);
}

/* ---- adders ------------------------------------------------------------------------ */

pd_plan *pd_plan_new(void) { return pd_xcalloc(1, sizeof(pd_plan)); }

pd_measure *pd_plan_add_measure(pd_plan *p) {
  return S_ADD(p->measures, p->nmeasures, p->capmeasures);
}
pd_section *pd_plan_add_section(pd_plan *p) {
  return S_ADD(p->sections, p->nsections, p->capsections);
}
pd_law *pd_plan_add_law(pd_plan *p) { return S_ADD(p->laws, p->nlaws, p->caplaws); }
pd_goal *pd_plan_add_goal(pd_plan *p) { return S_ADD(p->goals, p->ngoals, p->capgoals); }
pd_model *pd_plan_add_model(pd_plan *p) { return S_ADD(p->models, p->nmodels, p->capmodels); }
pd_model_level *pd_model_add_level(pd_model *m) {
  return S_ADD(m->levels, m->nlevels, m->caplevels);
}
pd_item *pd_items_add(pd_items *items) {
  pd_item *it = S_ADD(items->v, items->n, items->cap);
  it->count = -1;
  return it;
}
pd_matrix_entry *pd_plan_add_matrix_entry(pd_plan *p) {
  return S_ADD(p->matrix, p->nmatrix, p->capmatrix);
}
pd_indicator *pd_plan_add_indicator(pd_plan *p) {
  return S_ADD(p->indicators, p->nindicators, p->capindicators);
}
pd_comparison_figure *pd_indicator_add_comparison(pd_indicator *ind) {
  return S_ADD(ind->comparisons, ind->ncomparisons, ind->capcomparisons);
}
pd_document *pd_plan_add_document(pd_plan *p) {
  pd_document *d = S_ADD(p->documents, p->ndocuments, p->capdocuments);
  d->year = d->lines = -1;
  return d;
}

/* ---- free --------------------------------------------------------------------------- */

static void S_items_free(pd_items *items) {
  for (size_t i = 0; i < items->n; i++) {
    free(items->v[i].ref);
    free(items->v[i].name);
    pd_facts_free(&items->v[i].mentions);
  }
  free(items->v);
}

static void S_measure_free(pd_measure *m) {
  free(m->id);
  free(m->ref);
  free(m->family);
  free(m->name);
  free(m->theme);
  pd_facts_free(&m->levels);
  pd_facts_free(&m->status);
  pd_facts_free(&m->responsible);
  pd_facts_free(&m->mentions);
  pd_fact *one[] = {m->target_group, m->arena};
  for (size_t i = 0; i < 2; i++)
    if (one[i]) {
      S_fact_free(one[i]);
      free(one[i]);
    }
}

void pd_plan_free(pd_plan *p) {
  if (!p)
    return;
  free(p->generator_version);
  free(p->libxml2);
  free(p->libxslt);
  free(p->thesaurus_version);
  free(p->thesaurus_sha256);
  free(p->municipality.id);
  free(p->municipality.name);
  free(p->municipality.kommunenummer);
  free(p->municipality.county);
  for (size_t i = 0; i < p->ndocuments; i++) {
    pd_document *d = &p->documents[i];
    free(d->file);
    free(d->doc_type);
    free(d->title);
    free(d->encoding);
    free(d->language);
    free(d->sha256);
  }
  free(p->documents);
  for (size_t i = 0; i < p->nsections; i++) {
    free(p->sections[i].number);
    free(p->sections[i].text);
    pd_prov_free(&p->sections[i].where);
  }
  free(p->sections);
  for (size_t i = 0; i < p->nlaws; i++) {
    free(p->laws[i].ref);
    free(p->laws[i].name);
    pd_prov_free(&p->laws[i].where);
  }
  free(p->laws);
  for (size_t i = 0; i < p->ngoals; i++) {
    free(p->goals[i].id);
    free(p->goals[i].section);
    free(p->goals[i].text);
    pd_prov_free(&p->goals[i].where);
  }
  free(p->goals);
  for (size_t i = 0; i < p->nmeasures; i++)
    S_measure_free(&p->measures[i]);
  free(p->measures);
  for (size_t i = 0; i < p->nmodels; i++) {
    pd_model *m = &p->models[i];
    free(m->ref);
    free(m->name);
    free(m->family);
    for (size_t k = 0; k < m->nlevels; k++) {
      free(m->levels[k].label);
      pd_prov_free(&m->levels[k].where);
    }
    free(m->levels);
    pd_facts_free(&m->mentions);
  }
  free(p->models);
  S_items_free(&p->services);
  S_items_free(&p->risks);
  S_items_free(&p->sdgs);
  for (size_t i = 0; i < p->nmatrix; i++) {
    free(p->matrix[i].risk);
    free(p->matrix[i].level);
    free(p->matrix[i].service);
    pd_prov_free(&p->matrix[i].where);
  }
  free(p->matrix);
  for (size_t i = 0; i < p->nindicators; i++) {
    pd_indicator *ind = &p->indicators[i];
    free(ind->value);
    free(ind->unit);
    free(ind->year);
    free(ind->what);
    pd_prov_free(&ind->where);
    for (size_t k = 0; k < ind->ncomparisons; k++) {
      free(ind->comparisons[k].value);
      free(ind->comparisons[k].unit);
      free(ind->comparisons[k].area);
    }
    free(ind->comparisons);
  }
  free(p->indicators);
  pd_facts_free(&p->outline);
  pd_facts_free(&p->statements);
  free(p);
}
