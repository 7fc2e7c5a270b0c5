/* Decoding a paragraph into characters with folded forms for matching. */
#include "mandarin_internal.h"

/* Full-width ASCII (Ａ１，) and the ideographic space fold to ASCII so that the normalizer's
 * patterns see one alphabet; traditional characters fold to simplified for lexicon lookups. */
static uint32_t fold(const tb_lexicon *lex, uint32_t cp) {
  /* Full-width punctuation keeps its identity: it already is what speech and braille want. */
  if (cp >= 0xFF01 && cp <= 0xFF5E) return tb_ascii_alnum_of(cp);
  if (cp == 0x3000) return ' ';
  if (cp >= 0x3400) return tb_lexicon_simplify(lex, cp);
  return cp;
}

size_t tb_mandarin_decode(const tb_mandarin *m, const char *text, size_t len, tb_char **out) {
  tb_char *chars = tb_xmalloc((len + 1) * sizeof *chars);
  size_t n = 0;
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used;
    /* Most of a Chinese paper is three-byte characters of the hanzi blocks (lead bytes E3–E9,
     * never overlong or a surrogate): decoded here without the general checks. */
    if (s[i] >= 0xE3 && s[i] <= 0xE9 && len - i >= 3 && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      cp = (uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
      used = 3;
    } else {
      used = tb_utf8_decode(text + i, len - i, &cp);
    }
    if (used == 0) {
      cp = 0xFFFD;
      used = 1;
    }
    chars[n].cp = cp;
    chars[n].norm = fold(&m->lex, cp);
    chars[n].off = i;
    chars[n].len = used;
    n++;
    i += used;
  }
  *out = chars;
  return n;
}

bool tb_mandarin_is_white(uint32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
