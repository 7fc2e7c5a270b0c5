#include "core.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

tb_status tb_file_read_all(const char *path, unsigned char **data, size_t *len, tb_error *err) {
  *data = NULL;
  *len = 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return tb_error_set(err, TB_ERR_INPUT, "%s: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return tb_error_set(err, TB_ERR_INPUT, "%s: %s", path,
                        S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
  }
  size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
  unsigned char *buf = tb_xmalloc(cap);
  size_t n = 0;
  for (;;) {
    if (n + 1 >= cap) buf = tb_xrealloc(buf, cap *= 2);
    ssize_t got = read(fd, buf + n, cap - n - 1);
    if (got < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      close(fd);
      free(buf);
      return tb_error_set(err, TB_ERR_INPUT, "%s: %s", path, strerror(e));
    }
    if (got == 0) break;
    n += (size_t)got;
  }
  close(fd);
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return TB_OK;
}

char *tb_temp_path_for(const char *final_path) {
  const char *slash = strrchr(final_path, '/');
  if (!slash) return tb_xasprintf(".%s.tmp-%ld", final_path, (long)getpid());
  return tb_xasprintf("%.*s/.%s.tmp-%ld", (int)(slash - final_path), final_path, slash + 1,
                      (long)getpid());
}

tb_status tb_file_commit(const char *temp_path, const char *final_path, tb_error *err) {
  int fd = open(temp_path, O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
  if (rename(temp_path, final_path) != 0) {
    int e = errno;
    unlink(temp_path);
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", final_path, strerror(e));
  }
  return TB_OK;
}

tb_status tb_file_write_atomic(const char *path, const void *data, size_t len, tb_error *err) {
  char *temp = tb_temp_path_for(path);
  int fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    tb_status s = tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(errno));
    free(temp);
    return s;
  }
  const unsigned char *p = data;
  size_t left = len;
  while (left > 0) {
    ssize_t put = write(fd, p, left);
    if (put < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      close(fd);
      unlink(temp);
      free(temp);
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(e));
    }
    p += put;
    left -= (size_t)put;
  }
  if (close(fd) != 0) {
    int e = errno;
    unlink(temp);
    free(temp);
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(e));
  }
  tb_status s = tb_file_commit(temp, path, err);
  free(temp);
  return s;
}

tb_status tb_mkdir_p(const char *path, tb_error *err) {
  char *copy = tb_xstrdup(path);
  for (char *p = copy + 1;; p++) {
    if (*p == '/' || *p == '\0') {
      char saved = *p;
      *p = '\0';
      if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
        tb_status s = tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", copy, strerror(errno));
        free(copy);
        return s;
      }
      *p = saved;
      if (!saved) break;
    }
  }
  bool ok = tb_path_is_dir(path);
  free(copy);
  return ok ? TB_OK : tb_error_set(err, TB_ERR_RUNTIME, "%s: not a directory", path);
}

char *tb_path_join(const char *dir, const char *name) {
  size_t n = strlen(dir);
  if (n > 0 && dir[n - 1] == '/') return tb_xasprintf("%s%s", dir, name);
  return tb_xasprintf("%s/%s", dir, name);
}

bool tb_path_is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool tb_path_exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

tb_status tb_file_copy(const char *src, const char *dst, tb_error *err) {
  unsigned char *data;
  size_t len;
  tb_status s = tb_file_read_all(src, &data, &len, err);
  if (s != TB_OK) return s;
  s = tb_file_write_atomic(dst, data, len, err);
  free(data);
  return s;
}
