/* pdf_pages.h — page numbers for the provenance of facts read from a PDF.
 *
 * A PDF's document tree counts lines through the whole document and keeps a
 * <pages> table of each page's first line (pdf.h). pd_pdf_stamp_pages()
 * gives every provenance element of a plan made from such a tree (an
 * element with `file` and `line`) the `page` its line stands on, so a
 * reader can open the PDF at that page. Trees without a page table (every
 * other format) leave the plan as it is.
 */
#ifndef PLANDIFF_PDF_PAGES_H
#define PLANDIFF_PDF_PAGES_H

#include <libxml/tree.h>

/* Stamps page="N" on the provenance in PLAN from the page table of TREE. */
void pd_pdf_stamp_pages(xmlDocPtr plan, xmlDocPtr tree);

/* The page line LINE stands on, from FIRST (the first line of pages 1..N,
 * non-decreasing); 0 when N is 0. */
unsigned long pd_pdf_page_of(const unsigned long *first, size_t n, unsigned long line);

#endif
