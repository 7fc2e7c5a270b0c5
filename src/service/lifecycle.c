/* A job's life outside the workers: claimed from the inbox or the spool, ended, retried or
 * failed, and its input filed to archive/ or rejected/. Every step is ordered so that a crash
 * between two of them is repaired by tb_svc_recover at the next start. */
#include "publish.h"
#include "svc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

tb_status tb_svc_move(const char *src, const char *dst, tb_error *err) {
  if (rename(src, dst) == 0) return TB_OK;
  if (errno != EXDEV)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot move to %s: %s", src, dst,
                        strerror(errno));
  /* Another file system (an inbox on a network share): copy whole, then remove. */
  tb_status s = tb_file_copy(src, dst, err);
  if (s == TB_OK && unlink(src) != 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", src, strerror(errno));
  return s;
}

char *tb_svc_spool_path(tb_service *svc, const char *safe_name) {
  uint64_t r = 0;
  if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r) r = (uint64_t)getpid() ^ (uint64_t)rand();
  /* A folder per job keeps the submitted name as the file's own: the pipeline reads the
   * issue's date from it when the page prints none. */
  char *name = tb_xasprintf("%016" PRIx64, r);
  char *dir = tb_path_join(svc->spool_dir, name);
  mkdir(dir, 0755);
  char *path = tb_path_join(dir, safe_name);
  free(name);
  free(dir);
  return path;
}

/* The error text on one line: a .error file and a log line must never break in two. */
static char *one_line(const char *s) {
  char *line = tb_xstrdup(s ? s : "unknown error");
  for (char *p = line; *p; p++)
    if (*p == '\n' || *p == '\r') *p = ' ';
  return line;
}

static void remove_parent_if_spool(tb_service *svc, const char *path) {
  size_t n = strlen(svc->spool_dir);
  const char *slash = strrchr(path, '/');
  if (strncmp(path, svc->spool_dir, n) == 0 && path[n] == '/' && slash > path + n) {
    char *dir = tb_xstrndup(path, (size_t)(slash - path));
    rmdir(dir);
    free(dir);
  }
}

tb_status tb_svc_file_job(tb_service *svc, const tb_job *job, tb_error *err) {
  if (!tb_path_exists(job->input))
    return tb_svc_jobs_set_input(svc->jobs, job->id, job->input, true, err);
  bool done = job->state == TB_JOB_DONE;
  char *dest = tb_svc_unique_path(done ? svc->archive_dir : svc->rejected_dir, job->name, job->id);
  tb_status s = TB_OK;
  if (!done) {
    /* The reason first: a rejected file is never seen without its .error. */
    char *why_path = tb_xasprintf("%s.error", dest);
    char *why = one_line(job->error);
    char *text = tb_xasprintf("%s\n", why);
    s = tb_file_write_atomic(why_path, text, strlen(text), err);
    free(text);
    free(why);
    free(why_path);
  }
  if (s == TB_OK) s = tb_svc_move(job->input, dest, err);
  if (s == TB_OK) remove_parent_if_spool(svc, job->input);
  if (s == TB_OK) s = tb_svc_jobs_set_input(svc->jobs, job->id, dest, true, err);
  if (s == TB_OK)
    tb_svc_log(TB_LOG_INFO, done ? "job_archived" : "job_rejected", "job=%" PRId64 " path=%s",
               job->id, tb_svc_q(dest));
  free(dest);
  return s;
}

static void file_now(tb_service *svc, int64_t id) {
  tb_job job;
  bool found;
  tb_error err;
  if (tb_svc_jobs_get(svc->jobs, id, &job, &found, &err) != TB_OK || !found) return;
  if (tb_svc_file_job(svc, &job, &err) != TB_OK)
    tb_svc_log(TB_LOG_ERROR, "file_failed", "job=%" PRId64 " error=%s", id, tb_svc_q(err.message));
  tb_svc_job_clear(&job);
}

static double retry_delay(const tb_service *svc, int attempts) {
  double delay = svc->opts.retry_seconds * pow(2.0, attempts > 1 ? attempts - 1 : 0);
  return delay > 600 ? 600 : delay;
}

void tb_svc_job_ended(tb_service *svc, int64_t job_id, tb_status status, const char *error,
                      const char *out_dir, double seconds, bool crashed) {
  double now = tb_svc_now();
  tb_error err;
  tb_status s;
  if (status == TB_OK) {
    s = tb_svc_jobs_finish(svc->jobs, job_id, TB_JOB_DONE, NULL, out_dir, seconds, now, &err);
    if (s == TB_OK) {
      svc->metrics.jobs_done++;
      svc->metrics.render_sum += seconds;
      svc->metrics.render_count++;
      size_t b = 0;
      while (b < TB_SVC_RENDER_BUCKETS && seconds > tb_svc_render_bounds[b])
        b++;
      svc->metrics.render_buckets[b]++;
      tb_svc_log(TB_LOG_INFO, "job_done", "job=%" PRId64 " seconds=%.3f out=%s", job_id, seconds,
                 tb_svc_q(out_dir));
      file_now(svc, job_id);
    }
  } else {
    tb_job job;
    bool found = false;
    s = tb_svc_jobs_get(svc->jobs, job_id, &job, &found, &err);
    if (s != TB_OK || !found) return;
    char *line = one_line(error);
    /* Bad input stays bad; a crash or a runtime failure may not happen again. */
    bool retry = (crashed || status == TB_ERR_RUNTIME) && job.attempts < svc->opts.max_attempts;
    if (retry) {
      double due = now + retry_delay(svc, job.attempts);
      s = tb_svc_jobs_requeue(svc->jobs, job_id, due, line, false, &err);
      svc->metrics.job_retries++;
      svc->queue_changed = true;
      tb_svc_log(TB_LOG_WARN, "job_retry", "job=%" PRId64 " attempts=%d in=%.1fs error=%s", job_id,
                 job.attempts, due - now, tb_svc_q(line));
    } else {
      s = tb_svc_jobs_finish(svc->jobs, job_id, TB_JOB_FAILED, line, NULL, seconds, now, &err);
      svc->metrics.jobs_failed++;
      tb_svc_log(TB_LOG_WARN, "job_failed", "job=%" PRId64 " attempts=%d error=%s", job_id,
                 job.attempts, tb_svc_q(line));
      if (s == TB_OK) file_now(svc, job_id);
    }
    free(line);
    tb_svc_job_clear(&job);
  }
  if (s != TB_OK) tb_svc_log(TB_LOG_ERROR, "store_failed", "error=%s", tb_svc_q(err.message));
}

void tb_svc_job_interrupted(tb_service *svc, int64_t job_id) {
  tb_error err;
  if (tb_svc_jobs_requeue(svc->jobs, job_id, 0, NULL, true, &err) != TB_OK)
    tb_svc_log(TB_LOG_ERROR, "store_failed", "error=%s", tb_svc_q(err.message));
  else
    tb_svc_log(TB_LOG_INFO, "job_requeued", "job=%" PRId64, job_id);
  svc->queue_changed = true;
}

/* ---- the inbox ------------------------------------------------------------------------------ */

void tb_svc_claim_inbox_file(tb_service *svc, const char *name) {
  char *origin = tb_path_join(tb_svc_inbox_dir(svc->inbox), name);
  char *safe = tb_svc_safe_name(name);
  char *input = tb_svc_spool_path(svc, safe);
  int64_t id = 0;
  tb_error err;
  /* The job first, then the move: a crash between them leaves a job whose origin still holds
   * the file, and recovery finishes the move. The other order could lose the file. */
  tb_status s = tb_svc_jobs_add(svc->jobs, "inbox", safe, origin, input, tb_svc_now(), &id, &err);
  if (s == TB_OK) s = tb_svc_move(origin, input, &err);
  if (s == TB_OK) {
    svc->metrics.inbox_files++;
    svc->queue_changed = true;
    tb_svc_log(TB_LOG_INFO, "job_queued", "job=%" PRId64 " source=inbox name=%s", id,
               tb_svc_q(safe));
  } else {
    tb_svc_log(TB_LOG_ERROR, "inbox_claim_failed", "name=%s error=%s", tb_svc_q(name),
               tb_svc_q(err.message));
    if (id)
      tb_svc_jobs_finish(svc->jobs, id, TB_JOB_FAILED, err.message, NULL, 0, tb_svc_now(), NULL);
    if (id) tb_svc_jobs_set_input(svc->jobs, id, input, true, NULL);
  }
  free(input);
  free(safe);
  free(origin);
}

/* ---- recovery at start-up ------------------------------------------------------------------ */

static tb_status finish_claim(void *user, const tb_job *job, tb_error *err) {
  tb_service *svc = user;
  if (tb_path_exists(job->input) || !job->origin) return TB_OK;
  if (tb_path_exists(job->origin)) {
    tb_svc_log(TB_LOG_INFO, "claim_recovered", "job=%" PRId64 " origin=%s", job->id,
               tb_svc_q(job->origin));
    return tb_svc_move(job->origin, job->input, err);
  }
  return tb_svc_jobs_finish(svc->jobs, job->id, TB_JOB_FAILED, "the input file is missing", NULL, 0,
                            tb_svc_now(), err);
}

static tb_status file_left_over(void *user, const tb_job *job, tb_error *err) {
  return tb_svc_file_job(user, job, err);
}

/* Uploads that never became jobs (the client never got an id) are not accepted: drop them.
 * dir is the spool or one job's folder in it (depth 1). */
static void clean_spool(tb_service *svc, const char *dir, int depth) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char *path = tb_path_join(dir, e->d_name);
    if (depth == 0 && e->d_name[0] != '.' && tb_path_is_dir(path)) {
      clean_spool(svc, path, 1);
      rmdir(path); /* fails, as it should, while a job's file is in it */
    } else if (e->d_name[0] == '.' || !tb_svc_jobs_uses_input(svc->jobs, path)) {
      if (unlink(path) == 0) tb_svc_log(TB_LOG_INFO, "spool_removed", "path=%s", tb_svc_q(path));
    }
    free(path);
  }
  closedir(d);
}

tb_status tb_svc_recover(tb_service *svc, tb_error *err) {
  int requeued = 0;
  tb_status s = tb_svc_jobs_recover(svc->jobs, &requeued, err);
  if (s == TB_OK && requeued) tb_svc_log(TB_LOG_WARN, "jobs_recovered", "requeued=%d", requeued);
  if (s == TB_OK) s = tb_svc_jobs_each(svc->jobs, 1, finish_claim, svc, err);
  if (s == TB_OK) s = tb_svc_jobs_each(svc->jobs, 0, file_left_over, svc, err);
  if (s != TB_OK) return s;
  clean_spool(svc, svc->spool_dir, 0);
  tb_svc_remove_staging(svc->cfg.library, 0); /* no worker of ours is alive yet */
  int swept = tb_svc_sweep_temps(svc->cfg.library, 0);
  if (swept) tb_svc_log(TB_LOG_INFO, "temps_removed", "count=%d", swept);
  svc->queue_changed = true;
  return TB_OK;
}
