/* 分词连写: where the blank cells go. The reading's tokens are words (汉语拼音正词法,
 * GB/T 16159); braille writes one blank cell between words, but joins the short bound function
 * words to their neighbour as the braille scheme does (今天的⠀天气, 看了, 他们), keeps a
 * number or a Latin run apart from the syllables after it, and writes punctuation against the
 * word it closes or opens. */
#include "braille_internal.h"

#include <string.h>

/* Particles written against the word before them, with the readings that make them particles
 * (的 as dí/dì and 得 as děi are words of their own). */
static const struct {
  const char *hanzi;
  const char *pinyin; /* space-separated accepted readings */
} particles[] = {
    {"的", "de5"},       {"地", "de5"},  {"得", "de5"}, {"了", "le5"}, {"着", "zhe5"},
    {"过", "guo4 guo5"}, {"们", "men5"}, {"吗", "ma5"}, {"呢", "ne5"}, {"吧", "ba5"},
    {"啊", "a5"},        {"呀", "ya5"},  {"嘛", "ma5"}, {"啦", "la5"}, {"哇", "wa5"},
    {"呗", "bei5"},      {"喽", "lou5"},
};

static bool reading_among(const char *pinyin, const char *accepted) {
  size_t n = strlen(pinyin);
  for (const char *p = accepted; *p;) {
    const char *end = strchr(p, ' ');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if (len == n && memcmp(p, pinyin, n) == 0) return true;
    p += len + (end ? 1 : 0);
  }
  return false;
}

static bool is_particle(const tb_token *t) {
  if (t->kind != TB_TOKEN_HANZI || !t->text || !t->pinyin) return false;
  for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
    if (strcmp(t->text, particles[i].hanzi) == 0 && reading_among(t->pinyin, particles[i].pinyin))
      return true;
  return false;
}

/* 第 is a prefix: written with the number after it (第3⠀次, 第一). */
static bool is_prefix(const tb_token *t) {
  return t->kind == TB_TOKEN_HANZI && t->text && strcmp(t->text, "第") == 0;
}

static uint32_t first_cp(const char *s) {
  uint32_t cp = 0;
  if (s && *s && tb_utf8_decode(s, strlen(s), &cp) == 0) cp = 0;
  return cp;
}

static bool cp_in(uint32_t cp, const uint32_t *set, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (set[i] == cp) return true;
  return false;
}

bool tb_braille_is_mark(const tb_token *t) {
  if (t->kind == TB_TOKEN_PUNCT) return true;
  if (t->kind != TB_TOKEN_SYMBOL) return false;
  /* the front end calls some marks symbols: the dot of a URL, + and > in 1+1>2 */
  uint32_t cp = first_cp(t->text);
  return (cp > 0x20 && cp < 0x7F && !(cp >= '0' && cp <= '9') &&
          !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) ||
         tb_is_cjk_punctuation(cp) || cp == 0xD7 || cp == 0xF7 || cp == 0xB1 || cp == 0xB7 ||
         (cp >= 0x2212 && cp <= 0x2265);
}

/* Marks written against the word after them. */
static bool is_opening(const tb_token *t) {
  static const uint32_t open[] = {0x201C, 0x2018, 0xFF08, 0x300A, 0x3008, 0x3010, 0x3014,
                                  0x3016, 0x300C, 0x300E, 0xFF3B, '(',    '[',    '{'};
  return tb_braille_is_mark(t) && cp_in(first_cp(t->text), open, sizeof open / sizeof *open);
}

/* Marks that tie what is on both sides: 2025-2026, 3～5, 约翰·史密斯, km/h, 1+1>2, and any ASCII
 * mark the front end puts inside a word (the dots of www.example.cn). */
static bool is_connector(const tb_token *t) {
  static const uint32_t link[] = {'-',    0x2013, '~',    0xFF5E, 0x301C, '/',    0xFF0F,
                                  0x00B7, 0x30FB, 0x2022, 0xFF0D, '+',    '=',    '<',
                                  '>',    0xD7,   0xF7,   0xB1,   0x2212, 0xFF0B, 0xFF1D,
                                  0xFF1C, 0xFF1E, 0x2264, 0x2265, '@',    '_'};
  if (!tb_braille_is_mark(t)) return false;
  uint32_t cp = first_cp(t->text);
  if (cp_in(cp, link, sizeof link / sizeof *link)) return true;
  return cp < 0x80 && t->break_after == TB_BREAK_NONE && !is_opening(t);
}

static bool is_word(const tb_token *t) {
  return t->kind == TB_TOKEN_HANZI || t->kind == TB_TOKEN_NUMBER || t->kind == TB_TOKEN_LATIN ||
         t->kind == TB_TOKEN_SYMBOL;
}

bool tb_braille_joined(const tb_token *a, const tb_token *b) {
  /* The scheme's hard rule: a blank cell between a number or a Latin run and a syllable, even
   * a particle (2的 written together would read as the number 24, AI的 as the letters aid). */
  if ((a->kind == TB_TOKEN_NUMBER || a->kind == TB_TOKEN_LATIN) && b->kind == TB_TOKEN_HANZI)
    return false;
  if (is_opening(a) || is_connector(a) || is_connector(b)) return true;
  if (tb_braille_is_mark(b)) return !is_opening(b); /* closing and middle marks end a word */
  if (tb_braille_is_mark(a)) return false;          /* the blank after ，、；：” */
  if (is_particle(b) && is_word(a)) return true;
  if (is_prefix(a) && (b->kind == TB_TOKEN_NUMBER || b->kind == TB_TOKEN_HANZI)) return true;
  /* Digits and letters side by side are one term in print (5G, A4, PM2.5, H5N1), whatever
   * word boundary the front end puts between them; the number sign and the capital or letter
   * sign keep the two apart in braille. */
  if ((a->kind == TB_TOKEN_NUMBER && b->kind == TB_TOKEN_LATIN) ||
      (a->kind == TB_TOKEN_LATIN && b->kind == TB_TOKEN_NUMBER))
    return true;
  return a->break_after == TB_BREAK_NONE;
}

bool tb_braille_needs_letter_sign(const tb_token *prev, const tb_token *b, bool chinese) {
  uint32_t cp = first_cp(b->text);
  if (b->kind != TB_TOKEN_LATIN || cp < 'a' || cp > 'z') return false;
  bool starts_word = !prev || !tb_braille_joined(prev, b);
  if (starts_word) return chinese;
  /* inside one braille word only after digits or syllables, where letters would misread */
  return prev->kind == TB_TOKEN_NUMBER || prev->kind == TB_TOKEN_HANZI;
}
