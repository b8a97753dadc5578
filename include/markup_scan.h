/* markup_scan.h — refuse markup that would make libxml2 slow, before parsing.
 *
 * libxml2 (2.9.14, Debian 12) checks an element's attributes for duplicates
 * by comparing each with every other, and looks a namespace prefix up among
 * all declarations in scope one by one: 200,000 attributes on one HTML
 * element took 545 s, on a plan XML element 413 s, 100,000 namespace
 * declarations 10 s. No real plan, page or office file comes near the
 * limits below (a DOCX root declares about 40 namespaces, an element rarely
 * has 20 attributes), so a cheap byte scan refuses such input with a clear
 * error before the parser sees it.
 */
#ifndef PLANDIFF_MARKUP_SCAN_H
#define PLANDIFF_MARKUP_SCAN_H

#include <stddef.h>

enum {
  PD_MARKUP_MAX_ATTRIBUTES = 256, /* on one element, namespace declarations included */
  PD_MARKUP_MAX_NAMESPACES = 256  /* declarations in scope at one element (XML) */
};

/* Scans DATA (LEN bytes) as XML (XML = 1) or HTML (0). Returns 0, or -1
 * after reporting "NAME:LINE: refused: ..." naming the limit. */
int pd_markup_check(const char *name, const char *data, size_t len, int xml);

#endif
