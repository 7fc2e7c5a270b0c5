/* Structured log lines and clocks shared by the service's files. */
#include "svc.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

double tb_svc_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double tb_svc_monotonic(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void tb_svc_log(tb_log_level level, const char *event, const char *fmt, ...) {
  if (level > tb_log_get_level()) return;
  char rest[1800];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(rest, sizeof rest, fmt, ap);
  va_end(ap);
  tb_log(level, "event=%s%s%s", event, rest[0] ? " " : "", rest);
}

const char *tb_svc_q(const char *s) {
  static char ring[8][600];
  static unsigned next;
  char *out = ring[next++ % 8];
  if (!s) return "null";
  bool plain = *s != '\0';
  for (const char *p = s; *p && plain; p++)
    if (*p == ' ' || *p == '"' || *p == '=' || *p == '\\' || (unsigned char)*p < 0x20)
      plain = false;
  if (plain && strlen(s) < sizeof ring[0]) return s;
  size_t n = 0;
  out[n++] = '"';
  for (const char *p = s; *p && n < sizeof ring[0] - 4; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == '"' || c == '\\') {
      out[n++] = '\\';
      out[n++] = (char)c;
    } else if (c < 0x20) {
      out[n++] = ' '; /* keeps the event on one line */
    } else {
      out[n++] = (char)c;
    }
  }
  out[n++] = '"';
  out[n] = '\0';
  return out;
}
