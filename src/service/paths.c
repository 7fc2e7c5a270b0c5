/* nftw() is an XSI interface. */
#define _XOPEN_SOURCE 700
#include "paths.h"

#include <errno.h>
#include <ftw.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static bool segment_ok(const char *s, size_t n) {
  if (n == 0 || s[0] == '.') return false; /* also refuses "." and ".." and hidden temp files */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7f || c == '\\') return false;
  }
  return true;
}

bool tb_svc_split_path(const char *url, tb_strlist *segments) {
  tb_strlist_clear(segments);
  if (!url || url[0] != '/') return false;
  if (url[1] == '\0') return true;
  const char *p = url + 1;
  for (;;) {
    const char *slash = strchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : strlen(p);
    if (!segment_ok(p, n)) {
      tb_strlist_clear(segments);
      return false;
    }
    tb_strlist_push_owned(segments, tb_xstrndup(p, n));
    if (!slash) return true;
    p = slash + 1;
  }
}

char *tb_svc_resolve_inside(const char *root, const char *const *segments, size_t count) {
  char root_real[PATH_MAX], real[PATH_MAX];
  if (!realpath(root, root_real)) return NULL;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, root_real);
  for (size_t i = 0; i < count; i++) {
    if (!segment_ok(segments[i], strlen(segments[i]))) {
      tb_strbuf_free(&sb);
      return NULL;
    }
    tb_strbuf_putc(&sb, '/');
    tb_strbuf_puts(&sb, segments[i]);
  }
  const char *joined = tb_strbuf_view(&sb);
  char *result = NULL;
  size_t root_len = strlen(root_real);
  /* Symbolic links inside the library may point anywhere: judge where they land. */
  if (realpath(joined, real) &&
      (strcmp(real, root_real) == 0 ||
       (strncmp(real, root_real, root_len) == 0 && real[root_len] == '/'))) {
    struct stat st;
    if (stat(real, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
      result = tb_xstrdup(real);
  }
  tb_strbuf_free(&sb);
  return result;
}

char *tb_svc_safe_name(const char *name) {
  const char *base = name ? name : "";
  for (const char *p = base; *p; p++)
    if (*p == '/' || *p == '\\') base = p + 1;
  while (*base == '.' || *base == ' ')
    base++;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t n = strlen(base);
  for (size_t i = 0; i < n && sb.len < 120;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(base + i, n - i, &cp);
    if (used == 0) {
      tb_strbuf_putc(&sb, '_');
      i++;
      continue;
    }
    if (sb.len + used > 120) break;
    if (cp < 0x20 || cp == 0x7f || tb_is_space_cp(cp))
      tb_strbuf_putc(&sb, '_');
    else
      tb_strbuf_append(&sb, base + i, used);
    i += used;
  }
  if (sb.len == 0) tb_strbuf_puts(&sb, "upload.txt");
  return tb_strbuf_take(&sb);
}

char *tb_svc_unique_path(const char *dir, const char *name, int64_t id) {
  char *path = tb_path_join(dir, name);
  if (!tb_path_exists(path)) return path;
  free(path);
  char *numbered = tb_xasprintf("%" PRId64 "-%s", id, name);
  path = tb_path_join(dir, numbered);
  free(numbered);
  return path;
}

static bool read_number(const char **p, uint64_t *v) {
  const char *s = *p;
  if (*s < '0' || *s > '9') return false;
  uint64_t n = 0;
  for (; *s >= '0' && *s <= '9'; s++) {
    if (n > (UINT64_MAX - 9) / 10) return false;
    n = n * 10 + (uint64_t)(*s - '0');
  }
  *v = n;
  *p = s;
  return true;
}

tb_range_result tb_svc_parse_range(const char *header, uint64_t size, uint64_t *first,
                                   uint64_t *last) {
  if (!header || strncasecmp(header, "bytes=", 6) != 0) return TB_RANGE_NONE;
  const char *p = header + 6;
  while (*p == ' ')
    p++;
  if (strchr(p, ',')) return TB_RANGE_NONE; /* several ranges: the whole file is allowed */
  uint64_t a = 0, b = 0;
  if (*p == '-') {
    p++;
    if (!read_number(&p, &b) || *p) return TB_RANGE_NONE;
    if (b == 0 || size == 0) return TB_RANGE_UNSATISFIABLE;
    *first = b >= size ? 0 : size - b;
    *last = size - 1;
    return TB_RANGE_OK;
  }
  if (!read_number(&p, &a) || *p != '-') return TB_RANGE_NONE;
  p++;
  bool open_end = *p == '\0';
  if (!open_end && (!read_number(&p, &b) || *p || b < a)) return TB_RANGE_NONE;
  if (a >= size) return TB_RANGE_UNSATISFIABLE;
  *first = a;
  *last = open_end || b >= size ? size - 1 : b;
  return TB_RANGE_OK;
}

const char *tb_svc_content_type(const char *path) {
  static const struct {
    const char *ext, *type;
  } types[] = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
      {".brf", "text/plain; charset=us-ascii"},
      {".pef", "application/x-pef+xml"},
      {".xml", "application/xml"},
      {".smil", "application/smil+xml"},
      {".m3u8", "audio/x-mpegurl"},
      {".mp3", "audio/mpeg"},
      {".ogg", "audio/ogg"},
      {".opus", "audio/ogg; codecs=opus"},
      {".flac", "audio/flac"},
      {".wav", "audio/wav"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
  };
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (dot && (!slash || dot > slash))
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
      if (strcasecmp(dot, types[i].ext) == 0) return types[i].type;
  return "application/octet-stream";
}

/* nftw passes no user pointer: the sweep's parameters live here for its one call. */
static pid_t sweep_pid;
static int sweep_removed;

static int sweep_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  if (type != FTW_F) return 0;
  const char *name = path + ftw->base;
  const char *tag = strstr(name, ".tmp-");
  if (name[0] != '.' || !tag) return 0;
  char *end;
  errno = 0;
  long pid = strtol(tag + 5, &end, 10);
  if (errno || *end || pid <= 0) return 0;
  bool gone = sweep_pid ? pid == sweep_pid : (kill((pid_t)pid, 0) != 0 && errno == ESRCH);
  if (gone && unlink(path) == 0) sweep_removed++;
  return 0;
}

int tb_svc_sweep_temps(const char *dir, pid_t pid) {
  sweep_pid = pid;
  sweep_removed = 0;
  if (tb_path_is_dir(dir)) nftw(dir, sweep_one, 16, FTW_PHYS);
  return sweep_removed;
}
