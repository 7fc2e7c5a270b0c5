/* The polyphone model: per character, a logistic regression over the readings seen with it,
 * learnt by scripts/lexicon/learn_model.py (voices/lexicon/model.txt, compiled into the
 * lexicon's model section). Each feature of the context, conjoined with the character and a
 * candidate reading, hashes to one weight; the candidate with the highest sum wins. The
 * features and the order of the candidates must stay as learn_model.py computes them. */
#include "polyphone.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FNV_OFFSET 0xCBF29CE484222325ull
#define FNV_PRIME 0x100000001B3ull
enum { MAX_CANDIDATES = 16, MAX_FEATURES = 24 };

static uint64_t fnv_bytes(uint64_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= FNV_PRIME;
  }
  return h;
}

static uint64_t fnv_str(uint64_t h, const char *s) {
  return fnv_bytes(h, s, strlen(s));
}

static uint64_t fnv_cp(uint64_t h, uint32_t cp) {
  char buf[4];
  return fnv_bytes(h, buf, tb_utf8_encode(cp, buf));
}

/* The weights of one feature (one per reading of its character), or NULL when it has none. */
static const float *weights(const tb_lexicon *lex, uint64_t hash, size_t count) {
  uint32_t h = (uint32_t)hash & lex->model_mask;
  for (uint32_t probes = 0; probes <= lex->model_mask; probes++, h = (h + 1) & lex->model_mask) {
    const tb_model_slot *s = &lex->model_slots[h];
    if (s->hash == hash)
      return (size_t)s->first + count <= lex->model_weight_count ? lex->model_weights + s->first
                                                                 : NULL;
    if (s->hash == 0) return NULL;
  }
  return NULL; /* a damaged table with no empty slot */
}

static int cmp_model_char(const void *a, const void *b) {
  uint32_t x = ((const tb_model_char *)a)->cp, y = ((const tb_model_char *)b)->cp;
  return x < y ? -1 : x > y;
}

/* Hashes of "char TAB feature" for the character at i, without the reading. */
typedef struct {
  uint64_t hash[MAX_FEATURES];
  size_t count;
  uint64_t head; /* "char TAB", to start a feature */
} feature_set;

static uint64_t begin(feature_set *fs, const char *name) {
  return fnv_str(fs->head, name);
}

static void add(feature_set *fs, uint64_t h) {
  if (fs->count < MAX_FEATURES) fs->hash[fs->count++] = h;
}

static void add_chars(feature_set *fs, const char *name, const tb_poly_context *c, long from,
                      long to) {
  uint64_t h = begin(fs, name);
  for (long k = from; k <= to; k++)
    h = fnv_cp(h, c->cps[k]);
  add(fs, h);
}

/* n in decimal (0 <= n < 1000: places in a word and word lengths); static storage. */
static const char *decimal(long n) {
  static const char *const small[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  if (n >= 0 && n < 10) return small[n];
  static _Thread_local char buf[24];
  snprintf(buf, sizeof buf, "%ld", n);
  return buf;
}

static void context_features(feature_set *fs, const tb_poly_context *c, size_t at,
                             const char *lexical) {
  long i = (long)at, n = (long)c->n;
  fs->count = 0;
  fs->head = fnv_str(fnv_cp(FNV_OFFSET, c->cps[at]), "\t");
  add(fs, begin(fs, "b"));
  if (i >= 1) add_chars(fs, "L1=", c, i - 1, i - 1);
  if (i + 1 < n) add_chars(fs, "R1=", c, i + 1, i + 1);
  if (i >= 2) add_chars(fs, "L2=", c, i - 2, i - 1);
  if (i + 2 < n) add_chars(fs, "R2=", c, i + 1, i + 2);
  if (i >= 1 && i + 1 < n)
    add(fs, fnv_cp(fnv_cp(begin(fs, "L1R1="), c->cps[i - 1]), c->cps[i + 1]));
  if (i >= 2) add_chars(fs, "L3=", c, i - 2, i - 2);
  if (i + 2 < n) add_chars(fs, "R3=", c, i + 2, i + 2);
  add(fs, fnv_cp(begin(fs, "LC="), tb_poly_char_class(c, at, -1)));
  add(fs, fnv_cp(begin(fs, "RC="), tb_poly_char_class(c, at, 1)));
  if (i >= 3) add_chars(fs, "L4=", c, i - 3, i - 3);
  if (i + 3 < n) add_chars(fs, "R4=", c, i + 3, i + 3);
  bool in_word = c->from_word[at] && c->word_len[at] >= 2;
  if (in_word) {
    long first = (long)c->word_first[at], len = c->word_len[at];
    add_chars(fs, "W=", c, first, first + len - 1);
    uint64_t h = fnv_str(fnv_str(begin(fs, "WP="), decimal(i - first)), "/");
    add(fs, fnv_str(h, decimal(len)));
  }
  add(fs, fnv_str(begin(fs, "X="), lexical));
  add(fs, begin(fs, in_word ? "IW=1" : "IW=0"));
}

/* The best-scoring reading: the character's readings come in alphabetical order, the first of
 * equal scores wins, and the lexicon's reading wins any tie (as learn_model.py). A lexicon
 * reading the model never saw with the character scores the shared weights alone. */
static uint16_t choose(const tb_lexicon *lex, const tb_poly_context *c, size_t at,
                       const tb_model_char *mc) {
  uint16_t lexical = c->syl[at];
  feature_set fs;
  context_features(&fs, c, at, tb_lexicon_syllable(lex, lexical));
  size_t n = mc->count < MAX_CANDIDATES ? mc->count : MAX_CANDIDATES;
  const uint16_t *reading = lex->model_readings + mc->first;
  /* The probes miss the cache: start every load before waiting on any (slots, then weights). */
  for (size_t f = 0; f < fs.count; f++)
    __builtin_prefetch(&lex->model_slots[(uint32_t)fs.hash[f] & lex->model_mask]);
  const float *w[MAX_FEATURES];
  for (size_t f = 0; f < fs.count; f++) {
    w[f] = weights(lex, fs.hash[f], mc->count);
    if (w[f]) __builtin_prefetch(w[f]);
  }
  double score[MAX_CANDIDATES] = {0};
  for (size_t f = 0; f < fs.count; f++)
    if (w[f])
      for (size_t k = 0; k < n; k++)
        score[k] += w[f][k];
  bool in_word = c->from_word[at] && c->word_len[at] >= 2;
  double lexical_score = 0;
  for (size_t k = 0; k < n; k++)
    if (reading[k] == lexical) lexical_score = score[k];
  lexical_score += lex->model_shared[0];
  lexical_score += lex->model_shared[in_word ? 2 : 1];
  double top = lexical_score;
  for (size_t k = 0; k < n; k++)
    if (reading[k] != lexical && score[k] > top) top = score[k];
  if (lexical_score == top) return lexical;
  for (size_t k = 0; k < n; k++)
    if (reading[k] != lexical && score[k] == top) return reading[k];
  return lexical;
}

void tb_model_apply(const tb_lexicon *lex, tb_poly_context *ctx) {
  if (lex->model_char_count == 0) return;
  for (size_t i = 0; i < ctx->n; i++) {
    if (!ctx->syl[i] || (ctx->ruled && ctx->ruled[i])) continue;
    uint32_t cp = ctx->cps[i];
    if (cp < 0x10000 && !(lex->model_bmp[cp >> 3] & (1u << (cp & 7)))) continue;
    tb_model_char key = {.cp = ctx->cps[i]};
    const tb_model_char *mc = bsearch(&key, lex->model_chars, lex->model_char_count,
                                      sizeof *lex->model_chars, cmp_model_char);
    if (mc) ctx->syl[i] = choose(lex, ctx, i, mc);
  }
}
