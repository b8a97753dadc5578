/* compare_doc.c — the one loader: a plan's XML into a pd_cmp_doc.
 *
 * When the plan reader (plan_xml.c) lands, pd_cmp_doc_load reads its
 * struct instead of the DOM; nothing else in compare changes. */
#include "compare_doc.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "manifest.h"
#include "xmlio.h"

static const char *const USES[] = {"literature", "example", "planned", "runs"};

const char *pd_cmp_use_name(int use) {
  return USES[use >= PD_USE_LITERATURE && use <= PD_USE_RUNS ? use : PD_USE_RUNS];
}

/* An unknown or missing use counts as running: the plan names it as its own. */
static int S_use(const char *u) {
  for (int i = 0; i < 4; i++)
    if (u && strcmp(u, USES[i]) == 0)
      return i;
  return PD_USE_RUNS;
}

static int S_is(xmlNodePtr n, const char *name) {
  return n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

static xmlNodePtr S_child(xmlNodePtr n, const char *name) {
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    if (S_is(c, name))
      return c;
  return NULL;
}

static char *S_text(xmlNodePtr n) {
  xmlChar *v = xmlNodeGetContent(n);
  char *s = pd_xstrdup(v ? (const char *)v : "");
  xmlFree(v);
  return s;
}

/* N's file, line and quote; N may be NULL. */
static void S_prov(pd_cmp_prov *p, xmlNodePtr n) {
  p->file = pd_xml_attr(n, "file");
  p->quote = pd_xml_attr(n, "quote");
  p->evidence = pd_xml_attr(n, "evidence");
  char *l = pd_xml_attr(n, "line");
  p->line = l ? strtoul(l, NULL, 10) : 1;
  free(l);
  l = pd_xml_attr(n, "end-line");
  p->end_line = l ? strtoul(l, NULL, 10) : p->line;
  free(l);
  if (!p->file)
    p->file = pd_xstrdup("");
  if (!p->quote)
    p->quote = pd_xstrdup("");
}

static void S_prov_free(pd_cmp_prov *p) {
  free(p->file);
  free(p->quote);
  free(p->evidence);
}

static void S_push(char ***v, size_t *n, char *s) {
  *v = pd_xrealloc(*v, (*n + 1) * sizeof **v);
  (*v)[(*n)++] = s;
}

static void S_strings_free(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

/* The attribute NAME of every child element CHILD of N, "" when absent. */
static void S_child_attrs(xmlNodePtr n, const char *child, const char *name, char ***v,
                          size_t *count) {
  for (xmlNodePtr c = n->children; c; c = c->next)
    if (S_is(c, child)) {
      char *a = pd_xml_attr(c, name);
      S_push(v, count, a ? a : pd_xstrdup(""));
    }
}

static void S_measure(pd_cmp_measure *m, xmlNodePtr n) {
  memset(m, 0, sizeof *m);
  m->ref = pd_xml_attr(n, "ref");
  char *use = pd_xml_attr(n, "use");
  m->use = S_use(use);
  free(use);
  xmlNodePtr name = S_child(n, "name");
  m->name = name ? S_text(name) : NULL;
  S_child_attrs(n, "level", "value", &m->levels, &m->nlevels);
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (S_is(c, "responsible")) {
      char *r = pd_xml_attr(c, "ref");
      if (!r)
        r = pd_xml_attr(c, "quote");
      if (r)
        S_push(&m->responsible, &m->nresponsible, r);
    } else if (S_is(c, "status") && !m->status) {
      m->status = pd_xml_attr(c, "value");
    }
  }
  xmlNodePtr mention = S_child(n, "mention");
  m->has_mention = mention != NULL;
  S_prov(&m->mention, mention);
}

static void S_facts(xmlNodePtr list, const char *element, const char *attr, pd_cmp_fact **v,
                    size_t *n) {
  for (xmlNodePtr e = list ? list->children : NULL; e; e = e->next)
    if (S_is(e, element)) {
      *v = pd_xrealloc(*v, (*n + 1) * sizeof **v);
      pd_cmp_fact *f = &(*v)[(*n)++];
      f->value = attr ? pd_xml_attr(e, attr) : S_text(e);
      S_prov(&f->where, e);
    }
}

void pd_cmp_doc_load(pd_cmp_doc *doc, xmlDocPtr plan) {
  memset(doc, 0, sizeof *doc);
  xmlNodePtr root = xmlDocGetRootElement(plan);
  xmlNodePtr mun = S_child(root, "municipality"), d = S_child(root, "document");
  doc->id = pd_xml_attr(mun, "id");
  doc->name = pd_xml_attr(mun, "name");
  doc->county = pd_xml_attr(mun, "county");
  doc->kommunenummer = pd_xml_attr(mun, "kommunenummer");
  doc->file = pd_xml_attr(d, "file");
  if (!doc->file)
    doc->file = pd_xstrdup("");
  if (!doc->id) /* schema/plan.rng requires one; the one rule of manifest.h */
    doc->id = pd_municipality_fallback(doc->file);
  doc->doc_type = pd_xml_attr(d, "doc-type");
  doc->year_text = pd_xml_attr(d, "year");
  doc->sha256 = pd_xml_attr(d, "sha256");
  doc->year = doc->year_text ? strtoul(doc->year_text, NULL, 10) : 0;

  xmlNodePtr ms = S_child(root, "measures");
  for (xmlNodePtr m = ms ? ms->children : NULL; m; m = m->next)
    if (S_is(m, "measure")) {
      doc->measures = pd_xrealloc(doc->measures, (doc->nmeasures + 1) * sizeof *doc->measures);
      S_measure(&doc->measures[doc->nmeasures++], m);
    }
  xmlNodePtr svc = S_child(root, "services");
  for (xmlNodePtr s = svc ? svc->children : NULL; s; s = s->next)
    if (S_is(s, "service")) {
      char *r = pd_xml_attr(s, "ref");
      if (r)
        S_push(&doc->services, &doc->nservices, r);
    }
  xmlNodePtr gs = S_child(root, "goals");
  for (xmlNodePtr g = gs ? gs->children : NULL; g; g = g->next)
    if (S_is(g, "goal")) {
      doc->goals = pd_xrealloc(doc->goals, (doc->ngoals + 1) * sizeof *doc->goals);
      pd_cmp_goal *goal = &doc->goals[doc->ngoals++];
      goal->kind = pd_xml_attr(g, "kind");
      goal->text = S_text(g);
      S_prov(&goal->where, g);
    }
  S_facts(S_child(root, "legal-basis"), "law", "ref", &doc->laws, &doc->nlaws);
  S_facts(S_child(root, "sections"), "section", NULL, &doc->sections, &doc->nsections);
  S_facts(S_child(root, "requirement-statements"), "statement", "requirement", &doc->statements,
          &doc->nstatements);
  S_facts(S_child(root, "responsibility-matrix"), "entry", "service", &doc->entries,
          &doc->nentries);
  xmlNodePtr co = S_child(root, "cooperation");
  for (xmlNodePtr m = co ? co->children : NULL; m; m = m->next)
    if (S_is(m, "model")) {
      doc->models = pd_xrealloc(doc->models, (doc->nmodels + 1) * sizeof *doc->models);
      pd_cmp_model *o = &doc->models[doc->nmodels++];
      memset(o, 0, sizeof *o);
      o->ref = pd_xml_attr(m, "ref");
      o->name = pd_xml_attr(m, "name");
      o->family = pd_xml_attr(m, "family");
      S_child_attrs(m, "level", "number", &o->levels, &o->nlevels);
      xmlNodePtr mention = S_child(m, "mention");
      o->has_mention = mention != NULL;
      S_prov(&o->mention, mention);
      for (xmlNodePtr e = m->children; e; e = e->next)
        if (S_is(e, "mention")) {
          char *l = pd_xml_attr(e, "line");
          o->mention_lines =
              pd_xrealloc(o->mention_lines, (o->nmention_lines + 1) * sizeof *o->mention_lines);
          unsigned long *at = &o->mention_lines[o->nmention_lines++];
          *at = l ? strtoul(l, NULL, 10) : 1;
          free(l);
        }
    }
}

static void S_facts_free(pd_cmp_fact *v, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(v[i].value);
    S_prov_free(&v[i].where);
  }
  free(v);
}

void pd_cmp_doc_free(pd_cmp_doc *doc) {
  free(doc->id);
  free(doc->name);
  free(doc->county);
  free(doc->kommunenummer);
  free(doc->file);
  free(doc->doc_type);
  free(doc->year_text);
  free(doc->sha256);
  for (size_t i = 0; i < doc->nmeasures; i++) {
    pd_cmp_measure *m = &doc->measures[i];
    free(m->ref);
    free(m->name);
    free(m->status);
    S_strings_free(m->levels, m->nlevels);
    S_strings_free(m->responsible, m->nresponsible);
    S_prov_free(&m->mention);
  }
  free(doc->measures);
  S_strings_free(doc->services, doc->nservices);
  for (size_t i = 0; i < doc->ngoals; i++) {
    free(doc->goals[i].kind);
    free(doc->goals[i].text);
    S_prov_free(&doc->goals[i].where);
  }
  free(doc->goals);
  S_facts_free(doc->laws, doc->nlaws);
  S_facts_free(doc->sections, doc->nsections);
  S_facts_free(doc->statements, doc->nstatements);
  S_facts_free(doc->entries, doc->nentries);
  for (size_t i = 0; i < doc->nmodels; i++) {
    pd_cmp_model *o = &doc->models[i];
    free(o->ref);
    free(o->name);
    free(o->family);
    S_strings_free(o->levels, o->nlevels);
    S_prov_free(&o->mention);
    free(o->mention_lines);
  }
  free(doc->models);
  memset(doc, 0, sizeof *doc);
}
