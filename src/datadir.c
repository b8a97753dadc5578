/* datadir.c — locate the installed or in-tree data files. */
#include "datadir.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

#ifndef PLANDIFF_DATADIR
#define PLANDIFF_DATADIR "/usr/local/share/plandiff"
#endif

static char *datadir;

static int S_has_schema(const char *dir) {
  pd_buf probe = PD_BUF_INIT;
  pd_buf_printf(&probe, "%s/schema/document.rng", dir);
  struct stat st;
  int ok = stat(probe.data, &st) == 0;
  pd_buf_free(&probe);
  return ok;
}

static char *S_find(void) {
  const char *env = getenv("PLANDIFF_DATADIR");
  if (env && *env)
    return pd_xstrdup(env);
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
      *slash = '\0';
    /* In-tree binary; installed layout PREFIX/bin + PREFIX/share/plandiff
     * (relocatable: whatever PREFIX was at build time); build/<variant>/. */
    static const char *const candidates[] = {"", "/../share/plandiff", "/../..", NULL};
    for (int i = 0; candidates[i]; i++) {
      pd_buf dir = PD_BUF_INIT;
      pd_buf_printf(&dir, "%s%s", exe, candidates[i]);
      char real[PATH_MAX];
      if (S_has_schema(dir.data) && realpath(dir.data, real)) {
        pd_buf_free(&dir);
        return pd_xstrdup(real);
      }
      pd_buf_free(&dir);
    }
  }
  return pd_xstrdup(PLANDIFF_DATADIR);
}

const char *pd_datadir(void) {
  if (!datadir)
    datadir = S_find();
  return datadir;
}

char *pd_data_path(const char *rel) {
  pd_buf path = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", pd_datadir(), rel);
  return pd_buf_detach(&path);
}
