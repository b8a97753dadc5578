/* extract.c — document tree + thesaurus -> plan (schema/plan.rng).
 *
 * One walk over the tree in document order. Each text element (heading,
 * paragraph, list item, table cell) is matched once; its hits become
 * measures, services, laws, risk factors and SDGs. The walk carries the
 * context the plans express through structure: the level a colour heading
 * stands for (GRØNT = universell, where the plan maps colours to levels),
 * a literature section, a goal section, the columns of a measure table. */
#include "extract.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "manifest.h"
#include "pdf_pages.h"
#include "xmlio.h"

#ifndef PLANDIFF_VERSION
#define PLANDIFF_VERSION "0"
#endif

enum {
  MAX_QUOTE = 300,
  MAX_MENTIONS = 50,
  MAX_FACT_MENTIONS = 10,
  MAX_INDICATORS = 100,
  MAX_GOALS_PER_SECTION = 15
};

/* ---- facts ------------------------------------------------------------------ */

typedef struct fact {
  char *value; /* level/status value, service ref, use, ... (may be NULL) */
  unsigned long line, end;
  char *quote;
} fact;

typedef struct facts {
  fact *v;
  size_t n, cap;
} facts;

static void S_fact_add(facts *f, const char *value, unsigned long line, unsigned long end,
                       const char *quote, size_t qlen) {
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 4;
    f->v = pd_xrealloc(f->v, f->cap * sizeof *f->v);
  }
  /* Quotes are one line, at most MAX_QUOTE bytes, cut on a character. */
  pd_buf q = PD_BUF_INIT;
  size_t n = qlen;
  if (n > MAX_QUOTE) {
    n = MAX_QUOTE;
    while (n > 0 && ((unsigned char)quote[n] & 0xC0) == 0x80)
      n--;
  }
  for (size_t i = 0; i < n; i++) {
    char ch = quote[i];
    if (ch == '\t' || ch == '\n' || ch == '\f')
      ch = ' ';
    pd_buf_putc(&q, ch);
  }
  if (n < qlen)
    pd_buf_puts(&q, "…");
  fact *x = &f->v[f->n++];
  x->value = value ? pd_xstrdup(value) : NULL;
  x->line = line;
  x->end = end;
  x->quote = pd_buf_detach(&q);
}

static void S_facts_free(facts *f) {
  for (size_t i = 0; i < f->n; i++) {
    free(f->v[i].value);
    free(f->v[i].quote);
  }
  free(f->v);
  memset(f, 0, sizeof *f);
}

static int S_facts_has(const facts *f, const char *value) {
  for (size_t i = 0; i < f->n; i++)
    if (f->v[i].value && value && strcmp(f->v[i].value, value) == 0)
      return 1;
  return 0;
}

/* ---- records ---------------------------------------------------------------- */

typedef enum use { USE_LITERATURE, USE_EXAMPLE, USE_PLANNED, USE_RUNS } use;
static const char *const USE_NAMES[] = {"literature", "example", "planned", "runs"};

typedef struct measure {
  char *ref; /* thesaurus id; NULL for a local measure */
  char *name;
  char *family;
  char *theme;
  use use;
  facts levels, status, responsible, mentions;
} measure;

typedef struct item { /* a service, law, risk factor or SDG */
  const pd_entry *entry;
  unsigned long count;
  facts mentions;
} item;

typedef struct items {
  item *v;
  size_t n, cap;
} items;

typedef struct goal {
  const char *kind;
  char *section;
  fact where;
  char *text;
} goal;

/* One element's source map, parsed (see S_line_at). */
typedef struct linemap {
  xmlNodePtr node;
  unsigned long first; /* the element's "line" */
  unsigned long *line;
  size_t *off;
  size_t n, cap;
} linemap;

typedef struct extractor {
  const pd_thesaurus *th;
  linemap linemap;
  const char *file;
  int colours; /* the plan maps colours to levels */
  measure *measures;
  size_t nmeasures, capmeasures;
  size_t *mindex; /* hash index of measures: slot = index + 1, 0 empty */
  size_t mslots;
  items services, laws, risks, sdgs, models;
  goal *goals;
  size_t ngoals, capgoals;
  facts sections;     /* value = "level|number", quote = heading text */
  facts model_levels; /* value = number */
  facts matrix;       /* value = "risk\tlevel\tservice" */
  xmlNodePtr indicators;
  size_t nindicators;
  facts outline;
} extractor;

typedef struct context {
  int literature;
  const char *colour_level; /* level a colour heading stands for */
  size_t colour_at;         /* its heading: index + 1 into extractor.sections */
  const char *goal_kind;
  const char *section; /* heading text */
  int outline;
  size_t goals_here;
} context;

/* ---- text helpers ------------------------------------------------------------ */

static unsigned long S_attr_ul(xmlNodePtr n, const char *name) {
  char *v = pd_xml_attr(n, name);
  unsigned long x = v ? strtoul(v, NULL, 10) : 0;
  free(v);
  return x;
}

static int S_is(xmlNodePtr n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

/* The source line of byte OFFSET of element N's text, from its "line" and
 * "sourcemap" (line:offset pairs) attributes. The map is parsed once per
 * element and searched by bisection: a paragraph of many lines is asked
 * for the line of every name in it. */
static unsigned long S_line_at(extractor *x, xmlNodePtr n, size_t offset) {
  linemap *lm = &x->linemap;
  if (lm->node != n) {
    lm->node = n;
    lm->n = 0;
    lm->first = S_attr_ul(n, "line");
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

/* Lower-cased copy for keyword tests (ASCII and Æ Ø Å). */
static char *S_lower(const char *s) {
  pd_buf b = PD_BUF_INIT;
  pd_fold(s, strlen(s), 0, &b, NULL);
  return pd_buf_detach(&b);
}

/* The sentence of TEXT around [a, b): from after the previous ". " to the
 * next, reaching at most SENTENCE_REACH bytes either side (cut at a
 * character boundary). The bound keeps extraction linear: a paragraph of
 * megabytes with no full stop and a name every few words would otherwise
 * cost its whole length per name. */
enum { SENTENCE_REACH = 400 };
static void S_sentence(const char *text, size_t len, size_t a, size_t b, size_t *sa, size_t *sb) {
  size_t floor = a > SENTENCE_REACH ? a - SENTENCE_REACH : 0;
  size_t s = a;
  while (s > floor && !((text[s - 1] == ' ' && s >= 2 && strchr(".!?;", text[s - 2]))))
    s--;
  while (s < a && ((unsigned char)text[s] & 0xC0) == 0x80)
    s++;
  size_t ceiling = len - b > SENTENCE_REACH ? b + SENTENCE_REACH : len;
  size_t e = b;
  while (e < ceiling && !(strchr(".!?;", text[e]) && (e + 1 == len || text[e + 1] == ' ')))
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

/* ---- records ------------------------------------------------------------------ */

/* FNV-1a of a measure's key: its thesaurus id, or its name for a local one. */
static uint64_t S_measure_hash(const char *ref, const char *name, size_t nlen) {
  const char *k = ref ? ref : name ? name : "";
  size_t len = ref ? strlen(ref) : name ? nlen : 0;
  uint64_t h = ref ? 1469598103934665603ULL : 7809847782465536322ULL;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)k[i]) * 1099511628211ULL;
  return h;
}

static int S_measure_is(const measure *m, const char *ref, const char *name, size_t nlen) {
  return ref ? (m->ref && strcmp(m->ref, ref) == 0)
             : (!m->ref && strlen(m->name) == nlen &&
                strncmp(m->name, name ? name : "", nlen) == 0);
}

/* Rebuilds the open-addressing index of the measures (slot = index + 1),
 * large enough that it stays at most half full after one more measure. */
static void S_measure_reindex(extractor *x) {
  free(x->mindex);
  x->mslots = 64;
  while (x->mslots < (x->nmeasures + 1) * 4)
    x->mslots *= 2;
  x->mindex = pd_xcalloc(x->mslots, sizeof *x->mindex);
  for (size_t i = 0; i < x->nmeasures; i++) {
    const measure *m = &x->measures[i];
    size_t at = (size_t)S_measure_hash(m->ref, m->name, strlen(m->name)) & (x->mslots - 1);
    while (x->mindex[at])
      at = (at + 1) & (x->mslots - 1);
    x->mindex[at] = i + 1;
  }
}

/* The measure of a programme (REF) or a local measure (NAME), made on first
 * sight. Looked up by hash: a table of thousands of rows is thousands of
 * local measures. */
static measure *S_measure(extractor *x, const char *ref, const char *name, size_t nlen) {
  if ((x->nmeasures + 1) * 2 > x->mslots)
    S_measure_reindex(x);
  size_t at = (size_t)S_measure_hash(ref, name, nlen) & (x->mslots - 1);
  for (; x->mindex[at]; at = (at + 1) & (x->mslots - 1))
    if (S_measure_is(&x->measures[x->mindex[at] - 1], ref, name, nlen))
      return &x->measures[x->mindex[at] - 1];
  if (x->nmeasures == x->capmeasures) {
    x->capmeasures = x->capmeasures ? x->capmeasures * 2 : 32;
    x->measures = pd_xrealloc(x->measures, x->capmeasures * sizeof *x->measures);
  }
  x->mindex[at] = x->nmeasures + 1;
  measure *m = &x->measures[x->nmeasures++];
  memset(m, 0, sizeof *m);
  m->use = USE_LITERATURE;
  if (ref) {
    const pd_entry *e = pd_thesaurus_find(x->th, PD_KIND_PROGRAMME, ref);
    if (!e)
      e = pd_thesaurus_find(x->th, PD_KIND_MODEL, ref);
    m->ref = pd_xstrdup(ref);
    m->name = pd_xstrdup(e && e->short_name ? e->short_name : e && e->name_nb ? e->name_nb : ref);
    if (e && e->family)
      m->family = pd_xstrdup(e->family);
  } else {
    m->name = pd_xstrndup(name ? name : "", name ? nlen : 0);
  }
  return m;
}

static void S_item_add(items *list, const pd_entry *e, unsigned long line, const char *quote,
                       size_t qlen) {
  item *it = NULL;
  for (size_t i = 0; i < list->n; i++)
    if (list->v[i].entry == e)
      it = &list->v[i];
  if (!it) {
    if (list->n == list->cap) {
      list->cap = list->cap ? list->cap * 2 : 8;
      list->v = pd_xrealloc(list->v, list->cap * sizeof *list->v);
    }
    it = &list->v[list->n++];
    memset(it, 0, sizeof *it);
    it->entry = e;
  }
  it->count++;
  if (it->mentions.n < MAX_FACT_MENTIONS)
    S_fact_add(&it->mentions, NULL, line, line, quote, qlen);
}

/* ---- matching an element ------------------------------------------------------ */

typedef struct hit {
  const pd_entry *entry;
  int colour;
  size_t start, end;
} hit;

static size_t S_hits(const extractor *x, const char *text, hit **out) {
  pd_match *m = NULL;
  size_t n = pd_matcher_find(x->th->matcher, text, strlen(text), &m);
  hit *h = n ? pd_xmalloc(n * sizeof *h) : NULL;
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

/* How a sentence (folded) cites a programme. */
static use S_use_in(const extractor *x, const context *c, const char *sentence_lower) {
  if (c->literature)
    return USE_LITERATURE;
  if (pd_lexicon_find(x->th->lexicon, PD_CUE_USE_EXAMPLE, sentence_lower))
    return USE_EXAMPLE;
  if (pd_lexicon_find(x->th->lexicon, PD_CUE_USE_PLANNED, sentence_lower))
    return USE_PLANNED;
  return USE_RUNS;
}

static void S_mention(extractor *x, measure *m, xmlNodePtr n, const char *text, const hit *h,
                      use u) {
  if (u > m->use)
    m->use = u;
  if (m->mentions.n < MAX_MENTIONS) {
    unsigned long line = S_line_at(x, n, h->start);
    S_fact_add(&m->mentions, NULL, line, line, text + h->start, h->end - h->start);
  }
  (void)x;
}

/* The single level a text states, or NULL (none, or several). */
static const hit *S_one_level(const hit *h, size_t n, int colours) {
  const hit *found = NULL;
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

static void S_add_level(measure *m, const char *value, unsigned long line, const char *quote,
                        size_t qlen) {
  if (!S_facts_has(&m->levels, value))
    S_fact_add(&m->levels, value, line, line, quote, qlen);
}

/* The level of the colour heading the text stands under. */
static void S_add_colour_level(const extractor *x, const context *c, measure *m) {
  const fact *f = &x->sections.v[c->colour_at - 1];
  S_add_level(m, c->colour_level, f->line, f->quote, strlen(f->quote));
}

/* Services, laws, risk factors, SDGs and cooperation models named in TEXT. */
static void S_collect_items(extractor *x, xmlNodePtr n, const char *text, const hit *h, size_t nh) {
  for (size_t i = 0; i < nh; i++) {
    items *list = NULL;
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
      S_item_add(list, h[i].entry, S_line_at(x, n, h[i].start), text + h[i].start,
                 h[i].end - h[i].start);
  }
}

/* The name of a local measure: the start of its list item or table cell,
 * up to STOP (':' after a list item's name; '.' before a space or the end,
 * closing a cell's first sentence, so "Ressursteam 2.0" stays whole), a web
 * address or 100 bytes, cut back to a whole word, without trailing
 * punctuation or a dangling "og"/"eller". */
static size_t S_local_name_len(const char *text, size_t len, char stop) {
  enum { MAX_NAME = 100 };
  size_t n = 0;
  while (n < len && !(text[n] == stop && (stop != '.' || n + 1 == len || text[n + 1] == ' ')) &&
         !(n > 0 && text[n - 1] == ' ' &&
           (strncmp(text + n, "http", 4) == 0 || strncmp(text + n, "www.", 4) == 0)))
    n++;
  if (n == 0) /* nothing before the stop: the text is its own name */
    n = len;
  if (n > MAX_NAME) {
    size_t cut = MAX_NAME;
    while (cut > 0 && text[cut] != ' ')
      cut--;
    if (cut == 0) /* one long word: cut at a character boundary */
      for (cut = MAX_NAME; cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80;)
        cut--;
    n = cut;
  }
  for (size_t before = 0; n != before;) {
    before = n;
    while (n > 0 && strchr(" ,;:<(", text[n - 1]))
      n--;
    if (n >= 2 && memcmp(text + n - 2, " -", 2) == 0)
      n -= 2;
    else if (n >= 2 && text[n - 1] == '.' && !(text[n - 2] >= '0' && text[n - 2] <= '9'))
      n--;
    else if (n >= 3 && (memcmp(text + n - 3, "\xE2\x80\x93", 3) == 0 || /* en dash */
                        memcmp(text + n - 3, " og", 3) == 0))
      n -= 3;
    else if (n >= 6 && memcmp(text + n - 6, " eller", 6) == 0)
      n -= 6;
  }
  return n;
}

/* Whether TEXT begins (after quotes and spaces) with the name of a
 * cooperation model: a list item or table row about the model itself
 * ("BTI (bedre tverrfaglig innsats) ...", "\"Se meg\""), not a measure. */
static int S_leads_with_model(const char *text, const hit *h, size_t nh) {
  size_t lead = 0;
  for (;;) {
    const unsigned char *u = (const unsigned char *)text + lead;
    if (u[0] == ' ' || u[0] == '"' || u[0] == '\'')
      lead++;
    else if (u[0] == 0xE2 && u[1] == 0x80 && u[2]) /* curly quotes, dashes */
      lead += 3;
    else
      break;
  }
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_MODEL && h[i].start == lead)
      return 1;
  return 0;
}

/* A paragraph or list item: programmes with the level the text gives them. */
static void S_text_block(extractor *x, const context *c, xmlNodePtr n) {
  xmlChar *raw = xmlNodeGetContent(n);
  const char *text = raw ? (const char *)raw : "";
  hit *h = NULL;
  size_t nh = S_hits(x, text, &h);
  S_collect_items(x, n, text, h, nh);
  const hit *level = S_one_level(h, nh, x->colours);
  size_t len = strlen(text);
  for (size_t i = 0; i < nh; i++) {
    if (h[i].entry->kind != PD_KIND_PROGRAMME)
      continue;
    measure *m = S_measure(x, h[i].entry->id, NULL, 0);
    size_t sa, sb;
    S_sentence(text, len, h[i].start, h[i].end, &sa, &sb);
    char *sentence = pd_xstrndup(text + sa, sb - sa);
    char *lower = S_lower(sentence);
    use u = S_use_in(x, c, lower);
    S_mention(x, m, n, text, &h[i], u);
    if (u != USE_LITERATURE) {
      if (level)
        S_add_level(m, level->entry->value, S_line_at(x, n, level->start), text + level->start,
                    level->end - level->start);
      else if (c->colour_level && c->colour_at)
        S_add_colour_level(x, c, m);
    }
    free(lower);
    free(sentence);
  }
  /* Under a colour heading a list item is a measure of that level: the
   * appendix lists of plans such as Larvik's. */
  if (S_is(n, "item") && c->colour_level && c->colour_at && !c->literature) {
    int named = 0;
    for (size_t i = 0; i < nh; i++)
      named |= h[i].entry->kind == PD_KIND_PROGRAMME;
    size_t nlen = named || S_leads_with_model(text, h, nh) ? 0 : S_local_name_len(text, len, ':');
    if (nlen >= 3) {
      measure *m = S_measure(x, NULL, text, nlen);
      if (m->use < USE_RUNS)
        m->use = USE_RUNS;
      unsigned long line = S_line_at(x, n, 0);
      if (m->mentions.n < MAX_MENTIONS)
        S_fact_add(&m->mentions, NULL, line, line, text, nlen);
      S_add_colour_level(x, c, m);
    }
  }
  free(h);
  xmlFree(raw);
}

/* ---- indicators ------------------------------------------------------------------ */

/* The number written before the '%' at T[PCT] ("13 %", "4,5%"): its span
 * [*START, *END) in T, and in OUT (32 bytes) with a decimal point. 0 if
 * none, or if it would start with a comma. */
static int S_percent_number(const char *t, size_t pct, size_t *start, size_t *end, char *out) {
  size_t e = pct;
  while (e > 0 && t[e - 1] == ' ')
    e--;
  size_t s = e;
  while (s > 0 && ((t[s - 1] >= '0' && t[s - 1] <= '9') || t[s - 1] == ','))
    s--;
  if (s == e || t[s] == ',')
    return 0;
  size_t nl = e - s < 31 ? e - s : 31;
  for (size_t k = 0; k < nl; k++)
    out[k] = (char)(t[s + k] == ',' ? '.' : t[s + k]);
  out[nl] = '\0';
  *start = s;
  *end = e;
  return 1;
}

static void S_indicators(extractor *x, xmlNodePtr n, const char *text) {
  size_t len = strlen(text);
  for (size_t i = 0; i < len && x->nindicators < MAX_INDICATORS; i++) {
    size_t s, e;
    char num[32];
    if (text[i] != '%' || !S_percent_number(text, i, &s, &e, num))
      continue;
    size_t sa, sb;
    S_sentence(text, len, s, i + 1, &sa, &sb);
    /* one indicator per sentence: the first percentage in it */
    int first = 1;
    for (size_t k = sa; k < s; k++)
      if (text[k] == '%')
        first = 0;
    if (!first)
      continue;
    xmlNodePtr ind = xmlNewChild(x->indicators, NULL, BAD_CAST "indicator", NULL);
    xmlSetProp(ind, BAD_CAST "value", BAD_CAST num);
    xmlSetProp(ind, BAD_CAST "unit", BAD_CAST "%");
    for (size_t k = sa; k + 4 <= sb; k++)
      if ((text[k] == '1' || text[k] == '2') && (k == 0 || text[k - 1] == ' ') &&
          (text[k + 1] == '9' || text[k + 1] == '0') && text[k + 2] >= '0' && text[k + 2] <= '9' &&
          text[k + 3] >= '0' && text[k + 3] <= '9' &&
          (k + 4 == sb || !(text[k + 4] >= '0' && text[k + 4] <= '9'))) {
        char year[5];
        memcpy(year, text + k, 4);
        year[4] = '\0';
        xmlSetProp(ind, BAD_CAST "year", BAD_CAST year);
        break;
      }
    facts tmp = {NULL, 0, 0};
    unsigned long line = S_line_at(x, n, s);
    S_fact_add(&tmp, NULL, line, line, text + sa, sb - sa);
    xmlSetProp(ind, BAD_CAST "file", BAD_CAST x->file);
    pd_xml_set_int(ind, "line", (long)line);
    xmlSetProp(ind, BAD_CAST "quote", BAD_CAST tmp.v[0].quote);
    pd_xml_add(ind, "what", tmp.v[0].quote);
    S_facts_free(&tmp);
    /* Comparison figures: later percentages in the sentence near an area. */
    /* Offsets below are the sentence's own, so it is lower-cased in
     * place (S_lower folds white space and changes the length). */
    char *lower = pd_xstrndup(text + sa, sb - sa);
    pd_lower_in_place(lower);
    for (size_t k = i + 1 - sa; lower[k]; k++) {
      size_t cs, ce;
      char cnum[32];
      if (lower[k] != '%' || !S_percent_number(lower, k, &cs, &ce, cnum))
        continue;
      const char *area = NULL;
      size_t from = cs > 60 ? cs - 60 : 0;
      const char *cue;
      for (size_t a = 0; !area && (cue = pd_lexicon_cue_at(x->th->lexicon, PD_CUE_AREA, a)); a++) {
        const char *at = strstr(lower + from, cue);
        if (at && (size_t)(at - lower) < k + 60)
          area = cue;
      }
      if (!area)
        continue;
      xmlNodePtr cmp = xmlNewChild(ind, NULL, BAD_CAST "comparison", NULL);
      xmlSetProp(cmp, BAD_CAST "value", BAD_CAST cnum);
      xmlSetProp(cmp, BAD_CAST "unit", BAD_CAST "%");
      xmlSetProp(cmp, BAD_CAST "area", BAD_CAST area);
    }
    free(lower);
    x->nindicators++;
  }
}

/* ---- tables ------------------------------------------------------------------------ */

enum { COL_NONE = -1 };

typedef struct columns {
  int measure, theme, status, responsible, level;
} columns;

static char *S_cell_text(xmlNodePtr cell) {
  xmlChar *v = xmlNodeGetContent(cell);
  char *s = pd_xstrdup(v ? (const char *)v : "");
  xmlFree(v);
  return s;
}

static columns S_columns(const extractor *x, xmlNodePtr header) {
  columns c = {COL_NONE, COL_NONE, COL_NONE, COL_NONE, COL_NONE};
  int i = 0;
  for (xmlNodePtr cell = header->children; cell; cell = cell->next) {
    if (!S_is(cell, "cell"))
      continue;
    char *t = S_cell_text(cell);
    pd_column col = pd_lexicon_column(x->th->lexicon, t, strlen(t), NULL, NULL);
    if (col == PD_COL_LEVEL && c.level == COL_NONE)
      c.level = i;
    else if (col == PD_COL_MEASURE && c.measure == COL_NONE)
      c.measure = i;
    else if (col == PD_COL_THEME)
      c.theme = i;
    else if (col == PD_COL_STATUS)
      c.status = i;
    else if (col == PD_COL_RESPONSIBLE)
      c.responsible = i;
    free(t);
    i++;
  }
  return c;
}

static xmlNodePtr S_cell_at(xmlNodePtr row, int col) {
  int i = 0;
  for (xmlNodePtr cell = row->children; cell; cell = cell->next)
    if (S_is(cell, "cell") && i++ == col)
      return cell;
  return NULL;
}

/* A row of a measure table: the measure with its level, status, service. */
static void S_measure_row(extractor *x, const context *c, xmlNodePtr row, const columns *col) {
  xmlNodePtr mcell = S_cell_at(row, col->measure);
  if (!mcell)
    return;
  char *mtext = S_cell_text(mcell);
  if (!*mtext) {
    free(mtext);
    return;
  }
  /* The row's measures, kept as indices while they are being found: a new
   * measure may move the array (found by the normaliser fuzzer). */
  measure *targets[8];
  size_t at[8];
  size_t nt = 0;
  /* The row's programmes: named in its measure or theme cell. */
  int name_cols[2] = {col->measure, col->theme};
  for (int k = 0; k < 2; k++) {
    xmlNodePtr cell = name_cols[k] == COL_NONE ? NULL : S_cell_at(row, name_cols[k]);
    if (!cell)
      continue;
    char *t = S_cell_text(cell);
    hit *h = NULL;
    size_t nh = S_hits(x, t, &h);
    for (size_t i = 0; i < nh && nt < 8; i++)
      if (h[i].entry->kind == PD_KIND_PROGRAMME) {
        measure *m = S_measure(x, h[i].entry->id, NULL, 0);
        S_mention(x, m, cell, t, &h[i], USE_RUNS);
        at[nt++] = (size_t)(m - x->measures);
      }
    free(h);
    free(t);
  }
  if (!nt) {
    /* A local measure, named by its cell up to the first sentence end. */
    hit *h = NULL;
    size_t nh = S_hits(x, mtext, &h);
    size_t nlen =
        S_leads_with_model(mtext, h, nh) ? 0 : S_local_name_len(mtext, strlen(mtext), '.');
    /* A cell that is only a level or status word ("Selektiv") is a column
     * of a table PDF extraction garbled, not a measure's name. */
    for (size_t i = 0; i < nh && nlen; i++)
      if ((h[i].entry->kind == PD_KIND_LEVEL || h[i].entry->kind == PD_KIND_STATUS) &&
          h[i].start == 0 && h[i].end >= nlen)
        nlen = 0;
    free(h);
    if (!nlen) {
      free(mtext);
      return;
    }
    measure *m = S_measure(x, NULL, mtext, nlen);
    unsigned long line = S_line_at(x, mcell, 0);
    if (m->mentions.n < MAX_MENTIONS)
      S_fact_add(&m->mentions, NULL, line, line, mtext, nlen);
    if (m->use < USE_RUNS)
      m->use = USE_RUNS;
    at[nt++] = (size_t)(m - x->measures);
  }
  for (size_t k = 0; k < nt; k++) /* no measure is added below this point */
    targets[k] = &x->measures[at[k]];
  struct {
    int col;
    pd_kind kind;
  } roles[] = {{col->level, PD_KIND_LEVEL},
               {col->status, PD_KIND_STATUS},
               {col->responsible, PD_KIND_SERVICE}};
  for (size_t r = 0; r < 3; r++) {
    xmlNodePtr cell = roles[r].col == COL_NONE ? NULL : S_cell_at(row, roles[r].col);
    if (!cell)
      continue;
    char *t = S_cell_text(cell);
    if (!*t) {
      free(t);
      continue;
    }
    hit *ch = NULL;
    size_t nch = S_hits(x, t, &ch);
    int found = 0;
    for (size_t i = 0; i < nch; i++) {
      if (ch[i].entry->kind != roles[r].kind)
        continue;
      unsigned long line = S_line_at(x, cell, ch[i].start);
      for (size_t k = 0; k < nt; k++) {
        measure *m = targets[k];
        if (roles[r].kind == PD_KIND_LEVEL)
          S_add_level(m, ch[i].entry->value, line, t + ch[i].start, ch[i].end - ch[i].start);
        else if (roles[r].kind == PD_KIND_STATUS && !m->status.n)
          S_fact_add(&m->status, ch[i].entry->value, line, line, t, strlen(t));
        else if (roles[r].kind == PD_KIND_SERVICE && !S_facts_has(&m->responsible, ch[i].entry->id))
          S_fact_add(&m->responsible, ch[i].entry->id, line, line, t, strlen(t));
      }
      found = 1;
      if (roles[r].kind == PD_KIND_STATUS)
        break;
    }
    unsigned long line = S_line_at(x, cell, 0);
    for (size_t k = 0; k < nt && !found; k++) {
      measure *m = targets[k];
      if (roles[r].kind == PD_KIND_STATUS && !m->status.n)
        S_fact_add(&m->status, pd_lexicon_status_other(x->th->lexicon), line, line, t, strlen(t));
      else if (roles[r].kind == PD_KIND_SERVICE && !m->responsible.n)
        S_fact_add(&m->responsible, NULL, line, line, t, strlen(t));
    }
    /* planned or recommended: the plan does not run it yet */
    for (size_t k = 0; k < nt; k++)
      if (roles[r].kind == PD_KIND_STATUS && targets[k]->status.n &&
          pd_lexicon_status_planned(x->th->lexicon, targets[k]->status.v[0].value) &&
          targets[k]->mentions.n <= 1)
        targets[k]->use = USE_PLANNED;
    free(ch);
    free(t);
  }
  xmlNodePtr tcell = col->theme == COL_NONE ? NULL : S_cell_at(row, col->theme);
  if (tcell && !targets[0]->theme) {
    char *t = S_cell_text(tcell);
    if (*t)
      targets[0]->theme = t;
    else
      free(t);
  }
  free(mtext);
  (void)c;
}

/* A risk x level table (Larvik): rows named by a level, columns by risk
 * area, cells listing the services responsible. */
static void S_matrix_table(extractor *x, xmlNodePtr table, xmlNodePtr header) {
  for (xmlNodePtr row = header->next; row; row = row->next) {
    if (!S_is(row, "row"))
      continue;
    xmlNodePtr first = S_cell_at(row, 0);
    if (!first)
      continue;
    char *lt = S_cell_text(first);
    hit *lh = NULL;
    size_t nlh = S_hits(x, lt, &lh);
    const hit *level = S_one_level(lh, nlh, 0);
    const char *value = level ? level->entry->value : NULL;
    if (value) {
      int col = 0;
      for (xmlNodePtr cell = row->children; cell; cell = cell->next) {
        if (!S_is(cell, "cell") || col++ == 0)
          continue;
        xmlNodePtr hc = S_cell_at(header, col - 1);
        char *risk = hc ? S_cell_text(hc) : pd_xstrdup("");
        char *t = S_cell_text(cell);
        hit *h = NULL;
        size_t nh = S_hits(x, t, &h);
        for (size_t i = 0; i < nh; i++) {
          if (h[i].entry->kind != PD_KIND_SERVICE)
            continue;
          pd_buf key = PD_BUF_INIT;
          pd_buf_printf(&key, "%s\t%s\t%s", risk, value, h[i].entry->id);
          if (!S_facts_has(&x->matrix, key.data)) {
            unsigned long line = S_line_at(x, cell, h[i].start);
            S_fact_add(&x->matrix, key.data, line, line, t + h[i].start, h[i].end - h[i].start);
          }
          pd_buf_free(&key);
        }
        free(h);
        free(t);
        free(risk);
      }
    }
    free(lh);
    free(lt);
  }
  (void)table;
}

/* BTI-style levels given as a table whose header is "0 1 2 3". */
static void S_model_level_table(extractor *x, xmlNodePtr header) {
  xmlNodePtr next = header->next;
  while (next && !S_is(next, "row"))
    next = next->next;
  int col = 0;
  for (xmlNodePtr cell = header->children; cell; cell = cell->next) {
    if (!S_is(cell, "cell"))
      continue;
    char *t = S_cell_text(cell);
    if (strlen(t) == 1 && t[0] >= '0' && t[0] <= '3' && !S_facts_has(&x->model_levels, t)) {
      xmlNodePtr label = next ? S_cell_at(next, col) : NULL;
      char *lt = label ? S_cell_text(label) : pd_xstrdup("");
      unsigned long line = S_line_at(x, label ? label : cell, 0);
      S_fact_add(&x->model_levels, t, line, line, lt, strlen(lt));
      free(lt);
    }
    free(t);
    col++;
  }
}

static void S_table(extractor *x, const context *c, xmlNodePtr table) {
  xmlNodePtr header = NULL;
  for (xmlNodePtr row = table->children; row && !header; row = row->next)
    if (S_is(row, "row"))
      header = row;
  if (!header)
    return;
  columns col = S_columns(x, header);
  int measures = col.measure != COL_NONE && (col.level != COL_NONE || col.status != COL_NONE);
  for (xmlNodePtr row = table->children; row; row = row->next) {
    if (!S_is(row, "row"))
      continue;
    int i = 0;
    for (xmlNodePtr cell = row->children; cell; cell = cell->next) {
      if (!S_is(cell, "cell"))
        continue;
      int named_here = measures && row != header && (i == col.measure || i == col.theme);
      i++;
      xmlChar *raw = xmlNodeGetContent(cell);
      const char *text = raw ? (const char *)raw : "";
      if (named_here) {
        /* the row's own measure: S_measure_row reads it */
        hit *h = NULL;
        size_t nh = S_hits(x, text, &h);
        S_collect_items(x, cell, text, h, nh);
        free(h);
      } else {
        S_text_block(x, c, cell);
      }
      S_indicators(x, cell, text);
      xmlFree(raw);
    }
    if (measures && row != header)
      S_measure_row(x, c, row, &col);
  }
  if (!measures) {
    S_matrix_table(x, table, header);
    S_model_level_table(x, header);
  }
}

/* ---- the walk ----------------------------------------------------------------------- */

static void S_heading(extractor *x, context *c, xmlNodePtr section, xmlNodePtr heading,
                      const context *parent) {
  xmlChar *raw = xmlNodeGetContent(heading);
  const char *text = raw ? (const char *)raw : "";
  char *number = pd_xml_attr(heading, "number");
  char *level = pd_xml_attr(section, "level");
  pd_buf key = PD_BUF_INIT;
  pd_buf_printf(&key, "%s|%s", level ? level : "1", number ? number : "");
  unsigned long line = S_attr_ul(heading, "line");
  S_fact_add(&x->sections, key.data, line, S_attr_ul(heading, "end-line"), text, strlen(text));
  pd_buf_free(&key);
  free(number);
  free(level);

  char *lower = S_lower(text);
  *c = *parent;
  c->section = x->sections.v[x->sections.n - 1].quote;
  c->goals_here = 0;
  c->goal_kind = NULL;
  const pd_lexicon *lex = x->th->lexicon;
  if (pd_lexicon_find(lex, PD_CUE_LITERATURE, lower))
    c->literature = 1;
  int outline_heading = pd_lexicon_find(lex, PD_CUE_OUTLINE, lower) != NULL;
  if (outline_heading)
    c->outline = 1;
  static const struct {
    pd_cue cue;
    const char *kind;
  } kinds[] = {{PD_CUE_VISION, "vision"},
               {PD_CUE_SUBGOAL, "subgoal"},
               {PD_CUE_GOAL, "goal"},
               {PD_CUE_STRATEGY, "strategy"}};
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0] && !c->goal_kind; k++)
    if (pd_lexicon_find(lex, kinds[k].cue, lower))
      c->goal_kind = kinds[k].kind;
  hit *h = NULL;
  size_t nh = S_hits(x, text, &h);
  S_collect_items(x, heading, text, h, nh);
  for (size_t i = 0; i < nh; i++) {
    if (h[i].entry->kind == PD_KIND_LEVEL && (!h[i].colour || x->colours)) {
      c->colour_level = h[i].entry->value;
      c->colour_at = x->sections.n;
      break;
    }
  }
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_PROGRAMME)
      S_mention(x, S_measure(x, h[i].entry->id, NULL, 0), heading, text, &h[i],
                c->literature ? USE_LITERATURE : USE_RUNS);
  free(h);
  free(lower);
  xmlFree(raw);
  if (parent->outline && !outline_heading) {
    xmlChar *t = xmlNodeGetContent(heading);
    S_fact_add(&x->outline, NULL, line, line, (const char *)t, strlen((const char *)t));
    xmlFree(t);
  }
}

static void S_goal(extractor *x, context *c, xmlNodePtr n) {
  if (!c->goal_kind || c->goals_here >= MAX_GOALS_PER_SECTION || c->literature)
    return;
  xmlChar *raw = xmlNodeGetContent(n);
  const char *text = raw ? (const char *)raw : "";
  size_t len = strlen(text);
  /* Too short to be an aim, too long to be one aim, or a label ("Overordnet
   * mål:") introducing the goal that follows. */
  if (len < 12 || len > 600 || text[len - 1] == ':') {
    xmlFree(raw);
    return;
  }
  if (x->ngoals == x->capgoals) {
    x->capgoals = x->capgoals ? x->capgoals * 2 : 16;
    x->goals = pd_xrealloc(x->goals, x->capgoals * sizeof *x->goals);
  }
  goal *g = &x->goals[x->ngoals++];
  g->kind = c->goal_kind;
  g->section = c->section ? pd_xstrdup(c->section) : NULL;
  facts tmp = {NULL, 0, 0};
  S_fact_add(&tmp, NULL, S_attr_ul(n, "line"), S_attr_ul(n, "end-line"), text, len);
  g->where = tmp.v[0];
  free(tmp.v);
  g->text = pd_xstrdup(g->where.quote);
  c->goals_here++;
  xmlFree(raw);
}

static void S_walk(extractor *x, xmlNodePtr parent, const context *pc, int depth) {
  context c = *pc;
  if (depth > 64)
    return;
  for (xmlNodePtr n = parent->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (S_is(n, "section")) {
      xmlNodePtr heading = n->children;
      while (heading && !S_is(heading, "heading"))
        heading = heading->next;
      context inner = c;
      if (heading)
        S_heading(x, &inner, n, heading, &c);
      /* A colour heading ("GRØNT") often stands at the same level as the
       * headings of the lists it governs: it holds for the sections that
       * follow it until another colour heading. */
      if (inner.colour_at != c.colour_at && inner.colour_at == x->sections.n) {
        c.colour_level = inner.colour_level;
        c.colour_at = inner.colour_at;
      }
      S_walk(x, n, &inner, depth + 1);
    } else if (S_is(n, "p") || S_is(n, "item")) {
      S_text_block(x, &c, n);
      xmlChar *raw = xmlNodeGetContent(n);
      S_indicators(x, n, raw ? (const char *)raw : "");
      xmlFree(raw);
      S_goal(x, &c, n);
    } else if (S_is(n, "list")) {
      S_walk(x, n, &c, depth + 1);
    } else if (S_is(n, "table")) {
      S_table(x, &c, n);
    }
  }
  (void)pc;
}

/* Does the plan say which colour means which level? Some paragraph names a
 * colour and a level together ("universell forebygging (grønt område)"). */
static int S_maps_colours(const extractor *x, xmlNodePtr node, int depth) {
  if (depth > 64)
    return 0;
  for (xmlNodePtr n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (S_is(n, "p") || S_is(n, "item")) {
      xmlChar *raw = xmlNodeGetContent(n);
      hit *h = NULL;
      size_t nh = S_hits(x, raw ? (const char *)raw : "", &h);
      int colour = 0, word = 0;
      for (size_t i = 0; i < nh; i++)
        if (h[i].entry->kind == PD_KIND_LEVEL)
          *(h[i].colour ? &colour : &word) = 1;
      free(h);
      xmlFree(raw);
      if (colour && word)
        return 1;
    } else if (!S_is(n, "table") && S_maps_colours(x, n, depth + 1)) {
      return 1;
    }
  }
  return 0;
}

/* ---- output ------------------------------------------------------------------------- */

static void S_prov(xmlNodePtr node, const char *file, const fact *f) {
  xmlSetProp(node, BAD_CAST "file", BAD_CAST file);
  pd_xml_set_int(node, "line", (long)(f->line ? f->line : 1));
  if (f->end > f->line)
    pd_xml_set_int(node, "end-line", (long)f->end);
  xmlSetProp(node, BAD_CAST "quote", BAD_CAST f->quote);
}

static void S_emit_items(xmlNodePtr parent, const char *container, const char *element,
                         const items *list, const char *file) {
  if (!list->n)
    return;
  xmlNodePtr c = xmlNewChild(parent, NULL, BAD_CAST container, NULL);
  for (size_t i = 0; i < list->n; i++) {
    const item *it = &list->v[i];
    const pd_entry *e = it->entry;
    if (e->kind == PD_KIND_LAW) {
      xmlNodePtr law = xmlNewChild(c, NULL, BAD_CAST "law", NULL);
      xmlSetProp(law, BAD_CAST "ref", BAD_CAST e->id);
      if (e->name_nb)
        xmlSetProp(law, BAD_CAST "name", BAD_CAST e->name_nb);
      S_prov(law, file, &it->mentions.v[0]);
      continue;
    }
    xmlNodePtr node = xmlNewChild(c, NULL, BAD_CAST element, NULL);
    if (e->kind == PD_KIND_SDG) {
      xmlSetProp(node, BAD_CAST "number", BAD_CAST e->value);
    } else {
      xmlSetProp(node, BAD_CAST "ref", BAD_CAST e->id);
    }
    xmlSetProp(node, BAD_CAST "name", BAD_CAST(e->name_nb ? e->name_nb : e->id));
    if (e->kind == PD_KIND_SERVICE)
      pd_xml_set_int(node, "count", (long)it->count);
    for (size_t k = 0; k < it->mentions.n; k++)
      S_prov(xmlNewChild(node, NULL, BAD_CAST "mention", NULL), file, &it->mentions.v[k]);
  }
}

static void S_emit_measures(xmlNodePtr plan, const extractor *x) {
  if (!x->nmeasures)
    return;
  xmlNodePtr ms = xmlNewChild(plan, NULL, BAD_CAST "measures", NULL);
  for (size_t i = 0; i < x->nmeasures; i++) {
    const measure *m = &x->measures[i];
    if (!m->mentions.n)
      continue;
    xmlNodePtr node = xmlNewChild(ms, NULL, BAD_CAST "measure", NULL);
    char id[32];
    snprintf(id, sizeof id, "m%zu", i + 1);
    xmlSetProp(node, BAD_CAST "id", BAD_CAST id);
    if (m->ref)
      xmlSetProp(node, BAD_CAST "ref", BAD_CAST m->ref);
    xmlSetProp(node, BAD_CAST "kind", BAD_CAST(m->ref ? "programme" : "local"));
    xmlSetProp(node, BAD_CAST "use", BAD_CAST USE_NAMES[m->use]);
    if (m->family)
      xmlSetProp(node, BAD_CAST "family", BAD_CAST m->family);
    pd_xml_add(node, "name", m->name);
    if (m->theme)
      pd_xml_add(node, "theme", m->theme);
    for (size_t k = 0; k < m->levels.n; k++) {
      xmlNodePtr l = xmlNewChild(node, NULL, BAD_CAST "level", NULL);
      xmlSetProp(l, BAD_CAST "value", BAD_CAST m->levels.v[k].value);
      S_prov(l, x->file, &m->levels.v[k]);
    }
    if (m->status.n) {
      xmlNodePtr s = xmlNewChild(node, NULL, BAD_CAST "status", NULL);
      xmlSetProp(s, BAD_CAST "value", BAD_CAST m->status.v[0].value);
      S_prov(s, x->file, &m->status.v[0]);
    }
    for (size_t k = 0; k < m->responsible.n; k++) {
      xmlNodePtr r = xmlNewChild(node, NULL, BAD_CAST "responsible", NULL);
      if (m->responsible.v[k].value)
        xmlSetProp(r, BAD_CAST "ref", BAD_CAST m->responsible.v[k].value);
      S_prov(r, x->file, &m->responsible.v[k]);
    }
    for (size_t k = 0; k < m->mentions.n; k++)
      S_prov(xmlNewChild(node, NULL, BAD_CAST "mention", NULL), x->file, &m->mentions.v[k]);
  }
}

static void S_emit_cooperation(xmlNodePtr plan, const extractor *x) {
  if (!x->models.n)
    return;
  xmlNodePtr coop = xmlNewChild(plan, NULL, BAD_CAST "cooperation", NULL);
  for (size_t i = 0; i < x->models.n; i++) {
    const item *it = &x->models.v[i];
    xmlNodePtr m = xmlNewChild(coop, NULL, BAD_CAST "model", NULL);
    xmlSetProp(m, BAD_CAST "ref", BAD_CAST it->entry->id);
    xmlSetProp(m, BAD_CAST "name",
               BAD_CAST(it->entry->short_name ? it->entry->short_name : it->entry->name_nb));
    const char *family = it->entry->family                   ? it->entry->family
                         : strcmp(it->entry->id, "bti") == 0 ? "bti"
                                                             : NULL;
    if (family)
      xmlSetProp(m, BAD_CAST "family", BAD_CAST family);
    /* The plan's own description of the levels, where it gives one. */
    for (size_t k = 0; family && strcmp(family, "bti") == 0 && k < x->model_levels.n; k++) {
      xmlNodePtr l = xmlNewChild(m, NULL, BAD_CAST "level", NULL);
      xmlSetProp(l, BAD_CAST "number", BAD_CAST x->model_levels.v[k].value);
      S_prov(l, x->file, &x->model_levels.v[k]);
    }
    for (size_t k = 0; k < it->mentions.n; k++)
      S_prov(xmlNewChild(m, NULL, BAD_CAST "mention", NULL), x->file, &it->mentions.v[k]);
  }
}

/* "nivå 2" in the text: the model's levels where no table gives them. */
static void S_level_words(extractor *x, xmlNodePtr node, int depth) {
  if (depth > 64)
    return;
  for (xmlNodePtr n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (S_is(n, "p") || S_is(n, "item") || S_is(n, "heading")) {
      xmlChar *raw = xmlNodeGetContent(n);
      const char *t = raw ? (const char *)raw : "";
      char *lower = pd_xstrdup(t); /* same offsets as T */
      pd_lower_in_place(lower);
      const char *cue;
      for (size_t k = 0; (cue = pd_lexicon_cue_at(x->th->lexicon, PD_CUE_MODEL_LEVEL, k)); k++) {
        size_t cl = strlen(cue);
        for (const char *p = lower; (p = strstr(p, cue)) != NULL; p += cl) {
          /* the word, one space, one digit 0-3 (BTI's levels) */
          if (p[cl] == ' ' && p[cl + 1] >= '0' && p[cl + 1] <= '3' &&
              !(p[cl + 2] >= '0' && p[cl + 2] <= '9')) {
            char num[2] = {p[cl + 1], '\0'};
            size_t at = (size_t)(p - lower);
            if (!S_facts_has(&x->model_levels, num)) {
              size_t sa, sb;
              S_sentence(t, strlen(t), at, at + cl + 1, &sa, &sb);
              unsigned long line = S_line_at(x, n, at);
              S_fact_add(&x->model_levels, num, line, line, t + sa, sb - sa);
            }
          }
        }
      }
      free(lower);
      xmlFree(raw);
    } else {
      S_level_words(x, n, depth + 1);
    }
  }
}

static int S_cmp_levels(const void *a, const void *b) {
  const fact *x = a, *y = b;
  return strcmp(x->value, y->value);
}

xmlDocPtr pd_extract_plan(xmlDocPtr doc, const pd_thesaurus *th) {
  xmlNodePtr root = xmlDocGetRootElement(doc);
  extractor x;
  memset(&x, 0, sizeof x);
  x.th = th;
  char *file = pd_xml_attr(root, "file");
  x.file = file ? file : "-";
  xmlDocPtr out = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr plan = xmlNewNode(NULL, BAD_CAST "plan");
  xmlDocSetRootElement(out, plan);
  x.indicators = xmlNewNode(NULL, BAD_CAST "indicators");
  x.colours = S_maps_colours(&x, root, 0);

  context c;
  memset(&c, 0, sizeof c);
  S_walk(&x, root, &c, 0);
  if (x.models.n)
    S_level_words(&x, root, 0);
  if (x.model_levels.n > 1)
    qsort(x.model_levels.v, x.model_levels.n, sizeof *x.model_levels.v, S_cmp_levels);

  xmlSetProp(plan, BAD_CAST "schema-version", BAD_CAST "1");
  xmlNodePtr gen = xmlNewChild(plan, NULL, BAD_CAST "generator", NULL);
  xmlSetProp(gen, BAD_CAST "name", BAD_CAST "plandiff");
  xmlSetProp(gen, BAD_CAST "version", BAD_CAST PLANDIFF_VERSION);
  if (th->version)
    xmlSetProp(gen, BAD_CAST "thesaurus", BAD_CAST th->version);

  xmlNodePtr mun = xmlNewChild(plan, NULL, BAD_CAST "municipality", NULL);
  char *id = pd_xml_attr(root, "municipality");
  if (!id) /* a tree with no municipality: the one rule of manifest.h */
    id = pd_municipality_fallback(x.file);
  xmlSetProp(mun, BAD_CAST "id", BAD_CAST id);
  free(id);
  static const char *const mattrs[][2] = {
      {"municipality-name", "name"}, {"kommunenummer", "kommunenummer"}, {"county", "county"}};
  for (size_t i = 0; i < 3; i++) {
    char *v = pd_xml_attr(root, mattrs[i][0]);
    if (v)
      xmlSetProp(mun, BAD_CAST mattrs[i][1], BAD_CAST v);
    free(v);
  }
  xmlNodePtr d = xmlNewChild(plan, NULL, BAD_CAST "document", NULL);
  xmlSetProp(d, BAD_CAST "file", BAD_CAST x.file);
  char *dt = pd_xml_attr(root, "doc-type");
  if (!dt) {
    /* A planning programme says so in its first headings. */
    int programme = 0;
    for (size_t i = 0; i < x.sections.n && i < 5; i++) {
      char *l = S_lower(x.sections.v[i].quote);
      programme |= pd_lexicon_find(th->lexicon, PD_CUE_PLANNING_PROGRAMME, l) != NULL;
      free(l);
    }
    dt = pd_xstrdup(programme ? "planprogram" : "plan");
  }
  xmlSetProp(d, BAD_CAST "doc-type", BAD_CAST dt);
  free(dt);
  static const char *const dattrs[] = {"year", "lines", "encoding"};
  for (size_t i = 0; i < 3; i++) {
    char *v = pd_xml_attr(root, dattrs[i]);
    if (v)
      xmlSetProp(d, BAD_CAST dattrs[i], BAD_CAST v);
    free(v);
  }

  if (x.sections.n) {
    xmlNodePtr secs = xmlNewChild(plan, NULL, BAD_CAST "sections", NULL);
    for (size_t i = 0; i < x.sections.n; i++) {
      const fact *f = &x.sections.v[i];
      xmlNodePtr s = pd_xml_add(secs, "section", f->quote);
      char *bar = strchr(f->value, '|');
      *bar = '\0';
      xmlSetProp(s, BAD_CAST "level", BAD_CAST f->value);
      if (bar[1])
        xmlSetProp(s, BAD_CAST "number", BAD_CAST(bar + 1));
      *bar = '|';
      S_prov(s, x.file, f);
    }
  }
  S_emit_items(plan, "legal-basis", "law", &x.laws, x.file);
  if (x.ngoals) {
    xmlNodePtr goals = xmlNewChild(plan, NULL, BAD_CAST "goals", NULL);
    for (size_t i = 0; i < x.ngoals; i++) {
      const goal *g = &x.goals[i];
      xmlNodePtr gn = pd_xml_add(goals, "goal", g->text);
      char gid[32];
      snprintf(gid, sizeof gid, "g%zu", i + 1);
      xmlSetProp(gn, BAD_CAST "id", BAD_CAST gid);
      xmlSetProp(gn, BAD_CAST "kind", BAD_CAST g->kind);
      if (g->section)
        xmlSetProp(gn, BAD_CAST "section", BAD_CAST g->section);
      S_prov(gn, x.file, &g->where);
    }
  }
  S_emit_measures(plan, &x);
  S_emit_cooperation(plan, &x);
  S_emit_items(plan, "services", "service", &x.services, x.file);
  if (x.matrix.n) {
    xmlNodePtr mx = xmlNewChild(plan, NULL, BAD_CAST "responsibility-matrix", NULL);
    for (size_t i = 0; i < x.matrix.n; i++) {
      const fact *f = &x.matrix.v[i];
      char *copy = pd_xstrdup(f->value);
      char *t1 = strchr(copy, '\t');
      char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
      if (t1 && t2) {
        *t1 = *t2 = '\0';
        xmlNodePtr e = xmlNewChild(mx, NULL, BAD_CAST "entry", NULL);
        xmlSetProp(e, BAD_CAST "risk", BAD_CAST copy);
        xmlSetProp(e, BAD_CAST "level", BAD_CAST(t1 + 1));
        xmlSetProp(e, BAD_CAST "service", BAD_CAST(t2 + 1));
        S_prov(e, x.file, f);
      }
      free(copy);
    }
  }
  S_emit_items(plan, "risk-factors", "risk-factor", &x.risks, x.file);
  S_emit_items(plan, "sdgs", "sdg", &x.sdgs, x.file);
  if (x.nindicators)
    xmlAddChild(plan, x.indicators);
  else
    xmlFreeNode(x.indicators);
  if (x.outline.n) {
    xmlNodePtr o = xmlNewChild(plan, NULL, BAD_CAST "planned-outline", NULL);
    for (size_t i = 0; i < x.outline.n; i++)
      S_prov(pd_xml_add(o, "part", x.outline.v[i].quote), x.file, &x.outline.v[i]);
  }

  /* free */
  for (size_t i = 0; i < x.nmeasures; i++) {
    measure *m = &x.measures[i];
    free(m->ref);
    free(m->name);
    free(m->family);
    free(m->theme);
    S_facts_free(&m->levels);
    S_facts_free(&m->status);
    S_facts_free(&m->responsible);
    S_facts_free(&m->mentions);
  }
  free(x.measures);
  items *lists[] = {&x.services, &x.laws, &x.risks, &x.sdgs, &x.models};
  for (size_t l = 0; l < 5; l++) {
    for (size_t i = 0; i < lists[l]->n; i++)
      S_facts_free(&lists[l]->v[i].mentions);
    free(lists[l]->v);
  }
  for (size_t i = 0; i < x.ngoals; i++) {
    free(x.goals[i].section);
    free(x.goals[i].text);
    free(x.goals[i].where.quote);
    free(x.goals[i].where.value);
  }
  free(x.goals);
  S_facts_free(&x.sections);
  S_facts_free(&x.model_levels);
  S_facts_free(&x.matrix);
  S_facts_free(&x.outline);
  free(x.mindex);
  free(x.linemap.line);
  free(x.linemap.off);
  free(file);
  pd_pdf_stamp_pages(out, doc); /* PDF input: the page of every fact */
  return out;
}
