/* pdf_pages.c — page numbers on a plan's provenance (see pdf_pages.h). */
#include "pdf_pages.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xmlio.h"

unsigned long pd_pdf_page_of(const unsigned long *first, size_t n, unsigned long line) {
  /* the last page starting at or before LINE; pages without text share the
   * first line of the next page, so the last of them is the one with text */
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (first[mid] <= line)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? (unsigned long)lo : (n ? 1 : 0);
}

static unsigned long S_ul(xmlNodePtr n, const char *name) {
  xmlChar *v = xmlGetProp(n, BAD_CAST name);
  unsigned long x = v ? strtoul((const char *)v, NULL, 10) : 0;
  xmlFree(v);
  return x;
}

static void S_stamp(xmlNodePtr n, const unsigned long *first, size_t count) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (xmlHasProp(n, BAD_CAST "file") && xmlHasProp(n, BAD_CAST "line")) {
      unsigned long page = pd_pdf_page_of(first, count, S_ul(n, "line"));
      if (page)
        pd_xml_set_int(n, "page", (long)page);
    }
    S_stamp(n->children, first, count);
  }
}

void pd_pdf_stamp_pages(xmlDocPtr plan, xmlDocPtr tree) {
  xmlNodePtr root = tree ? xmlDocGetRootElement(tree) : NULL;
  xmlNodePtr pages = NULL;
  for (xmlNodePtr c = root ? root->children : NULL; c && !pages; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST "pages"))
      pages = c;
  if (!pages || !plan)
    return;
  size_t n = 0, cap = 0;
  unsigned long *first = NULL;
  for (xmlNodePtr p = pages->children; p; p = p->next) {
    if (p->type != XML_ELEMENT_NODE)
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      first = pd_xrealloc(first, cap * sizeof *first);
    }
    unsigned long line = S_ul(p, "line");
    first[n] = n && line < first[n - 1] ? first[n - 1] : line; /* keep it sorted */
    n++;
  }
  S_stamp(xmlDocGetRootElement(plan), first, n);
  free(first);
}
