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
int pd_render_apply(const char *stylesheet, xmlDocPtr doc, const char **params,
                    const char *outdir, const char *name, pd_buf *out);

/* Like pd_render_apply with the stylesheet at PATH (tests use it to prove
 * the security preferences hold). */
int pd_render_apply_file(const char *path, xmlDocPtr doc, const char **params,
                         const char *outdir, const char *name, pd_buf *out);

/* Frees the compiled stylesheets. */
void pd_render_cleanup(void);

#endif
