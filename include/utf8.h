/* utf8.h — UTF-8 validity and strings made safe for XML.
 *
 * Every string that enters an XML tree from outside the text reader (file
 * names, --name and the other flags, manifest cells) passes through
 * pd_xml_string(), so a name holding ESC or bytes that are not UTF-8 cannot
 * make plandiff write XML it cannot read back.
 */
#ifndef PLANDIFF_UTF8_H
#define PLANDIFF_UTF8_H

#include <stddef.h>

/* Length of the valid UTF-8 sequence at S (at most N bytes), 0 if invalid.
 * Overlong forms and surrogates are invalid. */
size_t pd_utf8_len(const unsigned char *s, size_t n);

/* pd_utf8_len for a NUL-terminated string. */
size_t pd_utf8_valid_len(const unsigned char *s);

/* 1 when S is valid UTF-8 holding only characters XML 1.0 allows. */
int pd_xml_string_ok(const char *s);

/* A copy of S with every byte that is not UTF-8 and every character XML 1.0
 * forbids (C0 controls but tab, newline and CR; U+FFFE, U+FFFF) replaced by
 * U+FFFD. Caller frees. */
char *pd_xml_string(const char *s);

/* Whether S (LEN bytes) starts with an upper-case (lower-case) letter:
 * ASCII or Latin-1's letters as UTF-8 (Æ Ø Å É, æ ø å é). */
int pd_utf8_starts_upper(const char *s, size_t len);
int pd_utf8_starts_lower(const char *s, size_t len);

#endif
