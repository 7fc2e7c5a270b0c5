#include "render_private.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *tb_export_safe_component(const char *name, size_t max_bytes, const char *fallback) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t n = name ? strlen(name) : 0, i = 0;
  while (i < n) {
    uint32_t cp;
    size_t used = tb_utf8_decode(name + i, n - i, &cp);
    if (!used) break;
    bool unsafe = cp < 0x20 || cp == 0x7F || cp == '/' || cp == '\\' || tb_is_space_cp(cp) ||
                  (sb.len == 0 && cp == '.');
    if (sb.len + used > max_bytes) break;
    if (unsafe) {
      if (sb.len > 0 && tb_strbuf_view(&sb)[sb.len - 1] != '_') tb_strbuf_putc(&sb, '_');
    } else {
      tb_strbuf_append(&sb, name + i, used);
    }
    i += used;
  }
  while (sb.len > 0 && sb.data[sb.len - 1] == '_')
    sb.data[--sb.len] = '\0';
  if (sb.len == 0) {
    tb_strbuf_free(&sb);
    return tb_xstrdup(fallback);
  }
  return tb_strbuf_take(&sb);
}

char *tb_export_slug(tb_mandarin *mandarin, const char *headline) {
  enum { MAX_SLUG = 40 };
  if (!headline) return tb_xstrdup("article");
  char *words = tb_mandarin_pinyin_words(mandarin, headline);
  tb_strbuf sb, word;
  tb_strbuf_init(&sb);
  tb_strbuf_init(&word);
  /* Whole words only, so a file name never ends in half a syllable. */
  for (const char *p = words;; p++) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80 && isalpha(c)) {
      tb_strbuf_putc(&word, (char)tolower(c));
    } else if (c == ' ' || c == '\0') {
      if (word.len > 0 && sb.len + word.len + 1 <= MAX_SLUG) {
        if (sb.len > 0) tb_strbuf_putc(&sb, '-');
        tb_strbuf_append(&sb, word.data, word.len);
      } else if (word.len > 0) {
        break;
      }
      tb_strbuf_clear(&word);
      if (c == '\0') break;
    }
  }
  tb_strbuf_free(&word);
  free(words);
  if (sb.len == 0) {
    tb_strbuf_free(&sb);
    return tb_xstrdup("article");
  }
  return tb_strbuf_take(&sb);
}
