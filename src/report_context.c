/* report_context.c — the <context> the pages read besides the comparison:
 * date and version, the vocabulary, the plans and the source texts. */
#include "report_context.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "datadir.h"
#include "diag.h"
#include "format.h"
#include "input.h"
#include "xmlio.h"

void pd_report_date(char out[11]) {
  time_t when = time(NULL);
  const char *epoch = getenv("SOURCE_DATE_EPOCH");
  if (epoch && *epoch) {
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(epoch, &end, 10);
    if (errno == 0 && end && *end == '\0' && epoch[0] != '-')
      when = (time_t)v;
    else
      pd_warning("SOURCE_DATE_EPOCH", 0, "not a number of seconds: '%s'; using today's date",
                 epoch);
  }
  struct tm tm;
  if (!gmtime_r(&when, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
    snprintf(out, 11, "%s", "0000-00-00");
}

/* The thesaurus entries the pages name things by, without the aliases and
 * cues only the matcher needs. A thesaurus that cannot be read leaves the
 * vocabulary empty: the pages then show ids, and the reason was reported. */
static void S_vocabulary(xmlNodePtr context, const char *thesaurus) {
  xmlNodePtr vocab = xmlNewChild(context, NULL, BAD_CAST "vocabulary", NULL);
  char *path = thesaurus ? pd_xstrdup(thesaurus) : pd_data_path("thesaurus/thesaurus.xml");
  xmlDocPtr th = pd_xml_load(path, NULL);
  free(path);
  if (!th)
    return;
  for (xmlNodePtr e = xmlDocGetRootElement(th)->children; e; e = e->next) {
    if (!pd_xml_is(e, "entry"))
      continue;
    xmlNodePtr copy = xmlDocCopyNode(e, context->doc, 1);
    xmlNodePtr next;
    for (xmlNodePtr c = copy->children; c; c = next) {
      next = c->next;
      if (c->type != XML_ELEMENT_NODE || pd_xml_is(c, "alias") || pd_xml_is(c, "cue")) {
        xmlUnlinkNode(c);
        xmlFreeNode(c);
      }
    }
    xmlAddChild(vocab, copy);
  }
  xmlFreeDoc(th);
}

/* Lends each plan's root to the context: moved, not copied (a national
 * run's plans are hundreds of megabytes as trees); pd_report_context_detach
 * gives them back. */
static void S_plans(xmlNodePtr context, xmlDocPtr *plans, size_t nplans) {
  xmlNodePtr list = xmlNewChild(context, NULL, BAD_CAST "plans", NULL);
  for (size_t i = 0; i < nplans; i++) {
    xmlNodePtr root = xmlDocGetRootElement(plans[i]);
    if (root) {
      xmlUnlinkNode(root);
      xmlAddChild(list, root);
    }
  }
}

/* A line the pages quote with its neighbours: FILE:LINE. */
typedef struct cited {
  const xmlChar *file;
  long line;
} cited;

typedef struct citations {
  cited *v;
  size_t n, cap;
} citations;

static int S_cited_cmp(const void *a, const void *b) {
  const cited *x = a, *y = b;
  int c = xmlStrcmp(x->file, y->file);
  return c ? c : (x->line > y->line) - (x->line < y->line);
}

static void S_cite(citations *c, xmlNodePtr e) {
  xmlAttrPtr file = xmlHasProp(e, BAD_CAST "file"), line = xmlHasProp(e, BAD_CAST "line");
  if (!file || !line || !file->children || !line->children)
    return;
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 256;
    c->v = pd_xrealloc(c->v, c->cap * sizeof *c->v);
  }
  c->v[c->n++] = (cited){file->children->content, atol((const char *)line->children->content)};
}

/* The lines the pages show in context: the § 15-1 checklist's evidence and
 * the law's citation (coverage/plan and its requirement/evidence). */
static void S_citations(xmlNodePtr root, citations *c) {
  for (xmlNodePtr s = root->children; s; s = s->next)
    for (xmlNodePtr p = pd_xml_is(s, "coverage") ? s->children : NULL; p; p = p->next) {
      if (!pd_xml_is(p, "plan"))
        continue;
      S_cite(c, p);
      for (xmlNodePtr r = p->children; r; r = r->next)
        for (xmlNodePtr e = pd_xml_is(r, "requirement") ? r->children : NULL; e; e = e->next)
          if (pd_xml_is(e, "evidence"))
            S_cite(c, e);
    }
  if (c->n > 1)
    qsort(c->v, c->n, sizeof *c->v, S_cited_cmp);
}

/* Whether line N of FILE lies near a line cited in C (the context-lines
 * template shows two lines before and three after). */
static int S_near_cited(const citations *c, const xmlChar *file, long n) {
  size_t lo = 0, hi = c->n;
  cited key = {file, n - 3};
  while (lo < hi) { /* the first citation at or after FILE:N-3 */
    size_t mid = lo + (hi - lo) / 2;
    if (S_cited_cmp(&c->v[mid], &key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < c->n && xmlStrEqual(c->v[lo].file, file) && c->v[lo].line <= n + 2;
}

/* Whether FILE was already added to SOURCES. */
static int S_has_source(xmlNodePtr sources, const xmlChar *file) {
  for (xmlNodePtr s = sources->children; s; s = s->next) {
    xmlChar *f = xmlGetProp(s, BAD_CAST "file");
    int same = f && xmlStrEqual(f, file);
    xmlFree(f);
    if (same)
      return 1;
  }
  return 0;
}

/* FILE's lines as <l n=>, when it is a text or HTML document readable from
 * here: the lines its provenance counts (after the reader's decoding). PDF,
 * DOCX and ODT count pages, paragraphs or extracted lines that only their
 * reader knows, so they get no source view. A file that is gone (a saved
 * comparison rendered elsewhere) is passed over in silence. */
static void S_source(xmlNodePtr sources, const xmlChar *file, const citations *only) {
  const char *path = (const char *)file;
  if (access(path, R_OK) != 0)
    return;
  pd_buf bytes = PD_BUF_INIT;
  if (pd_bytes_load(path, NULL, &bytes, NULL) != 0) {
    pd_buf_free(&bytes);
    return;
  }
  pd_format format = pd_format_sniff(path, pd_buf_cstr(&bytes), bytes.len, NULL);
  if (format == PD_FORMAT_TEXT || format == PD_FORMAT_HTML) {
    pd_text text;
    int quiet = pd_diag_is_quiet();
    pd_diag_set_quiet(1); /* the reader reported the repairs already */
    pd_text_decode(path, pd_buf_cstr(&bytes), bytes.len, &text);
    pd_diag_set_quiet(quiet);
    xmlNodePtr src = xmlNewChild(sources, NULL, BAD_CAST "source", NULL);
    xmlNewProp(src, BAD_CAST "file", file);
    long n = 1;
    for (char *line = text.data; line && *line; n++) {
      char *nl = strchr(line, '\n');
      if (nl)
        *nl = '\0';
      for (char *p = line; *p; p++)
        if (*p == '\f' || *p == '\t')
          *p = ' '; /* \f (a PDF page break) is not allowed in XML */
      if (!only) {  /* a source page's line, ready to copy (source.xsl) */
        char id[32], href[32], num[24];
        snprintf(num, sizeof num, "%ld", n);
        snprintf(id, sizeof id, "L%ld", n);
        snprintf(href, sizeof href, "#L%ld", n);
        xmlNodePtr div = xmlNewChild(src, NULL, BAD_CAST "div", NULL);
        xmlNewProp(div, BAD_CAST "id", BAD_CAST id);
        xmlNodePtr a = xmlNewTextChild(div, NULL, BAD_CAST "a", BAD_CAST num);
        xmlNewProp(a, BAD_CAST "class", BAD_CAST "n");
        xmlNewProp(a, BAD_CAST "href", BAD_CAST href);
        xmlNewTextChild(div, NULL, BAD_CAST "span", BAD_CAST line);
      } else if (S_near_cited(only, file, n)) {
        xmlNodePtr l = xmlNewTextChild(src, NULL, BAD_CAST "l", BAD_CAST line);
        pd_xml_set_int(l, "n", n);
      }
      line = nl ? nl + 1 : NULL;
    }
    pd_text_free(&text);
  }
  pd_buf_free(&bytes);
}

static void S_sources(xmlNodePtr context, xmlNodePtr root) {
  xmlNodePtr sources = xmlNewChild(context, NULL, BAD_CAST "sources", NULL);
  citations only = {NULL, 0, 0};
  S_citations(root, &only);
  for (xmlNodePtr s = root->children; s; s = s->next) {
    if (!pd_xml_is(s, "municipalities"))
      continue;
    for (xmlNodePtr m = s->children; m; m = m->next)
      for (xmlNodePtr d = pd_xml_is(m, "municipality") ? m->children : NULL; d; d = d->next) {
        xmlChar *file = pd_xml_is(d, "document") ? xmlGetProp(d, BAD_CAST "file") : NULL;
        if (file && !S_has_source(sources, file))
          S_source(sources, file, &only);
        xmlFree(file);
      }
  }
  free(only.v);
}

xmlNodePtr pd_report_context_attach(xmlDocPtr cmp, xmlDocPtr *plans, size_t nplans,
                                    const char *thesaurus) {
  xmlNodePtr root = xmlDocGetRootElement(cmp);
  xmlNodePtr context = xmlNewDocNode(cmp, NULL, BAD_CAST "context", NULL);
  char date[11];
  pd_report_date(date);
  xmlNewProp(context, BAD_CAST "date", BAD_CAST date);
  xmlNewProp(context, BAD_CAST "version", BAD_CAST PLANDIFF_VERSION);
  xmlAddChild(root, context);
  S_vocabulary(context, thesaurus);
  S_plans(context, plans, nplans);
  S_sources(context, root);
  return context;
}

void pd_report_context_detach(xmlNodePtr context, xmlDocPtr *plans, size_t nplans) {
  xmlNodePtr list = NULL;
  for (xmlNodePtr c = context->children; c && !list; c = c->next)
    if (pd_xml_is(c, "plans"))
      list = c;
  for (size_t i = 0; list && i < nplans; i++)
    if (!xmlDocGetRootElement(plans[i]) && list->children) {
      xmlNodePtr root = list->children;
      xmlUnlinkNode(root);
      xmlDocSetRootElement(plans[i], root);
    }
  xmlUnlinkNode(context);
  xmlFreeNode(context);
}

/* The first child of PARENT called NAME, or NULL. */
static xmlNodePtr S_child(xmlNodePtr parent, const char *name) {
  for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
    if (pd_xml_is(c, name))
      return c;
  return NULL;
}

/* A copy of E with its attributes and, deep, its children called NAME (or
 * NAME2), appended to PARENT. */
static void S_copy_with(xmlNodePtr parent, xmlNodePtr e, const char *name, const char *name2) {
  xmlNodePtr copy = xmlDocCopyNode(e, parent->doc, 2);
  for (xmlNodePtr c = e->children; c; c = c->next)
    if (pd_xml_is(c, name) || (name2 && pd_xml_is(c, name2)))
      xmlAddChild(copy, xmlDocCopyNode(c, parent->doc, 1));
  xmlAddChild(parent, copy);
}

/* A new element LIST under TO holding each ITEM of FROM's LIST, copied
 * with only its KEEP and KEEP2 children (S_copy_with). */
static void S_copy_list(xmlNodePtr to, xmlNodePtr from, const char *list, const char *item,
                        const char *keep, const char *keep2) {
  xmlNodePtr out = xmlNewChild(to, NULL, BAD_CAST list, NULL);
  xmlNodePtr in = S_child(from, list);
  for (xmlNodePtr n = in ? in->children : NULL; n; n = n->next)
    if (pd_xml_is(n, item))
      S_copy_with(out, n, keep, keep2);
}

static int S_listed(const xmlChar *file, const char *const *files, size_t n) {
  for (size_t i = 0; file && i < n; i++)
    if (xmlStrEqual(file, BAD_CAST files[i]))
      return 1;
  return 0;
}

xmlDocPtr pd_report_sources_doc(xmlDocPtr cmp, const char *const *files, size_t nfiles) {
  xmlNodePtr from = xmlDocGetRootElement(cmp);
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlDocCopyNode(from, doc, 2);
  xmlDocSetRootElement(doc, root);
  xmlNodePtr gen = S_child(from, "generator");
  if (gen)
    xmlAddChild(root, xmlDocCopyNode(gen, doc, 1));
  S_copy_list(root, from, "municipalities", "municipality", "document", NULL);
  xmlNodePtr pages = S_child(from, "pages");
  if (pages) { /* every page but the other source pages */
    xmlNodePtr list = xmlDocCopyNode(pages, doc, 2);
    xmlAddChild(root, list);
    for (xmlNodePtr pg = pages->children; pg; pg = pg->next) {
      if (!pd_xml_is(pg, "page"))
        continue;
      xmlChar *kind = xmlGetProp(pg, BAD_CAST "kind"), *key = xmlGetProp(pg, BAD_CAST "key");
      if (!xmlStrEqual(kind, BAD_CAST "source") || S_listed(key, files, nfiles))
        xmlAddChild(list, xmlDocCopyNode(pg, doc, 1));
      xmlFree(kind);
      xmlFree(key);
    }
  }
  xmlNodePtr context = S_child(from, "context");
  if (context) {
    xmlNodePtr ctx = xmlDocCopyNode(context, doc, 2);
    xmlAddChild(root, ctx);
    xmlNodePtr vocab = S_child(context, "vocabulary");
    if (vocab)
      xmlAddChild(ctx, xmlDocCopyNode(vocab, doc, 1));
    S_copy_list(ctx, context, "plans", "plan", "municipality", "document");
    xmlNodePtr sources = xmlNewChild(ctx, NULL, BAD_CAST "sources", NULL);
    for (size_t i = 0; i < nfiles; i++)
      S_source(sources, BAD_CAST files[i], NULL);
  }
  return doc;
}
