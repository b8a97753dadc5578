/* pdf_blocks.c — a PDF's lines in reading order into the tree's blocks:
 * tables from aligned columns, headings from size and weight, list items
 * from their markers, paragraphs (see pdf_layout.h). */
#include "pdf_layout.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xmlio.h"

enum { MAX_STYLES = 6, MAX_COLUMNS = 16 };

typedef struct blocks {
  pd_tree *tree;
  const pd_pdf_line **v; /* the lines that are not furniture, in reading order */
  size_t n;
  double body; /* the size of body text */
  double step; /* the distance between the baselines of body text */
  double style_size[MAX_STYLES];
  int style_bold[MAX_STYLES];
  int nstyles;
  pd_span span;
  pd_buf text;
  xmlNodePtr list;
} blocks;

static const char *S_text(blocks *b, const pd_pdf_line *l) {
  pd_buf_truncate(&b->text, 0);
  pd_pdf_line_text(l, &b->text);
  return pd_buf_cstr(&b->text);
}

static int S_cmp_double(const void *a, const void *b) {
  double d = *(const double *)a - *(const double *)b;
  return d < 0 ? -1 : d > 0;
}

static size_t S_chars(const pd_pdf_line *l) {
  size_t n = 0;
  for (size_t k = 0; k < l->nwords; k++)
    n += strlen(l->words[k].text);
  return n;
}

/* Baseline distance from A to B when B follows A in the same column of the
 * same page; INFINITY otherwise. */
static double S_step(const pd_pdf_line *a, const pd_pdf_line *b) {
  if (a->page != b->page || a->column != b->column || b->y1 <= a->y1)
    return INFINITY;
  return b->y1 - a->y1;
}

/* The body size (most characters) and the usual step between its lines. */
static void S_measure(blocks *b) {
  double sizes[64], weight[64];
  int ns = 0;
  for (size_t i = 0; i < b->n; i++) {
    double s = round(b->v[i]->size * 2) / 2;
    int k = 0;
    while (k < ns && sizes[k] != s)
      k++;
    if (k == ns && ns < 64) {
      sizes[ns] = s;
      weight[ns++] = 0;
    }
    if (k < ns)
      weight[k] += (double)S_chars(b->v[i]);
  }
  b->body = 10;
  double best = -1;
  for (int k = 0; k < ns; k++)
    if (weight[k] > best) {
      best = weight[k];
      b->body = sizes[k];
    }
  double *steps = pd_xmalloc((b->n ? b->n : 1) * sizeof *steps);
  size_t m = 0;
  for (size_t i = 1; i < b->n; i++) {
    double s = S_step(b->v[i - 1], b->v[i]);
    if (fabs(b->v[i]->size - b->body) < 0.6 && s > 0.5 * b->body && s < 3 * b->body)
      steps[m++] = s;
  }
  qsort(steps, m, sizeof *steps, S_cmp_double);
  b->step = m ? steps[m / 2] : 1.2 * b->body;
  free(steps);
}

/* ---- headings --------------------------------------------------------------- */

static int S_ends_sentence(const char *s) {
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ')
    n--;
  return n && strchr(".!?", s[n - 1]) != NULL;
}

/* A line set as a heading: clearly larger than the body, or bold at body
 * size, short and not a sentence. */
static int S_headingish(blocks *b, const pd_pdf_line *l) {
  if (S_chars(l) > 160 || !l->nwords)
    return 0;
  if (l->size >= 1.15 * b->body)
    return 1;
  return l->bold && l->size >= 0.9 * b->body && S_chars(l) <= 100 && !S_ends_sentence(S_text(b, l));
}

/* Heading styles ranked: larger first, bold before regular at one size. */
static void S_styles(blocks *b) {
  for (size_t i = 0; i < b->n; i++) {
    const pd_pdf_line *l = b->v[i];
    if (!S_headingish(b, l))
      continue;
    double s = round(l->size * 2) / 2;
    int bold = l->bold, k = 0;
    while (k < b->nstyles && !(b->style_size[k] == s && b->style_bold[k] == bold))
      k++;
    if (k < b->nstyles)
      continue;
    /* insert in rank order; styles past the sixth share the last level */
    int at = 0;
    while (at < b->nstyles &&
           (b->style_size[at] > s || (b->style_size[at] == s && b->style_bold[at] >= bold)))
      at++;
    if (at >= MAX_STYLES)
      continue;
    int last = b->nstyles < MAX_STYLES ? b->nstyles : MAX_STYLES - 1;
    for (int j = last; j > at; j--) {
      b->style_size[j] = b->style_size[j - 1];
      b->style_bold[j] = b->style_bold[j - 1];
    }
    b->style_size[at] = s;
    b->style_bold[at] = bold;
    if (b->nstyles < MAX_STYLES)
      b->nstyles++;
  }
}

static int S_level(const blocks *b, const pd_pdf_line *l) {
  double s = round(l->size * 2) / 2;
  for (int k = 0; k < b->nstyles; k++)
    if (b->style_size[k] <= s && (b->style_size[k] < s || b->style_bold[k] <= l->bold))
      return k + 1;
  return b->nstyles;
}

/* ---- list markers ----------------------------------------------------------- */

/* The marker a line starts with ("•" for any bullet, "3." for a number or
 * letter), or 0; *SKIP receives the bytes the marker takes in word 0 (the
 * whole word when it is only the marker). */
static int S_marker(const pd_pdf_line *l, char *marker, size_t cap, size_t *skip) {
  static const char *const bullets[] = {"•", "●", "▪", "■", "◦", "○", "",  "", "–",
                                        "-", "·", "*", "➢", "►", "✓", "□", "", NULL};
  if (!l->nwords)
    return 0;
  const char *w = l->words[0].text;
  for (int i = 0; bullets[i]; i++) {
    size_t k = strlen(bullets[i]);
    if (strncmp(w, bullets[i], k) == 0 && (w[k] == '\0' || (k > 1 && strchr("-–", w[0]) == NULL))) {
      if (w[k] == '\0' && l->nwords < 2)
        return 0;
      snprintf(marker, cap, "•");
      *skip = k;
      return 1;
    }
  }
  size_t n = strlen(w);
  int number = n >= 2 && n <= 3 && strchr(".)", w[n - 1]) &&
               (isdigit((unsigned char)w[0]) || (n == 2 && islower((unsigned char)w[0]))) &&
               (n == 2 || isdigit((unsigned char)w[1]));
  if (number && l->nwords >= 2) {
    snprintf(marker, cap, "%.*s.", (int)(n - 1), w);
    *skip = n;
    return 1;
  }
  return 0;
}

/* ---- tables ----------------------------------------------------------------- */

typedef struct columns {
  double anchor[MAX_COLUMNS]; /* left edges of the columns */
  int ncols;
} columns;

static int S_chunks(const pd_pdf_line *l, double *x0, double *x1, int cap) {
  int n = 0;
  for (size_t k = 0; k < l->nwords; k++) {
    if (pd_pdf_chunk_starts(l, k)) {
      if (n == cap)
        return n + 1; /* too many to be a row of a table we read */
      x0[n++] = l->words[k].x0;
    }
    x1[n - 1] = l->words[k].x1;
  }
  return n;
}

static int S_column_of(const columns *t, double x) {
  int c = 0;
  while (c + 1 < t->ncols && x >= t->anchor[c + 1] - 4)
    c++;
  return c;
}

/* 1 when every chunk of L starts at a column of T, and a lone chunk in the
 * first column stays within it (a wide one is prose after the table). */
static int S_fits(const columns *t, const pd_pdf_line *l) {
  double x0[MAX_COLUMNS], x1[MAX_COLUMNS];
  int n = S_chunks(l, x0, x1, MAX_COLUMNS);
  if (n > t->ncols)
    return 0;
  for (int k = 0; k < n; k++) {
    int c = S_column_of(t, x0[k]);
    if (fabs(x0[k] - t->anchor[c]) > 4)
      return 0;
    if (n == 1 && c + 1 < t->ncols && x1[k] > t->anchor[c + 1] + 4)
      return 0;
  }
  return 1;
}

/* Whether B may continue a table run after A: the next line in the same
 * column, or the top of the next page after the foot of this one. */
static int S_adjacent(const blocks *b, size_t i) {
  const pd_pdf_line *a = b->v[i - 1], *l = b->v[i];
  if (a->page == l->page)
    return S_step(a, l) <= 3 * b->step;
  return l->page == a->page + 1;
}

/* The table starting at line I, if any: its columns in T and its end. A
 * table starts with a line of three chunks or more; its columns are the
 * chunk edges found on two lines or more. */
static size_t S_table_end(const blocks *b, size_t i, columns *t) {
  double x0[MAX_COLUMNS], x1[MAX_COLUMNS];
  if (S_chunks(b->v[i], x0, x1, MAX_COLUMNS) < 3)
    return i;
  /* candidate lines: a run of lines of two chunks or more, or narrow lines */
  size_t j = i + 1;
  while (j < b->n && j - i < 4000 && S_adjacent(b, j)) {
    int n = S_chunks(b->v[j], x0, x1, MAX_COLUMNS);
    if (n < 2 && b->v[j]->x1 - b->v[j]->x0 > 0.45 * (b->v[i]->x1 - b->v[i]->x0))
      break;
    j++;
  }
  /* columns: chunk starts of the lines with three chunks or more, in clusters */
  double xs[4000];
  size_t m = 0;
  for (size_t k = i; k < j && m + MAX_COLUMNS < 4000; k++) {
    int n = S_chunks(b->v[k], x0, x1, MAX_COLUMNS);
    for (int c = 0; n >= 3 && n <= MAX_COLUMNS && c < n; c++)
      xs[m++] = x0[c];
  }
  if (m < 6) /* three columns, each seen twice */
    return i;
  qsort(xs, m, sizeof *xs, S_cmp_double);
  t->ncols = 0;
  for (size_t k = 0; k < m;) {
    size_t e = k + 1;
    while (e < m && xs[e] - xs[e - 1] <= 4)
      e++;
    if (e - k >= 2 && t->ncols < MAX_COLUMNS)
      t->anchor[t->ncols++] = xs[k];
    k = e;
  }
  if (t->ncols < 3 || !S_fits(t, b->v[i]))
    return i;
  size_t end = i + 1, wide = 1;
  while (end < j && S_fits(t, b->v[end])) {
    wide += S_chunks(b->v[end], x0, x1, MAX_COLUMNS) >= 3;
    end++;
  }
  return wide >= 2 ? end : i;
}

/* Lines [I, END) of table T as rows and cells. A new row starts where the
 * lines step further apart than within a cell (its padding or rule), or,
 * when all lines are evenly spaced, at a line with text in the first
 * column. A table continuing on the next page goes on in the same grid;
 * the header row repeated there is dropped. */
static void S_table(blocks *b, size_t i, size_t end, const columns *t) {
  double base = INFINITY;
  for (size_t k = i + 1; k < end; k++)
    base = fmin(base, S_step(b->v[k - 1], b->v[k]));
  int spaced = 0;
  for (size_t k = i + 1; k < end; k++) {
    double s = S_step(b->v[k - 1], b->v[k]);
    spaced |= isfinite(s) && s > base * 1.25 + 0.5;
  }
  b->tree->page = b->v[i]->page;
  xmlNodePtr table = pd_tree_open(b->tree, pd_tree_container(b->tree), "table");
  pd_grid grid;
  pd_grid_init(&grid);
  pd_buf header = PD_BUF_INIT, cells = PD_BUF_INIT;
  int rows = 0;
  for (size_t r = i; r < end;) {
    size_t e = r + 1;
    int newpage = 0;
    while (e < end) {
      double s = S_step(b->v[e - 1], b->v[e]);
      if (!isfinite(s)) {
        newpage = 1;
        break;
      }
      if (spaced ? s > base * 1.25 + 0.5
                 : b->v[e]->nwords && S_column_of(t, b->v[e]->words[0].x0) == 0)
        break;
      e++;
    }
    (void)newpage;
    /* the row's cells, column by column, each line's words in the column */
    pd_buf_truncate(&cells, 0);
    xmlNodePtr row = pd_tree_open(b->tree, table, "row");
    pd_grid_row(&grid);
    b->tree->page = b->v[r]->page;
    for (int c = 0; c < t->ncols; c++) {
      pd_span_reset(&b->span);
      for (size_t k = r; k < e; k++) {
        const pd_pdf_line *l = b->v[k];
        pd_buf_truncate(&b->text, 0);
        for (size_t w = 0; w < l->nwords; w++)
          if (S_column_of(t, l->words[w].x0) == c) {
            if (b->text.len)
              pd_buf_putc(&b->text, ' ');
            pd_buf_puts(&b->text, l->words[w].text);
          }
        pd_span_add_line(&b->span, pd_buf_cstr(&b->text), b->text.len, l->number, pd_span_plain);
      }
      pd_buf_printf(&cells, "%s\t", pd_buf_cstr(&b->span.text));
      xmlNodePtr cell = pd_grid_cell(&grid, b->tree, row, &b->span, 1, 1);
      if (!b->span.first)
        xmlUnsetProp(cell, BAD_CAST "page"); /* an empty cell has no place */
    }
    int repeated = rows > 0 && r > i && b->v[r]->page != b->v[r - 1]->page &&
                   strcmp(pd_buf_cstr(&cells), pd_buf_cstr(&header)) == 0;
    if (repeated) {
      xmlUnlinkNode(row);
      xmlFreeNode(row);
    } else {
      if (rows == 0) {
        xmlSetProp(row, BAD_CAST "header", BAD_CAST "true");
        pd_buf_puts(&header, pd_buf_cstr(&cells));
      }
      if (pd_tree_close(b->tree, row, NULL))
        rows++;
    }
    r = e;
  }
  pd_buf_free(&header);
  pd_buf_free(&cells);
  pd_grid_free(&grid);
  pd_tree_close(b->tree, table, "layout");
}

/* ---- paragraphs, headings, lists -------------------------------------------- */

static void S_close_list(blocks *b) {
  if (b->list)
    pd_tree_close(b->tree, b->list, NULL);
  b->list = NULL;
}

static void S_add(blocks *b, const pd_pdf_line *l, size_t skip_words, size_t skip_bytes) {
  pd_buf_truncate(&b->text, 0);
  for (size_t k = skip_words; k < l->nwords; k++) {
    const char *w = l->words[k].text + (k == skip_words ? skip_bytes : 0);
    if (!*w)
      continue;
    if (b->text.len)
      pd_buf_putc(&b->text, ' ');
    pd_buf_puts(&b->text, w);
  }
  pd_span_add_line(&b->span, pd_buf_cstr(&b->text), b->text.len, l->number, pd_span_plain);
}

/* Whether line I continues the paragraph or item whose last line is I-1. */
static int S_continues(blocks *b, size_t i, double right) {
  const pd_pdf_line *a = b->v[i - 1], *l = b->v[i];
  if (fabs(l->size - a->size) > 0.6 || S_headingish(b, l))
    return 0;
  char m[16];
  size_t skip;
  if (S_marker(l, m, sizeof m, &skip))
    return 0;
  double s = S_step(a, l);
  if (isfinite(s))
    return s <= 1.4 * (b->step > a->size ? b->step : 1.2 * a->size) &&
           !(S_ends_sentence(S_text(b, a)) && a->x1 < right - 0.15 * (right - a->x0));
  /* another column or page: the sentence goes on when it did not end */
  return !S_ends_sentence(S_text(b, a));
}

/* The right edge of the text of line L's page and column. */
static double S_right(const blocks *b, size_t i) {
  double right = b->v[i]->x1;
  for (size_t k = i; k > 0 && b->v[k - 1]->page == b->v[i]->page; k--)
    if (b->v[k - 1]->column == b->v[i]->column)
      right = fmax(right, b->v[k - 1]->x1);
  for (size_t k = i + 1; k < b->n && b->v[k]->page == b->v[i]->page; k++)
    if (b->v[k]->column == b->v[i]->column)
      right = fmax(right, b->v[k]->x1);
  return right;
}

static size_t S_heading(blocks *b, size_t i) {
  const pd_pdf_line *l = b->v[i];
  int level = S_level(b, l);
  pd_span_reset(&b->span);
  S_add(b, l, 0, 0);
  size_t e = i + 1;
  /* a heading wrapped over two or three lines: the same style, close below */
  while (e < b->n && e - i < 3 && fabs(b->v[e]->size - l->size) < 0.3 && b->v[e]->bold == l->bold &&
         S_step(b->v[e - 1], b->v[e]) <= 1.6 * l->size) {
    S_add(b, b->v[e], 0, 0);
    e++;
  }
  S_close_list(b);
  b->tree->page = l->page;
  pd_tree_section(b->tree, level, "style", NULL, &b->span);
  return e;
}

static size_t S_item(blocks *b, size_t i, const char *marker, size_t skip) {
  const pd_pdf_line *l = b->v[i];
  pd_span_reset(&b->span);
  size_t words = l->words[0].text[skip] ? 0 : 1;
  S_add(b, l, words, words ? 0 : skip);
  double right = S_right(b, i);
  size_t e = i + 1;
  while (e < b->n && S_continues(b, e, right) && b->v[e]->x0 > l->x0 + 2) {
    S_add(b, b->v[e], 0, 0);
    e++;
  }
  b->tree->page = l->page;
  if (!b->list)
    b->list = pd_tree_open(b->tree, pd_tree_container(b->tree), "list");
  xmlNodePtr item = pd_tree_text(b->tree, b->list, "item", &b->span);
  xmlSetProp(item, BAD_CAST "marker", BAD_CAST marker);
  return e;
}

static size_t S_paragraph(blocks *b, size_t i) {
  pd_span_reset(&b->span);
  S_add(b, b->v[i], 0, 0);
  double right = S_right(b, i);
  size_t e = i + 1;
  while (e < b->n && S_continues(b, e, right)) {
    columns t;
    if (S_table_end(b, e, &t) > e)
      break;
    if (b->v[e]->page != b->v[e - 1]->page || b->v[e]->column != b->v[e - 1]->column)
      right = S_right(b, e);
    S_add(b, b->v[e], 0, 0);
    e++;
  }
  S_close_list(b);
  b->tree->page = b->v[i]->page;
  pd_tree_paragraph(b->tree, &b->span);
  return e;
}

void pd_pdf_blocks(pd_tree *tree, const pd_pdf_lines *all) {
  blocks b;
  memset(&b, 0, sizeof b);
  b.tree = tree;
  b.v = pd_xmalloc((all->n ? all->n : 1) * sizeof(const pd_pdf_line *));
  for (size_t i = 0; i < all->n; i++)
    if (!all->v[i].furniture && all->v[i].nwords)
      b.v[b.n++] = &all->v[i];
  pd_span_init(&b.span);
  S_measure(&b);
  S_styles(&b);
  for (size_t i = 0; i < b.n;) {
    columns t;
    size_t end = S_table_end(&b, i, &t);
    char marker[16];
    size_t skip = 0;
    if (end > i) {
      S_close_list(&b);
      S_table(&b, i, end, &t);
      i = end;
    } else if (S_headingish(&b, b.v[i])) {
      i = S_heading(&b, i);
    } else if (S_marker(b.v[i], marker, sizeof marker, &skip)) {
      i = S_item(&b, i, marker, skip);
    } else {
      i = S_paragraph(&b, i);
    }
  }
  S_close_list(&b);
  pd_span_free(&b.span);
  pd_buf_free(&b.text);
  free(b.v);
}
