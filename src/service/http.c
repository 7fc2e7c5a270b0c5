/* The HTTP server: libmicrohttpd driven from the daemon's own poll loop (no threads), and the
 * responses every route uses. */
#include "http.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

enum { CONNECTION_LIMIT = 512, CONNECTION_TIMEOUT_S = 60 };

static void add_common_headers(struct MHD_Response *r) {
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
}

enum MHD_Result tb_svc_reply(tb_service *svc, struct MHD_Connection *c, unsigned status,
                             struct MHD_Response *response) {
  add_common_headers(response);
  enum MHD_Result rc = MHD_queue_response(c, status, response);
  MHD_destroy_response(response);
  if (status / 100 >= 1 && status / 100 <= 5) svc->metrics.http_responses[status / 100]++;
  if (status >= 400) tb_svc_log(TB_LOG_DEBUG, "http_error", "status=%u", status);
  return rc;
}

enum MHD_Result tb_svc_reply_json(tb_service *svc, struct MHD_Connection *c, unsigned status,
                                  json_t *body) {
  char *text = json_dumps(body, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(body);
  if (!text) text = tb_xstrdup("{}");
  size_t n = strlen(text);
  text = tb_xrealloc(text, n + 2);
  text[n++] = '\n';
  text[n] = '\0';
  struct MHD_Response *r = MHD_create_response_from_buffer(n, text, MHD_RESPMEM_MUST_FREE);
  MHD_add_response_header(r, "Content-Type", "application/json");
  MHD_add_response_header(r, "Cache-Control", "no-store");
  return tb_svc_reply(svc, c, status, r);
}

enum MHD_Result tb_svc_reply_error(tb_service *svc, struct MHD_Connection *c, unsigned status,
                                   const char *code, const char *fmt, ...) {
  char message[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  json_t *body = json_pack("{s:{s:s,s:s,s:i}}", "error", "code", code, "message", message, "status",
                           (int)status);
  if (status == MHD_HTTP_UNAUTHORIZED) {
    char *text = json_dumps(body, JSON_COMPACT);
    json_decref(body);
    struct MHD_Response *r =
        MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
    MHD_add_response_header(r, "Content-Type", "application/json");
    MHD_add_response_header(r, "WWW-Authenticate", "Bearer realm=\"tingbao\"");
    return tb_svc_reply(svc, c, status, r);
  }
  return tb_svc_reply_json(svc, c, status, body);
}

enum MHD_Result tb_svc_reply_file(tb_service *svc, struct MHD_Connection *c, const char *path,
                                  const char *content_type) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (fd >= 0) close(fd);
    return tb_svc_reply_error(svc, c, MHD_HTTP_NOT_FOUND, "not_found", "no such file");
  }
  uint64_t size = (uint64_t)st.st_size, first = 0, last = size ? size - 1 : 0;
  const char *range = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_RANGE);
  tb_range_result rr = tb_svc_parse_range(range, size, &first, &last);
  if (rr == TB_RANGE_UNSATISFIABLE) {
    close(fd);
    struct MHD_Response *r = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
    char cr[64];
    snprintf(cr, sizeof cr, "bytes */%llu", (unsigned long long)size);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_RANGE, cr);
    return tb_svc_reply(svc, c, MHD_HTTP_RANGE_NOT_SATISFIABLE, r);
  }
  uint64_t length = rr == TB_RANGE_OK ? last - first + 1 : size;
  /* MHD sends the file with sendfile() and closes fd with the response. */
  struct MHD_Response *r =
      MHD_create_response_from_fd_at_offset64(length, fd, rr == TB_RANGE_OK ? first : 0);
  if (!r) {
    close(fd);
    return tb_svc_reply_error(svc, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "internal",
                              "cannot send the file");
  }
  MHD_add_response_header(r, "Content-Type",
                          content_type ? content_type : tb_svc_content_type(path));
  MHD_add_response_header(r, MHD_HTTP_HEADER_ACCEPT_RANGES, "bytes");
  char etag[64];
  snprintf(etag, sizeof etag, "\"%llx-%llx\"", (unsigned long long)st.st_mtim.tv_sec,
           (unsigned long long)size);
  MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
  if (rr == TB_RANGE_OK) {
    char cr[96];
    snprintf(cr, sizeof cr, "bytes %llu-%llu/%llu", (unsigned long long)first,
             (unsigned long long)last, (unsigned long long)size);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_RANGE, cr);
    return tb_svc_reply(svc, c, MHD_HTTP_PARTIAL_CONTENT, r);
  }
  return tb_svc_reply(svc, c, MHD_HTTP_OK, r);
}

/* Compares in time independent of where the strings differ. */
static bool same_secret(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  unsigned char diff = na != nb;
  for (size_t i = 0; i < na; i++)
    diff |= (unsigned char)(a[i] ^ b[i % (nb ? nb : 1)]);
  return diff == 0 && nb != 0;
}

bool tb_svc_check_token(tb_service *svc, struct MHD_Connection *c) {
  const char *token = svc->cfg.api_token;
  if (!token || !*token) {
    tb_svc_reply_error(svc, c, MHD_HTTP_FORBIDDEN, "writes_disabled",
                       "no api_token is configured, so the API accepts no uploads");
    return false;
  }
  const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
  if (!auth || strncasecmp(auth, "Bearer ", 7) != 0) {
    tb_svc_reply_error(svc, c, MHD_HTTP_UNAUTHORIZED, "unauthorized",
                       "this request needs an Authorization: Bearer token");
    return false;
  }
  const char *given = auth + 7;
  while (*given == ' ')
    given++;
  if (!same_secret(given, token)) {
    tb_svc_reply_error(svc, c, MHD_HTTP_UNAUTHORIZED, "unauthorized", "the token is wrong");
    return false;
  }
  return true;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **req_cls) {
  (void)version;
  tb_service *svc = cls;
  tb_svc_request *req = *req_cls;
  if (!req) {
    req = tb_xcalloc(1, sizeof *req);
    *req_cls = req;
    /* An upload is judged on its headers, before its body is read. Everything else is
     * answered once the whole request is in: an answer queued earlier makes MHD close the
     * connection, which would cost every keep-alive client a new one per request. */
    if (strcmp(method, MHD_HTTP_METHOD_POST) == 0 && strcmp(url, "/v1/issues") == 0)
      return tb_svc_route(svc, c, url, method, req);
    return MHD_YES;
  }
  if (req->upload && !req->answered) {
    if (*upload_data_size) {
      enum MHD_Result rc = tb_svc_upload_data(svc, c, req, upload_data, *upload_data_size);
      *upload_data_size = 0;
      return rc;
    }
    return tb_svc_upload_end(svc, c, req);
  }
  if (*upload_data_size || req->answered) {
    *upload_data_size = 0; /* a body nobody asked for, or after an early refusal */
    return MHD_YES;
  }
  return tb_svc_route(svc, c, url, method, req);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **req_cls,
                         enum MHD_RequestTerminationCode why) {
  (void)cls;
  (void)c;
  (void)why;
  tb_svc_request *req = *req_cls;
  if (!req) return;
  tb_svc_upload_free(req->upload);
  free(req);
  *req_cls = NULL;
}

/* libmicrohttpd's own complaints become log events like every other line. */
static void mhd_log(void *cls, const char *fmt, va_list ap) {
  (void)cls;
  char line[512];
  vsnprintf(line, sizeof line, fmt, ap);
  line[strcspn(line, "\n")] = '\0';
  tb_svc_log(TB_LOG_WARN, "http_internal", "message=%s", tb_svc_q(line));
}

static tb_status parse_listen(const char *listen, struct sockaddr_storage *addr, bool *v6,
                              tb_error *err) {
  memset(addr, 0, sizeof *addr);
  const char *colon = strrchr(listen, ':');
  if (!colon) return tb_error_set(err, TB_ERR_INPUT, "listen %s: expected HOST:PORT", listen);
  char *end;
  long port = strtol(colon + 1, &end, 10);
  if (*end || end == colon + 1 || port < 0 || port > 65535)
    return tb_error_set(err, TB_ERR_INPUT, "listen %s: bad port", listen);
  char host[128];
  size_t n = (size_t)(colon - listen);
  if (n >= sizeof host) return tb_error_set(err, TB_ERR_INPUT, "listen %s: bad host", listen);
  memcpy(host, listen, n);
  host[n] = '\0';
  if (host[0] == '[' && n > 2 && host[n - 1] == ']') {
    host[n - 1] = '\0';
    struct sockaddr_in6 *a = (struct sockaddr_in6 *)addr;
    a->sin6_family = AF_INET6;
    a->sin6_port = htons((uint16_t)port);
    *v6 = true;
    if (inet_pton(AF_INET6, host + 1, &a->sin6_addr) == 1) return TB_OK;
  } else {
    struct sockaddr_in *a = (struct sockaddr_in *)addr;
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)port);
    *v6 = false;
    if (inet_pton(AF_INET, strcmp(host, "localhost") == 0 ? "127.0.0.1" : host, &a->sin_addr) == 1)
      return TB_OK;
  }
  return tb_error_set(err, TB_ERR_INPUT, "listen %s: not a numeric address", listen);
}

tb_status tb_svc_http_start(tb_service *svc, tb_error *err) {
  struct sockaddr_storage addr;
  bool v6 = false;
  tb_status s = parse_listen(svc->cfg.listen, &addr, &v6, err);
  if (s != TB_OK) return s;
  unsigned flags = MHD_USE_EPOLL | MHD_USE_TURBO | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0);
  svc->http = MHD_start_daemon(
      flags, 0, NULL, NULL, on_request, svc, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
      MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_NOTIFY_COMPLETED, on_completed,
      svc, MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTION_LIMIT, MHD_OPTION_CONNECTION_TIMEOUT,
      (unsigned)CONNECTION_TIMEOUT_S, MHD_OPTION_LISTENING_ADDRESS_REUSE, 1U, MHD_OPTION_END);
  if (!svc->http)
    return tb_error_set(err, TB_ERR_RUNTIME, "cannot listen on %s: %s", svc->cfg.listen,
                        strerror(errno));
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(svc->http, MHD_DAEMON_INFO_BIND_PORT);
  svc->port = info ? info->port : 0;
  return TB_OK;
}

void tb_svc_http_stop(tb_service *svc) {
  if (svc->http) MHD_stop_daemon(svc->http);
  svc->http = NULL;
}

int tb_svc_http_fd(const tb_service *svc) {
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(svc->http, MHD_DAEMON_INFO_EPOLL_FD);
  return info ? info->epoll_fd : -1;
}

int tb_svc_http_timeout(const tb_service *svc) {
  MHD_UNSIGNED_LONG_LONG ms = 0;
  if (MHD_get_timeout(svc->http, &ms) != MHD_YES) return -1;
  return ms > 60000 ? 60000 : (int)ms;
}

void tb_svc_http_run(tb_service *svc) {
  MHD_run(svc->http);
}
