#include "core.h"

#include <stdio.h>
#include <string.h>

tb_status tb_error_set(tb_error *err, tb_status status, const char *fmt, ...) {
  if (err) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    /* Messages are one line by contract: fold any newline a caller let through. */
    for (char *p = err->message; *p; p++)
      if (*p == '\n' || *p == '\r') *p = ' ';
    err->status = status;
  }
  return status;
}

void tb_error_clear(tb_error *err) {
  if (!err) return;
  err->status = TB_OK;
  err->message[0] = '\0';
}
