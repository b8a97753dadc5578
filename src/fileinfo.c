/* fileinfo.c — file kinds in words, and containment of real paths. */
#include "fileinfo.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *pd_file_kind(mode_t mode) {
  if (S_ISREG(mode))
    return "a regular file";
  if (S_ISDIR(mode))
    return "a folder";
  if (S_ISFIFO(mode))
    return "a FIFO";
  if (S_ISCHR(mode) || S_ISBLK(mode))
    return "a device";
  if (S_ISSOCK(mode))
    return "a socket";
  if (S_ISLNK(mode))
    return "a symbolic link";
  return "a special file";
}

int pd_path_inside(const char *path, const char *root_real) {
  char real[PATH_MAX];
  if (!root_real || !realpath(path, real))
    return 0;
  size_t n = strlen(root_real);
  if (n == 1 && root_real[0] == '/')
    return 1;
  return strncmp(real, root_real, n) == 0 && (real[n] == '/' || real[n] == '\0');
}
