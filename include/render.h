/* render.h — stage 4: XML into reports through libxslt, embedded.
 *
 * Stylesheets are plandiff's own files in DATADIR/xslt/, read through the
 * same safe loader as every XML (xsl:import resolves only inside the data
 * folder) and compiled once per process. Each transformation runs with
 * security preferences that forbid reading files, any network access and
 * writing anywhere but the output folder; document() cannot leak a local
 * file into a report. Parameters are passed as strings, never evaluated as
 * XPath. Resource limits stop a runaway transformation with an error.
 */
#ifndef PLANDIFF_RENDER_H
#define PLANDIFF_RENDER_H

#include <libxml/tree.h>

#include "buf.h"

/* Applies DATADIR/xslt/STYLESHEET.xsl to DOC and appends the serialised
 * result (as the stylesheet's xsl:output says) to OUT. PARAMS is a
 * NULL-terminated list of name, value pairs (values are plain strings).
 * OUTDIR is the only folder the stylesheet may write into (NULL: none).
 * NAME is used in messages. Returns 0, or -1 after reporting the error. */
int pd_render_apply(const char *stylesheet, xmlDocPtr doc, const char **params, const char *outdir,
                    const char *name, pd_buf *out);

/* Like pd_render_apply with the stylesheet at PATH (tests use it to prove
 * the security preferences hold). */
int pd_render_apply_file(const char *path, xmlDocPtr doc, const char **params, const char *outdir,
                         const char *name, pd_buf *out);

/* Frees the compiled stylesheets. */
void pd_render_cleanup(void);

#endif

#ifndef PLANDIFF_REPORT_DECLS
#define PLANDIFF_REPORT_DECLS
#include <stddef.h>

/* The plans as one <plans> document, sorted by municipality (then by the
 * order given), for the table stylesheets. The caller frees it. */
xmlDocPtr pd_plans_bundle(xmlDocPtr *plans, size_t n);

/* Writes the report set for COMPARISON into OUTDIR (created if need be):
 * index.html, kommune-ID.html, program-REF.html, par-A-B.html (when at most
 * PD_MAX_PAIR_PAGES_MUNICIPALITIES municipalities), and matrix, goals and
 * coverage (and measures, when PLANS are given) as .tsv and .csv. LANG is
 * "nb" or "en". Every file is written atomically. Returns the number of
 * files that failed (each reported). */
int pd_render_reports(xmlDocPtr comparison, xmlDocPtr *plans, size_t nplans, const char *outdir,
                      const char *lang);

/* Pair pages grow with the square of the municipalities: beyond this many
 * the heatmap and the comparison XML carry the pairs instead. */
#define PD_MAX_PAIR_PAGES_MUNICIPALITIES 60
#endif
