/* buf.h — a growable byte buffer.
 *
 * Ownership: a pd_buf owns its bytes. pd_buf_detach() hands them to the
 * caller (free() them); pd_buf_free() releases them. The bytes are always
 * NUL-terminated, so data can be used as a C string when it holds no NUL.
 *
 * Out of memory aborts the program (see pd_xmalloc): a batch tool that cannot
 * allocate a few kilobytes has no useful way to go on.
 */
#ifndef PLANDIFF_BUF_H
#define PLANDIFF_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct pd_buf {
  char *data;
  size_t len;
  size_t cap;
} pd_buf;

#define PD_BUF_INIT                                                                                \
  { NULL, 0, 0 }

void *pd_xmalloc(size_t size);
void *pd_xcalloc(size_t count, size_t size);
void *pd_xrealloc(void *ptr, size_t size);
char *pd_xstrdup(const char *s);
char *pd_xstrndup(const char *s, size_t n);

void pd_buf_reserve(pd_buf *buf, size_t extra);
void pd_buf_put(pd_buf *buf, const void *data, size_t len);
void pd_buf_puts(pd_buf *buf, const char *s);
void pd_buf_putc(pd_buf *buf, char c);
void pd_buf_printf(pd_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void pd_buf_vprintf(pd_buf *buf, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void pd_buf_truncate(pd_buf *buf, size_t len);
/* Guarantees data != NULL (an empty, NUL-terminated string at least). */
const char *pd_buf_cstr(pd_buf *buf);
char *pd_buf_detach(pd_buf *buf);
void pd_buf_free(pd_buf *buf);

#endif
