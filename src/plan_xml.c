/* plan_xml.c — plan struct <-> plan XML (schema/plan.rng): the one place
 * that knows the plan's element and attribute names. Writing follows the
 * schema's order; reading takes what the schema allows and ignores
 * nothing it needs. */
#include "plan_xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "budget.h"
#include "xmlio.h"

/* ---- writing ------------------------------------------------------------------- */

static void S_set(xmlNodePtr n, const char *name, const char *value) {
  if (value)
    xmlSetProp(n, BAD_CAST name, BAD_CAST value);
}

static void S_set_ul(xmlNodePtr n, const char *name, unsigned long v) {
  char num[32];
  snprintf(num, sizeof num, "%lu", v);
  xmlSetProp(n, BAD_CAST name, BAD_CAST num);
}

static void S_prov(xmlNodePtr n, const pd_prov *p) {
  S_set(n, "file", p->file ? p->file : "-");
  S_set_ul(n, "line", p->line ? p->line : 1);
  if (p->end_line > p->line)
    S_set_ul(n, "end-line", p->end_line);
  if (p->page)
    S_set_ul(n, "page", p->page);
  S_set(n, "quote", p->quote ? p->quote : "");
  if (p->evidence != PD_EV_NONE)
    S_set(n, "evidence", pd_evidence_name(p->evidence));
}

static void S_mentions(xmlNodePtr parent, const pd_facts *f) {
  for (size_t i = 0; i < f->n; i++)
    S_prov(xmlNewChild(parent, NULL, BAD_CAST "mention", NULL), &f->v[i].where);
}

static void S_write_head(xmlNodePtr root, const pd_plan *p) {
  xmlSetProp(root, BAD_CAST "schema-version", BAD_CAST "1");
  xmlNodePtr gen = xmlNewChild(root, NULL, BAD_CAST "generator", NULL);
  S_set(gen, "name", "plandiff");
  S_set(gen, "version", p->generator_version ? p->generator_version : "0");
  S_set(gen, "libxml2", p->libxml2);
  S_set(gen, "libxslt", p->libxslt);
  S_set(gen, "thesaurus", p->thesaurus_version);
  S_set(gen, "thesaurus-sha256", p->thesaurus_sha256);
  xmlNodePtr mun = xmlNewChild(root, NULL, BAD_CAST "municipality", NULL);
  S_set(mun, "id", p->municipality.id ? p->municipality.id : "unknown");
  S_set(mun, "name", p->municipality.name);
  S_set(mun, "kommunenummer", p->municipality.kommunenummer);
  S_set(mun, "county", p->municipality.county);
  for (size_t i = 0; i < p->ndocuments; i++) {
    const pd_document *d = &p->documents[i];
    xmlNodePtr dn = xmlNewChild(root, NULL, BAD_CAST "document", NULL);
    S_set(dn, "file", d->file ? d->file : "-");
    S_set(dn, "doc-type", d->doc_type ? d->doc_type : "plan");
    if (d->year >= 0)
      pd_xml_set_int(dn, "year", d->year);
    if (d->lines >= 0)
      pd_xml_set_int(dn, "lines", d->lines);
    S_set(dn, "encoding", d->encoding);
    S_set(dn, "title", d->title);
    S_set(dn, "language", d->language);
    S_set(dn, "sha256", d->sha256);
  }
}

static void S_write_sections(xmlNodePtr root, const pd_plan *p) {
  if (p->nsections) {
    xmlNodePtr secs = xmlNewChild(root, NULL, BAD_CAST "sections", NULL);
    for (size_t i = 0; i < p->nsections; i++) {
      const pd_section *s = &p->sections[i];
      xmlNodePtr n = pd_xml_add(secs, "section", s->text ? s->text : "");
      pd_xml_set_int(n, "level", s->level > 0 ? s->level : 1);
      S_set(n, "number", s->number);
      S_prov(n, &s->where);
    }
  }
  if (p->nlaws) {
    xmlNodePtr lb = xmlNewChild(root, NULL, BAD_CAST "legal-basis", NULL);
    for (size_t i = 0; i < p->nlaws; i++) {
      xmlNodePtr n = xmlNewChild(lb, NULL, BAD_CAST "law", NULL);
      S_set(n, "ref", p->laws[i].ref);
      S_set(n, "name", p->laws[i].name);
      S_prov(n, &p->laws[i].where);
    }
  }
  if (p->ngoals) {
    xmlNodePtr gs = xmlNewChild(root, NULL, BAD_CAST "goals", NULL);
    for (size_t i = 0; i < p->ngoals; i++) {
      const pd_goal *g = &p->goals[i];
      xmlNodePtr n = pd_xml_add(gs, "goal", g->text ? g->text : "");
      S_set(n, "id", g->id);
      S_set(n, "kind", pd_goal_kind_name(g->kind));
      S_set(n, "section", g->section);
      S_prov(n, &g->where);
    }
  }
}

static void S_write_measure(xmlNodePtr ms, const pd_measure *m) {
  xmlNodePtr n = xmlNewChild(ms, NULL, BAD_CAST "measure", NULL);
  S_set(n, "id", m->id);
  S_set(n, "ref", m->ref);
  S_set(n, "kind", m->ref ? "programme" : "local");
  S_set(n, "use", pd_use_name(m->use));
  S_set(n, "family", m->family);
  pd_xml_add(n, "name", m->name ? m->name : "");
  if (m->theme)
    pd_xml_add(n, "theme", m->theme);
  for (size_t k = 0; k < m->levels.n; k++) {
    xmlNodePtr l = xmlNewChild(n, NULL, BAD_CAST "level", NULL);
    S_set(l, "value", m->levels.v[k].value);
    S_prov(l, &m->levels.v[k].where);
  }
  if (m->status.n) {
    xmlNodePtr s = xmlNewChild(n, NULL, BAD_CAST "status", NULL);
    S_set(s, "value", m->status.v[0].value);
    S_prov(s, &m->status.v[0].where);
  }
  for (size_t k = 0; k < m->responsible.n; k++) {
    xmlNodePtr r = xmlNewChild(n, NULL, BAD_CAST "responsible", NULL);
    S_set(r, "ref", m->responsible.v[k].value);
    S_prov(r, &m->responsible.v[k].where);
  }
  const pd_fact *texts[] = {m->target_group, m->arena};
  static const char *const names[] = {"target-group", "arena"};
  for (size_t k = 0; k < 2; k++)
    if (texts[k])
      S_prov(pd_xml_add(n, names[k], texts[k]->value ? texts[k]->value : ""), &texts[k]->where);
  S_mentions(n, &m->mentions);
}

static void S_write_items(xmlNodePtr root, const char *container, const char *element,
                          const char *key, const pd_items *items) {
  if (!items->n)
    return;
  xmlNodePtr c = xmlNewChild(root, NULL, BAD_CAST container, NULL);
  for (size_t i = 0; i < items->n; i++) {
    const pd_item *it = &items->v[i];
    xmlNodePtr n = xmlNewChild(c, NULL, BAD_CAST element, NULL);
    S_set(n, key, it->ref);
    S_set(n, "name", it->name);
    if (it->count >= 0)
      pd_xml_set_int(n, "count", it->count);
    S_mentions(n, &it->mentions);
  }
}

static void S_write_facts(xmlNodePtr root, const pd_plan *p) {
  if (p->nmeasures) {
    xmlNodePtr ms = xmlNewChild(root, NULL, BAD_CAST "measures", NULL);
    /* past the memory budget the plan is dropped anyway (budget.h) */
    for (size_t i = 0; i < p->nmeasures && !pd_budget_spent(); i++)
      S_write_measure(ms, &p->measures[i]);
  }
  if (p->nmodels) {
    xmlNodePtr coop = xmlNewChild(root, NULL, BAD_CAST "cooperation", NULL);
    for (size_t i = 0; i < p->nmodels; i++) {
      const pd_model *m = &p->models[i];
      xmlNodePtr n = xmlNewChild(coop, NULL, BAD_CAST "model", NULL);
      S_set(n, "ref", m->ref);
      S_set(n, "name", m->name ? m->name : m->ref);
      S_set(n, "family", m->family);
      for (size_t k = 0; k < m->nlevels; k++) {
        xmlNodePtr l = xmlNewChild(n, NULL, BAD_CAST "level", NULL);
        S_set_ul(l, "number", m->levels[k].number);
        S_set(l, "label", m->levels[k].label);
        S_prov(l, &m->levels[k].where);
      }
      S_mentions(n, &m->mentions);
    }
  }
  S_write_items(root, "services", "service", "ref", &p->services);
  if (p->nmatrix) {
    xmlNodePtr mx = xmlNewChild(root, NULL, BAD_CAST "responsibility-matrix", NULL);
    for (size_t i = 0; i < p->nmatrix; i++) {
      const pd_matrix_entry *e = &p->matrix[i];
      xmlNodePtr n = xmlNewChild(mx, NULL, BAD_CAST "entry", NULL);
      S_set(n, "risk", e->risk ? e->risk : "");
      S_set(n, "level", e->level);
      S_set(n, "service", e->service);
      S_prov(n, &e->where);
    }
  }
  S_write_items(root, "risk-factors", "risk-factor", "ref", &p->risks);
  S_write_items(root, "sdgs", "sdg", "number", &p->sdgs);
  if (p->nindicators) {
    xmlNodePtr is = xmlNewChild(root, NULL, BAD_CAST "indicators", NULL);
    for (size_t i = 0; i < p->nindicators; i++) {
      const pd_indicator *ind = &p->indicators[i];
      xmlNodePtr n = xmlNewChild(is, NULL, BAD_CAST "indicator", NULL);
      S_set(n, "value", ind->value);
      S_set(n, "unit", ind->unit);
      S_set(n, "year", ind->year);
      S_prov(n, &ind->where);
      pd_xml_add(n, "what", ind->what ? ind->what : "");
      for (size_t k = 0; k < ind->ncomparisons; k++) {
        xmlNodePtr c = xmlNewChild(n, NULL, BAD_CAST "comparison", NULL);
        S_set(c, "value", ind->comparisons[k].value);
        S_set(c, "unit", ind->comparisons[k].unit);
        S_set(c, "area", ind->comparisons[k].area);
      }
    }
  }
  if (p->statements.n) {
    xmlNodePtr o = xmlNewChild(root, NULL, BAD_CAST "requirement-statements", NULL);
    for (size_t i = 0; i < p->statements.n; i++) {
      const pd_fact *f = &p->statements.v[i];
      xmlNodePtr s = xmlNewChild(o, NULL, BAD_CAST "statement", NULL);
      S_set(s, "requirement", f->value);
      S_prov(s, &f->where);
    }
  }
  if (p->outline.n) {
    xmlNodePtr o = xmlNewChild(root, NULL, BAD_CAST "planned-outline", NULL);
    for (size_t i = 0; i < p->outline.n; i++) {
      const pd_fact *f = &p->outline.v[i];
      S_prov(pd_xml_add(o, "part", f->value ? f->value : ""), &f->where);
    }
  }
}

xmlDocPtr pd_plan_to_xml(const pd_plan *p) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "plan");
  xmlDocSetRootElement(doc, root);
  S_write_head(root, p);
  S_write_sections(root, p);
  S_write_facts(root, p);
  return doc;
}

/* ---- reading --------------------------------------------------------------------------- */

static unsigned long S_ul(xmlNodePtr n, const char *name) {
  char *v = pd_xml_attr(n, name);
  unsigned long x = v ? strtoul(v, NULL, 10) : 0;
  free(v);
  return x;
}

static long S_long_or(xmlNodePtr n, const char *name, long absent) {
  char *v = pd_xml_attr(n, name);
  long x = v ? strtol(v, NULL, 10) : absent;
  free(v);
  return x;
}

static void S_read_prov(xmlNodePtr n, pd_prov *p) {
  p->file = pd_xml_attr(n, "file");
  p->line = S_ul(n, "line");
  p->end_line = S_ul(n, "end-line");
  p->page = S_ul(n, "page");
  p->quote = pd_xml_attr(n, "quote");
  if (!p->quote)
    p->quote = pd_xstrdup("");
  char *ev = pd_xml_attr(n, "evidence");
  int e = pd_evidence_parse(ev);
  p->evidence = e < 0 ? PD_EV_NONE : (pd_evidence)e;
  free(ev);
}

/* A fact of element N: VALUE_ATTR's value (NULL: the element's text; ""
 * none) and its provenance. */
static void S_read_fact(xmlNodePtr n, const char *value_attr, pd_facts *into) {
  char *v = !value_attr ? pd_xml_text(n) : *value_attr ? pd_xml_attr(n, value_attr) : NULL;
  pd_fact *f = pd_facts_add(into, NULL);
  f->value = v;
  S_read_prov(n, &f->where);
}

static void S_read_mentions(xmlNodePtr parent, pd_facts *into) {
  for (xmlNodePtr c = parent->children; c; c = c->next)
    if (pd_xml_is(c, "mention"))
      S_read_fact(c, "", into);
}

static void S_read_measure(pd_plan *p, xmlNodePtr n) {
  pd_measure *m = pd_plan_add_measure(p);
  m->id = pd_xml_attr(n, "id");
  m->ref = pd_xml_attr(n, "ref");
  char *use = pd_xml_attr(n, "use");
  int u = pd_use_parse(use);
  m->use = u < 0 ? PD_USE_RUNS : (pd_use)u;
  free(use);
  m->family = pd_xml_attr(n, "family");
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (pd_xml_is(c, "name")) {
      free(m->name);
      m->name = pd_xml_text(c);
    } else if (pd_xml_is(c, "theme")) {
      free(m->theme);
      m->theme = pd_xml_text(c);
    } else if (pd_xml_is(c, "level")) {
      S_read_fact(c, "value", &m->levels);
    } else if (pd_xml_is(c, "status")) {
      S_read_fact(c, "value", &m->status);
    } else if (pd_xml_is(c, "responsible")) {
      S_read_fact(c, "ref", &m->responsible);
    } else if (pd_xml_is(c, "mention")) {
      S_read_fact(c, "", &m->mentions);
    } else if ((pd_xml_is(c, "target-group") && !m->target_group) ||
               (pd_xml_is(c, "arena") && !m->arena)) {
      pd_fact **slot = pd_xml_is(c, "arena") ? &m->arena : &m->target_group;
      *slot = pd_xcalloc(1, sizeof **slot);
      (*slot)->value = pd_xml_text(c);
      S_read_prov(c, &(*slot)->where);
    }
  }
}

static void S_read_items(xmlNodePtr container, const char *key, pd_items *items) {
  for (xmlNodePtr c = container->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    pd_item *it = pd_items_add(items);
    it->ref = pd_xml_attr(c, key);
    it->name = pd_xml_attr(c, "name");
    it->count = S_long_or(c, "count", -1);
    S_read_mentions(c, &it->mentions);
  }
}

static void S_read_model(pd_plan *p, xmlNodePtr n) {
  pd_model *m = pd_plan_add_model(p);
  m->ref = pd_xml_attr(n, "ref");
  m->name = pd_xml_attr(n, "name");
  m->family = pd_xml_attr(n, "family");
  for (xmlNodePtr c = n->children; c; c = c->next)
    if (pd_xml_is(c, "level")) {
      pd_model_level *l = pd_model_add_level(m);
      l->number = S_ul(c, "number");
      l->label = pd_xml_attr(c, "label");
      S_read_prov(c, &l->where);
    }
  S_read_mentions(n, &m->mentions);
}

static void S_read_indicator(pd_plan *p, xmlNodePtr n) {
  pd_indicator *ind = pd_plan_add_indicator(p);
  ind->value = pd_xml_attr(n, "value");
  ind->unit = pd_xml_attr(n, "unit");
  ind->year = pd_xml_attr(n, "year");
  S_read_prov(n, &ind->where);
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (pd_xml_is(c, "what")) {
      free(ind->what);
      ind->what = pd_xml_text(c);
    } else if (pd_xml_is(c, "comparison")) {
      pd_comparison_figure *f = pd_indicator_add_comparison(ind);
      f->value = pd_xml_attr(c, "value");
      f->unit = pd_xml_attr(c, "unit");
      f->area = pd_xml_attr(c, "area");
    }
  }
}

static void S_read_head(pd_plan *p, xmlNodePtr n) {
  if (pd_xml_is(n, "generator")) {
    p->generator_version = pd_xml_attr(n, "version");
    p->libxml2 = pd_xml_attr(n, "libxml2");
    p->libxslt = pd_xml_attr(n, "libxslt");
    p->thesaurus_version = pd_xml_attr(n, "thesaurus");
    p->thesaurus_sha256 = pd_xml_attr(n, "thesaurus-sha256");
  } else if (pd_xml_is(n, "municipality")) {
    p->municipality.id = pd_xml_attr(n, "id");
    p->municipality.name = pd_xml_attr(n, "name");
    p->municipality.kommunenummer = pd_xml_attr(n, "kommunenummer");
    p->municipality.county = pd_xml_attr(n, "county");
  } else if (pd_xml_is(n, "document")) {
    pd_document *d = pd_plan_add_document(p);
    d->file = pd_xml_attr(n, "file");
    d->doc_type = pd_xml_attr(n, "doc-type");
    d->year = S_long_or(n, "year", -1);
    d->lines = S_long_or(n, "lines", -1);
    d->encoding = pd_xml_attr(n, "encoding");
    d->title = pd_xml_attr(n, "title");
    d->language = pd_xml_attr(n, "language");
    d->sha256 = pd_xml_attr(n, "sha256");
  }
}

static void S_read_lists(pd_plan *p, xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (pd_xml_is(c, "section")) {
      pd_section *s = pd_plan_add_section(p);
      s->level = (int)S_ul(c, "level");
      s->number = pd_xml_attr(c, "number");
      s->text = pd_xml_text(c);
      S_read_prov(c, &s->where);
    } else if (pd_xml_is(c, "law")) {
      pd_law *l = pd_plan_add_law(p);
      l->ref = pd_xml_attr(c, "ref");
      l->name = pd_xml_attr(c, "name");
      S_read_prov(c, &l->where);
    } else if (pd_xml_is(c, "goal")) {
      pd_goal *g = pd_plan_add_goal(p);
      g->id = pd_xml_attr(c, "id");
      char *kind = pd_xml_attr(c, "kind");
      int k = pd_goal_kind_parse(kind);
      g->kind = k < 0 ? PD_GOAL_GOAL : (pd_goal_kind)k;
      free(kind);
      g->section = pd_xml_attr(c, "section");
      g->text = pd_xml_text(c);
      S_read_prov(c, &g->where);
    } else if (pd_xml_is(c, "measure")) {
      S_read_measure(p, c);
    } else if (pd_xml_is(c, "model")) {
      S_read_model(p, c);
    } else if (pd_xml_is(c, "entry")) {
      pd_matrix_entry *e = pd_plan_add_matrix_entry(p);
      e->risk = pd_xml_attr(c, "risk");
      e->level = pd_xml_attr(c, "level");
      e->service = pd_xml_attr(c, "service");
      S_read_prov(c, &e->where);
    } else if (pd_xml_is(c, "indicator")) {
      S_read_indicator(p, c);
    } else if (pd_xml_is(c, "part")) {
      S_read_fact(c, NULL, &p->outline);
    } else if (pd_xml_is(c, "statement")) {
      S_read_fact(c, "requirement", &p->statements);
    }
  }
}

pd_plan *pd_plan_from_xml(xmlDocPtr doc) {
  pd_plan *p = pd_plan_new();
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (pd_xml_is(n, "generator") || pd_xml_is(n, "municipality") || pd_xml_is(n, "document"))
      S_read_head(p, n);
    else if (pd_xml_is(n, "services"))
      S_read_items(n, "ref", &p->services);
    else if (pd_xml_is(n, "risk-factors"))
      S_read_items(n, "ref", &p->risks);
    else if (pd_xml_is(n, "sdgs"))
      S_read_items(n, "number", &p->sdgs);
    else
      S_read_lists(p, n);
  }
  return p;
}
