/* report_facts.c — every extracted fact as one row: the long ("tidy")
 * table researchers join and pivot (report_tables.h, docs/data.md).
 *
 * The other tables are views of a comparison; this one is the plans' own
 * facts with their provenance, one row each, keyed by a fact id that is the
 * same on every run over the same document (document id, the fact's
 * subject and its place in the plan).
 */
#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "plan_names.h"
#include "plan_xml.h"
#include "report_tables.h"

typedef struct facts_ctx {
  pd_table *t;
  const pd_plan *plan;
  const pd_document *doc;
  const char *doc_id;
} facts_ctx;

/* The document ids of SORTED's plans (N): the names `run` gives their plans
 * (plan_names.h) without ".xml", so a fact's document is its plan's file:
 * the file name without folders and document endings
 * ("corpus/larvik-plan.md.gz" -> "larvik-plan"), and two documents of the
 * same name in different folders ("a/plan.txt", "b/plan.txt") each with 8
 * hex digits of their path's SHA-256 ("plan-3f2a9c1e"): unique in the
 * table, and the same on every run over the same documents. */
static char **S_doc_ids(pd_plan *const *sorted, size_t n) {
  char **files = pd_xcalloc(n ? n : 1, sizeof(char *));
  for (size_t i = 0; i < n; i++) {
    const char *f = sorted[i]->ndocuments ? sorted[i]->documents[0].file : NULL;
    files[i] = (char *)(f && *f ? f : "-");
  }
  char **ids = pd_plan_names(files, n);
  free(files);
  for (size_t i = 0; i < n; i++)
    ids[i][strlen(ids[i]) - 4] = '\0'; /* ".xml" */
  return ids;
}

/* One row: SUBJECT (a measure id, a model or law ref ...), REF (its
 * thesaurus id), NAME, KIND of fact, its VALUE, and WHERE. N numbers the
 * facts of one kind within the subject (from 1). */
static void S_row(facts_ctx *c, const char *subject, const char *ref, const char *name,
                  const char *kind, size_t n, const char *value, const pd_prov *where) {
  char id[512], line[32], end_line[32], page[32], year[32];
  if (!subject) /* a service the thesaurus does not know, say */
    subject = "-";
  snprintf(id, sizeof id, "%s:%s:%s%zu", c->doc_id, subject, kind, n);
  snprintf(line, sizeof line, "%lu", where->line);
  snprintf(end_line, sizeof end_line, "%lu", where->end_line ? where->end_line : where->line);
  snprintf(page, sizeof page, "%lu", where->page);
  snprintf(year, sizeof year, "%ld", c->doc ? c->doc->year : -1L);
  const pd_municipality *m = &c->plan->municipality;
  const char *cells[] = {id,
                         m->id,
                         m->kommunenummer,
                         m->county,
                         c->doc_id,
                         c->doc ? c->doc->doc_type : NULL,
                         c->doc && c->doc->year >= 0 ? year : NULL,
                         subject,
                         ref,
                         name,
                         kind,
                         value,
                         where->file,
                         line,
                         end_line,
                         where->page ? page : NULL,
                         where->evidence ? pd_evidence_name(where->evidence) : NULL,
                         pd_evidence_strength(where->evidence),
                         where->quote};
  pd_table_row(c->t, cells, (int)(sizeof cells / sizeof cells[0]));
}

static void S_facts(facts_ctx *c, const char *subject, const char *ref, const char *name,
                    const char *kind, const pd_facts *f) {
  for (size_t i = 0; i < f->n; i++)
    S_row(c, subject, ref, name, kind, i + 1, f->v[i].value, &f->v[i].where);
}

static void S_plan(facts_ctx *c) {
  const pd_plan *p = c->plan;
  for (size_t i = 0; i < p->nmeasures; i++) {
    const pd_measure *m = &p->measures[i];
    S_facts(c, m->id, m->ref, m->name, "mention", &m->mentions);
    S_facts(c, m->id, m->ref, m->name, "level", &m->levels);
    S_facts(c, m->id, m->ref, m->name, "status", &m->status);
    S_facts(c, m->id, m->ref, m->name, "responsible", &m->responsible);
    if (m->target_group)
      S_row(c, m->id, m->ref, m->name, "target-group", 1, m->target_group->value,
            &m->target_group->where);
    if (m->arena)
      S_row(c, m->id, m->ref, m->name, "arena", 1, m->arena->value, &m->arena->where);
  }
  for (size_t i = 0; i < p->nmodels; i++) {
    const pd_model *m = &p->models[i];
    S_facts(c, m->ref, m->ref, m->name, "model-mention", &m->mentions);
  }
  for (size_t i = 0; i < p->services.n; i++) {
    const pd_item *s = &p->services.v[i];
    S_facts(c, s->ref, s->ref, s->name, "service-mention", &s->mentions);
  }
  for (size_t i = 0; i < p->nlaws; i++)
    S_row(c, p->laws[i].ref, p->laws[i].ref, p->laws[i].name, "law", i + 1, p->laws[i].ref,
          &p->laws[i].where);
  for (size_t i = 0; i < p->ngoals; i++) {
    const pd_goal *g = &p->goals[i];
    S_row(c, g->id, NULL, g->section, "goal", 1, pd_goal_kind_name(g->kind), &g->where);
  }
}

static int S_by_municipality(const void *a, const void *b) {
  const pd_plan *x = *(pd_plan *const *)a, *y = *(pd_plan *const *)b;
  const char *mx = x->municipality.id ? x->municipality.id : "";
  const char *my = y->municipality.id ? y->municipality.id : "";
  int r = strcmp(mx, my);
  if (r)
    return r;
  const char *fx = x->ndocuments ? x->documents[0].file : "";
  const char *fy = y->ndocuments ? y->documents[0].file : "";
  return strcmp(fx ? fx : "", fy ? fy : "");
}

void pd_table_facts(xmlDocPtr *docs, size_t n, pd_table_format format, pd_buf *out) {
  static const char *const head[] = {
      "fact_id",  "municipality", "kommunenummer", "county",   "document", "doc_type", "year",
      "subject",  "ref",          "name",          "kind",     "value",    "file",     "line",
      "end_line", "page",         "evidence",      "strength", "quote"};
  pd_table t;
  pd_table_init(&t, out, format);
  pd_table_row(&t, head, (int)(sizeof head / sizeof head[0]));
  pd_plan **sorted = pd_xcalloc(n ? n : 1, sizeof(pd_plan *));
  for (size_t i = 0; i < n; i++)
    sorted[i] = pd_plan_from_xml(docs[i]);
  qsort(sorted, n, sizeof(pd_plan *), S_by_municipality);
  char **ids = S_doc_ids(sorted, n);
  for (size_t i = 0; i < n; i++) {
    facts_ctx c = {&t, sorted[i], sorted[i]->ndocuments ? &sorted[i]->documents[0] : NULL, ids[i]};
    S_plan(&c);
    pd_plan_free(sorted[i]);
  }
  pd_plan_names_free(ids, n);
  free(sorted);
}
