/* extract.h — stage 2: a document tree and the thesaurus into one plan
 * (plan.h; schema/plan.rng is its XML form, written by plan_xml.c).
 *
 * Named programmes are found with the thesaurus matcher; local measures come
 * from the rows of measure tables and from lists under colour-level headings
 * (when the plan maps colours to levels). Every fact carries its provenance:
 * the document's file, the source line (through the reader's sourcemap), the
 * quoted words and, for an inferred value, the evidence it rests on.
 */
#ifndef PLANDIFF_EXTRACT_H
#define PLANDIFF_EXTRACT_H

#include <libxml/tree.h>

#include "thesaurus.h"

/* plan.h, not included here: its names would meet compare's in a file
 * that runs both stages (cli_run.c). */
struct pd_plan;

/* The plan of DOC (a tree from pd_read_*). Never fails on content. The
 * caller frees it with pd_plan_free(). */
struct pd_plan *pd_extract(xmlDocPtr doc, const pd_thesaurus *th);

/* pd_extract written as XML by plan_xml.c: the caller frees it with
 * xmlFreeDoc(). Valid against schema/plan.rng unless the thesaurus holds
 * ids the schema refuses. */
xmlDocPtr pd_extract_plan(xmlDocPtr doc, const pd_thesaurus *th);

#endif
