/* qdpx.h — REFI-QDA exchange: the codebook (.qdc) and the project (.qdpx).
 *
 * The codebook is the thesaurus: programmes nested under their families,
 * prevention levels, statuses, cooperation models, the § 15-1 requirements
 * and one code for local measures. A project holds, for each plan, the text
 * of its source document (sources/<guid>.txt, UTF-8) and every fact the plan
 * extracted from it as a coding of its exact span: a PlainTextSelection
 * whose startPosition/endPosition count Unicode characters from the start
 * of the text, found by the fact's line and quote, with a note naming the
 * evidence strength (strong: row, item, sentence; weak: heading, colour,
 * nearby).
 *
 * Every GUID is derived from content (pd_qda_guid): the same plans and the
 * same thesaurus give the same project, byte for byte. No date is written
 * into project.qde; the ZIP entries carry SOURCE_DATE_EPOCH as their time,
 * or 1980-01-01 when it is not set.
 */
#ifndef PLANDIFF_QDPX_H
#define PLANDIFF_QDPX_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "input.h"
#include "thesaurus.h"

#define PD_QDA_PROJECT_NS "urn:QDA-XML:project:1.0"
#define PD_QDA_CODEBOOK_NS "urn:QDA-XML:codebook:1.0"

/* A UUID-shaped GUID (8-4-4-4-12 hex, version 8, RFC 4122 variant) from the
 * SHA-256 of KIND ":" KEY. OUT: 37 bytes. */
void pd_qda_guid(const char *kind, const char *key, char out[37]);

/* The codebook's <Codes> element, in namespace NS, under PARENT. */
void pd_qda_codes(xmlNodePtr parent, xmlNsPtr ns, const pd_thesaurus *th);

/* The GUID of the code for thesaurus entry ID of KIND (as in pd_qda_codes). */
void pd_qda_code_guid(pd_kind kind, const char *id, char out[37]);
/* The GUID of the code for local measures. */
void pd_qda_local_guid(char out[37]);

/* The .qdc file: <CodeBook xmlns="urn:QDA-XML:codebook:1.0">. */
xmlDocPtr pd_qdc_document(const pd_thesaurus *th);

typedef struct pd_qdpx_stats {
  size_t sources, codings, unplaced; /* unplaced: facts whose quote is not on their lines */
} pd_qdpx_stats;

/* The .qdpx archive of PLANS (plan XML, valid; NAMES: their file names, for errors) into
 * OUT. A source that cannot be read is reported and left out (-1 is
 * returned at the end); every other is exported. */
int pd_qdpx_build(xmlDocPtr *plans, char *const *names, size_t n, const pd_thesaurus *th,
                  const pd_limits *limits, pd_buf *out, pd_qdpx_stats *stats);

#endif
