/* outfile.h — output files that appear whole or not at all.
 *
 * Every file plandiff writes goes to a temporary file in the same folder
 * first and is renamed into place only after every write, the flush and the
 * close succeeded. An interrupted run (SIGINT, SIGTERM, SIGHUP) removes the
 * temporary files it has open, so no half-written file is ever left behind.
 * "-" means standard output, written directly.
 */
#ifndef PLANDIFF_OUTFILE_H
#define PLANDIFF_OUTFILE_H

#include <stddef.h>
#include <stdio.h>

typedef struct pd_outfile {
  FILE *fp;
  char *path; /* final name; NULL for stdout */
  char *tmp;  /* temporary name while open */
} pd_outfile;

/* Installs the signal handlers that remove temporary files. Call once. */
void pd_outfile_init(void);

/* Opens PATH, a file plandiff names itself inside an output folder, for
 * writing. Whatever is at PATH (a link, a FIFO, a device) is replaced when
 * the file is committed, never written through. Reports an error naming
 * PATH and returns -1 on failure. */
int pd_outfile_open(pd_outfile *out, const char *path);

/* Opens PATH, named by the user (-o), for writing: "-" is standard output;
 * a link is followed; a device, FIFO or socket is written in place (a FIFO
 * with no reader is an error at once, never a wait); anything else as
 * pd_outfile_open. */
int pd_outfile_open_named(pd_outfile *out, const char *path);

/* Flushes, closes and renames into place. Returns 0, or -1 after reporting
 * the error (the temporary file is removed, the old file is untouched). */
int pd_outfile_commit(pd_outfile *out);

/* Discards the temporary file. */
void pd_outfile_abort(pd_outfile *out);

/* Writes DATA to PATH atomically: PATH as for pd_outfile_open (a file inside
 * an output folder), or as for pd_outfile_open_named (named by the user). */
int pd_write_file(const char *path, const void *data, size_t len);
int pd_write_file_named(const char *path, const void *data, size_t len);

/* Creates DIR and its parents (like mkdir -p). Reports and returns -1 on
 * failure. */
int pd_mkdirs(const char *dir);

#endif
