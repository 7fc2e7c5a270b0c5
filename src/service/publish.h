/* Publishing a rendered issue whole: a worker renders into a hidden staging folder of the
 * library and swaps the finished folder into place in one rename, so readers never see a mix
 * of two renders, and two renders of one issue at once cannot interleave their files. */
#ifndef TB_SERVICE_PUBLISH_H
#define TB_SERVICE_PUBLISH_H

#include "core/core.h"

#include <sys/types.h>

/* <library>/.staging/job-<job>-<pid>: where one render writes; caller frees. */
char *tb_svc_staging_dir(const char *library, long long job, pid_t pid);

/* Moves staged/<rel> (rendered under staging) to library/<rel>, replacing an older folder
 * atomically, then removes staging. *final receives library/<rel> (caller frees). */
tb_status tb_svc_publish(const char *library, const char *staging, const char *staged, char **final,
                         tb_error *err);

/* rm -rf; returns false when something stayed. */
bool tb_svc_remove_tree(const char *path);

/* Removes the staging folders of process pid, or all of them when pid is 0 (at start-up). */
void tb_svc_remove_staging(const char *library, pid_t pid);

#endif
