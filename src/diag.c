/* diag.c — "plandiff: FILE:LINE: message" diagnostics on stderr. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static int quiet_warnings;
static unsigned long errors, warnings;

__attribute__((format(printf, 4, 0))) static void S_emit(const char *kind, const char *file,
                                                         long line, const char *fmt, va_list ap) {
  fputs("plandiff: ", stderr);
  if (file && *file) {
    fputs(file, stderr);
    if (line > 0)
      fprintf(stderr, ":%ld", line);
    fputs(": ", stderr);
  }
  if (kind)
    fputs(kind, stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void pd_error(const char *file, long line, const char *fmt, ...) {
  va_list ap;
  errors++;
  va_start(ap, fmt);
  S_emit(NULL, file, line, fmt, ap);
  va_end(ap);
}

void pd_warning(const char *file, long line, const char *fmt, ...) {
  va_list ap;
  warnings++;
  if (quiet_warnings)
    return;
  va_start(ap, fmt);
  S_emit("warning: ", file, line, fmt, ap);
  va_end(ap);
}

void pd_note(const char *file, long line, const char *fmt, ...) {
  va_list ap;
  if (quiet_warnings)
    return;
  va_start(ap, fmt);
  S_emit("note: ", file, line, fmt, ap);
  va_end(ap);
}

void pd_diag_set_quiet(int quiet) { quiet_warnings = quiet; }
int pd_diag_is_quiet(void) { return quiet_warnings; }
unsigned long pd_error_count(void) { return errors; }
unsigned long pd_warning_count(void) { return warnings; }
