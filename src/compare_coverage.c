/* compare_coverage.c — the § 15-1 checklist per municipality.
 *
 * A requirement is found when a document of the municipality shows it: a
 * goal (goals), a heading naming organisation, division of tasks or
 * cooperation, a responsibility-matrix entry (division), a cooperation
 * model (cooperation). When every document is a planning programme, every
 * requirement is "not yet": a programme describes the planning work. */
#include "compare_coverage.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "matcher.h"

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

/* Heading words (lower-cased, folded) that show a requirement. */
static const char *const ORG[] = {"organiser", "organisering", "organisasjon", NULL};
static const char *const DIV[] = {"oppgavefordeling", "ansvarsfordeling", "fordeling",
                                  "ansvar",           "oppgåvefordeling", NULL};
static const char *const COOP[] = {"samarbeid", "samhandling", "samordning", NULL};

static int S_heading_shows(const char *heading, const char *const *words) {
  pd_buf low = PD_BUF_INIT;
  pd_fold(heading, strlen(heading), 0, &low, NULL);
  int shows = 0;
  for (int i = 0; words[i] && !shows; i++)
    shows = strstr(pd_buf_cstr(&low), words[i]) != NULL;
  pd_buf_free(&low);
  return shows;
}

static void S_evidence(pd_cmp_requirement *r, const pd_cmp_prov *where) {
  if (r->nevidence < PD_REQ_MAX_EVIDENCE)
    r->evidence[r->nevidence++] = where;
}

/* Evidence for requirement R in DOC, in the document's order: goals, then
 * headings, then matrix entries or cooperation models. */
static void S_judge_doc(pd_cmp_requirement *r, int req, const pd_cmp_doc *doc) {
  static const char *const *const words[] = {NULL, ORG, DIV, COOP};
  if (req == REQ_GOALS)
    for (size_t g = 0; g < doc->ngoals; g++)
      S_evidence(r, &doc->goals[g].where);
  if (words[req])
    for (size_t s = 0; s < doc->nsections && r->nevidence < PD_REQ_MAX_EVIDENCE; s++)
      if (S_heading_shows(doc->sections[s].value, words[req]))
        S_evidence(r, &doc->sections[s].where);
  if (req == REQ_DIVISION)
    for (size_t e = 0; e < doc->nentries; e++)
      S_evidence(r, &doc->entries[e].where);
  if (req == REQ_COOPERATION)
    for (size_t m = 0; m < doc->nmodels; m++)
      if (doc->models[m].has_mention)
        S_evidence(r, &doc->models[m].mention);
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
