/* outdir.c — build the report set beside OUT, switch it in whole. */
#include "outdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "outfile.h"

static const char MARKER[] = ".plandiff-report";

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1) /* linux/fs.h */
#endif

/* Swaps two paths in one step (Linux 3.15+); -1 where the file system or
 * the kernel cannot (the caller then renames twice). The system call
 * directly: glibc declares renameat2 only under _GNU_SOURCE. */
static int S_exchange(const char *a, const char *b) {
#ifdef SYS_renameat2
  return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
  (void)a;
  (void)b;
  return -1;
#endif
}

static mode_t S_umask(void) {
  mode_t mask = umask(0);
  umask(mask);
  return mask;
}

/* Removes NAME in DIRFD and, for a folder, everything below it, never
 * following a link (a link planted in an old report set is removed, not
 * followed). Report sets are shallow: below 64 levels it gives up. */
static int S_remove_at(int dirfd, const char *name, int depth) {
  if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
    return 0;
  if ((errno != EISDIR && errno != EPERM) || depth > 64)
    return -1;
  int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0)
    return -1;
  DIR *d = fdopendir(fd);
  if (!d) {
    close(fd);
    return -1;
  }
  int rc = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
        S_remove_at(fd, e->d_name, depth + 1) != 0)
      rc = -1;
  closedir(d);
  if (unlinkat(dirfd, name, AT_REMOVEDIR) != 0 && errno != ENOENT)
    rc = -1;
  return rc;
}

int pd_remove_tree(const char *path) { return S_remove_at(AT_FDCWD, path, 0); }

/* OUT without trailing slashes, split into its folder and its name. */
static void S_split(const char *out, pd_buf *parent, pd_buf *base) {
  size_t n = strlen(out);
  while (n > 1 && out[n - 1] == '/')
    n--;
  const char *slash = NULL;
  for (size_t i = 0; i < n; i++)
    if (out[i] == '/')
      slash = out + i;
  if (!slash) {
    pd_buf_puts(parent, ".");
    pd_buf_put(base, out, n);
  } else {
    pd_buf_put(parent, out, slash == out ? 1 : (size_t)(slash - out));
    pd_buf_put(base, slash + 1, n - (size_t)(slash + 1 - out));
  }
}

/* 1 when DIR may be replaced: empty, or a report set (see outdir.h). */
static int S_replaceable(const char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return 0;
  int empty = 1, report = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    empty = 0;
    if (strcmp(e->d_name, MARKER) == 0 || strcmp(e->d_name, "comparison.xml") == 0)
      report = 1;
  }
  closedir(d);
  return empty || report;
}

/* Removes PARENT/.BASE.plandiff-new-* and -old-* left by killed runs. */
static void S_clean_leftovers(const char *parent, const char *base) {
  DIR *d = opendir(parent);
  if (!d)
    return;
  pd_buf prefix = PD_BUF_INIT, path = PD_BUF_INIT;
  pd_buf_printf(&prefix, ".%s.plandiff-", base);
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strncmp(e->d_name, prefix.data, prefix.len) != 0)
      continue;
    const char *rest = e->d_name + prefix.len;
    if (strncmp(rest, "new-", 4) != 0 && strncmp(rest, "old-", 4) != 0)
      continue;
    pd_buf_truncate(&path, 0);
    pd_buf_printf(&path, "%s/%s", parent, e->d_name);
    if (pd_remove_tree(path.data) != 0)
      pd_warning(path.data, 0, "cannot remove what an earlier run left: %s", strerror(errno));
  }
  closedir(d);
  pd_buf_free(&prefix);
  pd_buf_free(&path);
}

int pd_outdir_begin(pd_outdir *od, const char *out) {
  memset(od, 0, sizeof *od);
  od->lock_fd = -1;
  /* OUT named by the user may be a link to a folder: the set goes there. */
  char real[PATH_MAX];
  struct stat st;
  int exists = stat(out, &st) == 0;
  if (exists && !S_ISDIR(st.st_mode)) {
    pd_error(out, 0, "not a folder");
    return -1;
  }
  const char *target = exists && realpath(out, real) ? real : out;
  pd_buf parent = PD_BUF_INIT, base = PD_BUF_INIT, tmp = PD_BUF_INIT;
  S_split(target, &parent, &base);
  int rc = -1;
  if (pd_mkdirs(parent.data) != 0)
    goto done;
  pd_buf_printf(&tmp, "%s/.%s.plandiff-lock", parent.data, base.data);
  od->lock_fd = open(tmp.data, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
  if (od->lock_fd < 0) {
    pd_error(out, 0, "cannot create the lock %s: %s", tmp.data, strerror(errno));
    goto done;
  }
  struct stat lst;
  if (fstat(od->lock_fd, &lst) != 0 || !S_ISREG(lst.st_mode)) {
    pd_error(out, 0, "the lock %s is not a regular file", tmp.data);
    goto done;
  }
  /* A POSIX record lock, not flock: it belongs to this process alone, so
   * worker processes forked later do not keep it after a kill. */
  struct flock fl;
  memset(&fl, 0, sizeof fl);
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  if (fcntl(od->lock_fd, F_SETLK, &fl) != 0) {
    pd_error(out, 0, "another plandiff run is writing this folder; try again when it has finished");
    goto done;
  }
  S_clean_leftovers(parent.data, base.data);
  if (exists && !S_replaceable(target)) {
    pd_error(out, 0,
             "the folder holds files plandiff did not write; not replaced (name a new or empty "
             "folder, or one a run wrote)");
    goto done;
  }
  pd_buf_truncate(&tmp, 0);
  pd_buf_printf(&tmp, "%s/.%s.plandiff-new-XXXXXX", parent.data, base.data);
  if (!mkdtemp(tmp.data)) {
    pd_error(out, 0, "cannot create a folder beside it: %s", strerror(errno));
    goto done;
  }
  chmod(tmp.data, 0777 & ~S_umask()); /* mkdtemp makes 0700; reports are ordinary folders */
  od->stage = pd_buf_detach(&tmp);
  od->final = pd_xstrdup(target);
  rc = 0;
done:
  if (rc != 0 && od->lock_fd >= 0) {
    close(od->lock_fd);
    od->lock_fd = -1;
  }
  pd_buf_free(&parent);
  pd_buf_free(&base);
  pd_buf_free(&tmp);
  return rc;
}

static void S_release(pd_outdir *od) {
  if (od->lock_fd >= 0)
    close(od->lock_fd); /* the lock goes with the descriptor */
  free(od->stage);
  free(od->final);
  memset(od, 0, sizeof *od);
  od->lock_fd = -1;
}

void pd_outdir_abort(pd_outdir *od) {
  if (od->stage)
    pd_remove_tree(od->stage);
  S_release(od);
}

int pd_outdir_commit(pd_outdir *od) {
  pd_buf path = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", od->stage, MARKER);
  static const char note[] = "A report set written by plandiff run; the folder is replaced whole "
                             "by the next run.\n";
  int rc = pd_write_file(path.data, note, sizeof note - 1);
  struct stat st;
  if (rc == 0 && lstat(od->final, &st) == 0) {
    /* Both exist: swap them in one step, then the stage holds the old set. */
    if (S_exchange(od->stage, od->final) != 0) {
      pd_buf_truncate(&path, 0);
      pd_buf_printf(&path, "%s", od->stage);
      memcpy(path.data + path.len - 10, "old", 3); /* "plandiff-new-XXXXXX" -> "-old-" */
      if (rename(od->final, path.data) != 0) {
        pd_error(od->final, 0, "cannot replace the folder: %s", strerror(errno));
        rc = -1;
      } else if (rename(od->stage, od->final) != 0) {
        pd_error(od->final, 0, "cannot replace the folder: %s", strerror(errno));
        rename(path.data, od->final); /* put the old set back */
        rc = -1;
      } else {
        pd_remove_tree(path.data);
      }
    }
  } else if (rc == 0 && rename(od->stage, od->final) != 0) {
    pd_error(od->final, 0, "cannot create the folder: %s", strerror(errno));
    rc = -1;
  }
  pd_buf_free(&path);
  pd_outdir_abort(od); /* the old set after a swap, or the stage after a failure */
  return rc;
}
