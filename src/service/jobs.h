/* The job store: one SQLite database (WAL) holding every accepted issue and where it stands.
 * Private to the service stage. */
#ifndef TB_SERVICE_JOBS_H
#define TB_SERVICE_JOBS_H

#include "core/core.h"

#include <jansson.h>

typedef enum { TB_JOB_QUEUED, TB_JOB_RUNNING, TB_JOB_DONE, TB_JOB_FAILED } tb_job_state;
enum { TB_JOB_STATE_COUNT = 4 };

typedef struct {
  int64_t id;
  tb_job_state state;
  char *source;  /* "api" or "inbox" */
  char *name;    /* the submitted file name, safe as one path component */
  char *origin;  /* the inbox file it was claimed from; NULL for uploads */
  char *input;   /* where the input file is now */
  char *out_dir; /* the library folder once done; NULL before */
  char *error;   /* the last failure, one line; NULL when none */
  int attempts;  /* renders started */
  bool filed;    /* input moved to archive/ or rejected/ after the final state */
  double created, started, finished, not_before; /* Unix seconds; 0 = not yet */
  double render_seconds;
} tb_job;

typedef struct tb_svc_jobs tb_svc_jobs;

const char *tb_svc_job_state_name(tb_job_state state);
void tb_svc_job_clear(tb_job *job);         /* frees the strings a job owns */
json_t *tb_svc_job_json(const tb_job *job); /* new reference, for the API */

/* Opens (creating) the database at path; *out is the caller's (tb_svc_jobs_close). */
tb_status tb_svc_jobs_open(const char *path, tb_svc_jobs **out, tb_error *err);
void tb_svc_jobs_close(tb_svc_jobs *jobs);

/* Adds a queued job; *id receives its number. origin may be NULL. */
tb_status tb_svc_jobs_add(tb_svc_jobs *jobs, const char *source, const char *name,
                          const char *origin, const char *input, double now, int64_t *id,
                          tb_error *err);
/* Fills *job (caller clears it); *found is false when there is no such job. */
tb_status tb_svc_jobs_get(tb_svc_jobs *jobs, int64_t id, tb_job *job, bool *found, tb_error *err);
/* The newest jobs first, at most limit, optionally one state only (state < 0: all). */
tb_status tb_svc_jobs_list(tb_svc_jobs *jobs, int state, int limit, json_t **out, tb_error *err);

/* Takes the oldest queued job that is due and marks it running (one more attempt).
 * *found is false when none is due. */
tb_status tb_svc_jobs_claim(tb_svc_jobs *jobs, double now, tb_job *job, bool *found, tb_error *err);
tb_status tb_svc_jobs_finish(tb_svc_jobs *jobs, int64_t id, tb_job_state state, const char *error,
                             const char *out_dir, double render_seconds, double now, tb_error *err);
/* Back to queued, due at not_before. uncount: the attempt was cut short by the daemon itself
 * (shutdown, restart) and does not count against the job. */
tb_status tb_svc_jobs_requeue(tb_svc_jobs *jobs, int64_t id, double not_before, const char *error,
                              bool uncount, tb_error *err);
/* At start-up: every job left running by a dead daemon goes back to the queue, uncounted.
 * *count receives how many. */
tb_status tb_svc_jobs_recover(tb_svc_jobs *jobs, int *count, tb_error *err);
tb_status tb_svc_jobs_set_input(tb_svc_jobs *jobs, int64_t id, const char *input, bool filed,
                                tb_error *err);

/* Calls fn for every job matching: final but not filed (which = 0), or not final and still
 * holding an origin (which = 1). Stops at the first error fn returns. */
typedef tb_status (*tb_svc_job_fn)(void *user, const tb_job *job, tb_error *err);
tb_status tb_svc_jobs_each(tb_svc_jobs *jobs, int which, tb_svc_job_fn fn, void *user,
                           tb_error *err);
/* True when a job not yet filed has input == path. */
bool tb_svc_jobs_uses_input(tb_svc_jobs *jobs, const char *path);

/* Jobs by state (indexed by tb_job_state). */
tb_status tb_svc_jobs_counts(tb_svc_jobs *jobs, int64_t counts[TB_JOB_STATE_COUNT], tb_error *err);
/* The earliest not_before later than after among queued jobs (a retry waiting for its time),
 * or 0 when there is none. */
double tb_svc_jobs_next_due(tb_svc_jobs *jobs, double after);

#endif
