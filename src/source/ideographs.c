/* PDF extractors map some glyphs to the radical blocks (⼀ U+2F00, ⺠ U+2EA0) or to compatibility
 * ideographs although the page shows an ordinary character; the lexicon, speech and braille know
 * only the ordinary one, so the text is rewritten before anything reads it. */
#include "ideographs.h"

#include "ideograph_table.h"

#include <stdlib.h>
#include <string.h>

static bool may_need_unifying(uint32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x2F800 && cp <= 0x2FA1F);
}

uint32_t tb_source_unified_ideograph(uint32_t cp) {
  if (!may_need_unifying(cp)) return cp;
  size_t lo = 0, hi = TB_IDEOGRAPH_PAIRS;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (tb_ideograph_pairs[mid][0] == cp) return tb_ideograph_pairs[mid][1];
    if (tb_ideograph_pairs[mid][0] < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return cp;
}

/* The radical and compatibility blocks all start with lead byte 0xE2, 0xEF or 0xF0. */
static bool has_candidate_lead(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xE2 || c == 0xEF || c == 0xF0) return true;
  }
  return false;
}

size_t tb_source_unify_ideographs(tb_strbuf *text) {
  if (!text->data || !has_candidate_lead(text->data, text->len)) return 0;
  tb_strbuf out;
  tb_strbuf_init(&out);
  size_t replaced = 0;
  for (size_t i = 0; i < text->len;) {
    uint32_t cp = 0;
    size_t used = tb_utf8_decode(text->data + i, text->len - i, &cp);
    uint32_t unified = used ? tb_source_unified_ideograph(cp) : cp;
    if (unified != cp) {
      tb_strbuf_put_codepoint(&out, unified);
      replaced++;
    } else {
      if (!used) used = 1; /* not UTF-8: the byte is kept as it is */
      tb_strbuf_append(&out, text->data + i, used);
    }
    i += used;
  }
  if (replaced) {
    tb_strbuf_free(text);
    *text = out;
  } else {
    tb_strbuf_free(&out);
  }
  return replaced;
}
