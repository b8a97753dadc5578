/* input.h — bytes in, clean UTF-8 text out: the first half of the read stage.
 *
 * pd_bytes_load() reads a whole file (or stdin for "-"), inflating gzip when
 * the bytes start with the gzip magic, whatever the file is called. The size
 * after inflation is capped (a gzip bomb stops with a clear error, not an
 * exhausted machine), and a truncated or corrupt gzip stream is an error.
 *
 * pd_input_open() is how every command opens a document: the capped read,
 * then the format decided from the bytes (format.h). Formats plandiff does
 * not read are refused there, with an error naming the file and what it is.
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
#include "format.h"

typedef struct pd_limits {
  size_t max_bytes;        /* bytes of one document after inflation (also what a
                              DOCX/ODT part or a PDF's streams inflate to) */
  unsigned max_gzip_ratio; /* inflated / compressed size; 0 = no ratio cap */
  unsigned long max_pages; /* pages of one PDF */
} pd_limits;

#define PD_DEFAULT_MAX_BYTES ((size_t)256 * 1024 * 1024)
#define PD_DEFAULT_GZIP_RATIO 1000u
#define PD_DEFAULT_MAX_PAGES 5000ul

typedef struct pd_text {
  char *data; /* owned; NUL-terminated */
  size_t len;
  const char *encoding;   /* static string: "UTF-8", "UTF-16LE", "windows-1252", ... */
  int gzip;               /* 1 when the bytes were gzip-compressed */
  unsigned long repaired; /* bytes replaced by U+FFFD or dropped */
  unsigned long lines;
} pd_text;

/* Reads PATH ("-" = stdin) into OUT, inflating gzip; LIMITS NULL means the
 * defaults (the command line's limits travel in pd_options, options.h). On failure reports an
 * error naming PATH and returns -1; OUT is then empty. *was_gzip may be NULL. */
int pd_bytes_load(const char *path, const pd_limits *limits, pd_buf *out, int *was_gzip);

/* Decodes BYTES into TEXT (see the invariants above). NAME is used in the
 * warnings. Never fails. */
void pd_text_decode(const char *name, const char *bytes, size_t len, pd_text *text);

/* pd_bytes_load + pd_text_decode. Returns 0 on success, -1 on failure. */
int pd_text_load(const char *path, const pd_limits *limits, pd_text *text);

void pd_text_free(pd_text *text);

/* An opened document: its bytes (inflated) and its format. */
typedef struct pd_input {
  pd_buf bytes;
  pd_format format; /* never PD_FORMAT_REFUSED after a successful open */
  int gzip;         /* the file was gzip-compressed */
} pd_input;

/* Reads PATH ("-" = stdin) through pd_bytes_load and decides its format.
 * Returns 0, or -1 after reporting an error naming PATH (unreadable, over a
 * limit, or a format plandiff does not read). A name that says one format
 * while the bytes are another is read by its bytes, with a warning. */
int pd_input_open(const char *path, const pd_limits *limits, pd_input *in);

void pd_input_close(pd_input *in);

#endif
