/* Tone sandhi for speech. eSpeak NG 1.51 does no 一/不 sandhi, so tingbao sends those tones.
 * It does 3-3 itself, left to right over whatever it is given; that is wrong where a
 * monosyllable binds to a following two-syllable word (小|老虎: xiao3 lao2 hu3, not xiao2 lao2
 * hu3). So 3-3 is resolved here word by word and the result has no 3-3 pair left for eSpeak to
 * change (NOTES.md). */
#include "mandarin_internal.h"

#include <stdlib.h>

enum { CP_YI = 0x4E00, CP_BU = 0x4E0D, CP_DI = 0x7B2C /* 第 */, CP_YUE = 0x6708 /* 月 */ };

static bool numeral(uint32_t cp) {
  static const uint32_t N[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
                               0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x3007};
  for (size_t i = 0; i < sizeof N / sizeof *N; i++)
    if (N[i] == cp) return true;
  return false;
}

static bool unit_numeral(uint32_t cp) {
  return cp == 0x5341 || cp == 0x767E || cp == 0x5343 || cp == 0x4E07 || cp == 0x4EBF;
}

static bool word_start(const bool *word_end, size_t i) {
  return i == 0 || word_end[i - 1];
}

static void yi_bu(const uint32_t *cps, uint16_t *syl, const bool *word_end, const bool *keep,
                  size_t n, const int *orig) {
  for (size_t i = 0; i + 1 < n; i++) {
    if (keep[i] || keep[i + 1]) continue;
    int next = orig[i + 1];
    if (cps[i] == CP_YI && orig[i] == 1) {
      /* 统一|思想, 第一, 十一, 一一, 一月: 一 keeps its tone */
      if (word_end[i] && !word_start(word_end, i)) continue;
      if (i > 0 && (cps[i - 1] == CP_DI || numeral(cps[i - 1]))) continue;
      /* 一月, 一一: no change; but 一百, 一千, 一万 do change (yì bǎi, yí wàn) */
      if (cps[i + 1] == CP_YUE || (numeral(cps[i + 1]) && !unit_numeral(cps[i + 1]))) continue;
      /* the day of a date: 一月一日, 3月1号 */
      if ((cps[i + 1] == 0x65E5 || cps[i + 1] == 0x53F7) && i > 0 && cps[i - 1] == CP_YUE) continue;
      if (next == 4)
        syl[i] = tb_syl_with_tone(syl[i], 2);
      else if (next >= 1 && next <= 3)
        syl[i] = tb_syl_with_tone(syl[i], 4);
    } else if (cps[i] == CP_BU && orig[i] == 4 && next == 4) {
      syl[i] = tb_syl_with_tone(syl[i], 2);
    }
  }
}

/* Inside one word [a, b): 3-3 → 2-3 left to right, except a three-syllable word whose last two
 * syllables form the tighter unit (小老虎), where the first keeps tone 3. */
static void word_33(const tb_lexicon *lex, const uint32_t *cps, uint16_t *syl, const bool *keep,
                    size_t a, size_t b, const int *orig) {
  size_t len = b - a;
  if (len == 3 && orig[a] == 3 && orig[a + 1] == 3 && orig[a + 2] == 3 && !keep[a]) {
    char key[8];
    size_t kl = tb_utf8_encode(cps[a], key);
    kl += tb_utf8_encode(cps[a + 1], key + kl);
    const tb_lex_entry *e = tb_lexicon_find(lex, key, kl);
    bool left_pair = e && (e->flags & TB_LEX_WORD);
    if (!left_pair) {
      syl[a + 1] = tb_syl_with_tone(syl[a + 1], 2);
      return;
    }
  }
  for (size_t i = a; i + 1 < b; i++)
    if (!keep[i] && orig[i] == 3 && orig[i + 1] == 3) syl[i] = tb_syl_with_tone(syl[i], 2);
}

void tb_mandarin_sandhi(const tb_lexicon *lex, const uint32_t *cps, uint16_t *syl,
                        const bool *word_end, const bool *keep, size_t n) {
  if (n == 0) return;
  int orig_small[64];
  int *orig = n <= 64 ? orig_small : tb_xmalloc(n * sizeof *orig);
  for (size_t i = 0; i < n; i++)
    orig[i] = tb_syl_tone(syl[i]);
  yi_bu(cps, syl, word_end, keep, n, orig);
  for (size_t a = 0; a < n;) {
    size_t b = a;
    while (b < n && !word_end[b])
      b++;
    b = b < n ? b + 1 : n;
    word_33(lex, cps, syl, keep, a, b, orig);
    a = b;
  }
  /* Across words, right to left on the tones the words now have: 很|好 → hen2 hao3, and a
   * word already changed inside (老虎 → lao2 hu3) no longer pulls its left neighbour. */
  for (size_t i = n - 1; i-- > 0;) {
    if (!word_end[i] || keep[i]) continue;
    if (tb_syl_tone(syl[i]) == 3 && tb_syl_tone(syl[i + 1]) == 3)
      syl[i] = tb_syl_with_tone(syl[i], 2);
  }
  if (orig != orig_small) free(orig);
}
