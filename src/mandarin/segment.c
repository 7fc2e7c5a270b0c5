/* Word segmentation: maximum probability path over the DAG of lexicon words (as jieba does),
 * and word pinyin from the lexicon. */
#include "mandarin_internal.h"

#include <float.h>
#include <stdlib.h>

enum { MAX_WORD = 16 }; /* longer lexicon entries are idioms nobody needs whole */

/* The UTF-8 of the normalized (simplified) characters, with each character's start. */
static char *key_bytes(const tb_char *chars, size_t n, size_t *starts) {
  char *buf = tb_xmalloc(n * 4 + 1);
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    starts[i] = len;
    len += tb_utf8_encode(chars[i].norm, buf + len);
  }
  starts[n] = len;
  return buf;
}

size_t tb_mandarin_segment(const tb_lexicon *lex, const tb_char *chars, size_t n, size_t *lens,
                           const tb_lex_slot **slots) {
  if (n == 0) return 0;
  size_t *starts = tb_xmalloc((n + 1) * sizeof *starts);
  char *buf = key_bytes(chars, n, starts);
  double *best = tb_xmalloc((n + 1) * sizeof *best);
  size_t *next = tb_xmalloc((n + 1) * sizeof *next);
  const tb_lex_slot **chosen = tb_xmalloc((n + 1) * sizeof *chosen);
  /* An unknown character costs more than the rarest word, so known words win. */
  double unknown = (double)lex->min_logp - 2.0;
  best[n] = 0.0;
  for (size_t i = n; i-- > 0;) {
    best[i] = -DBL_MAX;
    next[i] = i + 1;
    chosen[i] = NULL;
    for (size_t j = i + 1; j <= n && j - i <= MAX_WORD; j++) {
      const tb_lex_slot *e = tb_lexicon_slot(lex, buf + starts[i], starts[j] - starts[i]);
      int flags = e ? tb_lex_slot_flags(e) : 0;
      double p;
      if (flags & TB_LEX_WORD)
        p = e->logp;
      else if (j == i + 1)
        p = unknown;
      else
        p = -DBL_MAX;
      if (p > -DBL_MAX && p + best[j] > best[i]) {
        best[i] = p + best[j];
        next[i] = j;
        chosen[i] = e;
      }
      if (!(flags & TB_LEX_PREFIX)) break;
    }
  }
  size_t count = 0;
  for (size_t i = 0; i < n; i = next[i]) {
    if (slots) slots[count] = chosen[i];
    lens[count++] = next[i] - i;
  }
  count = tb_mandarin_join_names(lex, chars, lens, slots, count);
  free(chosen);
  free(starts);
  free(buf);
  free(best);
  free(next);
  return count;
}

bool tb_mandarin_word_pinyin(const tb_lexicon *lex, const tb_char *chars, size_t n,
                             const tb_lex_slot *slot, uint16_t *ids) {
  if (n > 1 && n <= MAX_WORD) {
    const tb_lex_entry *e = NULL;
    if (slot) {
      e = tb_lexicon_slot_entry(lex, slot);
    } else {
      char buf[MAX_WORD * 4];
      size_t len = 0;
      for (size_t i = 0; i < n; i++)
        len += tb_utf8_encode(chars[i].norm, buf + len);
      e = tb_lexicon_find(lex, buf, len);
    }
    const uint16_t *py =
        e && (e->flags & TB_LEX_WORD) && e->nchars == n ? tb_lexicon_pinyin(lex, e) : NULL;
    if (py) {
      for (size_t i = 0; i < n; i++)
        ids[i] = py[i];
      return true;
    }
  }
  for (size_t i = 0; i < n; i++) {
    ids[i] = tb_lexicon_char_reading(lex, chars[i].norm);
    if (!ids[i]) ids[i] = tb_lexicon_char_reading(lex, chars[i].cp);
  }
  return false;
}
