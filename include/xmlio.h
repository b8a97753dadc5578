/* xmlio.h — every XML plandiff reads or writes passes through here.
 *
 * Any XML read from disk is untrusted: its bytes are read by pd_bytes_load()
 * (size-capped, gzip-aware) and parsed from memory with network access off,
 * no entity substitution, no DTD loading and no XML_PARSE_HUGE. A document
 * that declares a DOCTYPE is refused. External entities and other loads go
 * through a loader that serves only plandiff's own data folder (for the
 * stylesheets' xsl:import) and refuses everything else.
 */
#ifndef PLANDIFF_XMLIO_H
#define PLANDIFF_XMLIO_H

#include <stddef.h>

#include <libxml/tree.h>

#include "input.h"

/* Parser options for every untrusted document. */
#define PD_XML_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS)

/* Initialises libxml2 and installs the restricted entity loader and the
 * error routing. Call once at start-up, before any other XML call. */
void pd_xml_init(void);
void pd_xml_cleanup(void);

/* Parses DATA (NAME is used in messages). Returns NULL after reporting
 * "NAME:LINE: message" for the first error. */
xmlDocPtr pd_xml_parse(const char *name, const char *data, size_t len);

/* Reads PATH ("-" = stdin; gzip allowed) and parses it. */
xmlDocPtr pd_xml_load(const char *path, const pd_limits *limits);

/* Validates DOC against DATADIR/schema/SCHEMA.rng (compiled once, then
 * cached). Returns 0 when valid; otherwise reports each failing rule with
 * the element's path, naming DOCNAME, and returns -1. */
int pd_xml_validate(xmlDocPtr doc, const char *schema, const char *docname);

/* Compiles SCHEMA into the cache now (before forking workers, so each does
 * not compile it again). Returns 0, or -1 after reporting why it cannot. */
int pd_xml_schema_preload(const char *schema);

/* Serialises DOC (UTF-8, indented) to PATH atomically: pd_xml_save for a
 * file plandiff names inside an output folder (pd_outfile_open: nothing is
 * written through a link or into a FIFO there), pd_xml_save_named for a
 * path the user named with -o ("-" = stdout; pd_outfile_open_named). */
int pd_xml_save(xmlDocPtr doc, const char *path);
int pd_xml_save_named(xmlDocPtr doc, const char *path);

/* Serialises DOC into BUF (UTF-8, indented). */
void pd_xml_to_buf(xmlDocPtr doc, pd_buf *buf);

/* The attribute NAME of N as a malloc'd string (caller frees), or NULL. */
char *pd_xml_attr(xmlNodePtr n, const char *name);
/* The text content of N as a malloc'd string (caller frees); "" for none. */
char *pd_xml_text(xmlNodePtr n);
/* Whether N is an element named NAME. */
int pd_xml_is(xmlNodePtr n, const char *name);

/* Convenience builders: a child element with text, and a formatted attribute. */
xmlNodePtr pd_xml_add(xmlNodePtr parent, const char *name, const char *text);
void pd_xml_set_int(xmlNodePtr node, const char *name, long value);

#endif
