/* corpus.c — collect the documents of a corpus from files and folders. */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "fileinfo.h"

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

static int S_skipped(const pd_corpus *corpus, const struct stat *st) {
  for (size_t i = 0; i < corpus->nskip; i++)
    if (corpus->skip[i].dev == st->st_dev && corpus->skip[i].ino == st->st_ino)
      return 1;
  return 0;
}

void pd_corpus_skip(pd_corpus *corpus, const char *dir) {
  struct stat st;
  if (stat(dir, &st) != 0)
    return;
  corpus->skip = pd_xrealloc(corpus->skip, (corpus->nskip + 1) * sizeof *corpus->skip);
  corpus->skip[corpus->nskip].dev = st.st_dev;
  corpus->skip[corpus->nskip].ino = st.st_ino;
  corpus->nskip++;
}

/* A link inside a walked folder: followed only to a regular file, and a
 * warning says so when that file lies outside the folder given (ROOT_REAL).
 * A link to a folder is not followed (a loop cannot trap the walk). */
static int S_link(pd_corpus *corpus, const char *path, const char *name, const char *root_real) {
  struct stat st;
  if (stat(path, &st) != 0) {
    pd_warning(path, 0, "skipped: a link to nothing (%s)", strerror(errno));
    return 0;
  }
  if (S_ISDIR(st.st_mode) || !pd_corpus_is_document(name))
    return 0;
  if (!S_ISREG(st.st_mode)) {
    pd_error(path, 0, "not a regular file (a link to %s); not read", pd_file_kind(st.st_mode));
    return 1;
  }
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  int kernel = fd >= 0 && pd_fd_on_kernel_fs(fd);
  if (fd >= 0)
    close(fd);
  if (kernel) {
    pd_error(path, 0,
             "not a regular file (a link to a file of the kernel, as in /proc or /sys); not read");
    return 1;
  }
  if (!pd_path_inside(path, root_real)) {
    char real[PATH_MAX];
    pd_warning(path, 0, "the link leaves the corpus folder (to %s); read all the same",
               realpath(path, real) ? real : "?");
  }
  S_add(corpus, path);
  return 0;
}

/* Walks DIR; depth-limited so a pathological tree cannot exhaust the stack. */
static int S_walk(pd_corpus *corpus, const char *dir, const char *root_real, int depth) {
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
    if (S_ISDIR(st.st_mode)) {
      if (!S_skipped(corpus, &st))
        failures += S_walk(corpus, path.data, root_real, depth + 1);
    } else if (S_ISLNK(st.st_mode)) {
      failures += S_link(corpus, path.data, e->d_name, root_real);
    } else if (!pd_corpus_is_document(e->d_name)) {
      if (S_ISREG(st.st_mode))
        pd_warning(path.data, 0,
                   "skipped: not a document by its name (.txt, .md, .html, .pdf, .docx, .odt, "
                   "optionally .gz)");
    } else if (S_ISREG(st.st_mode)) {
      S_add(corpus, path.data);
    } else {
      pd_error(path.data, 0, "not a regular file (%s); not read", pd_file_kind(st.st_mode));
      failures++;
    }
  }
  closedir(d);
  pd_buf_free(&path);
  return failures;
}

static int S_compare(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct file_id {
  dev_t dev;
  ino_t ino;
  size_t index; /* in the sorted list: the first one is kept */
} file_id;

static int S_compare_id(const void *a, const void *b) {
  const file_id *x = a, *y = b;
  if (x->dev != y->dev)
    return x->dev < y->dev ? -1 : 1;
  if (x->ino != y->ino)
    return x->ino < y->ino ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Drops every path from FIRST on that names a file met earlier in the list
 * (the corpus given twice, a folder and a file in it, a hard link): each
 * real file is read once. Sorting by identity keeps this n log n. */
static void S_drop_duplicates(pd_corpus *corpus, size_t first) {
  size_t n = corpus->count - first;
  file_id *ids = pd_xcalloc(n ? n : 1, sizeof *ids);
  size_t nid = 0;
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (strcmp(corpus->paths[first + i], "-") == 0 || stat(corpus->paths[first + i], &st) != 0 ||
        !S_ISREG(st.st_mode))
      continue; /* reported when it is read */
    ids[nid].dev = st.st_dev;
    ids[nid].ino = st.st_ino;
    ids[nid++].index = first + i;
  }
  qsort(ids, nid, sizeof *ids, S_compare_id);
  size_t group = 0; /* the first entry of the current file: the one kept */
  for (size_t i = 1; i < nid; i++) {
    if (ids[i].dev != ids[group].dev || ids[i].ino != ids[group].ino) {
      group = i;
      continue;
    }
    char *dup = corpus->paths[ids[i].index];
    pd_warning(dup, 0, "skipped: the same file as %s, read once", corpus->paths[ids[group].index]);
    free(dup);
    corpus->paths[ids[i].index] = NULL;
  }
  free(ids);
  size_t kept = first;
  for (size_t i = first; i < corpus->count; i++)
    if (corpus->paths[i])
      corpus->paths[kept++] = corpus->paths[i];
  corpus->count = kept;
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
      char root_real[PATH_MAX];
      failures += S_walk(corpus, paths[i], realpath(paths[i], root_real) ? root_real : NULL, 0);
    } else {
      S_add(corpus, paths[i]);
    }
  }
  if (corpus->count > first) {
    qsort(corpus->paths + first, corpus->count - first, sizeof *corpus->paths, S_compare);
    S_drop_duplicates(corpus, first);
  }
  return failures;
}

void pd_corpus_free(pd_corpus *corpus) {
  for (size_t i = 0; i < corpus->count; i++)
    free(corpus->paths[i]);
  free(corpus->paths);
  free(corpus->skip);
  memset(corpus, 0, sizeof *corpus);
}
