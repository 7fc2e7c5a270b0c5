/* HTTP plumbing on libmicrohttpd shared by routes.c and upload.c. Private. */
#ifndef TB_SERVICE_HTTP_H
#define TB_SERVICE_HTTP_H

#include "svc.h"

#include <microhttpd.h>

typedef struct tb_svc_upload tb_svc_upload;

/* One request's state across the handler's calls; freed when MHD completes the request. */
typedef struct {
  tb_svc_upload *upload; /* POST /v1/issues only */
  bool answered;
} tb_svc_request;

/* Each queues a response and counts it for /metrics. */
enum MHD_Result tb_svc_reply(tb_service *svc, struct MHD_Connection *c, unsigned status,
                             struct MHD_Response *response);
/* body is stolen. */
enum MHD_Result tb_svc_reply_json(tb_service *svc, struct MHD_Connection *c, unsigned status,
                                  json_t *body);
/* {"error": {"code": code, "message": …}} */
enum MHD_Result tb_svc_reply_error(tb_service *svc, struct MHD_Connection *c, unsigned status,
                                   const char *code, const char *fmt, ...) TB_PRINTF(5, 6);
/* A file, honouring Range; content_type NULL: from the file name. */
enum MHD_Result tb_svc_reply_file(tb_service *svc, struct MHD_Connection *c, const char *path,
                                  const char *content_type);

/* True when the request carries the configured bearer token; otherwise queues 401 or 403. */
bool tb_svc_check_token(tb_service *svc, struct MHD_Connection *c);

/* Handles every request (first call: no body yet). */
enum MHD_Result tb_svc_route(tb_service *svc, struct MHD_Connection *c, const char *url,
                             const char *method, tb_svc_request *req);

/* POST /v1/issues, in three steps as the body arrives. */
enum MHD_Result tb_svc_upload_begin(tb_service *svc, struct MHD_Connection *c, tb_svc_request *req);
enum MHD_Result tb_svc_upload_data(tb_service *svc, struct MHD_Connection *c, tb_svc_request *req,
                                   const char *data, size_t size);
enum MHD_Result tb_svc_upload_end(tb_service *svc, struct MHD_Connection *c, tb_svc_request *req);
void tb_svc_upload_free(tb_svc_upload *upload);

#endif
