/* report_tables.h — the report's tables, written in C.
 *
 * Counting and choosing happen in compare; these functions only lay rows
 * out through table.h (escaping and formula neutralisation). Each appends a
 * whole table, header first, to OUT.
 */
#ifndef PLANDIFF_REPORT_TABLES_H
#define PLANDIFF_REPORT_TABLES_H

#include <stddef.h>

#include <libxml/tree.h>

#include "table.h"

/* One row per measure of PLANS (plan XML, schema/plan.rng), plans ordered
 * by municipality id and then as given, so the same plans in any order give
 * the same table. The first columns are exactly
 *   municipality ref name level status responsible file line
 * then use, kind, theme, quote, kommunenummer, county (the last two from the
 * plan's municipality, for joins with public statistics). file, line and quote are the measure's
 * first mention; several levels or services are joined by ';'. */
void pd_table_measures(xmlDocPtr *plans, size_t n, pd_table_format format, pd_buf *out);

/* Every fact of PLANS as one row, the long table of docs/data.md:
 *   fact_id municipality kommunenummer county document doc_type year
 *   subject ref name kind value file line end_line page evidence strength quote
 * Plans are ordered by municipality id, then file. report_facts.c. */
void pd_table_facts(xmlDocPtr *plans, size_t n, pd_table_format format, pd_buf *out);

/* From a comparison (schema/comparison.rng): the programme × municipality
 * cells, the goal clusters, and the § 15-1 checklist. Each names the
 * municipality by id, kommunenummer and county (docs/data.md). */
void pd_table_matrix(xmlDocPtr comparison, pd_table_format format, pd_buf *out);
void pd_table_goals(xmlDocPtr comparison, pd_table_format format, pd_buf *out);
void pd_table_coverage(xmlDocPtr comparison, pd_table_format format, pd_buf *out);

#endif
