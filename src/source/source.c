#include "source.h"

#include "decode.h"
#include "detect.h"
#include "ideographs.h"

#include <stdlib.h>
#include <string.h>

const char *tb_format_name(tb_format format) {
  switch (format) {
  case TB_FORMAT_MARKDOWN:
    return "markdown";
  case TB_FORMAT_HTML:
    return "html";
  case TB_FORMAT_JSON:
    return "json";
  case TB_FORMAT_TEXT:
    break;
  }
  return "text";
}

/* The code point of the full-width digit or Latin letter (U+FF10–U+FF19, U+FF21–U+FF3A,
 * U+FF41–U+FF5A) whose UTF-8 starts at s, or 0. */
static uint32_t full_width_alnum(const char *s) {
  uint32_t cp = ((uint32_t)((unsigned char)s[0] & 0x0F) << 12) |
                ((uint32_t)((unsigned char)s[1] & 0x3F) << 6) | ((unsigned char)s[2] & 0x3F);
  if (((unsigned char)s[2] & 0xC0) != 0x80) return 0;
  return tb_ascii_alnum_of(cp) != cp ? cp : 0;
}

/* \r\n and lone \r become \n; U+FEFF (a BOM repeated by concatenating files) is dropped; a
 * no-break, narrow or typographic space (U+00A0, U+2002–U+200A, U+202F: what some extractors
 * write for the page's spaces) becomes a plain space, and a full-width digit or Latin letter
 * (３月６日, ＡＩ) its ASCII form, as NFKC reads them: every reader (Markdown's list numbers, page
 * numbers, dates) then sees one alphabet. */
static void normalize_lines(tb_strbuf *text) {
  size_t w = 0;
  char *s = text->data;
  for (size_t r = 0; r < text->len; r++) {
    if (s[r] == '\r') {
      s[w++] = '\n';
      if (r + 1 < text->len && s[r + 1] == '\n') r++;
    } else if ((unsigned char)s[r] == 0xEF && r + 2 < text->len &&
               (unsigned char)s[r + 1] == 0xBB && (unsigned char)s[r + 2] == 0xBF) {
      r += 2;
    } else if ((unsigned char)s[r] == 0xEF && r + 2 < text->len &&
               ((unsigned char)s[r + 1] == 0xBC || (unsigned char)s[r + 1] == 0xBD) &&
               full_width_alnum(s + r)) {
      s[w++] = (char)tb_ascii_alnum_of(full_width_alnum(s + r));
      r += 2;
    } else if ((unsigned char)s[r] == 0xC2 && r + 1 < text->len &&
               (unsigned char)s[r + 1] == 0xA0) {
      s[w++] = ' ';
      r += 1;
    } else if ((unsigned char)s[r] == 0xE2 && r + 2 < text->len &&
               (unsigned char)s[r + 1] == 0x80 &&
               (((unsigned char)s[r + 2] >= 0x82 && (unsigned char)s[r + 2] <= 0x8A) ||
                (unsigned char)s[r + 2] == 0xAF)) {
      s[w++] = ' ';
      r += 2;
    } else {
      s[w++] = s[r];
    }
  }
  text->len = w;
  if (s) s[w] = '\0';
}

static bool is_blank(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used || !tb_is_space_cp(cp)) return false;
    i += used;
  }
  return true;
}

tb_status tb_source_load_bytes(const char *name, const unsigned char *bytes, size_t n,
                               tb_source_doc **out, tb_error *err) {
  *out = NULL;
  if (n == 0) return tb_error_set(err, TB_ERR_INPUT, "%s: empty file", name);
  tb_strbuf text;
  tb_strbuf_init(&text);
  const char *encoding = NULL;
  tb_status s = tb_source_decode(name, bytes, n, &text, &encoding, err);
  if (s != TB_OK) {
    tb_strbuf_free(&text);
    return s;
  }
  normalize_lines(&text);
  tb_source_unify_ideographs(&text);
  if (is_blank(tb_strbuf_view(&text), text.len)) {
    tb_strbuf_free(&text);
    return tb_error_set(err, TB_ERR_INPUT, "%s: no text in file", name);
  }
  tb_source_doc *doc = tb_xcalloc(1, sizeof *doc);
  doc->name = tb_xstrdup(name);
  doc->length = text.len;
  doc->text = tb_strbuf_take(&text);
  doc->encoding = encoding;
  doc->format = tb_source_detect_format(name, doc->text, doc->length);
  *out = doc;
  return TB_OK;
}

tb_status tb_source_load_file(const char *path, tb_source_doc **out, tb_error *err) {
  *out = NULL;
  unsigned char *bytes;
  size_t n;
  tb_status s = tb_file_read_all(path, &bytes, &n, err);
  if (s != TB_OK) return s;
  s = tb_source_load_bytes(path, bytes, n, out, err);
  free(bytes);
  return s;
}

void tb_source_doc_free(tb_source_doc *doc) {
  if (!doc) return;
  free(doc->name);
  free(doc->text);
  free(doc);
}
