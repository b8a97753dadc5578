/* run_key.c — the key of a report set: a SHA-256 over its inputs, each
 * part named and length-prefixed so no two sets of parts hash alike. */
#include "run_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

#include "buf.h"
#include "datadir.h"
#include "input.h"
#include "outfile.h"
#include "report_context.h"

#ifndef PLANDIFF_VERSION
#define PLANDIFF_VERSION "0"
#endif

static const char KEY_FILE[] = ".plandiff-run-key";

/* The stylesheets the pages are written with (render.c loads them). */
static const char *const SHEETS[] = {"common", "index",     "municipality",
                                     "pair",   "programme", "source"};

static int S_strcmp_p(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void S_part(pd_run_key *k, const char *label, const void *data, size_t len) {
  char head[64];
  int n = snprintf(head, sizeof head, "%s %zu\n", label, len);
  pd_sha256_update(&k->h, head, (size_t)n);
  pd_sha256_update(&k->h, data, len);
}

static void S_file(pd_run_key *k, const char *label, const char *path) {
  char hex[PD_SHA256_HEX_SIZE];
  if (!path || pd_sha256_file(path, hex) != 0) {
    k->bad = 1;
    return;
  }
  S_part(k, label, hex, strlen(hex));
}

static void S_data(pd_run_key *k, const char *label, const char *rel) {
  char *path = pd_data_path(rel);
  S_file(k, label, path);
  free(path);
}

void pd_run_key_init(pd_run_key *k, const char *thesaurus, const char *lang) {
  memset(k, 0, sizeof *k);
  pd_sha256_init(&k->h);
  S_part(k, "version", PLANDIFF_VERSION, strlen(PLANDIFF_VERSION));
  /* a rebuild of the same version is another program */
  S_file(k, "exe", "/proc/self/exe");
  if (thesaurus)
    S_file(k, "thesaurus", thesaurus);
  S_data(k, "vocabulary", "thesaurus/thesaurus.xml");
  S_data(k, "register", "data/kommuner.tsv");
  S_data(k, "schema", "schema/comparison.rng");
  for (size_t i = 0; i < sizeof SHEETS / sizeof SHEETS[0]; i++) {
    char rel[64];
    snprintf(rel, sizeof rel, "xslt/%s.xsl", SHEETS[i]);
    S_data(k, "sheet", rel);
  }
  S_part(k, "lang", lang ? lang : "nb", strlen(lang ? lang : "nb"));
  char date[11];
  pd_report_date(date);
  S_part(k, "date", date, strlen(date));
}

void pd_run_key_add(pd_run_key *k, const char *name, const void *bytes, size_t len) {
  S_part(k, "plan", name, strlen(name));
  S_part(k, "bytes", bytes, len);
}

void pd_run_key_add_source(pd_run_key *k, const char *path) {
  S_part(k, "source", path, strlen(path));
  S_file(k, "source-bytes", path);
}

void pd_run_key_finish(pd_run_key *k, char hex[PD_SHA256_HEX_SIZE]) {
  unsigned char digest[PD_SHA256_SIZE];
  pd_sha256_final(&k->h, digest);
  if (k->bad)
    hex[0] = '\0';
  else
    pd_sha256_to_hex(digest, hex);
}

/* Lists every entry below DIR/REL, sorted, as "d PATH" or "f SIZE PATH"
 * lines into OUT; a link or special file lists as "? PATH". The set's own
 * hidden files at its top (this key, outdir.c's marker) are left out. */
static void S_list(const char *dir, const char *rel, pd_buf *out) {
  pd_buf path = PD_BUF_INIT;
  pd_buf_printf(&path, "%s%s%s", dir, *rel ? "/" : "", rel);
  DIR *d = opendir(path.data);
  pd_buf_free(&path);
  if (!d)
    return;
  char **names = NULL;
  size_t n = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
        (!*rel && e->d_name[0] == '.'))
      continue;
    names = pd_xrealloc(names, (n + 1) * sizeof *names);
    names[n++] = pd_xstrdup(e->d_name);
  }
  closedir(d);
  if (n > 1)
    qsort(names, n, sizeof *names, S_strcmp_p);
  for (size_t i = 0; i < n; i++) {
    pd_buf sub = PD_BUF_INIT, full = PD_BUF_INIT;
    pd_buf_printf(&sub, "%s%s%s", rel, *rel ? "/" : "", names[i]);
    pd_buf_printf(&full, "%s/%s", dir, sub.data);
    struct stat st;
    if (lstat(full.data, &st) != 0 || (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))) {
      pd_buf_printf(out, "? %s\n", sub.data);
    } else if (S_ISDIR(st.st_mode)) {
      pd_buf_printf(out, "d %s\n", sub.data);
      S_list(dir, sub.data, out);
    } else {
      pd_buf_printf(out, "f %lld %s\n", (long long)st.st_size, sub.data);
    }
    pd_buf_free(&sub);
    pd_buf_free(&full);
    free(names[i]);
  }
  free(names);
}

int pd_run_key_matches(const char *outdir, const char *hex) {
  if (!hex || !*hex)
    return 0;
  pd_buf path = PD_BUF_INIT, bytes = PD_BUF_INIT, want = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", outdir, KEY_FILE);
  struct stat st;
  int same = lstat(path.data, &st) == 0 && S_ISREG(st.st_mode) &&
             pd_bytes_load(path.data, NULL, &bytes, NULL) == 0;
  /* the key, then the set as it was written: no file added, removed,
   * resized or turned into a link since */
  pd_buf_printf(&want, "%s\n", hex);
  S_list(outdir, "", &want);
  same = same && bytes.len == want.len && memcmp(bytes.data, want.data, want.len) == 0;
  pd_buf_free(&path);
  pd_buf_free(&bytes);
  pd_buf_free(&want);
  return same;
}

int pd_run_key_write(const char *stage, const char *hex) {
  if (!*hex)
    return 0; /* nothing to compare against next time */
  pd_buf path = PD_BUF_INIT, text = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", stage, KEY_FILE);
  pd_buf_printf(&text, "%s\n", hex);
  S_list(stage, "", &text);
  int rc = pd_write_file(path.data, text.data, text.len);
  pd_buf_free(&path);
  pd_buf_free(&text);
  return rc == 0 ? 0 : -1;
}
