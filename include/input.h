/* input.h — bytes in, clean UTF-8 text out: the first half of the read stage.
 *
 * pd_bytes_load() reads a whole file (or stdin for "-"), inflating gzip when
 * the bytes start with the gzip magic, whatever the file is called. The size
 * after inflation is capped (a gzip bomb stops with a clear error, not an
 * exhausted machine), and a truncated or corrupt gzip stream is an error.
 *
 * pd_text_decode() turns those bytes into the text every later stage relies
 * on. Its invariants:
 *   - valid UTF-8, no byte-order mark;
 *   - line ends are "\n" (CRLF and lone CR are converted);
 *   - no NUL and no C0 control character other than "\t", "\n" and "\f"
 *     ("\f" is kept: PDF extraction writes it at page breaks);
 *   - no U+FFFE / U+FFFF (illegal in XML).
 * Bytes that cannot be decoded become U+FFFD and are reported as warnings
 * naming the line, so a researcher knows the text was repaired.
 */
#ifndef PLANDIFF_INPUT_H
#define PLANDIFF_INPUT_H

#include <stddef.h>

#include "buf.h"

typedef struct pd_limits {
  size_t max_bytes;        /* bytes of one document after inflation */
  unsigned max_gzip_ratio; /* inflated / compressed size; 0 = no ratio cap */
} pd_limits;

#define PD_DEFAULT_MAX_BYTES ((size_t)256 * 1024 * 1024)
#define PD_DEFAULT_GZIP_RATIO 1000u

/* The limits in force: the defaults unless the CLI changed them. */
pd_limits *pd_limits_global(void);

typedef struct pd_text {
  char *data; /* owned; NUL-terminated */
  size_t len;
  const char *encoding;   /* static string: "UTF-8", "UTF-16LE", "windows-1252", ... */
  int gzip;               /* 1 when the bytes were gzip-compressed */
  unsigned long repaired; /* bytes replaced by U+FFFD or dropped */
  unsigned long lines;
} pd_text;

/* Reads PATH ("-" = stdin) into OUT, inflating gzip. On failure reports an
 * error naming PATH and returns -1; OUT is then empty. *was_gzip may be NULL. */
int pd_bytes_load(const char *path, const pd_limits *limits, pd_buf *out, int *was_gzip);

/* Decodes BYTES into TEXT (see the invariants above). NAME is used in the
 * warnings. Never fails. */
void pd_text_decode(const char *name, const char *bytes, size_t len, pd_text *text);

/* pd_bytes_load + pd_text_decode. Returns 0 on success, -1 on failure. */
int pd_text_load(const char *path, const pd_limits *limits, pd_text *text);

void pd_text_free(pd_text *text);

#endif
