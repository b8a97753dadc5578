/* diag.h — diagnostics on stderr.
 *
 * Every message has the form "plandiff: FILE:LINE: message" (LINE omitted
 * when 0), so editors and scripts can jump to the place. Errors are counted
 * so a batch can report how many inputs failed and exit 1 at the end.
 * File names and messages are printed with control characters and bytes
 * that are not UTF-8 escaped as \xNN, so no name can garble the terminal.
 */
#ifndef PLANDIFF_DIAG_H
#define PLANDIFF_DIAG_H

void pd_error(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void pd_warning(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A note says what plandiff decided on the user's behalf (how a document
 * was named); it is not counted, and --quiet suppresses it. */
void pd_note(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* VALUE in single quotes, escaped as the messages are (malloc'd; the caller
 * frees; NULL only when out of memory). */
char *pd_diag_quote(const char *value);

/* Warnings are suppressed with --quiet; errors never are. */
void pd_diag_set_quiet(int quiet);
int pd_diag_is_quiet(void);
unsigned long pd_error_count(void);
unsigned long pd_warning_count(void);

#endif
