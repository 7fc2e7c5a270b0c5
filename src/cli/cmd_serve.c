/* tingbao serve: the daemon (src/service). */
#include "cli.h"
#include "service/service.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: tingbao serve [--config FILE] [--check-config]\n"
    "\n"
    "Watches the inbox, renders new issues into the library in worker processes, and serves\n"
    "the HTTP API and the web page (default http://127.0.0.1:8420/).\n"
    "\n"
    "  --config FILE  INI configuration (see config/tingbao.conf); without it the embedded\n"
    "                 defaults apply. SIGHUP re-reads FILE; SIGTERM stops after running jobs.\n"
    "  --check-config read the configuration, report the first error, and exit\n"
    "  --help         show this help\n"
    "\n"
    "Environment: TINGBAO_LOG=error|warning|info|debug (default info): log lines on stderr.\n";

static void set_log_level(void) {
  const char *level = getenv("TINGBAO_LOG");
  tb_log_level l = TB_LOG_INFO;
  if (level && strcmp(level, "error") == 0)
    l = TB_LOG_ERROR;
  else if (level && strncmp(level, "warn", 4) == 0)
    l = TB_LOG_WARN;
  else if (level && strcmp(level, "debug") == 0)
    l = TB_LOG_DEBUG;
  tb_log_set_level(l);
}

int tb_cli_serve(int argc, char **argv) {
  const char *config_path = NULL;
  bool check_only = false;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      fputs(usage, stdout);
      return 0;
    }
    if (strcmp(argv[i], "--config") == 0) {
      if (i + 1 >= argc) return tb_cli_usage_error("serve", "--config needs a file");
      config_path = argv[++i];
    } else if (strcmp(argv[i], "--check-config") == 0) {
      check_only = true;
    } else if (strncmp(argv[i], "--config=", 9) == 0) {
      config_path = argv[i] + 9;
    } else {
      return tb_cli_usage_error("serve", "unknown argument %s", argv[i]);
    }
  }
  set_log_level();
  tb_config cfg;
  tb_error err;
  tb_error_clear(&err);
  tb_status s = tb_cli_load_config(config_path, &cfg, &err);
  if (s != TB_OK) {
    tb_config_free(&cfg);
    return tb_cli_fail(s, err.message);
  }
  if (check_only) {
    tb_config_free(&cfg);
    return 0;
  }
  tb_service_options opts;
  tb_service_options_defaults(&opts);
  opts.config_path = config_path;
  opts.renderer = &tb_service_pipeline_renderer;
  opts.state_dir = cfg.state_dir;
  opts.max_body = (size_t)cfg.max_upload_mb * 1024 * 1024;
  opts.max_attempts = cfg.max_attempts;
  opts.retry_seconds = cfg.retry_seconds;
  opts.job_timeout = cfg.job_timeout;
  opts.shutdown_grace = cfg.shutdown_grace;
  opts.settle_seconds = cfg.inbox_settle_ms / 1000.0;
  tb_service *svc = NULL;
  s = tb_service_new(&cfg, &opts, &svc, &err); /* copies what it keeps */
  tb_config_free(&cfg);
  if (s == TB_OK) s = tb_service_run(svc, &err);
  tb_service_free(svc);
  if (s != TB_OK) return tb_cli_fail(s, err.message);
  return 0;
}
