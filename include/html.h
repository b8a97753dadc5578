/* html.h — HTML plans as text the reader understands.
 *
 * Plans published as web pages are parsed with libxml2's HTML parser
 * (network off, errors ignored: real pages are rarely valid) and written out
 * as the Markdown-like text the reader already handles: headings as "#"
 * lines, list items as "- " lines, table rows as tab-separated lines, links
 * as [text](href), paragraphs separated by blank lines. Scripts, styles and
 * the head are dropped.
 *
 * Each output line remembers the HTML source line it came from, so the
 * document tree can point at the page's own lines (pd_linemap_apply).
 */
#ifndef PLANDIFF_HTML_H
#define PLANDIFF_HTML_H

#include <stddef.h>

#include <libxml/tree.h>

#include "input.h"

/* 1 when TEXT looks like an HTML page (a doctype, <html>, or <body> near the
 * start), or NAME ends in .html/.htm. */
int pd_html_detect(const char *name, const pd_text *text);

/* Converts the HTML in IN to text in OUT (which the caller frees with
 * pd_text_free). *LINE_MAP receives an array (caller frees) whose entry i is
 * the HTML source line of output line i+1; *LINES its length. */
void pd_html_to_text(const char *name, const pd_text *in, pd_text *out, unsigned long **line_map,
                     size_t *lines);

/* Rewrites every line number in the document tree DOC (line, end-line,
 * sourcemap, furniture lines) through MAP (entry i = new number of line
 * i+1). Numbers beyond the map are left as they are. */
void pd_linemap_apply(xmlDocPtr doc, const unsigned long *map, size_t lines);

#endif
