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
 *     <plans>       each plan's root element (when plans are given), lent:
 *                   moved in, not copied, and given back on detach:
 *                   responsibility matrix, risk factors, measures with
 *                   status and responsible service, provenance with
 *                   evidence strength
 *     <sources>     <source file=".."><l n="12">text</l>...</source> for each
 *                   document of the comparison that can be read as text
 *                   here, with only the lines the § 15-1 checklist quotes
 *                   in context (its evidence, two lines before and three
 *                   after); the source-view pages get every line from
 *                   pd_report_sources_doc, a few documents at a time
 *   </context>
 *
 * The date is SOURCE_DATE_EPOCH when set (reproducible output), else
 * today's date, in UTC.
 */
#ifndef PLANDIFF_REPORT_CONTEXT_H
#define PLANDIFF_REPORT_CONTEXT_H

#include <stddef.h>

#include <libxml/tree.h>

/* Builds the context for COMPARISON and PLANS, with the vocabulary of
 * THESAURUS (a file; NULL: the bundled thesaurus), and appends it to the
 * comparison's root; the plans' roots move into it (PLANS are rootless
 * until pd_report_context_detach). Returns the element. */
xmlNodePtr pd_report_context_attach(xmlDocPtr comparison, xmlDocPtr *plans, size_t nplans,
                                    const char *thesaurus);

/* Gives the plans their roots back, then removes and frees the element
 * pd_report_context_attach added. */
void pd_report_context_detach(xmlNodePtr context, xmlDocPtr *plans, size_t nplans);

/* What the source-view pages of FILES need, as a document of its own so
 * that each transformation indexes only a few documents' lines: a copy of
 * COMPARISON's generator, its municipalities with their documents, its page
 * list (pd_pages_attach) without the other source pages, and its context's
 * date, version, vocabulary and plans' documents; and FILES' every line,
 * as the page shows it: <div id="L12"><a class="n" href="#L12">12</a>
 * <span>text</span></div> (source.xsl copies them).
 * The caller frees it. */
xmlDocPtr pd_report_sources_doc(xmlDocPtr comparison, const char *const *files, size_t nfiles);

/* The generation date as "YYYY-MM-DD" into OUT (11 bytes): from
 * SOURCE_DATE_EPOCH when it is a valid number of seconds, else now. */
void pd_report_date(char out[11]);

#endif
