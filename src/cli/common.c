#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tb_cli_fail(tb_status status, const char *message) {
  tb_progress_done();
  fprintf(stderr, "tingbao: %s\n", message);
  return status == TB_OK ? 1 : (int)status;
}

int tb_cli_usage_error(const char *command, const char *fmt, ...) {
  char line[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  fprintf(stderr, "tingbao %s: %s (try `tingbao %s --help`)\n", command, line, command);
  return 2;
}

tb_status tb_cli_load_config(const char *path, tb_config *cfg, tb_error *err) {
  tb_config_defaults(cfg);
  if (!path) return TB_OK;
  return tb_config_load(cfg, path, err);
}

char *tb_cli_voices_dir(const tb_config *cfg) {
  return tb_path_join(cfg->data_dir, "voices/espeak");
}
char *tb_cli_tables_dir(const tb_config *cfg) {
  return tb_path_join(cfg->data_dir, "tables");
}

int tb_cli_filter_lines(tb_cli_line_fn fn, void *state) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  size_t lineno = 0;
  int status = 0;
  while ((n = getline(&line, &cap, stdin)) >= 0) {
    lineno++;
    if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
    if (n > 0 && line[n - 1] == '\r') line[--n] = '\0';
    size_t bad = tb_utf8_first_invalid(line, (size_t)n);
    if (bad != SIZE_MAX || memchr(line, '\0', (size_t)n)) {
      fprintf(stderr, "tingbao: stdin:%zu: invalid UTF-8 at byte offset %zu of the line\n", lineno,
              bad == SIZE_MAX ? strlen(line) : bad);
      status = 2;
      break;
    }
    tb_error err;
    tb_error_clear(&err);
    char *out = fn(state, line, &err);
    if (!out) {
      fprintf(stderr, "tingbao: stdin:%zu: %s\n", lineno, err.message);
      status = err.status == TB_OK ? 1 : (int)err.status;
      break;
    }
    fputs(out, stdout);
    fputc('\n', stdout);
    free(out);
  }
  free(line);
  if (fflush(stdout) != 0 && status == 0) status = 1;
  return status;
}
