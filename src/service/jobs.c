#include "jobs.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

struct tb_svc_jobs {
  sqlite3 *db;
  char *path;
};

static const char *const state_names[] = {"queued", "running", "done", "failed"};

const char *tb_svc_job_state_name(tb_job_state state) {
  return state_names[state];
}

static int state_from_name(const char *name) {
  for (int i = 0; i < TB_JOB_STATE_COUNT; i++)
    if (name && strcmp(name, state_names[i]) == 0) return i;
  return TB_JOB_FAILED;
}

void tb_svc_job_clear(tb_job *job) {
  free(job->source);
  free(job->name);
  free(job->origin);
  free(job->input);
  free(job->out_dir);
  free(job->error);
  memset(job, 0, sizeof *job);
}

static tb_status db_error(tb_svc_jobs *jobs, tb_error *err, const char *what) {
  return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s: %s", jobs->path, what,
                      sqlite3_errmsg(jobs->db));
}

/* The schema is versioned by user_version so a later daemon can migrate it. */
static const char schema[] =
    "CREATE TABLE IF NOT EXISTS jobs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " state TEXT NOT NULL CHECK (state IN ('queued','running','done','failed')),"
    " source TEXT NOT NULL, name TEXT NOT NULL, origin TEXT, input TEXT NOT NULL,"
    " out_dir TEXT, error TEXT, attempts INTEGER NOT NULL DEFAULT 0,"
    " filed INTEGER NOT NULL DEFAULT 0,"
    " created REAL NOT NULL, started REAL NOT NULL DEFAULT 0, finished REAL NOT NULL DEFAULT 0,"
    " not_before REAL NOT NULL DEFAULT 0, render_seconds REAL NOT NULL DEFAULT 0);"
    "CREATE INDEX IF NOT EXISTS jobs_queue ON jobs (state, not_before, id);"
    "PRAGMA user_version = 1;";

tb_status tb_svc_jobs_open(const char *path, tb_svc_jobs **out, tb_error *err) {
  *out = NULL;
  tb_svc_jobs *jobs = tb_xcalloc(1, sizeof *jobs);
  jobs->path = tb_xstrdup(path);
  int rc = sqlite3_open_v2(path, &jobs->db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  tb_status s = TB_OK;
  if (rc != SQLITE_OK) s = db_error(jobs, err, "cannot open the job store");
  /* FULL: a job the API has acknowledged must survive a power cut, not only a kill. */
  if (s == TB_OK && sqlite3_exec(jobs->db,
                                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                                 "PRAGMA foreign_keys=ON;",
                                 NULL, NULL, NULL) != SQLITE_OK)
    s = db_error(jobs, err, "cannot set WAL mode");
  if (s == TB_OK) sqlite3_busy_timeout(jobs->db, 5000);
  if (s == TB_OK && sqlite3_exec(jobs->db, schema, NULL, NULL, NULL) != SQLITE_OK)
    s = db_error(jobs, err, "cannot create the schema");
  if (s != TB_OK) {
    tb_svc_jobs_close(jobs);
    return s;
  }
  *out = jobs;
  return TB_OK;
}

void tb_svc_jobs_close(tb_svc_jobs *jobs) {
  if (!jobs) return;
  sqlite3_close(jobs->db);
  free(jobs->path);
  free(jobs);
}

static sqlite3_stmt *prepare(tb_svc_jobs *jobs, const char *sql, tb_error *err) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(jobs->db, sql, -1, &st, NULL) != SQLITE_OK) {
    db_error(jobs, err, "cannot prepare a query");
    return NULL;
  }
  return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *s) {
  if (s)
    sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null(st, i);
}

/* Runs a statement that returns no rows, then finalizes it. */
static tb_status run_done(tb_svc_jobs *jobs, sqlite3_stmt *st, tb_error *err) {
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return db_error(jobs, err, "cannot update");
  return TB_OK;
}

static char *column_text(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? tb_xstrdup((const char *)t) : NULL;
}

#define JOB_COLUMNS                                                                                \
  "id, state, source, name, origin, input, out_dir, error, attempts, filed, created, started,"     \
  " finished, not_before, render_seconds"

static void read_job(sqlite3_stmt *st, tb_job *job) {
  memset(job, 0, sizeof *job);
  job->id = sqlite3_column_int64(st, 0);
  job->state = (tb_job_state)state_from_name((const char *)sqlite3_column_text(st, 1));
  job->source = column_text(st, 2);
  job->name = column_text(st, 3);
  job->origin = column_text(st, 4);
  job->input = column_text(st, 5);
  job->out_dir = column_text(st, 6);
  job->error = column_text(st, 7);
  job->attempts = sqlite3_column_int(st, 8);
  job->filed = sqlite3_column_int(st, 9) != 0;
  job->created = sqlite3_column_double(st, 10);
  job->started = sqlite3_column_double(st, 11);
  job->finished = sqlite3_column_double(st, 12);
  job->not_before = sqlite3_column_double(st, 13);
  job->render_seconds = sqlite3_column_double(st, 14);
}

tb_status tb_svc_jobs_add(tb_svc_jobs *jobs, const char *source, const char *name,
                          const char *origin, const char *input, double now, int64_t *id,
                          tb_error *err) {
  sqlite3_stmt *st = prepare(jobs,
                             "INSERT INTO jobs (state, source, name, origin, input, created,"
                             " not_before) VALUES ('queued', ?, ?, ?, ?, ?, 0)",
                             err);
  if (!st) return TB_ERR_RUNTIME;
  bind_text(st, 1, source);
  bind_text(st, 2, name);
  bind_text(st, 3, origin);
  bind_text(st, 4, input);
  sqlite3_bind_double(st, 5, now);
  tb_status s = run_done(jobs, st, err);
  if (s == TB_OK) *id = sqlite3_last_insert_rowid(jobs->db);
  return s;
}

tb_status tb_svc_jobs_get(tb_svc_jobs *jobs, int64_t id, tb_job *job, bool *found, tb_error *err) {
  *found = false;
  sqlite3_stmt *st = prepare(jobs, "SELECT " JOB_COLUMNS " FROM jobs WHERE id = ?", err);
  if (!st) return TB_ERR_RUNTIME;
  sqlite3_bind_int64(st, 1, id);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    read_job(st, job);
    *found = true;
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_error(jobs, err, "cannot read a job");
  return TB_OK;
}

static json_t *time_json(double t) {
  return t > 0 ? json_real(t) : json_null();
}

json_t *tb_svc_job_json(const tb_job *job) {
  json_t *o = json_object();
  json_object_set_new(o, "id", json_integer(job->id));
  json_object_set_new(o, "state", json_string(tb_svc_job_state_name(job->state)));
  json_object_set_new(o, "source", json_string(job->source ? job->source : ""));
  json_object_set_new(o, "name", json_string(job->name ? job->name : ""));
  json_object_set_new(o, "attempts", json_integer(job->attempts));
  json_object_set_new(o, "created", time_json(job->created));
  json_object_set_new(o, "started", time_json(job->started));
  json_object_set_new(o, "finished", time_json(job->finished));
  json_object_set_new(o, "retry_at",
                      job->state == TB_JOB_QUEUED ? time_json(job->not_before) : json_null());
  json_object_set_new(o, "render_seconds",
                      job->render_seconds > 0 ? json_real(job->render_seconds) : json_null());
  json_object_set_new(o, "error", job->error ? json_string(job->error) : json_null());
  return o;
}

tb_status tb_svc_jobs_list(tb_svc_jobs *jobs, int state, int limit, json_t **out, tb_error *err) {
  *out = NULL;
  sqlite3_stmt *st = prepare(jobs,
                             "SELECT " JOB_COLUMNS " FROM jobs WHERE (?1 IS NULL OR state = ?1)"
                             " ORDER BY id DESC LIMIT ?2",
                             err);
  if (!st) return TB_ERR_RUNTIME;
  bind_text(st, 1, state >= 0 ? state_names[state] : NULL);
  sqlite3_bind_int(st, 2, limit);
  json_t *list = json_array();
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    tb_job job;
    read_job(st, &job);
    json_array_append_new(list, tb_svc_job_json(&job));
    tb_svc_job_clear(&job);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    json_decref(list);
    return db_error(jobs, err, "cannot list jobs");
  }
  *out = list;
  return TB_OK;
}

tb_status tb_svc_jobs_claim(tb_svc_jobs *jobs, double now, tb_job *job, bool *found,
                            tb_error *err) {
  *found = false;
  /* One statement, so a job can never be claimed twice even by two daemons on one store. */
  sqlite3_stmt *st = prepare(jobs,
                             "UPDATE jobs SET state = 'running', attempts = attempts + 1,"
                             " started = ?1 WHERE id = (SELECT id FROM jobs WHERE state ="
                             " 'queued' AND not_before <= ?1 ORDER BY id LIMIT 1)"
                             " RETURNING " JOB_COLUMNS,
                             err);
  if (!st) return TB_ERR_RUNTIME;
  sqlite3_bind_double(st, 1, now);
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    read_job(st, job);
    *found = true;
    rc = sqlite3_step(st);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    if (*found) tb_svc_job_clear(job);
    *found = false;
    return db_error(jobs, err, "cannot claim a job");
  }
  return TB_OK;
}

tb_status tb_svc_jobs_finish(tb_svc_jobs *jobs, int64_t id, tb_job_state state, const char *error,
                             const char *out_dir, double render_seconds, double now,
                             tb_error *err) {
  sqlite3_stmt *st = prepare(jobs,
                             "UPDATE jobs SET state = ?, error = ?, out_dir = ?,"
                             " render_seconds = ?, finished = ? WHERE id = ?",
                             err);
  if (!st) return TB_ERR_RUNTIME;
  bind_text(st, 1, state_names[state]);
  bind_text(st, 2, error);
  bind_text(st, 3, out_dir);
  sqlite3_bind_double(st, 4, render_seconds);
  sqlite3_bind_double(st, 5, now);
  sqlite3_bind_int64(st, 6, id);
  return run_done(jobs, st, err);
}

tb_status tb_svc_jobs_requeue(tb_svc_jobs *jobs, int64_t id, double not_before, const char *error,
                              bool uncount, tb_error *err) {
  sqlite3_stmt *st = prepare(jobs,
                             "UPDATE jobs SET state = 'queued', not_before = ?, error = ?,"
                             " attempts = MAX(attempts - ?, 0) WHERE id = ?",
                             err);
  if (!st) return TB_ERR_RUNTIME;
  sqlite3_bind_double(st, 1, not_before);
  bind_text(st, 2, error);
  sqlite3_bind_int(st, 3, uncount ? 1 : 0);
  sqlite3_bind_int64(st, 4, id);
  return run_done(jobs, st, err);
}

tb_status tb_svc_jobs_recover(tb_svc_jobs *jobs, int *count, tb_error *err) {
  sqlite3_stmt *st = prepare(jobs,
                             "UPDATE jobs SET state = 'queued', not_before = 0,"
                             " attempts = MAX(attempts - 1, 0) WHERE state = 'running'",
                             err);
  if (!st) return TB_ERR_RUNTIME;
  tb_status s = run_done(jobs, st, err);
  *count = s == TB_OK ? sqlite3_changes(jobs->db) : 0;
  return s;
}

tb_status tb_svc_jobs_set_input(tb_svc_jobs *jobs, int64_t id, const char *input, bool filed,
                                tb_error *err) {
  sqlite3_stmt *st = prepare(jobs, "UPDATE jobs SET input = ?, filed = ? WHERE id = ?", err);
  if (!st) return TB_ERR_RUNTIME;
  bind_text(st, 1, input);
  sqlite3_bind_int(st, 2, filed ? 1 : 0);
  sqlite3_bind_int64(st, 3, id);
  return run_done(jobs, st, err);
}

tb_status tb_svc_jobs_each(tb_svc_jobs *jobs, int which, tb_svc_job_fn fn, void *user,
                           tb_error *err) {
  const char *sql =
      which == 0 ? "SELECT " JOB_COLUMNS " FROM jobs WHERE state IN ('done','failed') AND filed = 0"
                 : "SELECT " JOB_COLUMNS " FROM jobs WHERE state IN ('queued','running')"
                   " AND origin IS NOT NULL";
  sqlite3_stmt *st = prepare(jobs, sql, err);
  if (!st) return TB_ERR_RUNTIME;
  /* Collect first: fn may write to the store, which must not happen under an open read. */
  tb_job *list = NULL;
  size_t count = 0, cap = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    tb_grow((void **)&list, &cap, count + 1, sizeof *list);
    read_job(st, &list[count++]);
  }
  sqlite3_finalize(st);
  tb_status s = rc == SQLITE_DONE ? TB_OK : db_error(jobs, err, "cannot list jobs");
  for (size_t i = 0; i < count; i++) {
    if (s == TB_OK) s = fn(user, &list[i], err);
    tb_svc_job_clear(&list[i]);
  }
  free(list);
  return s;
}

bool tb_svc_jobs_uses_input(tb_svc_jobs *jobs, const char *path) {
  sqlite3_stmt *st = prepare(jobs, "SELECT 1 FROM jobs WHERE input = ? AND filed = 0", NULL);
  if (!st) return true; /* when in doubt, keep the file */
  bind_text(st, 1, path);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc != SQLITE_DONE;
}

tb_status tb_svc_jobs_counts(tb_svc_jobs *jobs, int64_t counts[TB_JOB_STATE_COUNT], tb_error *err) {
  memset(counts, 0, sizeof(int64_t) * TB_JOB_STATE_COUNT);
  sqlite3_stmt *st = prepare(jobs, "SELECT state, COUNT(*) FROM jobs GROUP BY state", err);
  if (!st) return TB_ERR_RUNTIME;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    counts[state_from_name((const char *)sqlite3_column_text(st, 0))] = sqlite3_column_int64(st, 1);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return db_error(jobs, err, "cannot count jobs");
  return TB_OK;
}

double tb_svc_jobs_next_due(tb_svc_jobs *jobs, double after) {
  sqlite3_stmt *st = prepare(jobs,
                             "SELECT MIN(not_before) FROM jobs WHERE state = 'queued'"
                             " AND not_before > ?",
                             NULL);
  if (!st) return 0;
  sqlite3_bind_double(st, 1, after);
  double due = 0;
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
    due = sqlite3_column_double(st, 0);
  sqlite3_finalize(st);
  return due;
}
