/* odt.h — OpenDocument text documents (ODT) into the document tree.
 *
 * The container is opened with zipdoc.h; content.xml is the body, read with
 * its automatic styles and the named styles of styles.xml (headings from
 * text:h outline levels, or from a paragraph style with a default outline
 * level or named Title). Lists become list items with a bullet or a number
 * from their list style. Tables become a grid of real rows and cells
 * (number-columns-spanned, and covered cells of row spans as merged cells).
 * Footnotes and endnotes are kept, as paragraphs right after the paragraph
 * that cites them; annotations (comments), the tracked-changes record
 * (deleted text) and indexes (a table of contents repeats the headings) are
 * left out. Positions are paragraph numbers, as for DOCX.
 */
#ifndef PLANDIFF_ODT_H
#define PLANDIFF_ODT_H

#include <libxml/tree.h>

#include "input.h"
#include "manifest.h"

/* The tree of the ODT in IN named NAME, or NULL after an error naming NAME. */
xmlDocPtr pd_read_odt(const char *name, const pd_input *in, const pd_limits *limits,
                      const pd_docmeta *meta);

#endif
