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

enum { UTF16_ZERO_SHARE = 50 };

/* Some Windows tools write UTF-16 with no byte-order mark. Its ASCII characters (line ends,
 * digits, spaces) then carry a zero byte in each pair; so does U+3000, the ideographic space,
 * on the other side, so the side alone does not tell the byte order. */
static bool may_be_utf16(const unsigned char *b, size_t n) {
  if (n < 4 || n % 2) return false;
  size_t zeros = 0;
  for (size_t i = 0; i < n; i++)
    zeros += !b[i];
  return zeros * UTF16_ZERO_SHARE >= n / 2;
}

/* Decoded UTF-16 reads as Chinese text: hanzi, CJK, full-width and general punctuation
 * (ideographic spaces, quotes, bullets included) and ASCII make up nine tenths of it, with some
 * hanzi. */
static bool reads_as_chinese(const char *s, size_t n) {
  size_t total = 0, hanzi = 0, fitting = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) return false;
    i += used;
    total++;
    if (cp >= 0x4E00 && cp <= 0x9FFF) hanzi++;
    /* quotes and dashes, bullets and stars (★ ■ ▲), Latin-1 marks (·) */
    bool marks = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x27BF) ||
                 (cp >= 0xA0 && cp <= 0xFF);
    if (cp < 0x80 || marks || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFF00 && cp <= 0xFFEF) || tb_is_cjk_punctuation(cp))
      fitting++;
  }
  return hanzi > 0 && fitting * 10 >= total * 9;
}

/* BOM-less UTF-16 is taken only when it converts cleanly into Chinese text with no control
 * characters a text file never holds. */
static bool decode_bomless_utf16(const unsigned char *bytes, size_t n, tb_strbuf *out,
                                 const char **encoding) {
  if (!may_be_utf16(bytes, n)) return false;
  /* the wrong byte order turns hanzi into other blocks' characters: only one order reads */
  static const char *const orders[] = {"UTF-16LE", "UTF-16BE"};
  for (size_t k = 0; k < 2; k++) {
    tb_strbuf text;
    tb_strbuf_init(&text);
    size_t bad, control;
    bool ok = convert(orders[k], bytes, n, &text, &bad) && text.len &&
              !memchr(text.data, '\0', text.len) &&
              !has_binary_controls((const unsigned char *)text.data, text.len, &control) &&
              control == SIZE_MAX && reads_as_chinese(text.data, text.len);
    if (ok) {
      *encoding = orders[k];
      tb_strbuf_append(out, text.data, text.len);
    }
    tb_strbuf_free(&text);
    if (ok) return true;
  }
  return false;
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
  if (decode_bomless_utf16(bytes, n, out, encoding)) return TB_OK;
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
