/* pdf.c — a PDF through Poppler into words per page, then lines and the
 * tree (see pdf.h). */
#include "pdf.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <poppler.h>

#include "budget.h"
#include "diag.h"
#include "doctree.h"
#include "pdf_layout.h"
#include "xmlio.h"

/* A bold face by its name ("ABCDEF+DejaVuSerif-Bold", "Arial,Black"). */
static int S_bold(const char *font) {
  static const char *const marks[] = {"bold", "black", "heavy", "demi", NULL};
  char lower[128];
  size_t n = 0;
  for (; font && font[n] && n + 1 < sizeof lower; n++)
    lower[n] = (char)tolower((unsigned char)font[n]);
  lower[n] = '\0';
  for (int i = 0; marks[i]; i++)
    if (strstr(lower, marks[i]))
      return 1;
  return 0;
}

static int S_space(const char *s, size_t len) {
  return len == 1 ? (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
                  : len == 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0;
}

/* Bytes in the UTF-8 sequence starting with byte C (1 for a stray byte). */
static size_t S_utf8_len(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

typedef struct words {
  pd_pdf_word *v;
  size_t n, cap;
  pd_buf cur; /* the word being built */
  pd_pdf_word box;
} words;

static void S_word_end(words *w) {
  if (!w->cur.len)
    return;
  if (w->n == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 512;
    w->v = pd_xrealloc(w->v, w->cap * sizeof *w->v);
  }
  w->box.text = pd_buf_detach(&w->cur);
  w->v[w->n++] = w->box;
}

/* One page's characters (TEXT with a box per character and the font runs
 * ATTRS) into words: a word ends at white space, and where the next
 * character stands apart (a gap of a fifth of the size, a step back, or
 * another baseline) although the PDF put no space there. */
static void S_words(const char *text, const PopplerRectangle *rects, guint nrects, GList *attrs,
                    words *w) {
  size_t ci = 0;
  GList *a = attrs;
  for (const char *p = text; *p; ci++) {
    size_t len = S_utf8_len((unsigned char)*p);
    for (size_t k = 1; k < len; k++)
      if (!p[k]) {
        len = k;
        break;
      }
    if (ci >= nrects)
      break;
    while (a && ((PopplerTextAttributes *)a->data)->end_index < (gint)ci)
      a = a->next;
    const PopplerTextAttributes *at = a ? a->data : NULL;
    double size = at && at->font_size > 0 ? at->font_size : 10;
    int bold = at ? S_bold(at->font_name) : 0;
    const PopplerRectangle *r = &rects[ci];
    if (S_space(p, len) ||
        !(isfinite(r->x1) && isfinite(r->y1) && isfinite(r->x2) && isfinite(r->y2))) {
      S_word_end(w);
    } else {
      double cy = (r->y1 + r->y2) / 2, h = fabs(r->y2 - r->y1);
      if (w->cur.len) {
        double pcy = (w->box.y0 + w->box.y1) / 2;
        if (r->x1 - w->box.x1 > 0.2 * size || r->x1 < w->box.x1 - 0.5 * size ||
            fabs(cy - pcy) > 0.5 * (h > 1 ? h : 1))
          S_word_end(w);
      }
      if (!w->cur.len) {
        w->box.x0 = fmin(r->x1, r->x2);
        w->box.y0 = fmin(r->y1, r->y2);
        w->box.x1 = fmax(r->x1, r->x2);
        w->box.y1 = fmax(r->y1, r->y2);
        w->box.size = size;
        w->box.bold = bold;
      } else {
        w->box.x1 = fmax(w->box.x1, fmax(r->x1, r->x2));
        w->box.y0 = fmin(w->box.y0, fmin(r->y1, r->y2));
        w->box.y1 = fmax(w->box.y1, fmax(r->y1, r->y2));
        w->box.bold &= bold;
        if (size > w->box.size)
          w->box.size = size;
      }
      pd_buf_put(&w->cur, p, len);
    }
    p += len;
  }
  S_word_end(w);
}

/* Reads page INDEX of DOC into ALL; returns its characters that are not
 * white space. The page's words are charged to the document's memory
 * budget (budget.h); Poppler's own memory is not counted. */
static size_t S_page(PopplerDocument *doc, int index, pd_pdf_lines *all, double *height) {
  PopplerPage *page = poppler_document_get_page(doc, index);
  *height = 842;
  if (!page)
    return 0;
  double width = 0;
  poppler_page_get_size(page, &width, height);
  char *text = poppler_page_get_text(page);
  PopplerRectangle *rects = NULL;
  guint nrects = 0;
  words w = {0};
  size_t ink = 0;
  if (text && *text && poppler_page_get_text_layout(page, &rects, &nrects)) {
    GList *attrs = poppler_page_get_text_attributes(page);
    S_words(text, rects, nrects, attrs, &w);
    poppler_page_free_text_attributes(attrs);
    for (size_t i = 0; i < w.n; i++)
      ink += strlen(w.v[i].text);
    /* what the page's words keep until the tree is built (budget.h) */
    pd_budget_charge(w.n * (sizeof(pd_pdf_word) + 32) + ink);
    pd_pdf_page_lines(w.v, w.n, (unsigned long)index + 1, all);
    for (size_t i = 0; i < w.n; i++)
      free(w.v[i].text); /* NULL once moved into a line */
  }
  pd_buf_free(&w.cur);
  free(w.v);
  g_free(rects);
  g_free(text);
  g_object_unref(page);
  return ink;
}

static PopplerDocument *S_open(const char *name, const pd_input *in, GBytes **bytes) {
  *bytes = g_bytes_new_static(in->bytes.data, in->bytes.len);
  GError *err = NULL;
  PopplerDocument *doc = poppler_document_new_from_bytes(*bytes, NULL, &err);
  if (doc)
    return doc;
  if (err && g_error_matches(err, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    pd_error(name, 0,
             "the PDF is encrypted and needs a password; plandiff cannot read it (save a copy "
             "without protection)");
  else
    pd_error(name, 0, "cannot read the PDF: it is damaged or truncated (%s)",
             err && err->message ? err->message : "no reason given");
  if (err)
    g_error_free(err);
  g_bytes_unref(*bytes);
  *bytes = NULL;
  return NULL;
}

xmlDocPtr pd_read_pdf(const char *name, const pd_input *in, const pd_limits *limits,
                      const pd_docmeta *meta) {
  GBytes *bytes = NULL;
  PopplerDocument *doc = S_open(name, in, &bytes);
  if (!doc)
    return NULL;
  int n = poppler_document_get_n_pages(doc);
  unsigned long max_pages = limits && limits->max_pages ? limits->max_pages : PD_DEFAULT_MAX_PAGES;
  xmlDocPtr out = NULL;
  pd_pdf_lines all = {0};
  double *heights = NULL;
  if (n <= 0) {
    pd_error(name, 0, "the PDF has no pages (its page tree is damaged)");
    goto done;
  }
  if ((unsigned long)n > max_pages) {
    pd_error(name, 0, "the PDF has %d pages, more than the limit of %lu (--max-pages)", n,
             max_pages);
    goto done;
  }
  heights = pd_xcalloc((size_t)n, sizeof *heights);
  size_t ink = 0;
  /* Past the memory budget the document fails (budget.h): stop at the next page. */
  for (int i = 0; i < n && !pd_budget_spent(); i++)
    ink += S_page(doc, i, &all, &heights[i]);
  if (pd_budget_spent())
    goto done; /* pd_budget_end says out of memory */
  if (!ink || !all.n) {
    pd_error(name, 0,
             "the PDF has no text layer (%d page%s without text: a scan?); run OCR on it first "
             "(for example ocrmypdf) and read the result",
             n, n == 1 ? "" : "s");
    goto done;
  }
  for (size_t i = 0; i < all.n; i++)
    all.v[i].number = i + 1;
  pd_tree tree;
  pd_tree_source src = {name, "pdf", "UTF-8", in->gzip, 0, all.n, 0};
  pd_tree_begin(&tree, &src, meta);
  /* every page's first line; a page without text starts where the next text does */
  size_t at = 0;
  for (int p = 1; p <= n; p++) {
    while (at < all.n && all.v[at].page < (unsigned long)p)
      at++;
    pd_tree_page_start(&tree, (unsigned long)p, at < all.n ? all.v[at].number : all.n);
  }
  pd_pdf_furniture(&all, (unsigned long)n, heights, &tree);
  pd_pdf_blocks(&tree, &all);
  pd_xml_set_int(tree.root, "lines", (long)all.n);
  out = pd_tree_end(&tree);
done:
  free(heights);
  pd_pdf_lines_free(&all);
  g_object_unref(doc);
  g_bytes_unref(bytes);
  return out;
}
