/* pdf_layout.c — a PDF page's words into lines in reading order, and the
 * running headers and footers among them (see pdf_layout.h). */
#include "pdf_layout.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"

static double S_cy(const pd_pdf_word *w) { return (w->y0 + w->y1) / 2; }

static int S_by_y(const void *a, const void *b) {
  double d = S_cy(*(pd_pdf_word *const *)a) - S_cy(*(pd_pdf_word *const *)b);
  return d < 0 ? -1 : d > 0;
}

static int S_by_x(const void *a, const void *b) {
  double d = (*(pd_pdf_word *const *)a)->x0 - (*(pd_pdf_word *const *)b)->x0;
  return d < 0 ? -1 : d > 0;
}

int pd_pdf_chunk_starts(const pd_pdf_line *line, size_t k) {
  if (k == 0 || k >= line->nwords)
    return k == 0;
  const pd_pdf_word *a = &line->words[k - 1], *b = &line->words[k];
  double size = a->size > b->size ? a->size : b->size;
  return b->x0 - a->x1 > PD_PDF_CHUNK_GAP * size;
}

void pd_pdf_line_text(const pd_pdf_line *line, pd_buf *out) {
  for (size_t k = 0; k < line->nwords; k++) {
    if (k)
      pd_buf_putc(out, ' ');
    pd_buf_puts(out, line->words[k].text);
  }
}

/* A raw line: words sharing a baseline, left to right (pointers into the
 * caller's array). */
typedef struct raw {
  pd_pdf_word **w;
  size_t n;
} raw;

/* Appends a line made of RAW's words [FROM, TO) to OUT, taking their texts. */
static void S_emit(raw *r, size_t from, size_t to, unsigned long page, int column,
                   pd_pdf_lines *out) {
  if (from >= to)
    return;
  if (out->n == out->cap) {
    out->cap = out->cap ? out->cap * 2 : 256;
    out->v = pd_xrealloc(out->v, out->cap * sizeof *out->v);
  }
  pd_pdf_line *l = &out->v[out->n++];
  memset(l, 0, sizeof *l);
  l->nwords = to - from;
  l->words = pd_xmalloc(l->nwords * sizeof *l->words);
  l->x0 = l->y0 = INFINITY;
  l->x1 = l->y1 = -INFINITY;
  l->bold = 1;
  l->page = page;
  l->column = column;
  /* the line's size: the size most of its characters have (among the
   * first eight sizes seen; more is not a line of text) */
  double sizes[8], weight[8];
  int nsizes = 0;
  for (size_t k = from; k < to; k++) {
    int s = 0;
    while (s < nsizes && fabs(sizes[s] - r->w[k]->size) >= 0.25)
      s++;
    if (s == nsizes && nsizes < 8) {
      sizes[nsizes] = r->w[k]->size;
      weight[nsizes++] = 0;
    }
    if (s < nsizes)
      weight[s] += (double)strlen(r->w[k]->text);
  }
  double best = -1, best_size = 0;
  for (int s = 0; s < nsizes; s++)
    if (weight[s] > best) {
      best = weight[s];
      best_size = sizes[s];
    }
  for (size_t k = from; k < to; k++) {
    pd_pdf_word *w = r->w[k];
    l->words[k - from] = *w;
    w->text = NULL; /* moved */
    l->x0 = fmin(l->x0, w->x0);
    l->y0 = fmin(l->y0, w->y0);
    l->x1 = fmax(l->x1, w->x1);
    l->y1 = fmax(l->y1, w->y1);
    l->bold &= w->bold;
  }
  l->size = best_size > 0 ? best_size : l->words[0].size;
}

/* The left edge of a second text column, or 0 when the page has one:
 * at least four chunks of prose width (a quarter to three fifths of the
 * text's width) start at the same x in the middle of the page, and as many
 * end before it. Table cells are narrower than prose and do not count. */
static double S_gutter(const raw *lines, size_t n) {
  double minx = INFINITY, maxx = -INFINITY;
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < lines[i].n; k++) {
      minx = fmin(minx, lines[i].w[k]->x0);
      maxx = fmax(maxx, lines[i].w[k]->x1);
    }
  double width = maxx - minx;
  if (!(width > 100))
    return 0;
  /* chunk starts and ends of prose width */
  size_t cap = 0, m = 0;
  double *starts = NULL, *ends = NULL;
  for (size_t i = 0; i < n; i++) {
    const raw *r = &lines[i];
    size_t k0 = 0;
    for (size_t k = 1; k <= r->n; k++) {
      int cut = k == r->n;
      if (!cut) {
        double size = fmax(r->w[k - 1]->size, r->w[k]->size);
        cut = r->w[k]->x0 - r->w[k - 1]->x1 > PD_PDF_CHUNK_GAP * size;
      }
      if (!cut)
        continue;
      double x0 = r->w[k0]->x0, x1 = r->w[k - 1]->x1;
      if (x1 - x0 >= 0.25 * width && x1 - x0 <= 0.6 * width) {
        if (m == cap) {
          cap = cap ? cap * 2 : 64;
          starts = pd_xrealloc(starts, cap * sizeof *starts);
          ends = pd_xrealloc(ends, cap * sizeof *ends);
        }
        starts[m] = x0;
        ends[m++] = x1;
      }
      k0 = k;
    }
  }
  double gutter = 0;
  size_t best = 0;
  /* more prose chunks than four pages' worth is no page of prose: no
   * columns looked for (this keeps a hostile page from taking quadratic time) */
  for (size_t i = 0; i < m && m <= 1000; i++) {
    if (starts[i] < minx + 0.3 * width || starts[i] > minx + 0.7 * width)
      continue;
    size_t same = 0, before = 0;
    for (size_t j = 0; j < m; j++) {
      same += fabs(starts[j] - starts[i]) <= 3;
      before += ends[j] <= starts[i] - 6;
    }
    if (same >= 4 && before >= 4 && same > best) {
      best = same;
      gutter = starts[i];
    }
  }
  free(starts);
  free(ends);
  return gutter;
}

void pd_pdf_page_lines(pd_pdf_word *words, size_t n, unsigned long page, pd_pdf_lines *out) {
  if (!n)
    return;
  pd_pdf_word **by = pd_xmalloc(n * sizeof(pd_pdf_word *));
  for (size_t i = 0; i < n; i++)
    by[i] = &words[i];
  qsort(by, n, sizeof(pd_pdf_word *), S_by_y);
  /* baselines: a word joins the line when its middle lies within half a
   * line height of the line's middle */
  raw *lines = pd_xcalloc(n, sizeof *lines);
  size_t nl = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    double cy = S_cy(by[i]), h = by[i]->y1 - by[i]->y0;
    while (j < n) {
      double hj = by[j]->y1 - by[j]->y0, lim = 0.45 * fmin(h, hj);
      if (fabs(S_cy(by[j]) - cy) > (lim > 1 ? lim : 1))
        break;
      j++;
    }
    lines[nl].w = by + i;
    lines[nl].n = j - i;
    qsort(lines[nl].w, lines[nl].n, sizeof(pd_pdf_word *), S_by_x);
    nl++;
    i = j;
  }
  double g = S_gutter(lines, nl);
  if (g <= 0) {
    for (size_t i = 0; i < nl; i++)
      S_emit(&lines[i], 0, lines[i].n, page, 0, out);
  } else {
    /* Bands between full-width lines: the left column's lines, then the
     * right column's. Line halves are remembered as (line, from, to). */
    size_t *pend = pd_xmalloc(nl * 3 * sizeof *pend), np = 0;
    for (size_t i = 0; i <= nl; i++) {
      int full = i == nl;
      size_t split = 0;
      if (!full) {
        raw *r = &lines[i];
        while (split < r->n && r->w[split]->x0 < g - 3)
          split++;
        full = split > 0 && r->w[split - 1]->x1 > g + 3; /* a word crosses the gutter */
      }
      if (full) {
        for (int side = 0; side < 2; side++)
          for (size_t k = 0; k < np; k++) {
            raw *r = &lines[pend[3 * k]];
            size_t s = pend[3 * k + 1];
            if (side == 0)
              S_emit(r, 0, s, page, 1, out);
            else
              S_emit(r, s, r->n, page, 2, out);
          }
        np = 0;
        if (i < nl)
          S_emit(&lines[i], 0, lines[i].n, page, 0, out);
      } else {
        pend[3 * np] = i;
        pend[3 * np + 1] = split;
        pend[3 * np + 2] = 0;
        np++;
      }
    }
    free(pend);
  }
  free(lines);
  free(by);
}

/* ---- furniture -------------------------------------------------------------- */

typedef struct fkey {
  char *key;
  size_t line; /* index into all */
} fkey;

static int S_by_key(const void *a, const void *b) {
  const fkey *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* The line's text with every run of digits as '#' and letters in lower case. */
static char *S_key(const pd_pdf_line *l) {
  pd_buf t = PD_BUF_INIT, k = PD_BUF_INIT;
  pd_pdf_line_text(l, &t);
  const char *s = pd_buf_cstr(&t);
  for (size_t i = 0; s[i]; i++) {
    if (isdigit((unsigned char)s[i])) {
      while (isdigit((unsigned char)s[i + 1]))
        i++;
      pd_buf_putc(&k, '#');
    } else {
      pd_buf_putc(&k, (char)tolower((unsigned char)s[i]));
    }
  }
  pd_buf_free(&t);
  pd_buf_cstr(&k);
  return pd_buf_detach(&k);
}

/* A page number on its own: "7", "- 7 -", "Side 7", "7 av 12", "Page 7 of 12". */
static int S_page_number(const char *key) {
  static const char *const forms[] = {"#",           "- # -",  "– # –",  "side #",
                                      "side # av #", "# av #", "page #", "page # of #",
                                      "# / #",       "s. #",   "# of #", NULL};
  for (int i = 0; forms[i]; i++)
    if (strcmp(key, forms[i]) == 0)
      return 1;
  return 0;
}

void pd_pdf_furniture(pd_pdf_lines *all, unsigned long pages, const double *heights,
                      pd_tree *tree) {
  fkey *keys = pd_xmalloc((all->n ? all->n : 1) * sizeof *keys);
  size_t nk = 0;
  for (size_t i = 0; i < all->n; i++) {
    pd_pdf_line *l = &all->v[i];
    double h = l->page >= 1 && l->page <= pages ? heights[l->page - 1] : 842;
    if (l->y1 <= 0.1 * h || l->y0 >= 0.9 * h) {
      keys[nk].key = S_key(l);
      keys[nk++].line = i;
    }
  }
  qsort(keys, nk, sizeof *keys, S_by_key);
  for (size_t i = 0; i < nk;) {
    size_t j = i + 1;
    while (j < nk && strcmp(keys[j].key, keys[i].key) == 0)
      j++;
    unsigned long distinct = 0, last = 0;
    for (size_t k = i; k < j; k++) {
      unsigned long p = all->v[keys[k].line].page;
      distinct += p != last;
      last = p;
    }
    if ((distinct >= 2 && distinct * 10 >= pages * 4) || S_page_number(keys[i].key)) {
      pd_buf lines = PD_BUF_INIT, text = PD_BUF_INIT;
      for (size_t k = i; k < j; k++) {
        all->v[keys[k].line].furniture = 1;
        pd_buf_printf(&lines, "%s%lu", k > i ? " " : "", all->v[keys[k].line].number);
      }
      pd_pdf_line_text(&all->v[keys[i].line], &text);
      if (tree)
        pd_tree_furniture(tree, pd_buf_cstr(&text), j - i, pd_buf_cstr(&lines));
      pd_buf_free(&lines);
      pd_buf_free(&text);
    }
    i = j;
  }
  for (size_t i = 0; i < nk; i++)
    free(keys[i].key);
  free(keys);
}

void pd_pdf_lines_free(pd_pdf_lines *lines) {
  for (size_t i = 0; i < lines->n; i++) {
    for (size_t k = 0; k < lines->v[i].nwords; k++)
      free(lines->v[i].words[k].text);
    free(lines->v[i].words);
  }
  free(lines->v);
  memset(lines, 0, sizeof *lines);
}
