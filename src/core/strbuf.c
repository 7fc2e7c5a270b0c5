#include "core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tb_strbuf_init(tb_strbuf *sb) {
  sb->data = NULL;
  sb->len = 0;
  sb->cap = 0;
}

void tb_strbuf_free(tb_strbuf *sb) {
  free(sb->data);
  tb_strbuf_init(sb);
}

void tb_strbuf_clear(tb_strbuf *sb) {
  sb->len = 0;
  if (sb->data) sb->data[0] = '\0';
}

static void reserve(tb_strbuf *sb, size_t extra) {
  size_t need = sb->len + extra + 1;
  if (need <= sb->cap) return;
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap < need)
    cap *= 2;
  sb->data = tb_xrealloc(sb->data, cap);
  sb->cap = cap;
}

void tb_strbuf_append(tb_strbuf *sb, const char *s, size_t n) {
  reserve(sb, n);
  memcpy(sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
}

void tb_strbuf_puts(tb_strbuf *sb, const char *s) {
  tb_strbuf_append(sb, s, strlen(s));
}
void tb_strbuf_putc(tb_strbuf *sb, char c) {
  tb_strbuf_append(sb, &c, 1);
}

void tb_strbuf_printf(tb_strbuf *sb, const char *fmt, ...) {
  va_list ap, copy;
  va_start(ap, fmt);
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n > 0) {
    reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, copy);
    sb->len += (size_t)n;
  }
  va_end(copy);
}

void tb_strbuf_put_codepoint(tb_strbuf *sb, uint32_t cp) {
  char bytes[4];
  tb_strbuf_append(sb, bytes, tb_utf8_encode(cp, bytes));
}

char *tb_strbuf_take(tb_strbuf *sb) {
  char *s = sb->data ? sb->data : tb_xstrdup("");
  tb_strbuf_init(sb);
  return s;
}

const char *tb_strbuf_view(const tb_strbuf *sb) {
  return sb->data ? sb->data : "";
}

void tb_strlist_push(tb_strlist *list, const char *s) {
  tb_strlist_push_owned(list, tb_xstrdup(s));
}

void tb_strlist_push_owned(tb_strlist *list, char *s) {
  tb_grow((void **)&list->items, &list->cap, list->count + 1, sizeof *list->items);
  list->items[list->count++] = s;
}

void tb_strlist_clear(tb_strlist *list) {
  for (size_t i = 0; i < list->count; i++)
    free(list->items[i]);
  list->count = 0;
}

void tb_strlist_free(tb_strlist *list) {
  tb_strlist_clear(list);
  free(list->items);
  list->items = NULL;
  list->cap = 0;
}
