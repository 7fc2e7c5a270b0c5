/* The daemon: set-up, the one poll loop, signals (SIGTERM stops, SIGHUP reloads), shutdown. */
#include "svc.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

void tb_service_options_defaults(tb_service_options *opts) {
  memset(opts, 0, sizeof *opts);
  opts->max_body = 32u << 20;
  opts->max_attempts = 3;
  opts->retry_seconds = 2;
  opts->settle_seconds = 1;
  opts->job_timeout = 1800;
  opts->shutdown_grace = 30;
}

static char *parent_of(const char *path) {
  char *copy = tb_xstrdup(path);
  size_t n = strlen(copy);
  while (n > 1 && copy[n - 1] == '/')
    copy[--n] = '\0';
  char *slash = strrchr(copy, '/');
  if (!slash) {
    free(copy);
    return tb_xstrdup(".");
  }
  if (slash == copy)
    slash[1] = '\0';
  else
    *slash = '\0';
  return copy;
}

tb_status tb_service_new(const tb_config *cfg, const tb_service_options *opts, tb_service **out,
                         tb_error *err) {
  *out = NULL;
  if (!opts->renderer) return tb_error_set(err, TB_ERR_INPUT, "the service needs a renderer");
  tb_service *svc = tb_xcalloc(1, sizeof *svc);
  svc->signal_fd = -1;
  svc->started = tb_svc_monotonic();
  tb_config_copy(&svc->cfg, cfg);
  svc->opts = *opts;
  svc->config_path = tb_xstrdup(opts->config_path);
  svc->state_dir = opts->state_dir ? tb_xstrdup(opts->state_dir) : parent_of(cfg->inbox);
  svc->web_dir = opts->web_dir ? tb_xstrdup(opts->web_dir) : tb_path_join(cfg->data_dir, "web");
  svc->opts.config_path = svc->config_path;
  svc->opts.state_dir = svc->state_dir;
  svc->opts.web_dir = svc->web_dir;
  svc->spool_dir = tb_path_join(svc->state_dir, "spool");
  svc->archive_dir = tb_path_join(svc->state_dir, "archive");
  svc->rejected_dir = tb_path_join(svc->state_dir, "rejected");
  svc->db_path = tb_path_join(svc->state_dir, "jobs.db");
  svc->workers = tb_svc_workers_new();
  const char *dirs[] = {svc->state_dir, svc->spool_dir, svc->archive_dir, svc->rejected_dir,
                        svc->cfg.library};
  tb_status s = TB_OK;
  for (size_t i = 0; i < sizeof dirs / sizeof *dirs && s == TB_OK; i++)
    s = tb_mkdir_p(dirs[i], err);
  if (s == TB_OK) s = tb_svc_jobs_open(svc->db_path, &svc->jobs, err);
  if (s == TB_OK) s = tb_svc_recover(svc, err);
  if (s == TB_OK) s = tb_svc_http_start(svc, err);
  if (s == TB_OK) s = tb_svc_inbox_open(svc->cfg.inbox, svc->opts.settle_seconds, &svc->inbox, err);
  if (s != TB_OK) {
    tb_service_free(svc);
    return s;
  }
  *out = svc;
  return TB_OK;
}

unsigned tb_service_port(const tb_service *svc) {
  return svc->port;
}

void tb_service_free(tb_service *svc) {
  if (!svc) return;
  tb_svc_workers_stop_all(svc);
  tb_svc_http_stop(svc);
  tb_svc_inbox_close(svc->inbox);
  tb_svc_jobs_close(svc->jobs);
  tb_svc_workers_free(svc->workers);
  if (svc->signal_fd >= 0) close(svc->signal_fd);
  tb_config_free(&svc->cfg);
  char *strings[] = {svc->config_path, svc->state_dir,    svc->web_dir, svc->spool_dir,
                     svc->archive_dir, svc->rejected_dir, svc->db_path};
  for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
    free(strings[i]);
  free(svc);
}

static void begin_stop(tb_service *svc, const char *why) {
  double now = tb_svc_monotonic();
  if (svc->stopping) {
    svc->stop_deadline = now; /* asked twice: requeue now */
    return;
  }
  svc->stopping = true;
  svc->stop_deadline = now + svc->opts.shutdown_grace;
  tb_svc_log(TB_LOG_INFO, "stopping", "signal=%s running=%zu grace=%.0fs", why,
             tb_svc_workers_busy(svc), svc->opts.shutdown_grace);
  tb_svc_workers_refresh(svc); /* idle workers leave now */
}

static void reload(tb_service *svc) {
  if (!svc->config_path) {
    tb_svc_log(TB_LOG_INFO, "reload_skipped", "reason=%s", tb_svc_q("no configuration file"));
    return;
  }
  tb_config fresh;
  tb_config_defaults(&fresh);
  tb_error err;
  if (tb_config_load(&fresh, svc->config_path, &err) != TB_OK) {
    tb_svc_log(TB_LOG_ERROR, "reload_failed", "error=%s", tb_svc_q(err.message));
    tb_config_free(&fresh);
    return;
  }
  if (strcmp(fresh.listen, svc->cfg.listen) != 0)
    tb_svc_log(TB_LOG_WARN, "reload_listen_ignored", "listen=%s reason=%s", tb_svc_q(fresh.listen),
               tb_svc_q("a new listen address needs a restart"));
  tb_set_string(&fresh.listen, svc->cfg.listen);
  if (strcmp(fresh.inbox, svc->cfg.inbox) != 0) {
    tb_svc_inbox *inbox = NULL;
    if (tb_svc_inbox_open(fresh.inbox, svc->opts.settle_seconds, &inbox, &err) == TB_OK) {
      tb_svc_inbox_close(svc->inbox);
      svc->inbox = inbox;
    } else {
      tb_svc_log(TB_LOG_ERROR, "reload_inbox_failed", "error=%s", tb_svc_q(err.message));
      tb_set_string(&fresh.inbox, svc->cfg.inbox);
    }
  }
  if (tb_mkdir_p(fresh.library, &err) != TB_OK) {
    tb_svc_log(TB_LOG_ERROR, "reload_library_failed", "error=%s", tb_svc_q(err.message));
    tb_set_string(&fresh.library, svc->cfg.library);
  }
  tb_config_free(&svc->cfg);
  svc->cfg = fresh;
  svc->metrics.reloads++;
  /* Workers hold the configuration they were forked with: renew them between jobs. */
  tb_svc_workers_refresh(svc);
  tb_svc_log(TB_LOG_INFO, "reloaded", "config=%s workers=%d", tb_svc_q(svc->config_path),
             svc->cfg.workers);
}

static void read_signals(tb_service *svc) {
  struct signalfd_siginfo si;
  while (read(svc->signal_fd, &si, sizeof si) == (ssize_t)sizeof si) {
    switch (si.ssi_signo) {
    case SIGTERM:
      begin_stop(svc, "TERM");
      break;
    case SIGINT:
      begin_stop(svc, "INT");
      break;
    case SIGHUP:
      reload(svc);
      break;
    case SIGCHLD:
      tb_svc_workers_reap(svc);
      break;
    default:
      break;
    }
  }
}

static void take_inbox_files(tb_service *svc, double now_mono) {
  if (!svc->inbox || svc->stopping) return;
  tb_strlist ready = {0};
  tb_svc_inbox_ready(svc->inbox, now_mono, &ready);
  for (size_t i = 0; i < ready.count; i++)
    tb_svc_claim_inbox_file(svc, ready.items[i]);
  tb_strlist_free(&ready);
}

static int min_timeout(int a, int b) {
  return a < 0 ? b : b < 0 ? a : a < b ? a : b;
}

static int loop_timeout(tb_service *svc, double now_mono) {
  int t = tb_svc_http_timeout(svc);
  t = min_timeout(t, tb_svc_inbox_timeout(svc->inbox, now_mono));
  t = min_timeout(t, tb_svc_workers_timeout(svc, now_mono));
  double due = svc->next_due;
  bool idle = tb_svc_workers_alive(svc) > tb_svc_workers_busy(svc);
  if (due > 0 && idle && !svc->stopping) {
    double ms = (due - tb_svc_now()) * 1000;
    t = min_timeout(t, ms <= 0 ? 0 : ms > 60000 ? 60000 : (int)ms + 1);
  }
  return min_timeout(t, 60000);
}

tb_status tb_service_run(tb_service *svc, tb_error *err) {
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGHUP);
  sigaddset(&mask, SIGCHLD);
  if (sigprocmask(SIG_BLOCK, &mask, NULL) != 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "cannot block signals: %s", strerror(errno));
  signal(SIGPIPE, SIG_IGN);
  svc->signal_fd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
  if (svc->signal_fd < 0) return tb_error_set(err, TB_ERR_RUNTIME, "signalfd: %s", strerror(errno));
  tb_svc_log(TB_LOG_INFO, "listening", "address=%s port=%u library=%s inbox=%s state=%s",
             tb_svc_q(svc->cfg.listen), svc->port, tb_svc_q(svc->cfg.library),
             tb_svc_q(svc->cfg.inbox), tb_svc_q(svc->state_dir));
  enum { FIXED = 3, MAX_FDS = FIXED + 256 };
  struct pollfd fds[MAX_FDS];
  while (!(svc->stopping && tb_svc_workers_busy(svc) == 0)) {
    double now_mono = tb_svc_monotonic();
    tb_svc_workers_maintain(svc);
    tb_svc_workers_dispatch(svc);
    fds[0] = (struct pollfd){.fd = tb_svc_http_fd(svc), .events = POLLIN};
    fds[1] = (struct pollfd){.fd = svc->signal_fd, .events = POLLIN};
    fds[2] = (struct pollfd){.fd = tb_svc_inbox_fd(svc->inbox), .events = POLLIN};
    size_t nworkers = tb_svc_workers_pollfds(svc, fds + FIXED, MAX_FDS - FIXED);
    int rc = poll(fds, FIXED + nworkers, loop_timeout(svc, now_mono));
    if (rc < 0 && errno != EINTR)
      return tb_error_set(err, TB_ERR_RUNTIME, "poll: %s", strerror(errno));
    tb_svc_http_run(svc);
    if (fds[1].revents & POLLIN) read_signals(svc);
    if (fds[2].fd >= 0 && (fds[2].revents & POLLIN)) tb_svc_inbox_read(svc->inbox);
    if (rc > 0) tb_svc_workers_read(svc, fds + FIXED, nworkers);
    now_mono = tb_svc_monotonic();
    take_inbox_files(svc, now_mono);
    tb_svc_workers_check_time(svc, now_mono);
  }
  tb_svc_workers_stop_all(svc);
  tb_svc_log(TB_LOG_INFO, "stopped", "uptime=%.0fs", tb_svc_monotonic() - svc->started);
  return TB_OK;
}
