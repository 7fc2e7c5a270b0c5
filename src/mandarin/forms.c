/* The CLI's text forms of a reading: `tingbao normalize`, `tingbao pinyin [--words]`. */
#include "mandarin_internal.h"

#include <string.h>

static tb_reading *read_line(tb_mandarin *m, const char *line) {
  tb_reading *r = NULL;
  const char *paras[1] = {line ? line : ""};
  if (tb_mandarin_read(m, paras, 1, &r, NULL) != TB_OK) return NULL;
  return r;
}

char *tb_mandarin_normalize(tb_mandarin *m, const char *line) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_reading *r = read_line(m, line);
  for (size_t t = 0; r && t < r->token_count; t++) {
    const tb_token *tok = &r->tokens[t];
    /* Latin words keep the space that separated them (New York) */
    if (t > 0 && tok->kind == TB_TOKEN_LATIN && r->tokens[t - 1].kind == TB_TOKEN_LATIN)
      tb_strbuf_putc(&sb, ' ');
    tb_strbuf_puts(&sb, tok->spoken);
  }
  tb_reading_free(r);
  return tb_strbuf_take(&sb);
}

char *tb_mandarin_pinyin(tb_mandarin *m, const char *line) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  if (m && line) tb_mandarin_char_pinyin(m, line, strlen(line), &sb);
  return tb_strbuf_take(&sb);
}

char *tb_mandarin_pinyin_words(tb_mandarin *m, const char *line) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_reading *r = read_line(m, line);
  for (size_t t = 0; r && t < r->token_count; t++) {
    const tb_token *tok = &r->tokens[t];
    if (sb.len) tb_strbuf_putc(&sb, ' ');
    if (tok->kind == TB_TOKEN_HANZI && *tok->pinyin) {
      for (const char *p = tok->pinyin; *p; p++)
        tb_strbuf_putc(&sb, *p == ' ' ? '-' : *p);
    } else {
      tb_strbuf_puts(&sb, tok->text);
    }
  }
  tb_reading_free(r);
  return tb_strbuf_take(&sb);
}
