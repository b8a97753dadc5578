/* input.c — read bytes (plain or gzip, capped) and decode them into clean
 * UTF-8 text. See input.h for the invariants the text satisfies. */
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <zlib.h>

#include "budget.h"
#include "diag.h"
#include "fileinfo.h"
#include "utf8.h"

/* For plandiff's own data files, read with LIMITS == NULL. */
static const pd_limits default_limits = {PD_DEFAULT_MAX_BYTES, PD_DEFAULT_GZIP_RATIO,
                                         PD_DEFAULT_MAX_PAGES};

/* ---- reading bytes ---------------------------------------------------- */

static int S_read_fd(const char *path, int fd, size_t cap, pd_buf *out) {
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      pd_error(path, 0, "cannot read: %s", strerror(errno));
      return -1;
    }
    if (n == 0)
      return 0;
    if (out->len + (size_t)n > cap) {
      pd_error(path, 0, "input is larger than the limit of %zu bytes (--max-bytes)", cap);
      return -1;
    }
    pd_buf_put(out, chunk, (size_t)n);
  }
}

static int S_is_gzip(const char *data, size_t len) {
  return len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b;
}

/* Inflates every gzip member of IN into OUT. Truncation, corruption and both
 * caps are errors; bytes after the last member that are not gzip are ignored
 * with a warning (zlib's gzread would ignore them silently). */
static int S_gunzip(const char *path, const pd_buf *in, const pd_limits *limits, pd_buf *out) {
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, 15 + 16) != Z_OK) {
    pd_error(path, 0, "cannot start gzip decoder");
    return -1;
  }
  size_t cap = limits->max_bytes;
  size_t pos = 0;
  int rc = 0;
  while (pos < in->len) {
    size_t avail = in->len - pos;
    zs.next_in = (Bytef *)(in->data + pos);
    zs.avail_in = avail > UINT32_MAX ? UINT32_MAX : (uInt)avail;
    int zr;
    do {
      pd_buf_reserve(out, 65536);
      zs.next_out = (Bytef *)(out->data + out->len);
      zs.avail_out = 65536;
      zr = inflate(&zs, Z_NO_FLUSH);
      out->len += 65536 - zs.avail_out;
      out->data[out->len] = '\0';
      if (out->len > cap) {
        pd_error(path, 0, "gzip data inflates to more than the limit of %zu bytes (--max-bytes)",
                 cap);
        rc = -1;
        goto done;
      }
      if (limits->max_gzip_ratio && out->len > ((size_t)1 << 20) &&
          out->len / limits->max_gzip_ratio > in->len) {
        pd_error(path, 0, "gzip data inflates more than %u times its size (--max-gzip-ratio)",
                 limits->max_gzip_ratio);
        rc = -1;
        goto done;
      }
    } while (zr == Z_OK && (zs.avail_out == 0 || zs.avail_in > 0));
    pos = (size_t)((const char *)zs.next_in - in->data);
    if (zr == Z_STREAM_END) {
      if (pos < in->len && !S_is_gzip(in->data + pos, in->len - pos)) {
        pd_warning(path, 0, "%zu bytes after the end of the gzip data were ignored", in->len - pos);
        break;
      }
      inflateReset(&zs);
      continue;
    }
    if (zr == Z_DATA_ERROR || zr == Z_NEED_DICT || zr == Z_MEM_ERROR) {
      pd_error(path, 0, "corrupt gzip data: %s", zs.msg ? zs.msg : "invalid stream");
      rc = -1;
      goto done;
    }
    if (zs.avail_in == 0 && pos >= in->len) {
      pd_error(path, 0, "truncated gzip data (the stream ends before its end marker)");
      rc = -1;
      goto done;
    }
  }
done:
  inflateEnd(&zs);
  return rc;
}

int pd_bytes_load(const char *path, const pd_limits *limits, pd_buf *out, int *was_gzip) {
  if (!limits)
    limits = &default_limits;
  if (was_gzip)
    *was_gzip = 0;
  int use_stdin = strcmp(path, "-") == 0;
  /* O_NONBLOCK: opening a FIFO must not wait for a writer; what was opened
   * is then checked with fstat, so a link swapped between a check and the
   * open changes nothing. Only regular files are read (and standard input). */
  int fd = use_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    pd_error(path, 0, "cannot open: %s", strerror(errno));
    return -1;
  }
  struct stat st;
  memset(&st, 0, sizeof st);
  if (!use_stdin && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
    if (S_ISDIR(st.st_mode))
      pd_error(path, 0, "is a directory");
    else
      pd_error(path, 0, "not a regular file (%s); not read", pd_file_kind(st.st_mode));
    close(fd);
    return -1;
  }
  if (!use_stdin && pd_fd_on_kernel_fs(fd)) {
    pd_error(path, 0, "not a regular file (a file of the kernel, as in /proc or /sys); not read");
    close(fd);
    return -1;
  }
  if (!use_stdin)
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  pd_buf raw = PD_BUF_INIT;
  int rc = S_read_fd(path, fd, limits->max_bytes, &raw);
  if (!use_stdin)
    close(fd);
  if (rc == 0 && S_is_gzip(raw.data, raw.len)) {
    if (was_gzip)
      *was_gzip = 1;
    rc = S_gunzip(path, &raw, limits, out);
    pd_buf_free(&raw);
  } else if (rc == 0) {
    pd_buf_free(out);
    *out = raw;
  } else {
    pd_buf_free(&raw);
  }
  if (rc != 0)
    pd_buf_free(out);
  return rc;
}

/* ---- decoding ---------------------------------------------------------- */

typedef struct repair_log {
  const char *name;
  unsigned long count;
  unsigned long reported;
} repair_log;

enum { REPAIRS_REPORTED = 5 };

static void S_repair(repair_log *log, unsigned long line, const char *what) {
  log->count++;
  if (log->reported < REPAIRS_REPORTED) {
    log->reported++;
    pd_warning(log->name, (long)line, "%s", what);
  }
}

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* Copies UTF-8 IN to TEXT, enforcing the invariants of input.h. */
static void S_clean_utf8(repair_log *log, const unsigned char *in, size_t len, pd_buf *out,
                         unsigned long *lines) {
  unsigned long line = 1;
  pd_buf_reserve(out, len);
  size_t i = 0;
  while (i < len) {
    unsigned char c = in[i];
    if (c >= 0x20 && c < 0x80) {
      /* Fast path: a run of printable ASCII. */
      size_t j = i + 1;
      while (j < len && in[j] >= 0x20 && in[j] < 0x80)
        j++;
      pd_buf_put(out, in + i, j - i);
      i = j;
      continue;
    }
    if (c == '\n' || c == '\r') {
      pd_buf_putc(out, '\n');
      line++;
      i += (c == '\r' && i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\t' || c == '\f') {
      pd_buf_putc(out, (char)c);
      i++;
      continue;
    }
    if (c == 0) {
      S_repair(log, line, "NUL byte removed");
      i++;
      continue;
    }
    if (c < 0x20 || c == 0x7F) {
      S_repair(log, line, "control character replaced by U+FFFD");
      pd_buf_puts(out, REPLACEMENT);
      i++;
      continue;
    }
    size_t n = pd_utf8_len(in + i, len - i);
    if (n == 0) {
      S_repair(log, line, "invalid UTF-8 byte replaced by U+FFFD");
      pd_buf_puts(out, REPLACEMENT);
      i++;
      continue;
    }
    if (n == 3 && c == 0xEF && in[i + 1] == 0xBF && (in[i + 2] == 0xBE || in[i + 2] == 0xBF)) {
      S_repair(log, line, "noncharacter U+FFFE/U+FFFF replaced by U+FFFD");
      pd_buf_puts(out, REPLACEMENT);
    } else if (n == 3 && c == 0xEF && in[i + 1] == 0xBB && in[i + 2] == 0xBF) {
      /* A byte-order mark inside the text (concatenated files): drop it. */
    } else {
      pd_buf_put(out, in + i, n);
    }
    i += n;
  }
  /* A final line without "\n" still counts as a line. */
  *lines = (len && in[len - 1] != '\n' && in[len - 1] != '\r') ? line : line - 1;
}

/* Converts IN from ENCODING to UTF-8 with libxml2's encoding support.
 * Undecodable input units become U+FFFD (UNIT bytes are skipped). */
static int S_convert(repair_log *log, const char *encoding, size_t unit, const unsigned char *in,
                     size_t len, pd_buf *out) {
  xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
  if (!handler)
    return -1;
  xmlBufferPtr src = xmlBufferCreate();
  xmlBufferPtr dst = xmlBufferCreate();
  size_t pos = 0;
  while (pos < len) {
    size_t take = len - pos > 65536 ? 65536 : len - pos;
    xmlBufferAdd(src, in + pos, (int)take);
    pos += take;
    while (xmlBufferLength(src) > 0) {
      int before = xmlBufferLength(src);
      int ret = xmlCharEncInFunc(handler, dst, src);
      pd_buf_put(out, xmlBufferContent(dst), (size_t)xmlBufferLength(dst));
      xmlBufferEmpty(dst);
      int after = xmlBufferLength(src);
      if (ret == -2 || (after == before && after > 0)) {
        if (after > 0 && (size_t)after < unit && pos < len)
          break; /* a unit split across chunks: read more first */
        /* Line numbers are not known yet in the source encoding; the
         * warning names the file and the byte offset instead. */
        char what[96];
        snprintf(what, sizeof what, "undecodable %s byte at offset %zu replaced by U+FFFD",
                 encoding, pos - (size_t)after);
        S_repair(log, 0, what);
        pd_buf_puts(out, REPLACEMENT);
        xmlBufferShrink(src, (unsigned int)(after < (int)unit ? after : (int)unit));
      }
    }
  }
  xmlBufferFree(src);
  xmlBufferFree(dst);
  xmlCharEncCloseFunc(handler);
  return 0;
}

/* UTF-16 without a byte-order mark shows as NUL bytes in every other
 * position; text in any 8-bit encoding never looks like that. */
static const char *S_sniff_utf16(const unsigned char *s, size_t len) {
  size_t n = len < 4096 ? len : 4096;
  n &= ~(size_t)1;
  if (n < 8)
    return NULL;
  size_t even0 = 0, odd0 = 0;
  for (size_t i = 0; i < n; i += 2) {
    even0 += s[i] == 0;
    odd0 += s[i + 1] == 0;
  }
  size_t pairs = n / 2;
  if (odd0 * 10 > pairs * 7 && even0 * 20 < pairs)
    return "UTF-16LE";
  if (even0 * 10 > pairs * 7 && odd0 * 20 < pairs)
    return "UTF-16BE";
  return NULL;
}

/* Plain UTF-8 or a single-byte Windows encoding? Text with no valid
 * multi-byte sequence but some invalid high bytes is Windows-1252 (a
 * superset of Latin-1 for printable characters); text with both is UTF-8
 * with damage, repaired byte by byte. */
static int S_looks_like_cp1252(const unsigned char *s, size_t len) {
  size_t valid_multi = 0, invalid = 0;
  for (size_t i = 0; i < len;) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t n = pd_utf8_len(s + i, len - i);
    if (n == 0) {
      invalid++;
      i++;
    } else {
      valid_multi++;
      i += n;
    }
  }
  return invalid > 0 && invalid > valid_multi * 4;
}

void pd_text_decode(const char *name, const char *bytes, size_t len, pd_text *text) {
  const unsigned char *s = (const unsigned char *)bytes;
  repair_log log = {name, 0, 0};
  pd_buf utf8 = PD_BUF_INIT;
  const char *encoding = "UTF-8";
  const unsigned char *src = s;
  size_t srclen = len;

  if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
    src += 3, srclen -= 3;
  } else if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
    encoding = s[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
    src += 2, srclen -= 2;
  } else {
    const char *utf16 = S_sniff_utf16(s, len);
    if (utf16)
      encoding = utf16;
    else if (S_looks_like_cp1252(s, len))
      encoding = "windows-1252";
  }

  if (strcmp(encoding, "UTF-8") != 0) {
    size_t unit = encoding[3] == '1' ? 2 : 1;
    if (S_convert(&log, encoding, unit, src, srclen, &utf8) == 0) {
      src = (const unsigned char *)pd_buf_cstr(&utf8);
      srclen = utf8.len;
    } else {
      pd_warning(name, 0, "no converter for %s; reading the bytes as UTF-8", encoding);
      encoding = "UTF-8";
    }
  }

  pd_buf out = PD_BUF_INIT;
  unsigned long lines = 0;
  S_clean_utf8(&log, src, srclen, &out, &lines);
  pd_buf_free(&utf8);
  if (log.count > log.reported)
    pd_warning(name, 0, "%lu characters repaired in all (%lu more not listed)", log.count,
               log.count - log.reported);

  text->len = out.len;
  pd_budget_charge(out.cap);
  text->data = pd_buf_detach(&out);
  text->encoding = encoding;
  text->gzip = 0;
  text->repaired = log.count;
  text->lines = lines;
}

int pd_text_load(const char *path, const pd_limits *limits, pd_text *text) {
  pd_buf raw = PD_BUF_INIT;
  int gz = 0;
  memset(text, 0, sizeof *text);
  if (pd_bytes_load(path, limits, &raw, &gz) != 0)
    return -1;
  pd_text_decode(path, raw.data ? raw.data : "", raw.len, text);
  text->gzip = gz;
  pd_buf_free(&raw);
  return 0;
}

void pd_text_free(pd_text *text) {
  free(text->data);
  memset(text, 0, sizeof *text);
}

/* ---- opening a document ------------------------------------------------------ */

/* The format a file's name claims, or PD_FORMAT_TEXT when it claims none. */
static pd_format S_named_format(const char *path) {
  if (pd_format_has_ext(path, ".pdf"))
    return PD_FORMAT_PDF;
  if (pd_format_has_ext(path, ".docx"))
    return PD_FORMAT_DOCX;
  if (pd_format_has_ext(path, ".odt"))
    return PD_FORMAT_ODT;
  return PD_FORMAT_TEXT;
}

int pd_input_open(const char *path, const pd_limits *limits, pd_input *in) {
  memset(in, 0, sizeof *in);
  if (pd_bytes_load(path, limits, &in->bytes, &in->gzip) != 0)
    return -1;
  pd_budget_charge(in->bytes.cap); /* the document's memory budget (budget.h) */
  const char *seen = NULL;
  in->format = pd_format_sniff(path, pd_buf_cstr(&in->bytes), in->bytes.len, &seen);
  if (in->format == PD_FORMAT_REFUSED) {
    pd_error(path, 0, "not a document plandiff reads: this is %s", seen);
    pd_input_close(in);
    return -1;
  }
  pd_format named = S_named_format(path);
  if (named != PD_FORMAT_TEXT && named != in->format)
    pd_warning(path, 0, "named as %s but holds %s; read as %s", pd_format_name(named),
               in->format == PD_FORMAT_TEXT ? "plain text" : pd_format_name(in->format),
               pd_format_name(in->format));
  return 0;
}

void pd_input_close(pd_input *in) {
  pd_buf_free(&in->bytes);
  memset(in, 0, sizeof *in);
}
