/* outfile.c — write to a temporary file, rename into place; clean up on
 * signals. */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"

/* Temporary files open right now, for the signal handler. The list is only
 * changed with the handled signals blocked, so the handler never sees it
 * half-updated. */
enum { MAX_OPEN_TMP = 64 };
static char *open_tmp[MAX_OPEN_TMP];
static sigset_t handled;

static void S_on_signal(int sig) {
  for (int i = 0; i < MAX_OPEN_TMP; i++)
    if (open_tmp[i])
      unlink(open_tmp[i]);
  signal(sig, SIG_DFL);
  raise(sig);
}

void pd_outfile_init(void) {
  sigemptyset(&handled);
  sigaddset(&handled, SIGINT);
  sigaddset(&handled, SIGTERM);
  sigaddset(&handled, SIGHUP);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = S_on_signal;
  sa.sa_mask = handled;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
}

static int S_register(char *tmp) {
  sigset_t old;
  int ok = -1;
  sigprocmask(SIG_BLOCK, &handled, &old);
  for (int i = 0; i < MAX_OPEN_TMP; i++)
    if (!open_tmp[i]) {
      open_tmp[i] = tmp;
      ok = 0;
      break;
    }
  sigprocmask(SIG_SETMASK, &old, NULL);
  return ok;
}

static void S_unregister(const char *tmp) {
  sigset_t old;
  sigprocmask(SIG_BLOCK, &handled, &old);
  for (int i = 0; i < MAX_OPEN_TMP; i++)
    if (open_tmp[i] == tmp)
      open_tmp[i] = NULL;
  sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Opens a device, FIFO or socket the user named for writing in place
 * (renaming a temporary file over /dev/null would replace the device).
 * O_NONBLOCK: a FIFO with no reader fails at once instead of hanging. */
static int S_open_in_place(pd_outfile *out, const char *path) {
  int fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd >= 0)
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  out->fp = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (!out->fp) {
    pd_error(path, 0, "cannot open: %s",
             errno == ENXIO ? "a FIFO with no reader" : strerror(errno));
    if (fd >= 0)
      close(fd);
    return -1;
  }
  out->path = pd_xstrdup(path);
  return 0;
}

static int S_open(pd_outfile *out, const char *path, int named) {
  memset(out, 0, sizeof *out);
  if (named && strcmp(path, "-") == 0) {
    out->fp = stdout;
    return 0;
  }
  /* lstat: a link, FIFO or device found where plandiff writes one of its
   * own files is replaced by the rename below, never written through. Only
   * a path the user named (-o) is followed and, when it is not a regular
   * file, written in place. */
  struct stat st;
  int exists = (named ? stat(path, &st) : lstat(path, &st)) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    pd_error(path, 0, "is a directory");
    return -1;
  }
  if (named && exists && !S_ISREG(st.st_mode))
    return S_open_in_place(out, path);
  pd_buf tmp = PD_BUF_INIT;
  pd_buf_printf(&tmp, "%s.tmp-XXXXXX", path);
  char *name = pd_buf_detach(&tmp);
  int fd = mkstemp(name);
  if (fd < 0) {
    pd_error(path, 0, "cannot create: %s", strerror(errno));
    free(name);
    return -1;
  }
  /* mkstemp creates 0600; output files are ordinary files (0666 & umask). */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  if (S_register(name) != 0) {
    pd_error(path, 0, "too many output files open at once");
    close(fd);
    unlink(name);
    free(name);
    return -1;
  }
  out->fp = fdopen(fd, "w");
  if (!out->fp) {
    pd_error(path, 0, "cannot open: %s", strerror(errno));
    close(fd);
    S_unregister(name);
    unlink(name);
    free(name);
    return -1;
  }
  out->tmp = name;
  out->path = pd_xstrdup(path);
  return 0;
}

int pd_outfile_open(pd_outfile *out, const char *path) { return S_open(out, path, 0); }

int pd_outfile_open_named(pd_outfile *out, const char *path) { return S_open(out, path, 1); }

static void S_release(pd_outfile *out) {
  if (out->tmp) {
    S_unregister(out->tmp);
    free(out->tmp);
  }
  free(out->path);
  memset(out, 0, sizeof *out);
}

int pd_outfile_commit(pd_outfile *out) {
  if (!out->path) {
    int bad = fflush(stdout) != 0 || ferror(stdout);
    if (bad)
      pd_error("-", 0, "cannot write to standard output: %s", strerror(errno));
    memset(out, 0, sizeof *out);
    return bad ? -1 : 0;
  }
  int err = 0;
  errno = 0;
  if (ferror(out->fp) || fflush(out->fp) != 0)
    err = errno ? errno : EIO;
  if (fclose(out->fp) != 0 && !err)
    err = errno ? errno : EIO;
  out->fp = NULL;
  if (!err && out->tmp && rename(out->tmp, out->path) != 0)
    err = errno;
  if (err) {
    pd_error(out->path, 0, "cannot write: %s", strerror(err));
    if (out->tmp)
      unlink(out->tmp);
    S_release(out);
    return -1;
  }
  S_release(out);
  return 0;
}

void pd_outfile_abort(pd_outfile *out) {
  if (!out->path) {
    memset(out, 0, sizeof *out);
    return;
  }
  if (out->fp)
    fclose(out->fp);
  if (out->tmp)
    unlink(out->tmp);
  S_release(out);
}

static int S_write_file(const char *path, const void *data, size_t len, int named) {
  pd_outfile out;
  if (S_open(&out, path, named) != 0)
    return -1;
  if (len && fwrite(data, 1, len, out.fp) != len) {
    pd_error(path, 0, "cannot write: %s", strerror(errno));
    pd_outfile_abort(&out);
    return -1;
  }
  return pd_outfile_commit(&out);
}

int pd_write_file(const char *path, const void *data, size_t len) {
  return S_write_file(path, data, len, 0);
}

int pd_write_file_named(const char *path, const void *data, size_t len) {
  return S_write_file(path, data, len, 1);
}

int pd_mkdirs(const char *dir) {
  if (!*dir) {
    pd_error(dir, 0, "empty folder name");
    return -1;
  }
  char *path = pd_xstrdup(dir);
  int rc = 0;
  for (char *p = path + 1;; p++) {
    if (*p == '/' || *p == '\0') {
      char saved = *p;
      *p = '\0';
      if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        pd_error(dir, 0, "cannot create folder: %s", strerror(errno));
        rc = -1;
        break;
      }
      *p = saved;
      if (saved == '\0')
        break;
    }
  }
  struct stat st;
  if (rc == 0 && (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))) {
    pd_error(dir, 0, "not a folder");
    rc = -1;
  }
  free(path);
  return rc;
}
