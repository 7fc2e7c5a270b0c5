/* The inbox: a folder watched with inotify. A file becomes a candidate when a writer closes it
 * (IN_CLOSE_WRITE) or it is moved in whole (IN_MOVED_TO), or when it is already there at start;
 * it is ready once its size and modification time stood still for the settle time. A file
 * still open for writing produces no close event, so a slow copy is never taken half done. */
#include "svc.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  char *name;
  off_t size;
  struct timespec mtime;
  double still_since; /* monotonic */
} candidate;

struct tb_svc_inbox {
  char *dir;
  int fd, wd;
  double settle;
  candidate *items;
  size_t count, cap;
};

/* Names that copying tools use for files still being written, and our own hidden files. */
static bool ignored_name(const char *name) {
  static const char *const suffixes[] = {".part", ".partial", ".tmp", ".crdownload",
                                         "~",     ".error",   ".swp"};
  if (name[0] == '.') return true;
  size_t n = strlen(name);
  for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
    size_t k = strlen(suffixes[i]);
    if (n >= k && strcmp(name + n - k, suffixes[i]) == 0) return true;
  }
  return false;
}

static candidate *find(tb_svc_inbox *inbox, const char *name) {
  for (size_t i = 0; i < inbox->count; i++)
    if (strcmp(inbox->items[i].name, name) == 0) return &inbox->items[i];
  return NULL;
}

static void drop(tb_svc_inbox *inbox, candidate *c) {
  free(c->name);
  *c = inbox->items[--inbox->count];
}

static void consider(tb_svc_inbox *inbox, const char *name) {
  if (ignored_name(name)) return;
  candidate *c = find(inbox, name);
  if (!c) {
    tb_grow((void **)&inbox->items, &inbox->cap, inbox->count + 1, sizeof *inbox->items);
    c = &inbox->items[inbox->count++];
    memset(c, 0, sizeof *c);
    c->name = tb_xstrdup(name);
    c->size = -1;
  }
  c->still_since = tb_svc_monotonic();
}

static void scan(tb_svc_inbox *inbox) {
  DIR *d = opendir(inbox->dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_type == DT_REG || e->d_type == DT_UNKNOWN) consider(inbox, e->d_name);
  closedir(d);
}

static tb_status watch(tb_svc_inbox *inbox, tb_error *err) {
  inbox->wd = inotify_add_watch(inbox->fd, inbox->dir,
                                IN_CLOSE_WRITE | IN_MOVED_TO | IN_MODIFY | IN_DELETE |
                                    IN_MOVED_FROM | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR);
  if (inbox->wd < 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot watch: %s", inbox->dir, strerror(errno));
  return TB_OK;
}

tb_status tb_svc_inbox_open(const char *dir, double settle_seconds, tb_svc_inbox **out,
                            tb_error *err) {
  *out = NULL;
  tb_status s = tb_mkdir_p(dir, err);
  if (s != TB_OK) return s;
  tb_svc_inbox *inbox = tb_xcalloc(1, sizeof *inbox);
  inbox->dir = tb_xstrdup(dir);
  inbox->settle = settle_seconds;
  inbox->wd = -1;
  inbox->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inbox->fd < 0) s = tb_error_set(err, TB_ERR_RUNTIME, "inotify: %s", strerror(errno));
  if (s == TB_OK) s = watch(inbox, err);
  if (s != TB_OK) {
    tb_svc_inbox_close(inbox);
    return s;
  }
  scan(inbox); /* after the watch: nothing dropped in between is missed */
  *out = inbox;
  return TB_OK;
}

void tb_svc_inbox_close(tb_svc_inbox *inbox) {
  if (!inbox) return;
  if (inbox->fd >= 0) close(inbox->fd);
  for (size_t i = 0; i < inbox->count; i++)
    free(inbox->items[i].name);
  free(inbox->items);
  free(inbox->dir);
  free(inbox);
}

int tb_svc_inbox_fd(const tb_svc_inbox *inbox) {
  return inbox ? inbox->fd : -1;
}
const char *tb_svc_inbox_dir(const tb_svc_inbox *inbox) {
  return inbox->dir;
}

void tb_svc_inbox_read(tb_svc_inbox *inbox) {
  char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
  for (;;) {
    ssize_t n = read(inbox->fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    for (char *p = buf; p < buf + n;) {
      const struct inotify_event *ev = (const struct inotify_event *)p;
      p += sizeof *ev + ev->len;
      if (ev->mask & IN_Q_OVERFLOW) {
        tb_svc_log(TB_LOG_WARN, "inbox_overflow", "dir=%s", tb_svc_q(inbox->dir));
        scan(inbox);
        continue;
      }
      if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) {
        tb_svc_log(TB_LOG_ERROR, "inbox_gone", "dir=%s", tb_svc_q(inbox->dir));
        inbox->wd = -1;
        continue;
      }
      if (!ev->len || (ev->mask & IN_ISDIR)) continue;
      candidate *c = find(inbox, ev->name);
      if (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO))
        consider(inbox, ev->name);
      else if ((ev->mask & IN_MODIFY) && c)
        c->still_since = tb_svc_monotonic();
      else if ((ev->mask & (IN_DELETE | IN_MOVED_FROM)) && c)
        drop(inbox, c);
    }
  }
}

void tb_svc_inbox_ready(tb_svc_inbox *inbox, double now_mono, tb_strlist *names) {
  if (inbox->wd < 0 && tb_path_is_dir(inbox->dir) && watch(inbox, NULL) == TB_OK) scan(inbox);
  for (size_t i = 0; i < inbox->count;) {
    candidate *c = &inbox->items[i];
    char *path = tb_path_join(inbox->dir, c->name);
    struct stat st;
    bool exists = lstat(path, &st) == 0 && S_ISREG(st.st_mode);
    free(path);
    if (!exists) {
      drop(inbox, c);
      continue;
    }
    if (st.st_size != c->size || st.st_mtim.tv_sec != c->mtime.tv_sec ||
        st.st_mtim.tv_nsec != c->mtime.tv_nsec) {
      c->size = st.st_size;
      c->mtime = st.st_mtim;
      c->still_since = now_mono;
    } else if (now_mono - c->still_since >= inbox->settle) {
      tb_strlist_push(names, c->name);
      drop(inbox, c);
      continue;
    }
    i++;
  }
}

int tb_svc_inbox_timeout(const tb_svc_inbox *inbox, double now_mono) {
  if (!inbox || inbox->count == 0) return inbox && inbox->wd < 0 ? 1000 : -1;
  double next = -1;
  for (size_t i = 0; i < inbox->count; i++) {
    double due = inbox->items[i].still_since + inbox->settle;
    if (next < 0 || due < next) next = due;
  }
  /* Checked at least every quarter second while files settle: a size change has no event
   * once the writer is done, only the stat shows it. */
  double ms = (next - now_mono) * 1000;
  if (ms > 250) ms = 250;
  return ms <= 0 ? 0 : (int)ms + 1;
}
