/* cache.c — the cache of normalised plans (see cache.h for what a key
 * covers and where the cache lives).
 *
 * The program's part of every key (version, executable, thesaurus, register,
 * schema) is hashed once when the cache is opened; a document's key adds its
 * own parts to a copy of that state. The MANIFEST.tsv beside documents is
 * hashed once per folder (the last folder is remembered: a corpus is
 * sorted, so its documents come folder by folder). */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlversion.h>

#include "datadir.h"
#include "diag.h"
#include "outfile.h"

#ifndef PLANDIFF_VERSION
#define PLANDIFF_VERSION "0"
#endif

/* Bumped when the entry layout or the key's recipe changes. */
#define CACHE_FORMAT "plandiff-cache 1"

struct pd_cache {
  char *dir;
  pd_sha256 program;  /* the program's part of every key */
  char *manifest_dir; /* the folder whose manifest hash is below */
  char manifest_hex[PD_SHA256_HEX_SIZE];
  int warned;
};

/* Feeds a labelled, length-prefixed field, so no two different field lists
 * can hash alike. */
static void S_field(pd_sha256 *h, const char *label, const void *data, size_t len) {
  char head[64];
  int n = snprintf(head, sizeof head, "%s %zu:", label, len);
  pd_sha256_update(h, head, (size_t)n);
  if (len)
    pd_sha256_update(h, data, len);
}

static void S_str(pd_sha256 *h, const char *label, const char *s) {
  S_field(h, label, s ? s : "", s ? strlen(s) : 0);
  pd_sha256_update(h, s ? "+" : "-", 1); /* unset differs from empty */
}

/* Hashes the regular file at PATH into HEX without ever waiting on it (a
 * FIFO or device is refused unopened-for-reading). Fills STAMP when given.
 * Returns 0 or -1. */
static int S_hash_file(const char *path, char hex[PD_SHA256_HEX_SIZE], pd_cache_stamp *stamp) {
  hex[0] = '\0';
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return -1;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return -1;
  }
  pd_sha256 h;
  pd_sha256_init(&h);
  static unsigned char chunk[1 << 16];
  ssize_t r;
  while ((r = read(fd, chunk, sizeof chunk)) != 0) {
    if (r < 0) {
      if (errno == EINTR)
        continue;
      close(fd);
      return -1;
    }
    pd_sha256_update(&h, chunk, (size_t)r);
  }
  close(fd);
  unsigned char digest[PD_SHA256_SIZE];
  pd_sha256_final(&h, digest);
  pd_sha256_to_hex(digest, hex);
  if (stamp) {
    stamp->size = (long long)st.st_size;
    stamp->ino = (long long)st.st_ino;
    stamp->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
    stamp->ctime_ns = (long long)st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec;
  }
  return 0;
}

int pd_cache_stamp_same(const char *path, const pd_cache_stamp *stamp) {
  struct stat st;
  if (stat(path, &st) != 0)
    return 0;
  return stamp->size == (long long)st.st_size && stamp->ino == (long long)st.st_ino &&
         stamp->mtime_ns == (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec &&
         stamp->ctime_ns == (long long)st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec;
}

/* Adds the hash of a data file (absent: said so) to H. */
static int S_data_file(pd_sha256 *h, const char *label, const char *path) {
  char hex[PD_SHA256_HEX_SIZE];
  if (S_hash_file(path, hex, NULL) != 0)
    return -1;
  S_str(h, label, hex);
  return 0;
}

char *pd_cache_dir(const char *dir) {
  if (dir)
    return pd_xstrdup(dir);
  pd_buf b = PD_BUF_INIT;
  const char *xdg = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  if (xdg && xdg[0] == '/')
    pd_buf_printf(&b, "%s/plandiff", xdg);
  else if (home && *home)
    pd_buf_printf(&b, "%s/.cache/plandiff", home);
  else
    return NULL;
  return pd_buf_detach(&b);
}

/* mkdir -p without messages: a cache that cannot be made is only warned
 * about once, by the caller. */
static int S_mkdirs(const char *dir) {
  char *p = pd_xstrdup(dir);
  int rc = 0;
  for (char *s = p + 1;; s++) {
    if (*s == '/' || *s == '\0') {
      char saved = *s;
      *s = '\0';
      if (mkdir(p, 0700) != 0 && errno != EEXIST)
        rc = -1;
      *s = saved;
      if (!saved || rc)
        break;
    }
  }
  free(p);
  return rc;
}

pd_cache *pd_cache_open(const char *dir, const char *thesaurus) {
  char *where = pd_cache_dir(dir);
  if (!where) {
    pd_warning(NULL, 0, "no cache: neither XDG_CACHE_HOME nor HOME is set (give --cache DIR)");
    return NULL;
  }
  pd_buf plans = PD_BUF_INIT;
  pd_buf_printf(&plans, "%s/plans", where);
  if (S_mkdirs(plans.data) != 0 || access(plans.data, W_OK | X_OK) != 0) {
    pd_warning(where, 0, "cache folder cannot be written (%s); going on without a cache",
               strerror(errno));
    pd_buf_free(&plans);
    free(where);
    return NULL;
  }
  pd_buf_free(&plans);
  pd_cache *c = pd_xcalloc(1, sizeof *c);
  c->dir = where;
  pd_sha256_init(&c->program);
  S_str(&c->program, "format", CACHE_FORMAT);
  S_str(&c->program, "version", PLANDIFF_VERSION);
  S_str(&c->program, "libxml2", LIBXML_DOTTED_VERSION);
  char *th = thesaurus ? pd_xstrdup(thesaurus) : pd_data_path("thesaurus/thesaurus.xml");
  char *reg = pd_data_path("data/kommuner.tsv");
  char *rng = pd_data_path("schema/plan.rng");
  /* The executable itself: a rebuild of the same version is another program. */
  int bad = S_data_file(&c->program, "exe", "/proc/self/exe") != 0 ||
            S_data_file(&c->program, "thesaurus", th) != 0 ||
            S_data_file(&c->program, "register", reg) != 0 ||
            S_data_file(&c->program, "schema", rng) != 0;
  free(th);
  free(reg);
  free(rng);
  if (bad) {
    /* The reading itself will report a missing thesaurus; a program that
     * cannot tell what it is made of cannot key a cache. */
    pd_cache_free(c);
    return NULL;
  }
  return c;
}

void pd_cache_free(pd_cache *c) {
  if (!c)
    return;
  free(c->dir);
  free(c->manifest_dir);
  free(c);
}

/* The hash of the MANIFEST.tsv beside PATH ("" when there is none). */
static const char *S_manifest_hash(pd_cache *c, const char *path) {
  const char *slash = strrchr(path, '/');
  size_t dirlen = slash ? (size_t)(slash - path) : 0;
  if (c->manifest_dir && strlen(c->manifest_dir) == dirlen &&
      strncmp(c->manifest_dir, path, dirlen) == 0)
    return c->manifest_hex;
  free(c->manifest_dir);
  c->manifest_dir = pd_xstrndup(path, dirlen);
  pd_buf m = PD_BUF_INIT;
  pd_buf_printf(&m, "%s%sMANIFEST.tsv", c->manifest_dir, slash ? "/" : "");
  if (S_hash_file(m.data, c->manifest_hex, NULL) != 0)
    c->manifest_hex[0] = '\0';
  pd_buf_free(&m);
  return c->manifest_hex;
}

int pd_cache_key(pd_cache *c, const char *path, const pd_docmeta *meta, const pd_limits *limits,
                 int quiet, char key[PD_SHA256_HEX_SIZE], pd_cache_stamp *stamp) {
  key[0] = '\0';
  char doc[PD_SHA256_HEX_SIZE];
  if (strcmp(path, "-") == 0 || S_hash_file(path, doc, stamp) != 0)
    return -1;
  pd_sha256 h = c->program;
  char lim[128];
  snprintf(lim, sizeof lim, "%zu %u %lu %d", limits->max_bytes, limits->max_gzip_ratio,
           limits->max_pages, quiet);
  S_str(&h, "options", lim);
  S_str(&h, "municipality", meta->municipality);
  S_str(&h, "name", meta->municipality_name);
  S_str(&h, "kommunenummer", meta->kommunenummer);
  S_str(&h, "county", meta->county);
  S_str(&h, "doc_type", meta->doc_type);
  snprintf(lim, sizeof lim, "%d", meta->year);
  S_str(&h, "year", lim);
  S_str(&h, "manifest", S_manifest_hash(c, path));
  S_str(&h, "path", path);
  S_str(&h, "document", doc);
  unsigned char digest[PD_SHA256_SIZE];
  pd_sha256_final(&h, digest);
  pd_sha256_to_hex(digest, key);
  return 0;
}

static char *S_entry_path(const pd_cache *c, const char *key) {
  pd_buf p = PD_BUF_INIT;
  pd_buf_printf(&p, "%s/plans/%.2s/%s", c->dir, key, key);
  return pd_buf_detach(&p);
}

/* The checksum line of an entry: SHA-256 over both lengths and bodies. */
static void S_checksum(const char *m, size_t mlen, const char *p, size_t plen,
                       char hex[PD_SHA256_HEX_SIZE]) {
  pd_sha256 h;
  pd_sha256_init(&h);
  S_field(&h, "messages", m, mlen);
  S_field(&h, "plan", p, plen);
  unsigned char digest[PD_SHA256_SIZE];
  pd_sha256_final(&h, digest);
  pd_sha256_to_hex(digest, hex);
}

int pd_cache_get(const pd_cache *c, const char *key, pd_buf *plan, pd_buf *messages) {
  char *path = S_entry_path(c, key);
  FILE *f = fopen(path, "rb");
  free(path);
  if (!f)
    return 0;
  char head[256];
  char sum[PD_SHA256_HEX_SIZE], want[PD_SHA256_HEX_SIZE];
  size_t mlen = 0, plen = 0;
  int hit = 0;
  /* CACHE_FORMAT \n CHECKSUM \n MLEN PLEN \n MESSAGES PLAN */
  if (fgets(head, sizeof head, f) && strcmp(head, CACHE_FORMAT "\n") == 0 &&
      fscanf(f, "%64s\n%zu %zu", want, &mlen, &plen) == 3 && fgetc(f) == '\n' &&
      mlen < ((size_t)1 << 30) && plen < ((size_t)1 << 31)) {
    char *body = malloc(mlen + plen + 1);
    if (body && fread(body, 1, mlen + plen, f) == mlen + plen && fgetc(f) == EOF) {
      S_checksum(body, mlen, body + mlen, plen, sum);
      if (strcmp(sum, want) == 0) {
        pd_buf_put(messages, body, mlen);
        pd_buf_put(plan, body + mlen, plen);
        hit = 1;
      }
    }
    free(body);
  }
  fclose(f);
  return hit;
}

void pd_cache_put(pd_cache *c, const char *key, const pd_buf *plan, const pd_buf *messages) {
  pd_buf dir = PD_BUF_INIT;
  pd_buf_printf(&dir, "%s/plans/%.2s", c->dir, key);
  if (S_mkdirs(dir.data) != 0) {
    if (!c->warned++)
      pd_warning(dir.data, 0, "cannot create cache folder: %s", strerror(errno));
    pd_buf_free(&dir);
    return;
  }
  pd_buf_free(&dir);
  char sum[PD_SHA256_HEX_SIZE];
  S_checksum(messages->data, messages->len, plan->data, plan->len, sum);
  pd_buf e = PD_BUF_INIT;
  pd_buf_printf(&e, "%s\n%s\n%zu %zu\n", CACHE_FORMAT, sum, messages->len, plan->len);
  pd_buf_put(&e, messages->data, messages->len);
  pd_buf_put(&e, plan->data, plan->len);
  char *path = S_entry_path(c, key);
  pd_write_file(path, e.data, e.len);
  free(path);
  pd_buf_free(&e);
}
