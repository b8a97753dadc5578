/* test_sha256.c — SHA-256 against the FIPS 180-4 example messages and the
 * padding edges (lengths around 55/56/64 bytes, values from coreutils
 * sha256sum), fed whole and in every slicing of a few sizes. */
#include <errno.h>
#include <stdlib.h>

#include "harness.h"
#include "sha256.h"

static const char *hex_of(const char *s) {
  static char hex[PD_SHA256_HEX_SIZE];
  pd_sha256_hex(s, strlen(s), hex);
  return hex;
}

TEST(standard_vectors) {
  EXPECT_STR(hex_of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_STR(hex_of("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_STR(hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_STR(
      hex_of("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
             "klmnopqrlmnopqrsmnopqrstnopqrstu"),
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(million_a_in_odd_pieces) {
  static char chunk[997]; /* a prime, so pieces straddle every block edge */
  memset(chunk, 'a', sizeof chunk);
  pd_sha256 h;
  pd_sha256_init(&h);
  size_t left = 1000000;
  while (left) {
    size_t n = left < sizeof chunk ? left : sizeof chunk;
    pd_sha256_update(&h, chunk, n);
    left -= n;
  }
  unsigned char digest[PD_SHA256_SIZE];
  char hex[PD_SHA256_HEX_SIZE];
  pd_sha256_final(&h, digest);
  pd_sha256_to_hex(digest, hex);
  EXPECT_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths where the padding needs one block or spills into a second. */
TEST(padding_edges) {
  static const struct {
    size_t len;
    const char *hex;
  } cases[] = {
      {55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
      {56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
      {57, "ae14a2563ccf969d99aca69ce6bb74981f734bbf9f655f73b8f06db68cab5217"},
      {63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
      {64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
      {65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"},
      {119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"},
      {120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"},
      {127, "70156a14adbabf98cff3a71c7084b417abf057a8efd27329ca36b7202c87d81f"},
      {128, "24da1b81d0b16df6428eee73c69fcb2a93c76bc6df706f0c6670fe6bfe800464"},
  };
  char xs[128];
  memset(xs, 'x', sizeof xs);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char hex[PD_SHA256_HEX_SIZE];
    pd_sha256_hex(xs, cases[i].len, hex);
    EXPECT_STR(hex, cases[i].hex);
    /* the same message split at every position gives the same digest */
    for (size_t cut = 0; cut <= cases[i].len; cut++) {
      pd_sha256 h;
      unsigned char digest[PD_SHA256_SIZE];
      char split[PD_SHA256_HEX_SIZE];
      pd_sha256_init(&h);
      pd_sha256_update(&h, xs, cut);
      pd_sha256_update(&h, xs + cut, cases[i].len - cut);
      pd_sha256_final(&h, digest);
      pd_sha256_to_hex(digest, split);
      EXPECT(strcmp(split, cases[i].hex) == 0);
    }
  }
}

TEST(file_digest_matches_memory) {
  char path[] = "/tmp/plandiff-sha256-XXXXXX";
  int fd = mkstemp(path);
  EXPECT(fd >= 0);
  if (fd < 0)
    return;
  FILE *f = fdopen(fd, "wb");
  /* larger than the read buffer, so the file is read in several pieces */
  size_t len = 200000;
  char *data = malloc(len);
  for (size_t i = 0; i < len; i++)
    data[i] = (char)(i * 7 + i / 251);
  fwrite(data, 1, len, f);
  fclose(f);
  char from_file[PD_SHA256_HEX_SIZE], from_memory[PD_SHA256_HEX_SIZE];
  EXPECT(pd_sha256_file(path, from_file) == 0);
  pd_sha256_hex(data, len, from_memory);
  EXPECT_STR(from_file, from_memory);
  remove(path);
  free(data);
  errno = 0;
  EXPECT(pd_sha256_file(path, from_file) == -1);
  EXPECT(errno == ENOENT);
  EXPECT_STR(from_file, "");
}

int main(void) {
  RUN(standard_vectors);
  RUN(million_a_in_odd_pieces);
  RUN(padding_edges);
  RUN(file_digest_matches_memory);
  return harness_done();
}
