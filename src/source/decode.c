/* Encoding detection and conversion to UTF-8. */
#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

/* Converts with iconv, failing on the first invalid sequence; *bad_offset is where. */
static bool convert(const char *from, const unsigned char *in, size_t n, tb_strbuf *out,
                    size_t *bad_offset) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == (iconv_t)-1) return false;
  char *src = (char *)in;
  size_t left = n;
  char chunk[16384];
  bool ok = true;
  while (left > 0) {
    char *dst = chunk;
    size_t room = sizeof chunk;
    size_t rc = iconv(cd, &src, &left, &dst, &room);
    tb_strbuf_append(out, chunk, (size_t)(dst - chunk));
    if (rc == (size_t)-1 && errno != E2BIG) {
      ok = false;
      *bad_offset = (size_t)((const unsigned char *)src - in);
      break;
    }
  }
  iconv_close(cd);
  return ok;
}

size_t tb_source_line_of(const unsigned char *bytes, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset; i++)
    if (bytes[i] == '\n') line++;
  return line;
}

/* GB18030 decodes most byte soup; accept it only when the result reads like Chinese text. */
static bool looks_like_chinese(const char *s, size_t n) {
  size_t non_ascii = 0, cjk = 0;
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) return false;
    if (cp >= 0x80) {
      non_ascii++;
      if ((cp >= 0x4E00 && cp <= 0x9FFF) || tb_is_cjk_punctuation(cp)) cjk++;
    }
    i += used;
  }
  return non_ascii > 0 && cjk * 10 >= non_ascii * 9;
}

/* Share of control bytes that no text file holds. */
static bool has_binary_controls(const unsigned char *s, size_t n, size_t *offset) {
  size_t controls = 0, first = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
      if (first == SIZE_MAX) first = i;
      if (c == 0) {
        *offset = i;
        return true;
      }
      controls++;
    }
  }
  *offset = first;
  return controls > 0 && controls * 100 > n;
}

tb_status tb_source_decode(const char *name, const unsigned char *bytes, size_t n, tb_strbuf *out,
                           const char **encoding, tb_error *err) {
  size_t bad = 0;
  if (n >= 2 &&
      ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
    bool little = bytes[0] == 0xFF;
    *encoding = little ? "UTF-16LE" : "UTF-16BE";
    if (!convert(*encoding, bytes + 2, n - 2, out, &bad))
      return tb_error_set(err, TB_ERR_INPUT, "%s: invalid %s at byte offset %zu", name, *encoding,
                          bad + 2);
    return TB_OK;
  }
  size_t skip = (n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0;
  const unsigned char *body = bytes + skip;
  size_t body_len = n - skip;
  size_t control_at;
  if (has_binary_controls(body, body_len, &control_at))
    return tb_error_set(
        err, TB_ERR_INPUT, "%s:%zu: binary data, not text (control byte 0x%02X at byte offset %zu)",
        name, tb_source_line_of(bytes, control_at + skip), body[control_at], control_at + skip);
  size_t invalid = tb_utf8_first_invalid((const char *)body, body_len);
  if (invalid == SIZE_MAX) {
    *encoding = "UTF-8";
    tb_strbuf_append(out, (const char *)body, body_len);
    return TB_OK;
  }
  if (skip == 0) {
    tb_strbuf gb;
    tb_strbuf_init(&gb);
    if (convert("GB18030", body, body_len, &gb, &bad) && looks_like_chinese(gb.data, gb.len)) {
      *encoding = "GB18030";
      tb_strbuf_append(out, gb.data, gb.len);
      tb_strbuf_free(&gb);
      return TB_OK;
    }
    tb_strbuf_free(&gb);
  }
  return tb_error_set(err, TB_ERR_INPUT, "%s:%zu: invalid UTF-8 at byte offset %zu", name,
                      tb_source_line_of(bytes, invalid + skip), invalid + skip);
}
