/* run_record.c — RUN.tsv: what produced a run's outputs (run_record.h). */
#include "run_record.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/xmlversion.h>
#include <libxslt/xslt.h>
#include <zip.h>

#include "datadir.h"
#include "diag.h"
#include "outfile.h"
#include "report_context.h"
#include "sha256.h"
#include "table.h"

static int S_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct names {
  char **v;
  size_t n, cap;
} names;

/* Adds the regular files under DIR (names relative to the set, after
 * PREFIX). Hidden entries (the set's marker, temporary files) and RUN.tsv
 * itself are left out. */
static void S_walk(const char *dir, const char *prefix, names *out) {
  DIR *d = opendir(dir);
  if (!d)
    return;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || strstr(e->d_name, ".tmp-"))
      continue;
    pd_buf path = PD_BUF_INIT, rel = PD_BUF_INIT;
    pd_buf_printf(&path, "%s/%s", dir, e->d_name);
    pd_buf_printf(&rel, "%s%s", prefix, e->d_name);
    struct stat st;
    if (lstat(path.data, &st) == 0 && S_ISDIR(st.st_mode)) {
      pd_buf_putc(&rel, '/');
      S_walk(path.data, rel.data, out);
    } else if (S_ISREG(st.st_mode) && strcmp(rel.data, "RUN.tsv") != 0) {
      if (out->n == out->cap) {
        out->cap = out->cap ? 2 * out->cap : 64;
        out->v = pd_xrealloc(out->v, out->cap * sizeof(char *));
      }
      out->v[out->n++] = pd_buf_detach(&rel);
    }
    pd_buf_free(&path);
    pd_buf_free(&rel);
  }
  closedir(d);
}

/* One file's row: ROLE, NAME as shown, the digest and size of PATH. */
static int S_file_row(pd_table *t, const char *role, const char *name, const char *path) {
  char hex[PD_SHA256_HEX_SIZE];
  struct stat st;
  if (pd_sha256_file(path, hex) != 0 || stat(path, &st) != 0) {
    pd_error(path, 0, "cannot read for the run record: %s", strerror(errno));
    return -1;
  }
  char size[32];
  snprintf(size, sizeof size, "%lld", (long long)st.st_size);
  const char *cells[] = {role, name, hex, size};
  pd_table_row(t, cells, 4);
  return 0;
}

/* An input's row. One that cannot be read was reported when the run read
 * it (and left out of the reports): its row says so by an empty digest. */
static void S_input_row(pd_table *t, const char *role, const char *path) {
  char hex[PD_SHA256_HEX_SIZE];
  struct stat st;
  if (pd_sha256_file(path, hex) != 0 || stat(path, &st) != 0) {
    const char *cells[] = {role, path, "", ""};
    pd_table_row(t, cells, 4);
    return;
  }
  char size[32];
  snprintf(size, sizeof size, "%lld", (long long)st.st_size);
  const char *cells[] = {role, path, hex, size};
  pd_table_row(t, cells, 4);
}

/* The MANIFEST.tsv beside the inputs (manifest.h: one per folder), each
 * once and in order: it names the municipalities, so it is an input as
 * much as the documents are. */
static void S_manifests(pd_table *t, char *const *inputs, size_t n) {
  char **dirs = pd_xcalloc(n ? n : 1, sizeof(char *));
  for (size_t i = 0; i < n; i++) {
    const char *slash = strrchr(inputs[i], '/');
    pd_buf m = PD_BUF_INIT;
    if (slash)
      pd_buf_printf(&m, "%.*s/MANIFEST.tsv", (int)(slash - inputs[i]), inputs[i]);
    else
      pd_buf_puts(&m, "MANIFEST.tsv");
    dirs[i] = pd_buf_detach(&m);
  }
  qsort(dirs, n, sizeof(char *), S_cmp);
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if ((i == 0 || strcmp(dirs[i], dirs[i - 1]) != 0) && stat(dirs[i], &st) == 0 &&
        S_ISREG(st.st_mode))
      S_input_row(t, "manifest", dirs[i]);
  }
  for (size_t i = 0; i < n; i++)
    free(dirs[i]);
  free(dirs);
}

static void S_row(pd_table *t, const char *role, const char *value) {
  const char *cells[] = {role, value, "", ""};
  pd_table_row(t, cells, 4);
}

/* A row for a library that says its version as one number, "20914" for
 * 2.9.14 (libxml2's xmlParserVersion, libxslt's xsltEngineVersion). */
static void S_version_row(pd_table *t, const char *role, const char *number) {
  long v = strtol(number, NULL, 10);
  char dotted[64];
  snprintf(dotted, sizeof dotted, "%ld.%ld.%ld", v / 10000, v / 100 % 100, v % 100);
  S_row(t, role, dotted);
}

int pd_run_record(pd_buf *table, const char *dir, char *const *inputs, size_t n,
                  const pd_thesaurus *th, const char *thesaurus_given) {
  static const char *const head[] = {"role", "value", "sha256", "bytes"};
  pd_table t;
  pd_table_init(&t, table, PD_TABLE_TSV);
  pd_table_row(&t, head, 4);
  S_row(&t, "plandiff", PLANDIFF_VERSION);
  /* the libraries this process runs with, which may differ from the
   * headers it was built against */
  S_version_row(&t, "libxml2", xmlParserVersion);
  S_version_row(&t, "libxslt", xsltEngineVersion);
  S_row(&t, "libzip", zip_libzip_version());
  char date[11];
  pd_report_date(date);
  S_row(&t, "date", date);
  int rc = 0;
  /* the bundled data by their names in the source tree, not where this
   * installation keeps them, so the record does not depend on the machine */
  const char *shown = thesaurus_given ? thesaurus_given : "thesaurus/thesaurus.xml";
  if (th && S_file_row(&t, "thesaurus", shown, th->path) != 0)
    rc = -1;
  char *reg = pd_data_path("data/kommuner.tsv");
  if (S_file_row(&t, "register", "data/kommuner.tsv", reg) != 0)
    rc = -1;
  free(reg);
  char **sorted = pd_xcalloc(n ? n : 1, sizeof(char *));
  if (n)
    memcpy(sorted, inputs, n * sizeof(char *));
  qsort(sorted, n, sizeof(char *), S_cmp);
  S_manifests(&t, inputs, n);
  for (size_t i = 0; i < n; i++)
    S_input_row(&t, "input", sorted[i]);
  free(sorted);
  names outs = {NULL, 0, 0};
  S_walk(dir, "", &outs);
  if (outs.n)
    qsort(outs.v, outs.n, sizeof(char *), S_cmp);
  for (size_t i = 0; i < outs.n; i++) {
    pd_buf path = PD_BUF_INIT;
    pd_buf_printf(&path, "%s/%s", dir, outs.v[i]);
    if (S_file_row(&t, "output", outs.v[i], path.data) != 0)
      rc = -1;
    pd_buf_free(&path);
    free(outs.v[i]);
  }
  free(outs.v);
  return rc;
}

int pd_run_record_write(const char *dir, char *const *inputs, size_t n, const pd_thesaurus *th,
                        const char *thesaurus_given) {
  pd_buf table = PD_BUF_INIT, path = PD_BUF_INIT;
  int rc = pd_run_record(&table, dir, inputs, n, th, thesaurus_given);
  pd_buf_printf(&path, "%s/RUN.tsv", dir);
  if (pd_write_file(path.data, pd_buf_cstr(&table), table.len) != 0)
    rc = -1;
  pd_buf_free(&table);
  pd_buf_free(&path);
  return rc;
}
