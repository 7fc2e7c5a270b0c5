/* Word segmentation: maximum probability path over the DAG of lexicon words (as jieba does),
 * and word pinyin from the lexicon. */
#include "mandarin_internal.h"

#include <float.h>
#include <stdlib.h>

enum { MAX_WORD = 16 };   /* longer lexicon entries are idioms nobody needs whole */
enum { BLOCK = 64 };      /* start positions whose candidates are looked up together */
enum { SHORT_RUN = 256 }; /* runs up to this many characters are segmented without malloc */

/* The candidate words starting at the positions of one block: slot[k][len - 1] for the word
 * of len characters starting at from + k (NULL: not a key), looked up for len <= depth[k]
 * (a key that starts no longer key ends the walk). */
typedef struct {
  const tb_lex_slot *slot[BLOCK][MAX_WORD];
  uint8_t depth[BLOCK];
  bool walking[BLOCK];
  uint64_t hash[BLOCK];
} candidates;

static bool goes_on(const tb_lex_slot *slot) {
  return slot && (tb_lex_slot_flags(slot) & TB_LEX_PREFIX);
}

/* Looks up the candidates of positions [from, from + count) of chars [0, n). The big hash
 * table misses the cache on almost every lookup, and the lookups of one length are independent
 * of each other: so they are made a length at a time, every slot prefetched before any is
 * read, and the misses of a block overlap instead of following one another. One and two
 * characters have small tables of their own (tb_lexicon_char_slot, tb_lexicon_pair_slot). */
static void find_candidates(const tb_lexicon *lex, const tb_char *chars, size_t n, size_t from,
                            size_t count, candidates *c) {
  for (size_t k = 0; k < count; k++) {
    size_t i = from + k;
    const tb_lex_slot *slot = tb_lexicon_char_slot(lex, chars[i].norm);
    c->slot[k][0] = slot;
    c->depth[k] = 1;
    c->walking[k] = goes_on(slot) && i + 1 < n;
    if (!c->walking[k]) continue;
    slot = tb_lexicon_pair_slot(lex, chars[i].norm, chars[i + 1].norm);
    c->slot[k][1] = slot;
    c->depth[k] = 2;
    if (slot) __builtin_prefetch(slot);
  }
  for (size_t k = 0; k < count; k++) {
    size_t i = from + k;
    if (!c->walking[k]) continue;
    const tb_lex_slot *pair = c->slot[k][1];
    c->walking[k] =
        goes_on(pair) && i + 2 < n && tb_lexicon_may_continue(lex, pair, chars[i + 2].norm);
    if (!c->walking[k]) continue;
    uint64_t h = TB_LEX_HASH_START;
    for (size_t d = 0; d < 3; d++)
      h = tb_lex_hash_char(h, chars[i + d].norm);
    c->hash[k] = h;
    tb_lexicon_prefetch(lex, h);
  }
  for (size_t len = 3; len <= MAX_WORD; len++) {
    bool any = false;
    for (size_t k = 0; k < count; k++) {
      if (!c->walking[k]) continue;
      size_t i = from + k;
      const tb_lex_slot *slot = tb_lexicon_slot_hashed(lex, c->hash[k]);
      c->slot[k][len - 1] = slot;
      c->depth[k] = (uint8_t)len;
      c->walking[k] = goes_on(slot) && i + len < n && len < MAX_WORD;
      if (!c->walking[k]) continue;
      c->hash[k] = tb_lex_hash_char(c->hash[k], chars[i + len].norm);
      tb_lexicon_prefetch(lex, c->hash[k]);
      any = true;
    }
    if (!any) break;
  }
}

size_t tb_mandarin_segment(const tb_lexicon *lex, const tb_char *chars, size_t n, size_t *lens,
                           const tb_lex_slot **slots) {
  if (n == 0) return 0;
  /* A paragraph has many short runs between its punctuation: the heap would cost more than
   * the search (and large requests make glibc consolidate its free lists every time). */
  double best_short[SHORT_RUN + 1];
  size_t next_short[SHORT_RUN + 1];
  const tb_lex_slot *chosen_short[SHORT_RUN + 1];
  bool on_heap = n > SHORT_RUN;
  double *best = on_heap ? tb_xmalloc((n + 1) * sizeof *best) : best_short;
  size_t *next = on_heap ? tb_xmalloc((n + 1) * sizeof *next) : next_short;
  const tb_lex_slot **chosen = on_heap ? tb_xmalloc((n + 1) * sizeof *chosen) : chosen_short;
  candidates cands, *c = &cands;
  /* An unknown character costs more than the rarest word, so known words win. */
  double unknown = (double)lex->min_logp - 2.0;
  best[n] = 0.0;
  /* Right to left a block at a time: a word's score needs the best path after it. */
  for (size_t end = n; end > 0;) {
    size_t from = end > BLOCK ? end - BLOCK : 0;
    find_candidates(lex, chars, n, from, end - from, c);
    for (size_t i = end; i-- > from;) {
      size_t k = i - from;
      best[i] = -DBL_MAX;
      next[i] = i + 1;
      chosen[i] = NULL;
      for (size_t len = 1; len <= c->depth[k]; len++) {
        const tb_lex_slot *e = c->slot[k][len - 1];
        int flags = e ? tb_lex_slot_flags(e) : 0;
        double p;
        if (flags & TB_LEX_WORD)
          p = e->logp;
        else if (len == 1)
          p = unknown;
        else
          continue;
        if (p + best[i + len] > best[i]) {
          best[i] = p + best[i + len];
          next[i] = i + len;
          chosen[i] = e;
        }
      }
    }
    end = from;
  }
  size_t count = 0;
  for (size_t i = 0; i < n; i = next[i]) {
    /* The caller reads the syllables of every word next: start loading them all (a pair
     * slot holds its own). */
    if (next[i] - i > 1 && chosen[i] && !tb_lex_is_pair(lex, chosen[i]))
      tb_lexicon_prefetch_entry(lex, chosen[i]);
    if (slots) slots[count] = chosen[i];
    lens[count++] = next[i] - i;
  }
  count = tb_mandarin_join_names(lex, chars, lens, slots, count);
  if (on_heap) {
    free(chosen);
    free(best);
    free(next);
  }
  return count;
}

bool tb_mandarin_word_pinyin(const tb_lexicon *lex, const tb_char *chars, size_t n,
                             const tb_lex_slot *slot, uint16_t *ids) {
  if (n > 1 && n <= MAX_WORD) {
    if (!slot && n == 2) {
      slot = tb_lexicon_pair_slot(lex, chars[0].norm, chars[1].norm);
    } else if (!slot) {
      char buf[MAX_WORD * 4];
      size_t len = 0;
      for (size_t i = 0; i < n; i++)
        len += tb_utf8_encode(chars[i].norm, buf + len);
      slot = tb_lexicon_slot(lex, buf, len);
    }
    if (tb_lexicon_word_pinyin(lex, slot, n, ids)) return true;
  }
  for (size_t i = 0; i < n; i++) {
    ids[i] = tb_lexicon_char_reading(lex, chars[i].norm);
    if (!ids[i]) ids[i] = tb_lexicon_char_reading(lex, chars[i].cp);
  }
  return false;
}
