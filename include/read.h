/* read.h — stage 1: plan text into a source-positioned document tree.
 *
 * The tree follows schema/document.rng: nested sections (by heading level)
 * of paragraphs, lists and tables, each element carrying the source lines it
 * came from. The reader makes one pass over the text and is linear in its
 * size.
 */
#ifndef PLANDIFF_READ_H
#define PLANDIFF_READ_H

#include <libxml/tree.h>

#include "input.h"
#include "manifest.h"

/* Builds the document tree of TEXT. NAME is recorded as the document's file
 * attribute; META (may be NULL) supplies the municipality attributes. The
 * caller frees the result with xmlFreeDoc(). Never fails on content. */
xmlDocPtr pd_read_text(const char *name, const pd_text *text, const pd_docmeta *meta);

/* Loads PATH (see input.h) and reads it. Returns NULL after reporting an
 * error naming PATH. */
xmlDocPtr pd_read_file(const char *path, const pd_limits *limits, const pd_docmeta *meta);

#endif
