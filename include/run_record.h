/* run_record.h — RUN.tsv, the provenance record of a `plandiff run`.
 *
 * One long table in the output folder, one row per fact about the run:
 *   role       value                          sha256       bytes
 *   plandiff   its version
 *   libxml2    the versions of the libraries running (libxml2, libxslt, libzip)
 *   date       the run's date, UTC (pd_report_date: SOURCE_DATE_EPOCH
 *              replaces the clock, so a rebuild can be byte-identical)
 *   thesaurus  the thesaurus as given         of the file  its size
 *   register   data/kommuner.tsv              of the file  its size
 *   manifest   each MANIFEST.tsv beside the inputs
 *   input      each document's path           of the file  its size
 *              (empty digest and size: it could not be read, and was reported)
 *   output     each file of the set, relative to it, sorted
 * Files are listed by walking the finished set, so the record names every
 * file a reader finds there. With the date fixed, two runs on the same
 * inputs give the same RUN.tsv byte for byte.
 */
#ifndef PLANDIFF_RUN_RECORD_H
#define PLANDIFF_RUN_RECORD_H

#include <stddef.h>

#include "buf.h"
#include "thesaurus.h"

/* Appends RUN.tsv's rows for a run over INPUTS (N paths) with TH whose
 * outputs lie in DIR, to TABLE. THESAURUS_GIVEN: --thesaurus as given
 * (NULL for the bundled one). Returns 0, or -1 after reporting a file that
 * could not be read. */
int pd_run_record(pd_buf *table, const char *dir, char *const *inputs, size_t n,
                  const pd_thesaurus *th, const char *thesaurus_given);

/* Writes DIR/RUN.tsv (atomically). Returns 0, or -1 after reporting. */
int pd_run_record_write(const char *dir, char *const *inputs, size_t n, const pd_thesaurus *th,
                        const char *thesaurus_given);

#endif
