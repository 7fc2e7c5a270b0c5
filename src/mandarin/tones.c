/* Citation tones of neutral-tone syllables. The lexicon marks syllables that are usually said
 * in the neutral tone inside a word (知识 zhī shi, 衣服 yī fu). Their citation form keeps the
 * character's own tone (识 shí, 服 fú): that is what `tingbao pinyin` and braille show, and it
 * is what pinyin annotations such as CPP's label. Speech still says them neutral. The tone is
 * ranked by use (the lexicon's table, made by scripts/lexicon/compile.py): the one tone other
 * words give the character, so a rare dictionary reading (jǐng for 睛) does not make 眼睛 lose
 * its tone; where words use two (发: 发展 fā, 头发 fà) the neutral tone stays. Particles and
 * suffixes that have no tone of their own (的 了 吗 们 子…) stay neutral everywhere. */
#include "mandarin_internal.h"

#include <stdlib.h>

static bool toneless(uint32_t cp) {
  static const uint32_t NEUTRAL[] = {
      0x7684 /* 的 */, 0x5730 /* 地 */, 0x5F97 /* 得 */, 0x4E86 /* 了 */, 0x7740 /* 着 */,
      0x8FC7 /* 过 */, 0x4E48 /* 么 */, 0x4EEC /* 们 */, 0x5417 /* 吗 */, 0x5462 /* 呢 */,
      0x5427 /* 吧 */, 0x554A /* 啊 */, 0x5440 /* 呀 */, 0x54C7 /* 哇 */, 0x54EA /* 哪 */,
      0x5566 /* 啦 */, 0x561B /* 嘛 */, 0x55BD /* 喽 */, 0x5457 /* 呗 */, 0x54A7 /* 咧 */,
      0x7F62 /* 罢 */, 0x54DF /* 哟 */, 0x561E /* 嘞 */, 0x5594 /* 喔 */, 0x54E6 /* 哦 */,
      0x5B50 /* 子 */, 0x5934 /* 头 */, 0x5DF4 /* 巴 */, 0x4E2A /* 个 */, 0x4E9B /* 些 */,
      0x5A46 /* 婆 */, 0x4EAE /* 亮 */};
  for (size_t i = 0; i < sizeof NEUTRAL / sizeof *NEUTRAL; i++)
    if (NEUTRAL[i] == cp) return true;
  return false;
}

static int cmp_citation(const void *a, const void *b) {
  const tb_citation *x = a, *y = b;
  if (x->cp != y->cp) return x->cp < y->cp ? -1 : 1;
  return (x->neutral > y->neutral) - (x->neutral < y->neutral);
}

uint16_t tb_mandarin_full_tone(const tb_lexicon *lex, uint32_t cp, uint16_t id) {
  if (tb_syl_tone(id) != 5 || toneless(cp) || lex->citation_count == 0) return 0;
  tb_citation key = {.cp = cp, .neutral = id};
  const tb_citation *c =
      bsearch(&key, lex->citations, lex->citation_count, sizeof *lex->citations, cmp_citation);
  return c ? c->full : 0;
}
