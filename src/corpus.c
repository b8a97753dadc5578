/* corpus.c — collect the documents of a corpus from files and folders. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "diag.h"

static int S_ends_with(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

static const char *const ENDINGS[] = {".txt", ".md",   ".markdown", ".html", ".htm",
                                      ".pdf", ".docx", ".odt",      NULL};

int pd_corpus_is_document(const char *name) {
  size_t n = strlen(name);
  if (S_ends_with(name, n, ".gz"))
    n -= 3;
  for (int i = 0; ENDINGS[i]; i++)
    if (S_ends_with(name, n, ENDINGS[i]))
      return 1;
  return n != strlen(name); /* a bare .gz */
}

size_t pd_document_stem(const char *base) {
  size_t n = strlen(base);
  if (S_ends_with(base, n, ".gz"))
    n -= 3;
  for (int i = 0; ENDINGS[i]; i++)
    if (S_ends_with(base, n, ENDINGS[i]) && n > strlen(ENDINGS[i])) {
      n -= strlen(ENDINGS[i]);
      break;
    }
  return n ? n : strlen(base);
}

static void S_add(pd_corpus *corpus, const char *path) {
  corpus->paths = pd_xrealloc(corpus->paths, (corpus->count + 1) * sizeof *corpus->paths);
  corpus->paths[corpus->count++] = pd_xstrdup(path);
}

/* Walks DIR; depth-limited so a pathological tree cannot exhaust the stack. */
static int S_walk(pd_corpus *corpus, const char *dir, int depth) {
  if (depth > 64) {
    pd_error(dir, 0, "folders nested too deeply; not read");
    return 1;
  }
  DIR *d = opendir(dir);
  if (!d) {
    pd_error(dir, 0, "cannot list folder: %s", strerror(errno));
    return 1;
  }
  int failures = 0;
  struct dirent *e;
  pd_buf path = PD_BUF_INIT;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || strcmp(e->d_name, "MANIFEST.tsv") == 0)
      continue;
    pd_buf_truncate(&path, 0);
    pd_buf_printf(&path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
    struct stat st;
    if (lstat(path.data, &st) != 0)
      continue;
    if (S_ISDIR(st.st_mode))
      failures += S_walk(corpus, path.data, depth + 1);
    else if ((S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) && pd_corpus_is_document(e->d_name))
      S_add(corpus, path.data);
    else if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))
      pd_warning(path.data, 0,
                 "skipped: not a document by its name (.txt, .md, .html, .pdf, .docx, .odt, "
                 "optionally .gz)");
  }
  closedir(d);
  pd_buf_free(&path);
  return failures;
}

static int S_compare(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int pd_corpus_collect(pd_corpus *corpus, char *const *paths, size_t npaths) {
  int failures = 0;
  size_t first = corpus->count;
  for (size_t i = 0; i < npaths; i++) {
    struct stat st;
    memset(&st, 0, sizeof st);
    int is_stdin = strcmp(paths[i], "-") == 0;
    if (!is_stdin && stat(paths[i], &st) != 0) {
      pd_error(paths[i], 0, "cannot open: %s", strerror(errno));
      failures++;
    } else if (!is_stdin && S_ISDIR(st.st_mode)) {
      failures += S_walk(corpus, paths[i], 0);
    } else {
      S_add(corpus, paths[i]);
    }
  }
  if (corpus->count > first)
    qsort(corpus->paths + first, corpus->count - first, sizeof *corpus->paths, S_compare);
  return failures;
}

void pd_corpus_free(pd_corpus *corpus) {
  for (size_t i = 0; i < corpus->count; i++)
    free(corpus->paths[i]);
  free(corpus->paths);
  corpus->paths = NULL;
  corpus->count = 0;
}
