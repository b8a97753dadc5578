/* docx.h — Word documents (DOCX) into the document tree.
 *
 * The container is opened with zipdoc.h and word/document.xml read with its
 * styles (headings from heading styles and outline levels), numbering
 * (bullets and numbered lists), relationships (link targets) and footnotes
 * (kept, as paragraphs right after the paragraph that cites them).
 * Tables become a grid of real rows and cells (gridSpan and vMerge as
 * merged cells). Tracked deletions, comments and field codes are left out.
 * Positions are paragraph numbers: the n-th paragraph of the body, counting
 * those inside table cells, in reading order.
 */
#ifndef PLANDIFF_DOCX_H
#define PLANDIFF_DOCX_H

#include <libxml/tree.h>

#include "input.h"
#include "manifest.h"

/* The tree of the DOCX in IN named NAME, or NULL after an error naming NAME. */
xmlDocPtr pd_read_docx(const char *name, const pd_input *in, const pd_limits *limits,
                       const pd_docmeta *meta);

#endif
