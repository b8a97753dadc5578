/* report_context.h — what the pages need besides the comparison.
 *
 * The stylesheets may read no file (render.h), so everything a page shows
 * must be in the document they transform. Before rendering, report.c
 * attaches a <context> element to the comparison's root and removes it
 * afterwards; the comparison on disk never holds it. It carries:
 *
 *   <context date="YYYY-MM-DD" version="0.1.0">
 *     <vocabulary>  the thesaurus entries (programmes, models, levels,
 *                   statuses, services, risk factors, laws) without their
 *                   aliases: names in bokmål and English, target group,
 *                   evidence, owner and source links, so pages speak words
 *                   and not ids
 *     <plans>       a copy of each plan's root element (when plans are
 *                   given): responsibility matrix, risk factors, measures
 *                   with status and responsible service, provenance with
 *                   evidence strength
 *     <sources>     <source file=".."><l n="1">text</l>...</source> for each
 *                   document of the comparison that can be read as text
 *                   here, for the source-view pages
 *   </context>
 *
 * The date is SOURCE_DATE_EPOCH when set (reproducible output), else
 * today's date, in UTC.
 */
#ifndef PLANDIFF_REPORT_CONTEXT_H
#define PLANDIFF_REPORT_CONTEXT_H

#include <stddef.h>

#include <libxml/tree.h>

/* Builds the context for COMPARISON and PLANS and appends it to the
 * comparison's root. Returns the element, for pd_report_context_detach. */
xmlNodePtr pd_report_context_attach(xmlDocPtr comparison, xmlDocPtr *plans, size_t nplans);

/* Removes and frees the element pd_report_context_attach added. */
void pd_report_context_detach(xmlNodePtr context);

/* The generation date as "YYYY-MM-DD" into OUT (11 bytes): from
 * SOURCE_DATE_EPOCH when it is a valid number of seconds, else now. */
void pd_report_date(char out[11]);

#endif
