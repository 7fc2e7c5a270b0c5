/* Which handler answers which URL. Every path is split into segments that cannot climb out
 * of the library (paths.c) before anything touches the file system. */
#include "http.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static bool is(const char *a, const char *b) {
  return strcmp(a, b) == 0;
}

static enum MHD_Result method_not_allowed(tb_service *svc, struct MHD_Connection *c,
                                          const char *allow) {
  json_t *body = json_pack("{s:{s:s,s:s,s:i}}", "error", "code", "method_not_allowed", "message",
                           "this URL does not take that method", "status", 405);
  char *text = json_dumps(body, JSON_COMPACT);
  json_decref(body);
  struct MHD_Response *r =
      MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
  MHD_add_response_header(r, "Content-Type", "application/json");
  MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
  return tb_svc_reply(svc, c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
}

static enum MHD_Result healthz(tb_service *svc, struct MHD_Connection *c) {
  int64_t counts[TB_JOB_STATE_COUNT];
  bool store_ok = tb_svc_jobs_counts(svc->jobs, counts, NULL) == TB_OK;
  size_t alive = tb_svc_workers_alive(svc);
  bool ok = store_ok && !svc->stopping;
  json_t *body = json_pack("{s:s,s:b,s:I,s:I,s:I,s:b,s:s}", "status", ok ? "ok" : "unavailable",
                           "store", store_ok, "workers", (json_int_t)alive, "busy",
                           (json_int_t)tb_svc_workers_busy(svc), "queue",
                           (json_int_t)(store_ok ? counts[TB_JOB_QUEUED] : 0), "inbox",
                           svc->inbox != NULL, "version", TB_VERSION);
  return tb_svc_reply_json(svc, c, ok ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE, body);
}

static enum MHD_Result metrics(tb_service *svc, struct MHD_Connection *c) {
  char *text = tb_svc_metrics_text(svc);
  struct MHD_Response *r =
      MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
  MHD_add_response_header(r, "Content-Type", "text/plain; version=0.0.4; charset=utf-8");
  MHD_add_response_header(r, "Cache-Control", "no-store");
  return tb_svc_reply(svc, c, MHD_HTTP_OK, r);
}

static enum MHD_Result job(tb_service *svc, struct MHD_Connection *c, const char *id_text) {
  char *end;
  errno = 0;
  long long id = strtoll(id_text, &end, 10);
  if (errno || *end || id <= 0)
    return tb_svc_reply_error(svc, c, MHD_HTTP_NOT_FOUND, "not_found", "no job %s", id_text);
  tb_job j;
  bool found = false;
  tb_error err;
  if (tb_svc_jobs_get(svc->jobs, id, &j, &found, &err) != TB_OK)
    return tb_svc_reply_error(svc, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "%s",
                              err.message);
  if (!found) return tb_svc_reply_error(svc, c, MHD_HTTP_NOT_FOUND, "not_found", "no job %lld", id);
  json_t *body = tb_svc_job_json(&j);
  if (j.state == TB_JOB_DONE && j.out_dir) {
    /* Where the finished issue is, as API URLs, when it is inside the library. */
    size_t n = strlen(svc->cfg.library);
    if (strncmp(j.out_dir, svc->cfg.library, n) == 0 && j.out_dir[n] == '/') {
      tb_strlist parts = {0};
      if (tb_svc_split_path(j.out_dir + n, &parts) && parts.count == 2) {
        char *p = tb_svc_url_segment(parts.items[0]);
        char *d = tb_svc_url_segment(parts.items[1]);
        json_object_set_new(body, "issue_url", json_sprintf("/v1/issues/%s/%s", p, d));
        json_object_set_new(body, "files_url", json_sprintf("/library/%s/%s/", p, d));
        free(p);
        free(d);
      }
      tb_strlist_free(&parts);
    }
  }
  tb_svc_job_clear(&j);
  return tb_svc_reply_json(svc, c, MHD_HTTP_OK, body);
}

static enum MHD_Result job_list(tb_service *svc, struct MHD_Connection *c) {
  const char *state = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "state");
  int filter = -1;
  for (int i = 0; state && i < TB_JOB_STATE_COUNT; i++)
    if (is(state, tb_svc_job_state_name((tb_job_state)i))) filter = i;
  if (state && filter < 0)
    return tb_svc_reply_error(svc, c, MHD_HTTP_BAD_REQUEST, "bad_request",
                              "state must be queued, running, done or failed");
  json_t *list;
  tb_error err;
  if (tb_svc_jobs_list(svc->jobs, filter, 100, &list, &err) != TB_OK)
    return tb_svc_reply_error(svc, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal", "%s",
                              err.message);
  return tb_svc_reply_json(svc, c, MHD_HTTP_OK, json_pack("{s:o}", "jobs", list));
}

/* A file under root named by segments, or 404 (also for anything that would leave root). */
static enum MHD_Result file_under(tb_service *svc, struct MHD_Connection *c, const char *root,
                                  char *const *segments, size_t count) {
  char *path = tb_svc_resolve_inside(root, (const char *const *)segments, count);
  if (!path || tb_path_is_dir(path)) {
    free(path);
    return tb_svc_reply_error(svc, c, MHD_HTTP_NOT_FOUND, "not_found", "no such file");
  }
  enum MHD_Result rc = tb_svc_reply_file(svc, c, path, NULL);
  free(path);
  return rc;
}

static enum MHD_Result issue(tb_service *svc, struct MHD_Connection *c, char *const *pubdate) {
  char *segments[3] = {pubdate[0], pubdate[1], "issue.json"};
  return file_under(svc, c, svc->cfg.library, segments, 3);
}

static enum MHD_Result get_route(tb_service *svc, struct MHD_Connection *c, const tb_strlist *p) {
  char *const *s = p->items;
  size_t n = p->count;
  if (n == 0) {
    char *index[1] = {"index.html"};
    return file_under(svc, c, svc->web_dir, index, 1);
  }
  if (is(s[0], "assets")) return file_under(svc, c, svc->web_dir, s + 1, n - 1);
  if (n == 1 && is(s[0], "healthz")) return healthz(svc, c);
  if (n == 1 && is(s[0], "metrics")) return metrics(svc, c);
  if (is(s[0], "library") && n >= 2) return file_under(svc, c, svc->cfg.library, s + 1, n - 1);
  if (n >= 2 && is(s[0], "v1")) {
    if (n == 2 && is(s[1], "issues"))
      return tb_svc_reply_json(svc, c, MHD_HTTP_OK,
                               json_pack("{s:o}", "issues", tb_svc_library_list(svc->cfg.library)));
    if (n == 4 && is(s[1], "issues")) return issue(svc, c, s + 2);
    if (n == 2 && is(s[1], "jobs")) return job_list(svc, c);
    if (n == 3 && is(s[1], "jobs")) return job(svc, c, s[2]);
  }
  return tb_svc_reply_error(svc, c, MHD_HTTP_NOT_FOUND, "not_found", "nothing here");
}

enum MHD_Result tb_svc_route(tb_service *svc, struct MHD_Connection *c, const char *url,
                             const char *method, tb_svc_request *req) {
  tb_strlist path = {0};
  enum MHD_Result rc;
  bool get = is(method, MHD_HTTP_METHOD_GET) || is(method, MHD_HTTP_METHOD_HEAD);
  bool upload_url = is(url, "/v1/issues");
  if (!tb_svc_split_path(url, &path)) {
    rc = tb_svc_reply_error(svc, c, MHD_HTTP_NOT_FOUND, "not_found", "no such path");
  } else if (upload_url && is(method, MHD_HTTP_METHOD_POST)) {
    rc = tb_svc_upload_begin(svc, c, req);
  } else if (get) {
    rc = get_route(svc, c, &path);
  } else {
    rc = method_not_allowed(svc, c, upload_url ? "GET, HEAD, POST" : "GET, HEAD");
  }
  if (!req->upload) req->answered = true;
  tb_strlist_free(&path);
  return rc;
}
