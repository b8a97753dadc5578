/* budget.h — a memory budget for each document (--max-memory).
 *
 * Almost all the memory a document takes is XML: the parsed HTML, DOCX, ODT
 * or XML, the document tree, the plan and its validation — about 200 bytes
 * per input byte for a big table. libxml2 allocates all of it through
 * xmlMalloc, which pd_budget_install() routes through a counter, so the bytes
 * in use are known at every allocation. plandiff's own big buffers (the
 * input, its decoded text, its lines) are charged when they are made.
 *
 * pd_budget_begin() starts a document. An allocation that takes it past the
 * budget still succeeds (code that builds trees assumes it does, and
 * libxml2 2.9.14 leaks on its own out-of-memory paths), but marks the budget
 * spent; the readers, the extraction and the plan writer look at
 * pd_budget_spent() in their loops and stop, and the document then fails
 * with "out of memory" while a batch goes on with the next. Before a parser
 * runs, pd_budget_room() refuses input whose tree could not fit (a parsed
 * tree takes up to PD_BUDGET_PARSE_FACTOR bytes per byte of markup), so no
 * stage overshoots by more than one row, block or parse.
 *
 * One process, one document at a time (workers are processes).
 */
#ifndef PLANDIFF_BUDGET_H
#define PLANDIFF_BUDGET_H

#include <stddef.h>

/* Routes libxml2's allocations through the counter. Call first in main(),
 * before libxml2 allocates anything. Without it the budget is never spent. */
void pd_budget_install(void);

/* Starts a document with a budget of LIMIT bytes (0 = none). */
void pd_budget_begin(size_t limit);

/* 1 once the current document went past its budget. */
int pd_budget_spent(void);

/* Charges N bytes of plandiff's own to the current document: the input, its
 * decoded text and its lines, the few big buffers of a document that are
 * not XML. Freed at the latest when the document ends, so never given back. */
void pd_budget_charge(size_t n);

/* A parsed tree takes up to this many bytes per byte of markup (measured:
 * libxml2's tree of a table-dense HTML page, 18). */
enum { PD_BUDGET_PARSE_FACTOR = 20 };

/* 1 when N more bytes fit in the current document's budget (always without
 * one); else marks the budget spent and returns 0. */
int pd_budget_room(size_t n);

/* Ends the document. When its budget was spent, reports "PATH: out of
 * memory" with the budget and returns -1; otherwise 0. */
int pd_budget_end(const char *path);

#endif
