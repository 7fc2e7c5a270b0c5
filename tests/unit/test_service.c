/* The service stage: path safety, names, ranges, the job store, and the whole daemon run in a
 * child process with a test renderer (the pipeline is not needed), driven over loopback HTTP. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "service/jobs.h"
#include "service/paths.h"
#include "service/publish.h"
#include "service/service.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- helpers -------------------------------------------------------------------------------- */

static char *make_temp_dir(void) {
  char tmpl[] = "/tmp/tb-service-test-XXXXXX";
  char *dir = mkdtemp(tmpl);
  assert_non_null(dir);
  return tb_xstrdup(dir);
}

static void remove_tree(const char *dir) {
  char *cmd = tb_xasprintf("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
}

static void write_file(const char *path, const char *text) {
  tb_error err;
  assert_int_equal(tb_file_write_atomic(path, text, strlen(text), &err), TB_OK);
}

static char *read_text(const char *path) {
  unsigned char *data = NULL;
  size_t n;
  if (tb_file_read_all(path, &data, &n, NULL) != TB_OK) return NULL;
  return (char *)data;
}

static void pause_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

/* ---- paths ---------------------------------------------------------------------------------- */

static void test_split_path(void **state) {
  (void)state;
  tb_strlist s = {0};
  assert_true(tb_svc_split_path("/", &s));
  assert_int_equal(s.count, 0);
  assert_true(tb_svc_split_path("/library/新东城报/2026-03-10/audio/01-a.opus", &s));
  assert_int_equal(s.count, 5);
  assert_string_equal(s.items[1], "新东城报");
  const char *bad[] = {
      "/library/../etc/passwd", "/library/./x", "/library//x", "/library/x/", "/library/.hidden",
      "/library/a\\..\\b",      "relative",     "/a/\x01",     "/.."};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_false(tb_svc_split_path(bad[i], &s));
    assert_int_equal(s.count, 0);
  }
  tb_strlist_free(&s);
}

static void test_resolve_inside(void **state) {
  (void)state;
  char *root = make_temp_dir();
  char *sub = tb_path_join(root, "pub");
  assert_int_equal(mkdir(sub, 0755), 0);
  char *file = tb_path_join(sub, "a.txt");
  write_file(file, "x");
  char *link = tb_path_join(sub, "escape");
  assert_int_equal(symlink("/etc/passwd", link), 0);
  const char *ok[] = {"pub", "a.txt"};
  char *got = tb_svc_resolve_inside(root, ok, 2);
  assert_non_null(got);
  assert_non_null(strstr(got, "/pub/a.txt"));
  free(got);
  const char *out[] = {"pub", "escape"};
  assert_null(tb_svc_resolve_inside(root, out, 2)); /* a link that lands outside */
  const char *up[] = {"..", "etc"};
  assert_null(tb_svc_resolve_inside(root, up, 2));
  const char *missing[] = {"pub", "nothing"};
  assert_null(tb_svc_resolve_inside(root, missing, 2));
  free(link);
  free(file);
  free(sub);
  remove_tree(root);
  free(root);
}

static void test_safe_name(void **state) {
  (void)state;
  struct {
    const char *in, *out;
  } cases[] = {
      {"../../etc/passwd", "passwd"}, {"C:\\papers\\新东城 3月.txt", "新东城_3月.txt"},
      {".bashrc", "bashrc"},          {"", "upload.txt"},
      {NULL, "upload.txt"},           {"..", "upload.txt"},
      {"a\nb\tc.txt", "a_b_c.txt"},   {"bad\xff.txt", "bad_.txt"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *got = tb_svc_safe_name(cases[i].in);
    assert_string_equal(got, cases[i].out);
    free(got);
  }
  tb_strbuf long_name;
  tb_strbuf_init(&long_name);
  for (int i = 0; i < 100; i++)
    tb_strbuf_puts(&long_name, "报");
  char *got = tb_svc_safe_name(tb_strbuf_view(&long_name));
  assert_true(strlen(got) <= 120);
  assert_int_equal(tb_utf8_first_invalid(got, strlen(got)), SIZE_MAX); /* cut on a boundary */
  free(got);
  tb_strbuf_free(&long_name);
}

static void test_parse_range(void **state) {
  (void)state;
  uint64_t a = 0, b = 0;
  assert_int_equal(tb_svc_parse_range("bytes=0-99", 1000, &a, &b), TB_RANGE_OK);
  assert_true(a == 0 && b == 99);
  assert_int_equal(tb_svc_parse_range("bytes=500-", 1000, &a, &b), TB_RANGE_OK);
  assert_true(a == 500 && b == 999);
  assert_int_equal(tb_svc_parse_range("bytes=-100", 1000, &a, &b), TB_RANGE_OK);
  assert_true(a == 900 && b == 999);
  assert_int_equal(tb_svc_parse_range("bytes=-5000", 1000, &a, &b), TB_RANGE_OK);
  assert_true(a == 0 && b == 999);
  assert_int_equal(tb_svc_parse_range("bytes=900-5000", 1000, &a, &b), TB_RANGE_OK);
  assert_true(a == 900 && b == 999);
  assert_int_equal(tb_svc_parse_range("bytes=1000-", 1000, &a, &b), TB_RANGE_UNSATISFIABLE);
  assert_int_equal(tb_svc_parse_range("bytes=-0", 1000, &a, &b), TB_RANGE_UNSATISFIABLE);
  assert_int_equal(tb_svc_parse_range(NULL, 1000, &a, &b), TB_RANGE_NONE);
  assert_int_equal(tb_svc_parse_range("bytes=5-1", 1000, &a, &b), TB_RANGE_NONE);
  assert_int_equal(tb_svc_parse_range("bytes=0-1,5-6", 1000, &a, &b), TB_RANGE_NONE);
  assert_int_equal(tb_svc_parse_range("items=0-1", 1000, &a, &b), TB_RANGE_NONE);
  assert_int_equal(tb_svc_parse_range("bytes=x-1", 1000, &a, &b), TB_RANGE_NONE);
  assert_int_equal(tb_svc_parse_range("bytes=99999999999999999999999-", 1000, &a, &b),
                   TB_RANGE_NONE);
}

static void test_sweep_temps(void **state) {
  (void)state;
  char *root = make_temp_dir();
  char *dead = tb_xasprintf("%s/.a.opus.tmp-%d", root, 999999999);
  char *mine = tb_xasprintf("%s/.b.opus.tmp-%ld", root, (long)getpid());
  char *real = tb_xasprintf("%s/c.opus", root);
  write_file(dead, "x");
  write_file(mine, "x");
  write_file(real, "x");
  assert_int_equal(tb_svc_sweep_temps(root, 0), 1); /* only the dead process's file */
  assert_false(tb_path_exists(dead));
  assert_true(tb_path_exists(mine));
  assert_int_equal(tb_svc_sweep_temps(root, getpid()), 1);
  assert_false(tb_path_exists(mine));
  assert_true(tb_path_exists(real));
  free(dead);
  free(mine);
  free(real);
  remove_tree(root);
  free(root);
}

static void test_publish_replaces_whole(void **state) {
  (void)state;
  char *lib = make_temp_dir();
  tb_error err;
  for (int round = 0; round < 2; round++) {
    char *staging = tb_svc_staging_dir(lib, 7, 4242);
    char *dir = tb_xasprintf("%s/报/2026-01-01", staging);
    assert_int_equal(tb_mkdir_p(dir, &err), TB_OK);
    char *file = tb_xasprintf("%s/%s", dir, round ? "new.txt" : "old.txt");
    write_file(file, "x");
    char *final = NULL;
    assert_int_equal(tb_svc_publish(lib, staging, dir, &final, &err), TB_OK);
    char *expect = tb_xasprintf("%s/报/2026-01-01", lib);
    assert_string_equal(final, expect);
    assert_false(tb_path_exists(staging));
    free(expect);
    free(final);
    free(file);
    free(dir);
    free(staging);
  }
  /* The second render replaced the first as a whole: no file of the first is left. */
  char *old_file = tb_xasprintf("%s/报/2026-01-01/old.txt", lib);
  char *new_file = tb_xasprintf("%s/报/2026-01-01/new.txt", lib);
  assert_false(tb_path_exists(old_file));
  assert_true(tb_path_exists(new_file));
  char *outside = tb_xasprintf("%s/elsewhere", lib);
  char *final = NULL;
  char *staging = tb_svc_staging_dir(lib, 8, 4242);
  assert_int_equal(tb_svc_publish(lib, staging, outside, &final, &err), TB_ERR_RUNTIME);
  free(staging);
  free(outside);
  free(old_file);
  free(new_file);
  remove_tree(lib);
  free(lib);
}

/* ---- job store ------------------------------------------------------------------------------ */

static void test_job_store(void **state) {
  (void)state;
  char *dir = make_temp_dir();
  char *db = tb_path_join(dir, "jobs.db");
  tb_svc_jobs *jobs;
  tb_error err;
  assert_int_equal(tb_svc_jobs_open(db, &jobs, &err), TB_OK);
  int64_t a, b;
  assert_int_equal(tb_svc_jobs_add(jobs, "api", "a.txt", NULL, "/spool/a.txt", 100, &a, &err),
                   TB_OK);
  assert_int_equal(
      tb_svc_jobs_add(jobs, "inbox", "b.txt", "/in/b.txt", "/spool/b.txt", 101, &b, &err), TB_OK);
  assert_true(b > a);
  tb_job job;
  bool found;
  assert_int_equal(tb_svc_jobs_claim(jobs, 200, &job, &found, &err), TB_OK);
  assert_true(found);
  assert_int_equal(job.id, a); /* oldest first */
  assert_int_equal(job.state, TB_JOB_RUNNING);
  assert_int_equal(job.attempts, 1);
  tb_svc_job_clear(&job);
  /* A retry due later is not claimable before then. */
  assert_int_equal(tb_svc_jobs_requeue(jobs, a, 500, "crashed", false, &err), TB_OK);
  assert_int_equal(tb_svc_jobs_claim(jobs, 200, &job, &found, &err), TB_OK);
  assert_true(found);
  assert_int_equal(job.id, b);
  tb_svc_job_clear(&job);
  assert_int_equal(tb_svc_jobs_claim(jobs, 200, &job, &found, &err), TB_OK);
  assert_false(found);
  assert_true(tb_svc_jobs_next_due(jobs, 200) == 500);
  assert_true(tb_svc_jobs_next_due(jobs, 500) == 0);
  int64_t counts[TB_JOB_STATE_COUNT];
  assert_int_equal(tb_svc_jobs_counts(jobs, counts, &err), TB_OK);
  assert_int_equal(counts[TB_JOB_QUEUED], 1);
  assert_int_equal(counts[TB_JOB_RUNNING], 1);
  tb_svc_jobs_close(jobs);

  /* The daemon died with b running: after reopening, b is queued again, that attempt uncounted. */
  assert_int_equal(tb_svc_jobs_open(db, &jobs, &err), TB_OK);
  int requeued = 0;
  assert_int_equal(tb_svc_jobs_recover(jobs, &requeued, &err), TB_OK);
  assert_int_equal(requeued, 1);
  assert_int_equal(tb_svc_jobs_get(jobs, b, &job, &found, &err), TB_OK);
  assert_true(found);
  assert_int_equal(job.state, TB_JOB_QUEUED);
  assert_int_equal(job.attempts, 0);
  assert_string_equal(job.origin, "/in/b.txt");
  tb_svc_job_clear(&job);
  assert_int_equal(tb_svc_jobs_claim(jobs, 600, &job, &found, &err), TB_OK);
  assert_int_equal(job.id, a);
  assert_int_equal(job.attempts, 2);
  tb_svc_job_clear(&job);
  assert_int_equal(tb_svc_jobs_finish(jobs, a, TB_JOB_DONE, NULL, "/lib/p/d", 1.5, 700, &err),
                   TB_OK);
  assert_true(tb_svc_jobs_uses_input(jobs, "/spool/a.txt"));
  assert_int_equal(tb_svc_jobs_set_input(jobs, a, "/archive/a.txt", true, &err), TB_OK);
  assert_false(tb_svc_jobs_uses_input(jobs, "/spool/a.txt"));
  assert_int_equal(tb_svc_jobs_get(jobs, a, &job, &found, &err), TB_OK);
  json_t *j = tb_svc_job_json(&job);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "done");
  assert_int_equal(json_integer_value(json_object_get(j, "attempts")), 2);
  json_decref(j);
  tb_svc_job_clear(&job);
  json_t *list;
  assert_int_equal(tb_svc_jobs_list(jobs, TB_JOB_DONE, 10, &list, &err), TB_OK);
  assert_int_equal(json_array_size(list), 1);
  json_decref(list);
  assert_int_equal(tb_svc_jobs_get(jobs, 12345, &job, &found, &err), TB_OK);
  assert_false(found);
  tb_svc_jobs_close(jobs);
  free(db);
  remove_tree(dir);
  free(dir);
}

/* ---- the daemon, end to end with a test renderer -------------------------------------------- */

/* Renders by content: "BAD…" is bad input, "CRASH…" kills the worker, "ONCE…" kills it only on
 * the first attempt (a marker file remembers), "SLOW…" takes a while; anything else becomes
 * <library>/测试报/<first line>/ with an audio file and issue.json written last. */
static const char *marker_dir; /* survives the staging folders, which each attempt loses */

static tb_status fake_open(const tb_config *cfg, void **state, tb_error *err) {
  (void)cfg;
  (void)err;
  *state = tb_xstrdup("fake");
  return TB_OK;
}

static void fake_close(void *state) {
  free(state);
}

static tb_status fake_render(void *state, const tb_config *cfg, const char *input,
                             const char *library, char **out_dir, tb_error *err) {
  (void)state;
  (void)cfg;
  unsigned char *data;
  size_t n;
  tb_status s = tb_file_read_all(input, &data, &n, err);
  if (s != TB_OK) return s;
  char *text = (char *)data;
  if (strncmp(text, "BAD", 3) == 0) {
    free(text);
    return tb_error_set(err, TB_ERR_INPUT, "%s:1: no article in this file", input);
  }
  if (strncmp(text, "CRASH", 5) == 0) abort();
  if (strncmp(text, "ONCE", 4) == 0) {
    char *marker = tb_xasprintf("%s/.once-%s", marker_dir, text + 4);
    *strchr(marker, '\n') = '\0';
    bool first = !tb_path_exists(marker);
    write_file(marker, "seen");
    free(marker);
    if (first) abort();
  }
  if (strncmp(text, "SLOW", 4) == 0) pause_ms(1500);
  char *nl = strchr(text, '\n');
  if (nl) *nl = '\0';
  char *dir = tb_xasprintf("%s/测试报/%s", library, text);
  tb_mkdir_p(dir, err);
  char *audio_dir = tb_path_join(dir, "audio");
  tb_mkdir_p(audio_dir, err);
  char *audio = tb_path_join(audio_dir, "01-test.wav");
  char bytes[1000];
  for (size_t i = 0; i < sizeof bytes; i++)
    bytes[i] = (char)('a' + i % 26);
  tb_file_write_atomic(audio, bytes, sizeof bytes, err);
  char *manifest = tb_path_join(dir, "issue.json");
  json_t *issue =
      json_pack("{s:s,s:s,s:[{s:s,s:s,s:{s:s}}]}", "publication", "测试报", "date", text,
                "articles", "id", "a01", "headline", "标题", "audio", "file", "audio/01-test.wav");
  char *json = json_dumps(issue, 0);
  s = tb_file_write_atomic(manifest, json, strlen(json), err);
  json_decref(issue);
  free(json);
  free(manifest);
  free(audio);
  free(audio_dir);
  free(text);
  if (s == TB_OK)
    *out_dir = dir;
  else
    free(dir);
  return s;
}

static const tb_service_renderer fake_renderer = {fake_open, fake_render, fake_close};

typedef struct {
  char *root, *library, *inbox;
  pid_t pid;
  unsigned port;
} daemon_run;

static void start_daemon(daemon_run *d) {
  int pipefd[2];
  assert_int_equal(pipe(pipefd), 0);
  marker_dir = d->root;
  fflush(NULL);
  d->pid = fork();
  assert_true(d->pid >= 0);
  if (d->pid == 0) {
    close(pipefd[0]);
    tb_log_set_level(getenv("TB_TEST_VERBOSE") ? TB_LOG_DEBUG : TB_LOG_ERROR);
    tb_config cfg;
    tb_config_defaults(&cfg);
    tb_set_string(&cfg.library, d->library);
    tb_set_string(&cfg.inbox, d->inbox);
    tb_set_string(&cfg.listen, "127.0.0.1:0");
    tb_set_string(&cfg.api_token, "s3cret");
    cfg.workers = 2;
    tb_service_options opts;
    tb_service_options_defaults(&opts);
    opts.renderer = &fake_renderer;
    opts.web_dir = TB_SOURCE_DIR "/web";
    opts.max_body = 64 * 1024;
    opts.retry_seconds = 0.05;
    opts.settle_seconds = 0.2;
    opts.max_attempts = 3;
    tb_service *svc;
    tb_error err;
    if (tb_service_new(&cfg, &opts, &svc, &err) != TB_OK) {
      fprintf(stderr, "%s\n", err.message);
      _exit(3);
    }
    unsigned port = tb_service_port(svc);
    if (write(pipefd[1], &port, sizeof port) != (ssize_t)sizeof port) _exit(4);
    close(pipefd[1]);
    tb_status s = tb_service_run(svc, &err);
    tb_service_free(svc);
    tb_config_free(&cfg);
    _exit(s == TB_OK ? 0 : 5);
  }
  close(pipefd[1]);
  d->port = 0;
  assert_int_equal(read(pipefd[0], &d->port, sizeof d->port), (ssize_t)sizeof d->port);
  close(pipefd[0]);
  assert_true(d->port > 0);
}

static int stop_daemon(daemon_run *d, int sig) {
  kill(d->pid, sig);
  int status = 0;
  assert_int_equal(waitpid(d->pid, &status, 0), d->pid);
  return status;
}

typedef struct {
  int status;
  char *head; /* status line and headers */
  char *body;
  size_t body_len;
} http_reply;

static void reply_free(http_reply *r) {
  free(r->head);
  free(r->body);
  memset(r, 0, sizeof *r);
}

/* One HTTP/1.1 request with Connection: close; extra_headers end with \r\n each. */
static http_reply http(unsigned port, const char *method, const char *path,
                       const char *extra_headers, const char *body, size_t body_len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  assert_true(fd >= 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
  struct timeval tv = {10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  char *req = tb_xasprintf("%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%s"
                           "%s\r\n",
                           method, path, extra_headers ? extra_headers : "", body ? "" : "");
  tb_strbuf out;
  tb_strbuf_init(&out);
  tb_strbuf_puts(&out, req);
  if (body) {
    out.len -= 2; /* put Content-Length before the blank line */
    tb_strbuf_printf(&out, "Content-Length: %zu\r\n\r\n", body_len);
    tb_strbuf_append(&out, body, body_len);
  }
  free(req);
  for (size_t sent = 0; sent < out.len;) {
    ssize_t n = send(fd, out.data + sent, out.len - sent, MSG_NOSIGNAL);
    if (n <= 0) break; /* the server may refuse early and close */
    sent += (size_t)n;
  }
  tb_strbuf_free(&out);
  tb_strbuf in;
  tb_strbuf_init(&in);
  char buf[4096];
  ssize_t n;
  while ((n = recv(fd, buf, sizeof buf, 0)) > 0)
    tb_strbuf_append(&in, buf, (size_t)n);
  close(fd);
  http_reply r = {0};
  const char *all = tb_strbuf_view(&in);
  const char *end = strstr(all, "\r\n\r\n");
  assert_non_null(end);
  r.head = tb_xstrndup(all, (size_t)(end - all));
  r.body_len = in.len - (size_t)(end + 4 - all);
  r.body = tb_xmalloc(r.body_len + 1);
  memcpy(r.body, end + 4, r.body_len);
  r.body[r.body_len] = '\0';
  r.status = atoi(all + 9);
  tb_strbuf_free(&in);
  return r;
}

static json_t *reply_json(const http_reply *r) {
  json_t *j = json_loads(r->body, 0, NULL);
  assert_non_null(j);
  return j;
}

static const char *error_code(json_t *j) {
  return json_string_value(json_object_get(json_object_get(j, "error"), "code"));
}

static char *multipart(const char *name, const char *content, size_t *len) {
  char *body = tb_xasprintf("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                            "filename=\"%s\"\r\nContent-Type: text/plain\r\n\r\n%s\r\n--XyZ--\r\n",
                            name, content);
  *len = strlen(body);
  return body;
}

static const char auth[] = "Authorization: Bearer s3cret\r\n";
static const char form[] = "Content-Type: multipart/form-data; boundary=XyZ\r\n";

static int64_t upload(unsigned port, const char *name, const char *content) {
  size_t len;
  char *body = multipart(name, content, &len);
  char *headers = tb_xasprintf("%s%s", auth, form);
  http_reply r = http(port, "POST", "/v1/issues", headers, body, len);
  assert_int_equal(r.status, 202);
  assert_non_null(strstr(r.head, "Location: /v1/jobs/"));
  json_t *j = reply_json(&r);
  int64_t id = json_integer_value(json_object_get(j, "id"));
  assert_true(id > 0);
  json_decref(j);
  reply_free(&r);
  free(headers);
  free(body);
  return id;
}

/* Polls a job until it is done or failed; bounded so a broken daemon fails, not hangs. */
static json_t *wait_job(unsigned port, int64_t id) {
  char path[64];
  snprintf(path, sizeof path, "/v1/jobs/%lld", (long long)id);
  for (int i = 0; i < 1200; i++) {
    http_reply r = http(port, "GET", path, NULL, NULL, 0);
    assert_int_equal(r.status, 200);
    json_t *j = reply_json(&r);
    reply_free(&r);
    const char *st = json_string_value(json_object_get(j, "state"));
    if (strcmp(st, "done") == 0 || strcmp(st, "failed") == 0) return j;
    json_decref(j);
    pause_ms(25);
  }
  fail_msg("job %lld never finished", (long long)id);
  return NULL;
}

static void test_daemon_api(void **state) {
  (void)state;
  daemon_run d = {0};
  d.root = make_temp_dir();
  d.library = tb_path_join(d.root, "library");
  d.inbox = tb_path_join(d.root, "inbox");
  start_daemon(&d);

  http_reply r = http(d.port, "GET", "/healthz", NULL, NULL, 0);
  assert_int_equal(r.status, 200);
  json_t *j = reply_json(&r);
  assert_string_equal(json_string_value(json_object_get(j, "status")), "ok");
  json_decref(j);
  reply_free(&r);

  /* Writes need the token. */
  size_t len;
  char *body = multipart("a.txt", "2026-01-01\n", &len);
  r = http(d.port, "POST", "/v1/issues", form, body, len);
  assert_int_equal(r.status, 401);
  assert_non_null(strstr(r.head, "WWW-Authenticate: Bearer"));
  j = reply_json(&r);
  assert_string_equal(error_code(j), "unauthorized");
  json_decref(j);
  reply_free(&r);
  r = http(d.port, "POST", "/v1/issues", "Authorization: Bearer wrong\r\n", body, len);
  assert_int_equal(r.status, 401);
  reply_free(&r);
  free(body);

  /* A good upload is rendered, listed, and its input archived. */
  int64_t id = upload(d.port, "新东城.txt", "2026-01-01\n");
  j = wait_job(d.port, id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "done");
  assert_int_equal(json_integer_value(json_object_get(j, "attempts")), 1);
  const char *issue_url = json_string_value(json_object_get(j, "issue_url"));
  assert_non_null(issue_url);
  char *issue_path = tb_xstrdup(issue_url);
  json_decref(j);
  char *archived = tb_xasprintf("%s/archive/新东城.txt", d.root);
  assert_true(tb_path_exists(archived));
  free(archived);

  r = http(d.port, "GET", "/v1/issues", NULL, NULL, 0);
  assert_int_equal(r.status, 200);
  j = reply_json(&r);
  json_t *issues = json_object_get(j, "issues");
  assert_int_equal(json_array_size(issues), 1);
  assert_string_equal(json_string_value(json_object_get(json_array_get(issues, 0), "date")),
                      "2026-01-01");
  json_decref(j);
  reply_free(&r);

  r = http(d.port, "GET", issue_path, NULL, NULL, 0);
  assert_int_equal(r.status, 200);
  j = reply_json(&r);
  assert_string_equal(json_string_value(json_object_get(j, "publication")), "测试报");
  json_decref(j);
  reply_free(&r);
  free(issue_path);

  /* Files with Range. */
  const char *audio = "/library/%E6%B5%8B%E8%AF%95%E6%8A%A5/2026-01-01/audio/01-test.wav";
  r = http(d.port, "GET", audio, "Range: bytes=26-51\r\n", NULL, 0);
  assert_int_equal(r.status, 206);
  assert_int_equal(r.body_len, 26);
  assert_memory_equal(r.body, "abcdefghijklmnopqrstuvwxyz", 26);
  assert_non_null(strstr(r.head, "Content-Range: bytes 26-51/1000"));
  assert_non_null(strstr(r.head, "Content-Type: audio/wav"));
  reply_free(&r);
  r = http(d.port, "GET", audio, "Range: bytes=5000-\r\n", NULL, 0);
  assert_int_equal(r.status, 416);
  assert_non_null(strstr(r.head, "Content-Range: bytes */1000"));
  reply_free(&r);
  r = http(d.port, "GET", audio, NULL, NULL, 0);
  assert_int_equal(r.status, 200);
  assert_int_equal(r.body_len, 1000);
  assert_non_null(strstr(r.head, "Accept-Ranges: bytes"));
  reply_free(&r);

  /* Nothing outside the library, encoded or not. */
  const char *escapes[] = {"/library/../jobs.db",
                           "/library/%2e%2e/jobs.db",
                           "/library/..%2fjobs.db",
                           "/library/%2E%2E%2F%2E%2E%2Fetc/passwd",
                           "/v1/issues/..%2F..%2Fetc/passwd",
                           "/assets/../../jobs.db",
                           "/library/%E6%B5%8B%E8%AF%95%E6%8A%A5/2026-01-01/.issue.json.tmp-1"};
  for (size_t i = 0; i < sizeof escapes / sizeof *escapes; i++) {
    r = http(d.port, "GET", escapes[i], NULL, NULL, 0);
    assert_int_equal(r.status, 404);
    j = reply_json(&r);
    assert_string_equal(error_code(j), "not_found");
    json_decref(j);
    reply_free(&r);
  }

  /* Bad requests. */
  char big[70 * 1024];
  memset(big, 'x', sizeof big);
  char *headers = tb_xasprintf("%sContent-Type: text/plain\r\n", auth);
  r = http(d.port, "POST", "/v1/issues", headers, big, sizeof big);
  assert_int_equal(r.status, 413);
  j = reply_json(&r);
  assert_string_equal(error_code(j), "too_large");
  json_decref(j);
  reply_free(&r);
  free(headers);
  headers = tb_xasprintf("%s%s", auth, form);
  const char *broken = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\""
                       "\r\n\r\nhalf a part without its end";
  r = http(d.port, "POST", "/v1/issues", headers, broken, strlen(broken));
  assert_int_equal(r.status, 400);
  j = reply_json(&r);
  assert_string_equal(error_code(j), "malformed_multipart");
  json_decref(j);
  reply_free(&r);
  const char *no_file = "--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhi\r\n"
                        "--XyZ--\r\n";
  r = http(d.port, "POST", "/v1/issues", headers, no_file, strlen(no_file));
  assert_int_equal(r.status, 400);
  j = reply_json(&r);
  assert_string_equal(error_code(j), "no_file");
  json_decref(j);
  reply_free(&r);
  free(headers);
  headers = tb_xasprintf("%sContent-Type: image/png\r\n", auth);
  r = http(d.port, "POST", "/v1/issues", headers, "x", 1);
  assert_int_equal(r.status, 415);
  reply_free(&r);
  free(headers);
  r = http(d.port, "DELETE", "/v1/issues", auth, NULL, 0);
  assert_int_equal(r.status, 405);
  assert_non_null(strstr(r.head, "Allow: GET, HEAD, POST"));
  reply_free(&r);
  r = http(d.port, "GET", "/v1/jobs/999999", NULL, NULL, 0);
  assert_int_equal(r.status, 404);
  reply_free(&r);

  /* A raw body is an upload too. */
  headers = tb_xasprintf("%sContent-Type: text/plain\r\n", auth);
  r = http(d.port, "POST", "/v1/issues?name=raw.txt", headers, "2026-01-02\n", 11);
  assert_int_equal(r.status, 202);
  j = reply_json(&r);
  id = json_integer_value(json_object_get(j, "id"));
  json_decref(j);
  reply_free(&r);
  free(headers);
  j = wait_job(d.port, id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "done");
  json_decref(j);

  /* Bad input fails at once, without retries, and is rejected with its reason. */
  id = upload(d.port, "bad.txt", "BAD\n");
  j = wait_job(d.port, id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "failed");
  assert_int_equal(json_integer_value(json_object_get(j, "attempts")), 1);
  assert_non_null(strstr(json_string_value(json_object_get(j, "error")), "no article"));
  json_decref(j);
  char *why_path = tb_xasprintf("%s/rejected/bad.txt.error", d.root);
  char *why = read_text(why_path);
  assert_non_null(why);
  assert_non_null(strstr(why, "no article"));
  assert_ptr_equal(strchr(why, '\n'), why + strlen(why) - 1); /* exactly one line */
  free(why);
  free(why_path);

  /* A worker that crashes fails only its job, which is retried, then given up. */
  id = upload(d.port, "crash.txt", "CRASH\n");
  int64_t ok_id = upload(d.port, "fine.txt", "2026-01-03\n");
  j = wait_job(d.port, id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "failed");
  assert_int_equal(json_integer_value(json_object_get(j, "attempts")), 3);
  assert_non_null(strstr(json_string_value(json_object_get(j, "error")), "signal"));
  json_decref(j);
  j = wait_job(d.port, ok_id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "done");
  json_decref(j);
  id = upload(d.port, "once.txt", "ONCE2026-01-04\n");
  j = wait_job(d.port, id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "done");
  assert_int_equal(json_integer_value(json_object_get(j, "attempts")), 2);
  json_decref(j);

  /* The inbox: a file written in place is taken only once it is closed. */
  char *slow = tb_path_join(d.inbox, "inbox-issue.txt");
  int fd = open(slow, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "2026-", 5), 5);
  pause_ms(800); /* four settle times with the file open */
  assert_true(tb_path_exists(slow));
  assert_int_equal(write(fd, "02-01\n", 6), 6);
  close(fd);
  char *inbox_done = tb_xasprintf("%s/测试报/2026-02-01/issue.json", d.library);
  for (int i = 0; i < 400 && !tb_path_exists(inbox_done); i++)
    pause_ms(25);
  assert_true(tb_path_exists(inbox_done));
  free(inbox_done);
  char *archived_inbox = tb_xasprintf("%s/archive/inbox-issue.txt", d.root);
  for (int i = 0; i < 400 && !tb_path_exists(archived_inbox); i++)
    pause_ms(25);
  assert_true(tb_path_exists(archived_inbox));
  assert_false(tb_path_exists(slow));
  free(archived_inbox);
  free(slow);

  /* Metrics speak Prometheus. */
  r = http(d.port, "GET", "/metrics", NULL, NULL, 0);
  assert_int_equal(r.status, 200);
  assert_non_null(strstr(r.body, "# TYPE tingbao_jobs gauge"));
  assert_non_null(strstr(r.body, "tingbao_jobs{state=\"failed\"} 2"));
  assert_non_null(strstr(r.body, "tingbao_render_seconds_count "));
  assert_non_null(strstr(r.body, "tingbao_queue_length 0"));
  reply_free(&r);

  int status = stop_daemon(&d, SIGTERM);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  remove_tree(d.root);
  free(d.root);
  free(d.library);
  free(d.inbox);
}

/* kill -9 of the daemon mid-render: after a restart the job is rendered once more, and done. */
static void test_daemon_crash_recovery(void **state) {
  (void)state;
  daemon_run d = {0};
  d.root = make_temp_dir();
  d.library = tb_path_join(d.root, "library");
  d.inbox = tb_path_join(d.root, "inbox");
  start_daemon(&d);
  int64_t id = upload(d.port, "slow.txt", "SLOW2026-05-05\n");
  char path[64];
  snprintf(path, sizeof path, "/v1/jobs/%lld", (long long)id);
  for (int i = 0; i < 400; i++) {
    http_reply r = http(d.port, "GET", path, NULL, NULL, 0);
    bool running = strstr(r.body, "\"running\"") != NULL;
    reply_free(&r);
    if (running) break;
    pause_ms(10);
  }
  stop_daemon(&d, SIGKILL);
  char *manifest = tb_xasprintf("%s/测试报/SLOW2026-05-05/issue.json", d.library);
  assert_false(tb_path_exists(manifest)); /* the worker died with its daemon */
  start_daemon(&d);
  json_t *j = wait_job(d.port, id);
  assert_string_equal(json_string_value(json_object_get(j, "state")), "done");
  assert_int_equal(json_integer_value(json_object_get(j, "attempts")), 1);
  json_decref(j);
  assert_true(tb_path_exists(manifest));
  free(manifest);
  int status = stop_daemon(&d, SIGTERM);
  assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  remove_tree(d.root);
  free(d.root);
  free(d.library);
  free(d.inbox);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_split_path),
      cmocka_unit_test(test_resolve_inside),
      cmocka_unit_test(test_safe_name),
      cmocka_unit_test(test_parse_range),
      cmocka_unit_test(test_sweep_temps),
      cmocka_unit_test(test_publish_replaces_whole),
      cmocka_unit_test(test_job_store),
      cmocka_unit_test(test_daemon_api),
      cmocka_unit_test(test_daemon_crash_recovery),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
