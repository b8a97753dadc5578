/* html.c — an HTML page into the document tree, on the page's own lines. */
#include "html.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "budget.h"
#include "diag.h"
#include "markup_scan.h"
#include "doctree.h"
#include "xmlio.h"

typedef struct html_reader {
  pd_tree tree;
  pd_span span;             /* the text of the block being read */
  int pending_space;        /* white space seen since the last character */
  xmlNodePtr list;          /* the open list: li elements become its items */
  const char *marker;       /* "-" in ul, "N." in ol */
  long number;              /* the next ol item's number */
  int inline_only;          /* inside a heading or table cell: blocks do not break */
  unsigned long line;       /* the line the reading stands on */
  unsigned long space_line; /* the line of the pending white space */
} html_reader;

static int S_is(const xmlNode *n, const char *name) {
  return n->name && strcasecmp((const char *)n->name, name) == 0;
}

static int S_is_block(const xmlNode *n) {
  static const char *const blocks[] = {"p",       "div",  "section",  "article", "header",
                                       "footer",  "main", "aside",    "nav",     "blockquote",
                                       "pre",     "dl",   "dt",       "dd",      "figure",
                                       "address", "form", "fieldset", "center",  "figcaption",
                                       "hr",      "li",   "details",  "summary", NULL};
  for (int i = 0; blocks[i]; i++)
    if (S_is(n, blocks[i]))
      return 1;
  return 0;
}

static int S_is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Appends a text node's characters with HTML's white space collapsed,
 * counting the source lines it crosses from LINE on. */
static void S_text(html_reader *r, const char *s, unsigned long line) {
  while (*s) {
    if (S_is_space(*s)) {
      if (*s == '\n')
        line++;
      if (r->span.text.len && !r->pending_space) {
        r->pending_space = 1;
        r->space_line = line - (*s == '\n');
      }
      s++;
      continue;
    }
    size_t n = 0;
    while (s[n] && !S_is_space(s[n]))
      n++;
    if (r->pending_space)
      pd_span_put(&r->span, " ", 1, r->space_line);
    r->pending_space = 0;
    pd_span_put(&r->span, s, n, line);
    s += n;
  }
  r->line = line;
}

static void S_space(html_reader *r) {
  if (r->span.text.len && !r->pending_space) {
    r->pending_space = 1;
    r->space_line = r->line;
  }
}

/* The reading stands on NODE's line (its start tag's). */
static void S_at(html_reader *r, xmlNodePtr node) {
  long line = xmlGetLineNo(node);
  if (line > 0)
    r->line = (unsigned long)line;
}

/* Ends the block being read: an item of the open list, or a paragraph. */
static void S_flush(html_reader *r) {
  if (r->inline_only) {
    S_space(r);
    return;
  }
  if (!pd_span_blank(&r->span)) {
    if (r->list) {
      xmlNodePtr item = pd_tree_text(&r->tree, r->list, "item", &r->span);
      char num[32];
      if (r->marker)
        xmlSetProp(item, BAD_CAST "marker", BAD_CAST r->marker);
      else {
        snprintf(num, sizeof num, "%ld.", r->number++);
        xmlSetProp(item, BAD_CAST "marker", BAD_CAST num);
      }
    } else {
      pd_tree_paragraph(&r->tree, &r->span);
    }
  }
  pd_span_reset(&r->span);
  r->pending_space = 0;
}

static void S_walk(html_reader *r, xmlNodePtr node);

static void S_children(html_reader *r, xmlNodePtr node) {
  for (xmlNodePtr c = node->children; c && !pd_budget_spent(); c = c->next)
    S_walk(r, c);
}

/* A heading: h1..h6 is a section of that level. Inside a list or a table
 * cell it is only text. */
static void S_heading(html_reader *r, xmlNodePtr node) {
  if (r->inline_only || r->list) {
    S_flush(r);
    S_children(r, node);
    S_flush(r);
    return;
  }
  S_flush(r);
  r->inline_only = 1;
  S_children(r, node);
  r->inline_only = 0;
  if (!pd_span_blank(&r->span))
    pd_tree_section(&r->tree, node->name[1] - '0', "style", NULL, &r->span);
  pd_span_reset(&r->span);
  r->pending_space = 0;
}

static void S_list(html_reader *r, xmlNodePtr node) {
  if (r->inline_only || r->list) { /* nested lists: their items join the outer list */
    S_flush(r);
    S_children(r, node);
    S_flush(r);
    return;
  }
  S_flush(r);
  r->list = pd_tree_open(&r->tree, pd_tree_container(&r->tree), "list");
  r->marker = S_is(node, "ol") ? NULL : "-";
  xmlChar *start = xmlGetProp(node, BAD_CAST "start");
  r->number = start ? strtol((const char *)start, NULL, 10) : 1;
  xmlFree(start);
  S_children(r, node);
  S_flush(r);
  pd_tree_close(&r->tree, r->list, NULL);
  r->list = NULL;
}

static unsigned S_span_attr(xmlNodePtr cell, const char *name) {
  xmlChar *v = xmlGetProp(cell, BAD_CAST name);
  long n = v ? strtol((const char *)v, NULL, 10) : 1;
  xmlFree(v);
  return n < 1 ? 1 : n > 1000 ? 1000 : (unsigned)n;
}

/* Text standing in a table outside any cell (browsers show it before the
 * table) is kept as a paragraph of its own, never dropped. */
static void S_stray_text(html_reader *r, xmlNodePtr text) {
  const char *s = (const char *)text->content;
  if (s && strspn(s, " \t\r\n\f") < strlen(s)) {
    S_walk(r, text);
    S_flush(r);
  }
}

static void S_row(html_reader *r, xmlNodePtr table, pd_grid *grid, xmlNodePtr tr, int *rows) {
  S_at(r, tr);
  xmlNodePtr row = pd_tree_open(&r->tree, table, "row");
  pd_grid_row(grid);
  int all_th = 1, cells = 0;
  for (xmlNodePtr c = tr->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !(S_is(c, "td") || S_is(c, "th"))) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        S_stray_text(r, c);
      continue;
    }
    pd_grid_fill(grid, row);
    S_at(r, c);
    pd_span_reset(&r->span);
    r->pending_space = 0;
    r->inline_only = 1;
    S_children(r, c);
    r->inline_only = 0;
    pd_grid_cell(grid, &r->tree, row, &r->span, S_span_attr(c, "colspan"),
                 S_span_attr(c, "rowspan"));
    pd_span_reset(&r->span);
    all_th &= S_is(c, "th");
    cells++;
  }
  pd_grid_fill(grid, row);
  if (cells && all_th && *rows == 0)
    xmlSetProp(row, BAD_CAST "header", BAD_CAST "true");
  if (pd_tree_close(&r->tree, row, NULL))
    (*rows)++;
}

static void S_rows(html_reader *r, xmlNodePtr table, pd_grid *grid, xmlNodePtr node, int *rows) {
  for (xmlNodePtr c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
      S_stray_text(r, c);
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (S_is(c, "tr"))
      S_row(r, table, grid, c, rows);
    else if (S_is(c, "thead") || S_is(c, "tbody") || S_is(c, "tfoot"))
      S_rows(r, table, grid, c, rows);
    else if (!S_is(c, "caption") && !S_is(c, "colgroup") && !S_is(c, "col"))
      S_walk(r, c); /* stray content keeps its text */
  }
}

static void S_table(html_reader *r, xmlNodePtr node) {
  if (r->inline_only || r->list) { /* a table inside a cell or list item: its text */
    S_flush(r);
    S_children(r, node);
    S_flush(r);
    return;
  }
  S_flush(r);
  for (xmlNodePtr c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && S_is(c, "caption")) {
      S_children(r, c);
      S_flush(r);
    }
  xmlNodePtr table = pd_tree_open(&r->tree, pd_tree_container(&r->tree), "table");
  pd_grid grid;
  pd_grid_init(&grid);
  int rows = 0;
  S_rows(r, table, &grid, node, &rows);
  pd_grid_free(&grid);
  S_flush(r);
  pd_tree_close(&r->tree, table, "markup");
}

static void S_link(html_reader *r, xmlNodePtr node) {
  xmlChar *href = xmlGetProp(node, BAD_CAST "href");
  int keep = href && href[0] && href[0] != '#' && strncasecmp((char *)href, "javascript:", 11) != 0;
  if (keep && r->pending_space) {
    pd_span_put(&r->span, " ", 1, r->space_line);
    r->pending_space = 0;
  }
  size_t start = r->span.text.len;
  S_children(r, node);
  if (keep && r->span.text.len > start) {
    size_t n = 0;
    char *clean = pd_xmalloc(strlen((char *)href) + 1);
    for (const xmlChar *h = href; *h; h++)
      if (!S_is_space((char)*h))
        clean[n++] = (char)*h;
    pd_span_link_range(&r->span, start, r->span.text.len, clean, n);
    free(clean);
  }
  xmlFree(href);
}

static void S_walk(html_reader *r, xmlNodePtr node) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    /* A text node starts where the reading stands (libxml2 records the
     * line where its first chunk ended, not where it began). */
    if (node->content)
      S_text(r, (const char *)node->content, r->line);
    return;
  }
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (S_is(node, "script") || S_is(node, "style") || S_is(node, "head") || S_is(node, "noscript") ||
      S_is(node, "template"))
    return;
  S_at(r, node);
  const char *name = (const char *)node->name;
  if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && !name[2]) {
    S_heading(r, node);
  } else if (S_is(node, "ul") || S_is(node, "ol") || S_is(node, "menu")) {
    S_list(r, node);
  } else if (S_is(node, "table")) {
    S_table(r, node);
  } else if (S_is(node, "a")) {
    S_link(r, node);
  } else if (S_is(node, "br")) {
    xmlNodePtr prev = node->prev;
    while (prev && prev->type == XML_TEXT_NODE && prev->content &&
           strspn((const char *)prev->content, " \t\r\n") == strlen((const char *)prev->content))
      prev = prev->prev;
    if (prev && prev->type == XML_ELEMENT_NODE && S_is(prev, "br"))
      S_flush(r); /* <br><br>: a paragraph break */
    else
      S_space(r);
  } else if (S_is_block(node) || S_is(node, "caption")) {
    S_flush(r);
    S_children(r, node);
    S_flush(r);
  } else {
    S_children(r, node);
  }
}

xmlDocPtr pd_read_html(const char *name, const pd_text *text, const pd_docmeta *meta) {
  if (text->len > 0x7fffffff) {
    pd_error(name, 0, "HTML page too large");
    return NULL;
  }
  if (pd_markup_check(name, text->data, text->len, 0) != 0)
    return NULL;
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt) {
    pd_error(name, 0, "cannot start the HTML parser");
    return NULL;
  }
  if (!pd_budget_room(text->len * PD_BUDGET_PARSE_FACTOR)) {
    htmlFreeParserCtxt(ctxt);
    return NULL; /* pd_budget_end says out of memory */
  }
  htmlDocPtr page = htmlCtxtReadMemory(ctxt, text->data, (int)text->len, name, "UTF-8",
                                       HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                           HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
  /* libxml2 stops at 256 levels of nesting ("Excessive depth") and drops
   * the rest of the page: refuse rather than lose text silently. Any other
   * early stop (out of memory) would lose text the same way. */
  int stopped = ctxt->disableSAX != 0;
  int too_deep = stopped && ctxt->errNo == XML_ERR_INTERNAL_ERROR;
  long stop_line = ctxt->input ? ctxt->input->line : 0;
  htmlFreeParserCtxt(ctxt);
  if (pd_budget_spent()) { /* pd_budget_end says out of memory */
    xmlFreeDoc(page);
    return NULL;
  }
  if (stopped) {
    pd_error(name, stop_line, "%s; refused, because the text after this point would be lost",
             too_deep ? "HTML nested more than 256 elements deep"
                      : "the HTML parser had to stop here");
    xmlFreeDoc(page);
    return NULL;
  }
  html_reader r;
  memset(&r, 0, sizeof r);
  pd_tree_source src = {name, "html", text->encoding, text->gzip, 0, text->lines, text->repaired};
  pd_tree_begin(&r.tree, &src, meta);
  pd_span_init(&r.span);
  r.line = 1;
  if (page)
    for (xmlNodePtr c = page->children; c; c = c->next)
      S_walk(&r, c);
  S_flush(&r);
  pd_span_free(&r.span);
  xmlFreeDoc(page);
  return pd_tree_end(&r.tree);
}
