/* read_table.c — tables flattened by PDF extraction, rebuilt.
 *
 * PDF-to-text tools write a table's cells one after another: a cell's
 * wrapped lines, a blank line, the next cell, and sometimes two cells on one
 * line. Two layouts are recovered, both anchored on words whose column is
 * certain:
 *
 *  1. A header row naming the columns ("Tiltak Tema Status Hovedansvar
 *     Forebyggingsnivå", the last word possibly split "Forebyggings-" /
 *     "nivå"). Every row ends with a prevention level (Allmenn, Selektiv,
 *     "Allmenn og selektiv"); the status column starts with a status word
 *     (Pågående, Anbefales ...); blank-line blocks and capitalised words
 *     split the rest, and on a row's first line two spaces (a cell edge)
 *     or a word that begins a theme elsewhere in the table tell where the
 *     name ends. A row that begins in lower case begins with the end of a
 *     cell of the row above (a page break): that text is a row of its own.
 *     Rows that cannot be split still keep their text, with empty cells
 *     where a column could not be found.
 *  2. Rows that begin with a level phrase ("Universelt tiltak", "Selektivt
 *     tiltak") followed by blocks for goal, measure and expected gains.
 *  3. A header naming a theme column first, a goal column last and columns
 *     of measures named by a status between ("Tema Iverksatte tiltak 2023
 *     Anbefales Mål"); see S_recover_themed. Cells whose column is a guess
 *     are marked guessed="true" (schema/document.rng), so their facts are
 *     weak.
 *
 * A table ends at five blank lines in a row (PDF text leaves up to four
 * between cells; a row under way may hold more, up to twelve), a new
 * header, or a line that cannot belong to it. A
 * header without the level column ("Tiltak Tema Status Hovedansvar": the
 * PDF cut it off) is read the same way when its rows end in a level; the
 * missing header cell is left empty. */
#include <stdlib.h>
#include <string.h>

#include "budget.h"
#include "read_priv.h"
#include "utf8.h"
#include "xmlio.h"

typedef struct tok {
  const char *s;
  size_t len;
  unsigned long no;
  int line_start;
  int gap;   /* set off from the word before by two spaces or more: a cell edge */
  int block; /* index of the blank-line separated block */
} tok;

static int S_word_is(const char *s, size_t len, const char *w) {
  size_t n = strlen(w);
  return len == n && strncasecmp(s, w, n) == 0;
}

static int S_is_level_word(const pd_lexicon *lex, const char *w, size_t len) {
  return pd_lexicon_level_word(lex, w, len) >= 0;
}

/* A status cell starts with a capitalised status word ("Pågående",
 * "Anbefales"); lower case, the word is running text. */
static int S_is_status_word(const pd_lexicon *lex, const char *w, size_t len) {
  return pd_utf8_starts_upper(w, len) && pd_lexicon_status_start(lex, w, len);
}

/* ---- header rows ---------------------------------------------------------- */

typedef struct header {
  size_t columns;
  int level_column; /* the header names a prevention level column */
  size_t end;       /* index of the last header line */
  pd_column cols[8];
  char names[8][24];
} header;

/* The first word of S (LEN bytes): its length. */
static size_t S_first_word(const char *s, size_t len) {
  size_t w = 0;
  while (w < len && s[w] != ' ')
    w++;
  return w;
}

/* A header row: every word names a column, the first the measure column
 * ("Tiltak Tema Status Hovedansvar Forebyggingsnivå"). The last word may be
 * cut at the line end ("Forebyggings-"), its rest on the next content line. */
static int S_parse_header(const pd_lexicon *lex, const rd_line *lines, size_t n, size_t i,
                          header *h) {
  const rd_line *l = &lines[i];
  if (l->blank || l->len > 80)
    return 0;
  size_t first = S_first_word(l->s, l->len);
  if (first == l->len || pd_lexicon_column(lex, l->s, first, NULL, NULL) != PD_COL_MEASURE)
    return 0;
  memset(h, 0, sizeof *h);
  const char *p = l->s, *end = l->s + l->len;
  const char *name = NULL, *tail = NULL;
  while (p < end) {
    const char *q = memchr(p, ' ', (size_t)(end - p));
    if (!q)
      q = end;
    if (q > p) {
      if (h->columns == 8)
        return 0;
      pd_column col = pd_lexicon_column(lex, p, (size_t)(q - p), &name, &tail);
      if (col == PD_COL_NONE)
        return 0;
      h->cols[h->columns] = col;
      if (name)
        snprintf(h->names[h->columns], sizeof h->names[0], "%s", name);
      else
        snprintf(h->names[h->columns], sizeof h->names[0], "%.*s", (int)(q - p), p);
      if (col == PD_COL_LEVEL)
        h->level_column = 1;
      h->columns++;
    }
    p = q + 1;
  }
  h->end = i;
  if (tail && name) {
    /* the rest of the cut word on the next content line: "nivå" after
     * "Forebyggings-", "vå" after "Forebyggingsni" */
    size_t j = i + 1;
    while (j < n && lines[j].blank && j - i < 4)
      j++;
    size_t nl = strlen(name);
    if (j < n && lines[j].len >= 2 && lines[j].len <= strlen(tail) &&
        memcmp(name + nl - lines[j].len, lines[j].s, lines[j].len) == 0)
      h->end = j;
  }
  return h->columns >= 3;
}

/* ---- tokens --------------------------------------------------------------- */

typedef struct toks {
  tok *v;
  size_t n, cap;
} toks;

static void S_tokenise(toks *t, const rd_line *l, int block) {
  const char *p = l->s, *end = l->s + l->len;
  int first = 1;
  while (p < end) {
    const char *sp = p;
    while (p < end && *p == ' ')
      p++;
    int gap = !first && p - sp >= 2;
    const char *q = p;
    while (q < end && *q != ' ')
      q++;
    if (q > p) {
      if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->v = pd_xrealloc(t->v, t->cap * sizeof *t->v);
      }
      t->v[t->n++] = (tok){p, (size_t)(q - p), l->no, first, gap, block};
      first = 0;
    }
    p = q;
  }
}

/* Adds tokens [a, b) to a cell under ROW, one source line at a time. */
static xmlNodePtr S_cell(xmlNodePtr row, pd_span *text, const tok *v, size_t a, size_t b) {
  pd_span_reset(text);
  size_t i = a;
  while (i < b) {
    size_t j = i + 1;
    while (j < b && v[j].no == v[i].no)
      j++;
    const char *start = v[i].s;
    size_t len = (size_t)(v[j - 1].s + v[j - 1].len - start);
    rd_text_add_line(text, start, len, v[i].no);
    i = j;
  }
  if (a == b)
    return xmlNewChild(row, NULL, BAD_CAST "cell", NULL);
  return pd_span_emit(row, "cell", text);
}

static int S_capitalised(const tok *t) { return pd_utf8_starts_upper(t->s, t->len); }

/* Words that begin a theme cell of this table where the split of measure
 * and theme was certain (a cell edge, a new block, one candidate only).
 * Themes recur down a table ("Møteplass", "Inkludering"): they settle the
 * rows whose first line runs a name of several capitalised words into the
 * theme ("Ung Fritid Heistad Møteplass"). */
typedef struct themes {
  const char *w[64];
  size_t len[64];
  size_t n;
} themes;

/* A word's length without the punctuation after it ("Inkludering,"). */
static size_t S_bare_len(const tok *t) {
  size_t n = t->len;
  while (n > 1 && strchr(",.;:/", t->s[n - 1]))
    n--;
  return n;
}

static int S_known_theme(const themes *th, const tok *t) {
  size_t n = S_bare_len(t);
  for (size_t i = 0; th && i < th->n; i++)
    if (th->len[i] == n && strncasecmp(th->w[i], t->s, n) == 0)
      return 1;
  return 0;
}

static void S_add_theme(themes *th, const tok *t) {
  if (th->n < sizeof th->w / sizeof th->w[0] && !S_known_theme(th, t)) {
    th->w[th->n] = t->s;
    th->len[th->n++] = S_bare_len(t);
  }
}

/* Whether a status word begins a line in V[from, to). */
static int S_status_at_line_start(const pd_lexicon *lex, const tok *v, size_t from, size_t to) {
  for (size_t k = from; k < to; k++)
    if (v[k].line_start && S_is_status_word(lex, v[k].s, v[k].len))
      return 1;
  return 0;
}

/* Where one row's tokens split into Tiltak | Tema | Status | Hovedansvar |
 * Nivå: the first token of the theme (T), status (S), service (A) and
 * level (L) cells. */
typedef struct split {
  size_t T, S, A, L;
  int theme_certain; /* the theme's start was not a guess */
} split;

static split S_split_row5(const pd_lexicon *lex, const tok *v, size_t n, const themes *known) {
  size_t L = n;
  /* "Selektiv," / "lavterskel": the level cell ends in a short line of its
   * own after a level word with a comma */
  for (size_t k = n - 1; k > 1 && n - k <= 2; k--)
    if (v[k].no != v[k - 1].no && v[k - 1].len && v[k - 1].s[v[k - 1].len - 1] == ',' &&
        S_is_level_word(lex, v[k - 1].s, v[k - 1].len)) {
      L = k;
      break;
    }
  while (L > 1 && (S_is_level_word(lex, v[L - 1].s, v[L - 1].len) ||
                   (S_word_is(v[L - 1].s, v[L - 1].len, "og") && L < n)))
    L--;
  size_t S = L, named = 0; /* the name runs at least through token NAMED */
  for (size_t k = 1; k < L; k++)
    if (S_is_status_word(lex, v[k].s, v[k].len)) {
      /* Measure and theme come before the status: a status word second on
       * the row's first line may be part of the name ("Home Start
       * Samarbeid om" / "Starter opp"), when a status word begins a line
       * later in the row. */
      if (k < 2 && v[k].no == v[0].no && !v[k].gap && S_status_at_line_start(lex, v, k + 1, L)) {
        named = k;
        continue;
      }
      S = k;
      break;
    }
  size_t A = L;
  if (S < L) {
    /* The service starts a block after the status: the first that begins
     * with a capital and no status word (blocks that begin with a status
     * word, "Anbefales: Vurdere ...", or in lower case, "prioriteres
     * høyere", go on with the status); else a capitalised word after the
     * status ("Pågående Skolens ledelse i" / "samarbeid med"); else the
     * next block. */
    size_t next = L;
    /* A list of services the status line begins and a comma carries into
     * the next block ("Pågående PPT, barnehager," / "Familiehelsetjenester") */
    size_t be = S + 1;
    while (be < L && v[be].block == v[S].block)
      be++;
    if (be < L && v[be - 1].s[v[be - 1].len - 1] == ',')
      for (size_t k = S + 1; k < be && A == L; k++)
        if (S_capitalised(&v[k]) && !S_is_status_word(lex, v[k].s, v[k].len))
          A = k;
    for (size_t k = S + 1; k < L && A == L; k++) {
      if (v[k].block == v[k - 1].block)
        continue;
      if (next == L)
        next = k;
      /* "- PPT": a dash before the service (a cell left empty) */
      size_t c = k + (S_word_is(v[k].s, v[k].len, "-") && k + 1 < L);
      if (S_capitalised(&v[c]) && !S_is_status_word(lex, v[c].s, v[c].len))
        A = k;
    }
    for (size_t k = S + 1; k < L && A == L; k++)
      if (S_capitalised(&v[k]) && !S_is_status_word(lex, v[k].s, v[k].len))
        A = k;
    if (A == L)
      A = next;
  } else if (L > 0) {
    /* No status word: the last block before the level is the service; a
     * capitalised line start inside the block before it starts the status. */
    size_t k = L - 1;
    while (k > 0 && v[k - 1].block == v[L - 1].block)
      k--;
    if (k > 0) {
      A = k;
      S = A;
      for (size_t m = A; m-- > 1;) {
        if (v[m].block != v[A - 1].block)
          break;
        if (v[m].line_start && S_capitalised(&v[m]) && v[m].no != v[0].no) {
          S = m;
          break;
        }
      }
    }
  }
  /* The theme on the first line: the capitalised word after a cell edge
   * (two spaces), else the only capitalised word, else one that begins a
   * theme elsewhere in the table, else the first ("Foreldrekurs, DUÅ": not
   * after a comma). */
  size_t T, first = S, edge = S, seen = S, candidates = 0;
  for (size_t k = named + 1; k < S && v[k].no == v[0].no; k++)
    if (S_capitalised(&v[k]) && v[k - 1].s[v[k - 1].len - 1] != ',') {
      candidates++;
      if (first == S)
        first = k;
      if (edge == S && v[k].gap)
        edge = k;
      if (seen == S && S_known_theme(known, &v[k]))
        seen = k;
    }
  int certain = 0;
  if (edge < S)
    T = edge, certain = 1;
  else if (candidates == 1)
    T = first, certain = 1;
  else if (seen < S)
    T = seen;
  else
    T = first;
  if (T == S) {
    for (size_t k = 1; k < S; k++)
      if (v[k].block != v[0].block) {
        T = k;
        break;
      }
    /* A name wrapped into the next block ("Konsultasjon hos" / "jordmor")
     * goes on in lower case; the theme starts with a capital. */
    while (T < S && !S_capitalised(&v[T]))
      T++;
    certain = T < S && v[T].line_start;
  }
  return (split){T, S, A, L, certain};
}

/* The tokens a row begins with that end a cell of the row above (see
 * S_emit_row5), or 0. */
static size_t S_stray(const tok *v, size_t n) {
  if (S_capitalised(&v[0]))
    return 0;
  size_t k = 1;
  while (k < n && !(v[k].line_start && S_capitalised(&v[k]) && v[k].block != v[0].block))
    k++;
  return k + 1 < n ? k : 0;
}

/* Emits one row's tokens V[0, n) as Tiltak | Tema | Status | Hovedansvar |
 * Nivå. A row that begins in lower case begins with the end of a cell of
 * the row above that a page break cut ("rundt barn med behov" / "for ASK"):
 * those lines, up to a line that begins with a capital, become a row of
 * their own (their column is unknown: the first) and the row goes on. */
static void S_emit_row5(const pd_lexicon *lex, xmlNodePtr table, pd_span *text, const tok *v,
                        size_t n, const themes *known) {
  if (!v || n == 0)
    return;
  size_t k = S_stray(v, n);
  if (k) {
    {
      xmlNodePtr row = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
      pd_tree_lines(row, v[0].no, v[k - 1].no);
      S_cell(row, text, v, 0, k);
      for (int c = 1; c < 5; c++)
        S_cell(row, text, v, k, k);
      v += k;
      n -= k;
    }
  }
  split p = S_split_row5(lex, v, n, known);
  size_t lv = 0;
  while (lv < n &&
         (S_is_level_word(lex, v[lv].s, v[lv].len) || S_word_is(v[lv].s, v[lv].len, "og")))
    lv++;
  if (lv == n) /* only a level: the level cell of a row the PDF merged into the one above */
    p = (split){0, 0, 0, 0, 0};
  xmlNodePtr row = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
  pd_tree_lines(row, v[0].no, v[n - 1].no);
  S_cell(row, text, v, 0, p.T);
  S_cell(row, text, v, p.T, p.S);
  S_cell(row, text, v, p.S, p.A);
  S_cell(row, text, v, p.A, p.L);
  S_cell(row, text, v, p.L, n);
}

static void S_emit_header(xmlNodePtr table, const rd_line *lines, const header *h, size_t i) {
  xmlNodePtr row = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
  pd_tree_lines(row, lines[i].no, lines[h->end].no);
  xmlSetProp(row, BAD_CAST "header", BAD_CAST "true");
  for (size_t c = 0; c < 5; c++) {
    xmlNodePtr cell =
        xmlNewTextChild(row, NULL, BAD_CAST "cell", BAD_CAST(c < h->columns ? h->names[c] : ""));
    if (c < h->columns)
      pd_tree_lines(cell, lines[i].no, lines[h->end].no);
  }
}

/* Layout 1: a named header with a level column. */
static size_t S_recover_headed(const pd_lexicon *lex, xmlNodePtr parent, const rd_line *lines,
                               size_t n, size_t i, const header *h) {
  int cut = !h->level_column && h->columns == 4 && h->cols[3] == PD_COL_RESPONSIBLE;
  if (!(h->level_column && h->columns == 5) && !cut)
    return i;
  /* Collect rows: each ends at a line whose last word is a level word. Up
   * to four blank lines separate cells; a row under way may hold more
   * where its cells are far apart on the page (an empty cell's height),
   * until it ends in a level. */
  enum { TABLE_GAP = 5, ROW_GAP = 12 };
  size_t j = h->end + 1, last_row_end = h->end;
  size_t rows = 0, *ends = NULL; /* the token index each row ends at */
  size_t row_start = 0;
  int blanks = 0, block = 0;
  toks t = {NULL, 0, 0};
  for (; j < n; j++) {
    const rd_line *l = &lines[j];
    header other;
    if (l->blank || l->furniture) {
      blanks += l->blank;
      if (blanks >= (t.n > row_start ? ROW_GAP : TABLE_GAP))
        break;
      if (l->blank && t.n > row_start)
        block++;
      continue;
    }
    if (S_parse_header(lex, lines, n, j, &other))
      break;
    blanks = 0;
    S_tokenise(&t, l, block);
    const char *w = l->s + l->len;
    while (w > l->s && w[-1] != ' ')
      w--;
    if (S_is_level_word(lex, w, (size_t)(l->s + l->len - w))) {
      /* "Allmenn," / "selektiv" or "Selektiv," / "lavterskel": the level
       * cell goes on for one short line */
      if (l->len > 0 && l->s[l->len - 1] == ',') {
        size_t k = j + 1;
        while (k < n && (lines[k].blank || lines[k].furniture))
          k++;
        if (k < n && k - j <= 3 && rd_words(lines[k].s, lines[k].len) <= 2 &&
            !S_parse_header(lex, lines, n, k, &other)) {
          S_tokenise(&t, &lines[k], block);
          j = k;
        }
      }
      ends = pd_xrealloc(ends, (rows + 1) * sizeof *ends);
      ends[rows++] = t.n;
      row_start = t.n;
      last_row_end = j;
      block = 0;
    }
    if (t.n - row_start > 400)
      break; /* no level in sight: this is not a row */
  }
  if (rows && parent) {
    /* the themes whose start is certain, then the rows */
    themes known = {{NULL}, {0}, 0};
    for (size_t r = 0, from = 0; r < rows; from = ends[r++]) {
      size_t m = ends[r] - from;
      const tok *v = t.v + from;
      size_t k = m ? S_stray(v, m) : 0;
      if (m - k == 0)
        continue;
      split p = S_split_row5(lex, v + k, m - k, NULL);
      if (p.theme_certain && p.T < p.S)
        S_add_theme(&known, &v[k + p.T]);
    }
    xmlNodePtr table = xmlNewChild(parent, NULL, BAD_CAST "table", NULL);
    S_emit_header(table, lines, h, i);
    pd_span text;
    pd_span_init(&text);
    for (size_t r = 0, from = 0; r < rows; from = ends[r++])
      S_emit_row5(lex, table, &text, t.v + from, ends[r] - from, &known);
    pd_span_free(&text);
    pd_tree_lines(table, lines[i].no, lines[last_row_end].no);
    pd_xml_set_int(table, "columns", 5);
    xmlSetProp(table, BAD_CAST "kind", BAD_CAST "recovered");
  }
  free(t.v);
  free(ends);
  return rows ? last_row_end + 1 : i;
}

/* ---- layout 2: rows led by a level phrase --------------------------------- */

/* Length of the level word leading L ("Universelt", "Selektivt"), or 0. */
static size_t S_level_lead(const pd_lexicon *lex, const rd_line *l) {
  size_t w = S_first_word(l->s, l->len);
  return w && S_is_level_word(lex, l->s, w) ? w : 0;
}

/* Length of the measure word ("tiltak") S begins with, or 0. */
static size_t S_measure_word(const pd_lexicon *lex, const char *s, size_t len) {
  size_t w = S_first_word(s, len);
  return w && pd_lexicon_column(lex, s, w, NULL, NULL) == PD_COL_MEASURE ? w : 0;
}

/* A row lead: a level word and the measure word ("Universelt tiltak"),
 * the latter possibly alone on the next line. */
static int S_is_row_lead(const pd_lexicon *lex, const rd_line *lines, size_t n, size_t i) {
  const rd_line *l = &lines[i];
  size_t w = S_level_lead(lex, l);
  if (!w)
    return 0;
  const char *rest = l->s + w;
  size_t rl = l->len - w;
  while (rl && *rest == ' ')
    rest++, rl--;
  if (S_measure_word(lex, rest, rl))
    return 1;
  return rl == 0 && i + 1 < n && S_measure_word(lex, lines[i + 1].s, lines[i + 1].len);
}

static size_t S_recover_led(const pd_lexicon *lex, xmlNodePtr parent, const rd_line *lines,
                            size_t n, size_t i) {
  if (!S_is_row_lead(lex, lines, n, i))
    return i;
  /* Only where a second lead row follows: one line saying "Universelt
   * tiltak" in running text is not a table. */
  size_t probe = i + 1, seen = 0;
  while (probe < n && probe < i + 80 && !seen)
    seen = S_is_row_lead(lex, lines, n, probe++);
  if (!seen)
    return i;
  xmlNodePtr table = NULL;
  pd_span text;
  pd_span_init(&text);
  size_t j = i, last = i;
  while (j < n && !pd_budget_spent() && S_is_row_lead(lex, lines, n, j)) {
    /* blocks of this row: lead, goal, measure, gains */
    size_t bstart[4] = {j, 0, 0, 0}, bend[4] = {0, 0, 0, 0};
    int nb = 0;
    size_t k = j;
    while (k < n && k < j + 80) {
      if (k > j && S_is_row_lead(lex, lines, n, k))
        break;
      if (lines[k].len && lines[k].s[0] >= '0' && lines[k].s[0] <= '9' && k > j &&
          memchr(lines[k].s, '.', lines[k].len) && lines[k].len < 60)
        break; /* a numbered chapter ends the table */
      if (lines[k].blank) {
        k++;
        continue;
      }
      if (k > j && lines[k - 1].blank && nb < 3)
        bstart[++nb] = k;
      bend[nb] = k;
      k++;
    }
    if (parent) {
      if (!table) {
        table = xmlNewChild(parent, NULL, BAD_CAST "table", NULL);
        xmlNodePtr hrow = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
        pd_tree_lines(hrow, lines[i].no, lines[i].no);
        xmlSetProp(hrow, BAD_CAST "header", BAD_CAST "true");
        static const pd_column names[] = {PD_COL_LEVEL, PD_COL_GOAL, PD_COL_MEASURE, PD_COL_GAINS};
        for (int c = 0; c < 4; c++)
          xmlNewTextChild(hrow, NULL, BAD_CAST "cell",
                          BAD_CAST pd_lexicon_column_name(lex, names[c]));
      }
      xmlNodePtr row = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
      pd_tree_lines(row, lines[j].no, lines[bend[nb]].no);
      /* The lead line may hold the start of the goal: "Selektivt tiltak  Øve opp". */
      const rd_line *lead = &lines[j];
      size_t w = S_level_lead(lex, lead);
      const char *rest = lead->s + w;
      while (*rest == ' ' && rest < lead->s + lead->len)
        rest++;
      size_t goal_off = 0;
      size_t mw = S_measure_word(lex, rest, (size_t)(lead->s + lead->len - rest));
      if (mw) {
        rest += mw;
        while (*rest == ' ' && rest < lead->s + lead->len)
          rest++;
        goal_off = (size_t)(rest - lead->s);
      }
      int goal_on_lead = goal_off && goal_off < lead->len;
      pd_span_reset(&text);
      rd_text_add_line(&text, lead->s, goal_on_lead ? (size_t)(rest - lead->s) : lead->len,
                       lead->no);
      size_t c0 = bstart[0] + 1;
      if (!goal_on_lead && c0 <= bend[0] && S_measure_word(lex, lines[c0].s, lines[c0].len)) {
        rd_text_add_line(&text, lines[c0].s, lines[c0].len, lines[c0].no);
        c0++;
      }
      /* Trim trailing spaces of the lead cell. */
      while (text.text.len && text.text.data[text.text.len - 1] == ' ')
        pd_buf_truncate(&text.text, text.text.len - 1);
      pd_span_emit(row, "cell", &text);
      /* goal: the rest of the lead block, or the next block */
      int b = 0;
      pd_span_reset(&text);
      if (goal_on_lead) {
        rd_text_add_line(&text, rest, (size_t)(lead->s + lead->len - rest), lead->no);
        for (size_t m = c0; m <= bend[0]; m++)
          if (!lines[m].blank)
            rd_text_add_line(&text, lines[m].s, lines[m].len, lines[m].no);
      } else if (nb >= 1) {
        b = 1;
        for (size_t m = bstart[1]; m <= bend[1]; m++)
          if (!lines[m].blank)
            rd_text_add_line(&text, lines[m].s, lines[m].len, lines[m].no);
      }
      if (text.text.len)
        pd_span_emit(row, "cell", &text);
      else
        xmlNewChild(row, NULL, BAD_CAST "cell", NULL);
      for (int c = 0; c < 2; c++) {
        pd_span_reset(&text);
        int bi = b + 1 + c;
        if (bi <= nb) {
          size_t to = c == 1 ? bend[nb] : bend[bi];
          for (size_t m = bstart[bi]; m <= to; m++)
            if (!lines[m].blank)
              rd_text_add_line(&text, lines[m].s, lines[m].len, lines[m].no);
        }
        if (text.text.len)
          pd_span_emit(row, "cell", &text);
        else
          xmlNewChild(row, NULL, BAD_CAST "cell", NULL);
      }
    }
    last = bend[nb];
    j = k;
    while (j < n && lines[j].blank)
      j++;
  }
  pd_span_free(&text);
  if (table) {
    pd_tree_lines(table, lines[i].no, lines[last].no);
    pd_xml_set_int(table, "columns", 4);
    xmlSetProp(table, BAD_CAST "kind", BAD_CAST "recovered");
  }
  return last + 1;
}

/* ---- layout 3: theme | measure columns | goal ----------------------------- */

enum { THEMED_MAX_COLS = 6, THEMED_MAX_CELLS = 512 };

/* A header naming a theme column first, a goal column last and between
 * them columns of measures named by a status ("Tema Iverksatte tiltak 2023
 * Anbefales Mål"): a capitalised word that names a column or a status
 * begins a column; lower-case words and numbers go on with it. */
typedef struct themed_header {
  size_t columns;
  char names[THEMED_MAX_COLS][48];
} themed_header;

static int S_parse_themed_header(const pd_lexicon *lex, const rd_line *l, themed_header *h) {
  if (l->blank || l->furniture || l->len > 80)
    return 0;
  memset(h, 0, sizeof *h);
  pd_column cols[THEMED_MAX_COLS] = {PD_COL_NONE};
  const char *p = l->s, *end = l->s + l->len;
  while (p < end) {
    while (p < end && *p == ' ')
      p++;
    const char *q = p;
    while (q < end && *q != ' ')
      q++;
    if (q == p)
      break;
    size_t len = (size_t)(q - p);
    pd_column col = pd_lexicon_column(lex, p, len, NULL, NULL);
    int status = S_is_status_word(lex, p, len);
    if (pd_utf8_starts_upper(p, len)) {
      if ((col == PD_COL_NONE && !status) || h->columns == THEMED_MAX_COLS)
        return 0;
      cols[h->columns] = status ? PD_COL_STATUS : col;
      snprintf(h->names[h->columns], sizeof h->names[0], "%.*s", (int)len, p);
      h->columns++;
    } else {
      if (!h->columns)
        return 0;
      char *name = h->names[h->columns - 1];
      size_t nl = strlen(name);
      snprintf(name + nl, sizeof h->names[0] - nl, " %.*s", (int)len, p);
    }
    p = q;
  }
  if (h->columns < 3 || cols[0] != PD_COL_THEME || cols[h->columns - 1] != PD_COL_GOAL)
    return 0;
  for (size_t c = 1; c + 1 < h->columns; c++)
    if (cols[c] != PD_COL_STATUS && cols[c] != PD_COL_MEASURE)
      return 0;
  return 1;
}

/* One cell of text: tokens [a, b) of its lines, its widest line. */
typedef struct tcell {
  size_t a, b;
  size_t width; /* characters */
  int wide;
} tcell;

static size_t S_chars(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* The width between narrow and wide cells: the split of the cells' widths
 * into two groups with the least spread (Otsu's rule), or 0 when the
 * widths do not fall into two groups of two cells at least. */
static size_t S_width_split(const tcell *c, size_t n) {
  size_t best = 0;
  double best_score = -1;
  for (size_t t = 1; t < 200; t++) {
    double s0 = 0, s1 = 0;
    size_t n0 = 0, n1 = 0;
    for (size_t i = 0; i < n; i++)
      if (c[i].width <= t)
        s0 += (double)c[i].width, n0++;
      else
        s1 += (double)c[i].width, n1++;
    if (n0 < 2 || n1 < 2)
      continue;
    double m0 = s0 / (double)n0, m1 = s1 / (double)n1;
    double between = (double)n0 * (double)n1 * (m0 - m1) * (m0 - m1);
    if (between > best_score)
      best_score = between, best = t;
  }
  return best;
}

/* The token where the first line of cell [a, b) holds a second cell: its
 * first capitalised word after the first word ("Språk Flerspråklig",
 * "Læringsmiljø Revidert retningslinjer"), or 0. */
static size_t S_first_line_split(const tok *v, size_t a, size_t b) {
  for (size_t k = a + 1; k < b && v[k].no == v[a].no; k++)
    if (S_capitalised(&v[k]) && v[k - 1].s[v[k - 1].len - 1] != ',')
      return k;
  return 0;
}

/* A short lower-case word of letters ("og", "i", "til"): a line that ends
 * in one goes on ("vg1" ends an item). */
static int S_function_word(const tok *t) {
  if (t->len > 3 || !pd_utf8_starts_lower(t->s, t->len))
    return 0;
  for (size_t i = 0; i < t->len; i++)
    if ((unsigned char)t->s[i] < 0x80 && !((t->s[i] >= 'a' && t->s[i] <= 'z')))
      return 0;
  return 1;
}

/* The token where the last item of cell [a, b) begins: a line that begins
 * with a capital after a line that ends an item, or 0. */
static size_t S_last_item(const tok *v, size_t a, size_t b) {
  size_t last = 0;
  for (size_t k = a + 1; k < b; k++)
    if (v[k].line_start && S_capitalised(&v[k])) {
      const tok *p = &v[k - 1];
      char e = p->s[p->len - 1];
      if (e != ',' && e != '-' && !S_function_word(p))
        last = k;
    }
  return last;
}

typedef struct trow {
  size_t a[THEMED_MAX_COLS], b[THEMED_MAX_COLS];
  int filled[THEMED_MAX_COLS], guessed[THEMED_MAX_COLS];
  unsigned long first, last;
} trow;

static void S_trow_set(trow *r, size_t col, size_t a, size_t b, int guessed) {
  r->a[col] = a;
  r->b[col] = b;
  r->filled[col] = a < b;
  r->guessed[col] = guessed;
}

/* Layout 3. Cells come in column order, a cell's lines together; an empty
 * line ends a cell, a line of spaces stays inside it (PDF text writes the
 * empty paragraphs between a cell's items so). Theme and goal columns are
 * narrow, measure columns wide: each cell is told narrow or wide by its
 * widest line against the split the table's own cells show. A row is a
 * narrow cell (the theme), up to as many wide cells as there are measure
 * columns, and a narrow cell (the goals). Where a row lacks a cell, two
 * cells shared a line ("Språk Flerspråklig": the theme's first line holds
 * the first measure cell) or the theme closed the cell above (the last
 * item of the goals above): those cells are guesses and marked so. */
static size_t S_recover_themed(const pd_lexicon *lex, xmlNodePtr parent, const rd_line *lines,
                               size_t n, size_t i, const themed_header *h) {
  enum { MAX_LINES = 600 };
  toks t = {NULL, 0, 0};
  tcell *cells = NULL;
  size_t ncells = 0, j = i + 1, last_line = i;
  int open = 0, empties = 0, block = 0;
  for (; j < n && j < i + MAX_LINES && ncells < THEMED_MAX_CELLS; j++) {
    const rd_line *l = &lines[j];
    if (l->furniture)
      continue;
    if (l->blank) {
      if (!l->padded) {
        open = 0;
        if (++empties >= 2)
          break; /* two empty lines: the table is over */
      }
      continue;
    }
    header other;
    themed_header again;
    if (S_parse_header(lex, lines, n, j, &other) || S_parse_themed_header(lex, l, &again))
      break;
    if (!open && l->len && l->s[l->len - 1] == ':')
      break; /* a label or heading after the table */
    empties = 0;
    if (!open) {
      cells = pd_xrealloc(cells, (ncells + 1) * sizeof *cells);
      cells[ncells++] = (tcell){t.n, t.n, 0, 0};
      open = 1;
      block++;
    }
    S_tokenise(&t, l, block);
    tcell *c = &cells[ncells - 1];
    c->b = t.n;
    size_t w = S_chars(l->s, l->len);
    if (w > c->width)
      c->width = w;
    last_line = j;
  }
  size_t narrow = S_width_split(cells, ncells);
  size_t M = h->columns - 2, G = h->columns - 1;
  trow *rows = NULL;
  size_t nrows = 0;
  if (narrow) {
    for (size_t k = 0; k < ncells; k++)
      cells[k].wide = cells[k].width > narrow;
    for (size_t k = 0; k < ncells;) {
      trow r;
      memset(&r, 0, sizeof r);
      size_t m = 0;
      int theme = !cells[k].wide;
      if (!theme) {
        /* Wide cells before one whose first line holds a theme
         * ("Læringsmiljø Revidert retningslinjer") go on with the row
         * above across a page: a row of their own, in the last measure
         * columns, guessed. */
        size_t q = 1;
        while (q <= M && k + q < ncells && cells[k + q].wide &&
               !S_first_line_split(t.v, cells[k + q].a, cells[k + q].b))
          q++;
        if (q <= M && k + q < ncells && cells[k + q].wide) {
          for (size_t c = 0; c < q; c++)
            S_trow_set(&r, M - q + 1 + c, cells[k + c].a, cells[k + c].b, 1);
          rows = pd_xrealloc(rows, (nrows + 1) * sizeof *rows);
          rows[nrows++] = r;
          memset(&r, 0, sizeof r);
          k += q;
        }
      }
      if (theme) {
        S_trow_set(&r, 0, cells[k].a, cells[k].b, 0);
        k++;
      }
      while (k < ncells && cells[k].wide && m < M) {
        S_trow_set(&r, 1 + m, cells[k].a, cells[k].b, 0);
        m++, k++;
      }
      if (k < ncells && !cells[k].wide && m > 0) {
        S_trow_set(&r, G, cells[k].a, cells[k].b, 0);
        k++;
      }
      if (!theme && m == 0) { /* a narrow cell alone: not this layout */
        k++;
        continue;
      }
      if (!theme && m > 0) {
        /* "Læringsmiljø Revidert retningslinjer": the theme on the line of
         * the first measure; else the last item of the goals above */
        size_t at = S_first_line_split(t.v, r.a[1], r.b[1]);
        if (at) {
          S_trow_set(&r, 0, r.a[1], at, 1);
          r.a[1] = at;
          r.guessed[1] = 1;
        } else if (nrows && rows[nrows - 1].filled[G]) {
          trow *up = &rows[nrows - 1];
          size_t last = S_last_item(t.v, up->a[G], up->b[G]);
          if (last) {
            S_trow_set(&r, 0, last, up->b[G], 1);
            up->b[G] = last;
          }
        }
      } else if (theme && m < M) {
        /* "Språk Flerspråklig": the first measure cell begins on the
         * theme's line; the measure cells move one column on */
        size_t at = S_first_line_split(t.v, r.a[0], r.b[0]);
        if (at) {
          for (size_t c = M; c > 1; c--)
            S_trow_set(&r, c, r.a[c - 1], r.b[c - 1], 1);
          S_trow_set(&r, 1, at, r.b[0], 1);
          r.b[0] = at;
          r.guessed[0] = 1;
          m++;
        }
      }
      if (m < M) /* which measure column a lone cell is in: a guess */
        for (size_t c = 1; c <= M; c++)
          r.guessed[c] |= r.filled[c];
      rows = pd_xrealloc(rows, (nrows + 1) * sizeof *rows);
      rows[nrows++] = r;
    }
  }
  /* a table: two rows at least, each with measures */
  size_t with_measures = 0;
  for (size_t r = 0; r < nrows; r++)
    for (size_t c = 1; c <= M; c++)
      if (rows[r].filled[c]) {
        with_measures++;
        break;
      }
  size_t next = i;
  if (with_measures >= 2) {
    next = last_line + 1;
    if (parent) {
      xmlNodePtr table = xmlNewChild(parent, NULL, BAD_CAST "table", NULL);
      xmlNodePtr hrow = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
      pd_tree_lines(hrow, lines[i].no, lines[i].no);
      xmlSetProp(hrow, BAD_CAST "header", BAD_CAST "true");
      for (size_t c = 0; c < h->columns; c++) {
        xmlNodePtr cell = xmlNewTextChild(hrow, NULL, BAD_CAST "cell", BAD_CAST h->names[c]);
        pd_tree_lines(cell, lines[i].no, lines[i].no);
      }
      pd_span text;
      pd_span_init(&text);
      for (size_t r = 0; r < nrows; r++) {
        unsigned long first = 0, lastno = 0;
        for (size_t c = 0; c < h->columns; c++)
          if (rows[r].filled[c]) {
            if (!first || t.v[rows[r].a[c]].no < first)
              first = t.v[rows[r].a[c]].no;
            if (t.v[rows[r].b[c] - 1].no > lastno)
              lastno = t.v[rows[r].b[c] - 1].no;
          }
        xmlNodePtr row = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
        pd_tree_lines(row, first, lastno);
        for (size_t c = 0; c < h->columns; c++) {
          size_t a = rows[r].filled[c] ? rows[r].a[c] : 0, b = rows[r].filled[c] ? rows[r].b[c] : 0;
          xmlNodePtr cell = S_cell(row, &text, t.v, a, b);
          if (rows[r].filled[c] && rows[r].guessed[c])
            xmlSetProp(cell, BAD_CAST "guessed", BAD_CAST "true");
        }
      }
      pd_span_free(&text);
      pd_tree_lines(table, lines[i].no, lines[last_line].no);
      pd_xml_set_int(table, "columns", (long)h->columns);
      xmlSetProp(table, BAD_CAST "kind", BAD_CAST "recovered");
    }
  }
  free(rows);
  free(cells);
  free(t.v);
  return next;
}

size_t rd_table_recover(const pd_lexicon *lex, xmlNodePtr parent, const rd_line *lines, size_t n,
                        size_t i) {
  if (i >= n || lines[i].blank)
    return i;
  header h;
  if (S_parse_header(lex, lines, n, i, &h))
    return S_recover_headed(lex, parent, lines, n, i, &h);
  themed_header th;
  if (S_parse_themed_header(lex, &lines[i], &th))
    return S_recover_themed(lex, parent, lines, n, i, &th);
  return S_recover_led(lex, parent, lines, n, i);
}
