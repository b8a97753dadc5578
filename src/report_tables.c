/* report_tables.c — measures, matrix, goals and coverage as TSV/CSV rows. */
#include "report_tables.h"

#include <stdlib.h>
#include <string.h>

#include "plan.h"

/* The first child element of PARENT called NAME (any name when NULL). */
static xmlNodePtr S_child(xmlNodePtr parent, const char *name) {
  for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (!name || xmlStrEqual(c->name, BAD_CAST name)))
      return c;
  return NULL;
}

/* The next sibling element of NODE with the same name. */
static xmlNodePtr S_next(xmlNodePtr node) {
  for (xmlNodePtr c = node->next; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, node->name))
      return c;
  return NULL;
}

/* A cell holding attribute NAME of N (empty when N or the attribute is
 * missing). */
static void S_attr(pd_table *t, xmlNodePtr n, const char *name) {
  xmlChar *v = n ? xmlGetProp(n, BAD_CAST name) : NULL;
  pd_table_cell(t, (const char *)v);
  xmlFree(v);
}

/* A cell holding the text of N. */
static void S_text(pd_table *t, xmlNodePtr n) {
  xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
  pd_table_cell(t, (const char *)v);
  xmlFree(v);
}

/* A cell joining, with ';', attribute NAME (or FALLBACK when it is
 * missing) of every child element of PARENT called ELEMENT. */
static void S_joined(pd_table *t, xmlNodePtr parent, const char *element, const char *name,
                     const char *fallback) {
  pd_buf v = PD_BUF_INIT;
  int i = 0;
  for (xmlNodePtr c = S_child(parent, element); c; c = S_next(c)) {
    xmlChar *a = xmlGetProp(c, BAD_CAST name);
    if (!a && fallback)
      a = xmlGetProp(c, BAD_CAST fallback);
    if (i++ > 0)
      pd_buf_putc(&v, ';');
    if (a)
      pd_buf_puts(&v, (const char *)a);
    xmlFree(a);
  }
  pd_table_cell(t, pd_buf_cstr(&v));
  pd_buf_free(&v);
}

/* A cell joining, with ';', the strength (strong, weak) of the evidence
 * of every child element of PARENT called ELEMENT, in the order of the
 * values S_joined writes. */
static void S_joined_strength(pd_table *t, xmlNodePtr parent, const char *element) {
  pd_buf v = PD_BUF_INIT;
  int i = 0;
  for (xmlNodePtr c = S_child(parent, element); c; c = S_next(c)) {
    xmlChar *a = xmlGetProp(c, BAD_CAST "evidence");
    int e = a ? pd_evidence_parse((const char *)a) : -1;
    if (i++ > 0)
      pd_buf_putc(&v, ';');
    pd_buf_puts(&v, e >= 0 ? pd_evidence_strength((pd_evidence)e) : "");
    xmlFree(a);
  }
  pd_table_cell(t, pd_buf_cstr(&v));
  pd_buf_free(&v);
}

/* --- measures, from plans --------------------------------------------- */

typedef struct ordered {
  xmlChar *municipality;
  size_t order;
  xmlNodePtr plan;
} ordered;

static int S_by_municipality(const void *a, const void *b) {
  const ordered *x = a, *y = b;
  int c = strcmp((const char *)x->municipality, (const char *)y->municipality);
  return c ? c : (x->order > y->order) - (x->order < y->order);
}

/* One measure of a plan as a row (the plan DOM is read here and nowhere
 * else in this file). */
static void S_measure_row(pd_table *t, xmlNodePtr mun, const xmlChar *municipality, xmlNodePtr m) {
  xmlNodePtr first = S_child(m, "mention");
  pd_table_cell(t, (const char *)municipality);
  S_attr(t, m, "ref");
  S_text(t, S_child(m, "name"));
  S_joined(t, m, "level", "value", NULL);
  S_attr(t, S_child(m, "status"), "value");
  S_joined(t, m, "responsible", "ref", "quote");
  S_attr(t, first, "file");
  S_attr(t, first, "line");
  S_attr(t, m, "use");
  S_attr(t, m, "kind");
  S_text(t, S_child(m, "theme"));
  S_attr(t, first, "quote");
  S_attr(t, mun, "kommunenummer");
  S_attr(t, mun, "county");
  S_joined_strength(t, m, "level");
  S_joined_strength(t, m, "status");
  S_joined_strength(t, m, "responsible");
  pd_table_end_row(t);
}

void pd_table_measures(xmlDocPtr *plans, size_t n, pd_table_format format, pd_buf *out) {
  static const char *const head[] = {"municipality",
                                     "ref",
                                     "name",
                                     "level",
                                     "status",
                                     "responsible",
                                     "file",
                                     "line",
                                     "use",
                                     "kind",
                                     "theme",
                                     "quote",
                                     "kommunenummer",
                                     "county",
                                     "level_strength",
                                     "status_strength",
                                     "responsible_strength"};
  pd_table t;
  pd_table_init(&t, out, format);
  pd_table_row(&t, head, (int)(sizeof head / sizeof head[0]));
  ordered *v = pd_xcalloc(n ? n : 1, sizeof *v);
  for (size_t i = 0; i < n; i++) {
    v[i].plan = xmlDocGetRootElement(plans[i]);
    xmlChar *id = xmlGetProp(S_child(v[i].plan, "municipality"), BAD_CAST "id");
    v[i].municipality = id ? id : xmlStrdup(BAD_CAST "");
    v[i].order = i;
  }
  qsort(v, n, sizeof *v, S_by_municipality);
  for (size_t i = 0; i < n; i++) {
    xmlNodePtr mun = S_child(v[i].plan, "municipality");
    for (xmlNodePtr m = S_child(S_child(v[i].plan, "measures"), "measure"); m; m = S_next(m))
      S_measure_row(&t, mun, v[i].municipality, m);
    xmlFree(v[i].municipality);
  }
  free(v);
}

/* --- tables of a comparison ------------------------------------------- */

/* The children called ELEMENT of the comparison's SECTION. */
static xmlNodePtr S_section(xmlDocPtr cmp, const char *section, const char *element) {
  return S_child(S_child(xmlDocGetRootElement(cmp), section), element);
}

/* The comparison's municipalities by id, so a row keyed by a municipality
 * id also carries its kommunenummer and county (the register's, copied
 * into the comparison by normalise and compare): tables then join with
 * public statistics without a lookup of their own. */
typedef struct keys {
  xmlNodePtr *v; /* municipality elements, sorted by id */
  size_t n;
} keys;

static int S_by_id(const void *a, const void *b) {
  xmlChar *x = xmlGetProp(*(xmlNodePtr const *)a, BAD_CAST "id");
  xmlChar *y = xmlGetProp(*(xmlNodePtr const *)b, BAD_CAST "id");
  int c = xmlStrcmp(x, y);
  xmlFree(x);
  xmlFree(y);
  return c;
}

static void S_keys_init(keys *k, xmlDocPtr cmp) {
  size_t cap = 0;
  k->v = NULL;
  k->n = 0;
  for (xmlNodePtr m = S_section(cmp, "municipalities", "municipality"); m; m = S_next(m)) {
    if (k->n == cap) {
      cap = cap ? 2 * cap : 16;
      k->v = pd_xrealloc(k->v, cap * sizeof(xmlNodePtr));
    }
    k->v[k->n++] = m;
  }
  if (k->n > 1)
    qsort(k->v, k->n, sizeof(xmlNodePtr), S_by_id);
}

/* The municipality element whose id is attribute ATTR of ROW, or NULL. */
static xmlNodePtr S_keys_find(const keys *k, xmlNodePtr row, const char *attr) {
  xmlChar *id = row ? xmlGetProp(row, BAD_CAST attr) : NULL;
  xmlNodePtr found = NULL;
  size_t lo = 0, hi = k->n;
  while (id && lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    xmlChar *m = xmlGetProp(k->v[mid], BAD_CAST "id");
    int c = xmlStrcmp(id, m);
    xmlFree(m);
    if (c == 0) {
      found = k->v[mid];
      break;
    }
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  xmlFree(id);
  return found;
}

/* The cells municipality, kommunenummer, county of the municipality whose id
 * is attribute ATTR of ROW. */
static void S_municipality(pd_table *t, const keys *k, xmlNodePtr row, const char *attr) {
  xmlNodePtr m = S_keys_find(k, row, attr);
  S_attr(t, row, attr);
  S_attr(t, m, "kommunenummer");
  S_attr(t, m, "county");
}

void pd_table_matrix(xmlDocPtr cmp, pd_table_format format, pd_buf *out) {
  static const char *const head[] = {"programme", "municipality", "kommunenummer", "county",
                                     "levels",    "status",       "responsible",   "file",
                                     "line",      "covered_by"};
  pd_table t;
  pd_table_init(&t, out, format);
  pd_table_row(&t, head, 10);
  keys k;
  S_keys_init(&k, cmp);
  for (xmlNodePtr p = S_section(cmp, "programmes", "programme"); p; p = S_next(p))
    for (xmlNodePtr c = S_child(p, "cell"); c; c = S_next(c)) {
      S_attr(&t, p, "ref");
      S_municipality(&t, &k, c, "municipality");
      static const char *const attrs[] = {"levels", "status", "responsible",
                                          "file",   "line",   "covered-by"};
      for (int i = 0; i < 6; i++)
        S_attr(&t, c, attrs[i]);
      pd_table_end_row(&t);
    }
  free(k.v);
}

/* Whether goal G of a municipality stands in a goal cluster (same file
 * and line). */
static int S_clustered(xmlDocPtr cmp, xmlNodePtr g) {
  xmlChar *file = xmlGetProp(g, BAD_CAST "file"), *line = xmlGetProp(g, BAD_CAST "line");
  int found = 0;
  for (xmlNodePtr cl = S_section(cmp, "goals", "cluster"); cl && !found; cl = S_next(cl))
    for (xmlNodePtr c = S_child(cl, "goal"); c && !found; c = S_next(c)) {
      xmlChar *f = xmlGetProp(c, BAD_CAST "file"), *l = xmlGetProp(c, BAD_CAST "line");
      found = f && l && file && line && xmlStrEqual(f, file) && xmlStrEqual(l, line);
      xmlFree(f);
      xmlFree(l);
    }
  xmlFree(file);
  xmlFree(line);
  return found;
}

void pd_table_goals(xmlDocPtr cmp, pd_table_format format, pd_buf *out) {
  static const char *const head[] = {"cluster", "municipality",  "kommunenummer", "county",
                                     "kind",    "terms",         "quote",         "file",
                                     "line",    "municipalities"};
  pd_table t;
  pd_table_init(&t, out, format);
  pd_table_row(&t, head, 10);
  keys k;
  S_keys_init(&k, cmp);
  for (xmlNodePtr cl = S_section(cmp, "goals", "cluster"); cl; cl = S_next(cl))
    for (xmlNodePtr g = S_child(cl, "goal"); g; g = S_next(g)) {
      S_attr(&t, cl, "id");
      S_municipality(&t, &k, g, "municipality");
      S_attr(&t, g, "kind");
      S_attr(&t, cl, "terms");
      S_attr(&t, g, "quote");
      S_attr(&t, g, "file");
      S_attr(&t, g, "line");
      S_attr(&t, cl, "municipalities");
      pd_table_end_row(&t);
    }
  /* Every other goal of every municipality, in no cluster: the table holds
   * all the goals the plans state, not only the shared ones. */
  for (xmlNodePtr m = S_section(cmp, "municipalities", "municipality"); m; m = S_next(m))
    for (xmlNodePtr g = S_child(m, "goal"); g; g = S_next(g)) {
      if (S_clustered(cmp, g))
        continue;
      pd_table_cell(&t, "");
      S_attr(&t, m, "id");
      S_attr(&t, m, "kommunenummer");
      S_attr(&t, m, "county");
      S_attr(&t, g, "kind");
      pd_table_cell(&t, "");
      S_attr(&t, g, "quote");
      S_attr(&t, g, "file");
      S_attr(&t, g, "line");
      pd_table_cell(&t, "1");
      pd_table_end_row(&t);
    }
  free(k.v);
}

void pd_table_coverage(xmlDocPtr cmp, pd_table_format format, pd_buf *out) {
  static const char *const head[] = {"municipality", "kommunenummer", "county",  "requirement",
                                     "status",       "law",           "quote",   "file",
                                     "line",         "doc_type",      "strength"};
  pd_table t;
  pd_table_init(&t, out, format);
  pd_table_row(&t, head, 11);
  keys k;
  S_keys_init(&k, cmp);
  for (xmlNodePtr p = S_section(cmp, "coverage", "plan"); p; p = S_next(p))
    for (xmlNodePtr r = S_child(p, "requirement"); r; r = S_next(r)) {
      xmlNodePtr e = S_child(r, "evidence");
      S_municipality(&t, &k, p, "municipality");
      S_attr(&t, r, "id");
      S_attr(&t, r, "status");
      S_attr(&t, p, "law");
      S_attr(&t, e, "quote");
      S_attr(&t, e, "file");
      S_attr(&t, e, "line");
      S_attr(&t, p, "doc-type");
      S_attr(&t, r, "strength");
      pd_table_end_row(&t);
    }
  free(k.v);
}
