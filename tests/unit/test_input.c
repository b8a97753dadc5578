/* test_input.c — bytes to clean UTF-8: encodings, line ends, gzip, caps. */
#include <stdlib.h>
#include <unistd.h>
#include <zlib.h>

#include "diag.h"
#include "harness.h"
#include "input.h"
#include "manifest.h"

static pd_text decode(const char *bytes, size_t len) {
  pd_text t;
  pd_text_decode("test", bytes, len, &t);
  return t;
}

TEST(utf8_plain_and_bom) {
  pd_text t = decode("\xEF\xBB\xBFTiltak for barn\n", 19);
  EXPECT_STR(t.data, "Tiltak for barn\n");
  EXPECT_STR(t.encoding, "UTF-8");
  EXPECT(t.repaired == 0);
  EXPECT(t.lines == 1);
  pd_text_free(&t);
}

TEST(utf16le_with_bom) {
  /* "Nærøy\n" in UTF-16LE */
  static const char b[] = "\xFF\xFEN\0\xE6\0r\0\xF8\0y\0\n\0";
  pd_text t = decode(b, sizeof b - 1);
  EXPECT_STR(t.data, "N\xC3\xA6r\xC3\xB8y\n");
  EXPECT_STR(t.encoding, "UTF-16LE");
  pd_text_free(&t);
}

TEST(utf16be_with_bom) {
  static const char b[] = "\xFE\xFF\0\xC5\0s\0\n";
  pd_text t = decode(b, sizeof b - 1);
  EXPECT_STR(t.data, "\xC3\x85s\n");
  EXPECT_STR(t.encoding, "UTF-16BE");
  pd_text_free(&t);
}

TEST(windows_1252_detected) {
  /* "Forebygging på tvers – nå" with å=E5, en dash=96 */
  static const char b[] = "Forebygging p\xE5 tvers \x96 n\xE5\n";
  pd_text t = decode(b, sizeof b - 1);
  EXPECT_STR(t.data, "Forebygging p\xC3\xA5 tvers \xE2\x80\x93 n\xC3\xA5\n");
  EXPECT_STR(t.encoding, "windows-1252");
  EXPECT(t.repaired == 0);
  pd_text_free(&t);
}

TEST(latin1_letters) {
  static const char b[] = "\xC6\xD8\xC5 \xE6\xF8\xE5";
  pd_text t = decode(b, sizeof b - 1);
  EXPECT_STR(t.data, "\xC3\x86\xC3\x98\xC3\x85 \xC3\xA6\xC3\xB8\xC3\xA5");
  pd_text_free(&t);
}

TEST(crlf_and_cr_line_ends) {
  pd_text t = decode("a\r\nb\rc\n", 7);
  EXPECT_STR(t.data, "a\nb\nc\n");
  EXPECT(t.lines == 3);
  pd_text_free(&t);
}

TEST(nul_removed_and_counted) {
  pd_text t = decode("a\0b\n", 4);
  EXPECT_STR(t.data, "ab\n");
  EXPECT(t.repaired == 1);
  pd_text_free(&t);
}

TEST(invalid_utf8_in_utf8_text_replaced) {
  /* valid "æ" then a stray continuation byte */
  pd_text t = decode("\xC3\xA6 \x80 \xC3\xA6", 7);
  EXPECT_STR(t.data, "\xC3\xA6 \xEF\xBF\xBD \xC3\xA6");
  EXPECT_STR(t.encoding, "UTF-8");
  EXPECT(t.repaired == 1);
  pd_text_free(&t);
}

TEST(overlong_and_surrogates_rejected) {
  /* Mostly valid UTF-8 (so not taken for Windows-1252) with an overlong
   * "/" and an encoded surrogate. */
  pd_text t = decode("\xC3\xA6\xC3\xB8\xC3\xA5\xC3\xA6\xC0\xAF\xED\xA0\x80", 13);
  EXPECT(strncmp(t.data, "\xC3\xA6", 2) == 0);
  EXPECT(strstr(t.data, "\xED\xA0") == NULL);
  EXPECT(t.repaired >= 2);
  pd_text_free(&t);
}

TEST(controls_and_noncharacters) {
  pd_text t = decode("a\x01"
                     "b\f\tc\xEF\xBF\xBE",
                     9);
  EXPECT_STR(t.data, "a\xEF\xBF\xBD"
                     "b\f\tc\xEF\xBF\xBD");
  pd_text_free(&t);
}

TEST(empty_input) {
  pd_text t = decode("", 0);
  EXPECT_STR(t.data, "");
  EXPECT(t.lines == 0);
  pd_text_free(&t);
}

static char *write_gzip(const char *data, size_t len, size_t keep) {
  char *path = strdup("/tmp/plandiff-test-XXXXXX");
  int fd = mkstemp(path);
  uLongf cap = compressBound(len) + 32;
  unsigned char *out = malloc(cap);
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = (Bytef *)data;
  zs.avail_in = (uInt)len;
  zs.next_out = out;
  zs.avail_out = (uInt)cap;
  deflate(&zs, Z_FINISH);
  size_t n = zs.total_out;
  deflateEnd(&zs);
  if (keep && keep < n)
    n = keep;
  if (write(fd, out, n) != (ssize_t)n)
    abort();
  close(fd);
  free(out);
  return path;
}

TEST(gzip_inflated_by_magic) {
  char *path = write_gzip("Plan for forebygging\n", 21, 0);
  pd_text t;
  EXPECT(pd_text_load(path, NULL, &t) == 0);
  EXPECT_STR(t.data, "Plan for forebygging\n");
  EXPECT(t.gzip == 1);
  pd_text_free(&t);
  unlink(path);
  free(path);
}

TEST(gzip_truncated_is_error) {
  char *path = write_gzip("Plan for forebygging av omsorgssvikt\n", 37, 20);
  pd_text t;
  unsigned long before = pd_error_count();
  EXPECT(pd_text_load(path, NULL, &t) == -1);
  EXPECT(pd_error_count() == before + 1);
  unlink(path);
  free(path);
}

TEST(gzip_bomb_capped) {
  size_t n = 4u << 20;
  char *zeros = calloc(1, n);
  char *path = write_gzip(zeros, n, 0);
  pd_limits lim = {1u << 20, 0, PD_DEFAULT_MAX_PAGES};
  pd_text t;
  EXPECT(pd_text_load(path, &lim, &t) == -1);
  pd_limits ratio = {64u << 20, 100, PD_DEFAULT_MAX_PAGES};
  EXPECT(pd_text_load(path, &ratio, &t) == -1);
  pd_limits roomy = {64u << 20, 0, PD_DEFAULT_MAX_PAGES};
  EXPECT(pd_text_load(path, &roomy, &t) == 0);
  EXPECT(t.len == 0); /* NULs removed */
  pd_text_free(&t);
  unlink(path);
  free(path);
  free(zeros);
}

TEST(plain_file_over_cap) {
  char *path = strdup("/tmp/plandiff-test-XXXXXX");
  int fd = mkstemp(path);
  EXPECT(write(fd, "0123456789", 10) == 10);
  close(fd);
  pd_limits lim = {5, 0, PD_DEFAULT_MAX_PAGES};
  pd_text t;
  EXPECT(pd_text_load(path, &lim, &t) == -1);
  unlink(path);
  free(path);
}

TEST(missing_file_is_error) {
  pd_text t;
  EXPECT(pd_text_load("/nonexistent/plan.txt", NULL, &t) == -1);
}

TEST(slug_folds_norwegian_letters) {
  char *s = pd_slug("Nærøysund");
  EXPECT_STR(s, "naeroysund");
  free(s);
  s = pd_slug("Å-Sør Ålesund  kommune");
  EXPECT_STR(s, "a-sor-alesund-kommune");
  free(s);
  s = pd_slug("De utrolige årene");
  EXPECT_STR(s, "de-utrolige-arene");
  free(s);
}

int main(void) {
  pd_diag_set_quiet(1);
  RUN(utf8_plain_and_bom);
  RUN(utf16le_with_bom);
  RUN(utf16be_with_bom);
  RUN(windows_1252_detected);
  RUN(latin1_letters);
  RUN(crlf_and_cr_line_ends);
  RUN(nul_removed_and_counted);
  RUN(invalid_utf8_in_utf8_text_replaced);
  RUN(overlong_and_surrogates_rejected);
  RUN(controls_and_noncharacters);
  RUN(empty_input);
  RUN(gzip_inflated_by_magic);
  RUN(gzip_truncated_is_error);
  RUN(gzip_bomb_capped);
  RUN(plain_file_over_cap);
  RUN(missing_file_is_error);
  RUN(slug_folds_norwegian_letters);
  return harness_done();
}
