/* table.h — rows of cells into TSV or CSV, safe to open in a spreadsheet.
 *
 * Every table plandiff writes (measures, matrix, goals, coverage and
 * `export measures`) goes through here, so escaping and the formula rule
 * live in one place:
 *   - TSV: backslash, tab, newline and carriage return inside a value are
 *     written as \\, \t, \n and \r; a value holding a double quote is
 *     written in double quotes with its own doubled (so pandas, readr and
 *     Python's csv read it without options); lines end in LF.
 *   - CSV (RFC 4180): a value holding a comma, quote, LF or CR is quoted,
 *     its quotes doubled; lines end in CRLF.
 *   - A value that starts with =, +, -, @, tab or CR is written with a
 *     leading ' (OWASP's advice against CSV injection), so a spreadsheet
 *     shows it as text instead of running it as a formula.
 * Escaping is a single pass over each value: no value is too long or too
 * odd to be written, and one value never affects another.
 */
#ifndef PLANDIFF_TABLE_H
#define PLANDIFF_TABLE_H

#include "buf.h"

typedef enum pd_table_format { PD_TABLE_TSV, PD_TABLE_CSV } pd_table_format;

typedef struct pd_table {
  pd_buf *out;
  pd_table_format format;
  int cells; /* cells written on the current row */
} pd_table;

/* "tsv" or "csv" into *FORMAT; -1 for anything else. */
int pd_table_format_parse(const char *name, pd_table_format *format);

/* The file name extension of FORMAT ("tsv" or "csv"). */
const char *pd_table_format_name(pd_table_format format);

/* Starts a table appended to OUT. */
void pd_table_init(pd_table *t, pd_buf *out, pd_table_format format);

/* Appends one cell to the current row; NULL is an empty cell. */
void pd_table_cell(pd_table *t, const char *value);

/* Ends the current row. */
void pd_table_end_row(pd_table *t);

/* A whole row of N cells (a header, say). */
void pd_table_row(pd_table *t, const char *const *cells, int n);

#endif
