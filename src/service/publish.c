/* nftw() is an XSI interface. */
#define _XOPEN_SOURCE 700
#include "publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

#define STAGING ".staging"

char *tb_svc_staging_dir(const char *library, long long job, pid_t pid) {
  return tb_xasprintf("%s/" STAGING "/job-%lld-%ld", library, job, (long)pid);
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  (void)ftw;
  if (type == FTW_DP)
    rmdir(path);
  else
    unlink(path);
  return 0; /* keep going: remove what can be removed */
}

bool tb_svc_remove_tree(const char *path) {
  nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
  return !tb_path_exists(path);
}

void tb_svc_remove_staging(const char *library, pid_t pid) {
  char *root = tb_path_join(library, STAGING);
  if (pid == 0) {
    tb_svc_remove_tree(root);
    free(root);
    return;
  }
  DIR *d = opendir(root);
  char suffix[32];
  snprintf(suffix, sizeof suffix, "-%ld", (long)pid);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    size_t n = strlen(e->d_name), k = strlen(suffix);
    if (strncmp(e->d_name, "job-", 4) != 0 || n <= k || strcmp(e->d_name + n - k, suffix) != 0)
      continue;
    char *path = tb_path_join(root, e->d_name);
    tb_svc_remove_tree(path);
    free(path);
  }
  if (d) closedir(d);
  free(root);
}

static void sync_dir(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

tb_status tb_svc_publish(const char *library, const char *staging, const char *staged, char **final,
                         tb_error *err) {
  *final = NULL;
  size_t n = strlen(staging);
  if (strncmp(staged, staging, n) != 0 || staged[n] != '/')
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: rendered outside its staging folder", staged);
  char *target = tb_path_join(library, staged + n + 1);
  char *parent = tb_xstrdup(target);
  *strrchr(parent, '/') = '\0';
  tb_status s = tb_mkdir_p(parent, err);
  if (s == TB_OK) {
    sync_dir(staged);
    if (rename(staged, target) != 0) {
      if (errno != EEXIST && errno != ENOTEMPTY) {
        s = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot publish: %s", target, strerror(errno));
      } else if (syscall(SYS_renameat2, AT_FDCWD, staged, AT_FDCWD, target, RENAME_EXCHANGE) != 0) {
        s = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot replace: %s", target, strerror(errno));
      }
    }
    sync_dir(parent);
  }
  /* After an exchange the staging folder holds the previous render: it goes too. */
  tb_svc_remove_tree(staging);
  free(parent);
  if (s != TB_OK) {
    free(target);
    return s;
  }
  *final = target;
  return TB_OK;
}
