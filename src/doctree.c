/* doctree.c — the document-tree builder every reader uses (see doctree.h). */
#include "doctree.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "xmlio.h"

/* ---- spans ---------------------------------------------------------------- */

void pd_span_init(pd_span *t) { memset(t, 0, sizeof *t); }

void pd_span_reset(pd_span *t) {
  for (size_t i = 0; i < t->nlinks; i++)
    free(t->links[i].href);
  t->nlinks = 0;
  pd_buf_truncate(&t->text, 0);
  pd_buf_truncate(&t->map, 0);
  t->first = t->last = 0;
}

void pd_span_free(pd_span *t) {
  pd_span_reset(t);
  free(t->links);
  pd_buf_free(&t->text);
  pd_buf_free(&t->map);
}

static int S_is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }

static int S_starts_lower(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 1 && u[0] >= 'a' && u[0] <= 'z')
    return 1;
  return len >= 2 && u[0] == 0xC3 && u[1] >= 0x9F && u[1] <= 0xBF;
}

void pd_span_link_range(pd_span *t, size_t start, size_t end, const char *href, size_t hlen) {
  if (t->nlinks == t->caplinks) {
    t->caplinks = t->caplinks ? t->caplinks * 2 : 4;
    t->links = pd_xrealloc(t->links, t->caplinks * sizeof *t->links);
  }
  pd_span_link *l = &t->links[t->nlinks++];
  l->start = start;
  l->end = end;
  l->href = pd_xstrndup(href, hlen);
}

size_t pd_url_len(const char *s, size_t len) {
  if (!((len > 7 && strncmp(s, "http://", 7) == 0) || (len > 8 && strncmp(s, "https://", 8) == 0) ||
        (len > 4 && strncmp(s, "www.", 4) == 0)))
    return 0;
  size_t n = 0;
  while (n < len && !S_is_space(s[n]) && s[n] != '<' && s[n] != '>' && s[n] != '"')
    n++;
  while (n > 0 && strchr(".,;:!?)]»'", s[n - 1]))
    n--;
  return n;
}

static int S_is_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Plain text with white space runs kept as they come (the readers trim
 * lines themselves); tabs and form feeds become spaces. */
static void S_put_chars(pd_span *t, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c == '\t' || c == '\f' || c == '\n')
      c = ' ';
    pd_buf_putc(&t->text, c);
  }
}

void pd_span_plain(pd_span *t, const char *s, size_t len) {
  size_t i = 0, plain = 0;
  while (i < len) {
    size_t u = 0;
    if ((s[i] == 'h' || s[i] == 'w') && (i == 0 || !S_is_word((unsigned char)s[i - 1])))
      u = pd_url_len(s + i, len - i);
    if (!u) {
      i++;
      continue;
    }
    S_put_chars(t, s + plain, i - plain);
    size_t start = t->text.len;
    pd_buf_put(&t->text, s + i, u);
    pd_span_link_range(t, start, t->text.len, s + i, u);
    i += u;
    plain = i;
  }
  S_put_chars(t, s + plain, len - plain);
}

/* Words that follow a suspended compound ("barne- og ungdomsarbeider"). */
static int S_is_conjunction(const char *s, size_t len) {
  static const char *const words[] = {"og", "eller", "samt", "til", "enn", "and", "or", NULL};
  size_t w = 0;
  while (w < len && !S_is_space(s[w]) && s[w] != ',')
    w++;
  for (int i = 0; words[i]; i++)
    if (strlen(words[i]) == w && strncmp(s, words[i], w) == 0)
      return 1;
  return 0;
}

/* The start of the last word of the text (after the last space). */
static size_t S_last_word(const pd_buf *b) {
  size_t i = b->len;
  while (i > 0 && b->data[i - 1] != ' ')
    i--;
  return i;
}

/* A new sourcemap entry for LINE at the current end of the text. */
static void S_map_line(pd_span *t, unsigned long line) {
  if (t->map.len == 0 && t->first == 0) {
    t->first = line;
    pd_buf_printf(&t->map, "%lu:%zu", line, t->text.len);
  } else if (line != t->last) {
    pd_buf_printf(&t->map, " %lu:%zu", line, t->text.len);
  }
  t->last = line;
}

void pd_span_add_line(pd_span *t, const char *s, size_t len, unsigned long no,
                      pd_span_inline_fn put) {
  if (!len)
    return;
  if (t->text.len == 0 && t->map.len == 0) {
    S_map_line(t, no);
    put(t, s, len);
    return;
  }
  size_t n = t->text.len;
  const char *d = t->text.data;
  int extend_link = 0;
  if (n >= 2 && d[n - 1] == '-' && d[n - 2] != ' ' && d[n - 2] != '-' && S_starts_lower(s, len)) {
    size_t w = S_last_word(&t->text);
    int in_url = t->nlinks && t->links[t->nlinks - 1].end == n;
    unsigned char before = (unsigned char)d[n - 2];
    if (in_url) {
      extend_link = 1; /* a URL broken after one of its own hyphens */
    } else if ((before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9')) {
      /* "PMTO-" + "veiledning": the hyphen belongs to the word. */
    } else if (S_is_conjunction(s, len)) {
      pd_buf_putc(&t->text, ' '); /* "barne- og ungdomsarbeider" */
    } else if (w < n - 1) {
      pd_buf_truncate(&t->text, n - 1); /* "Forebyggings-" + "nivå" */
    }
  } else {
    pd_buf_putc(&t->text, ' ');
  }
  pd_buf_printf(&t->map, " %lu:%zu", no, t->text.len);
  t->last = no;
  size_t join = t->text.len;
  put(t, s, len);
  if (extend_link) {
    pd_span_link *l = &t->links[t->nlinks - 1];
    size_t end = join;
    while (end < t->text.len && t->text.data[end] != ' ')
      end++;
    pd_buf href = PD_BUF_INIT;
    pd_buf_puts(&href, l->href);
    pd_buf_put(&href, t->text.data + join, end - join);
    free(l->href);
    l->href = pd_buf_detach(&href);
    l->end = end;
    /* a link the continuation itself started is now inside this one */
    while (t->nlinks >= 2 && t->links[t->nlinks - 1].start >= join) {
      free(t->links[t->nlinks - 1].href);
      t->nlinks--;
      l = &t->links[t->nlinks - 1];
      l->end = end;
    }
  }
}

void pd_span_put(pd_span *t, const char *s, size_t len, unsigned long line) {
  if (!len)
    return;
  S_map_line(t, line);
  S_put_chars(t, s, len);
}

void pd_span_put_link(pd_span *t, const char *text, size_t len, const char *href,
                      unsigned long line) {
  if (!len)
    return;
  S_map_line(t, line);
  size_t start = t->text.len;
  S_put_chars(t, text, len);
  pd_span_link_range(t, start, t->text.len, href, strlen(href));
}

int pd_span_blank(const pd_span *t) {
  for (size_t i = 0; i < t->text.len; i++)
    if (!S_is_space(t->text.data[i]))
      return 0;
  return 1;
}

void pd_tree_lines(xmlNodePtr node, unsigned long first, unsigned long last) {
  pd_xml_set_int(node, "line", (long)first);
  pd_xml_set_int(node, "end-line", (long)(last < first ? first : last));
}

xmlNodePtr pd_span_emit(xmlNodePtr parent, const char *name, const pd_span *t) {
  xmlNodePtr node = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
  size_t pos = 0;
  const char *d = pd_buf_cstr((pd_buf *)&t->text);
  for (size_t i = 0; i < t->nlinks; i++) {
    const pd_span_link *l = &t->links[i];
    if (l->start < pos || l->end > t->text.len || l->end <= l->start)
      continue;
    if (l->start > pos)
      xmlAddChild(node, xmlNewTextLen(BAD_CAST(d + pos), (int)(l->start - pos)));
    xmlNodePtr a = xmlNewChild(node, NULL, BAD_CAST "link", NULL);
    xmlAddChild(a, xmlNewTextLen(BAD_CAST(d + l->start), (int)(l->end - l->start)));
    xmlSetProp(a, BAD_CAST "href", BAD_CAST l->href);
    pos = l->end;
  }
  if (pos < t->text.len)
    xmlAddChild(node, xmlNewTextLen(BAD_CAST(d + pos), (int)(t->text.len - pos)));
  if (t->first) {
    pd_tree_lines(node, t->first, t->last);
    if (t->last != t->first)
      xmlSetProp(node, BAD_CAST "sourcemap", BAD_CAST pd_buf_cstr((pd_buf *)&t->map));
  }
  return node;
}

/* ---- the tree ------------------------------------------------------------- */

/* File names and metadata come from outside the text reader (the command
 * line, a manifest, the file system): repaired to XML characters here, so
 * a name holding ESC or stray bytes cannot make an unreadable tree. */
static void S_set(xmlNodePtr node, const char *name, const char *value) {
  if (!value)
    return;
  if (pd_xml_string_ok(value)) {
    xmlSetProp(node, BAD_CAST name, BAD_CAST value);
    return;
  }
  char *clean = pd_xml_string(value);
  xmlSetProp(node, BAD_CAST name, BAD_CAST clean);
  free(clean);
}

void pd_tree_begin(pd_tree *tree, const pd_tree_source *src, const pd_docmeta *meta) {
  memset(tree, 0, sizeof *tree);
  tree->doc = xmlNewDoc(BAD_CAST "1.0");
  tree->root = xmlNewNode(NULL, BAD_CAST "document");
  xmlDocSetRootElement(tree->doc, tree->root);
  tree->stack[0] = tree->root;
  xmlNodePtr root = tree->root;
  S_set(root, "file", src->file);
  S_set(root, "format", src->format ? src->format : "text");
  S_set(root, "encoding", src->encoding ? src->encoding : "UTF-8");
  if (src->gzip)
    S_set(root, "gzip", "true");
  if (src->paragraphs)
    S_set(root, "positions", "paragraph");
  pd_xml_set_int(root, "lines", (long)src->lines);
  if (src->repaired)
    pd_xml_set_int(root, "repaired", (long)src->repaired);
  pd_tree_set_meta(root, meta);
}

void pd_tree_set_meta(xmlNodePtr root, const pd_docmeta *meta) {
  if (!meta)
    return;
  S_set(root, "municipality", meta->municipality);
  S_set(root, "municipality-name", meta->municipality_name);
  S_set(root, "kommunenummer", meta->kommunenummer);
  S_set(root, "county", meta->county);
  S_set(root, "doc-type", meta->doc_type);
  if (meta->year > 0)
    pd_xml_set_int(root, "year", meta->year);
}

xmlDocPtr pd_tree_end(pd_tree *tree) {
  xmlDocPtr doc = tree->doc;
  memset(tree, 0, sizeof *tree);
  return doc;
}

xmlNodePtr pd_tree_container(const pd_tree *tree) { return tree->stack[tree->depth]; }

static void S_stamp_page(const pd_tree *tree, xmlNodePtr node) {
  if (tree && tree->page)
    pd_xml_set_int(node, "page", (long)tree->page);
}

xmlNodePtr pd_tree_text(pd_tree *tree, xmlNodePtr parent, const char *name, const pd_span *span) {
  xmlNodePtr node = pd_span_emit(parent, name, span);
  S_stamp_page(tree, node);
  return node;
}

void pd_tree_touch(pd_tree *tree, unsigned long line) {
  for (int d = 1; d <= tree->depth; d++)
    pd_xml_set_int(tree->stack[d], "end-line", (long)line);
}

xmlNodePtr pd_tree_section(pd_tree *tree, int level, const char *kind, const char *number,
                           const pd_span *title) {
  if (level < 1)
    level = 1;
  if (level >= PD_TREE_MAX_DEPTH)
    level = PD_TREE_MAX_DEPTH - 1;
  while (tree->depth > 0 && tree->level[tree->depth] >= level)
    tree->depth--;
  xmlNodePtr sec = xmlNewChild(pd_tree_container(tree), NULL, BAD_CAST "section", NULL);
  pd_xml_set_int(sec, "level", level);
  pd_tree_lines(sec, title->first, title->last);
  S_stamp_page(tree, sec);
  xmlNodePtr head = pd_tree_text(tree, sec, "heading", title);
  S_set(head, "kind", kind);
  S_set(head, "number", number);
  tree->depth++;
  tree->stack[tree->depth] = sec;
  tree->level[tree->depth] = level;
  return head;
}

xmlNodePtr pd_tree_paragraph(pd_tree *tree, const pd_span *span) {
  xmlNodePtr p = pd_tree_text(tree, pd_tree_container(tree), "p", span);
  pd_tree_touch(tree, span->last);
  return p;
}

xmlNodePtr pd_tree_open(pd_tree *tree, xmlNodePtr parent, const char *name) {
  xmlNodePtr node = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
  S_stamp_page(tree, node);
  return node;
}

static unsigned long S_attr_ul(xmlNodePtr n, const char *name) {
  xmlChar *v = xmlGetProp(n, BAD_CAST name);
  unsigned long x = v ? strtoul((const char *)v, NULL, 10) : 0;
  xmlFree(v);
  return x;
}

xmlNodePtr pd_tree_close(pd_tree *tree, xmlNodePtr node, const char *kind) {
  unsigned long first = 0, last = 0, width = 0, widest = 0;
  for (xmlNodePtr c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (xmlHasProp(c, BAD_CAST "merged"))
      continue; /* a copy keeps the lines of the cell it copies */
    unsigned long a = S_attr_ul(c, "line"), b = S_attr_ul(c, "end-line");
    if (a && (!first || a < first))
      first = a;
    if (b > last)
      last = b;
    if (xmlStrEqual(c->name, BAD_CAST "row")) {
      width = 0;
      for (xmlNodePtr cell = c->children; cell; cell = cell->next)
        width += cell->type == XML_ELEMENT_NODE;
      if (width > widest)
        widest = width;
    }
  }
  if (!node->children || !first) {
    xmlUnlinkNode(node);
    xmlFreeNode(node);
    return NULL;
  }
  pd_tree_lines(node, first, last);
  if (xmlStrEqual(node->name, BAD_CAST "table")) {
    pd_xml_set_int(node, "columns", (long)(widest ? widest : 1));
    S_set(node, "kind", kind);
  }
  if (tree && !xmlStrEqual(node->name, BAD_CAST "row"))
    pd_tree_touch(tree, last);
  return node;
}

void pd_tree_furniture(pd_tree *tree, const char *text, unsigned long count, const char *lines) {
  xmlNodePtr f = xmlNewNode(NULL, BAD_CAST "furniture");
  xmlAddChild(f, xmlNewText(BAD_CAST text));
  pd_xml_set_int(f, "count", (long)count);
  xmlSetProp(f, BAD_CAST "lines", BAD_CAST lines);
  /* After the page table and earlier furniture, before any content. */
  xmlNodePtr at = tree->root->children;
  while (at &&
         (xmlStrEqual(at->name, BAD_CAST "pages") || xmlStrEqual(at->name, BAD_CAST "furniture")))
    at = at->next;
  if (at)
    xmlAddPrevSibling(at, f);
  else
    xmlAddChild(tree->root, f);
}

void pd_tree_page_start(pd_tree *tree, unsigned long number, unsigned long first) {
  if (!tree->pages) {
    tree->pages = xmlNewNode(NULL, BAD_CAST "pages");
    if (tree->root->children)
      xmlAddPrevSibling(tree->root->children, tree->pages);
    else
      xmlAddChild(tree->root, tree->pages);
  }
  xmlNodePtr p = xmlNewChild(tree->pages, NULL, BAD_CAST "page", NULL);
  pd_xml_set_int(p, "number", (long)number);
  pd_xml_set_int(p, "line", (long)first);
  tree->page = number;
}

/* ---- table grids ----------------------------------------------------------- */

void pd_grid_init(pd_grid *g) { memset(g, 0, sizeof *g); }

void pd_grid_free(pd_grid *g) {
  free(g->above);
  free(g->rows_left);
  memset(g, 0, sizeof *g);
}

void pd_grid_row(pd_grid *g) {
  g->col = 0;
  g->pending = 0;
}

enum { GRID_MAX_COLUMNS = 1000 }; /* wider "tables" are layout, not data */

static int S_grid_room(pd_grid *g, size_t col) {
  if (col >= GRID_MAX_COLUMNS)
    return 0;
  if (col >= g->cap) {
    size_t cap = g->cap ? g->cap : 16;
    while (cap <= col)
      cap *= 2;
    g->above = pd_xrealloc(g->above, cap * sizeof(xmlNodePtr));
    g->rows_left = pd_xrealloc(g->rows_left, cap * sizeof *g->rows_left);
    memset(g->above + g->cap, 0, (cap - g->cap) * sizeof(xmlNodePtr));
    memset(g->rows_left + g->cap, 0, (cap - g->cap) * sizeof *g->rows_left);
    g->cap = cap;
  }
  return 1;
}

void pd_grid_copy_above(pd_grid *g, xmlNodePtr row) {
  xmlNodePtr origin = g->col < g->cap ? g->above[g->col] : NULL;
  xmlNodePtr copy = origin ? xmlCopyNode(origin, 1) : xmlNewNode(NULL, BAD_CAST "cell");
  xmlUnsetProp(copy, BAD_CAST "colspan");
  xmlSetProp(copy, BAD_CAST "merged", BAD_CAST "above");
  xmlAddChild(row, copy);
  g->col++;
}

void pd_grid_fill(pd_grid *g, xmlNodePtr row) {
  while (g->col < g->cap && g->rows_left[g->col] > 0) {
    g->rows_left[g->col]--;
    pd_grid_copy_above(g, row);
  }
}

int pd_grid_covered_left(pd_grid *g) {
  if (!g->pending)
    return 0;
  g->pending--;
  return 1;
}

xmlNodePtr pd_grid_cell(pd_grid *g, pd_tree *tree, xmlNodePtr row, const pd_span *span,
                        unsigned colspan, unsigned rowspan) {
  xmlNodePtr cell = pd_tree_text(tree, row, "cell", span);
  if (colspan < 1)
    colspan = 1;
  if (colspan > 1) {
    pd_xml_set_int(cell, "colspan", (long)colspan);
    for (unsigned k = 1; k < colspan && g->col + k < GRID_MAX_COLUMNS; k++) {
      xmlNodePtr pad = xmlNewChild(row, NULL, BAD_CAST "cell", NULL);
      xmlSetProp(pad, BAD_CAST "merged", BAD_CAST "left");
    }
  }
  if (S_grid_room(g, g->col)) {
    g->above[g->col] = cell;
    g->rows_left[g->col] = rowspan > 1 ? rowspan - 1 : 0;
  }
  g->col += colspan;
  g->pending = colspan - 1;
  return cell;
}
