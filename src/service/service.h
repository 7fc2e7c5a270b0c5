/* service: the tingbao daemon. It watches an inbox, serves the HTTP API and the web page
 * (libmicrohttpd), keeps jobs in SQLite so that none is lost or run twice across crashes, and
 * renders in supervised worker processes (libespeak-ng and liblouis are not thread-safe).
 *
 * The daemon itself is one thread: HTTP, inotify, signals and the workers' sockets share one
 * poll loop, so forking a worker never copies a process with other threads in it. */
#ifndef TB_SERVICE_H
#define TB_SERVICE_H

#include "core/core.h"

/* How a worker process turns one input file into an issue folder of the library. open runs
 * once per worker process (lazily, before its first job; again after it failed); render runs
 * per job; close when the worker retires. */
typedef struct {
  /* *state is the worker's (close frees it). */
  tb_status (*open)(const tb_config *cfg, void **state, tb_error *err);
  /* Renders into library, which is a private staging folder the worker then publishes
   * whole. *out_dir receives the issue folder inside it (caller frees). TB_ERR_INPUT: the file
   * can never be rendered (not retried); TB_ERR_RUNTIME: retried with backoff. */
  tb_status (*render)(void *state, const tb_config *cfg, const char *input, const char *library,
                      char **out_dir, tb_error *err);
  void (*close)(void *state);
} tb_service_renderer;

/* The real pipeline: source → layout → mandarin → speech and braille → export. */
extern const tb_service_renderer tb_service_pipeline_renderer;

/* Settings tb_config has no key for yet; tb_service_options_defaults fills them. */
typedef struct {
  const char *config_path;             /* re-read on SIGHUP; NULL: embedded defaults only */
  const tb_service_renderer *renderer; /* required; borrowed, must outlive the service */
  const char *state_dir; /* jobs.db, spool/, archive/, rejected/; NULL: the inbox's parent */
  const char *web_dir;   /* the page's files; NULL: <data_dir>/web */
  size_t max_body;       /* bytes per upload (default 32 MiB) */
  int max_attempts;      /* renders per job before it fails (default 3) */
  double retry_seconds;  /* first retry delay, doubling after each failure (default 2) */
  double settle_seconds; /* an inbox file must keep its size this long (default 1) */
  double job_timeout;    /* a render running longer is killed and retried (default 1800) */
  double shutdown_grace; /* SIGTERM waits this long for running jobs, then requeues (30) */
} tb_service_options;

void tb_service_options_defaults(tb_service_options *opts);

typedef struct tb_service tb_service;

/* Opens the job store, recovers what a previous run left half done, binds the listen address
 * and starts watching the inbox. cfg is copied. *out is the caller's (tb_service_free). */
tb_status tb_service_new(const tb_config *cfg, const tb_service_options *opts, tb_service **out,
                         tb_error *err);
/* Serves until SIGTERM or SIGINT (which finish or requeue running jobs). SIGHUP reloads
 * opts->config_path. Blocks SIGTERM, SIGINT, SIGHUP and SIGCHLD in the calling thread. */
tb_status tb_service_run(tb_service *svc, tb_error *err);
/* The port the HTTP server listens on (useful with port 0). */
unsigned tb_service_port(const tb_service *svc);
void tb_service_free(tb_service *svc);

/* Worker processes enter here after fork; never returns. Public so a test can run one. */
void tb_service_worker_main(int fd, const tb_service_renderer *renderer, const tb_config *cfg)
    __attribute__((noreturn));

#endif
