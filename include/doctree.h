/* doctree.h — the one builder of document trees (schema/document.rng).
 *
 * Every reader — plain text and Markdown (read.c), HTML (html.c), DOCX
 * (docx.c), ODT (odt.c) and PDF (pdf.c) — builds its tree through this
 * module, so all formats end in the same shape with the same position rules:
 *
 *   - every element carries `line` and `end-line`: the source line for text
 *     and HTML, the paragraph number for DOCX and ODT (the root says
 *     positions="paragraph"), the line of the text in reading order for PDF;
 *   - PDF elements also carry `page`, and the root holds a <pages> table
 *     (each page's first line), so any line can be turned into page and line
 *     on the page;
 *   - text joined from several lines carries a `sourcemap` ("LINE:OFFSET"
 *     pairs) that leads every word back to its own line.
 *
 * A pd_span gathers one element's text as it is read: the joined text, its
 * sourcemap and the links inside it. pd_tree holds the tree under
 * construction and the open sections, nested by level.
 */
#ifndef PLANDIFF_DOCTREE_H
#define PLANDIFF_DOCTREE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "manifest.h"

/* ---- spans: one element's text with its positions ----------------------- */

typedef struct pd_span_link {
  size_t start, end; /* byte offsets into the span's text */
  char *href;
} pd_span_link;

typedef struct pd_span {
  pd_buf text;
  pd_buf map; /* the sourcemap being built: "LINE:OFFSET ..." */
  pd_span_link *links;
  size_t nlinks, caplinks;
  unsigned long first, last; /* first and last line (0 = none yet) */
} pd_span;

/* How a reader puts one line's characters into a span: Markdown inline
 * syntax resolved (the text reader) or plain text with bare URLs linked. */
typedef void (*pd_span_inline_fn)(pd_span *span, const char *s, size_t len);

void pd_span_init(pd_span *span);
void pd_span_reset(pd_span *span);
void pd_span_free(pd_span *span);

/* Appends line LINE (S, LEN bytes, without its line end) through PUT. After
 * the first line a space joins them, except where the text so far ends in a
 * word hyphenated at the line end that this line completes ("Forebyggings-"
 * + "nivå" -> "Forebyggingsnivå"; "barne- og" keeps its hyphen; a URL broken
 * after one of its own hyphens stays one link). Empty lines add nothing. */
void pd_span_add_line(pd_span *span, const char *s, size_t len, unsigned long line,
                      pd_span_inline_fn put);

/* Appends S as it is (no separator, no inline syntax) as part of line LINE;
 * a new sourcemap entry is made when LINE differs from the last one. */
void pd_span_put(pd_span *span, const char *s, size_t len, unsigned long line);

/* Appends TEXT as a link to HREF, as part of line LINE. */
void pd_span_put_link(pd_span *span, const char *text, size_t len, const char *href,
                      unsigned long line);

/* A pd_span_inline_fn: plain text; http://, https:// and www. addresses become links. */
void pd_span_plain(pd_span *span, const char *s, size_t len);

/* Records a link over bytes [START, END) of the span's text. */
void pd_span_link_range(pd_span *span, size_t start, size_t end, const char *href, size_t hlen);

/* 1 when the span's text is empty or only white space. */
int pd_span_blank(const pd_span *span);

/* Makes element NAME under PARENT holding SPAN's text and links, with line,
 * end-line and (when it spans lines) sourcemap. */
xmlNodePtr pd_span_emit(xmlNodePtr parent, const char *name, const pd_span *span);

/* Length of the web address (http://, https:// or www.) starting at S,
 * trailing punctuation excluded; 0 if none starts there. */
size_t pd_url_len(const char *s, size_t len);

/* ---- the tree ------------------------------------------------------------ */

/* What the root element says about the source. */
typedef struct pd_tree_source {
  const char *file;     /* the document's name as given */
  const char *format;   /* "text", "html", "docx", "odt", "pdf" */
  const char *encoding; /* of the bytes ("UTF-8", "windows-1252", ...) */
  int gzip;
  int paragraphs;         /* positions are paragraph numbers, not lines */
  unsigned long lines;    /* source lines (or paragraphs) in all */
  unsigned long repaired; /* characters repaired while decoding */
} pd_tree_source;

enum { PD_TREE_MAX_DEPTH = 12 };

typedef struct pd_tree {
  xmlDocPtr doc;
  xmlNodePtr root;
  xmlNodePtr stack[PD_TREE_MAX_DEPTH]; /* open sections; stack[0] = root */
  int level[PD_TREE_MAX_DEPTH];
  int depth;
  unsigned long page; /* stamped on new elements when > 0 (PDF) */
  xmlNodePtr pages;   /* the <pages> table, made by the first pd_tree_page_start */
} pd_tree;

/* Starts a tree for SOURCE with META's municipality attributes (META may be NULL). */
void pd_tree_begin(pd_tree *tree, const pd_tree_source *source, const pd_docmeta *meta);

/* Sets the municipality attributes META gives (others are left alone). */
void pd_tree_set_meta(xmlNodePtr root, const pd_docmeta *meta);

/* Hands over the finished document (the caller frees it with xmlFreeDoc). */
xmlDocPtr pd_tree_end(pd_tree *tree);

/* The element new blocks go into: the innermost open section, or the root. */
xmlNodePtr pd_tree_container(const pd_tree *tree);

/* Closes sections of LEVEL and deeper, opens a section of LEVEL (clamped to
 * 1..PD_TREE_MAX_DEPTH-1) whose heading holds TITLE, and returns the heading.
 * KIND is the heading's kind (numbered, caps, markdown, title, style);
 * NUMBER (may be NULL) its section number. */
xmlNodePtr pd_tree_section(pd_tree *tree, int level, const char *kind, const char *number,
                           const pd_span *title);

/* Extends the end-line of every open section to LINE. */
void pd_tree_touch(pd_tree *tree, unsigned long line);

/* pd_span_emit, and the current page on the new element. */
xmlNodePtr pd_tree_text(pd_tree *tree, xmlNodePtr parent, const char *name, const pd_span *span);

/* A paragraph in the current container; extends the open sections. */
xmlNodePtr pd_tree_paragraph(pd_tree *tree, const pd_span *span);

/* A container element NAME (list, table, row) under PARENT with no lines
 * yet; pd_tree_close gives it its lines. */
xmlNodePtr pd_tree_open(pd_tree *tree, xmlNodePtr parent, const char *name);

/* Sets NODE's line and end-line. */
void pd_tree_lines(xmlNodePtr node, unsigned long first, unsigned long last);

/* Finishes a list or table NODE made by pd_tree_open: its lines are those
 * of its first and last child (the element is removed and NULL returned if
 * it has none), and the open sections extend to its end. A table also gets
 * `columns` (its widest row) and KIND. */
xmlNodePtr pd_tree_close(pd_tree *tree, xmlNodePtr node, const char *kind);

/* Records running headers and footers removed from the text: TEXT, how
 * often it repeated, and LINES (space-separated numbers). Kept before the
 * content, in the order they are given. */
void pd_tree_furniture(pd_tree *tree, const char *text, unsigned long count, const char *lines);

/* ---- table grids ---------------------------------------------------------
 * A table in the tree is a grid: every row has a cell for every column it
 * covers, so a cell's index is its column. A cell spanning N columns is
 * written once with colspan="N" and followed by N-1 empty cells marked
 * merged="left"; a cell spanning rows is copied into the rows below, marked
 * merged="above", with the lines of the cell it copies (each row then reads
 * as a whole, and the quote still points at the words' own place). */
typedef struct pd_grid {
  xmlNodePtr *above;   /* per column: the cell that began there most recently */
  unsigned *rows_left; /* per column: rows still covered by a row span (HTML) */
  size_t cap;
  size_t col;       /* the next column of the current row */
  unsigned pending; /* columns of the current row covered by a column span */
} pd_grid;

void pd_grid_init(pd_grid *grid);
void pd_grid_free(pd_grid *grid);
/* Starts a new row. */
void pd_grid_row(pd_grid *grid);
/* Fills the columns of ROW still covered by a row span from above (rowspan
 * given on the cell, as in HTML), then returns. */
void pd_grid_fill(pd_grid *grid, xmlNodePtr row);
/* The next cell of ROW holding SPAN, spanning COLSPAN columns and ROWSPAN
 * rows (1 = no span; a ROWSPAN above 1 is filled in by pd_grid_fill). */
xmlNodePtr pd_grid_cell(pd_grid *grid, pd_tree *tree, xmlNodePtr row, const pd_span *span,
                        unsigned colspan, unsigned rowspan);
/* A cell covered from above whose place the source marks (a DOCX vMerge
 * continuation, an ODT covered cell): a copy of the cell above. */
void pd_grid_copy_above(pd_grid *grid, xmlNodePtr row);
/* 1 (and counts it) when the next covered cell the source marks is covered
 * from the left (an ODT covered cell after a column span): already filled. */
int pd_grid_covered_left(pd_grid *grid);

/* PDF: page NUMBER starts at line FIRST; elements made from now on carry
 * page="NUMBER". */
void pd_tree_page_start(pd_tree *tree, unsigned long number, unsigned long first);

#endif
