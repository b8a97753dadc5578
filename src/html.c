/* html.c — HTML page to reader text, with a map back to source lines. */
#include "html.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "buf.h"

int pd_html_detect(const char *name, const pd_text *text) {
  size_t n = strlen(name);
  if ((n > 5 && strcmp(name + n - 5, ".html") == 0) || (n > 4 && strcmp(name + n - 4, ".htm") == 0))
    return 1;
  size_t probe = text->len < 1024 ? text->len : 1024;
  for (size_t i = 0; i < probe; i++) {
    if (text->data[i] != '<')
      continue;
    if (strncasecmp(text->data + i, "<!doctype html", 14) == 0 ||
        strncasecmp(text->data + i, "<html", 5) == 0 ||
        strncasecmp(text->data + i, "<body", 5) == 0)
      return 1;
  }
  return 0;
}

typedef struct html_out {
  pd_buf text;
  pd_buf map; /* unsigned long per output line */
  int at_line_start;
  int pending_space;
  unsigned long source_line; /* line of the block being written */
} html_out;

static void S_end_line(html_out *o) {
  pd_buf_putc(&o->text, '\n');
  pd_buf_put(&o->map, &o->source_line, sizeof o->source_line);
  o->at_line_start = 1;
  o->pending_space = 0;
}

/* Ends the current line (if any text is on it) and leaves one blank line,
 * so the reader sees a block boundary. */
static void S_break_block(html_out *o) {
  if (!o->at_line_start)
    S_end_line(o);
  if (o->text.len > 0 && !(o->text.len >= 2 && o->text.data[o->text.len - 2] == '\n'))
    S_end_line(o);
}

/* Starts a new output line that belongs to HTML line LINE, writing PREFIX
 * ("## ", "- " or nothing). */
static void S_start_line(html_out *o, long line, const char *prefix) {
  if (!o->at_line_start)
    S_end_line(o);
  if (line > 0)
    o->source_line = (unsigned long)line;
  pd_buf_puts(&o->text, prefix);
  o->at_line_start = *prefix == '\0';
}

static void S_put_text(html_out *o, const char *s) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!o->at_line_start)
        o->pending_space = 1;
      continue;
    }
    if (o->pending_space)
      pd_buf_putc(&o->text, ' ');
    o->pending_space = 0;
    o->at_line_start = 0;
    pd_buf_putc(&o->text, (char)c);
  }
}

static int S_is(const xmlNode *n, const char *name) {
  return n->name && strcasecmp((const char *)n->name, name) == 0;
}

static int S_is_block(const xmlNode *n) {
  static const char *const blocks[] = {"p",      "div",        "section", "article",    "header",
                                       "footer", "main",       "aside",   "blockquote", "pre",
                                       "ul",     "ol",         "dl",      "dt",         "dd",
                                       "figure", "figcaption", "address", "form",       "fieldset",
                                       "center", "caption",    "hr",      "table",      NULL};
  for (int i = 0; blocks[i]; i++)
    if (S_is(n, blocks[i]))
      return 1;
  return 0;
}

static void S_walk(html_out *o, xmlNodePtr node, int depth);

static void S_children(html_out *o, xmlNodePtr node, int depth) {
  for (xmlNodePtr c = node->children; c; c = c->next)
    S_walk(o, c, depth + 1);
}

static void S_walk(html_out *o, xmlNodePtr node, int depth) {
  if (depth > 200) /* libxml2 caps depth too; text below is kept flat */
    return;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content)
      S_put_text(o, (const char *)node->content);
    return;
  }
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (S_is(node, "script") || S_is(node, "style") || S_is(node, "head") || S_is(node, "noscript") ||
      S_is(node, "template"))
    return;
  long line = xmlGetLineNo(node);
  if (line > 0 && o->at_line_start)
    o->source_line = (unsigned long)line;

  if (node->name[0] == 'h' && node->name[1] >= '1' && node->name[1] <= '6' && !node->name[2]) {
    static const char *const hashes[] = {"# ", "## ", "### ", "#### ", "##### ", "###### "};
    S_break_block(o);
    S_start_line(o, line, hashes[node->name[1] - '1']);
    S_children(o, node, depth);
    S_break_block(o);
  } else if (S_is(node, "li")) {
    S_start_line(o, line, "- ");
    S_children(o, node, depth);
    S_end_line(o);
  } else if (S_is(node, "tr")) {
    S_start_line(o, line, "");
    int first = 1;
    for (xmlNodePtr c = node->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || !(S_is(c, "td") || S_is(c, "th")))
        continue;
      if (!first)
        pd_buf_putc(&o->text, '\t');
      first = 0;
      o->at_line_start = 0;
      o->pending_space = 0;
      S_children(o, c, depth + 1);
    }
    S_end_line(o);
  } else if (S_is(node, "br")) {
    S_end_line(o);
  } else if (S_is(node, "a")) {
    xmlChar *href = xmlGetProp(node, BAD_CAST "href");
    int keep =
        href && href[0] && href[0] != '#' && strncasecmp((char *)href, "javascript:", 11) != 0;
    if (keep) {
      if (o->pending_space)
        pd_buf_putc(&o->text, ' ');
      o->pending_space = 0;
      pd_buf_putc(&o->text, '[');
      o->at_line_start = 0;
    }
    S_children(o, node, depth);
    if (keep) {
      pd_buf_puts(&o->text, "](");
      for (const xmlChar *h = href; *h; h++)
        if (!isspace(*h) && *h != ')')
          pd_buf_putc(&o->text, (char)*h);
      pd_buf_putc(&o->text, ')');
    }
    xmlFree(href);
  } else if (S_is_block(node)) {
    S_break_block(o);
    S_children(o, node, depth);
    S_break_block(o);
  } else {
    S_children(o, node, depth);
  }
}

void pd_html_to_text(const char *name, const pd_text *in, pd_text *out, unsigned long **line_map,
                     size_t *lines) {
  html_out o;
  memset(&o, 0, sizeof o);
  o.at_line_start = 1;
  o.source_line = 1;
  int len = in->len > 0x7fffffff ? 0x7fffffff : (int)in->len;
  htmlDocPtr doc = htmlReadMemory(in->data, len, name, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NOIMPLIED);
  if (doc) {
    for (xmlNodePtr c = doc->children; c; c = c->next)
      S_walk(&o, c, 0);
    xmlFreeDoc(doc);
  }
  if (!o.at_line_start)
    S_end_line(&o);
  memset(out, 0, sizeof *out);
  out->len = o.text.len;
  out->data = pd_buf_detach(&o.text);
  out->encoding = in->encoding;
  out->gzip = in->gzip;
  out->repaired = in->repaired;
  *lines = o.map.len / sizeof(unsigned long);
  out->lines = *lines;
  *line_map = (unsigned long *)(void *)pd_buf_detach(&o.map);
}

/* ---- line remapping ---------------------------------------------------- */

static unsigned long S_map(const unsigned long *map, size_t lines, unsigned long line) {
  return (line >= 1 && line <= lines) ? map[line - 1] : line;
}

static void S_remap_attr(xmlNodePtr node, const char *attr, const unsigned long *map,
                         size_t lines) {
  xmlChar *v = xmlGetProp(node, BAD_CAST attr);
  if (!v)
    return;
  char *end = NULL;
  unsigned long line = strtoul((const char *)v, &end, 10);
  if (end && *end == '\0') {
    char num[32];
    snprintf(num, sizeof num, "%lu", S_map(map, lines, line));
    xmlSetProp(node, BAD_CAST attr, BAD_CAST num);
  }
  xmlFree(v);
}

/* Rewrites the numbers in a space-separated list; in "LINE:OFFSET" pairs
 * only the LINE part. */
static void S_remap_list(xmlNodePtr node, const char *attr, const unsigned long *map,
                         size_t lines) {
  xmlChar *v = xmlGetProp(node, BAD_CAST attr);
  if (!v)
    return;
  pd_buf out = PD_BUF_INIT;
  const char *p = (const char *)v;
  while (*p) {
    if (*p < '0' || *p > '9') {
      pd_buf_putc(&out, *p++);
      continue;
    }
    char *end = NULL;
    unsigned long line = strtoul(p, &end, 10);
    pd_buf_printf(&out, "%lu", S_map(map, lines, line));
    p = end;
    if (*p == ':') { /* copy the offset unchanged */
      pd_buf_putc(&out, *p++);
      while (*p >= '0' && *p <= '9')
        pd_buf_putc(&out, *p++);
    }
  }
  xmlSetProp(node, BAD_CAST attr, BAD_CAST pd_buf_cstr(&out));
  pd_buf_free(&out);
  xmlFree(v);
}

void pd_linemap_apply(xmlDocPtr doc, const unsigned long *map, size_t lines) {
  xmlNodePtr node = xmlDocGetRootElement(doc);
  /* Iterative pre-order walk: documents can be deep, the stack is not. */
  while (node) {
    if (node->type == XML_ELEMENT_NODE) {
      if (node != xmlDocGetRootElement(doc)) {
        S_remap_attr(node, "line", map, lines);
        S_remap_attr(node, "end-line", map, lines);
      }
      S_remap_list(node, "sourcemap", map, lines);
      if (xmlStrEqual(node->name, BAD_CAST "furniture"))
        S_remap_list(node, "lines", map, lines);
    }
    if (node->children && node->type == XML_ELEMENT_NODE) {
      node = node->children;
      continue;
    }
    while (node && !node->next)
      node = node->parent && node->parent->type == XML_ELEMENT_NODE ? node->parent : NULL;
    if (node)
      node = node->next;
  }
}
