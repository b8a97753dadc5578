/* fileinfo.c — file kinds in words, and containment of real paths. */
#include "fileinfo.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/vfs.h>
#endif

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

int pd_fd_on_kernel_fs(int fd) {
#ifdef __linux__
  /* The magic numbers of linux/magic.h, spelt out so the header is not needed. */
  static const unsigned long kernel_fs[] = {
      0x9fa0UL,     /* proc */
      0x62656572UL, /* sysfs */
      0x64626720UL, /* debugfs */
      0x74726163UL, /* tracefs */
      0x73636673UL, /* securityfs */
      0x27e0ebUL,   /* cgroup */
      0x63677270UL, /* cgroup2 */
      0x62656570UL, /* configfs */
      0xde5e81e4UL, /* efivarfs */
      0x6165676cUL, /* pstore */
      0xcafe4a11UL, /* bpf */
  };
  struct statfs fs;
  if (fstatfs(fd, &fs) != 0)
    return 0;
  for (size_t i = 0; i < sizeof kernel_fs / sizeof kernel_fs[0]; i++)
    if ((unsigned long)fs.f_type == kernel_fs[i])
      return 1;
#else
  (void)fd;
#endif
  return 0;
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
