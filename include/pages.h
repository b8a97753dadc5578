/* pages.h — the report set's page list: the one place that names files.
 *
 * Every page and table of a report set gets its file name here, from the
 * comparison: index.html, kommune-ID.html per municipality,
 * program-REF.html per programme, par-A-B.html (A before B) per pair of
 * nearest peers the comparison explains, kilde-NAME.html per source document the rendering
 * could read (the <context> report_context.h attaches), and the tables
 * NAME.tsv and NAME.csv. The
 * stylesheets receive the list as a <pages> element (pd_pages_attach) and
 * link only to pages on it, so no link points at a page that was not
 * written.
 */
#ifndef PLANDIFF_PAGES_H
#define PLANDIFF_PAGES_H

#include <stddef.h>

#include <libxml/tree.h>

typedef enum pd_page_kind {
  PD_PAGE_INDEX,
  PD_PAGE_MUNICIPALITY,
  PD_PAGE_PROGRAMME,
  PD_PAGE_PAIR,
  PD_PAGE_SOURCE,
  PD_PAGE_TABLE,
  PD_PAGE_KINDS
} pd_page_kind;

typedef struct pd_page {
  pd_page_kind kind;
  char *key;  /* municipality id, programme ref, "X|Y" for a pair (Y in X's peer list), a
                 source's file path,
                 "NAME.FORMAT" for a table */
  char *href; /* the file name inside the output folder */
} pd_page;

typedef struct pd_pages {
  pd_page *v;
  size_t n;
  size_t count[PD_PAGE_KINDS];
  int small; /* at most PD_SMALL_CORPUS municipalities */
} pd_pages;

/* A grid of every municipality is only readable for a few: up to this
 * many the index shows it (heatmap="grid") and there is a pair page for
 * each pair of nearest peers; beyond, the county table and each
 * municipality's nearest peers (heatmap="peers"), and no pair page. */
#define PD_SMALL_CORPUS 60

/* Decides the pages for COMPARISON (schema/comparison.rng); the measures
 * tables only WITH_MEASURES (when the plans are at hand). */
void pd_pages_plan(pd_pages *pages, xmlDocPtr comparison, int with_measures);

void pd_pages_free(pd_pages *pages);

/* The name of KIND as the stylesheets see it ("index", "municipality",
 * "programme", "pair", "source", "table"). */
const char *pd_page_kind_name(pd_page_kind kind);

/* Adds the list to COMPARISON's root as <pages heatmap="grid|peers"> with one
 * <page kind= key= href=/> per page (pair pages also carry a= and b=, table
 * pages name= and format=), for the stylesheets. Returns the element, to be
 * passed to pd_pages_detach when rendering is done. */
xmlNodePtr pd_pages_attach(const pd_pages *pages, xmlDocPtr comparison);

/* Removes and frees the element pd_pages_attach added. */
void pd_pages_detach(xmlNodePtr element);

#endif
