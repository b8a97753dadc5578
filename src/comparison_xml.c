/* comparison_xml.c — writes a comparison's results (schema/comparison.rng).
 *
 * Nothing here decides anything: the order, the counts and the sets come
 * from the analyses; this file only names them. */
#include "comparison_xml.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "xmlio.h"

#ifndef PLANDIFF_VERSION
#define PLANDIFF_VERSION "0"
#endif

static xmlNodePtr S_el(xmlNodePtr parent, const char *name) {
  return xmlNewChild(parent, NULL, BAD_CAST name, NULL);
}

static void S_attr(xmlNodePtr n, const char *name, const char *value) {
  xmlSetProp(n, BAD_CAST name, BAD_CAST value);
}

static void S_prov(xmlNodePtr n, const pd_cmp_prov *p) {
  S_attr(n, "file", p->file);
  pd_xml_set_int(n, "line", (long)(p->line ? p->line : 1));
  S_attr(n, "quote", p->quote);
  if (p->evidence)
    S_attr(n, "evidence", p->evidence);
}

static void S_real(xmlNodePtr n, const char *name, double v) {
  char num[32];
  snprintf(num, sizeof num, "%.3f", v);
  S_attr(n, name, num);
}

static void S_set_attr(xmlNodePtr n, const char *name, const pd_set *s) {
  pd_buf b = PD_BUF_INIT;
  pd_set_join(s, &b);
  S_attr(n, name, pd_buf_cstr(&b));
  pd_buf_free(&b);
}

/* LIST joined by spaces, and " …" when MORE. */
static void S_list_attr(xmlNodePtr n, const char *name, const pd_strlist *list, int more) {
  pd_buf b = PD_BUF_INIT;
  for (size_t i = 0; i < list->n; i++)
    pd_buf_printf(&b, "%s%s", i ? " " : "", list->v[i]);
  if (more)
    pd_buf_puts(&b, " …");
  S_attr(n, name, pd_buf_cstr(&b));
  pd_buf_free(&b);
}

static void S_strings_attr(xmlNodePtr n, const char *name, char *const *v, size_t count) {
  pd_buf b = PD_BUF_INIT;
  for (size_t i = 0; i < count; i++)
    pd_buf_printf(&b, "%s%s", b.len ? " " : "", v[i]);
  S_attr(n, name, pd_buf_cstr(&b));
  pd_buf_free(&b);
}

/* How a municipality runs a programme: levels, status (WITH_STATUS),
 * responsible services, and where the plan says so. */
static void S_prog_facts(xmlNodePtr n, const pd_cmp_prog *g, int with_status) {
  S_set_attr(n, "levels", &g->levels);
  if (with_status && g->status)
    S_attr(n, "status", g->status);
  S_set_attr(n, "responsible", &g->responsible);
  S_prov(n, g->where);
}

static void S_municipality(xmlNodePtr parent, const pd_cmp_profile *p) {
  xmlNodePtr m = S_el(parent, "municipality");
  S_attr(m, "id", p->id);
  if (p->name)
    S_attr(m, "name", p->name);
  if (p->county)
    S_attr(m, "county", p->county);
  if (p->kommunenummer)
    S_attr(m, "kommunenummer", p->kommunenummer);
  pd_xml_set_int(m, "year", (long)p->year);
  /* plan if any document is a plan, else the first document's type */
  const char *doc_type = NULL;
  int has_plan = 0;
  for (size_t d = 0; d < p->ndocs; d++) {
    const pd_cmp_doc *doc = p->docs[d];
    const char *dt = doc->doc_type ? doc->doc_type : "other";
    xmlNodePtr de = S_el(m, "document");
    S_attr(de, "file", doc->file);
    S_attr(de, "doc-type", dt);
    if (doc->year_text)
      S_attr(de, "year", doc->year_text);
    if (doc->sha256)
      S_attr(de, "sha256", doc->sha256);
    if (!doc_type)
      doc_type = dt;
    has_plan |= strcmp(dt, "plan") == 0;
  }
  S_attr(m, "doc-type", has_plan ? "plan" : doc_type);
  for (size_t g = 0; g < p->ngoals; g++) {
    xmlNodePtr ge = S_el(m, "goal");
    S_attr(ge, "kind", p->goals[g].kind ? p->goals[g].kind : "goal");
    S_prov(ge, p->goals[g].where);
  }
  for (size_t k = 0; k < p->nlocals; k++) {
    xmlNodePtr le = S_el(m, "local");
    S_attr(le, "name", p->locals[k].name);
    S_set_attr(le, "levels", &p->locals[k].levels);
    S_prov(le, p->locals[k].where);
  }
  pd_xml_set_int(m, "measures", (long)p->measures);
  pd_xml_set_int(m, "programmes", (long)p->programme_refs.n);
}

static void S_programmes(xmlNodePtr root, const pd_cmp_matrix *mx) {
  xmlNodePtr out = S_el(root, "programmes");
  for (size_t r = 0; r < mx->n; r++) {
    const pd_cmp_programme *row = &mx->rows[r];
    xmlNodePtr pe = S_el(out, "programme");
    S_attr(pe, "ref", row->ref);
    S_attr(pe, "name", row->name);
    pd_xml_set_int(pe, "municipalities", (long)row->holders);
    S_attr(pe, "sharing", pd_cmp_sharing_name(row->sharing));
    if (row->family)
      S_attr(pe, "family", row->family);
    if (row->evidence_level >= 0)
      pd_xml_set_int(pe, "evidence-level", row->evidence_level);
    for (size_t i = 0; i < row->ncells; i++) {
      const pd_cmp_cell *c = &row->cells[i];
      xmlNodePtr cell = S_el(pe, "cell");
      S_attr(cell, "municipality", c->municipality->id);
      if (!c->prog) {
        S_attr(cell, "covered-by", c->covered_by);
        continue;
      }
      S_attr(cell, "use", pd_cmp_use_name(c->prog->use));
      S_prog_facts(cell, c->prog, 1);
    }
  }
}

static void S_locals(xmlNodePtr root, const pd_cmp_local_groups *groups) {
  xmlNodePtr out = S_el(root, "local-measures");
  for (size_t i = 0; i < groups->n; i++) {
    const pd_cmp_local_group *lg = &groups->v[i];
    xmlNodePtr g = S_el(out, "local-group");
    S_attr(g, "key", lg->key);
    pd_xml_set_int(g, "municipalities", (long)lg->municipalities);
    for (size_t m = 0; m < lg->n; m++) {
      xmlNodePtr e = S_el(g, "measure");
      S_attr(e, "municipality", lg->members[m].municipality);
      S_attr(e, "name", lg->members[m].local->name);
      S_set_attr(e, "levels", &lg->members[m].local->levels);
      S_prov(e, lg->members[m].local->where);
    }
  }
}

static void S_profiles(xmlNodePtr root, const pd_cmp_profiles *ps, const pd_thesaurus *th) {
  xmlNodePtr out = S_el(root, "profiles");
  for (size_t i = 0; i < ps->n; i++) {
    const pd_cmp_profile *p = ps->latest[i];
    xmlNodePtr e = S_el(out, "profile");
    S_attr(e, "municipality", p->id);
    pd_xml_set_int(e, "total", (long)p->measures);
    for (int l = 0; l < PD_LEVEL_NONE; l++)
      pd_xml_set_int(e, pd_cmp_level_id(th, l), (long)p->levels[l]);
    pd_xml_set_int(e, "none", (long)p->levels[PD_LEVEL_NONE]);
  }
}

static void S_coverage(xmlNodePtr root, const pd_cmp_coverage *cov) {
  xmlNodePtr out = S_el(root, "coverage");
  for (size_t i = 0; i < cov->n; i++) {
    const pd_cmp_coverage_plan *c = &cov->v[i];
    xmlNodePtr pl = S_el(out, "plan");
    S_attr(pl, "municipality", c->municipality->id);
    S_attr(pl, "doc-type", c->programme_only ? "planprogram" : "plan");
    S_attr(pl, "law", pd_cmp_law_name(c->law));
    if (c->law_where)
      S_prov(pl, c->law_where);
    for (int r = 0; r < PD_REQUIREMENTS; r++) {
      xmlNodePtr req = S_el(pl, "requirement");
      S_attr(req, "id", pd_cmp_req_id(r));
      for (size_t e = 0; e < c->req[r].nevidence; e++)
        S_prov(S_el(req, "evidence"), c->req[r].evidence[e]);
      S_attr(req, "status", pd_cmp_req_status_name(c->req[r].status));
      if (c->req[r].status == PD_REQ_FOUND)
        S_attr(req, "strength", c->req[r].strong ? "strong" : "weak");
    }
    pd_xml_set_int(pl, "found", (long)c->found);
  }
}

static void S_cooperation(xmlNodePtr root, const pd_cmp_cooperation *co) {
  xmlNodePtr out = S_el(root, "cooperation");
  for (size_t i = 0; i < co->n; i++) {
    const pd_cmp_model_use *u = &co->v[i];
    xmlNodePtr o = S_el(out, "model");
    S_attr(o, "municipality", u->municipality->id);
    S_attr(o, "ref", u->model->ref);
    S_attr(o, "name", u->model->name ? u->model->name : u->model->ref);
    if (u->model->family)
      S_attr(o, "family", u->model->family);
    if (u->model->family && strcmp(u->model->family, u->model->ref) != 0)
      S_attr(o, "family-source", u->family_named ? "plan" : "plandiff");
    S_strings_attr(o, "levels", u->model->levels, u->model->nlevels);
    S_set_attr(o, "services", u->services);
    S_prov(o, &u->model->mention);
  }
}

static void S_goals(xmlNodePtr root, const pd_cmp_goal_clusters *goals) {
  xmlNodePtr out = S_el(root, "goals");
  for (size_t c = 0; c < goals->n; c++) {
    const pd_cmp_goal_cluster *gc = &goals->v[c];
    xmlNodePtr cl = S_el(out, "cluster");
    char id[32];
    snprintf(id, sizeof id, "c%zu", c + 1);
    S_attr(cl, "id", id);
    pd_xml_set_int(cl, "municipalities", (long)gc->municipalities);
    S_list_attr(cl, "terms", &gc->terms, 0);
    for (size_t i = 0; i < gc->n; i++) {
      xmlNodePtr g = S_el(cl, "goal");
      S_attr(g, "municipality", gc->members[i].municipality);
      S_attr(g, "kind", gc->members[i].goal->kind ? gc->members[i].goal->kind : "goal");
      S_prov(g, gc->members[i].goal->where);
    }
  }
}

/* ELEMENT ref=X for each member of LIST. */
static void S_refs(xmlNodePtr parent, const char *element, const pd_strlist *list) {
  for (size_t i = 0; i < list->n; i++)
    S_attr(S_el(parent, element), "ref", list->v[i]);
}

/* Each municipality's nearest peers with what they share; the order for
 * the index and the county means — n·k elements, never every pair. */
static void S_similarity(xmlNodePtr root, const pd_cmp_similarity *sim) {
  xmlNodePtr out = S_el(root, "similarity");
  pd_xml_set_int(out, "k", (long)sim->k);
  xmlNodePtr order = S_el(out, "order");
  for (size_t i = 0; i < sim->n; i++)
    S_attr(S_el(order, "m"), "id", sim->order[i]->id);
  xmlNodePtr counties = S_el(out, "counties");
  for (size_t i = 0; i < sim->ncounties; i++) {
    const pd_cmp_county_cell *c = &sim->counties[i];
    xmlNodePtr cell = S_el(counties, "cell");
    S_attr(cell, "a", c->a);
    S_attr(cell, "b", c->b);
    S_real(cell, "mean", c->mean);
    pd_xml_set_int(cell, "pairs", (long)c->pairs);
  }
  for (size_t i = 0; i < sim->n; i++) {
    const pd_cmp_neighbours *nb = &sim->v[i];
    xmlNodePtr m = S_el(out, "municipality");
    S_attr(m, "id", nb->municipality->id);
    for (size_t j = 0; j < nb->n; j++) {
      const pd_cmp_pair *pr = &nb->v[j];
      xmlNodePtr p = S_el(m, "peer");
      S_attr(p, "id", pr->b->id);
      pd_xml_set_int(p, "rank", (long)j + 1);
      S_real(p, "overall", pr->overall);
      S_real(p, "measures", pr->measures);
      S_real(p, "services", pr->services);
      S_real(p, "goals", pr->goals);
      pd_xml_set_int(p, "goal-terms", (long)pr->goal_terms);
      S_refs(p, "programme", &pr->shared_programmes);
      S_refs(p, "only-a", &pr->only_a);
      S_refs(p, "only-b", &pr->only_b);
      S_refs(p, "service", &pr->shared_services);
      for (size_t g = 0; g < pr->shared_goals.n; g++)
        xmlNewTextChild(p, NULL, BAD_CAST "goal-term", BAD_CAST pr->shared_goals.v[g]);
    }
  }
}

static void S_borrowing(xmlNodePtr root, const pd_cmp_borrowing *bw) {
  xmlNodePtr out = S_el(root, "borrowing");
  for (size_t i = 0; i < bw->n; i++) {
    const pd_cmp_borrower *b = &bw->v[i];
    xmlNodePtr m = S_el(out, "municipality");
    S_attr(m, "id", b->municipality->id);
    for (size_t k = 0; k < b->n; k++) {
      const pd_cmp_suggestion *sg = &b->v[k];
      xmlNodePtr s = S_el(m, "suggestion");
      pd_xml_set_int(s, "rank", (long)k + 1);
      S_attr(s, "ref", sg->ref);
      S_attr(s, "name", sg->name);
      pd_xml_set_int(s, "peers", (long)sg->peers);
      if (sg->evidence_level >= 0)
        pd_xml_set_int(s, "evidence-level", sg->evidence_level);
      if (sg->evidence)
        S_attr(s, "evidence", sg->evidence);
      for (size_t j = 0; j < sg->nshown; j++) {
        const pd_cmp_holder *h = &sg->shown[j];
        xmlNodePtr peer = S_el(s, "peer");
        S_attr(peer, "municipality", h->municipality->id);
        if (h->similarity >= 0)
          S_real(peer, "similarity", h->similarity);
        S_prog_facts(peer, h->prog, 0);
      }
    }
  }
}

static void S_versions(xmlNodePtr root, const pd_cmp_versions *vs) {
  xmlNodePtr out = S_el(root, "versions");
  for (size_t i = 0; i < vs->n; i++) {
    const pd_cmp_diff *df = &vs->v[i];
    xmlNodePtr d = S_el(out, "diff");
    S_attr(d, "municipality", df->from->id);
    pd_xml_set_int(d, "from", (long)df->from->year);
    pd_xml_set_int(d, "to", (long)df->to->year);
    for (size_t k = 0; k < df->n; k++) {
      const pd_cmp_change *c = &df->v[k];
      xmlNodePtr ch = S_el(d, "change");
      S_attr(ch, "what", pd_cmp_change_what_name(c->what));
      S_attr(ch, "kind", pd_cmp_change_kind_name(c->kind));
      S_attr(ch, "key", c->key);
      if (c->from)
        S_attr(ch, "from-value", c->from);
      if (c->to)
        S_attr(ch, "to-value", c->to);
    }
  }
}

xmlDocPtr pd_comparison_xml(const pd_comparison *c) {
  xmlDocPtr out = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "comparison");
  xmlDocSetRootElement(out, root);
  S_attr(root, "schema-version", "1");
  xmlNodePtr gen = S_el(root, "generator");
  S_attr(gen, "name", "plandiff");
  S_attr(gen, "version", PLANDIFF_VERSION);
  if (c->th->version)
    S_attr(gen, "thesaurus", c->th->version);
  if (c->th->sha256[0])
    S_attr(gen, "thesaurus-sha256", c->th->sha256);
  xmlNodePtr muns = S_el(root, "municipalities");
  for (size_t i = 0; i < c->profiles.n; i++)
    S_municipality(muns, c->profiles.latest[i]);
  S_programmes(root, &c->matrix);
  S_locals(root, &c->locals);
  S_profiles(root, &c->profiles, c->th);
  S_coverage(root, &c->coverage);
  S_cooperation(root, &c->cooperation);
  S_goals(root, &c->goals);
  S_similarity(root, &c->similarity);
  S_borrowing(root, &c->borrowing);
  S_versions(root, &c->versions);
  return out;
}
