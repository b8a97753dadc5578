/* fileinfo.h — what kind of file a path is, in words for messages, and
 * whether a path lies inside a folder. Shared by the corpus walk, the input
 * reader and the output writer, which all refuse files that are not regular. */
#ifndef PLANDIFF_FILEINFO_H
#define PLANDIFF_FILEINFO_H

#include <sys/types.h>

/* "a FIFO", "a device", "a socket", "a folder", "a symbolic link",
 * "a regular file" or "a special file", for MODE from stat(2). */
const char *pd_file_kind(mode_t mode);

/* 1 when the open file FD lies on one of the kernel's pseudo file systems
 * (/proc, /sys, debugfs, cgroup ...): such a file calls itself regular, but
 * its bytes are made up when read (/proc/self/environ is the process's
 * environment), so it is never a document. 0 elsewhere and off Linux. */
int pd_fd_on_kernel_fs(int fd);

/* 1 when the real path of PATH (links resolved) lies inside the folder whose
 * real path is ROOT_REAL; 0 when it does not or cannot be resolved. */
int pd_path_inside(const char *path, const char *root_real);

#endif
