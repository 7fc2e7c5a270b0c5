/* POST /v1/issues: the body is streamed to a hidden file in the spool (never held in memory),
 * checked, renamed, and only then becomes a job. A client that gets a job id has an accepted
 * issue; anything less leaves no job and a spool file that recovery removes. */
#include "http.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

struct tb_svc_upload {
  struct MHD_PostProcessor *pp; /* NULL: the body is the file itself */
  int fd;
  char *temp_path;
  char *file_name; /* as the client named it */
  uint64_t received, written;
  int files; /* file parts seen */
  bool too_large, malformed, write_failed;
};

void tb_svc_upload_free(tb_svc_upload *up) {
  if (!up) return;
  if (up->pp) MHD_destroy_post_processor(up->pp);
  if (up->fd >= 0) close(up->fd);
  if (up->temp_path) unlink(up->temp_path);
  free(up->temp_path);
  free(up->file_name);
  free(up);
}

static void write_all(tb_svc_upload *up, const char *data, size_t size) {
  while (size > 0 && !up->write_failed) {
    ssize_t n = write(up->fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      up->write_failed = true;
      return;
    }
    data += n;
    size -= (size_t)n;
    up->written += (uint64_t)n;
  }
}

static enum MHD_Result on_part(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *filename, const char *content_type,
                               const char *transfer_encoding, const char *data, uint64_t off,
                               size_t size) {
  (void)kind;
  (void)content_type;
  (void)transfer_encoding;
  tb_svc_upload *up = cls;
  if (!key || strcmp(key, "file") != 0) return MHD_YES; /* other form fields are ignored */
  if (off == 0) {
    if (++up->files > 1) {
      up->malformed = true; /* one issue per upload */
      return MHD_NO;
    }
    tb_set_string(&up->file_name, filename);
  }
  write_all(up, data, size);
  return up->write_failed ? MHD_NO : MHD_YES;
}

static bool raw_type(const char *type) {
  static const char *const types[] = {"text/plain", "text/markdown", "text/html",
                                      "application/json", "application/octet-stream"};
  if (!type) return true;
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (strncasecmp(type, types[i], strlen(types[i])) == 0) return true;
  return false;
}

enum MHD_Result tb_svc_upload_begin(tb_service *svc, struct MHD_Connection *c,
                                    tb_svc_request *req) {
  /* Refusals come before the body is read: a stranger's 1 GB costs us nothing. */
  if (!tb_svc_check_token(svc, c)) return MHD_YES;
  if (svc->stopping)
    return tb_svc_reply_error(svc, c, MHD_HTTP_SERVICE_UNAVAILABLE, "shutting_down",
                              "the service is stopping; try again shortly");
  const char *length =
      MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
  if (length && strtoull(length, NULL, 10) > svc->opts.max_body)
    return tb_svc_reply_error(svc, c, MHD_HTTP_CONTENT_TOO_LARGE, "too_large",
                              "the upload is larger than %zu bytes", svc->opts.max_body);
  const char *type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
  bool multipart = type && strncasecmp(type, "multipart/form-data", 19) == 0;
  if (!multipart && !raw_type(type))
    return tb_svc_reply_error(svc, c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                              "send multipart/form-data with a `file` field, or the file itself");
  tb_svc_upload *up = tb_xcalloc(1, sizeof *up);
  up->fd = -1;
  if (multipart) {
    up->pp = MHD_create_post_processor(c, 64 * 1024, on_part, up);
    if (!up->pp) {
      tb_svc_upload_free(up);
      return tb_svc_reply_error(svc, c, MHD_HTTP_BAD_REQUEST, "malformed_multipart",
                                "the multipart body has no usable boundary");
    }
  } else {
    const char *name = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "name");
    up->file_name = tb_xstrdup(name ? name : "upload.txt");
    up->files = 1;
  }
  up->temp_path = tb_xasprintf("%s/.upload-XXXXXX", svc->spool_dir);
  up->fd = mkstemp(up->temp_path);
  if (up->fd >= 0) fcntl(up->fd, F_SETFD, FD_CLOEXEC);
  if (up->fd < 0) {
    free(up->temp_path);
    up->temp_path = NULL;
    tb_svc_upload_free(up);
    return tb_svc_reply_error(svc, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal",
                              "cannot store the upload");
  }
  req->upload = up;
  return MHD_YES;
}

enum MHD_Result tb_svc_upload_data(tb_service *svc, struct MHD_Connection *c, tb_svc_request *req,
                                   const char *data, size_t size) {
  (void)c;
  tb_svc_upload *up = req->upload;
  up->received += size;
  if (up->received > svc->opts.max_body) {
    up->too_large = true;
    /* A body far past the limit is not worth reading to the end: drop the connection. */
    return up->received > 2 * (uint64_t)svc->opts.max_body + 65536 ? MHD_NO : MHD_YES;
  }
  if (up->too_large || up->malformed || up->write_failed) return MHD_YES;
  if (up->pp) {
    if (MHD_post_process(up->pp, data, size) != MHD_YES) up->malformed = !up->write_failed;
  } else {
    write_all(up, data, size);
  }
  return MHD_YES;
}

enum MHD_Result tb_svc_upload_end(tb_service *svc, struct MHD_Connection *c, tb_svc_request *req) {
  tb_svc_upload *up = req->upload;
  req->answered = true;
  if (up->pp) {
    if (MHD_destroy_post_processor(up->pp) != MHD_YES && !up->too_large) up->malformed = true;
    up->pp = NULL;
  }
  if (up->too_large)
    return tb_svc_reply_error(svc, c, MHD_HTTP_CONTENT_TOO_LARGE, "too_large",
                              "the upload is larger than %zu bytes", svc->opts.max_body);
  if (up->malformed)
    return tb_svc_reply_error(svc, c, MHD_HTTP_BAD_REQUEST, "malformed_multipart",
                              "the multipart body is malformed or holds more than one file");
  if (up->files == 0)
    return tb_svc_reply_error(svc, c, MHD_HTTP_BAD_REQUEST, "no_file",
                              "the form has no `file` field");
  if (up->written == 0)
    return tb_svc_reply_error(svc, c, MHD_HTTP_BAD_REQUEST, "empty_file", "the file is empty");
  if (up->write_failed || fsync(up->fd) != 0)
    return tb_svc_reply_error(svc, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal",
                              "cannot store the upload");
  close(up->fd);
  up->fd = -1;
  char *safe = tb_svc_safe_name(up->file_name);
  char *input = tb_svc_spool_path(svc, safe);
  int64_t id = 0;
  tb_error err;
  tb_status s = TB_OK;
  if (rename(up->temp_path, input) != 0)
    s = tb_error_set(&err, TB_ERR_RUNTIME, "%s: %s", input, strerror(errno));
  if (s == TB_OK) {
    free(up->temp_path);
    up->temp_path = NULL;
    s = tb_svc_jobs_add(svc->jobs, "api", safe, NULL, input, tb_svc_now(), &id, &err);
    if (s != TB_OK) unlink(input);
  }
  enum MHD_Result rc;
  if (s != TB_OK) {
    tb_svc_log(TB_LOG_ERROR, "upload_failed", "error=%s", tb_svc_q(err.message));
    rc = tb_svc_reply_error(svc, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal",
                            "cannot queue the upload");
  } else {
    svc->metrics.uploads++;
    svc->queue_changed = true;
    tb_svc_log(TB_LOG_INFO, "job_queued", "job=%" PRId64 " source=api name=%s bytes=%" PRIu64, id,
               tb_svc_q(safe), up->written);
    tb_job job;
    bool found = false;
    json_t *body = NULL;
    if (tb_svc_jobs_get(svc->jobs, id, &job, &found, NULL) == TB_OK && found) {
      body = tb_svc_job_json(&job);
      tb_svc_job_clear(&job);
    } else {
      body = json_pack("{s:I,s:s}", "id", (json_int_t)id, "state", "queued");
    }
    char location[64];
    snprintf(location, sizeof location, "/v1/jobs/%" PRId64, id);
    json_object_set_new(body, "url", json_string(location));
    char *text = json_dumps(body, JSON_COMPACT);
    json_decref(body);
    struct MHD_Response *r =
        MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
    MHD_add_response_header(r, "Content-Type", "application/json");
    MHD_add_response_header(r, MHD_HTTP_HEADER_LOCATION, location);
    rc = tb_svc_reply(svc, c, MHD_HTTP_ACCEPTED, r);
  }
  free(input);
  free(safe);
  return rc;
}
