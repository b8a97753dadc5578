/* extract_match.c — what the extractor asks of one element: its text, the
 * source line of a byte of it, the sentence around a span, the thesaurus
 * hits in it, and the named things (services, laws, risk factors, SDGs,
 * cooperation models) those hits add to the plan. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "matcher.h"
#include "xmlio.h"

int pd_x_is(xmlNodePtr n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

unsigned long pd_x_attr_ul(xmlNodePtr n, const char *name) {
  char *v = pd_xml_attr(n, name);
  unsigned long x = v ? strtoul(v, NULL, 10) : 0;
  free(v);
  return x;
}

char *pd_x_text(xmlNodePtr n) {
  xmlChar *raw = xmlNodeGetContent(n);
  char *s = pd_xstrdup(raw ? (const char *)raw : "");
  xmlFree(raw);
  return s;
}

/* The map is parsed once per element from its "line" and "sourcemap"
 * (line:offset pairs) attributes and searched by bisection: a paragraph
 * of many lines is asked for the line of every name in it. */
unsigned long pd_x_line_at(pd_extractor *x, xmlNodePtr n, size_t offset) {
  pd_x_linemap *lm = &x->linemap;
  if (lm->node != n) {
    lm->node = n;
    lm->n = 0;
    lm->first = pd_x_attr_ul(n, "line");
    char *map = pd_xml_attr(n, "sourcemap");
    const char *p = map ? map : "";
    while (*p) {
      char *end;
      unsigned long l = strtoul(p, &end, 10);
      if (*end != ':')
        break;
      unsigned long off = strtoul(end + 1, &end, 10);
      if (lm->n == lm->cap) {
        lm->cap = lm->cap ? lm->cap * 2 : 64;
        lm->line = pd_xrealloc(lm->line, lm->cap * sizeof *lm->line);
        lm->off = pd_xrealloc(lm->off, lm->cap * sizeof *lm->off);
      }
      lm->line[lm->n] = l;
      lm->off[lm->n++] = off;
      p = end;
      while (*p == ' ')
        p++;
    }
    free(map);
  }
  /* The last entry at or before OFFSET (offsets ascend). */
  size_t lo = 0, hi = lm->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (lm->off[mid] <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  unsigned long line = lo ? lm->line[lo - 1] : lm->first;
  return line ? line : 1;
}

char *pd_x_lower(const char *s) {
  pd_buf b = PD_BUF_INIT;
  pd_fold(s, strlen(s), 0, &b, NULL);
  return pd_buf_detach(&b);
}

/* From after the previous ". " to the next, reaching at most
 * SENTENCE_REACH bytes either side (cut at a character boundary). The
 * bound keeps extraction linear: a paragraph of megabytes with no full
 * stop and a name every few words would otherwise cost its whole length
 * per name. */
enum { SENTENCE_REACH = 400 };
int pd_x_sentence_end(const char *text, size_t len, size_t i) {
  return i < len && strchr(".!?;", text[i]) && (i + 1 == len || text[i + 1] == ' ');
}

size_t pd_x_words(const char *text) {
  size_t w = 1;
  for (const char *p = text; *p; p++)
    w += *p == ' ';
  return w;
}

void pd_x_sentence(const char *text, size_t len, size_t a, size_t b, size_t *sa, size_t *sb) {
  size_t floor = a > SENTENCE_REACH ? a - SENTENCE_REACH : 0;
  size_t s = a;
  while (s > floor && !((text[s - 1] == ' ' && s >= 2 && strchr(".!?;", text[s - 2]))))
    s--;
  while (s < a && ((unsigned char)text[s] & 0xC0) == 0x80)
    s++;
  size_t ceiling = len - b > SENTENCE_REACH ? b + SENTENCE_REACH : len;
  size_t e = b;
  while (e < ceiling && !pd_x_sentence_end(text, len, e))
    e++;
  *sa = s;
  if (e == ceiling && e < len) { /* no sentence end within reach */
    while (e > b && ((unsigned char)text[e] & 0xC0) == 0x80)
      e--;
    *sb = e;
    return;
  }
  *sb = e < len ? e + 1 : len;
}

size_t pd_x_hits(const pd_extractor *x, const char *text, pd_x_hit **out) {
  pd_match *m = NULL;
  size_t n = pd_matcher_find(x->th->matcher, text, strlen(text), &m);
  pd_x_hit *h = n ? pd_xmalloc(n * sizeof *h) : NULL;
  for (size_t i = 0; i < n; i++) {
    const pd_alias *a = &x->th->aliases[m[i].pattern];
    h[i].entry = &x->th->entries[a->entry];
    h[i].colour = a->colour;
    h[i].start = m[i].start;
    h[i].end = m[i].end;
  }
  free(m);
  *out = h;
  return n;
}

const pd_x_hit *pd_x_one_level(const pd_x_hit *h, size_t n, int colours) {
  const pd_x_hit *found = NULL;
  for (size_t i = 0; i < n; i++) {
    if (h[i].entry->kind != PD_KIND_LEVEL || (h[i].colour && !colours))
      continue;
    if (found && strcmp(found->entry->value, h[i].entry->value) != 0)
      return NULL;
    if (!found)
      found = &h[i];
  }
  return found;
}

void pd_x_prov(const pd_extractor *x, pd_prov *p, unsigned long line, unsigned long end,
               const char *quote, size_t len, pd_evidence ev) {
  pd_prov_set(p, x->file, line, end, quote, len, ev);
}

pd_fact *pd_x_fact(const pd_extractor *x, pd_facts *f, const char *value, unsigned long line,
                   unsigned long end, const char *quote, size_t len, pd_evidence ev) {
  pd_fact *fact = pd_facts_add(f, value);
  pd_x_prov(x, &fact->where, line, end, quote, len, ev);
  return fact;
}

/* The item of entry E in LIST, made on first sight, with one more mention. */
static void S_item_add(const pd_extractor *x, pd_x_items *list, const pd_entry *e,
                       unsigned long line, const char *quote, size_t qlen) {
  pd_item *it = NULL;
  for (size_t i = 0; i < list->items.n && !it; i++)
    if (list->entry[i] == e)
      it = &list->items.v[i];
  if (!it) {
    size_t cap = list->items.cap;
    it = pd_items_add(&list->items);
    if (list->items.cap != cap)
      list->entry = pd_xrealloc(list->entry, list->items.cap * sizeof(const pd_entry *));
    list->entry[list->items.n - 1] = e;
    it->count = 0;
  }
  it->count++;
  if (it->mentions.n < PD_X_MAX_FACT_MENTIONS)
    pd_x_fact(x, &it->mentions, NULL, line, line, quote, qlen, PD_EV_NONE);
}

void pd_x_collect_items(pd_extractor *x, xmlNodePtr n, const char *text, const pd_x_hit *h,
                        size_t nh) {
  for (size_t i = 0; i < nh; i++) {
    pd_x_items *list = NULL;
    switch (h[i].entry->kind) {
    case PD_KIND_SERVICE:
      list = &x->services;
      break;
    case PD_KIND_LAW:
      list = &x->laws;
      break;
    case PD_KIND_RISK:
      list = &x->risks;
      break;
    case PD_KIND_SDG:
      list = &x->sdgs;
      break;
    case PD_KIND_MODEL:
      list = &x->models;
      break;
    default:
      break;
    }
    if (list)
      S_item_add(x, list, h[i].entry, pd_x_line_at(x, n, h[i].start), text + h[i].start,
                 h[i].end - h[i].start);
  }
}
