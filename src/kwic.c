/* kwic.c — keyword in context: one matcher pass per document (kwic.h). */
#include "kwic.h"

#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "xmlio.h"

void pd_kwic_query_init(pd_kwic_query *q, const pd_thesaurus *th, const char *term) {
  memset(q, 0, sizeof *q);
  q->th = th;
  q->term = pd_xstrdup(term);
  unsigned char *wanted = pd_xcalloc(th->count ? th->count : 1, 1);
  int any = 0;
  for (size_t i = 0; i < th->count; i++) {
    const pd_entry *e = &th->entries[i];
    int hit = strcmp(e->id, term) == 0 || (e->family && strcmp(e->family, term) == 0);
    wanted[i] = (unsigned char)hit;
    any |= hit;
  }
  if (any) {
    q->wanted = wanted;
    return;
  }
  free(wanted);
  q->phrase = pd_matcher_new();
  pd_matcher_add(q->phrase, term, 0);
  pd_matcher_build(q->phrase);
}

void pd_kwic_query_free(pd_kwic_query *q) {
  free(q->term);
  free(q->wanted);
  if (q->phrase)
    pd_matcher_free(q->phrase);
  memset(q, 0, sizeof *q);
}

int pd_kwic_is_entry(const pd_kwic_query *q) { return q->wanted != NULL; }

/* --- the document's text, unit by unit -------------------------------- */

typedef struct unit {
  size_t start; /* offset of its text in the joined buffer */
  xmlNodePtr node;
} unit;

typedef struct units {
  unit *v;
  size_t n, cap;
} units;

static int S_has_line(xmlNodePtr n) {
  return n->type == XML_ELEMENT_NODE && xmlHasProp(n, BAD_CAST "line");
}

/* Whether N holds, at any depth, an element with a line of its own. */
static int S_has_unit_inside(xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (S_has_line(c) || S_has_unit_inside(c)))
      return 1;
  return 0;
}

static void S_collect(xmlNodePtr n, pd_buf *text, units *u) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    if (S_has_line(c) && !S_has_unit_inside(c)) {
      xmlChar *t = xmlNodeGetContent(c);
      if (u->n == u->cap) {
        u->cap = u->cap ? 2 * u->cap : 64;
        u->v = pd_xrealloc(u->v, u->cap * sizeof *u->v);
      }
      u->v[u->n].start = text->len;
      u->v[u->n].node = c;
      u->n++;
      pd_buf_puts(text, t ? (const char *)t : "");
      pd_buf_putc(text, '\n'); /* a unit ends: the matcher folds it to a space */
      xmlFree(t);
    } else {
      S_collect(c, text, u);
    }
  }
}

/* The unit holding byte OFF (the last one starting at or before it). */
static const unit *S_unit_at(const units *u, size_t off) {
  size_t lo = 0, hi = u->n;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (u->v[mid].start <= off)
      lo = mid;
    else
      hi = mid;
  }
  return &u->v[lo];
}

static unsigned long S_ulong_attr(xmlNodePtr n, const char *name) {
  char *v = pd_xml_attr(n, name);
  unsigned long x = v ? strtoul(v, NULL, 10) : 0;
  free(v);
  return x;
}

/* The line of byte OFF of the unit's text: its sourcemap ("line:offset
 * ...") when it has one, else the unit's first line. */
static unsigned long S_line(xmlNodePtr n, size_t off) {
  unsigned long line = S_ulong_attr(n, "line");
  char *map = pd_xml_attr(n, "sourcemap");
  for (const char *p = map; p && *p;) {
    char *end = NULL;
    unsigned long l = strtoul(p, &end, 10);
    if (*end != ':')
      break;
    unsigned long o = strtoul(end + 1, &end, 10);
    if (o > off)
      break;
    line = l;
    p = end + strspn(end, " ");
  }
  free(map);
  return line;
}

/* The page of N: its own or its nearest ancestor's (0 = none). */
static unsigned long S_page(xmlNodePtr n) {
  for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (xmlHasProp(n, BAD_CAST "page"))
      return S_ulong_attr(n, "page");
  return 0;
}

static int S_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* LEN bytes at S as one line: white space runs (unit breaks included) as
 * one space. LEAD keeps a run at the start (the right context's, so the
 * reader sees whether the hit ends a word: "PMTO = Parent" against
 * "PMTO-veiledning"). */
static char *S_flat(const char *s, size_t len, int lead) {
  pd_buf b = PD_BUF_INIT;
  int space = 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      space = 1;
      continue;
    }
    if (space && (b.len || lead))
      pd_buf_putc(&b, ' ');
    space = 0;
    pd_buf_putc(&b, c);
  }
  if (space && b.len)
    pd_buf_putc(&b, ' ');
  return pd_buf_detach(&b);
}

/* Up to PD_KWIC_CONTEXT characters before START and after END. */
static void S_context(const char *text, size_t len, size_t start, size_t end, char **left,
                      char **right) {
  size_t a = start;
  for (int n = 0; a > 0 && n < PD_KWIC_CONTEXT; n++) {
    a--;
    while (a > 0 && S_continuation((unsigned char)text[a]))
      a--;
  }
  size_t b = end;
  for (int n = 0; b < len && n < PD_KWIC_CONTEXT; n++) {
    b++;
    while (b < len && S_continuation((unsigned char)text[b]))
      b++;
  }
  *left = S_flat(text + a, start - a, 0);
  *right = S_flat(text + end, b - end, 1);
}

size_t pd_kwic_document(const pd_kwic_query *q, xmlDocPtr doc, pd_kwic_rows *rows) {
  xmlNodePtr root = xmlDocGetRootElement(doc);
  pd_buf text = PD_BUF_INIT;
  units u = {NULL, 0, 0};
  S_collect(root, &text, &u);
  pd_match *m = NULL;
  const pd_matcher *matcher = q->wanted ? q->th->matcher : q->phrase;
  size_t nm = u.n ? pd_matcher_find(matcher, text.data, text.len, &m) : 0;
  char *mun = pd_xml_attr(root, "municipality");
  char *knr = pd_xml_attr(root, "kommunenummer");
  char *county = pd_xml_attr(root, "county");
  char *file = pd_xml_attr(root, "file");
  char *sha = pd_xml_attr(root, "sha256");
  if (sha)
    pd_buf_printf(&rows->stamps, "%s: %s\n", file ? file : "", sha);
  free(sha);
  size_t found = 0;
  for (size_t i = 0; i < nm; i++) {
    const char *entry = NULL;
    if (q->wanted) {
      const pd_alias *al = &q->th->aliases[m[i].pattern];
      if (al->colour || !q->wanted[al->entry])
        continue;
      entry = q->th->entries[al->entry].id;
    }
    const unit *un = S_unit_at(&u, m[i].start);
    if (rows->n == rows->cap) {
      rows->cap = rows->cap ? 2 * rows->cap : 64;
      rows->v = pd_xrealloc(rows->v, rows->cap * sizeof *rows->v);
    }
    pd_kwic_row *r = &rows->v[rows->n++];
    memset(r, 0, sizeof *r);
    r->municipality = pd_xstrdup(mun ? mun : "");
    r->kommunenummer = pd_xstrdup(knr ? knr : "");
    r->county = pd_xstrdup(county ? county : "");
    r->file = pd_xstrdup(file ? file : "");
    r->line = S_line(un->node, m[i].start - un->start);
    r->page = S_page(un->node);
    r->entry = entry ? pd_xstrdup(entry) : NULL;
    r->hit = S_flat(text.data + m[i].start, m[i].end - m[i].start, 0);
    S_context(text.data, text.len, m[i].start, m[i].end, &r->left, &r->right);
    found++;
  }
  free(m);
  free(mun);
  free(knr);
  free(county);
  free(file);
  free(u.v);
  pd_buf_free(&text);
  return found;
}

/* --- output ------------------------------------------------------------ */

static const char *const HEAD[] = {"municipality", "kommunenummer", "county", "file",
                                   "line",         "page",          "term",   "entry",
                                   "left",         "hit",           "right"};
enum { NHEAD = sizeof HEAD / sizeof HEAD[0] };

void pd_kwic_tsv(const pd_kwic_rows *rows, const char *term, pd_buf *out) {
  pd_table t;
  pd_table_init(&t, out, PD_TABLE_TSV);
  pd_table_row(&t, HEAD, NHEAD);
  for (size_t i = 0; i < rows->n; i++) {
    const pd_kwic_row *r = &rows->v[i];
    char line[32], page[32];
    snprintf(line, sizeof line, "%lu", r->line);
    snprintf(page, sizeof page, "%lu", r->page);
    const char *cells[] = {
        r->municipality, r->kommunenummer, r->county, r->file, line, r->page ? page : "", term,
        r->entry,        r->left,          r->hit,    r->right};
    pd_table_row(&t, cells, NHEAD);
  }
}

static void S_esc(pd_buf *b, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '<':
      pd_buf_puts(b, "&lt;");
      break;
    case '>':
      pd_buf_puts(b, "&gt;");
      break;
    case '&':
      pd_buf_puts(b, "&amp;");
      break;
    case '"':
      pd_buf_puts(b, "&quot;");
      break;
    default:
      pd_buf_putc(b, *s);
    }
  }
}

void pd_kwic_html(const pd_kwic_rows *rows, const pd_kwic_query *q, pd_buf *out) {
  const char *term = q->term;
  pd_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<title>KWIC: ");
  S_esc(out, term);
  pd_buf_puts(out, "</title>\n<style>\n"
                   "body{font-family:sans-serif;margin:1em}"
                   "table{border-collapse:collapse}"
                   "td,th{padding:.2em .5em;border-bottom:1px solid #ddd;vertical-align:top}"
                   "td.left{text-align:right;white-space:nowrap}"
                   "td.right{white-space:nowrap}td.hit{font-weight:bold;background:#fff3c4}"
                   "\n</style>\n</head>\n<body>\n<h1>Nøkkelord i kontekst: ");
  S_esc(out, term);
  pd_buf_printf(out, "</h1>\n<p>%zu treff.</p>\n<table>\n<thead><tr>", rows->n);
  static const char *const cols[] = {"Kommune", "Fil", "Linje", "Side", "Oppslag", "", "Treff", ""};
  for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
    pd_buf_printf(out, "<th>%s</th>", cols[i]);
  pd_buf_puts(out, "</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < rows->n; i++) {
    const pd_kwic_row *r = &rows->v[i];
    pd_buf_puts(out, "<tr><td>");
    S_esc(out, r->municipality);
    pd_buf_puts(out, "</td><td>");
    S_esc(out, r->file);
    pd_buf_printf(out, "</td><td>%lu</td><td>", r->line);
    if (r->page)
      pd_buf_printf(out, "%lu", r->page);
    pd_buf_puts(out, "</td><td>");
    S_esc(out, r->entry);
    pd_buf_puts(out, "</td><td class=\"left\">");
    S_esc(out, r->left);
    pd_buf_puts(out, "</td><td class=\"hit\">");
    S_esc(out, r->hit);
    pd_buf_puts(out, "</td><td class=\"right\">");
    S_esc(out, r->right);
    pd_buf_puts(out, "</td></tr>\n");
  }
  pd_buf_puts(out,
              "</tbody>\n</table>\n<div class=\"stamp\"><p>Laget av plandiff " PLANDIFF_VERSION);
  if (q->th->sha256[0]) {
    pd_buf_puts(out, " med tesaurus ");
    S_esc(out, q->th->version);
    pd_buf_printf(out, " (SHA-256 <code>%s</code>)", q->th->sha256);
  }
  pd_buf_puts(out, "</p>\n");
  if (rows->stamps.len) {
    pd_buf_puts(out, "<p>Kontrollsummer (SHA-256) for dokumentene:</p>\n<pre>");
    S_esc(out, pd_buf_cstr((pd_buf *)&rows->stamps));
    pd_buf_puts(out, "</pre>\n");
  }
  pd_buf_puts(out, "</div>\n</body>\n</html>\n");
}

void pd_kwic_rows_free(pd_kwic_rows *rows) {
  for (size_t i = 0; i < rows->n; i++) {
    pd_kwic_row *r = &rows->v[i];
    free(r->municipality);
    free(r->kommunenummer);
    free(r->county);
    free(r->file);
    free(r->entry);
    free(r->left);
    free(r->hit);
    free(r->right);
  }
  free(rows->v);
  pd_buf_free(&rows->stamps);
  memset(rows, 0, sizeof *rows);
}
