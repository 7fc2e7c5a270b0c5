#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t size) {
  fprintf(stderr, "tingbao: out of memory allocating %zu bytes\n", size);
  abort();
}

void *tb_xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) out_of_memory(size);
  return p;
}

void *tb_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) out_of_memory(count * size);
  return p;
}

void *tb_xrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p) out_of_memory(size);
  return p;
}

char *tb_xstrdup(const char *s) {
  return s ? tb_xstrndup(s, strlen(s)) : NULL;
}

char *tb_xstrndup(const char *s, size_t n) {
  char *p = tb_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *tb_xasprintf(const char *fmt, ...) {
  va_list ap, copy;
  va_start(ap, fmt);
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = tb_xmalloc((size_t)(n < 0 ? 0 : n) + 1);
  vsnprintf(p, (size_t)(n < 0 ? 0 : n) + 1, fmt, copy);
  va_end(copy);
  return p;
}

void tb_set_string(char **field, const char *value) {
  char *copy = tb_xstrdup(value);
  free(*field);
  *field = copy;
}

void tb_grow(void **items, size_t *cap, size_t need, size_t elem_size) {
  if (need <= *cap) return;
  size_t new_cap = *cap ? *cap : 8;
  while (new_cap < need)
    new_cap *= 2;
  *items = tb_xrealloc(*items, new_cap * elem_size);
  *cap = new_cap;
}
