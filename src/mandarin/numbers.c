/* Spelling digit strings out in hanzi: cardinals (with 零, 万/亿 groups and 两), digit by
 * digit, decimals. Inputs are ASCII digit strings; output is appended to a strbuf. */
#include "numbers.h"

#include <string.h>

static const char *const DIGIT[10] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

void tb_num_digits(tb_strbuf *out, const char *d, size_t n, bool yao) {
  for (size_t i = 0; i < n; i++) {
    if (d[i] < '0' || d[i] > '9') continue;
    tb_strbuf_puts(out, yao && d[i] == '1' ? "幺" : DIGIT[d[i] - '0']);
  }
}

/* One group of up to four digits (no leading zeros in value); `lead` says whether it starts
 * the number, where 一十 is said 十. `liang` allows 两 before 百/千. */
static void group4(tb_strbuf *out, const char *d, size_t n, bool lead, bool liang) {
  static const char *const UNIT[4] = {"", "十", "百", "千"};
  bool zero = false, any = false;
  for (size_t i = 0; i < n; i++) {
    int v = d[i] - '0';
    size_t pos = n - 1 - i;
    if (v == 0) {
      zero = any;
      continue;
    }
    if (zero) tb_strbuf_puts(out, "零");
    zero = false;
    if (v == 1 && pos == 1 && lead && !any) {
      tb_strbuf_puts(out, "十");
    } else {
      tb_strbuf_puts(out, v == 2 && pos >= 2 && liang && !any ? "两" : DIGIT[v]);
      tb_strbuf_puts(out, UNIT[pos]);
    }
    any = true;
  }
}

static bool all_zero(const char *d, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (d[i] != '0') return false;
  return true;
}

/* `ordinal` says no 两 at all: 第二百名, not 第两百名. */
static void cardinal(tb_strbuf *out, const char *d, size_t n, bool liang, bool ordinal) {
  while (n > 1 && d[0] == '0')
    d++, n--;
  if (n == 0) return;
  if (n > 16) {
    tb_num_digits(out, d, n, false);
    return;
  }
  if (all_zero(d, n)) {
    tb_strbuf_puts(out, "零");
    return;
  }
  if (n == 1) {
    tb_strbuf_puts(out, liang && d[0] == '2' ? "两" : DIGIT[d[0] - '0']);
    return;
  }
  /* Groups of four from the right: 亿 above 万 above units; 万亿 for the 13th to 16th digit. */
  static const char *const BIG[4] = {"", "万", "亿", "万亿"};
  size_t groups = (n + 3) / 4;
  size_t first = n - (groups - 1) * 4;
  bool pending_zero = false, any = false;
  for (size_t g = 0; g < groups; g++) {
    size_t off = g == 0 ? 0 : first + (g - 1) * 4;
    size_t len = g == 0 ? first : 4;
    const char *gd = d + off;
    size_t gi = groups - 1 - g;
    if (all_zero(gd, len)) {
      pending_zero = any;
      continue;
    }
    if (any && (pending_zero || gd[0] == '0')) tb_strbuf_puts(out, "零");
    size_t skip = 0;
    while (skip < len && gd[skip] == '0')
      skip++;
    /* 两 before 千/万/亿 where the group starts the number (两千, 两万, 两百), 二 elsewhere. */
    if (!any && len - skip == 1 && gd[skip] == '2' && gi > 0 && !ordinal) {
      tb_strbuf_puts(out, "两");
    } else {
      group4(out, gd + skip, len - skip, !any, !any && !ordinal);
    }
    tb_strbuf_puts(out, BIG[gi]);
    pending_zero = false;
    any = true;
  }
}

void tb_num_cardinal(tb_strbuf *out, const char *d, size_t n, bool liang) {
  cardinal(out, d, n, liang, false);
}

void tb_num_ordinal(tb_strbuf *out, const char *d, size_t n) {
  cardinal(out, d, n, false, true);
}

void tb_num_decimal(tb_strbuf *out, const char *d, size_t n, bool liang) {
  const char *dot = memchr(d, '.', n);
  if (!dot) {
    tb_num_cardinal(out, d, n, liang);
    return;
  }
  size_t ip = (size_t)(dot - d);
  if (ip == 0)
    tb_strbuf_puts(out, "零");
  else
    tb_num_cardinal(out, d, ip, false);
  tb_strbuf_puts(out, "点");
  tb_num_digits(out, dot + 1, n - ip - 1, false);
}
