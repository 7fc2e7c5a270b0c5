/* Spelling the reading's syllables the way the tables expect them. The syllable set here is the
 * one tables/gen_tables.py generates: keep the two in step. */
#include "braille_internal.h"

#include <string.h>

static const char *const finals[] = {
    "a",  "o",    "e",   "i",   "u",  "v",    "ai",  "ao",  "ei", "ou",   "ia",  "iao",
    "ie", "iu",   "ua",  "uai", "ui", "uo",   "ve",  "an",  "en", "ang",  "eng", "ian",
    "in", "iang", "ing", "uan", "un", "uang", "ong", "van", "vn", "iong",
};
static const char *const zero_initial[] = {
    "a",    "o",   "e",    "er",  "ai",  "ao",  "ei",  "ou",   "an",   "en",   "ang",  "eng",
    "yi",   "ya",  "yao",  "ye",  "you", "yan", "yin", "yang", "ying", "yong", "yu",   "yue",
    "yuan", "yun", "yo",   "wu",  "wa",  "wo",  "wai", "wei",  "wan",  "wen",  "wang", "weng",
    "yv",   "yve", "yvan", "yvn", "m",   "n",   "ng",  "hm",   "hng",
};
static const char *const initials[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l",
                                       "g",  "k",  "h",  "j", "q", "x", "r", "z", "c", "s"};

static bool in_list(const char *s, size_t n, const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0) return true;
  return false;
}

#define IN(s, n, list) in_list(s, n, list, sizeof list / sizeof *list)

/* A toneless spelling (lower case, ü as v) the tables know. */
static bool known(const char *s, size_t n) {
  if (n == 0) return false;
  if (IN(s, n, zero_initial)) return true;
  for (size_t i = 0; i < sizeof initials / sizeof *initials; i++) {
    size_t k = strlen(initials[i]);
    if (n <= k || memcmp(s, initials[i], k) != 0) continue;
    const char *rest = s + k;
    size_t m = n - k;
    if (IN(rest, m, finals)) return true;
    /* nüe lüe jue que xue are also printed with u */
    if (m == 2 && memcmp(rest, "ue", 2) == 0 && strchr("nljqx", s[0]) && k == 1) return true;
    return false;
  }
  return false;
}

bool tb_braille_syllable(const char *s, size_t n, tb_strbuf *out) {
  char letters[16];
  size_t len = 0;
  int tone = 0;
  bool erhua = false;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (used == 0) return false;
    i += used;
    if (cp >= '0' && cp <= '5') {
      if (tone) return false;
      tone = cp == '0' ? 5 : (int)(cp - '0');
      continue;
    }
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (cp == 0xFC || cp == 0xDC) cp = 'v'; /* ü Ü */
    if (cp == ':' && len > 0 && letters[len - 1] == 'u') {
      letters[len - 1] = 'v'; /* u: is the CPP corpus's ü */
      continue;
    }
    if (cp < 'a' || cp > 'z' || len + 1 >= sizeof letters) return false;
    if (tone && cp != 'r') return false; /* only an erhua r may follow the tone */
    letters[len++] = (char)cp;
  }
  if (len == 0) return false;
  if (!known(letters, len)) {
    /* erhua written into the syllable: huar1, hua1r */
    if (letters[len - 1] != 'r' || !known(letters, len - 1)) return false;
    len--;
    erhua = true;
  }
  tb_strbuf_append(out, letters, len);
  tb_strbuf_putc(out, (char)('0' + (tone ? tone : 5)));
  if (erhua) tb_strbuf_puts(out, "er5");
  return true;
}
