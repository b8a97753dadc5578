/* render.h — stage 4: XML into reports through libxslt, embedded.
 *
 * Stylesheets are plandiff's own files in DATADIR/xslt/, read through the
 * same safe loader as every XML (xsl:import resolves only inside the data
 * folder) and compiled once per process. Each transformation runs with
 * security preferences that forbid reading files, any network access and
 * writing anywhere but the output folder; document() cannot leak a local
 * file into a report. Parameters are passed as strings, never evaluated as
 * XPath. Resource limits stop a runaway transformation with an error.
 *
 * A stylesheet may write many pages in one transformation with
 * exsl:document (href relative to the output folder). Each such page is
 * written through outfile.h: to a temporary file, renamed into place only
 * when complete.
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

/* Runs DATADIR/xslt/STYLESHEET.xsl once over DOC for the pages it writes
 * with exsl:document into OUTDIR; its main result is discarded. Returns the
 * number of pages written, or -1 after reporting the error (pages written
 * before the error stay whole). */
int pd_render_pages(const char *stylesheet, xmlDocPtr doc, const char **params, const char *outdir,
                    const char *name);

/* Frees the compiled stylesheets. */
void pd_render_cleanup(void);

#endif
