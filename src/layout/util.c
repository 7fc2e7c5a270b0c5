/* Small UTF-8 text measures the layout heuristics are built from. */
#include "layout_internal.h"

#include <string.h>

static int cp_width(uint32_t cp) {
  /* Latin, Greek, Cyrillic and symbols print half width; everything from Hangul Jamo up, and the
   * general punctuation quotes “ ” that Chinese fonts set full width, count as two. */
  if (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026)
    return 2;
  return cp < 0x1100 ? 1 : 2;
}

int tb_lo_width(const char *s) {
  int w = 0;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) used = 1, cp = '?';
    w += cp_width(cp);
    i += used;
  }
  return w;
}

uint32_t tb_lo_first_cp(const char *s) {
  uint32_t cp = 0;
  size_t n = strlen(s);
  if (n && !tb_utf8_decode(s, n, &cp)) cp = (unsigned char)*s;
  return cp;
}

uint32_t tb_lo_last_cp(const char *s) {
  size_t n = strlen(s);
  if (!n) return 0;
  size_t i = n - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
    i--;
  uint32_t cp = 0;
  if (!tb_utf8_decode(s + i, n - i, &cp)) cp = (unsigned char)s[n - 1];
  return cp;
}

bool tb_lo_starts(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool tb_lo_ends(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

bool tb_lo_has_any(const char *s, const char *const *words, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strstr(s, words[i])) return true;
  return false;
}

bool tb_lo_starts_any(const char *s, const char *const *words, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (tb_lo_starts(s, words[i])) return true;
  return false;
}

bool tb_lo_ends_any(const char *s, const char *const *words, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (tb_lo_ends(s, words[i])) return true;
  return false;
}

bool tb_lo_is_closer(uint32_t cp) {
  switch (cp) {
  case 0x201D:
  case 0x2019:
  case 0x300D:
  case 0x300F:
  case 0xFF09:
  case ')':
  case 0x300B:
  case 0x3009:
  case 0x3011:
  case '"':
  case '\'':
    return true;
  default:
    return false;
  }
}

bool tb_lo_is_punct(uint32_t cp) {
  if (cp < 0x80)
    return cp > ' ' &&
           !((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
  if (tb_is_cjk_punctuation(cp)) return true;
  return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
         (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
         (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x00B7;
}

bool tb_lo_ends_sentence(const char *s) {
  size_t n = strlen(s);
  bool closer = false;
  while (n > 0) {
    size_t i = n - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
      i--;
    uint32_t cp;
    if (!tb_utf8_decode(s + i, n - i, &cp)) return false;
    if (tb_lo_is_closer(cp)) {
      closer = true;
      n = i;
      continue;
    }
    switch (cp) {
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case '!':
    case '?':
    case 0xFF0E:
      return true;
    case 0x2026: /* …… ends a sentence only inside a closed quote */
      return closer;
    case '.':
      return i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9');
    default:
      return false;
    }
  }
  return false;
}

char *tb_lo_trim(const char *s, size_t n) {
  size_t a = 0, b = n;
  while (a < b) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + a, b - a, &cp);
    if (!used || !tb_is_space_cp(cp)) break;
    a += used;
  }
  while (b > a) {
    size_t i = b - 1;
    while (i > a && ((unsigned char)s[i] & 0xC0) == 0x80)
      i--;
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, b - i, &cp);
    if (!used || !tb_is_space_cp(cp)) break;
    b = i;
  }
  return tb_xstrndup(s + a, b - a);
}
