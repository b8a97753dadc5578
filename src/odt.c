/* odt.c — an OpenDocument text's body into the document tree (see odt.h). */
#include "odt.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "budget.h"
#include "diag.h"
#include "doctree.h"
#include "xmlio.h"
#include "zipdoc.h"

enum { MAX_CITED = 16, MAX_LIST_DEPTH = 10 };

typedef struct odt {
  pd_tree tree;
  pd_span span;
  unsigned long para;        /* paragraphs read so far */
  int space;                 /* white space seen and not yet written (ODF collapses it) */
  xmlNodePtr auto_root;      /* content.xml's automatic styles */
  xmlNodePtr style_roots[2]; /* styles.xml's named and automatic styles */
  xmlNodePtr list;           /* the open list in the tree */
  long counter[MAX_LIST_DEPTH];
  xmlNodePtr cited[MAX_CITED]; /* note bodies cited by the current paragraph */
  int ncited;
} odt;

/* 1 when the attribute LOCAL of N equals VALUE. */
static int S_attr_is(xmlNodePtr n, const char *local, const char *value) {
  char *v = pd_xml_local_attr(n, local);
  int same = v && strcmp(v, value) == 0;
  free(v);
  return same;
}

/* The element named LOCAL (style, list-style) whose style:name is NAME, in
 * the automatic styles of content.xml first, then in styles.xml. */
static xmlNodePtr S_find_style(const odt *d, const char *local, const char *name) {
  xmlNodePtr roots[3] = {d->auto_root, d->style_roots[0], d->style_roots[1]};
  for (int r = 0; r < 3; r++)
    for (xmlNodePtr s = roots[r] ? roots[r]->children : NULL; s; s = s->next)
      if (pd_xml_is_local(s, local) && S_attr_is(s, "name", name))
        return s;
  return NULL;
}

/* The heading level a paragraph style STYLE gives (0 = none): its default
 * outline level, or a Title/Heading N name, following parent styles. */
static int S_style_level(const odt *d, const char *style) {
  char *name = style ? pd_xstrdup(style) : NULL;
  int level = 0;
  for (int hops = 0; name && hops < 10 && !level; hops++) {
    xmlNodePtr st = S_find_style(d, "style", name);
    char *outline = st ? pd_xml_local_attr(st, "default-outline-level") : NULL;
    if (outline && *outline)
      level = atoi(outline);
    else if (strcasecmp(name, "Title") == 0)
      level = 1;
    else if (strncasecmp(name, "Heading_20_", 11) == 0)
      level = atoi(name + 11);
    free(outline);
    free(name);
    name = st && !level ? pd_xml_local_attr(st, "parent-style-name") : NULL;
  }
  free(name);
  return level > 0 && level < 10 ? level : 0;
}

/* Text as ODF reads it: every run of white space is one space, and white
 * space at the start of a paragraph is none. */
static void S_text(odt *d, const char *s) {
  for (const char *p = s; *p;) {
    size_t run = strcspn(p, " \t\r\n");
    if (run) {
      if (d->space && d->span.text.len)
        pd_span_put(&d->span, " ", 1, d->para);
      d->space = 0;
      pd_span_put(&d->span, p, run, d->para);
      p += run;
    }
    size_t blank = strspn(p, " \t\r\n");
    if (blank)
      d->space = 1;
    p += blank;
  }
}

/* Elements whose text is not the document's: comments, the record of
 * tracked changes, frames (images, text boxes), and note citations (the
 * footnote's number, written again by the note). */
static int S_hidden(const char *local) {
  static const char *const hidden[] = {
      "annotation",    "annotation-end", "tracked-changes", "frame",
      "note-citation", "sequence-decls", "bookmark-ref",    NULL};
  for (int i = 0; hidden[i]; i++)
    if (strcmp(local, hidden[i]) == 0)
      return 1;
  return 0;
}

/* Appends the visible text under N to the span. */
static void S_runs(odt *d, xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      S_text(d, (const char *)c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE)
      continue;
    const char *l = (const char *)c->name;
    if (strcmp(l, "s") == 0 || strcmp(l, "tab") == 0 || strcmp(l, "line-break") == 0) {
      /* explicit spaces, tabs and line breaks: one space, the words are what matter */
      d->space = 1;
    } else if (strcmp(l, "note") == 0) {
      xmlNodePtr body = pd_xml_local_child(c, "note-body");
      if (body && d->ncited < MAX_CITED)
        d->cited[d->ncited++] = body;
    } else if (strcmp(l, "a") == 0) {
      char *href = pd_xml_local_attr(c, "href");
      size_t start = d->span.text.len + (d->space && d->span.text.len ? 1 : 0);
      S_runs(d, c);
      if (href && *href && d->span.text.len > start)
        pd_span_link_range(&d->span, start, d->span.text.len, href, strlen(href));
      free(href);
    } else if (!S_hidden(l)) {
      S_runs(d, c); /* span, change-start/end, meta, field values ... */
    }
  }
}

/* Starts the span of a new paragraph. */
static void S_start(odt *d) {
  d->para++;
  pd_span_reset(&d->span);
  d->space = 0;
}

static void S_close_list(odt *d) {
  if (d->list)
    pd_tree_close(&d->tree, d->list, NULL);
  d->list = NULL;
  memset(d->counter, 0, sizeof d->counter);
}

/* The notes cited by the paragraph just written, as paragraphs standing at
 * its number. */
static void S_notes(odt *d, unsigned long at) {
  int n = d->ncited;
  d->ncited = 0;
  unsigned long saved = d->para;
  for (int i = 0; i < n; i++) {
    pd_span_reset(&d->span);
    d->space = 0;
    d->para = at;
    for (xmlNodePtr p = d->cited[i]->children; p; p = p->next)
      if (pd_xml_is_local(p, "p") || pd_xml_is_local(p, "h")) {
        d->space = 1;
        S_runs(d, p);
      }
    if (!pd_span_blank(&d->span))
      pd_tree_paragraph(&d->tree, &d->span);
  }
  d->para = saved;
  pd_span_reset(&d->span);
}

/* A heading of LEVEL or a paragraph from the span of P. */
static void S_paragraph(odt *d, xmlNodePtr p, int heading) {
  S_start(d);
  S_runs(d, p);
  if (pd_span_blank(&d->span)) {
    d->ncited = 0;
    return;
  }
  char *style = pd_xml_local_attr(p, "style-name");
  int level = 0;
  if (heading) {
    char *ol = pd_xml_local_attr(p, "outline-level");
    level = ol && *ol ? atoi(ol) : 0;
    free(ol);
  }
  if (!level)
    level = S_style_level(d, style);
  if (heading && !level)
    level = 1; /* text:h without a level is a heading all the same */
  free(style);
  S_close_list(d);
  if (level > 0 && level < 10)
    pd_tree_section(&d->tree, level, "style", NULL, &d->span);
  else
    pd_tree_paragraph(&d->tree, &d->span);
  S_notes(d, d->para);
}

/* Whether level DEPTH (1-based) of list style NAME numbers its items. */
static int S_numbered(const odt *d, const char *name, int depth) {
  xmlNodePtr ls = name ? S_find_style(d, "list-style", name) : NULL;
  char want[16];
  snprintf(want, sizeof want, "%d", depth);
  for (xmlNodePtr l = ls ? ls->children : NULL; l; l = l->next)
    if (l->type == XML_ELEMENT_NODE && S_attr_is(l, "level", want)) {
      if (!pd_xml_is_local(l, "list-level-style-number"))
        return 0;
      char *fmt = pd_xml_local_attr(l, "num-format");
      int numbered = fmt && *fmt; /* an empty format shows no number */
      free(fmt);
      return numbered;
    }
  return 0;
}

static void S_list(odt *d, xmlNodePtr list, const char *style, int depth);

/* One list item's paragraphs (a heading inside a list stays a heading). */
static void S_item(odt *d, xmlNodePtr item, const char *style, int depth) {
  int first = 1;
  for (xmlNodePtr c = item->children; c; c = c->next) {
    if (pd_xml_is_local(c, "list")) {
      S_list(d, c, style, depth + 1);
    } else if (pd_xml_is_local(c, "h")) {
      S_paragraph(d, c, 1);
    } else if (pd_xml_is_local(c, "p")) {
      S_start(d);
      S_runs(d, c);
      if (pd_span_blank(&d->span)) {
        d->ncited = 0;
        continue;
      }
      if (!d->list)
        d->list = pd_tree_open(&d->tree, pd_tree_container(&d->tree), "list");
      xmlNodePtr node = pd_tree_text(&d->tree, d->list, "item", &d->span);
      int lv = depth < 1 ? 0 : depth > MAX_LIST_DEPTH ? MAX_LIST_DEPTH - 1 : depth - 1;
      char marker[32] = "•";
      if (S_numbered(d, style, depth)) {
        if (first)
          d->counter[lv]++;
        for (int k = lv + 1; k < MAX_LIST_DEPTH; k++)
          d->counter[k] = 0;
        snprintf(marker, sizeof marker, "%ld.", d->counter[lv]);
      }
      xmlSetProp(node, BAD_CAST "marker", BAD_CAST marker);
      first = 0;
      unsigned long at = d->para;
      int n = d->ncited;
      if (n) {
        /* notes of a list item close the list: they are paragraphs */
        S_close_list(d);
        S_notes(d, at);
      }
    }
  }
}

static void S_list(odt *d, xmlNodePtr list, const char *style, int depth) {
  char *own = pd_xml_local_attr(list, "style-name");
  const char *use = own && *own ? own : style; /* nested lists inherit the style */
  for (xmlNodePtr c = list->children; c; c = c->next)
    if (pd_xml_is_local(c, "list-item") || pd_xml_is_local(c, "list-header"))
      S_item(d, c, use, depth);
  free(own);
}

/* A cell's text: every paragraph inside it (lists and nested tables too). */
static void S_cell_text(odt *d, xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (pd_xml_is_local(c, "p") || pd_xml_is_local(c, "h")) {
      d->para++;
      d->space = d->span.text.len > 0;
      S_runs(d, c);
    } else if (c->type == XML_ELEMENT_NODE && !S_hidden((const char *)c->name)) {
      S_cell_text(d, c);
    }
  }
}

static unsigned S_uint_attr(xmlNodePtr n, const char *local, unsigned dflt, unsigned max) {
  char *v = pd_xml_local_attr(n, local);
  long k = v && *v ? atol(v) : (long)dflt;
  free(v);
  return k < 1 ? 1 : k > (long)max ? max : (unsigned)k;
}

typedef struct odt_table {
  xmlNodePtr table;
  pd_grid grid;
  int rows;
} odt_table;

static void S_row(odt *d, odt_table *t, xmlNodePtr tr) {
  /* number-rows-repeated repeats a row; only empty rows repeat in practice,
   * and they add nothing, so a row is read once */
  xmlNodePtr row = pd_tree_open(&d->tree, t->table, "row");
  pd_grid_row(&t->grid);
  for (xmlNodePtr tc = tr->children; tc; tc = tc->next) {
    if (pd_xml_is_local(tc, "covered-table-cell")) {
      unsigned times = S_uint_attr(tc, "number-columns-repeated", 1, 64);
      for (unsigned k = 0; k < times; k++)
        if (!pd_grid_covered_left(&t->grid))
          pd_grid_copy_above(&t->grid, row); /* the cell of a row span, from above */
      continue;
    }
    if (!pd_xml_is_local(tc, "table-cell"))
      continue;
    pd_span_reset(&d->span);
    S_cell_text(d, tc);
    unsigned span = S_uint_attr(tc, "number-columns-spanned", 1, 64);
    /* repeated empty cells pad a row to the sheet's width: one is enough */
    pd_grid_cell(&t->grid, &d->tree, row, &d->span, span, 1);
  }
  if (t->rows == 0)
    xmlSetProp(row, BAD_CAST "header", BAD_CAST "true");
  if (pd_tree_close(&d->tree, row, NULL))
    t->rows++;
}

static void S_rows(odt *d, odt_table *t, xmlNodePtr parent) {
  /* Past the memory budget the document fails (budget.h): stop at the next row. */
  for (xmlNodePtr c = parent->children; c && !pd_budget_spent(); c = c->next) {
    if (pd_xml_is_local(c, "table-row"))
      S_row(d, t, c);
    else if (pd_xml_is_local(c, "table-header-rows") || pd_xml_is_local(c, "table-rows") ||
             pd_xml_is_local(c, "table-row-group"))
      S_rows(d, t, c);
  }
}

static void S_table(odt *d, xmlNodePtr tbl) {
  S_close_list(d);
  odt_table t = {pd_tree_open(&d->tree, pd_tree_container(&d->tree), "table"), {0}, 0};
  pd_grid_init(&t.grid);
  S_rows(d, &t, tbl);
  pd_grid_free(&t.grid);
  pd_span_reset(&d->span);
  d->ncited = 0;
  pd_tree_close(&d->tree, t.table, "markup");
}

static void S_blocks(odt *d, xmlNodePtr parent) {
  /* Past the memory budget the document fails (budget.h): stop at the next block. */
  for (xmlNodePtr c = parent->children; c && !pd_budget_spent(); c = c->next) {
    if (pd_xml_is_local(c, "h"))
      S_paragraph(d, c, 1);
    else if (pd_xml_is_local(c, "p"))
      S_paragraph(d, c, 0);
    else if (pd_xml_is_local(c, "list")) {
      S_close_list(d);
      S_list(d, c, NULL, 1);
      S_close_list(d);
    } else if (pd_xml_is_local(c, "table"))
      S_table(d, c);
    else if (pd_xml_is_local(c, "section") || pd_xml_is_local(c, "soft-page-break") ||
             pd_xml_is_local(c, "change-start"))
      S_blocks(d, c);
    /* indexes (table-of-content ...), tracked-changes, forms: not content */
  }
}

/* office:document-content/office:body/office:text, or NULL. */
static xmlNodePtr S_text_body(xmlDocPtr content) {
  xmlNodePtr root = content ? xmlDocGetRootElement(content) : NULL;
  return pd_xml_local_child(pd_xml_local_child(root, "body"), "text");
}

xmlDocPtr pd_read_odt(const char *name, const pd_input *in, const pd_limits *limits,
                      const pd_docmeta *meta) {
  pd_zip *zip = pd_zip_open(name, in->bytes.data, in->bytes.len, limits);
  if (!zip)
    return NULL;
  odt d;
  memset(&d, 0, sizeof d);
  xmlDocPtr content = NULL, styles = NULL;
  int rc = pd_zip_xml(zip, "content.xml", &content);
  if (rc == 1)
    pd_error(name, 0, "not an OpenDocument text: content.xml is missing");
  if (rc == 0 && pd_zip_xml(zip, "styles.xml", &styles) < 0)
    rc = -1; /* reported; a missing styles.xml is fine */
  xmlNodePtr body = rc == 0 ? S_text_body(content) : NULL;
  if (rc == 0 && !body)
    pd_error(name, 0, "not an OpenDocument text: content.xml has no office:text body");
  xmlDocPtr out = NULL;
  if (body) {
    d.auto_root = pd_xml_local_child(xmlDocGetRootElement(content), "automatic-styles");
    xmlNodePtr sroot = styles ? xmlDocGetRootElement(styles) : NULL;
    d.style_roots[0] = pd_xml_local_child(sroot, "styles");
    d.style_roots[1] = pd_xml_local_child(sroot, "automatic-styles");
    pd_tree_source src = {name, "odt", "UTF-8", in->gzip, 1, 0, 0};
    pd_tree_begin(&d.tree, &src, meta);
    pd_span_init(&d.span);
    S_blocks(&d, body);
    S_close_list(&d);
    pd_xml_set_int(d.tree.root, "lines", (long)d.para);
    pd_span_free(&d.span);
    out = pd_tree_end(&d.tree);
  }
  xmlFreeDoc(content);
  xmlFreeDoc(styles);
  pd_zip_close(zip);
  return out;
}
