/* extract.h — stage 2: a document tree and the thesaurus into one plan in
 * the common schema (schema/plan.rng).
 *
 * Named programmes are found with the thesaurus matcher; local measures come
 * from the rows of measure tables and from lists under colour-level headings
 * (when the plan maps colours to levels). Every fact carries its provenance:
 * the document's file, the source line (through the reader's sourcemap) and
 * the quoted words.
 */
#ifndef PLANDIFF_EXTRACT_H
#define PLANDIFF_EXTRACT_H

#include <libxml/tree.h>

#include "thesaurus.h"

/* Builds the plan of DOC (a tree from pd_read_*). The caller frees it with
 * xmlFreeDoc(). Never fails on content; the result is valid against
 * schema/plan.rng unless the thesaurus holds ids the schema refuses. */
xmlDocPtr pd_extract_plan(xmlDocPtr doc, const pd_thesaurus *th);

#endif
