/* Citation tones of neutral-tone syllables. The lexicon marks syllables that are usually said
 * in the neutral tone inside a word (知识 zhī shi, 衣服 yī fu). Their citation form keeps the
 * character's own tone (识 shí, 服 fú): that is what `tingbao pinyin` and braille show, and it
 * is what pinyin annotations such as CPP's label. Speech still says them neutral. Where the
 * character has two tones for the syllable (发 fā/fà) the neutral tone stays. Particles and
 * suffixes that have no tone of their own (的 了 吗 们 子…) stay neutral everywhere. */
#include "mandarin_internal.h"

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

static bool same_base(uint16_t a, uint16_t b) {
  return a && b && (a - 1) / 5 == (b - 1) / 5;
}

uint16_t tb_mandarin_full_tone(const tb_lexicon *lex, uint32_t cp, uint16_t id) {
  if (tb_syl_tone(id) != 5 || toneless(cp)) return 0;
  char buf[4];
  size_t n = tb_utf8_encode(cp, buf);
  const tb_lex_entry *e = tb_lexicon_find(lex, buf, n);
  const uint16_t *py = e && e->nchars == 1 ? tb_lexicon_pinyin(lex, e) : NULL;
  if (!py) return 0;
  /* Only where the character has one tone for this syllable: 识 is shí, but 发 in 头发 could be
   * fā or fà, and a guess would put a wrong tone in the braille. */
  uint16_t full = 0;
  for (size_t k = 0; k <= e->nalt; k++) {
    if (!same_base(py[k], id) || tb_syl_tone(py[k]) == 5) continue;
    if (full && full != py[k]) return 0;
    full = py[k];
  }
  return full;
}
