/* What the service's files share: the daemon's state, logging and metrics. Private. */
#ifndef TB_SERVICE_SVC_H
#define TB_SERVICE_SVC_H

#include "jobs.h"
#include "paths.h"
#include "service.h"

#include <poll.h>
#include <sys/types.h>

#ifndef TB_VERSION
#define TB_VERSION "unknown"
#endif

struct MHD_Daemon;
struct MHD_Connection;
typedef struct tb_svc_inbox tb_svc_inbox;
typedef struct tb_svc_workers tb_svc_workers;

/* Render-time histogram bounds (seconds), Prometheus style. */
#define TB_SVC_RENDER_BUCKETS 8
extern const double tb_svc_render_bounds[TB_SVC_RENDER_BUCKETS];

typedef struct {
  uint64_t http_responses[6]; /* by status class: [2] = 2xx … [5] = 5xx */
  uint64_t uploads, inbox_files, jobs_done, jobs_failed, job_retries;
  uint64_t worker_starts, worker_crashes, reloads;
  uint64_t render_buckets[TB_SVC_RENDER_BUCKETS + 1]; /* last: +Inf */
  double render_sum;
  uint64_t render_count;
} tb_svc_metrics;

struct tb_service {
  tb_config cfg;
  tb_service_options opts; /* its strings point into the owned copies below */
  char *config_path, *state_dir, *web_dir, *spool_dir, *archive_dir, *rejected_dir, *db_path;
  tb_svc_jobs *jobs;
  struct MHD_Daemon *http;
  unsigned port;
  int signal_fd;
  tb_svc_inbox *inbox;
  tb_svc_workers *workers;
  tb_svc_metrics metrics;
  bool queue_changed; /* a job was queued or a worker came free: look at the queue again */
  double next_due;    /* wall clock: when the earliest retry comes due; 0 when none waits */
  bool stopping;
  double stop_deadline; /* monotonic seconds */
  double started;       /* monotonic seconds */
};

double tb_svc_now(void);       /* wall clock, Unix seconds: stored in the job store */
double tb_svc_monotonic(void); /* for timeouts and deadlines */

/* One line per event on stderr, logfmt: `tingbao: info: event=NAME key=value …`.
 * Values that may hold spaces or quotes go through tb_svc_q. */
void tb_svc_log(tb_log_level level, const char *event, const char *fmt, ...) TB_PRINTF(3, 4);
/* s quoted for a log line; the result lives until the 8th next call (one thread only). */
const char *tb_svc_q(const char *s);

/* ---- http.c / routes.c ---------------------------------------------------------------------- */
tb_status tb_svc_http_start(tb_service *svc, tb_error *err);
void tb_svc_http_stop(tb_service *svc);
int tb_svc_http_fd(const tb_service *svc);
/* Milliseconds until MHD wants to run again, or -1. */
int tb_svc_http_timeout(const tb_service *svc);
void tb_svc_http_run(tb_service *svc);
/* Prometheus text; caller frees. */
char *tb_svc_metrics_text(tb_service *svc);

/* ---- jobs lifecycle (daemon.c) ------------------------------------------------------------- */
/* Moves src to dst, copying when they are on different file systems. */
tb_status tb_svc_move(const char *src, const char *dst, tb_error *err);
/* A fresh spool path for a submitted file name; caller frees. */
char *tb_svc_spool_path(tb_service *svc, const char *safe_name);
/* Moves a finished job's input to archive/ (done) or rejected/ with a .error (failed). */
tb_status tb_svc_file_job(tb_service *svc, const tb_job *job, tb_error *err);
/* A worker reported the end of a job (or died running it: crashed = true). */
void tb_svc_job_ended(tb_service *svc, int64_t job_id, tb_status status, const char *error,
                      const char *out_dir, double seconds, bool crashed);
/* Turns an inbox file that settled into a queued job (its input moves to the spool). */
void tb_svc_claim_inbox_file(tb_service *svc, const char *name);
/* At start-up: requeues jobs a dead daemon left running, finishes half-done claims and filing,
 * removes uploads that never became jobs and temporary files of dead workers. */
tb_status tb_svc_recover(tb_service *svc, tb_error *err);
/* Requeues a running job the daemon itself interrupted (shutdown); the attempt is not counted. */
void tb_svc_job_interrupted(tb_service *svc, int64_t job_id);

/* ---- workers.c ----------------------------------------------------------------------------- */
tb_svc_workers *tb_svc_workers_new(void);
void tb_svc_workers_free(tb_svc_workers *w);
/* Starts or retires workers to match cfg.workers; respawns the dead after a pause. */
void tb_svc_workers_maintain(tb_service *svc);
/* Gives queued jobs to idle workers. */
void tb_svc_workers_dispatch(tb_service *svc);
/* poll() entries: fills fds (up to max) with worker sockets; returns how many. */
size_t tb_svc_workers_pollfds(tb_service *svc, struct pollfd *fds, size_t max);
/* Reads results from readable worker sockets. */
void tb_svc_workers_read(tb_service *svc, const struct pollfd *fds, size_t count);
/* Reaps exited workers (after SIGCHLD). */
void tb_svc_workers_reap(tb_service *svc);
/* Kills workers whose job ran past the timeout or, when stopping, past the deadline. */
void tb_svc_workers_check_time(tb_service *svc, double now_mono);
/* Config changed: idle workers retire now, busy ones after their job. */
void tb_svc_workers_refresh(tb_service *svc);
/* Kills every worker and waits for it; running jobs are requeued. */
void tb_svc_workers_stop_all(tb_service *svc);
size_t tb_svc_workers_alive(const tb_service *svc);
size_t tb_svc_workers_busy(const tb_service *svc);
/* Milliseconds until the workers need attention (respawn, timeout), or -1. */
int tb_svc_workers_timeout(const tb_service *svc, double now_mono);

/* ---- inbox.c ------------------------------------------------------------------------------- */
/* Watches dir (created if missing); files already there are candidates. *out is the caller's. */
tb_status tb_svc_inbox_open(const char *dir, double settle_seconds, tb_svc_inbox **out,
                            tb_error *err);
void tb_svc_inbox_close(tb_svc_inbox *inbox);
int tb_svc_inbox_fd(const tb_svc_inbox *inbox);
const char *tb_svc_inbox_dir(const tb_svc_inbox *inbox);
/* Drains inotify events. */
void tb_svc_inbox_read(tb_svc_inbox *inbox);
/* Names of candidate files whose size and time stood still for the settle time, now ready
 * to claim; they stop being candidates. */
void tb_svc_inbox_ready(tb_svc_inbox *inbox, double now_mono, tb_strlist *names);
/* Milliseconds until a candidate may be ready, or -1. */
int tb_svc_inbox_timeout(const tb_svc_inbox *inbox, double now_mono);

/* ---- library.c ----------------------------------------------------------------------------- */
/* The rendered issues (folders holding issue.json), newest date first; new reference. */
json_t *tb_svc_library_list(const char *library);
/* A path segment percent-encoded for a URL; caller frees. */
char *tb_svc_url_segment(const char *s);

#endif
