/* pdf_layout.h — from a PDF page's glyph boxes to lines in reading order.
 *
 * pdf.c hands each page's words (text, box, font size, weight) to
 * pd_pdf_page_lines(), which groups them into lines by their baselines,
 * finds a two-column layout from the aligned left edge of a second column
 * and reads column by column within each band between full-width lines,
 * and splits every line into chunks at wide gaps (the cells of a table,
 * the two halves of a two-column line). pd_pdf_furniture() then marks the
 * running headers, footers and page numbers: lines in the top or bottom
 * margin that repeat on many pages (digits aside), or that are only a page
 * number. pdf_blocks.c makes the tree from the lines.
 *
 * Coordinates are PDF points with y growing downwards (poppler's).
 */
#ifndef PLANDIFF_PDF_LAYOUT_H
#define PLANDIFF_PDF_LAYOUT_H

#include <stddef.h>

#include "buf.h"
#include "doctree.h"

typedef struct pd_pdf_word {
  double x0, y0, x1, y1;
  double size; /* font size */
  int bold;
  char *text; /* owned */
} pd_pdf_word;

typedef struct pd_pdf_line {
  pd_pdf_word *words; /* owned, left to right */
  size_t nwords;
  double x0, y0, x1, y1;
  double size;          /* the font size most of its characters have */
  int bold;             /* every word bold */
  unsigned long page;   /* 1-based */
  unsigned long number; /* line number through the document (reading order) */
  int furniture;        /* a running header, footer or page number */
  int column;           /* 0 full width / one column, 1 left, 2 right */
} pd_pdf_line;

typedef struct pd_pdf_lines {
  pd_pdf_line *v;
  size_t n, cap;
} pd_pdf_lines;

/* Gaps between words wider than this many font sizes split a line into
 * chunks (table cells); a space is about a third of the size. */
#define PD_PDF_CHUNK_GAP 0.7

/* Appends page PAGE's lines, in reading order, to OUT. Takes WORDS (N of
 * them, any order; their texts move into the lines, the array stays the
 * caller's). */
void pd_pdf_page_lines(pd_pdf_word *words, size_t n, unsigned long page, pd_pdf_lines *out);

/* Marks running headers, footers and page numbers among ALL (PAGES pages of
 * height HEIGHT each, as the pages' heights). Lines must be numbered. */
void pd_pdf_furniture(pd_pdf_lines *all, unsigned long pages, const double *heights, pd_tree *tree);

/* The line's text: words joined by single spaces, into OUT (appended). */
void pd_pdf_line_text(const pd_pdf_line *line, pd_buf *out);

/* 1 when word K of LINE begins a new chunk (a gap wider than PD_PDF_CHUNK_GAP). */
int pd_pdf_chunk_starts(const pd_pdf_line *line, size_t k);

void pd_pdf_lines_free(pd_pdf_lines *lines);

/* Builds the tree's blocks from the numbered lines (furniture skipped). */
void pd_pdf_blocks(pd_tree *tree, const pd_pdf_lines *all);

#endif
