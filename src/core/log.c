#include "core.h"

#include <stdio.h>
#include <unistd.h>

static tb_log_level current_level = TB_LOG_WARN;

void tb_log_set_level(tb_log_level level) {
  current_level = level;
}
tb_log_level tb_log_get_level(void) {
  return current_level;
}

void tb_log(tb_log_level level, const char *fmt, ...) {
  static const char *const names[] = {"error", "warning", "info", "debug"};
  if (level > current_level) return;
  tb_progress_done();
  char line[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  fprintf(stderr, "tingbao: %s: %s\n", names[level], line);
}

static int progress_shown;

void tb_progress(const char *label, size_t done, size_t total) {
  if (!isatty(STDERR_FILENO) || total == 0) return;
  unsigned percent = (unsigned)(done * 100 / total);
  fprintf(stderr, "\r\033[K%s %zu of %zu (%u%%)", label, done, total, percent);
  fflush(stderr);
  progress_shown = 1;
}

void tb_progress_done(void) {
  if (!progress_shown) return;
  fputs("\r\033[K", stderr);
  fflush(stderr);
  progress_shown = 0;
}
