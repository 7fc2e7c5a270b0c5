/* Numbers and what belongs to them: dates, times, scores, phone numbers, percentages,
 * fractions, ranges, units and currencies. Each pattern is tried in order of specificity;
 * the first that matches decides how the digits are said. */
#include "normalize_internal.h"

#include <stdio.h>
#include <string.h>

enum { MAXD = 64 };

/* A plain amount: integer digits (thousands separators removed) and optional fraction. */
typedef struct {
  size_t end; /* char index after it */
  char ip[MAXD];
  char fp[MAXD];
  bool frac;
} amount;

static bool parse_amount(const tb_nz *z, size_t i, amount *a) {
  size_t k = tb_nz_digits(z, i);
  if (k == 0 || k >= MAXD) return false;
  memset(a, 0, sizeof *a);
  size_t len = tb_nz_copy_digits(z, i, k, a->ip, MAXD);
  size_t j = i + k;
  /* 1,234,567: groups of exactly three after a lead of at most three */
  if (k <= 3 && a->ip[0] != '0') {
    while (tb_nz_at(z, j) == ',' && tb_nz_digits(z, j + 1) == 3 && len + 3 < MAXD) {
      len += tb_nz_copy_digits(z, j + 1, 3, a->ip + len, MAXD - len);
      j += 4;
    }
  }
  uint32_t point = tb_nz_at(z, j); /* ASCII or full-width: １０．５ */
  if ((point == '.' || point == 0xFF0E) && tb_nz_digits(z, j + 1) > 0 &&
      tb_nz_digits(z, j + 1) < MAXD) {
    size_t f = tb_nz_digits(z, j + 1);
    tb_nz_copy_digits(z, j + 1, f, a->fp, MAXD);
    a->frac = true;
    j += 1 + f;
  }
  a->end = j;
  return true;
}

/* `ordinal`: a rank after 第, said with 二 throughout (第二百位). */
static void say_amount(tb_strbuf *sb, const amount *a, bool liang, bool ordinal) {
  if (ordinal)
    tb_num_ordinal(sb, a->ip, strlen(a->ip));
  else
    tb_num_cardinal(sb, a->ip, strlen(a->ip), liang && !a->frac);
  if (a->frac) {
    tb_strbuf_puts(sb, "点");
    tb_num_digits(sb, a->fp, strlen(a->fp), false);
  }
}

/* Measure words before which 2 is 两 (两个, 两年); 二 stays before 月 日 号 两 and the like. */
/* 15号楼2层, 3单元2层, B座2层: after a building the number names a floor, not a count. */
static bool floor_after_building(const tb_nz *z, size_t number_start, size_t i) {
  if (!tb_nz_match_utf8(z, i, "层") || number_start == 0) return false;
  uint32_t b = tb_nz_at(z, number_start - 1);
  return b == 0x697C /* 楼 */ || b == 0x5143 /* 元 */ || b == 0x5EA7 /* 座 */;
}

static bool liang_follows(const tb_nz *z, size_t i) {
  static const char *const MEASURE[] = {
      "个",   "位", "名",   "人", "次", "件", "项",   "条",   "种",   "家",   "所",   "台", "辆",
      "本",   "张", "只",   "岁", "倍", "层", "周",   "场",   "批",   "份",   "届",   "类", "句",
      "声",   "口", "艘",   "架", "座", "栋", "间",   "支",   "头",   "匹",   "块",   "双", "对",
      "篇",   "部", "首",   "组", "队", "轮", "段",   "趟",   "遍",   "枚",   "颗",   "粒", "套",
      "片",   "根", "幅",   "副", "把", "年", "天",   "小时", "分钟", "秒",   "星期", "下", "回",
      "辈",   "代", "笔",   "元", "万", "亿", "千",   "百",   "斤",   "公里", "米",   "吨", "千克",
      "公斤", "亩", "户",   "处", "起", "款", "所",   "道",   "门",   "盘",   "杯",   "碗", "瓶",
      "桌",   "扇", "节课", "堂", "场", "点", "平方", "立方", "公顷", "角",   "毛"};
  i = tb_nz_skip_spaces(z, i);
  /* 2年级 is the second grade: 二年级 */
  if (tb_nz_match_utf8(z, i, "年级")) return false;
  /* 2分30秒 is a duration (两分), 2分 alone a score or a grade */
  if (tb_nz_match_utf8(z, i, "分") && tb_nz_digits(z, i + 1) > 0 &&
      tb_nz_match_utf8(z, i + 1 + tb_nz_digits(z, i + 1), "秒"))
    return true;
  for (size_t k = 0; k < sizeof MEASURE / sizeof *MEASURE; k++)
    if (tb_nz_match_utf8(z, i, MEASURE[k])) return true;
  return false;
}

/* ---- units ---------------------------------------------------------------------------- */

typedef struct {
  const char *text; /* as written after the number (UTF-8, case-sensitive) */
  const char *pre;  /* said before the number: 10km/h → 每小时十公里 */
  const char *post; /* said after it */
} unit;

/* Longest first within a shared prefix, since the first match wins. */
static const unit UNITS[] = {
    {"km/h", "每小时", "公里"},
    {"m/s", "每秒", "米"},
    {"km²", "", "平方千米"},
    {"km2", "", "平方千米"},
    {"m²", "", "平方米"},
    {"m³", "", "立方米"},
    {"cm²", "", "平方厘米"},
    {"cm³", "", "立方厘米"},
    {"kWh", "", "千瓦时"},
    {"kW·h", "", "千瓦时"},
    {"km", "", "公里"},
    {"kg", "", "千克"},
    {"kW", "", "千瓦"},
    {"kw", "", "千瓦"},
    {"kV", "", "千伏"},
    {"kHz", "", "千赫兹"},
    {"MHz", "", "兆赫兹"},
    {"GHz", "", "吉赫兹"},
    {"Hz", "", "赫兹"},
    {"MW", "", "兆瓦"},
    {"mAh", "", "毫安时"},
    {"mg", "", "毫克"},
    {"μg", "", "微克"},
    {"ml", "", "毫升"},
    {"mL", "", "毫升"},
    {"mm", "", "毫米"},
    {"ms", "", "毫秒"},
    {"min", "", "分钟"},
    {"cm", "", "厘米"},
    {"nm", "", "纳米"},
    {"μm", "", "微米"},
    {"dB", "", "分贝"},
    {"m", "", "米"},
    {"g", "", "克"},
    {"t", "", "吨"},
    {"s", "", "秒"},
    {"h", "", "小时"},
    {"L", "", "升"},
    {"W", "", "瓦"},
    {"V", "", "伏"},
    {"℃", "", "摄氏度"},
    {"°C", "", "摄氏度"},
    {"° C", "", "摄氏度"},
    {"℉", "", "华氏度"},
    {"°F", "", "华氏度"},
    {"°", "", "度"},
    {"㎡", "", "平方米"},
    {"㎞", "", "公里"},
    {"㎏", "", "千克"},
    {"㎝", "", "厘米"},
    {"㎜", "", "毫米"},
    {"M", "", "兆"},
    {"w", "", "万"},
};

/* The unit at i (after optional spaces for Latin units), or NULL; *len gets its chars. */
static const unit *unit_at(const tb_nz *z, size_t i, size_t *len) {
  size_t j = tb_nz_skip_spaces(z, i);
  for (size_t k = 0; k < sizeof UNITS / sizeof *UNITS; k++) {
    size_t n = tb_nz_match_utf8(z, j, UNITS[k].text);
    if (!n) continue;
    bool latin_end = tb_nz_latin(UNITS[k].text[strlen(UNITS[k].text) - 1]);
    /* 5G, 3D, 10mins: a unit glued to more letters is a word, not a unit */
    if (latin_end && (tb_nz_latin(tb_nz_at(z, j + n)) || tb_nz_digit(tb_nz_at(z, j + n)))) continue;
    if (j != i && !tb_nz_latin((uint32_t)(unsigned char)UNITS[k].text[0])) continue;
    *len = j + n - i;
    return &UNITS[k];
  }
  return NULL;
}

/* After a unit, "/m³" or "/日" is a rate: 微克每立方米, 立方米每日. (km/h and m/s keep
 * WeTextProcessing's 每小时十公里, listed as units of their own.) Returns the chars used. */
static size_t per_unit(const tb_nz *z, size_t j, tb_strbuf *sb) {
  if (tb_nz_at(z, j) != '/') return 0;
  size_t len = 0;
  const unit *den = unit_at(z, j + 1, &len);
  if (den && !den->pre[0] && tb_nz_at(z, j + 1) != ' ') {
    tb_strbuf_puts(sb, "每");
    tb_strbuf_puts(sb, den->post);
    return 1 + len;
  }
  if (tb_is_hanzi(tb_nz_at(z, j + 1))) {
    tb_strbuf_puts(sb, "每");
    return 1;
  }
  return 0;
}

static bool is_temperature(const unit *u) {
  return strstr(u->post, "摄氏") || strstr(u->post, "华氏");
}

/* ---- currencies ------------------------------------------------------------------------ */

typedef struct {
  const char *text;
  const char *name;
} currency;

static const currency CURRENCY_PREFIX[] = {
    {"HK$", "港元"},   {"US$", "美元"}, {"A$", "澳元"},  {"NT$", "新台币"}, {"C$", "加元"},
    {"CNY", "人民币"}, {"RMB", "元"},   {"HKD", "港元"}, {"USD", "美元"},   {"EUR", "欧元"},
    {"JPY", "日元"},   {"GBP", "英镑"}, {"￥", "元"},    {"¥", "元"},       {"$", "美元"},
    {"€", "欧元"},     {"£", "英镑"},
};

static const currency *currency_at(const tb_nz *z, size_t i, size_t *len) {
  if (i > 0 && tb_nz_latin(tb_nz_at(z, i - 1))) return NULL;
  for (size_t k = 0; k < sizeof CURRENCY_PREFIX / sizeof *CURRENCY_PREFIX; k++) {
    size_t n = tb_nz_match_utf8(z, i, CURRENCY_PREFIX[k].text);
    if (!n) continue;
    size_t j = tb_nz_skip_spaces(z, i + n);
    if (!tb_nz_digit(tb_nz_at(z, j))) continue;
    *len = j - i;
    return &CURRENCY_PREFIX[k];
  }
  return NULL;
}

/* ---- digit-by-digit contexts ------------------------------------------------------------ */

static bool keyword_before(const tb_nz *z, size_t i) {
  static const char *const KEYS[] = {"尾号", "电话", "热线", "编号", "邮编", "号码", "代码", "账号",
                                     "手机", "拨打", "致电", "传真", "车牌", "工号", "学号", "房间",
                                     "证号", "专线", "号为", "号是", "编码", "分机"};
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

static bool is_hotline(const char *d) {
  static const char *const LINES[] = {"110",   "119",   "120",   "122",   "114",   "12345", "12315",
                                      "12306", "12358", "12369", "12320", "12348", "12351"};
  for (size_t k = 0; k < sizeof LINES / sizeof *LINES; k++)
    if (strcmp(d, LINES[k]) == 0) return true;
  return false;
}

/* 95598供电服务热线, 96106公交服务热线: a number that names a service line. */
static bool line_name_follows(const tb_nz *z, size_t j) {
  static const char *const LINE[] = {"热线", "专线", "客服", "服务电话", "服务号"};
  for (size_t e = j; e < z->n && e < j + 8 && tb_is_hanzi(tb_nz_at(z, e)); e++)
    for (size_t k = 0; k < sizeof LINE / sizeof *LINE; k++)
      if (tb_nz_match_utf8(z, e, LINE[k])) return true;
  return false;
}

/* ---- patterns --------------------------------------------------------------------------- */

static bool is_sep(uint32_t c) {
  return c == '-' || c == '/' || c == '.';
}

static int value(const char *d) {
  int v = 0;
  for (; *d && v < 100000; d++)
    v = v * 10 + (*d - '0');
  return v;
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
    y = 0, mo = value(g[1]), d = value(g[2]);
  } else if (n == 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 4) {
    y = 2, mo = value(g[1]), d = value(g[0]);
    if (mo > 12) mo = value(g[0]), d = value(g[1]);
  } else if (n == 2 && len[0] == 4 && len[1] == 2) {
    y = 0, mo = value(g[1]);
  } else if (n == 2 && len[0] == 2 && len[1] == 4) {
    y = 1, mo = value(g[0]);
  } else if (n == 2 && len[0] == 2 && len[1] == 2 && (g[0][0] == '0' || g[1][0] == '0') &&
             sep != '.') {
    mo = value(g[0]), d = value(g[1]);
  } else if (n == 2 && len[0] == 2 && len[1] == 2 && g[0][0] == '0' && sep == '.') {
    mo = value(g[0]), d = value(g[1]);
  } else {
    return 0;
  }
  if (y >= 0) {
    int yv = value(g[y]);
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
  static const char *const NEAR_BEFORE[] = {"比分", "比例", "之比", "比值", "按照",
                                            "战成", "打成", "踢成", "战至"};
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

/* 9:30, 13:10:36, 8:00 a.m.; a colon between numbers that is no time is a score (78:96). */
static size_t time_or_score(tb_nz *z, size_t i, tb_strbuf *sb) {
  size_t a = tb_nz_digits(z, i);
  if (a == 0 || a > 3 || !is_colon(tb_nz_at(z, i + a))) return 0;
  size_t b = tb_nz_digits(z, i + a + 1);
  if (b == 0 || b > 3) return 0;
  char h[8], mi[8], s[8] = "";
  tb_nz_copy_digits(z, i, a, h, sizeof h);
  tb_nz_copy_digits(z, i + a + 1, b, mi, sizeof mi);
  size_t j = i + a + 1 + b;
  bool is_time = a <= 2 && b == 2 && value(h) <= 24 && value(mi) <= 59 &&
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
  int m = value(mi);
  if (m > 0 || (s[0] && value(s) > 0)) {
    if (m < 10) tb_strbuf_puts(sb, "零");
    say_plain(sb, mi);
    tb_strbuf_puts(sb, "分");
  }
  if (s[0] && value(s) > 0) {
    if (value(s) < 10) tb_strbuf_puts(sb, "零");
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

static bool counting_char(uint32_t cp);

/* 4.23世界读书日, 3.15晚会: with a full stop the month and day need a day's name after them,
 * since 4.23 is otherwise a decimal. */
static bool day_name_follows(const tb_nz *z, size_t j) {
  static const char *const NAME_END[] = {"日", "节", "晚会"};
  if (!tb_is_hanzi(tb_nz_at(z, j)) || counting_char(tb_nz_at(z, j))) return false;
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
  if (value(month) < 1 || value(month) > 12 || value(day) < 1 || value(day) > 31) return 0;
  tb_num_digits(sb, month, m, false);
  tb_num_digits(sb, day, d, false);
  return end - i;
}

/* 010-64035547, 400-810-8888: hyphenated groups led by 0, or three groups or more; after a
 * phone word also two groups (电话：6512-1234). A mobile number (186-1234-5678) and a local
 * number named as a phone say 1 as 幺, as they are read aloud; numbers with an area code keep
 * WeTextProcessing's 一 (010-64035547 → 零一零…). */
static size_t phone(tb_nz *z, size_t i, tb_strbuf *sb) {
  size_t j = i, groups = 0, digits = 0;
  while (tb_nz_digits(z, j) > 0) {
    digits += tb_nz_digits(z, j);
    groups++;
    j += tb_nz_digits(z, j);
    uint32_t c = tb_nz_at(z, j);
    if ((c == '-' || c == ' ') && tb_nz_digits(z, j + 1) >= 3 && c == '-')
      j++;
    else
      break;
  }
  bool lead0 = tb_nz_at(z, i) == '0';
  bool named = !lead0 && keyword_before(z, i);
  if (groups < 2 || digits < 7 || (groups == 2 && !lead0 && !named)) return 0;
  bool yao = named || (digits == 11 && tb_nz_at(z, i) == '1');
  for (size_t k = i; k < j; k++)
    if (tb_nz_digit(z->c[k].norm)) tb_num_digits(sb, (char[]){(char)z->c[k].norm}, 1, yao);
  return j - i;
}

static bool is_range_sep(uint32_t c) {
  return c == '-' || c == '~' || c == 0xFF5E /* ～ */ || c == 0x2013 || c == 0x2014 || c == 0x301C;
}

static bool is_pct(uint32_t c) {
  return c == '%' || c == 0xFF05;
}

typedef struct {
  const char *sign; /* 负, 零下, 正负 or "" */
  amount a;
  bool pct, permille;
} quantity;

static size_t parse_sign(const tb_nz *z, size_t i, const char **sign) {
  uint32_t c = tb_nz_at(z, i);
  *sign = "";
  if ((c == '-' || c == 0x2212 || c == 0xFF0D) && tb_nz_digit(tb_nz_at(z, i + 1))) {
    *sign = "负";
    return 1;
  }
  if (c == 0xB1 && tb_nz_digit(tb_nz_at(z, i + 1))) {
    *sign = "正负";
    return 1;
  }
  return 0;
}

static bool parse_quantity(const tb_nz *z, size_t i, quantity *q) {
  memset(q, 0, sizeof *q);
  size_t j = i + parse_sign(z, i, &q->sign);
  if (!parse_amount(z, j, &q->a)) return false;
  size_t k = tb_nz_skip_spaces(z, q->a.end); /* 5 % as extractions space it */
  if (is_pct(tb_nz_at(z, k)))
    q->pct = true, q->a.end = k + 1;
  else if (tb_nz_at(z, k) == 0x2030)
    q->permille = true, q->a.end = k + 1;
  return true;
}

static void say_quantity(tb_strbuf *sb, const quantity *q, bool pct, bool liang, bool ordinal) {
  tb_strbuf_puts(sb, q->sign);
  if (pct || q->pct)
    tb_strbuf_puts(sb, "百分之");
  else if (q->permille)
    tb_strbuf_puts(sb, "千分之");
  say_amount(sb, &q->a, liang && !pct && !q->pct && !q->sign[0], ordinal);
}

static bool after_hanzi(const tb_nz *z, size_t i) {
  return i > 0 && tb_is_hanzi(tb_nz_at(z, i - 1));
}

/* Numbers not caught by a more specific pattern: amounts with sign, percent, fraction,
 * range, unit, and the digit-by-digit cases (years, codes, phone numbers). */
static bool year_follows(const tb_nz *z, size_t j) {
  size_t k = tb_nz_skip_spaces(z, j);
  return tb_nz_match_utf8(z, k, "年") || tb_nz_match_utf8(z, k, "学年") ||
         tb_nz_match_utf8(z, k, "财年") || tb_nz_match_utf8(z, k, "赛季");
}

/* A year with no 年 is recognisable by what surrounds it: a name before it (CES 2025,
 * CMB-2023) or brackets around it. Elsewhere 2000 is an amount (两千), as WeTextProcessing says. */
static bool bare_year_context(const tb_nz *z, size_t i, size_t j) {
  size_t k = i;
  while (k > 0 && tb_is_space_cp(tb_nz_at(z, k - 1)))
    k--;
  uint32_t before = k > 0 ? tb_nz_at(z, k - 1) : 0;
  if (before == '-' && k > 1) before = tb_nz_at(z, k - 2);
  uint32_t after = tb_nz_at(z, j);
  /* （2024）, 【2024】, and the 〔2026〕 of document numbers (京政发〔2026〕3号) */
  bool opened = before == '(' || before == 0xFF08 || before == '[' || before == 0x3010 ||
                before == 0x3014 || before == 0x3016;
  bool closed = after == ')' || after == 0xFF09 || after == ']' || after == 0x3011 ||
                after == 0x3015 || after == 0x3017;
  return tb_nz_latin(before) || (opened && closed);
}

/* Characters that count things after a number (2000人, 2024户, 1949元): after them the number is
 * an amount, not a year. */
static const char COUNTING_CHARS[] =
    "人名个家户位件项次元万亿千百余多米岁天年月日号条所座辆台本份场届期批支种类处间套张部篇首只"
    "头吨斤公平立册幅块层栋幢棵株盏例起组队股班节课分秒时点倍成折度里亩克升码艘架列趟则句字页版"
    "集枚颗粒把根双对副箱袋瓶杯碗";

static bool counting_char(uint32_t cp) {
  char utf8[5] = {0};
  size_t n = tb_utf8_encode(cp, utf8);
  utf8[n] = '\0';
  return n > 1 && strstr(COUNTING_CHARS, utf8) != NULL;
}

/* Names of yearly events that a bare year leads: 2024北京接诉即办改革论坛, 2022北京冬奥会. */
static const char *const EVENT_ENDINGS[] = {
    "论坛",   "峰会",   "博览会", "交易会", "运动会", "奥运会", "冬奥会", "亚运会", "世博会",
    "大会",   "年会",   "马拉松", "锦标赛", "联赛",   "大赛",   "文化节", "艺术节", "电影节",
    "音乐节", "旅游节", "灯会",   "庙会",   "书展",   "展览会", "购物节", "消费季", "服贸会",
    "冬博会", "世园会", "节",     "展",     "赛",     "周",     "季"};

/* Words that end a name: a year is never read across them (2000的目标…春节). */
static const char FUNCTION_CHARS[] = "的了在是和与及将已为于把被从对向也都就还又以左";

static bool name_quote(uint32_t c) {
  return c == 0x201C || c == 0x201D || c == 0x300A || c == 0x300B; /* “ ” 《 》 */
}

/* A year with no 年 before an event's name (which may quote a slogan: 2026“书香东城”阅读季): the
 * next character is no counting word and an event ending comes within the name's first
 * characters. */
static bool event_follows(const tb_nz *z, size_t j) {
  enum { NAME_MAX_CHARS = 14 };
  size_t k = tb_nz_skip_spaces(z, j);
  if (name_quote(tb_nz_at(z, k))) k++;
  if (k >= z->n || !tb_is_hanzi(tb_nz_at(z, k)) || counting_char(tb_nz_at(z, k))) return false;
  for (size_t e = k; e < z->n && e < k + NAME_MAX_CHARS &&
                     (tb_is_hanzi(tb_nz_at(z, e)) || name_quote(tb_nz_at(z, e)));
       e++) {
    char utf8[5] = {0};
    utf8[tb_utf8_encode(tb_nz_at(z, e), utf8)] = '\0';
    if (strstr(FUNCTION_CHARS, utf8)) return false;
    for (size_t w = 0; w < sizeof EVENT_ENDINGS / sizeof *EVENT_ENDINGS; w++)
      if (tb_nz_match_utf8(z, e, EVENT_ENDINGS[w])) return true;
  }
  return false;
}

static bool year_like(const char *d) {
  return strlen(d) == 4 && (strncmp(d, "19", 2) == 0 || strncmp(d, "20", 2) == 0);
}

/* 上下5000年, 近2000年的历史: a round number of years that is a span, not a year. */
static bool years_span(const tb_nz *z, size_t i, size_t j, const char *d) {
  if (value(d) > 2100) return true;
  if (strcmp(d + 2, "00") != 0) return false;
  static const char *const JUST_BEFORE[] = {"近", "逾"}; /* not 约: 约1900年 is a year */
  static const char *const TWO_BEFORE[] = {"上下", "长达", "历经", "超过"};
  static const char *const AFTER[] = {"的历史", "历史", "之久", "来", "多", "余"};
  for (size_t k = 0; i >= 1 && k < sizeof JUST_BEFORE / sizeof *JUST_BEFORE; k++)
    if (tb_nz_match_utf8(z, i - 1, JUST_BEFORE[k])) return true;
  for (size_t k = 0; i >= 2 && k < sizeof TWO_BEFORE / sizeof *TWO_BEFORE; k++)
    if (tb_nz_match_utf8(z, i - 2, TWO_BEFORE[k])) return true;
  size_t k = tb_nz_skip_spaces(z, j);
  k += tb_nz_match_utf8(z, k, "年");
  for (size_t w = 0; w < sizeof AFTER / sizeof *AFTER; w++)
    if (tb_nz_match_utf8(z, k, AFTER[w])) return true;
  return false;
}

/* 2025届毕业生, 2024版, 2026款, 2025级新生: what follows makes the number a year. */
static bool year_suffix_follows(const tb_nz *z, size_t j) {
  static const char *const SUFFIX[] = {"届", "版", "款", "级"};
  for (size_t k = 0; k < sizeof SUFFIX / sizeof *SUFFIX; k++)
    if (tb_nz_match_utf8(z, j, SUFFIX[k])) return true;
  return false;
}

/* 2025至2027年, 2024、2025年: a year-like number joined to years that take 年 is a year. */
static bool joined_year_follows(const tb_nz *z, size_t j) {
  static const char *const JOIN[] = {"至", "到", "、", "和", "与", "及", "或"};
  for (int hop = 0; hop < 8; hop++) {
    size_t n = 0;
    for (size_t k = 0; k < sizeof JOIN / sizeof *JOIN && !n; k++)
      n = tb_nz_match_utf8(z, j, JOIN[k]);
    if (!n) return false;
    j = tb_nz_skip_spaces(z, j + n);
    char d[8];
    if (tb_nz_digits(z, j) != 4) return false;
    tb_nz_copy_digits(z, j, 4, d, sizeof d);
    if (!year_like(d)) return false;
    j += 4;
    if (year_follows(z, j)) return true;
  }
  return false;
}

/* 2至3年, 1到2个: the first number of a range joined by 至 or 到 takes the measure word of the
 * second, so it is 两 too. */
static bool hanzi_range_liang(const tb_nz *z, size_t j) {
  size_t n = tb_nz_match_utf8(z, j, "至");
  if (!n) n = tb_nz_match_utf8(z, j, "到");
  if (!n) return false;
  amount next;
  if (!parse_amount(z, tb_nz_skip_spaces(z, j + n), &next)) return false;
  return liang_follows(z, next.end);
}

/* ¥1.2万, $3亿: the currency's name follows the 万 or 亿 that scales the amount. */
static size_t scale_word(const tb_nz *z, size_t j, tb_strbuf *sb) {
  static const char *const SCALE[] = {"万亿", "千万", "百万", "万", "亿"};
  for (size_t k = 0; k < sizeof SCALE / sizeof *SCALE; k++) {
    size_t n = tb_nz_match_utf8(z, j, SCALE[k]);
    if (n) {
      tb_strbuf_puts(sb, SCALE[k]);
      return n;
    }
  }
  return 0;
}

/* “618”购物节, “1122”工作机制: a number standing alone in quotes is a name, said digit by digit. */
static bool quoted_alone(const tb_nz *z, size_t i, size_t j) {
  uint32_t open = i > 0 ? tb_nz_at(z, i - 1) : 0, close = tb_nz_at(z, j);
  return (open == 0x201C && close == 0x201D) || (open == 0x300C && close == 0x300D) ||
         (open == '"' && close == '"');
}

/* （010）65281234: the number after a bracketed area code is a phone number. */
static bool after_area_code(const tb_nz *z, size_t i) {
  if (z->count < 2 || i == 0) return false;
  uint32_t close = tb_nz_at(z, i - 1);
  const tb_piece *code = &z->pieces[z->count - 2];
  return (close == ')' || close == 0xFF09) && code->kind == TB_TOKEN_NUMBER &&
         tb_nz_at(z, code->first) == '0' && code->count >= 3 && code->first + code->count == i - 1;
}

/* 64012345、64016789: a number listed right after a phone number is one too. */
static bool follows_phone_number(const tb_nz *z, size_t i) {
  if (z->count < 2 || i < 2) return false;
  const tb_piece *p = &z->pieces[z->count - 2]; /* the last piece is the joining mark */
  uint32_t join = tb_nz_at(z, i - 1);
  bool listed = join == 0x3001 || join == '/' || tb_nz_match_utf8(z, i - 1, "或") ||
                tb_nz_match_utf8(z, i - 1, "和");
  return listed && p->kind == TB_TOKEN_NUMBER && p->no_sandhi && p->count >= 7 &&
         p->first + p->count == i - 1;
}

/* 第2届, and 第 2 届 as PDF extractions space it: a rank. */
static bool after_di(const tb_nz *z, size_t i) {
  while (i > 0 && tb_is_space_cp(tb_nz_at(z, i - 1)))
    i--;
  return i > 0 && tb_nz_match_utf8(z, i - 1, "第");
}

static size_t plain(tb_nz *z, size_t i, tb_strbuf *sb, const currency *cur, bool *digits_only,
                    bool *list_marker) {
  quantity x, y;
  if (!parse_quantity(z, i, &x)) return 0;
  size_t j = x.a.end;
  size_t ilen = strlen(x.a.ip);
  bool first = i == 0 || tb_nz_skip_spaces(z, 0) == i;
  /* items run on inside a paragraph after a colon or a full stop: 任务有：1.加强…；2.完善… */
  size_t back = i;
  while (back > 0 && tb_is_space_cp(tb_nz_at(z, back - 1)))
    back--;
  uint32_t before = back > 0 ? tb_nz_at(z, back - 1) : 0;
  bool run_on = (before == 0xFF1A || before == 0xFF1B || before == 0x3002 || before == ':' ||
                 before == ';') &&
                tb_is_hanzi(tb_nz_at(z, j + 1));

  /* list marker at the start of a paragraph or a run-on item: 1. 2、 */
  if ((first || run_on) && !x.sign[0] && !x.a.frac && !x.pct && ilen <= 2 && !cur) {
    uint32_t c = tb_nz_at(z, j);
    if ((c == 0x3001 || c == 0xFF0E || (c == '.' && !tb_nz_digit(tb_nz_at(z, j + 1)))) &&
        j + 1 < z->n) {
      say_plain(sb, x.a.ip);
      *list_marker = true;
      return j - i;
    }
  }
  /* fraction: 3/16, 1 / 2 */
  size_t k = tb_nz_skip_spaces(z, j);
  if (!x.sign[0] && !x.a.frac && !x.pct && tb_nz_at(z, k) == '/' && !cur) {
    size_t m = tb_nz_skip_spaces(z, k + 1);
    amount den;
    if (parse_amount(z, m, &den) && !den.frac && tb_nz_at(z, den.end) != '/') {
      tb_num_cardinal(sb, den.ip, strlen(den.ip), false);
      tb_strbuf_puts(sb, "分之");
      say_plain(sb, x.a.ip);
      return den.end - i;
    }
  }
  /* range: 3-5, 5%~10%, 2025-2026年, -5～3℃; a short pair after a name is a score: 中国1-2 */
  /* a dash or tilde may stand between spaces (2025 — 2027 年); a spaced hyphen is minus */
  size_t rj = tb_nz_skip_spaces(z, j);
  if (rj != j && tb_nz_at(z, rj) == '-') rj = j;
  uint32_t rs = tb_nz_at(z, rj);
  if (is_range_sep(rs) && parse_quantity(z, tb_nz_skip_spaces(z, rj + 1), &y) &&
      !(rs == '-' && y.sign[0]) && !tb_nz_equation_follows(z, y.a.end)) {
    size_t e = y.a.end;
    /* 2024-2025年, 2025-26赛季, 2019-2024 */
    size_t ylen = strlen(y.a.ip);
    bool year = !x.a.frac && !y.a.frac && !x.pct && !y.pct &&
                ((ilen == 4 && (ylen == 4 || ylen == 2) && year_follows(z, e)) ||
                 (year_like(x.a.ip) && year_like(y.a.ip) && value(y.a.ip) > value(x.a.ip)));
    size_t ulen = 0;
    const unit *u = unit_at(z, e, &ulen);
    uint32_t after = tb_nz_at(z, e);
    if (rs == '-' && !year && !u && !x.pct && !y.pct && !x.a.frac && !y.a.frac && ilen <= 2 &&
        strlen(y.a.ip) <= 2 && after_hanzi(z, i) && !tb_is_hanzi(after) && !cur &&
        !after_di(z, i)) {
      say_plain(sb, x.a.ip);
      tb_strbuf_puts(sb, "比");
      say_plain(sb, y.a.ip);
      return e - i;
    }
    if (year) {
      tb_num_digits(sb, x.a.ip, 4, false);
      tb_strbuf_puts(sb, "至");
      tb_num_digits(sb, y.a.ip, ylen, false);
      *digits_only = true;
      return e - i;
    }
    if (u && is_temperature(u)) {
      if (strcmp(x.sign, "负") == 0) x.sign = "零下"; /* -3～5℃: 零下三至五摄氏度 */
      if (strcmp(y.sign, "负") == 0) y.sign = "零下";
    }
    if (u) tb_strbuf_puts(sb, u->pre);
    bool liang = u || liang_follows(z, e);
    say_quantity(sb, &x, y.pct, liang, false);
    tb_strbuf_puts(sb, "至");
    say_quantity(sb, &y, false, liang, false);
    if (u) tb_strbuf_puts(sb, u->post), e += ulen;
    if (cur) {
      e += scale_word(z, e, sb);
      tb_strbuf_puts(sb, cur->name);
    }
    return e - i;
  }
  /* digit by digit: years before 年, 90后, codes led by 0, mobile numbers, long ids */
  if (!x.sign[0] && !x.a.frac && !x.pct && !cur) {
    bool by_digit = false, yao = false;
    bool ranked = after_di(z, i);
    if (ilen == 4 && year_follows(z, j) && !years_span(z, i, j, x.a.ip))
      by_digit = true;
    else if (year_like(x.a.ip) &&
             (bare_year_context(z, i, j) || event_follows(z, j) || joined_year_follows(z, j) ||
              (!ranked && year_suffix_follows(z, j))))
      by_digit = true; /* a bare year: CES 2025, CMB-2023, （2024）, 2022北京冬奥会 */
    else if (i > 0 && tb_nz_latin(tb_nz_at(z, i - 1)))
      by_digit = true; /* model names: A99, R1 */
    else if (ilen == 2 && tb_nz_match_utf8(z, j, "后"))
      by_digit = true; /* 80后, 95后: born in the eighties, in 1995-99 */
    else if (ilen >= 2 && x.a.ip[0] == '0')
      by_digit = true;
    else if (ilen == 11 && x.a.ip[0] == '1')
      by_digit = yao = true; /* mobile: 幺 as read aloud */
    else if (ilen > 12)
      by_digit = true;
    else if (ilen >= 3 && keyword_before(z, i))
      by_digit = yao = true;
    else if (ilen >= 7 && (follows_phone_number(z, i) || after_area_code(z, i)))
      by_digit = yao = true;
    else if (i >= 2 && tb_nz_match_utf8(z, i - 1, "转") && tb_nz_digit(tb_nz_at(z, i - 2)))
      by_digit = yao = true; /* an extension: 010-84025678转806 */
    else if (ilen >= 3 && ilen <= 4 && tb_nz_match_utf8(z, j, "室"))
      by_digit = yao = true; /* a room: 502室 */
    else if (ilen >= 3 && quoted_alone(z, i, j) && !is_hotline(x.a.ip))
      by_digit = true;
    else if (ilen >= 5 && !counting_char(tb_nz_at(z, j)) && line_name_follows(z, j))
      by_digit = yao = true;
    else if (is_hotline(x.a.ip) && !ranked && !liang_follows(z, j) &&
             !unit_at(z, j, &(size_t){0}) && !tb_nz_digit(tb_nz_at(z, j)) &&
             !counting_char(tb_nz_at(z, j)))
      by_digit = yao = true;
    if (by_digit && strlen(x.a.ip) == ilen) {
      tb_num_digits(sb, x.a.ip, ilen, yao);
      *digits_only = true;
      return j - i;
    }
  }
  size_t ulen = 0;
  const unit *u = unit_at(z, j, &ulen);
  bool ordinal = after_di(z, i);
  if (u && is_temperature(u) && strcmp(x.sign, "负") == 0) x.sign = "零下";
  if (u) tb_strbuf_puts(sb, u->pre);
  bool liang = !ordinal && !floor_after_building(z, i, j) &&
               (u != NULL || liang_follows(z, j) || hanzi_range_liang(z, j));
  say_quantity(sb, &x, false, liang, ordinal);
  if (u) {
    tb_strbuf_puts(sb, u->post);
    j += ulen;
    j += per_unit(z, j, sb);
  }
  if (cur) {
    j += scale_word(z, j, sb);
    tb_strbuf_puts(sb, cur->name);
  }
  return j - i;
}

/* 18日-20日, 3天-5天, 3月9日-3月12日: the dash joins two amounts with their units; it is no
 * minus sign. */
static bool unit_range(const tb_nz *z, size_t i) {
  if (i == 0 || !tb_is_hanzi(tb_nz_at(z, i - 1))) return false;
  if (i >= 2 && tb_nz_digit(tb_nz_at(z, i - 2)) && counting_char(tb_nz_at(z, i - 1))) return true;
  size_t j = i + 1 + tb_nz_digits(z, i + 1);
  if (tb_nz_at(z, j) == '.') j += 1 + tb_nz_digits(z, j + 1);
  return tb_nz_at(z, j) == tb_nz_at(z, i - 1);
}

/* ①–⑳ and ⑴–⒇: list numbers printed as one character. */
static size_t circled(tb_nz *z, size_t i) {
  uint32_t c = tb_nz_at(z, i);
  int v = c >= 0x2460 && c <= 0x2473   ? (int)(c - 0x2460) + 1
          : c >= 0x2474 && c <= 0x2487 ? (int)(c - 0x2474) + 1
                                       : 0;
  if (!v) return 0;
  char d[4];
  snprintf(d, sizeof d, "%d", v);
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  say_plain(&sb, d);
  tb_nz_emit(z, TB_TOKEN_NUMBER, i, 1, tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  return 1;
}

size_t tb_nz_number(tb_nz *z, size_t i) {
  size_t clen = circled(z, i);
  if (clen) return clen;
  const currency *cur = currency_at(z, i, &clen);
  uint32_t c = tb_nz_at(z, i);
  bool signed_start =
      (c == '-' || c == 0x2212 || c == 0xFF0D || c == 0xB1) && tb_nz_digit(tb_nz_at(z, i + 1)) &&
      !(i > 0 && (tb_nz_digit(tb_nz_at(z, i - 1)) || tb_nz_latin(tb_nz_at(z, i - 1)))) &&
      !unit_range(z, i);
  if (!cur && !signed_start && !tb_nz_digit(c)) return 0;
  /* digits glued to letters (MP3, 5G) stay with the letters' reading digit by digit */
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t start = i + clen, used = 0;
  size_t run = tb_nz_digits(z, start);
  if (run >= MAXD - 1) {
    /* No amount is this long: a serial number or noise, said digit by digit in one pass (the
     * patterns below would each rescan the run, which on a megabyte of digits is too slow). */
    for (size_t k = start; k < start + run; k++)
      tb_num_digits(&sb, (char[]){(char)z->c[k].norm}, 1, false);
    tb_piece *p = tb_nz_emit(z, TB_TOKEN_NUMBER, i, clen + run, tb_strbuf_view(&sb));
    p->no_sandhi = true;
    tb_strbuf_free(&sb);
    return clen + run;
  }
  bool digits_only = false, list_marker = false;
  if (!cur && !signed_start) {
    if ((used = date(z, start, &sb)) == 0 && (used = month_dot_day(z, start, &sb)) == 0 &&
        (used = time_or_score(z, start, &sb)) == 0 && (used = dotted(z, start, &sb)) == 0)
      used = phone(z, start, &sb);
    /* dates, times and codes keep 一 as yi1: no sandhi inside them */
    if (used) digits_only = true;
  }
  if (!used) {
    tb_strbuf_clear(&sb);
    used = plain(z, start, &sb, cur, &digits_only, &list_marker);
  }
  if (!used) {
    tb_strbuf_free(&sb);
    return 0;
  }
  size_t total = clen + used;
  tb_piece *p = tb_nz_emit(z, TB_TOKEN_NUMBER, i, total, tb_strbuf_view(&sb));
  p->no_sandhi = digits_only;
  tb_strbuf_free(&sb);
  if (list_marker) {
    /* "1." before an item is said and written as 一、 — a pause, not the end of a sentence */
    p = tb_nz_emit(z, TB_TOKEN_PUNCT, i + total, 1, "、");
    p->brk = TB_BREAK_PHRASE;
    total++;
  }
  return total;
}
