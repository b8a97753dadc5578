/* utf8.c — UTF-8 validity and XML-safe copies of strings. */
#include "utf8.h"

#include <string.h>

#include "buf.h"

size_t pd_utf8_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80)
    return 1;
  if (c < 0xC2 || c > 0xF4)
    return 0;
  if (c < 0xE0)
    return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
      return 0;
    if (c == 0xE0 && s[1] < 0xA0)
      return 0;
    if (c == 0xED && s[1] >= 0xA0)
      return 0;
    return 3;
  }
  if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
    return 0;
  if (c == 0xF0 && s[1] < 0x90)
    return 0;
  if (c == 0xF4 && s[1] >= 0x90)
    return 0;
  return 4;
}

size_t pd_utf8_valid_len(const unsigned char *s) {
  return pd_utf8_len(s, strnlen((const char *)s, 4));
}

/* Length of the XML-legal character at S, or 0 when it must be replaced. */
static size_t S_xml_char(const unsigned char *s) {
  size_t n = pd_utf8_valid_len(s);
  if (n == 1 && s[0] < 0x20 && s[0] != '\t' && s[0] != '\n' && s[0] != '\r')
    return 0;
  if (n == 3 && s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
    return 0; /* U+FFFE, U+FFFF */
  return n;
}

int pd_xml_string_ok(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t n = S_xml_char(p);
    if (!n)
      return 0;
    p += n;
  }
  return 1;
}

char *pd_xml_string(const char *s) {
  pd_buf out = PD_BUF_INIT;
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t n = S_xml_char(p);
    if (n) {
      pd_buf_put(&out, p, n);
      p += n;
    } else {
      pd_buf_puts(&out, "\xEF\xBF\xBD");
      p += 1;
    }
  }
  return pd_buf_detach(&out);
}

int pd_utf8_starts_upper(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 1 && u[0] >= 'A' && u[0] <= 'Z')
    return 1;
  /* Æ Ø Å É Ö Ä Ü (U+00C0..U+00DE) */
  return len >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E;
}

int pd_utf8_starts_lower(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 1 && u[0] >= 'a' && u[0] <= 'z')
    return 1;
  return len >= 2 && u[0] == 0xC3 && u[1] >= 0x9F && u[1] <= 0xBF;
}
