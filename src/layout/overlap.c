/* Lexical overlap by character bigrams: how much of a headline's wording a body repeats. Chinese
 * headlines reuse the lead's words, so the share of a headline's bigrams found in a candidate
 * body's opening is the evidence that pairs them across interleaved columns. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

static uint32_t fold(uint32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0; /* full-width ASCII */
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  return cp;
}

static bool word_char(uint32_t cp) {
  return tb_is_hanzi(cp) || (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z');
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

void tb_bigrams_of(const char *s, size_t max_chars, tb_bigrams *out) {
  size_t n = strlen(s), cap = 16, count = 0, chars = 0;
  uint64_t *keys = tb_xmalloc(cap * sizeof *keys);
  uint32_t prev = 0;
  for (size_t i = 0; i < n && (!max_chars || chars < max_chars);) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) used = 1, cp = 0;
    i += used;
    chars++;
    cp = fold(cp);
    if (!word_char(cp)) {
      prev = 0;
      continue;
    }
    if (prev) {
      if (count == cap) keys = tb_xrealloc(keys, (cap *= 2) * sizeof *keys);
      keys[count++] = ((uint64_t)prev << 32) | cp;
    }
    prev = cp;
  }
  qsort(keys, count, sizeof *keys, cmp_u64);
  size_t w = 0;
  for (size_t r = 0; r < count; r++)
    if (!w || keys[w - 1] != keys[r]) keys[w++] = keys[r];
  out->keys = keys;
  out->count = w;
}

void tb_bigrams_free(tb_bigrams *b) {
  free(b->keys);
  b->keys = NULL;
  b->count = 0;
}

double tb_bigrams_cover(const tb_bigrams *a, const tb_bigrams *b) {
  if (!a->count) return 0;
  return (double)tb_bigrams_hits(a, b) / (double)a->count;
}

double tb_bigrams_dice(const tb_bigrams *a, const tb_bigrams *b) {
  if (!a->count || !b->count) return 0;
  return 2.0 * (double)tb_bigrams_hits(a, b) / (double)(a->count + b->count);
}

size_t tb_bigrams_hits(const tb_bigrams *a, const tb_bigrams *b) {
  size_t hits = 0, j = 0;
  for (size_t i = 0; i < a->count; i++) { /* both sorted: one merge pass */
    while (j < b->count && b->keys[j] < a->keys[i])
      j++;
    if (j < b->count && b->keys[j] == a->keys[i]) hits++;
  }
  return hits;
}
