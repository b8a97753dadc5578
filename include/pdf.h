/* pdf.h — PDF documents into the document tree.
 *
 * Poppler (poppler-glib, GPL-2.0-or-later, a shared library Debian keeps
 * patched) opens the PDF and gives every character of a page with its box
 * and font; the README gives the measurements that chose it over MuPDF.
 * From the boxes plandiff itself recovers words, lines, the reading order
 * across two columns, running headers/footers/page numbers (kept aside as
 * <furniture>), headings from size and weight, lists from their markers,
 * words hyphenated at line ends, and tables as rows and cells from the
 * alignment of their columns, wrapped cells and tables continuing on the
 * next page included (pdf_layout.h, pdf_blocks.c).
 *
 * Positions: `line` counts the lines of the whole document in reading order
 * (furniture included), every element carries its `page`, and the root's
 * <pages> table gives each page's first line.
 *
 * Errors, each naming the file: encrypted (a password is needed), damaged
 * or truncated beyond repair, no pages, more pages than --max-pages allows
 * (checked before any page is read), and no text layer at all (a scan: run
 * OCR first).
 */
#ifndef PLANDIFF_PDF_H
#define PLANDIFF_PDF_H

#include <libxml/tree.h>

#include "input.h"
#include "manifest.h"

/* The tree of the PDF in IN named NAME, or NULL after an error naming NAME. */
xmlDocPtr pd_read_pdf(const char *name, const pd_input *in, const pd_limits *limits,
                      const pd_docmeta *meta);

#endif
