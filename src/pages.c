/* pages.c — which pages a report set has, and their file names. */
#include "pages.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "manifest.h"

static const char *const KIND_NAMES[PD_PAGE_KINDS] = {"index", "municipality", "programme",
                                                      "pair",  "source",       "table"};

/* Tables in the order the index offers them; measures needs the plans. */
static const char *const TABLES[] = {"measures", "matrix", "goals", "coverage"};
static const char *const FORMATS[] = {"tsv", "csv"};

const char *pd_page_kind_name(pd_page_kind kind) { return KIND_NAMES[kind]; }

static void S_add(pd_pages *pages, pd_page_kind kind, const char *key, const char *href) {
  pages->v = pd_xrealloc(pages->v, (pages->n + 1) * sizeof *pages->v);
  pd_page *p = &pages->v[pages->n++];
  p->kind = kind;
  p->key = pd_xstrdup(key);
  p->href = pd_xstrdup(href);
  pages->count[kind]++;
}

/* Adds a page named PREFIX + ATTR + ".html" for every ELEMENT of SECTION. */
static void S_add_each(pd_pages *pages, xmlNodePtr root, const char *section, const char *element,
                       const char *attr, pd_page_kind kind, const char *prefix) {
  for (xmlNodePtr s = root->children; s; s = s->next) {
    if (s->type != XML_ELEMENT_NODE || !xmlStrEqual(s->name, BAD_CAST section))
      continue;
    for (xmlNodePtr e = s->children; e; e = e->next) {
      if (e->type != XML_ELEMENT_NODE || !xmlStrEqual(e->name, BAD_CAST element))
        continue;
      xmlChar *v = xmlGetProp(e, BAD_CAST attr);
      if (v) {
        pd_buf href = PD_BUF_INIT;
        pd_buf_printf(&href, "%s%s.html", prefix, (const char *)v);
        S_add(pages, kind, (const char *)v, href.data);
        pd_buf_free(&href);
      }
      xmlFree(v);
    }
  }
}

static int S_is(xmlNodePtr n, const char *name) {
  return n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

static int S_cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A page for each pair of municipalities the comparison explains, when
 * there are few enough municipalities: every municipality's peers
 * (similarity/municipality/peer). The page is par-A-B.html with A before
 * B; its key names the municipality whose peer list explains it ("X|Y",
 * X's list), the first list met when both list each other. */
static void S_add_pairs(pd_pages *pages, xmlNodePtr root) {
  if (!pages->small)
    return;
  char **seen = NULL;
  size_t nseen = 0;
  for (xmlNodePtr s = root->children; s; s = s->next)
    for (xmlNodePtr e = S_is(s, "similarity") ? s->children : NULL; e; e = e->next) {
      xmlChar *a = S_is(e, "municipality") ? xmlGetProp(e, BAD_CAST "id") : NULL;
      for (xmlNodePtr p = a ? e->children : NULL; p; p = p->next) {
        xmlChar *b = S_is(p, "peer") ? xmlGetProp(p, BAD_CAST "id") : NULL;
        if (b) {
          int ab = xmlStrcmp(a, b) < 0;
          pd_buf href = PD_BUF_INIT, key = PD_BUF_INIT;
          pd_buf_printf(&href, "par-%s-%s.html", (const char *)(ab ? a : b),
                        (const char *)(ab ? b : a));
          char *h = href.data;
          if (!nseen || !bsearch(&h, seen, nseen, sizeof *seen, S_cmp_str)) {
            pd_buf_printf(&key, "%s|%s", (const char *)a, (const char *)b);
            S_add(pages, PD_PAGE_PAIR, key.data, href.data);
            seen = pd_xrealloc(seen, (nseen + 1) * sizeof *seen);
            seen[nseen++] = pd_buf_detach(&href);
            qsort(seen, nseen, sizeof *seen, S_cmp_str);
          }
          pd_buf_free(&href);
          pd_buf_free(&key);
        }
        xmlFree(b);
      }
      xmlFree(a);
    }
  for (size_t i = 0; i < nseen; i++)
    free(seen[i]);
  free(seen);
}

/* Whether a page already has HREF. */
static int S_taken(const pd_pages *pages, const char *href) {
  for (size_t i = 0; i < pages->n; i++)
    if (strcmp(pages->v[i].href, href) == 0)
      return 1;
  return 0;
}

/* A source-view page per document whose text the rendering holds
 * (context/sources/source): kilde-SLUG.html from the file's base name,
 * with -2, -3 ... when two files share one. */
static void S_add_sources(pd_pages *pages, xmlNodePtr root) {
  for (xmlNodePtr c = root->children; c; c = c->next)
    for (xmlNodePtr s = S_is(c, "context") ? c->children : NULL; s; s = s->next)
      for (xmlNodePtr src = S_is(s, "sources") ? s->children : NULL; src; src = src->next) {
        xmlChar *file = S_is(src, "source") ? xmlGetProp(src, BAD_CAST "file") : NULL;
        if (file) {
          const char *base = strrchr((const char *)file, '/');
          char *slug = pd_slug(base ? base + 1 : (const char *)file);
          pd_buf href = PD_BUF_INIT;
          for (int n = 1; n == 1 || S_taken(pages, href.data); n++) {
            pd_buf_truncate(&href, 0);
            pd_buf_printf(&href, "kilde-%s", *slug ? slug : "dokument");
            if (n > 1)
              pd_buf_printf(&href, "-%d", n);
            pd_buf_puts(&href, ".html");
          }
          S_add(pages, PD_PAGE_SOURCE, (const char *)file, href.data);
          pd_buf_free(&href);
          free(slug);
        }
        xmlFree(file);
      }
}

void pd_pages_plan(pd_pages *pages, xmlDocPtr cmp, int with_measures) {
  memset(pages, 0, sizeof *pages);
  xmlNodePtr root = xmlDocGetRootElement(cmp);
  S_add(pages, PD_PAGE_INDEX, "index", "index.html");
  S_add_each(pages, root, "municipalities", "municipality", "id", PD_PAGE_MUNICIPALITY, "kommune-");
  S_add_each(pages, root, "programmes", "programme", "ref", PD_PAGE_PROGRAMME, "program-");
  pages->small = pages->count[PD_PAGE_MUNICIPALITY] <= PD_SMALL_CORPUS;
  S_add_pairs(pages, root);
  S_add_sources(pages, root);
  for (size_t t = with_measures ? 0 : 1; t < sizeof TABLES / sizeof TABLES[0]; t++)
    for (size_t f = 0; f < 2; f++) {
      pd_buf name = PD_BUF_INIT;
      pd_buf_printf(&name, "%s.%s", TABLES[t], FORMATS[f]);
      S_add(pages, PD_PAGE_TABLE, name.data, name.data);
      pd_buf_free(&name);
    }
}

void pd_pages_free(pd_pages *pages) {
  for (size_t i = 0; i < pages->n; i++) {
    free(pages->v[i].key);
    free(pages->v[i].href);
  }
  free(pages->v);
  memset(pages, 0, sizeof *pages);
}

xmlNodePtr pd_pages_attach(const pd_pages *pages, xmlDocPtr cmp) {
  xmlNodePtr list = xmlNewDocNode(cmp, NULL, BAD_CAST "pages", NULL);
  xmlNewProp(list, BAD_CAST "heatmap", BAD_CAST(pages->small ? "grid" : "peers"));
  for (size_t i = 0; i < pages->n; i++) {
    const pd_page *p = &pages->v[i];
    xmlNodePtr e = xmlNewChild(list, NULL, BAD_CAST "page", NULL);
    xmlNewProp(e, BAD_CAST "kind", BAD_CAST KIND_NAMES[p->kind]);
    xmlNewProp(e, BAD_CAST "key", BAD_CAST p->key);
    xmlNewProp(e, BAD_CAST "href", BAD_CAST p->href);
    if (p->kind == PD_PAGE_PAIR) {
      const char *bar = strchr(p->key, '|');
      xmlChar *a = xmlStrndup(BAD_CAST p->key, (int)(bar - p->key));
      xmlNewProp(e, BAD_CAST "a", a);
      xmlNewProp(e, BAD_CAST "b", BAD_CAST(bar + 1));
      xmlFree(a);
    }
    if (p->kind == PD_PAGE_TABLE) {
      const char *dot = strrchr(p->key, '.');
      xmlChar *name = xmlStrndup(BAD_CAST p->key, (int)(dot - p->key));
      xmlNewProp(e, BAD_CAST "name", name);
      xmlNewProp(e, BAD_CAST "format", BAD_CAST(dot + 1));
      xmlFree(name);
    }
  }
  xmlAddChild(xmlDocGetRootElement(cmp), list);
  return list;
}

void pd_pages_detach(xmlNodePtr element) {
  xmlUnlinkNode(element);
  xmlFreeNode(element);
}
