/* Supervision of the worker processes: start N, hand each one job at a time over a socket,
 * notice when one dies (its job alone fails and is retried), start a replacement after a
 * pause that grows while workers keep dying. */
#include "publish.h"
#include "svc.h"

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
  pid_t pid;
  int fd;              /* -1 once closed (retiring) */
  int64_t job;         /* 0 when idle */
  double job_started;  /* monotonic */
  double started;      /* monotonic */
  unsigned generation; /* configuration it was started with */
  bool retiring;
  bool killed; /* SIGKILL sent: only its reaping is awaited */
} worker;

struct tb_svc_workers {
  worker *items;
  size_t count, cap;
  unsigned generation;
  double next_spawn; /* monotonic: no spawn before this */
  int quick_deaths;  /* workers that died young in a row: the respawn pause doubles */
};

tb_svc_workers *tb_svc_workers_new(void) {
  return tb_xcalloc(1, sizeof(tb_svc_workers));
}

void tb_svc_workers_free(tb_svc_workers *w) {
  if (!w) return;
  free(w->items);
  free(w);
}

static size_t count_if(const tb_svc_workers *w, bool busy_only) {
  size_t n = 0;
  for (size_t i = 0; i < w->count; i++)
    if (busy_only ? w->items[i].job != 0 : !w->items[i].retiring) n++;
  return n;
}

size_t tb_svc_workers_alive(const tb_service *svc) {
  return count_if(svc->workers, false);
}
size_t tb_svc_workers_busy(const tb_service *svc) {
  return count_if(svc->workers, true);
}

static void retire(worker *wk) {
  wk->retiring = true;
  if (wk->fd >= 0) close(wk->fd); /* the worker reads end-of-file and exits */
  wk->fd = -1;
}

static bool spawn(tb_service *svc) {
  tb_svc_workers *w = svc->workers;
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
    tb_svc_log(TB_LOG_ERROR, "worker_spawn_failed", "error=%s", tb_svc_q(strerror(errno)));
    return false;
  }
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    tb_svc_log(TB_LOG_ERROR, "worker_spawn_failed", "error=%s", tb_svc_q(strerror(errno)));
    close(pair[0]);
    close(pair[1]);
    return false;
  }
  if (pid == 0) {
    close(pair[0]);
    tb_service_worker_main(pair[1], svc->opts.renderer, &svc->cfg);
  }
  close(pair[1]);
  tb_grow((void **)&w->items, &w->cap, w->count + 1, sizeof *w->items);
  double now = tb_svc_monotonic();
  w->items[w->count++] =
      (worker){.pid = pid, .fd = pair[0], .job = 0, .started = now, .generation = w->generation};
  svc->metrics.worker_starts++;
  svc->queue_changed = true;
  tb_svc_log(TB_LOG_INFO, "worker_started", "pid=%ld", (long)pid);
  return true;
}

void tb_svc_workers_maintain(tb_service *svc) {
  tb_svc_workers *w = svc->workers;
  if (svc->stopping) return;
  size_t wanted = (size_t)(svc->cfg.workers > 0 ? svc->cfg.workers : 1);
  size_t alive = tb_svc_workers_alive(svc);
  /* Too many after a reload: idle ones go first, busy ones after their job. */
  for (size_t i = 0; i < w->count && alive > wanted; i++)
    if (!w->items[i].retiring && w->items[i].job == 0) {
      retire(&w->items[i]);
      alive--;
    }
  for (size_t i = 0; i < w->count && alive > wanted; i++)
    if (!w->items[i].retiring) {
      w->items[i].generation = w->generation - 1; /* retires when its job ends */
      alive--;
    }
  while (alive < wanted && tb_svc_monotonic() >= w->next_spawn) {
    if (!spawn(svc)) {
      w->next_spawn = tb_svc_monotonic() + 1;
      break;
    }
    alive++;
  }
}

void tb_svc_workers_refresh(tb_service *svc) {
  tb_svc_workers *w = svc->workers;
  w->generation++;
  for (size_t i = 0; i < w->count; i++)
    if (!w->items[i].retiring && w->items[i].job == 0) retire(&w->items[i]);
}

static bool send_job(tb_service *svc, worker *wk, const tb_job *job) {
  json_t *msg = json_pack("{s:I,s:s,s:s}", "job", (json_int_t)job->id, "input", job->input,
                          "library", svc->cfg.library);
  char *text = json_dumps(msg, JSON_COMPACT);
  json_decref(msg);
  ssize_t n;
  do
    n = text ? send(wk->fd, text, strlen(text), MSG_NOSIGNAL) : -1;
  while (n < 0 && errno == EINTR);
  free(text);
  return n > 0;
}

static void dispatch_idle(tb_service *svc, tb_svc_workers *w);

void tb_svc_workers_dispatch(tb_service *svc) {
  tb_svc_workers *w = svc->workers;
  if (svc->stopping) return;
  double now = tb_svc_now();
  /* The store is asked only when something changed: a claim is a write transaction, and
   * this runs on every turn of the loop, HTTP requests included. */
  if (!svc->queue_changed && !(svc->next_due > 0 && now >= svc->next_due)) return;
  svc->queue_changed = false;
  dispatch_idle(svc, w);
  svc->next_due = tb_svc_jobs_next_due(svc->jobs, now);
}

static void dispatch_idle(tb_service *svc, tb_svc_workers *w) {
  for (size_t i = 0; i < w->count; i++) {
    worker *wk = &w->items[i];
    if (wk->retiring || wk->job || wk->generation != w->generation) continue;
    tb_job job;
    bool found = false;
    tb_error err;
    if (tb_svc_jobs_claim(svc->jobs, tb_svc_now(), &job, &found, &err) != TB_OK) {
      tb_svc_log(TB_LOG_ERROR, "store_failed", "error=%s", tb_svc_q(err.message));
      return;
    }
    if (!found) return;
    if (!send_job(svc, wk, &job)) {
      retire(wk);
      tb_svc_job_interrupted(svc, job.id);
    } else {
      wk->job = job.id;
      wk->job_started = tb_svc_monotonic();
      tb_svc_log(TB_LOG_INFO, "job_started", "job=%" PRId64 " attempt=%d pid=%ld name=%s", job.id,
                 job.attempts, (long)wk->pid, tb_svc_q(job.name));
    }
    tb_svc_job_clear(&job);
  }
}

size_t tb_svc_workers_pollfds(tb_service *svc, struct pollfd *fds, size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < svc->workers->count && n < max; i++)
    if (svc->workers->items[i].fd >= 0)
      fds[n++] = (struct pollfd){.fd = svc->workers->items[i].fd, .events = POLLIN};
  return n;
}

static worker *by_fd(tb_svc_workers *w, int fd) {
  for (size_t i = 0; i < w->count; i++)
    if (w->items[i].fd == fd) return &w->items[i];
  return NULL;
}

static void read_result(tb_service *svc, worker *wk) {
  char buf[8192];
  ssize_t n = recv(wk->fd, buf, sizeof buf - 1, MSG_DONTWAIT);
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (n <= 0) {
    retire(wk); /* it is dying; waitpid tells how */
    return;
  }
  buf[n] = '\0';
  json_t *msg = json_loads(buf, 0, NULL);
  json_int_t job = 0;
  int status = TB_ERR_RUNTIME;
  double seconds = 0;
  const char *out_dir = NULL, *error = NULL;
  if (!msg ||
      json_unpack(msg, "{s:I,s:i,s:F,s?s,s?s}", "job", &job, "status", &status, "seconds", &seconds,
                  "out_dir", &out_dir, "error", &error) != 0 ||
      job != wk->job) {
    tb_svc_log(TB_LOG_ERROR, "worker_protocol", "pid=%ld", (long)wk->pid);
    json_decref(msg);
    kill(wk->pid, SIGKILL); /* the reap fails its job */
    retire(wk);
    return;
  }
  wk->job = 0;
  svc->queue_changed = true; /* this worker is free */
  tb_svc_job_ended(svc, job, (tb_status)status, error, out_dir, seconds, false);
  json_decref(msg);
  if (wk->generation != svc->workers->generation) retire(wk);
}

void tb_svc_workers_read(tb_service *svc, const struct pollfd *fds, size_t count) {
  for (size_t i = 0; i < count; i++) {
    if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    worker *wk = by_fd(svc->workers, fds[i].fd);
    if (wk) read_result(svc, wk);
  }
}

static void describe_exit(int status, char *out, size_t n) {
  if (WIFSIGNALED(status))
    snprintf(out, n, "worker crashed (signal %d: %s)", WTERMSIG(status),
             strsignal(WTERMSIG(status)));
  else
    snprintf(out, n, "worker exited with status %d", WEXITSTATUS(status));
}

void tb_svc_workers_reap(tb_service *svc) {
  tb_svc_workers *w = svc->workers;
  int status;
  pid_t pid;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
    size_t i = 0;
    while (i < w->count && w->items[i].pid != pid)
      i++;
    if (i == w->count) continue;
    worker wk = w->items[i];
    w->items[i] = w->items[--w->count];
    if (wk.fd >= 0) close(wk.fd);
    char why[160];
    describe_exit(status, why, sizeof why);
    bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0 && wk.retiring;
    if (clean) {
      tb_svc_log(TB_LOG_INFO, "worker_retired", "pid=%ld", (long)pid);
    } else {
      svc->metrics.worker_crashes++;
      tb_svc_log(TB_LOG_WARN, "worker_died", "pid=%ld job=%" PRId64 " why=%s", (long)pid, wk.job,
                 tb_svc_q(why));
      /* Its half-written temporary files are nobody's now. */
      tb_svc_sweep_temps(svc->cfg.library, pid);
      tb_svc_remove_staging(svc->cfg.library, pid);
    }
    svc->queue_changed = true;
    if (wk.job) {
      if (svc->stopping)
        tb_svc_job_interrupted(svc, wk.job);
      else
        tb_svc_job_ended(svc, wk.job, TB_ERR_RUNTIME, why, NULL,
                         tb_svc_monotonic() - wk.job_started, true);
    }
    /* Workers that die young (a broken pipeline) are restarted ever more slowly. */
    double now = tb_svc_monotonic();
    if (!clean && now - wk.started < 5) {
      w->quick_deaths++;
      double pause = 0.5 * (double)(1 << (w->quick_deaths < 7 ? w->quick_deaths : 7));
      w->next_spawn = now + pause;
    } else {
      w->quick_deaths = 0;
    }
  }
}

void tb_svc_workers_check_time(tb_service *svc, double now_mono) {
  tb_svc_workers *w = svc->workers;
  for (size_t i = 0; i < w->count; i++) {
    worker *wk = &w->items[i];
    if (!wk->job || wk->killed) continue;
    bool late = now_mono - wk->job_started > svc->opts.job_timeout;
    bool cut = svc->stopping && now_mono >= svc->stop_deadline;
    if (late || cut) {
      tb_svc_log(TB_LOG_WARN, late ? "job_timeout" : "job_cut", "job=%" PRId64 " pid=%ld", wk->job,
                 (long)wk->pid);
      kill(wk->pid, SIGKILL);
      wk->killed = true;
    }
  }
}

int tb_svc_workers_timeout(const tb_service *svc, double now_mono) {
  const tb_svc_workers *w = svc->workers;
  double next = -1;
  if (!svc->stopping && (size_t)svc->cfg.workers > tb_svc_workers_alive(svc)) next = w->next_spawn;
  bool running = false;
  for (size_t i = 0; i < w->count; i++)
    if (w->items[i].job && !w->items[i].killed) {
      double due = w->items[i].job_started + svc->opts.job_timeout;
      if (next < 0 || due < next) next = due;
      running = true;
    }
  if (svc->stopping && running && (next < 0 || svc->stop_deadline < next))
    next = svc->stop_deadline;
  if (next < 0) return -1;
  double ms = (next - now_mono) * 1000;
  return ms <= 0 ? 0 : ms > 60000 ? 60000 : (int)ms + 1;
}

void tb_svc_workers_stop_all(tb_service *svc) {
  tb_svc_workers *w = svc->workers;
  for (size_t i = 0; i < w->count; i++) {
    if (w->items[i].job) kill(w->items[i].pid, SIGKILL);
    retire(&w->items[i]);
  }
  while (w->count > 0) {
    int status;
    pid_t pid = waitpid(-1, &status, 0);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) break;
    for (size_t i = 0; i < w->count; i++)
      if (w->items[i].pid == pid) {
        if (w->items[i].job) tb_svc_job_interrupted(svc, w->items[i].job);
        w->items[i] = w->items[--w->count];
        break;
      }
  }
}
