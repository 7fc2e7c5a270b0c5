/* Numbers known by their shape and the words around them, tried before a number is taken
 * as an amount: dates (2026-03-09), times and scores (9:30, 3:1), race times (2:05:30), dotted
 * codes (127.0.0.1), days named by month·day (3·15) and phone numbers (010-64035547). */
#include "normalize_internal.h"

#include <stdio.h>
#include <string.h>

/* 末4位为1234, 后6位是: the last or first digits of a number, named by how many they are. */
static bool digits_named_before(const tb_nz *z, size_t j) {
  if (j > 0 && (tb_nz_match_utf8(z, j - 1, "为") || tb_nz_match_utf8(z, j - 1, "是"))) j--;
  if (j < 3 || !tb_nz_match_utf8(z, j - 1, "位")) return false;
  size_t k = j - 1;
  while (k > 0 && tb_nz_digit(tb_nz_at(z, k - 1)))
    k--;
  if (k == j - 1 || k == 0) return false;
  return tb_nz_match_utf8(z, k - 1, "末") || tb_nz_match_utf8(z, k - 1, "后") ||
         tb_nz_match_utf8(z, k - 1, "前");
}

bool tb_nz_keyword_before(const tb_nz *z, size_t i) {
  static const char *const KEYS[] = {"尾号", "电话", "热线", "编号", "邮编", "号码",
                                     "代码", "账号", "手机", "拨打", "致电", "传真",
                                     "车牌", "工号", "学号", "房间", "证号", "专线",
                                     "号为", "号是", "编码", "分机", "间号", "单号"};
  if (digits_named_before(z, i)) return true;
  size_t j = i;
  /* allow 尾号是/尾号为 and a colon between keyword and number */
  for (int back = 0; back < 3 && j > 0; back++) {
    for (size_t k = 0; k < sizeof KEYS / sizeof *KEYS; k++)
      if (j >= 2 && tb_nz_match_utf8(z, j - 2, KEYS[k]) == 2) return true;
    uint32_t p = tb_nz_at(z, j - 1);
    if (p == ':' || p == 0xFF1A || p == ' ' || p == 0x662F /* 是 */ || p == 0x4E3A /* 为 */)
      j--;
    else
      break;
  }
  return false;
}

bool tb_nz_is_hotline(const char *d) {
  /* 999 is Beijing's second emergency line; 123xx are the national service lines */
  static const char *const LINES[] = {"110",   "119",   "120",   "122",   "114",   "999",
                                      "12345", "12315", "12306", "12358", "12369", "12320",
                                      "12348", "12351", "12333", "12329", "12366", "12355",
                                      "12356", "12338", "12319"};
  for (size_t k = 0; k < sizeof LINES / sizeof *LINES; k++)
    if (strcmp(d, LINES[k]) == 0) return true;
  return false;
}

/* 95598供电服务热线, 96106公交服务热线: a number that names a service line. */
bool tb_nz_line_name_follows(const tb_nz *z, size_t j) {
  static const char *const LINE[] = {"热线", "专线", "客服", "服务电话", "服务号"};
  for (size_t e = j; e < z->n && e < j + 8 && tb_is_hanzi(tb_nz_at(z, e)); e++)
    for (size_t k = 0; k < sizeof LINE / sizeof *LINE; k++)
      if (tb_nz_match_utf8(z, e, LINE[k])) return true;
  return false;
}

static bool is_sep(uint32_t c) {
  return c == '-' || c == '/' || c == '.';
}

static void say_plain(tb_strbuf *sb, const char *d) {
  tb_num_cardinal(sb, d, strlen(d), false);
}

/* Reads up to three digit groups separated by one separator: 2008-08-08, 08/2008, 08.08. */
static size_t date(tb_nz *z, size_t i, tb_strbuf *sb) {
  char g[3][8];
  size_t len[3], n = 0, j = i;
  uint32_t sep = 0;
  for (;;) {
    size_t k = tb_nz_digits(z, j);
    if (k == 0 || k > 4) return 0;
    len[n] = tb_nz_copy_digits(z, j, k, g[n], sizeof g[n]);
    n++;
    j += k;
    uint32_t c = tb_nz_at(z, j);
    if (n == 3 || !is_sep(c) || (sep && c != sep) || !tb_nz_digit(tb_nz_at(z, j + 1))) break;
    sep = c;
    j++;
  }
  if (n < 2 || tb_nz_digit(tb_nz_at(z, j))) return 0;
  /* a following separator + digit means something longer (an IP address, a version) */
  if (is_sep(tb_nz_at(z, j)) && tb_nz_digit(tb_nz_at(z, j + 1))) return 0;
  int y = -1, mo, d = -1;
  if (n == 3 && len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
    y = 0, mo = tb_nz_value(g[1]), d = tb_nz_value(g[2]);
  } else if (n == 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 4) {
    y = 2, mo = tb_nz_value(g[1]), d = tb_nz_value(g[0]);
    if (mo > 12) mo = tb_nz_value(g[0]), d = tb_nz_value(g[1]);
  } else if (n == 2 && len[0] == 4 && len[1] == 2) {
    y = 0, mo = tb_nz_value(g[1]);
  } else if (n == 2 && len[0] == 2 && len[1] == 4) {
    y = 1, mo = tb_nz_value(g[0]);
  } else if (n == 2 && len[0] == 2 && len[1] == 2 && (g[0][0] == '0' || g[1][0] == '0') &&
             sep != '.') {
    mo = tb_nz_value(g[0]), d = tb_nz_value(g[1]);
  } else if (n == 2 && len[0] == 2 && len[1] == 2 && g[0][0] == '0' && sep == '.') {
    mo = tb_nz_value(g[0]), d = tb_nz_value(g[1]);
  } else {
    return 0;
  }
  if (y >= 0) {
    int yv = tb_nz_value(g[y]);
    if (yv < 1000 || yv > 2199) return 0;
  }
  if (mo < 1 || mo > 12 || (d != -1 && (d < 1 || d > 31))) return 0;
  if (y >= 0) {
    tb_num_digits(sb, g[y], 4, false);
    tb_strbuf_puts(sb, "年");
  }
  char buf[8];
  snprintf(buf, sizeof buf, "%d", mo);
  say_plain(sb, buf);
  tb_strbuf_puts(sb, "月");
  if (d != -1) {
    snprintf(buf, sizeof buf, "%d", d);
    say_plain(sb, buf);
    tb_strbuf_puts(sb, "日");
  }
  return j - i;
}

static bool is_colon(uint32_t c) {
  return c == ':' || c == 0xFF1A || c == 0x2236 /* ∶, the ratio colon, also set in times */;
}

/* Words around a colon that make it a score or ratio even when the numbers could be a time:
 * 以21:19获胜, 比分为21:19, 战成2:2, 按照1:10的比例. */
static bool score_context(const tb_nz *z, size_t i, size_t end) {
  /* 师生比为, 师生比约为, 配比: a ratio named before its terms */
  static const char *const NEAR_BEFORE[] = {"比分",   "比例", "之比", "比值", "按照",
                                            "战成",   "打成", "踢成", "战至", "比为",
                                            "比约为", "比是", "配比"};
  /* 以3:1, 按1:1; not a bare 成 (调整成9:30 is a time) */
  static const char *const JUST_BEFORE[] = {"以", "按"};
  static const char *const AFTER[] = {"的比例", "比例", "的比分", "的比值", "获胜", "取胜", "胜",
                                      "战胜",   "击败", "险胜",   "完胜",   "负于", "落败"};
  size_t k = i;
  while (k > 0 && tb_is_space_cp(tb_nz_at(z, k - 1)))
    k--;
  for (size_t w = 0; k > 0 && w < sizeof JUST_BEFORE / sizeof *JUST_BEFORE; w++)
    if (tb_nz_match_utf8(z, k - 1, JUST_BEFORE[w])) return true;
  /* a score or ratio word within the few hanzi before: 比分为, 比例是 */
  for (size_t back = 2; back <= 5 && back <= k; back++) {
    if (!tb_is_hanzi(tb_nz_at(z, k - back))) break;
    for (size_t w = 0; w < sizeof NEAR_BEFORE / sizeof *NEAR_BEFORE; w++)
      if (tb_nz_match_utf8(z, k - back, NEAR_BEFORE[w])) return true;
  }
  size_t after = tb_nz_skip_spaces(z, end);
  for (size_t w = 0; w < sizeof AFTER / sizeof *AFTER; w++)
    if (tb_nz_match_utf8(z, after, AFTER[w])) return true;
  return false;
}

/* 以2:05:30的成绩, 用时1:12:45: hours, minutes and seconds that measure a race, not a time of
 * day. Sport pages print them with the words of a result around them. */
static bool duration_context(const tb_nz *z, size_t i, size_t end) {
  /* not a bare 以: 以15:30:00为准 is a time of day */
  static const char *const BEFORE[] = {"用时", "耗时", "成绩", "跑出", "游出", "成绩为", "用时为"};
  static const char *const AFTER[] = {"的成绩",   "完成", "完赛", "夺冠", "跑完",
                                      "冲过终点", "刷新", "打破", "获得", "摘得"};
  size_t k = i;
  while (k > 0 && tb_is_space_cp(tb_nz_at(z, k - 1)))
    k--;
  for (size_t w = 0; w < sizeof BEFORE / sizeof *BEFORE; w++) {
    size_t len = tb_utf8_length(BEFORE[w]);
    if (k >= len && tb_nz_match_utf8(z, k - len, BEFORE[w])) return true;
  }
  size_t after = tb_nz_skip_spaces(z, end);
  for (size_t w = 0; w < sizeof AFTER / sizeof *AFTER; w++)
    if (tb_nz_match_utf8(z, after, AFTER[w])) return true;
  return false;
}

/* A race time: 两小时零五分三十秒. */
static void say_duration(tb_strbuf *sb, const char *h, const char *mi, const char *s) {
  tb_num_cardinal(sb, h, strlen(h), true);
  tb_strbuf_puts(sb, "小时");
  int m = tb_nz_value(mi), sec = tb_nz_value(s);
  if (m > 0) {
    if (m < 10) tb_strbuf_puts(sb, "零");
    say_plain(sb, mi);
    tb_strbuf_puts(sb, "分");
  }
  if (sec > 0) {
    if (sec < 10 || m == 0) tb_strbuf_puts(sb, "零");
    say_plain(sb, s);
    tb_strbuf_puts(sb, "秒");
  }
}

/* 9:30, 13:10:36, 8:00 a.m.; a colon between numbers that is no time is a score (78:96). */
static size_t time_or_score(tb_nz *z, size_t i, tb_strbuf *sb) {
  size_t a = tb_nz_digits(z, i);
  if (a == 0 || a > 6 || !is_colon(tb_nz_at(z, i + a))) return 0;
  size_t b = tb_nz_digits(z, i + a + 1);
  if (b == 0 || b > 6) return 0;
  char h[8], mi[8], s[8] = "";
  tb_nz_copy_digits(z, i, a, h, sizeof h);
  tb_nz_copy_digits(z, i + a + 1, b, mi, sizeof mi);
  size_t j = i + a + 1 + b;
  size_t hundredths = tb_nz_at(z, j) == '.' ? tb_nz_digits(z, j + 1) : 0;
  size_t frac_end = j + 1 + hundredths;
  bool race_shape = a <= 2 && b == 2 && hundredths >= 1 && hundredths <= 3 &&
                    tb_nz_value(mi) <= 59 && tb_nz_at(z, frac_end) != '.';
  if (hundredths && tb_nz_at(z, frac_end) != '.' && score_context(z, i, frac_end) &&
      !(race_shape && duration_context(z, i, frac_end))) {
    /* 师生比约为1:12.6: a ratio whose second term has decimals */
    char frac[8];
    tb_nz_copy_digits(z, j + 1, hundredths < 7 ? hundredths : 7, frac, sizeof frac);
    say_plain(sb, h);
    tb_strbuf_puts(sb, "比");
    say_plain(sb, mi);
    tb_strbuf_puts(sb, "点");
    tb_num_digits(sb, frac, strlen(frac), false);
    return j + 1 + hundredths - i;
  }
  if (race_shape) {
    /* 4:05.32, a race time to the hundredth: 四分零五秒三二 (no clock shows fractions) */
    char frac[4];
    tb_nz_copy_digits(z, j + 1, hundredths, frac, sizeof frac);
    if (tb_nz_value(h) > 0) {
      say_plain(sb, h);
      tb_strbuf_puts(sb, "分");
      if (tb_nz_value(mi) < 10) tb_strbuf_puts(sb, "零");
    }
    say_plain(sb, tb_nz_value(mi) < 10 ? mi + 1 : mi);
    tb_strbuf_puts(sb, "秒");
    tb_num_digits(sb, frac, hundredths, false);
    return j + 1 + hundredths - i;
  }
  bool is_time = a <= 2 && b == 2 && tb_nz_value(h) <= 24 && tb_nz_value(mi) <= 59 &&
                 !(tb_nz_at(z, j) != ':' && !tb_nz_digit(tb_nz_at(z, j)) && score_context(z, i, j));
  if (!is_time) {
    if (tb_nz_digit(tb_nz_at(z, j))) return 0;
    say_plain(sb, h);
    tb_strbuf_puts(sb, "比");
    say_plain(sb, mi);
    return j - i;
  }
  if (is_colon(tb_nz_at(z, j)) && tb_nz_digits(z, j + 1) == 2) {
    tb_nz_copy_digits(z, j + 1, 2, s, sizeof s);
    j += 3;
  }
  if (tb_nz_digit(tb_nz_at(z, j))) return 0;
  if (s[0] && duration_context(z, i, j)) {
    say_duration(sb, h, mi, s);
    return j - i;
  }
  /* a.m. / pm after the time becomes 上午 / 下午 before it */
  size_t k = tb_nz_skip_spaces(z, j);
  const char *half = NULL;
  static const char *const AM[] = {"a.m.", "am"}, *const PM[] = {"p.m.", "pm"};
  for (int v = 0; v < 2 && !half; v++) {
    size_t n = strlen(AM[v]);
    if (tb_nz_match(z, k, AM[v]) && !tb_nz_latin(tb_nz_at(z, k + n)))
      half = "上午", j = k + n;
    else if (tb_nz_match(z, k, PM[v]) && !tb_nz_latin(tb_nz_at(z, k + n)))
      half = "下午", j = k + n;
  }
  if (half) tb_strbuf_puts(sb, half);
  tb_num_cardinal(sb, h, strlen(h), true);
  tb_strbuf_puts(sb, "点");
  int m = tb_nz_value(mi);
  if (m > 0 || (s[0] && tb_nz_value(s) > 0)) {
    if (m < 10) tb_strbuf_puts(sb, "零");
    say_plain(sb, mi);
    tb_strbuf_puts(sb, "分");
  }
  if (s[0] && tb_nz_value(s) > 0) {
    if (tb_nz_value(s) < 10) tb_strbuf_puts(sb, "零");
    say_plain(sb, s);
    tb_strbuf_puts(sb, "秒");
  }
  return j - i;
}

/* 127.0.0.1, 3.2.1: three or more dotted groups are said digit by digit. */
static size_t dotted(tb_nz *z, size_t i, tb_strbuf *sb) {
  size_t j = i, groups = 0;
  while (tb_nz_digits(z, j) > 0) {
    groups++;
    j += tb_nz_digits(z, j);
    if (tb_nz_at(z, j) == '.' && tb_nz_digit(tb_nz_at(z, j + 1)))
      j++;
    else
      break;
  }
  if (groups < 3) return 0;
  for (size_t k = i; k < j; k++) {
    if (tb_nz_digit(z->c[k].norm))
      tb_num_digits(sb, (char[]){(char)z->c[k].norm}, 1, false);
    else
      tb_strbuf_puts(sb, "点");
  }
  return j - i;
}

/* Days named by month·day (3·15 消费者权益日, 9·18, 7·1) are read digit by digit: 三一五. */
static bool is_middle_dot(uint32_t c) {
  return c == 0xB7 || c == 0x30FB || c == 0x2022;
}

/* 4.23世界读书日, 3.15晚会: with a full stop the month and day need a day's name after them,
 * since 4.23 is otherwise a decimal. */
static bool day_name_follows(const tb_nz *z, size_t j) {
  static const char *const NAME_END[] = {"日", "节", "晚会"};
  if (!tb_is_hanzi(tb_nz_at(z, j)) || tb_nz_counting_char(tb_nz_at(z, j))) return false;
  for (size_t e = j; e < z->n && e < j + 8 && tb_is_hanzi(tb_nz_at(z, e)); e++)
    for (size_t k = 0; k < sizeof NAME_END / sizeof *NAME_END; k++)
      if (tb_nz_match_utf8(z, e, NAME_END[k])) return true;
  return false;
}

static size_t month_dot_day(tb_nz *z, size_t i, tb_strbuf *sb) {
  size_t m = tb_nz_digits(z, i);
  if (m == 0 || m > 2) return 0;
  uint32_t dot = tb_nz_at(z, i + m);
  bool full_stop =
      dot == '.' && !(i > 0 && (tb_nz_digit(tb_nz_at(z, i - 1)) || tb_nz_at(z, i - 1) == '.'));
  if (!is_middle_dot(dot) && !full_stop) return 0;
  if (i > 0 && is_middle_dot(tb_nz_at(z, i - 1))) return 0; /* 1·2·3 is a list, not a day */
  size_t d = tb_nz_digits(z, i + m + 1);
  size_t end = i + m + 1 + d;
  if (d == 0 || d > 2 || is_middle_dot(tb_nz_at(z, end)) || tb_nz_at(z, end) == '.') return 0;
  if (full_stop && !day_name_follows(z, end)) return 0;
  char month[3], day[3];
  tb_nz_copy_digits(z, i, m, month, sizeof month);
  tb_nz_copy_digits(z, i + m + 1, d, day, sizeof day);
  if (tb_nz_value(month) < 1 || tb_nz_value(month) > 12 || tb_nz_value(day) < 1 ||
      tb_nz_value(day) > 31)
    return 0;
  tb_num_digits(sb, month, m, false);
  tb_num_digits(sb, day, d, false);
  return end - i;
}

/* 010-64035547, 400-810-8888: hyphenated groups led by 0, or three groups or more; after a
 * phone word also two groups (电话：6512-1234). A mobile number (186-1234-5678) and a local
 * number named as a phone say 1 as 幺, as they are read aloud; numbers with an area code keep
 * WeTextProcessing's 一 (010-64035547 → 零一零…). */
/* （010）6403 5547: a bracketed area code right before i. */
static bool area_code_before(const tb_nz *z, size_t i) {
  if (i < 5 || (tb_nz_at(z, i - 1) != ')' && tb_nz_at(z, i - 1) != 0xFF09)) return false;
  size_t k = i - 1;
  while (k > 0 && tb_nz_digit(tb_nz_at(z, k - 1)))
    k--;
  uint32_t open = k > 0 ? tb_nz_at(z, k - 1) : 0;
  return i - 1 - k >= 3 && tb_nz_at(z, k) == '0' && (open == '(' || open == 0xFF08);
}

static size_t phone(tb_nz *z, size_t i, tb_strbuf *sb) {
  bool lead0 = tb_nz_at(z, i) == '0';
  bool named = !lead0 && (tb_nz_keyword_before(z, i) || area_code_before(z, i));
  size_t j = i, groups = 0, digits = 0;
  while (tb_nz_digits(z, j) > 0) {
    digits += tb_nz_digits(z, j);
    groups++;
    j += tb_nz_digits(z, j);
    uint32_t c = tb_nz_at(z, j);
    /* groups joined by hyphens, or by single spaces in a number named as a phone */
    if ((c == '-' || (c == ' ' && named)) && tb_nz_digits(z, j + 1) >= 3)
      j++;
    else
      break;
  }
  if (groups < 2 || digits < 7 || (groups == 2 && !lead0 && !named)) return 0;
  bool yao = named || (digits == 11 && tb_nz_at(z, i) == '1');
  for (size_t k = i; k < j; k++)
    if (tb_nz_digit(z->c[k].norm)) tb_num_digits(sb, (char[]){(char)z->c[k].norm}, 1, yao);
  return j - i;
}

size_t tb_nz_shaped(tb_nz *z, size_t i, tb_strbuf *sb) {
  size_t used;
  if ((used = date(z, i, sb)) == 0 && (used = month_dot_day(z, i, sb)) == 0 &&
      (used = time_or_score(z, i, sb)) == 0 && (used = dotted(z, i, sb)) == 0)
    used = phone(z, i, sb);
  return used;
}
