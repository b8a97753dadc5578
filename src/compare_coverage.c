/* compare_coverage.c — the § 15-1 checklist per municipality.
 *
 * A requirement is found when a document of the municipality shows it: a
 * goal (goals), a statement of the plan on its organisation, division of
 * tasks or cooperation (the plan's requirement-statements), a
 * responsibility-matrix entry (division), a cooperation model
 * (cooperation). When every document is a planning programme, every
 * requirement is "not yet": a programme describes the planning work. */
#include "compare_coverage.h"

#include <stdlib.h>
#include <string.h>

enum { REQ_GOALS, REQ_ORGANISATION, REQ_DIVISION, REQ_COOPERATION };

const char *pd_cmp_req_id(int requirement) {
  static const char *const ids[] = {"goals", "organisation", "division", "cooperation"};
  return ids[requirement];
}

const char *pd_cmp_req_status_name(pd_cmp_req_status s) {
  static const char *const names[] = {"found", "missing", "not-yet"};
  return names[s];
}

const char *pd_cmp_law_name(pd_cmp_law law) {
  static const char *const names[] = {"none", "current", "old", "both"};
  return names[law];
}

/* Whether WHERE is the line of one of DOC's section headings. */
static int S_at_heading(const pd_cmp_doc *doc, const pd_cmp_prov *where) {
  for (size_t s = 0; s < doc->nsections; s++)
    if (doc->sections[s].where.line == where->line &&
        strcmp(doc->sections[s].where.file, where->file) == 0)
      return 1;
  return 0;
}

/* Adds WHERE as evidence for R. STRONG: it shows the requirement in the
 * plan's own words (a goal, a sentence, a matrix row); a heading alone
 * only announces it, and the reports mark a verdict that rests on
 * headings alone as uncertain. */
static void S_evidence(pd_cmp_requirement *r, const pd_cmp_prov *where, int strong) {
  if (r->nevidence < PD_REQ_MAX_EVIDENCE)
    r->evidence[r->nevidence++] = where;
  r->strong |= strong;
}

/* Whether DOC names a cooperation model within the lines of WHERE. */
static int S_names_model(const pd_cmp_doc *doc, const pd_cmp_prov *where) {
  for (size_t m = 0; m < doc->nmodels; m++)
    for (size_t k = 0; k < doc->models[m].nmention_lines; k++) {
      unsigned long l = doc->models[m].mention_lines[k];
      if (l >= where->line && l <= where->end_line)
        return 1;
    }
  return 0;
}

/* Whether WHERE rests on weak evidence: the evidence names plan.h calls
 * weak (compare reads them as the plan XML spells them). */
static int S_weak(const pd_cmp_prov *where) {
  static const char *const WEAK[] = {"heading", "colour", "nearby", "aside", "tentative"};
  for (size_t i = 0; where->evidence && i < sizeof WEAK / sizeof WEAK[0]; i++)
    if (strcmp(where->evidence, WEAK[i]) == 0)
      return 1;
  return 0;
}

/* Whether WHERE lies within a statement of DOC on weak evidence: a model
 * named in a sentence on what may come is no stronger than the sentence. */
static int S_in_weak_statement(const pd_cmp_doc *doc, const pd_cmp_prov *where) {
  for (size_t s = 0; s < doc->nstatements; s++) {
    const pd_cmp_prov *st = &doc->statements[s].where;
    if (S_weak(st) && where->line >= st->line && where->line <= st->end_line &&
        strcmp(where->file, st->file) == 0)
      return 1;
  }
  return 0;
}

enum { ST_MODEL = 1, ST_SENTENCE = 2, ST_WEAK = 4, ST_HEADING = 8 };

/* DOC's statements on requirement REQ of the kinds in WHICH: strong
 * sentences naming a cooperation model, other strong sentences, weak
 * sentences (in passing, or on what may come), headings. */
static void S_statements(pd_cmp_requirement *r, int req, const pd_cmp_doc *doc, int which) {
  for (size_t s = 0; s < doc->nstatements; s++) {
    const pd_cmp_fact *f = &doc->statements[s];
    if (!f->value || strcmp(f->value, pd_cmp_req_id(req)) != 0)
      continue;
    int kind = f->where.evidence && strcmp(f->where.evidence, "heading") == 0 ? ST_HEADING
               : S_weak(&f->where)                                            ? ST_WEAK
               : S_names_model(doc, &f->where)                                ? ST_MODEL
                                                                              : ST_SENTENCE;
    if (kind & which)
      S_evidence(r, &f->where, kind == ST_MODEL || kind == ST_SENTENCE);
  }
}

/* The first mention of each cooperation model DOC names, as evidence for
 * cooperation: those that are STRONG, or the others (a mention in a
 * heading, or in a sentence that is weak evidence itself). */
static void S_model_mentions(pd_cmp_requirement *r, const pd_cmp_doc *doc, int strong) {
  for (size_t m = 0; m < doc->nmodels; m++) {
    const pd_cmp_prov *at = &doc->models[m].mention;
    if (doc->models[m].has_mention &&
        (!S_at_heading(doc, at) && !S_in_weak_statement(doc, at)) == strong)
      S_evidence(r, at, strong);
  }
}

/* Evidence for requirement R in DOC, strongest and most general first: the
 * plan's goals; for cooperation, sentences that name the cooperation
 * model; sentences on the plan's own organisation, division of tasks or
 * cooperation (extract_requirements.c decides which passages speak of the
 * plan's own substance, and which only in passing); responsibility-matrix
 * rows; the cooperation models the plan names; then what is weak:
 * sentences in passing or on what may come, models named only there or in
 * headings, and last headings alone. */
static void S_judge_doc(pd_cmp_requirement *r, int req, const pd_cmp_doc *doc) {
  if (req == REQ_GOALS)
    for (size_t g = 0; g < doc->ngoals; g++)
      S_evidence(r, &doc->goals[g].where, 1);
  if (req == REQ_COOPERATION)
    S_statements(r, req, doc, ST_MODEL);
  S_statements(r, req, doc, req == REQ_COOPERATION ? ST_SENTENCE : ST_MODEL | ST_SENTENCE);
  if (req == REQ_DIVISION)
    for (size_t e = 0; e < doc->nentries; e++)
      S_evidence(r, &doc->entries[e].where, 1);
  if (req == REQ_COOPERATION)
    S_model_mentions(r, doc, 1);
  S_statements(r, req, doc, ST_WEAK);
  if (req == REQ_COOPERATION)
    S_model_mentions(r, doc, 0);
  S_statements(r, req, doc, ST_HEADING);
}

/* The law cited: the last citation of § 15-1 if any, else the first of the
 * old § 3-1. */
static void S_law(pd_cmp_coverage_plan *c, const pd_cmp_profile *p) {
  int cur = 0, old = 0;
  for (size_t d = 0; d < p->ndocs; d++)
    for (size_t l = 0; l < p->docs[d]->nlaws; l++) {
      const pd_cmp_fact *law = &p->docs[d]->laws[l];
      if (law->value && strcmp(law->value, "bvl-15-1") == 0) {
        cur = 1;
        c->law_where = &law->where;
      } else if (law->value && strcmp(law->value, "bvl-3-1") == 0) {
        old = 1;
        if (!c->law_where)
          c->law_where = &law->where;
      }
    }
  c->law = cur && old ? PD_LAW_BOTH : cur ? PD_LAW_CURRENT : old ? PD_LAW_OLD : PD_LAW_NONE;
}

void pd_cmp_coverage_judge(pd_cmp_coverage *out, const pd_cmp_profiles *ps) {
  out->n = ps->n;
  out->v = pd_xcalloc(ps->n ? ps->n : 1, sizeof *out->v);
  for (size_t i = 0; i < ps->n; i++) {
    const pd_cmp_profile *p = ps->latest[i];
    pd_cmp_coverage_plan *c = &out->v[i];
    c->municipality = p;
    c->programme_only = 1;
    for (size_t d = 0; d < p->ndocs; d++)
      if (!p->docs[d]->doc_type || strcmp(p->docs[d]->doc_type, "planprogram") != 0)
        c->programme_only = 0;
    S_law(c, p);
    for (int r = 0; r < PD_REQUIREMENTS; r++) {
      pd_cmp_requirement *req = &c->req[r];
      for (size_t d = 0; d < p->ndocs; d++)
        S_judge_doc(req, r, p->docs[d]);
      /* A planning programme says how the plan will be made: what it
       * shows is the planning work or a promise, never the plan's own
       * substance, so each requirement is still to come. */
      req->status = c->programme_only ? PD_REQ_NOT_YET
                    : req->nevidence  ? PD_REQ_FOUND
                                      : PD_REQ_MISSING;
      c->found += req->status == PD_REQ_FOUND;
    }
  }
}

void pd_cmp_coverage_free(pd_cmp_coverage *c) {
  free(c->v);
  memset(c, 0, sizeof *c);
}
