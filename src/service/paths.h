/* Names and paths the service trusts: URL segments that cannot leave the library, submitted
 * file names made safe, HTTP Range headers, content types. Private to the service stage. */
#ifndef TB_SERVICE_PATHS_H
#define TB_SERVICE_PATHS_H

#include "core/core.h"

#include <stdint.h>
#include <sys/types.h>

/* Splits an already percent-decoded URL path ("/a/b") into segments. Returns false when any
 * segment is empty, ".", "..", starts with '.', or holds '\\' or a control character: such a
 * path names nothing the service serves. */
bool tb_svc_split_path(const char *url, tb_strlist *segments);

/* A regular file or folder at root/segments… that, with symbolic links resolved, is still
 * inside root. Returns the resolved path (caller frees) or NULL. */
char *tb_svc_resolve_inside(const char *root, const char *const *segments, size_t count);

/* A submitted file name as one safe path component: its last component, valid UTF-8, no
 * control characters, no leading dot, at most 120 bytes; "upload.txt" when nothing is left.
 * Caller frees. */
char *tb_svc_safe_name(const char *name);

/* dir/name when that is free, otherwise dir/<id>-name. Caller frees. */
char *tb_svc_unique_path(const char *dir, const char *name, int64_t id);

typedef enum { TB_RANGE_NONE, TB_RANGE_OK, TB_RANGE_UNSATISFIABLE } tb_range_result;
/* Reads a Range header for a file of size bytes. Anything but one well-formed byte range is
 * ignored (RANGE_NONE: send the whole file), as RFC 9110 allows. */
tb_range_result tb_svc_parse_range(const char *header, uint64_t size, uint64_t *first,
                                   uint64_t *last);

/* The Content-Type for a file name (static string). */
const char *tb_svc_content_type(const char *path);

/* Removes temporary files (".NAME.tmp-PID", see tb_temp_path_for) under dir left by process
 * pid, or by any process no longer alive when pid is 0. Returns how many it removed. */
int tb_svc_sweep_temps(const char *dir, pid_t pid);

#endif
