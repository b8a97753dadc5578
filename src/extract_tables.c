/* extract_tables.c — tables: a measure table (a measure column and a level
 * or status column) gives one measure per row with the level, status and
 * responsible service of that row; a risk x level table gives the
 * responsibility matrix; a "0 1 2 3" header gives a cooperation model's
 * levels. Other cells are read as running text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "utf8.h"

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
    pd_measure *m = pd_x_measure(x, NULL, mtext + from, nlen);
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

void pd_x_table(pd_extractor *x, const pd_x_context *c, xmlNodePtr table) {
  xmlNodePtr header = NULL;
  for (xmlNodePtr row = table->children; row && !header; row = row->next)
    if (pd_x_is(row, "row"))
      header = row;
  if (!header)
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
