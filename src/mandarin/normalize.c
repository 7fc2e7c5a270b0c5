/* Normalization: splits a paragraph into hanzi runs and non-hanzi tokens, deciding how each
 * number, unit, symbol and mark is said. Conventions follow WeTextProcessing's test suites
 * where they fit newspapers (see voices/README.md for where and why tingbao differs). */
#include "normalize_internal.h"

#include <stdio.h>
#include <string.h>

uint32_t tb_nz_at(const tb_nz *z, size_t i) {
  return i < z->n ? z->c[i].norm : 0;
}

bool tb_nz_digit(uint32_t cp) {
  return cp >= '0' && cp <= '9';
}

bool tb_nz_latin(uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

size_t tb_nz_digits(const tb_nz *z, size_t i) {
  size_t k = i;
  while (k < z->n && tb_nz_digit(z->c[k].norm))
    k++;
  return k - i;
}

int tb_nz_value(const char *d) {
  int v = 0;
  for (; *d && v < 100000; d++)
    v = v * 10 + (*d - '0');
  return v;
}

size_t tb_nz_skip_spaces(const tb_nz *z, size_t i) {
  while (i < z->n && tb_is_space_cp(z->c[i].norm))
    i++;
  return i;
}

/* ASCII digits of chars [i, i+n) into buf (n ≤ cap-1); full-width digits were folded already. */
size_t tb_nz_copy_digits(const tb_nz *z, size_t i, size_t n, char *buf, size_t cap) {
  size_t k = 0;
  for (size_t j = i; j < i + n && k + 1 < cap; j++)
    if (tb_nz_digit(z->c[j].norm)) buf[k++] = (char)z->c[j].norm;
  buf[k] = '\0';
  return k;
}

bool tb_nz_equation_follows(const tb_nz *z, size_t i) {
  uint32_t c = tb_nz_at(z, tb_nz_skip_spaces(z, i));
  return c == '=' || c == 0xFF1D;
}

bool tb_nz_match(const tb_nz *z, size_t i, const char *ascii) {
  for (size_t k = 0; ascii[k]; k++) {
    uint32_t c = tb_nz_at(z, i + k);
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != (uint32_t)ascii[k]) return false;
  }
  return true;
}

/* Does the UTF-8 string s occur at char i? Returns its length in chars, else 0. */
size_t tb_nz_match_utf8(const tb_nz *z, size_t i, const char *s) {
  size_t k = 0, len = strlen(s);
  for (size_t b = 0; b < len; k++) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + b, len - b, &cp);
    if (!used || tb_nz_at(z, i + k) != cp) return 0;
    b += used;
  }
  return k;
}

tb_piece *tb_nz_emit(tb_nz *z, tb_token_kind kind, size_t first, size_t count, const char *spoken) {
  tb_grow((void **)&z->pieces, &z->cap, z->count + 1, sizeof *z->pieces);
  tb_piece *p = &z->pieces[z->count++];
  memset(p, 0, sizeof *p);
  p->kind = kind;
  p->first = first;
  p->count = count;
  p->spoken = tb_arena_strdup(z->arena, spoken);
  p->brk = TB_BREAK_WORD;
  return p;
}

/* The surface of chars [first, first+count) as an arena string. */
const char *tb_nz_surface(const tb_nz *z, size_t first, size_t count) {
  if (count == 0) return "";
  size_t a = z->c[first].off, b = z->c[first + count - 1].off + z->c[first + count - 1].len;
  return tb_arena_strndup(z->arena, z->text + a, b - a);
}

static bool has_reading(const tb_nz *z, size_t i) {
  return tb_lexicon_char_reading(&z->m->lex, z->c[i].norm) ||
         tb_lexicon_char_reading(&z->m->lex, z->c[i].cp);
}

static size_t hanzi_run(tb_nz *z, size_t i) {
  size_t k = i;
  while (k < z->n && tb_is_hanzi(z->c[k].norm) && has_reading(z, k))
    k++;
  if (k == i) {
    /* A character no source reads: keep it visible as a symbol rather than drop it. */
    tb_nz_emit(z, TB_TOKEN_SYMBOL, i, 1, tb_nz_surface(z, i, 1));
    return 1;
  }
  tb_piece *p = tb_nz_emit(z, TB_TOKEN_HANZI, i, k - i, "");
  p->spoken = tb_nz_surface(z, i, k - i);
  return k - i;
}

static bool all_capitals(const tb_nz *z, size_t from, size_t to) {
  for (size_t j = from; j < to; j++)
    if (z->c[j].norm < 'A' || z->c[j].norm > 'Z') return false;
  return to > from;
}

/* The capital-letter words around position i, across single spaces: "NEW DONGCHENG WEEKLY".
 * Returns the number of words and the length of the longest. */
static size_t capital_phrase(const tb_nz *z, size_t i, size_t k, size_t *longest) {
  size_t words = 1;
  *longest = k - i;
  for (size_t a = i; a >= 2 && z->c[a - 1].norm == ' ' && tb_nz_latin(z->c[a - 2].norm);) {
    size_t b = a - 1;
    while (b > 0 && tb_nz_latin(z->c[b - 1].norm))
      b--;
    if (!all_capitals(z, b, a - 1)) break;
    words++;
    if (a - 1 - b > *longest) *longest = a - 1 - b;
    a = b;
  }
  for (size_t a = k; a + 1 < z->n && z->c[a].norm == ' ' && tb_nz_latin(z->c[a + 1].norm);) {
    size_t b = a + 1;
    while (b < z->n && tb_nz_latin(z->c[b].norm))
      b++;
    if (!all_capitals(z, a + 1, b)) break;
    words++;
    if (b - a - 1 > *longest) *longest = b - a - 1;
    a = b;
  }
  return words;
}

static size_t latin_run(tb_nz *z, size_t i) {
  /* O2O, B2B: the 2 is English "to" */
  uint32_t a = tb_nz_at(z, i), b = tb_nz_at(z, i + 2);
  if (a >= 'A' && a <= 'Z' && tb_nz_at(z, i + 1) == '2' && b >= 'A' && b <= 'Z' &&
      !tb_nz_latin(tb_nz_at(z, i + 3)) && !tb_nz_digit(tb_nz_at(z, i + 3)) &&
      !(i > 0 && tb_nz_latin(tb_nz_at(z, i - 1)))) {
    char spoken[16];
    snprintf(spoken, sizeof spoken, "%c to %c", (char)a, (char)b);
    tb_nz_emit(z, TB_TOKEN_LATIN, i, 3, spoken);
    return 3;
  }
  size_t k = i;
  while (k < z->n && tb_nz_latin(z->c[k].norm))
    k++;
  /* An all-capital acronym (CEO, APP) is spelled: its letters are said one by one, which is
   * what eSpeak does with capitals separated by spaces (NOTES.md). Words stay words. */
  bool caps = k - i >= 2 && k - i <= 8 && all_capitals(z, i, k);
  /* Several capital words in a row with a long one among them are a title set in capitals
   * (NEW DONGCHENG WEEKLY), read as words: lower case, which the speech stage reads as words. */
  size_t longest = 0;
  bool title_caps = all_capitals(z, i, k) && capital_phrase(z, i, k, &longest) >= 2 && longest >= 5;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t j = i; j < k; j++) {
    uint32_t c = z->c[j].norm;
    if (title_caps) {
      tb_strbuf_putc(&sb, (char)(c + ('a' - 'A')));
      continue;
    }
    if (caps && j > i) tb_strbuf_putc(&sb, ' ');
    tb_strbuf_putc(&sb, (char)c);
  }
  tb_nz_emit(z, TB_TOKEN_LATIN, i, k - i, tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  return k - i;
}

size_t tb_mandarin_pieces(const tb_mandarin *m, const tb_char *chars, size_t n, const char *text,
                          tb_arena *arena, tb_piece **out) {
  tb_nz z = {.m = m, .c = chars, .n = n, .text = text, .arena = arena};
  size_t i = 0;
  while (i < n) {
    uint32_t cp = chars[i].norm;
    size_t used = 0;
    if (tb_mandarin_is_white(cp)) {
      used = 1;
    } else if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
      tb_nz_emit(&z, TB_TOKEN_SYMBOL, i, 1, ""); /* invisible and silent, but still there */
      used = 1;
    } else if (tb_is_hanzi(cp)) {
      used = hanzi_run(&z, i);
    } else if ((used = tb_nz_number(&z, i)) > 0) {
      /* digits, signed numbers and currency amounts */
    } else if ((used = tb_nz_url(&z, i)) > 0) {
      /* web and mail addresses */
    } else if (tb_nz_latin(cp)) {
      used = latin_run(&z, i);
    } else {
      used = tb_nz_mark(&z, i);
    }
    i += used ? used : 1;
  }
  /* Copy into the arena so the caller frees nothing but the arena. */
  tb_piece *arr = tb_arena_alloc(arena, (z.count ? z.count : 1) * sizeof *arr);
  if (z.count) memcpy(arr, z.pieces, z.count * sizeof *arr);
  free(z.pieces);
  *out = arr;
  return z.count;
}
