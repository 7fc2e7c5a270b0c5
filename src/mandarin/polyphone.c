/* Decision lists for polyphonic characters. The rules text (voices/lexicon/rules_manual.txt,
 * written by hand, and a rules.txt learnt by scripts/lexicon/learn_rules.py if one is there;
 * the learnt polyphone model is model.c) has one rule a line:
 *   char <TAB> feature <TAB> value <TAB> reading
 * in priority order per character; the first rule whose feature has that value sets the
 * reading. Features look at the neighbouring characters:
 *   L1 R1   the character before / after        L2 R2   the two before / after
 *   L1R1    before and after (two characters)   L3 R3   the one two places before / after
 *   LC RC   the kind of character before / after: D digit, A Latin, H hanzi, S none, P other
 *   *       always (the reading this character mostly has where no word decides)
 * A character without a matching rule keeps the lexicon's reading. Rules are applied only
 * to characters whose reading did not come from a lexicon word of two or more characters,
 * unless the line's feature is prefixed with '!' (the rule then overrides words too). */
#include "polyphone.h"

#include <stdlib.h>
#include <string.h>

enum { F_L1, F_R1, F_L2, F_R2, F_L1R1, F_L3, F_R3, F_LC, F_RC, F_ANY, F_COUNT };
static const char *const FEATURE[F_COUNT] = {"L1", "R1", "L2", "R2", "L1R1",
                                             "L3", "R3", "LC", "RC", "*"};

struct tb_poly_rule {
  uint32_t value[2];
  uint16_t reading;
  uint8_t feature;
  bool overrides_words;
};

struct tb_poly_char {
  uint32_t cp;
  uint32_t first, count; /* rules[first .. first+count) */
};

static int cmp_char(const void *a, const void *b) {
  uint32_t x = ((const tb_poly_char *)a)->cp, y = ((const tb_poly_char *)b)->cp;
  return x < y ? -1 : x > y;
}

/* Decodes up to `max` code points of s[0..n) into out; returns how many, or 0 on bad UTF-8. */
static size_t decode_cps(const char *s, size_t n, uint32_t *out, size_t max) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used || k == max) return 0;
    out[k++] = cp;
    i += used;
  }
  return k;
}

static tb_status parse_line(tb_polyphone *p, const tb_lexicon *lex, const char *line, size_t len,
                            size_t lineno, size_t *cap, size_t *ccap, tb_error *err) {
  const char *field[4];
  size_t flen[4], nf = 0;
  const char *s = line, *end = line + len;
  while (nf < 4) {
    const char *tab = memchr(s, '\t', (size_t)(end - s));
    field[nf] = s;
    flen[nf] = (size_t)((tab ? tab : end) - s);
    nf++;
    if (!tab) break;
    s = tab + 1;
  }
  if (nf != 4)
    return tb_error_set(err, TB_ERR_RUNTIME, "lexicon rules:%zu: expected 4 fields", lineno);
  tb_poly_rule r = {0};
  uint32_t ch[2];
  if (decode_cps(field[0], flen[0], ch, 1) != 1)
    return tb_error_set(err, TB_ERR_RUNTIME, "lexicon rules:%zu: bad character", lineno);
  const char *f = field[1];
  size_t fl = flen[1];
  if (fl && f[0] == '!') r.overrides_words = true, f++, fl--;
  r.feature = F_COUNT;
  for (int k = 0; k < F_COUNT; k++)
    if (strlen(FEATURE[k]) == fl && memcmp(FEATURE[k], f, fl) == 0) r.feature = (uint8_t)k;
  size_t want = r.feature == F_L2 || r.feature == F_R2 || r.feature == F_L1R1 ? 2 : 1;
  if (r.feature == F_COUNT || decode_cps(field[2], flen[2], r.value, 2) != want)
    return tb_error_set(err, TB_ERR_RUNTIME, "lexicon rules:%zu: bad feature or value", lineno);
  r.reading = tb_lexicon_syllable_id(lex, field[3], flen[3]);
  if (!r.reading)
    return tb_error_set(err, TB_ERR_RUNTIME, "lexicon rules:%zu: unknown syllable", lineno);
  if (p->char_count == 0 || p->chars[p->char_count - 1].cp != ch[0]) {
    tb_grow((void **)&p->chars, ccap, p->char_count + 1, sizeof *p->chars);
    p->chars[p->char_count++] = (tb_poly_char){.cp = ch[0], .first = (uint32_t)p->rule_count};
  }
  tb_grow((void **)&p->rules, cap, p->rule_count + 1, sizeof *p->rules);
  p->rules[p->rule_count++] = r;
  p->chars[p->char_count - 1].count++;
  return TB_OK;
}

tb_status tb_polyphone_load(tb_polyphone *p, const tb_lexicon *lex, tb_error *err) {
  memset(p, 0, sizeof *p);
  size_t cap = 0, ccap = 0, lineno = 0;
  for (const char *s = lex->rules; *s;) {
    const char *nl = strchr(s, '\n');
    size_t len = nl ? (size_t)(nl - s) : strlen(s);
    lineno++;
    if (len && s[0] != '#') {
      tb_status st = parse_line(p, lex, s, len, lineno, &cap, &ccap, err);
      if (st != TB_OK) {
        tb_polyphone_free(p);
        return st;
      }
    }
    s += len + (nl ? 1 : 0);
  }
  /* Lines of one character are contiguous in the file; sorting the index keeps their order. */
  if (p->char_count) qsort(p->chars, p->char_count, sizeof *p->chars, cmp_char);
  for (size_t i = 0; i < p->char_count; i++)
    if (p->chars[i].cp < 0x10000)
      p->bmp[p->chars[i].cp >> 3] |= (uint8_t)(1u << (p->chars[i].cp & 7));
  return TB_OK;
}

void tb_polyphone_free(tb_polyphone *p) {
  free(p->chars);
  free(p->rules);
  memset(p, 0, sizeof *p);
}

static uint32_t cp_at(const tb_poly_context *c, size_t i, long d) {
  long k = (long)i + d;
  return k >= 0 && (size_t)k < c->n ? c->cps[k] : 0;
}

uint32_t tb_poly_char_class(const tb_poly_context *c, size_t i, long d) {
  long k = (long)i + d;
  if (k < 0 || (size_t)k >= c->n) return 'S';
  uint32_t cp = c->cps[k];
  if (cp >= '0' && cp <= '9') return 'D';
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return 'A';
  if (tb_is_hanzi(cp)) return 'H';
  return 'P';
}

static bool matches(const tb_poly_rule *r, const tb_poly_context *c, size_t i) {
  switch (r->feature) {
  case F_L1:
    return cp_at(c, i, -1) == r->value[0];
  case F_R1:
    return cp_at(c, i, 1) == r->value[0];
  case F_L2:
    return cp_at(c, i, -2) == r->value[0] && cp_at(c, i, -1) == r->value[1];
  case F_R2:
    return cp_at(c, i, 1) == r->value[0] && cp_at(c, i, 2) == r->value[1];
  case F_L1R1:
    return cp_at(c, i, -1) == r->value[0] && cp_at(c, i, 1) == r->value[1];
  case F_L3:
    return cp_at(c, i, -2) == r->value[0];
  case F_R3:
    return cp_at(c, i, 2) == r->value[0];
  case F_LC:
    return tb_poly_char_class(c, i, -1) == r->value[0];
  case F_RC:
    return tb_poly_char_class(c, i, 1) == r->value[0];
  case F_ANY:
    return true;
  default:
    return false;
  }
}

void tb_polyphone_apply(const tb_polyphone *p, tb_poly_context *ctx) {
  if (p->char_count == 0) return;
  for (size_t i = 0; i < ctx->n; i++) {
    if (!ctx->syl[i]) continue;
    uint32_t cp = ctx->cps[i];
    if (cp < 0x10000 && !(p->bmp[cp >> 3] & (1u << (cp & 7)))) continue;
    tb_poly_char key = {.cp = ctx->cps[i]};
    const tb_poly_char *pc = bsearch(&key, p->chars, p->char_count, sizeof *p->chars, cmp_char);
    if (!pc) continue;
    for (uint32_t k = pc->first; k < pc->first + pc->count; k++) {
      const tb_poly_rule *r = &p->rules[k];
      if (ctx->from_word[i] && !r->overrides_words) continue;
      if (matches(r, ctx, i)) {
        ctx->syl[i] = r->reading;
        if (ctx->ruled) ctx->ruled[i] = true;
        break;
      }
    }
  }
}
