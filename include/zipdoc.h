/* zipdoc.h — the container of DOCX and ODT documents, and their XML parts.
 *
 * ZIP is read (and, for later exports, written) through libzip: maintained,
 * BSD-licensed, reads from memory, writes archives, and checks each entry's
 * CRC. Every byte inflated from one document counts against --max-bytes
 * (and the ratio against --max-gzip-ratio), across all its parts, so a ZIP
 * bomb stops with a clear error however its entries declare their sizes.
 * XML parts are parsed by pd_xml_parse (xmlio.h): no DTD, no entities, no
 * network, libxml2's size limits.
 */
#ifndef PLANDIFF_ZIPDOC_H
#define PLANDIFF_ZIPDOC_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "input.h"

typedef struct pd_zip pd_zip;

/* Opens the ZIP in DATA (LEN bytes; kept by the caller while open) named
 * NAME. NULL after reporting an error naming NAME. */
pd_zip *pd_zip_open(const char *name, const char *data, size_t len, const pd_limits *limits);
void pd_zip_close(pd_zip *zip);

/* Reads entry PART into OUT. Returns 0, 1 if there is no such entry, or -1
 * after reporting an error (corrupt data, over a limit). */
int pd_zip_read(pd_zip *zip, const char *part, pd_buf *out);

/* Reads and parses the XML entry PART. *DOC is NULL when the entry is
 * missing (return 1) or broken (return -1, reported). */
int pd_zip_xml(pd_zip *zip, const char *part, xmlDocPtr *doc);

/* Namespace-agnostic helpers for the parts' XML: 1 when N is an element
 * whose local name is LOCAL; the value of N's attribute with local name
 * LOCAL (caller frees with free()), or NULL. */
int pd_xml_is_local(const xmlNode *n, const char *local);
char *pd_xml_local_attr(const xmlNode *n, const char *local);
/* The first child element of N named LOCAL, or NULL. */
xmlNodePtr pd_xml_local_child(const xmlNode *n, const char *local);

#endif
