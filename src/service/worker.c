/* The worker process: reads one job at a time from its socket, renders it, answers. It has no
 * threads and owns its synthesizer, which is why it is a process (DESIGN.md, Concurrency). */
#include "publish.h"
#include "service.h"

#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum { MESSAGE_MAX = 64 * 1024 };

static double monotonic(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void reply(int fd, json_int_t job, tb_status status, const char *out_dir, const char *error,
                  double seconds) {
  json_t *msg = json_pack("{s:I,s:i,s:f}", "job", job, "status", (int)status, "seconds", seconds);
  if (out_dir) json_object_set_new(msg, "out_dir", json_string(out_dir));
  if (error) json_object_set_new(msg, "error", json_string(error));
  char *text = json_dumps(msg, JSON_COMPACT);
  if (text) {
    while (send(fd, text, strlen(text), MSG_NOSIGNAL) < 0 && errno == EINTR) {
    }
  }
  free(text);
  json_decref(msg);
}

void tb_service_worker_main(int fd, const tb_service_renderer *renderer, const tb_config *cfg) {
  pid_t parent = getppid();
  /* A worker must never outlive its daemon: a restarted daemon re-runs the job, and two
   * renders of one issue at once would race on the same files. */
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1);
  /* Its own process group: a Ctrl-C at the terminal reaches the daemon, which decides. */
  setpgid(0, 0);
  sigset_t none;
  sigemptyset(&none);
  signal(SIGTERM, SIG_DFL);
  signal(SIGINT, SIG_IGN);
  signal(SIGHUP, SIG_IGN);
  signal(SIGPIPE, SIG_IGN);
  sigprocmask(SIG_SETMASK, &none, NULL);
  /* Drop every descriptor of the daemon (listen socket, job store, inbox, other workers). */
  if (fd != 3) {
    dup2(fd, 3);
    fd = 3;
  }
  if (syscall(SYS_close_range, 4U, ~0U, 0U) != 0)
    for (int i = 4; i < 1024; i++)
      close(i);

  void *state = NULL;
  bool opened = false;
  char *buf = tb_xmalloc(MESSAGE_MAX + 1);
  for (;;) {
    ssize_t n = recv(fd, buf, MESSAGE_MAX, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break; /* the daemon closed our socket: retire */
    buf[n] = '\0';
    json_t *msg = json_loads(buf, 0, NULL);
    json_int_t job = 0;
    const char *input = NULL, *library = NULL;
    if (!msg ||
        json_unpack(msg, "{s:I,s:s,s:s}", "job", &job, "input", &input, "library", &library) != 0) {
      json_decref(msg);
      break; /* a daemon that speaks nonsense is not one to keep working for */
    }
    tb_error err;
    tb_error_clear(&err);
    double start = monotonic();
    tb_status s = TB_OK;
    if (!opened) {
      s = renderer->open(cfg, &state, &err);
      opened = s == TB_OK;
      /* A pipeline that cannot start is the machine's fault, not the issue's. */
      if (s != TB_OK) err.status = s = TB_ERR_RUNTIME;
    }
    char *out_dir = NULL, *staged = NULL;
    char *staging = tb_svc_staging_dir(library, (long long)job, getpid());
    tb_svc_remove_tree(staging); /* left by an earlier worker with our pid */
    if (s == TB_OK) s = tb_mkdir_p(staging, &err);
    if (s == TB_OK) s = renderer->render(state, cfg, input, staging, &staged, &err);
    if (s == TB_OK)
      s = tb_svc_publish(library, staging, staged, &out_dir, &err);
    else
      tb_svc_remove_tree(staging);
    reply(fd, job, s, out_dir, s == TB_OK ? NULL : err.message, monotonic() - start);
    free(staging);
    free(staged);
    free(out_dir);
    json_decref(msg);
  }
  free(buf);
  if (opened && renderer->close) renderer->close(state);
  _exit(0);
}
