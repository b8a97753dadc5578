/* diag.c — "plandiff: FILE:LINE: message" diagnostics on stderr. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "utf8.h"

static int quiet_warnings;
static unsigned long errors, warnings;

/* Writes S with C0 controls, DEL and bytes that are not UTF-8 as \xNN:
 * a file name holding ESC or a newline cannot forge or garble a message. */
static void S_put_escaped(const char *s, FILE *to) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t n = pd_utf8_valid_len(p);
    if (n == 0 || (n == 1 && (*p < 0x20 || *p == 0x7F))) {
      fprintf(to, "\\x%02X", *p);
      p++;
    } else {
      fwrite(p, 1, n, to);
      p += n;
    }
  }
}

char *pd_diag_quote(const char *value) {
  char *mem = NULL;
  size_t len = 0;
  FILE *to = open_memstream(&mem, &len);
  if (!to)
    return NULL;
  fputc('\'', to);
  S_put_escaped(value, to);
  fputc('\'', to);
  fclose(to);
  return mem;
}

__attribute__((format(printf, 4, 0))) static void S_emit(const char *kind, const char *file,
                                                         long line, const char *fmt, va_list ap) {
  char msg[2048];
  vsnprintf(msg, sizeof msg, fmt, ap);
  fputs("plandiff: ", stderr);
  if (file && *file) {
    S_put_escaped(file, stderr);
    if (line > 0)
      fprintf(stderr, ":%ld", line);
    fputs(": ", stderr);
  }
  if (kind)
    fputs(kind, stderr);
  S_put_escaped(msg, stderr);
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
