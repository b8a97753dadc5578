/* read.h — the text reader: plan text (plain or Markdown) into a
 * source-positioned document tree (document.h picks the reader by format).
 *
 * The tree follows schema/document.rng: nested sections (by heading level)
 * of paragraphs, lists and tables, each element carrying the source lines it
 * came from. The reader makes three linear passes over the text (lines,
 * running headers, blocks).
 */
#ifndef PLANDIFF_READ_H
#define PLANDIFF_READ_H

#include <libxml/tree.h>

#include "input.h"
#include "lexicon.h"
#include "manifest.h"

/* Builds the document tree of TEXT. NAME is recorded as the document's file
 * attribute; META (may be NULL) supplies the municipality attributes; LEX
 * the level, status and column words tables are recovered by. The caller
 * frees the result with xmlFreeDoc(). Never fails on content. */
xmlDocPtr pd_read_text(const char *name, const pd_text *text, const pd_docmeta *meta,
                       const pd_lexicon *lex);

#endif
