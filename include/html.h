/* html.h — HTML plans into the document tree.
 *
 * A plan published as a web page is parsed with libxml2's HTML parser
 * (network off, errors ignored: real pages are rarely valid) and its
 * structure is built into the tree directly through doctree.h: h1–h6 are
 * sections of that level, p/div and the other blocks paragraphs, ul/ol
 * lists, table rows and cells a real grid (colspan and rowspan kept), links
 * links. Every element carries the page's own source lines. Scripts,
 * styles, templates and the head are dropped.
 *
 * libxml2 stops parsing a page nested more than 256 elements deep and loses
 * everything after that point; such a page is refused with an error rather
 * than read in part.
 */
#ifndef PLANDIFF_HTML_H
#define PLANDIFF_HTML_H

#include <libxml/tree.h>

#include "input.h"
#include "manifest.h"

/* The document tree of the HTML page TEXT (decoded to UTF-8) named NAME, or
 * NULL after reporting an error naming NAME. */
xmlDocPtr pd_read_html(const char *name, const pd_text *text, const pd_docmeta *meta);

#endif
