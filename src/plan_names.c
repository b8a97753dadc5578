/* plan_names.c — unique, stable names for the plans of a run. */
#include "plan_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "sha256.h"
#include "utf8.h"

static char *S_stem(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = pd_document_stem(base);
  pd_buf out = PD_BUF_INIT;
  const unsigned char *p = (const unsigned char *)base, *end = p + n;
  while (p < end) {
    size_t k = pd_utf8_len(p, (size_t)(end - p));
    if (k == 0 || (k == 1 && (*p <= ' ' || *p == 0x7F || *p == '/' || *p == '\\'))) {
      pd_buf_putc(&out, '_');
      p++;
    } else {
      pd_buf_put(&out, p, k);
      p += k;
    }
  }
  if (!out.len)
    pd_buf_puts(&out, "plan");
  if (out.data[0] == '.')
    out.data[0] = '_';
  return pd_buf_detach(&out);
}

typedef struct entry {
  const char *name;
  size_t index;
} entry;

static int S_by_name(const void *a, const void *b) {
  const entry *x = a, *y = b;
  int c = strcmp(x->name, y->name);
  return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Sets MARK[i] for every name equal to another; returns how many. */
static size_t S_mark_collisions(char **names, size_t n, unsigned char *mark) {
  entry *e = pd_xcalloc(n ? n : 1, sizeof *e);
  for (size_t i = 0; i < n; i++)
    e[i] = (entry){names[i], i};
  qsort(e, n, sizeof *e, S_by_name);
  size_t marked = 0;
  for (size_t i = 0; i < n; i++) {
    int dup = (i > 0 && strcmp(e[i].name, e[i - 1].name) == 0) ||
              (i + 1 < n && strcmp(e[i].name, e[i + 1].name) == 0);
    mark[e[i].index] = (unsigned char)dup;
    marked += (size_t)dup;
  }
  free(e);
  return marked;
}

char **pd_plan_names(char *const *paths, size_t n) {
  char **names = pd_xcalloc(n ? n : 1, sizeof *names);
  unsigned char *mark = pd_xcalloc(n ? n : 1, 1);
  for (size_t i = 0; i < n; i++)
    names[i] = S_stem(paths[i]);
  if (S_mark_collisions(names, n, mark)) {
    for (size_t i = 0; i < n; i++) {
      if (!mark[i])
        continue;
      char hex[PD_SHA256_HEX_SIZE];
      pd_sha256_hex(paths[i], strlen(paths[i]), hex);
      pd_buf b = PD_BUF_INIT;
      pd_buf_printf(&b, "%s-%.8s", names[i], hex);
      free(names[i]);
      names[i] = pd_buf_detach(&b);
    }
    /* Two paths whose hashes share 8 digits, or a hashed name equal to
     * another plan's stem: numbered, in path order (practically never). */
    for (unsigned round = 2; S_mark_collisions(names, n, mark); round++) {
      int first = 1;
      for (size_t i = 0; i < n; i++) {
        if (!mark[i])
          continue;
        if (first) { /* one keeps its name each round; the others move on */
          first = 0;
          continue;
        }
        pd_buf b = PD_BUF_INIT;
        pd_buf_printf(&b, "%s-%u", names[i], round);
        free(names[i]);
        names[i] = pd_buf_detach(&b);
      }
    }
  }
  for (size_t i = 0; i < n; i++) {
    pd_buf b = PD_BUF_INIT;
    pd_buf_printf(&b, "%s.xml", names[i]);
    free(names[i]);
    names[i] = pd_buf_detach(&b);
  }
  free(mark);
  return names;
}

void pd_plan_names_free(char **names, size_t n) {
  if (!names)
    return;
  for (size_t i = 0; i < n; i++)
    free(names[i]);
  free(names);
}
