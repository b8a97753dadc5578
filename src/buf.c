/* buf.c — growable byte buffer and checked allocation. */
#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void S_out_of_memory(size_t size) {
  fprintf(stderr, "plandiff: out of memory (%zu bytes)\n", size);
  abort();
}

void *pd_xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p)
    S_out_of_memory(size);
  return p;
}

void *pd_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    S_out_of_memory(count * size);
  return p;
}

void *pd_xrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    S_out_of_memory(size);
  return p;
}

char *pd_xstrdup(const char *s) { return pd_xstrndup(s, strlen(s)); }

char *pd_xstrndup(const char *s, size_t n) {
  char *p = pd_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void pd_buf_reserve(pd_buf *buf, size_t extra) {
  if (extra > SIZE_MAX / 2 - buf->len)
    S_out_of_memory(extra);
  size_t need = buf->len + extra + 1;
  if (need <= buf->cap)
    return;
  size_t cap = buf->cap ? buf->cap : 64;
  while (cap < need)
    cap *= 2;
  buf->data = pd_xrealloc(buf->data, cap);
  buf->data[buf->len] = '\0';
  buf->cap = cap;
}

void pd_buf_put(pd_buf *buf, const void *data, size_t len) {
  pd_buf_reserve(buf, len);
  if (len)
    memcpy(buf->data + buf->len, data, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
}

void pd_buf_puts(pd_buf *buf, const char *s) { pd_buf_put(buf, s, strlen(s)); }

void pd_buf_putc(pd_buf *buf, char c) {
  pd_buf_reserve(buf, 1);
  buf->data[buf->len++] = c;
  buf->data[buf->len] = '\0';
}

void pd_buf_vprintf(pd_buf *buf, const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0)
    return;
  pd_buf_reserve(buf, (size_t)n);
  vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
  buf->len += (size_t)n;
}

void pd_buf_printf(pd_buf *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  pd_buf_vprintf(buf, fmt, ap);
  va_end(ap);
}

void pd_buf_truncate(pd_buf *buf, size_t len) {
  if (len < buf->len) {
    buf->len = len;
    buf->data[len] = '\0';
  }
}

const char *pd_buf_cstr(pd_buf *buf) {
  if (!buf->data)
    pd_buf_reserve(buf, 0);
  return buf->data;
}

char *pd_buf_detach(pd_buf *buf) {
  pd_buf_cstr(buf);
  char *data = buf->data;
  buf->data = NULL;
  buf->len = buf->cap = 0;
  return data;
}

void pd_buf_free(pd_buf *buf) {
  free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}
