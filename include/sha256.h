/* sha256.h — SHA-256 (FIPS 180-4, section 6.2) for provenance stamps,
 * content-derived identifiers and caches.
 *
 *   pd_sha256 h;
 *   pd_sha256_init(&h);
 *   pd_sha256_update(&h, bytes, n);   // any number of times, any sizes
 *   pd_sha256_final(&h, digest);      // 32 bytes, big-endian words
 *
 * or in one call: pd_sha256_hex(bytes, n, hex) / pd_sha256_file(path, hex).
 * Hex digests are 64 lower-case characters plus NUL (PD_SHA256_HEX_SIZE).
 * Nothing here allocates; a pd_sha256 lives wherever the caller puts it.
 */
#ifndef PLANDIFF_SHA256_H
#define PLANDIFF_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define PD_SHA256_SIZE 32
#define PD_SHA256_HEX_SIZE 65

typedef struct pd_sha256 {
  uint32_t state[8];       /* H0..H7 of the running hash */
  uint64_t length;         /* message length so far, in bytes */
  unsigned char block[64]; /* the incomplete block */
  size_t used;             /* bytes in block */
} pd_sha256;

void pd_sha256_init(pd_sha256 *h);
void pd_sha256_update(pd_sha256 *h, const void *data, size_t len);
/* Pads, finishes and writes the digest; h must be re-initialised before reuse. */
void pd_sha256_final(pd_sha256 *h, unsigned char digest[PD_SHA256_SIZE]);

/* Lower-case hex of DIGEST into HEX (PD_SHA256_HEX_SIZE bytes). */
void pd_sha256_to_hex(const unsigned char digest[PD_SHA256_SIZE], char hex[PD_SHA256_HEX_SIZE]);
/* SHA-256 of LEN bytes at DATA, as hex. */
void pd_sha256_hex(const void *data, size_t len, char hex[PD_SHA256_HEX_SIZE]);
/* SHA-256 of the file at PATH, as hex, read in blocks (any size of file).
 * Returns 0, or -1 with errno set when the file cannot be opened or read
 * (hex is then the empty string). */
int pd_sha256_file(const char *path, char hex[PD_SHA256_HEX_SIZE]);

#endif
