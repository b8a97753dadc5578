/* sha256.c — SHA-256 as FIPS 180-4 describes it (sections 4.1.2, 4.2.2,
 * 5.1.1, 5.3.3 and 6.2.2), written for plandiff.
 *
 * The message is consumed in 64-byte blocks; a partial block waits in
 * h->block until more bytes or pd_sha256_final arrive, so callers may feed
 * any slicing of the message and get the same digest. All arithmetic is on
 * uint32_t, whose wrap-around is the "addition modulo 2^32" of the standard.
 */
#include "sha256.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Section 4.2.2: the first 32 bits of the fractional parts of the cube roots
 * of the first 64 primes. */
static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

/* Section 5.3.3: the first 32 bits of the fractional parts of the square
 * roots of the first 8 primes. */
static const uint32_t H0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* Section 4.1.2, functions (4.2)-(4.7). */
static uint32_t ch(uint32_t x, uint32_t y, uint32_t z) { return (x & y) ^ (~x & z); }
static uint32_t maj(uint32_t x, uint32_t y, uint32_t z) { return (x & y) ^ (x & z) ^ (y & z); }
static uint32_t big_sigma0(uint32_t x) { return rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22); }
static uint32_t big_sigma1(uint32_t x) { return rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25); }
static uint32_t small_sigma0(uint32_t x) { return rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3); }
static uint32_t small_sigma1(uint32_t x) { return rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10); }

/* Section 6.2.2: one 512-bit block into the hash state. */
static void compress(uint32_t state[8], const unsigned char block[64]) {
  uint32_t w[64];
  for (size_t t = 0; t < 16; t++) /* big-endian words (section 3.1) */
    w[t] = (uint32_t)block[4 * t] << 24 | (uint32_t)block[4 * t + 1] << 16 |
           (uint32_t)block[4 * t + 2] << 8 | (uint32_t)block[4 * t + 3];
  for (size_t t = 16; t < 64; t++)
    w[t] = small_sigma1(w[t - 2]) + w[t - 7] + small_sigma0(w[t - 15]) + w[t - 16];

  uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  for (size_t t = 0; t < 64; t++) {
    uint32_t t1 = h + big_sigma1(e) + ch(e, f, g) + K[t] + w[t];
    uint32_t t2 = big_sigma0(a) + maj(a, b, c);
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

void pd_sha256_init(pd_sha256 *h) {
  memcpy(h->state, H0, sizeof H0);
  h->length = 0;
  h->used = 0;
}

void pd_sha256_update(pd_sha256 *h, const void *data, size_t len) {
  const unsigned char *p = data;
  h->length += len;
  if (h->used) { /* top up the waiting block first */
    size_t take = 64 - h->used < len ? 64 - h->used : len;
    memcpy(h->block + h->used, p, take);
    h->used += take;
    p += take;
    len -= take;
    if (h->used < 64)
      return;
    compress(h->state, h->block);
    h->used = 0;
  }
  for (; len >= 64; p += 64, len -= 64)
    compress(h->state, p);
  if (len) {
    memcpy(h->block, p, len);
    h->used = len;
  }
}

/* Section 5.1.1: a 1 bit, zeros up to 448 mod 512 bits, then the message
 * length in bits as a 64-bit big-endian number. */
void pd_sha256_final(pd_sha256 *h, unsigned char digest[PD_SHA256_SIZE]) {
  uint64_t bits = h->length * 8;
  h->block[h->used++] = 0x80;
  if (h->used > 56) { /* no room for the length: pad out this block */
    memset(h->block + h->used, 0, 64 - h->used);
    compress(h->state, h->block);
    h->used = 0;
  }
  memset(h->block + h->used, 0, 56 - h->used);
  for (size_t i = 0; i < 8; i++)
    h->block[56 + i] = (unsigned char)(bits >> (56 - 8 * i));
  compress(h->state, h->block);
  for (size_t i = 0; i < 8; i++) {
    digest[4 * i] = (unsigned char)(h->state[i] >> 24);
    digest[4 * i + 1] = (unsigned char)(h->state[i] >> 16);
    digest[4 * i + 2] = (unsigned char)(h->state[i] >> 8);
    digest[4 * i + 3] = (unsigned char)h->state[i];
  }
  h->used = 0;
}

void pd_sha256_to_hex(const unsigned char digest[PD_SHA256_SIZE], char hex[PD_SHA256_HEX_SIZE]) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < PD_SHA256_SIZE; i++) {
    hex[2 * i] = digits[digest[i] >> 4];
    hex[2 * i + 1] = digits[digest[i] & 15];
  }
  hex[(size_t)2 * PD_SHA256_SIZE] = '\0';
}

void pd_sha256_hex(const void *data, size_t len, char hex[PD_SHA256_HEX_SIZE]) {
  pd_sha256 h;
  unsigned char digest[PD_SHA256_SIZE];
  pd_sha256_init(&h);
  pd_sha256_update(&h, data, len);
  pd_sha256_final(&h, digest);
  pd_sha256_to_hex(digest, hex);
}

int pd_sha256_file(const char *path, char hex[PD_SHA256_HEX_SIZE]) {
  hex[0] = '\0';
  FILE *f = fopen(path, "rb");
  if (!f)
    return -1;
  pd_sha256 h;
  pd_sha256_init(&h);
  unsigned char chunk[1 << 16];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    pd_sha256_update(&h, chunk, n);
  int failed = ferror(f);
  int saved = errno;
  fclose(f);
  if (failed) {
    errno = saved ? saved : EIO;
    return -1;
  }
  unsigned char digest[PD_SHA256_SIZE];
  pd_sha256_final(&h, digest);
  pd_sha256_to_hex(digest, hex);
  return 0;
}
