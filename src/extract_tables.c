/* extract_tables.c — tables: a measure table (a measure column and a level
 * or status column) gives one measure per row with the level, status and
 * responsible service of that row; a theme | measures | goal table gives
 * strategies, subgoals and measures with their column's status; a risk x
 * level table gives the responsibility matrix; a "0 1 2 3" header gives a
 * cooperation model's levels. Other cells are read as running text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "matcher.h"
#include "utf8.h"
#include "xmlio.h"

enum { COL_NONE = -1, MAX_ROW_MEASURES = 8 };

typedef struct columns {
  int measure, theme, status, responsible, level;
} columns;

static columns S_columns(const pd_extractor *x, xmlNodePtr header) {
  columns c = {COL_NONE, COL_NONE, COL_NONE, COL_NONE, COL_NONE};
  int i = 0;
  for (xmlNodePtr cell = header->children; cell; cell = cell->next) {
    if (!pd_x_is(cell, "cell"))
      continue;
    char *t = pd_x_text(cell);
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
    if (pd_x_is(cell, "cell") && i++ == col)
      return cell;
  return NULL;
}

/* The measures a row's values go to, as indices into plan->measures
 * (a new measure may move the array: found by the normaliser fuzzer).
 * The first STRONG own the row; the rest get its values as uncertain. */
typedef struct row_owners {
  size_t at[MAX_ROW_MEASURES];
  size_t n, strong;
  int alone; /* the measure cell is one programme's name and nothing else */
} row_owners;

/* The programmes named in CELL, appended to O (mentions recorded for all). */
static size_t S_cell_programmes(pd_extractor *x, xmlNodePtr cell, row_owners *o, int own,
                                int *alone) {
  char *t = pd_x_text(cell);
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, t, &h), found = 0;
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_PROGRAMME) {
      pd_measure *m = pd_x_measure(x, h[i].entry->id, NULL, 0);
      pd_x_mention(x, m, cell, t, &h[i], PD_USE_RUNS);
      if (own && o->n < MAX_ROW_MEASURES)
        o->at[o->n++] = (size_t)(m - x->plan->measures);
      found++;
      if (alone)
        *alone = found == 1 && h[i].start == 0 && h[i].end == strlen(t);
    }
  free(h);
  free(t);
  return found;
}

/* The words of four letters or more, and the numbers, in FOLDED (split at
 * spaces, slashes and brackets), into W (at most MAX_WORDS). */
enum { MAX_WORDS = 24 };
static size_t S_content_words(const char *p, const char **w, size_t *wl) {
  size_t n = 0;
  while (*p && n < MAX_WORDS) {
    while (*p && strchr(" /(),.:;-–", *p))
      p++;
    const char *q = p;
    while (*q && !strchr(" /(),.:;", *q))
      q++;
    size_t letters = 0;
    int digit = 0;
    for (const char *c = p; c < q; c++) {
      letters += ((unsigned char)*c & 0xC0) != 0x80;
      digit |= *c >= '0' && *c <= '9';
    }
    if (letters >= 4 || digit)
      w[n] = p, wl[n++] = (size_t)(q - p);
    p = q;
  }
  return n;
}

/* A name's content words (S_content_words) in its folded form. */
typedef struct words {
  const char *w[MAX_WORDS];
  size_t l[MAX_WORDS], n;
} words;

/* Whether local measure names A and B (lengths AL, BL; WA, WB: their
 * content words) name one measure: one goes on from the other with a
 * bracket ("ASK" / "ASK (Satsing i Barnehagene sentrum Vest)"), or three in
 * four of the longer words of the one with fewer (two at least) are words
 * of the other ("Oppfølging ved bekymringsfullt fravær" / "Oppfølging og
 * støtte ved bekymringsfullt fravær/skolevegring"). "Barnesamtale" and
 * "Barnesamtale fra 3 år" stay two. */
static int S_same_local(const char *a, size_t al, const words *wa, const char *b, size_t bl,
                        const words *wb) {
  size_t k = al < bl ? al : bl;
  const char *longer = al < bl ? b : a;
  if (k >= 3 && strncasecmp(a, b, k) == 0 && (al == bl || strncmp(longer + k, " (", 2) == 0))
    return 1;
  const words *s = wa->n <= wb->n ? wa : wb, *o = wa->n <= wb->n ? wb : wa;
  size_t shared = 0;
  int numbers_differ = 0;
  for (size_t i = 0; i < s->n; i++) {
    int found = 0;
    for (size_t j = 0; j < o->n && !found; j++)
      found = s->l[i] == o->l[j] && memcmp(s->w[i], o->w[j], s->l[i]) == 0;
    shared += (size_t)found;
    numbers_differ |= !found && strpbrk(s->w[i], "0123456789") &&
                      (size_t)(strpbrk(s->w[i], "0123456789") - s->w[i]) < s->l[i];
  }
  for (size_t j = 0; j < o->n && !numbers_differ; j++) {
    const char *d = strpbrk(o->w[j], "0123456789");
    int found = !(d && (size_t)(d - o->w[j]) < o->l[j]);
    for (size_t i = 0; i < s->n && !found; i++)
      found = s->l[i] == o->l[j] && memcmp(s->w[i], o->w[j], s->l[i]) == 0;
    numbers_differ = !found;
  }
  /* "Tiltak nummer 1" and "Tiltak nummer 2" are two */
  return s->n >= 2 && !numbers_differ && shared * 4 >= s->n * 3;
}

static char *S_fold(const char *s, size_t len) {
  pd_buf f = PD_BUF_INIT;
  pd_fold(s, len, 0, &f, NULL);
  return pd_buf_detach(&f);
}

/* Measure I's content words, into W: its name folded and split once, kept
 * in X, not once per table row that is compared with it. */
static void S_measure_words(pd_extractor *x, size_t i, words *w) {
  const pd_measure *m = &x->plan->measures[i];
  if (i >= x->nmfolded) {
    size_t n = x->plan->nmeasures;
    x->mfolded = pd_xrealloc(x->mfolded, n * sizeof *x->mfolded);
    memset(x->mfolded + x->nmfolded, 0, (n - x->nmfolded) * sizeof *x->mfolded);
    x->nmfolded = n;
  }
  pd_x_folded *f = &x->mfolded[i];
  if (f->name != m->name) { /* a name set since (or never folded) */
    free(f->folded);
    free(f->word);
    f->folded = S_fold(m->name, strlen(m->name));
    f->name = m->name;
    f->nwords = S_content_words(f->folded, w->w, w->l);
    f->word = pd_xmalloc((f->nwords ? f->nwords : 1) * 2 * sizeof *f->word);
    for (size_t k = 0; k < f->nwords; k++) {
      f->word[2 * k] = (size_t)(w->w[k] - f->folded);
      f->word[2 * k + 1] = w->l[k];
    }
  }
  w->n = f->nwords;
  for (size_t k = 0; k < w->n; k++) {
    w->w[k] = f->folded + f->word[2 * k];
    w->l[k] = f->word[2 * k + 1];
  }
}

/* A table's local measure named NAME (NLEN bytes): one the plan already
 * has under a name that S_same_local finds the same (the same measure in
 * another table, or said again in other words), else the measure of that
 * name. */
static pd_measure *S_local_measure(pd_extractor *x, const char *name, size_t nlen) {
  enum { LOOK_BACK = 128 }; /* measures compared: a plan's worth, not a table of thousands */
  size_t n = x->plan->nmeasures;
  char *folded = S_fold(name, nlen);
  words wn, wm;
  wn.n = S_content_words(folded, wn.w, wn.l);
  pd_measure *same = NULL;
  for (size_t i = n > LOOK_BACK ? n - LOOK_BACK : 0; i < n && !same; i++) {
    pd_measure *m = &x->plan->measures[i];
    if (m->ref || !m->name)
      continue;
    S_measure_words(x, i, &wm);
    if (S_same_local(m->name, strlen(m->name), &wm, name, nlen, &wn))
      same = m;
  }
  free(folded);
  return same ? same : pd_x_measure(x, NULL, name, nlen);
}

/* Whether a programme's name begins in the measure cell MTEXT and goes on
 * in the theme cell TTEXT: a name PDF extraction split across two cells
 * ("Stine" / "Sofie barnehagepakke"). */
static int S_split_name(pd_extractor *x, const char *mtext, const char *ttext) {
  pd_buf joined = PD_BUF_INIT;
  pd_buf_printf(&joined, "%s %s", mtext, ttext);
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, pd_buf_cstr(&joined), &h), cut = strlen(mtext);
  int split = 0;
  for (size_t i = 0; i < nh && !split; i++)
    split = h[i].entry->kind == PD_KIND_PROGRAMME && h[i].start < cut && h[i].end > cut;
  free(h);
  pd_buf_free(&joined);
  return split;
}

/* The length of the local measure's name the measure cell MTEXT gives
 * (from *FROM), or 0: up to its first sentence end, not a model, not a
 * bare level or status word ("Selektiv" is a column PDF extraction
 * garbled), not words in lower case. */
static size_t S_local_name(pd_extractor *x, const char *mtext, size_t *from) {
  /* a cell that starts in lower case goes on from a cell of the row above
   * that a page break cut ("rundt barn med behov for ASK") */
  if (pd_utf8_starts_lower(mtext, strlen(mtext)))
    return 0;
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, mtext, &h);
  size_t nlen =
      pd_x_leads_with_model(mtext, h, nh) ? 0 : pd_x_local_name(mtext, strlen(mtext), '.', from);
  for (size_t i = 0; i < nh && nlen; i++)
    if ((h[i].entry->kind == PD_KIND_LEVEL || h[i].entry->kind == PD_KIND_STATUS) &&
        h[i].start == *from && h[i].end >= *from + nlen)
      nlen = 0;
  free(h);
  return nlen;
}

/* A row's measures: the programmes its measure cell names; else the
 * programmes of its theme cell; else the local measure its measure cell
 * names. A theme-cell programme owns the row when it is the only one and
 * the measure cell names nothing else (or only the start of its name).
 * Beside a measure the measure cell names ("Fraværsoppfølging" /
 * "Ungdomslos Oppfølging i overgang ...", "Kompetanseheving" / "Tidlig
 * Inn EDPS ICDP") or beside other programmes it may be the theme, a
 * partner or a row the PDF interleaved: it gets the row's values as
 * uncertain. */
static void S_row_measures(pd_extractor *x, xmlNodePtr row, const columns *col, row_owners *o) {
  o->n = o->strong = 0;
  o->alone = 0;
  xmlNodePtr mcell = S_cell_at(row, col->measure);
  xmlNodePtr tcell = col->theme == COL_NONE ? NULL : S_cell_at(row, col->theme);
  S_cell_programmes(x, mcell, o, 1, &o->alone);
  if (o->n) {
    o->strong = o->n;
    if (tcell) /* a theme or a partner: mentioned, not the row's */
      S_cell_programmes(x, tcell, o, 0, NULL);
    return;
  }
  char *mtext = pd_x_text(mcell);
  size_t from = 0, nlen = S_local_name(x, mtext, &from);
  if (tcell && S_cell_programmes(x, tcell, o, 1, NULL)) {
    if (o->n == 1) {
      char *ttext = pd_x_text(tcell);
      if (!nlen || S_split_name(x, mtext, ttext))
        o->strong = 1;
      free(ttext);
    }
  } else if (nlen) {
    pd_measure *m = S_local_measure(x, mtext + from, nlen);
    unsigned long line = pd_x_line_at(x, mcell, from);
    if (m->mentions.n < PD_X_MAX_MENTIONS)
      pd_x_fact(x, &m->mentions, NULL, line, line, mtext + from, nlen, PD_EV_NONE);
    if (m->use < PD_USE_RUNS)
      m->use = PD_USE_RUNS;
    o->at[o->n++] = (size_t)(m - x->plan->measures);
    o->strong = 1;
  }
  free(mtext);
}

/* The row's level, status or service cell (ROLE) given to its measures. */
static void S_row_role(pd_extractor *x, xmlNodePtr cell, pd_kind role, pd_measure **targets,
                       size_t nt, size_t strong) {
  char *t = pd_x_text(cell);
  if (!*t) {
    free(t);
    return;
  }
  pd_x_hit *ch = NULL;
  size_t nch = pd_x_hits(x, t, &ch);
  int found = 0;
  for (size_t i = 0; i < nch; i++) {
    if (ch[i].entry->kind != role)
      continue;
    unsigned long line = pd_x_line_at(x, cell, ch[i].start);
    for (size_t k = 0; k < nt; k++) {
      pd_measure *m = targets[k];
      pd_evidence ev = k < strong ? PD_EV_ROW : PD_EV_NEARBY;
      if (role == PD_KIND_LEVEL)
        pd_x_add_level(x, m, ch[i].entry->value, line, t + ch[i].start, ch[i].end - ch[i].start,
                       ev);
      else if (role == PD_KIND_STATUS && !m->status.n)
        pd_x_fact(x, &m->status, ch[i].entry->value, line, line, t, strlen(t), ev);
      else if (role == PD_KIND_SERVICE && !pd_facts_has(&m->responsible, ch[i].entry->id))
        pd_x_fact(x, &m->responsible, ch[i].entry->id, line, line, t, strlen(t), ev);
    }
    found = 1;
    if (role == PD_KIND_STATUS)
      break;
  }
  unsigned long line = pd_x_line_at(x, cell, 0);
  for (size_t k = 0; k < nt && !found; k++) {
    pd_measure *m = targets[k];
    pd_evidence ev = k < strong ? PD_EV_ROW : PD_EV_NEARBY;
    if (role == PD_KIND_STATUS && !m->status.n)
      pd_x_fact(x, &m->status, pd_lexicon_status_other(x->th->lexicon), line, line, t, strlen(t),
                ev);
    else if (role == PD_KIND_SERVICE && !m->responsible.n)
      pd_x_fact(x, &m->responsible, NULL, line, line, t, strlen(t), ev);
  }
  /* planned or recommended: the plan does not run it yet */
  for (size_t k = 0; k < nt; k++)
    if (role == PD_KIND_STATUS && targets[k]->status.n &&
        pd_lexicon_status_planned(x->th->lexicon, targets[k]->status.v[0].value) &&
        targets[k]->mentions.n <= 1)
      targets[k]->use = PD_USE_PLANNED;
  free(ch);
  free(t);
}

/* A row of a measure table: the measure with its level, status, service.
 * *PREV is the measure that owned the row above alone (SIZE_MAX if none):
 * a row whose measure cell only repeats that programme's name ("Cos-P" ...
 * "Selektiv" / "COS-P" / "Kvalitetssikring ... Allmenn") is a stray line
 * of the row above that PDF extraction put first in the next row, and the
 * next row's values are not that programme's. */
static void S_measure_row(pd_extractor *x, xmlNodePtr row, const columns *col, size_t *prev) {
  xmlNodePtr mcell = S_cell_at(row, col->measure);
  if (!mcell)
    return;
  char *mtext = pd_x_text(mcell);
  int empty = !*mtext;
  free(mtext);
  if (empty)
    return;
  row_owners o;
  S_row_measures(x, row, col, &o);
  int repeat = o.alone && o.n == 1 && o.at[0] == *prev;
  *prev = o.strong == 1 && o.n == 1 ? o.at[0] : SIZE_MAX;
  if (!o.n || repeat)
    return;
  pd_measure *targets[MAX_ROW_MEASURES]; /* no measure is added below this point */
  for (size_t k = 0; k < o.n; k++)
    targets[k] = &x->plan->measures[o.at[k]];
  struct {
    int col;
    pd_kind kind;
  } roles[] = {{col->level, PD_KIND_LEVEL},
               {col->status, PD_KIND_STATUS},
               {col->responsible, PD_KIND_SERVICE}};
  for (size_t r = 0; r < 3; r++) {
    xmlNodePtr cell = roles[r].col == COL_NONE ? NULL : S_cell_at(row, roles[r].col);
    if (cell)
      S_row_role(x, cell, roles[r].kind, targets, o.n, o.strong);
  }
  xmlNodePtr tcell = col->theme == COL_NONE ? NULL : S_cell_at(row, col->theme);
  if (tcell && !targets[0]->theme) {
    char *t = pd_x_text(tcell);
    if (*t)
      targets[0]->theme = t;
    else
      free(t);
  }
}

static int S_matrix_has(const pd_plan *p, const char *risk, const char *level,
                        const char *service) {
  for (size_t i = 0; i < p->nmatrix; i++)
    if (strcmp(p->matrix[i].risk, risk) == 0 && strcmp(p->matrix[i].level, level) == 0 &&
        strcmp(p->matrix[i].service, service) == 0)
      return 1;
  return 0;
}

/* A risk x level table (Larvik): rows named by a level, columns by risk
 * area, cells listing the services responsible. */
static void S_matrix_table(pd_extractor *x, xmlNodePtr header) {
  for (xmlNodePtr row = header->next; row; row = row->next) {
    if (!pd_x_is(row, "row"))
      continue;
    xmlNodePtr first = S_cell_at(row, 0);
    if (!first)
      continue;
    char *lt = pd_x_text(first);
    pd_x_hit *lh = NULL;
    size_t nlh = pd_x_hits(x, lt, &lh);
    const pd_x_hit *level = pd_x_one_level(lh, nlh, 0);
    const char *value = level ? level->entry->value : NULL;
    int col = 0;
    for (xmlNodePtr cell = value ? row->children : NULL; cell; cell = cell->next) {
      if (!pd_x_is(cell, "cell") || col++ == 0)
        continue;
      xmlNodePtr hc = S_cell_at(header, col - 1);
      char *risk = hc ? pd_x_text(hc) : pd_xstrdup("");
      char *t = pd_x_text(cell);
      pd_x_hit *h = NULL;
      size_t nh = pd_x_hits(x, t, &h);
      for (size_t i = 0; i < nh; i++) {
        if (h[i].entry->kind != PD_KIND_SERVICE ||
            S_matrix_has(x->plan, risk, value, h[i].entry->id))
          continue;
        pd_matrix_entry *e = pd_plan_add_matrix_entry(x->plan);
        e->risk = pd_xstrdup(risk);
        e->level = pd_xstrdup(value);
        e->service = pd_xstrdup(h[i].entry->id);
        unsigned long line = pd_x_line_at(x, cell, h[i].start);
        pd_x_prov(x, &e->where, line, line, t + h[i].start, h[i].end - h[i].start, PD_EV_ROW);
      }
      free(h);
      free(t);
      free(risk);
    }
    free(lh);
    free(lt);
  }
}

/* BTI-style levels given as a table whose header is "0 1 2 3". */
static void S_model_level_table(pd_extractor *x, xmlNodePtr header) {
  xmlNodePtr next = header->next;
  while (next && !pd_x_is(next, "row"))
    next = next->next;
  int col = 0;
  for (xmlNodePtr cell = header->children; cell; cell = cell->next) {
    if (!pd_x_is(cell, "cell"))
      continue;
    char *t = pd_x_text(cell);
    if (strlen(t) == 1 && t[0] >= '0' && t[0] <= '3' && !pd_facts_has(&x->model_levels, t)) {
      xmlNodePtr label = next ? S_cell_at(next, col) : NULL;
      char *lt = label ? pd_x_text(label) : pd_xstrdup("");
      unsigned long line = pd_x_line_at(x, label ? label : cell, 0);
      pd_x_fact(x, &x->model_levels, t, line, line, lt, strlen(lt), PD_EV_NONE);
      free(lt);
    }
    free(t);
    col++;
  }
}

/* Whether every filled cell of column COL below HEADER (two at least) is
 * only a prevention level: a level column whose header the PDF cut off. */
static int S_level_column(const pd_extractor *x, xmlNodePtr header, int col) {
  int filled = 0;
  for (xmlNodePtr row = header->next; row; row = row->next) {
    xmlNodePtr cell = pd_x_is(row, "row") ? S_cell_at(row, col) : NULL;
    if (!cell)
      continue;
    char *t = pd_x_text(cell);
    size_t len = strlen(t);
    int level = 1;
    if (len) {
      pd_x_hit *h = NULL;
      size_t nh = pd_x_hits(x, t, &h);
      size_t covered = 0;
      for (size_t i = 0; i < nh; i++)
        if (h[i].entry->kind == PD_KIND_LEVEL)
          covered += h[i].end - h[i].start;
      level = nh > 0 && covered * 2 >= len; /* "Allmenn og selektiv" */
      filled++;
      free(h);
    }
    free(t);
    if (!level)
      return 0;
  }
  return filled >= 2;
}

/* ---- theme | measure columns | goal tables -------------------------------- */

enum { MAX_ITEMS = 64 };

/* Whether the text [s, e) ends so that the next line goes on with it: a
 * comma, a dash or slash, or a short word of lower-case letters ("og",
 * "i", "til"); or a bracket left open since FROM. */
static int S_goes_on(const char *from, const char *s, const char *e) {
  while (e > s && e[-1] == ' ')
    e--;
  if (e == s)
    return 1;
  char c = e[-1];
  if (c == ',' || c == '-' || c == '/')
    return 1;
  if (e - s >= 3 && (unsigned char)e[-3] == 0xE2 && (unsigned char)e[-2] == 0x80 &&
      (unsigned char)e[-1] == 0x93) /* "–" */
    return 1;
  const char *w = e;
  while (w > s && w[-1] != ' ')
    w--;
  int word = e - w <= 3;
  for (const char *q = w; q < e && word; q++)
    word = *q >= 'a' && *q <= 'z';
  if (word && e - w <= 3 && w < e)
    return 1;
  int open = 0;
  for (const char *q = from; q < e; q++)
    open += *q == '(' ? 1 : *q == ')' ? -1 : 0;
  return open > 0;
}

/* The items of a cell's TEXT: a line that begins with a capital after a
 * line that ends an item begins the next ("Revidert prosedyrer ... stemme."
 * / "Søknad om ressurser ..."); with SENTENCES also a sentence inside a
 * line ("trygghet. Bidra til"). Fills the start offsets, returns the
 * count. */
static size_t S_items(pd_extractor *x, xmlNodePtr cell, const char *text, int sentences,
                      size_t *at) {
  size_t len = strlen(text), n = 0;
  if (!len)
    return 0;
  /* never inside a name the thesaurus knows ("Tidlig" / "Inn") */
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, text, &h);
  pd_x_line_at(x, cell, 0); /* loads the cell's line map */
  const pd_x_linemap *lm = &x->linemap;
  at[n++] = 0;
  for (size_t i = 0; i < lm->n && n < MAX_ITEMS; i++) {
    size_t o = lm->off[i];
    int inside = 0;
    for (size_t k = 0; k < nh && !inside; k++)
      inside = h[k].start < o && h[k].end > o;
    if (o == 0 || o >= len || inside || !pd_utf8_starts_upper(text + o, len - o))
      continue;
    if (!S_goes_on(text + at[n - 1], text + at[n - 1], text + o))
      at[n++] = o;
  }
  if (sentences) {
    for (size_t o = 2; o + 1 < len && n < MAX_ITEMS; o++)
      if (text[o - 2] == '.' && text[o - 1] == ' ' && pd_utf8_starts_upper(text + o, len - o)) {
        size_t k = n;
        while (k > 0 && at[k - 1] > o)
          k--;
        if (k > 0 && at[k - 1] == o)
          continue;
        memmove(at + k + 1, at + k, (n - k) * sizeof *at);
        at[k] = o;
        n++;
      }
  }
  free(h);
  return n;
}

/* [*S, *E) without surrounding spaces and a closing full stop. */
static void S_trim(const char *text, size_t *s, size_t *e) {
  while (*s < *e && text[*s] == ' ')
    (*s)++;
  while (*e > *s && (text[*e - 1] == ' ' || text[*e - 1] == '.'))
    (*e)--;
}

static int S_guessed(xmlNodePtr cell) {
  char *g = pd_xml_attr(cell, "guessed");
  int yes = g && strcmp(g, "true") == 0;
  free(g);
  return yes;
}

/* A goal of KIND from TEXT [s, e) of CELL. */
static void S_cell_goal(pd_extractor *x, const pd_x_context *c, xmlNodePtr cell, const char *text,
                        size_t s, size_t e, pd_goal_kind kind, pd_evidence ev) {
  S_trim(text, &s, &e);
  if (e - s < 3 || pd_utf8_starts_lower(text + s, e - s))
    return;
  for (size_t i = 0; i < x->plan->ngoals; i++) /* the same goal again, in another row */
    if (x->plan->goals[i].kind == kind && strlen(x->plan->goals[i].text) == e - s &&
        strncasecmp(x->plan->goals[i].text, text + s, e - s) == 0)
      return;
  pd_goal *g = pd_plan_add_goal(x->plan);
  g->kind = kind;
  g->section = c->section ? pd_xstrdup(c->section) : NULL;
  pd_x_prov(x, &g->where, pd_x_line_at(x, cell, s), pd_x_line_at(x, cell, e - 1), text + s, e - s,
            ev);
  g->text = pd_xstrdup(g->where.quote);
}

/* Whether a service's name ending at END in TEXT is the first part of a
 * compound ("barnehage- og skolemiljø", "helsestasjon-barnehagen",
 * "barnehageteam"): the setting or the owner of something, not who does
 * it. An inflection ending ("barnehagene") is no compound. */
static int S_modifier(const char *text, size_t end) {
  if (text[end] == '-')
    return 1;
  size_t tail = 0;
  for (const unsigned char *u = (const unsigned char *)text + end;
       *u && (*u >= 0x80 || (*u >= 'a' && *u <= 'z')); u++)
    tail += (*u & 0xC0) != 0x80;
  return tail > 3;
}

/* Services an item [s, e) names, as the responsible services of M: the
 * table has no service column, so they are a guess, weak. The services
 * the item begins with when it does ("Barnehager og skoler legger inn
 * besøk ...", "Barnevernstjenesten har utarbeidet årshjul for besøk i
 * barnehager": the doer), else all it names ("Annen foreldreveiledning
 * (helsestasjon, PP-tjenester og barneverntjenesten)"). */
static void S_item_services(pd_extractor *x, pd_measure *m, xmlNodePtr cell, const char *text,
                            size_t s, size_t e, const pd_x_hit *h, size_t nh) {
  enum { JOIN = 5 }; /* " og ", ", ": what may stand between two leading services */
  size_t lead_end = 0;
  int leading = 0;
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_SERVICE && h[i].start >= s && h[i].end <= e &&
        !S_modifier(text, h[i].end) &&
        (h[i].start == s || (leading && h[i].start <= lead_end + JOIN))) {
      leading = 1;
      lead_end = h[i].end;
    }
  unsigned long line = pd_x_line_at(x, cell, s);
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_SERVICE && h[i].start >= s && h[i].end <= e &&
        !S_modifier(text, h[i].end) && (!leading || h[i].end <= lead_end) &&
        !pd_facts_has(&m->responsible, h[i].entry->id))
      pd_x_fact(x, &m->responsible, h[i].entry->id, line, line, text + s, e - s, PD_EV_NEARBY);
}

/* The measures of one item [s, e) of measure CELL: the programmes it names,
 * else the local measure it names; each gets the column's STATUS (from
 * HEADER's cell HTEXT) and the use that status means. */
static void S_cell_measures(pd_extractor *x, xmlNodePtr cell, const char *text, size_t s, size_t e,
                            const pd_x_hit *h, size_t nh, xmlNodePtr hcell, const char *htext,
                            const char *status, pd_evidence ev) {
  S_trim(text, &s, &e);
  if (e <= s || pd_utf8_starts_lower(text + s, e - s))
    return;
  pd_use use = pd_lexicon_status_planned(x->th->lexicon, status) ? PD_USE_PLANNED : PD_USE_RUNS;
  size_t at[MAX_ROW_MEASURES], na = 0;
  for (size_t i = 0; i < nh && na < MAX_ROW_MEASURES; i++)
    if (h[i].entry->kind == PD_KIND_PROGRAMME && h[i].start >= s && h[i].end <= e) {
      pd_measure *m = pd_x_measure(x, h[i].entry->id, NULL, 0);
      pd_x_mention(x, m, cell, text, &h[i], use);
      at[na++] = (size_t)(m - x->plan->measures);
    }
  if (!na) {
    char *item = pd_xstrndup(text + s, e - s);
    pd_x_hit *ih = NULL;
    size_t nih = pd_x_hits(x, item, &ih), from = 0;
    size_t nlen =
        pd_x_leads_with_model(item, ih, nih) ? 0 : pd_x_local_name(item, e - s, '.', &from);
    free(ih);
    free(item);
    if (!nlen)
      return;
    pd_measure *m = S_local_measure(x, text + s + from, nlen);
    unsigned long line = pd_x_line_at(x, cell, s + from);
    if (m->mentions.n < PD_X_MAX_MENTIONS)
      pd_x_fact(x, &m->mentions, NULL, line, line, text + s + from, nlen, PD_EV_NONE);
    if (m->use < use)
      m->use = use;
    at[na++] = (size_t)(m - x->plan->measures);
  }
  unsigned long hline = pd_x_attr_ul(hcell, "line");
  for (size_t k = 0; k < na; k++) {
    pd_measure *m = &x->plan->measures[at[k]];
    if (!m->status.n)
      pd_x_fact(x, &m->status, status, hline, hline, htext, strlen(htext), ev);
    if (!m->responsible.n)
      S_item_services(x, m, cell, text, s, e, h, nh);
  }
}

/* A theme | measures ... | goal table (read_table.c, layout 3): the first
 * column a theme, the last goals, the columns between named by a status
 * ("Iverksatte tiltak 2023", "Anbefales"). Returns 0 when HEADER is not
 * such a table's. The theme cell is a strategy, each item of the goal cell
 * a subgoal, each item of a measure cell a measure with its column's
 * status; a cell whose column the reader guessed gives weak facts. */
static int S_themed_table(pd_extractor *x, const pd_x_context *c, xmlNodePtr header) {
  enum { MAX_COLS = 6 };
  xmlNodePtr hcells[MAX_COLS];
  char *htext[MAX_COLS];
  const char *status[MAX_COLS];
  size_t ncols = 0;
  int ok = 1;
  for (xmlNodePtr cell = header->children; cell; cell = cell->next) {
    if (!pd_x_is(cell, "cell"))
      continue;
    if (ncols == MAX_COLS) {
      ok = 0;
      break;
    }
    hcells[ncols] = cell;
    htext[ncols] = pd_x_text(cell);
    status[ncols] = NULL;
    pd_x_hit *h = NULL;
    size_t nh = pd_x_hits(x, htext[ncols], &h);
    for (size_t i = 0; i < nh && !status[ncols]; i++)
      if (h[i].entry->kind == PD_KIND_STATUS)
        status[ncols] = h[i].entry->value;
    free(h);
    ncols++;
  }
  const pd_lexicon *lex = x->th->lexicon;
  ok =
      ok && ncols >= 3 &&
      pd_lexicon_column(lex, htext[0], strlen(htext[0]), NULL, NULL) == PD_COL_THEME &&
      pd_lexicon_column(lex, htext[ncols - 1], strlen(htext[ncols - 1]), NULL, NULL) == PD_COL_GOAL;
  for (size_t k = 1; ok && k + 1 < ncols; k++)
    ok = status[k] != NULL;
  for (xmlNodePtr row = ok ? header->next : NULL; row; row = row->next) {
    if (!pd_x_is(row, "row"))
      continue;
    size_t col = 0;
    for (xmlNodePtr cell = row->children; cell && col < ncols; cell = cell->next) {
      if (!pd_x_is(cell, "cell"))
        continue;
      char *text = pd_x_text(cell);
      pd_evidence ev = S_guessed(cell) ? PD_EV_NEARBY : PD_EV_ROW;
      size_t at[MAX_ITEMS], n = *text ? S_items(x, cell, text, col == ncols - 1, at) : 0;
      size_t len = strlen(text);
      pd_x_hit *h = NULL;
      size_t nh = pd_x_hits(x, text, &h);
      if (col == 0 && *text) {
        S_cell_goal(x, c, cell, text, 0, len, PD_GOAL_STRATEGY, ev);
      } else if (col == ncols - 1) {
        for (size_t i = 0; i < n; i++)
          S_cell_goal(x, c, cell, text, at[i], i + 1 < n ? at[i + 1] : len, PD_GOAL_SUBGOAL, ev);
      } else {
        for (size_t i = 0; i < n; i++)
          S_cell_measures(x, cell, text, at[i], i + 1 < n ? at[i + 1] : len, h, nh, hcells[col],
                          htext[col], status[col], ev);
      }
      /* what a cell says of the § 15-1 requirements ("Samarbeidsavtale ...") */
      pd_x_requirement_sentences(x, c, cell, text, h, nh);
      free(h);
      pd_x_indicators(x, cell, text);
      free(text);
      col++;
    }
  }
  for (size_t k = 0; k < ncols; k++)
    free(htext[k]);
  return ok;
}

void pd_x_table(pd_extractor *x, const pd_x_context *c, xmlNodePtr table) {
  xmlNodePtr header = NULL;
  for (xmlNodePtr row = table->children; row && !header; row = row->next)
    if (pd_x_is(row, "row"))
      header = row;
  if (!header || S_themed_table(x, c, header))
    return;
  columns col = S_columns(x, header);
  if (col.level == COL_NONE && col.measure != COL_NONE) {
    int i = 0;
    for (xmlNodePtr cell = header->children; cell && col.level == COL_NONE; cell = cell->next) {
      if (!pd_x_is(cell, "cell"))
        continue;
      char *t = pd_x_text(cell);
      if (!*t && S_level_column(x, header, i))
        col.level = i;
      free(t);
      i++;
    }
  }
  int measures = col.measure != COL_NONE && (col.level != COL_NONE || col.status != COL_NONE);
  size_t prev = SIZE_MAX;
  for (xmlNodePtr row = table->children; row; row = row->next) {
    if (!pd_x_is(row, "row"))
      continue;
    int i = 0;
    for (xmlNodePtr cell = row->children; cell; cell = cell->next) {
      if (!pd_x_is(cell, "cell"))
        continue;
      int named_here = measures && row != header && (i == col.measure || i == col.theme);
      i++;
      char *text = pd_x_text(cell);
      if (named_here) {
        /* the row's own measure: S_measure_row reads it */
        pd_x_hit *h = NULL;
        size_t nh = pd_x_hits(x, text, &h);
        pd_x_collect_items(x, cell, text, h, nh);
        free(h);
      } else {
        pd_x_text_block(x, c, cell);
      }
      pd_x_indicators(x, cell, text);
      free(text);
    }
    if (measures && row != header)
      S_measure_row(x, row, &col, &prev);
  }
  if (!measures) {
    S_matrix_table(x, header);
    S_model_level_table(x, header);
  }
}
