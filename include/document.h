/* document.h — any input into a document tree: the one entry to stage 1.
 *
 * pd_document_load() opens PATH through pd_input_open (the capped read and
 * the format decided from the bytes) and hands it to the reader for its
 * format: text and Markdown (read.h), HTML (html.h), DOCX (docx.h), ODT
 * (odt.h), PDF (pdf.h). A document tree written earlier by `plandiff read`
 * is parsed as untrusted XML and validated. Every result follows
 * schema/document.rng and carries META's attributes (a tree's own are kept
 * where META gives none).
 */
#ifndef PLANDIFF_DOCUMENT_H
#define PLANDIFF_DOCUMENT_H

#include <libxml/tree.h>

#include "input.h"
#include "lexicon.h"
#include "manifest.h"

/* The tree of PATH ("-" = stdin), or NULL after an error naming PATH. LEX
 * supplies the words a reader recognises structure by (tables flattened
 * by PDF extraction). The caller frees the tree with xmlFreeDoc(). */
xmlDocPtr pd_document_load(const char *path, const pd_limits *limits, const pd_docmeta *meta,
                           const pd_lexicon *lex);

/* The tree of an opened input IN named PATH (see pd_document_load). */
xmlDocPtr pd_document_read(const char *path, const pd_input *in, const pd_limits *limits,
                           const pd_docmeta *meta, const pd_lexicon *lex);

#endif
