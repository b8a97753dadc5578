/* kwic.h — keyword in context across documents (`plandiff kwic`).
 *
 * A query is a thesaurus id or a literal phrase. A thesaurus id selects the
 * hits of the thesaurus's own matcher (every alias and compound it finds,
 * leftmost-longest against the whole vocabulary, exactly as extraction sees
 * the text) whose entry is the id, or whose family or container is the id
 * (a family id gives all its programmes). Anything else is a phrase, folded
 * as the matcher folds names (case, hyphens, white space).
 *
 * Each document tree is read once: the text of its units (paragraphs, list
 * items, headings, table cells: every element with a line and no such
 * element inside) is joined into one buffer and searched in one pass. A hit
 * reports its unit's line (the exact line from the unit's sourcemap) and
 * page, and CONTEXT characters of text on either side.
 */
#ifndef PLANDIFF_KWIC_H
#define PLANDIFF_KWIC_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "thesaurus.h"

enum { PD_KWIC_CONTEXT = 60 }; /* characters each side */

typedef struct pd_kwic_query {
  const pd_thesaurus *th;
  char *term;
  unsigned char *wanted; /* per thesaurus entry; NULL for a phrase */
  pd_matcher *phrase;    /* NULL for a thesaurus id */
} pd_kwic_query;

/* One hit. Every string is owned by the row (pd_kwic_rows_free). */
typedef struct pd_kwic_row {
  char *municipality, *kommunenummer, *county, *file;
  unsigned long line, page; /* page 0 = none */
  char *entry;              /* the thesaurus id hit; NULL for a phrase */
  char *left, *hit, *right;
} pd_kwic_row;

typedef struct pd_kwic_rows {
  pd_kwic_row *v;
  size_t n, cap;
  /* The provenance stamp of every document searched, hits or none:
   * "file: sha256" lines (document.c's stamp), for the HTML page's footer. */
  pd_buf stamps;
} pd_kwic_rows;

/* Prepares TERM against TH (which must outlive the query). */
void pd_kwic_query_init(pd_kwic_query *q, const pd_thesaurus *th, const char *term);
void pd_kwic_query_free(pd_kwic_query *q);
/* Whether the query is a thesaurus id. */
int pd_kwic_is_entry(const pd_kwic_query *q);

/* Appends DOC's hits (a document tree, schema/document.rng) to ROWS;
 * returns how many. */
size_t pd_kwic_document(const pd_kwic_query *q, xmlDocPtr doc, pd_kwic_rows *rows);

/* ROWS as a TSV table (table.h), or as one self-contained HTML page whose
 * footer stamps it: the plandiff version, Q's thesaurus and its SHA-256,
 * and the SHA-256 of each document searched. */
void pd_kwic_tsv(const pd_kwic_rows *rows, const char *term, pd_buf *out);
void pd_kwic_html(const pd_kwic_rows *rows, const pd_kwic_query *q, pd_buf *out);

void pd_kwic_rows_free(pd_kwic_rows *rows);

#endif
