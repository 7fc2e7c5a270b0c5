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

static void say_plain(tb_strbuf *sb, const char *d) {
  tb_num_cardinal(sb, d, strlen(d), false);
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
  if (c == '+' && tb_nz_digit(tb_nz_at(z, i + 1))) {
    *sign = "正"; /* 同比+2.3% */
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

/* Characters that count things after a number (2000人, 2024户, 1949元): after them the number is
 * an amount, not a year. */
static const char COUNTING_CHARS[] =
    "人名个家户位件项次元万亿千百余多米岁天年月日号条所座辆台本份场届期批支种类处间套张部篇首只"
    "头吨斤公平立册幅块层栋幢棵株盏例起组队股班节课分秒时点倍成折度里亩克升码艘架列趟则句字页版"
    "集枚颗粒把根双对副箱袋瓶杯碗微毫厘纳兆伏瓦朵票";

bool tb_nz_counting_char(uint32_t cp) {
  char utf8[5] = {0};
  size_t n = tb_utf8_encode(cp, utf8);
  utf8[n] = '\0';
  return n > 1 && strstr(COUNTING_CHARS, utf8) != NULL;
}

/* 2至3年, 1到2个: the first number of a range joined by 至 or 到 takes the measure word of the
 * second, so it is 两 too. */
static bool hanzi_range_liang(const tb_nz *z, size_t j) {
  size_t n = tb_nz_match_utf8(z, j, "至");
  if (!n) n = tb_nz_match_utf8(z, j, "到");
  if (!n) return false;
  amount next;
  if (!parse_amount(z, tb_nz_skip_spaces(z, j + n), &next)) return false;
  return tb_nz_liang_follows(z, next.end);
}

/* “618”购物节, “1122”工作机制: a number standing alone in quotes is a name, said digit by digit. */
static bool quoted_alone(const tb_nz *z, size_t i, size_t j) {
  uint32_t open = i > 0 ? tb_nz_at(z, i - 1) : 0, close = tb_nz_at(z, j);
  return (open == 0x201C && close == 0x201D) || (open == 0x300C && close == 0x300D) ||
         (open == '"' && close == '"');
}

/* 京A·12345, 京B12345, 沪A·D1234: a vehicle's plate (a province's one-character name, a
 * capital, then letters and digits) is called digit by digit with 幺, as police radio and
 * traffic news do. */
static bool number_plate(const tb_nz *z, size_t i) {
  static const char PROVINCES[] =
      "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";
  size_t k = i;
  while (k > 0 && ((tb_nz_at(z, k - 1) >= 'A' && tb_nz_at(z, k - 1) <= 'Z') ||
                   tb_nz_digit(tb_nz_at(z, k - 1))))
    k--;
  uint32_t dot = k > 0 ? tb_nz_at(z, k - 1) : 0;
  if (dot == 0xB7 || dot == 0x30FB || dot == 0x2022) {
    k--;
    while (k > 0 && tb_nz_at(z, k - 1) >= 'A' && tb_nz_at(z, k - 1) <= 'Z')
      k--;
  }
  if (k == 0 || k == i || tb_nz_at(z, k) < 'A' || tb_nz_at(z, k) > 'Z') return false;
  char utf8[5] = {0};
  utf8[tb_utf8_encode(tb_nz_at(z, k - 1), utf8)] = '\0';
  /* 北京A1234 is no plate: 京 ends the name of a city there */
  if (k >= 2 && (tb_nz_match_utf8(z, k - 2, "北") || tb_nz_match_utf8(z, k - 2, "南") ||
                 tb_nz_match_utf8(z, k - 2, "东")))
    return false;
  return utf8[1] != '\0' && strstr(PROVINCES, utf8) != NULL;
}

/* 转806 after a phone number or after 分机(号): an extension. */
static bool extension(const tb_nz *z, size_t i) {
  if (i < 2 || !tb_nz_match_utf8(z, i - 1, "转")) return false;
  return tb_nz_digit(tb_nz_at(z, i - 2)) || (i >= 3 && tb_nz_match_utf8(z, i - 3, "分机")) ||
         (i >= 4 && tb_nz_match_utf8(z, i - 4, "分机号"));
}

/* （010）65281234: the number after a bracketed area code is a phone number. */
static bool after_area_code(const tb_nz *z, size_t i) {
  if (z->count < 2 || i == 0) return false;
  uint32_t close = tb_nz_at(z, i - 1);
  const tb_piece *code = &z->pieces[z->count - 2];
  return (close == ')' || close == 0xFF09) && code->kind == TB_TOKEN_NUMBER &&
         tb_nz_at(z, code->first) == '0' && code->count >= 3 && code->first + code->count == i - 1;
}

/* 64012345、64016789, 12345或65138888: a number listed right after a phone number or a hotline is
 * one too. */
static bool follows_phone_number(const tb_nz *z, size_t i) {
  if (z->count < 2 || i < 2) return false;
  const tb_piece *p = &z->pieces[z->count - 2]; /* the last piece is the joining mark */
  uint32_t join = tb_nz_at(z, i - 1);
  bool listed = join == 0x3001 || join == '/' || tb_nz_match_utf8(z, i - 1, "或") ||
                tb_nz_match_utf8(z, i - 1, "和");
  return listed && p->kind == TB_TOKEN_NUMBER && p->no_sandhi && p->count >= 5 &&
         p->first + p->count == i - 1;
}

/* The Latin letters right before char i: how many, and whether all are capitals. */
static size_t letters_before(const tb_nz *z, size_t i, bool *capitals) {
  size_t k = i;
  *capitals = true;
  while (k > 0 && tb_nz_latin(tb_nz_at(z, k - 1))) {
    k--;
    if (tb_nz_at(z, k) > 'Z') *capitals = false;
  }
  return i - k;
}

/* iOS 18后: a number after a Latin word (across a space) is a version, not a birth decade. */
static bool after_latin_word(const tb_nz *z, size_t i) {
  while (i > 0 && tb_is_space_cp(tb_nz_at(z, i - 1)))
    i--;
  return i > 0 && tb_nz_latin(tb_nz_at(z, i - 1));
}

/* G45高速, G6京藏高速, G107国道: an expressway or a highway is named by its number. */
static bool road_follows(const tb_nz *z, size_t j) {
  static const char *const ROADS[] = {"高速", "国道", "省道", "公路", "线", "次", "航班"};
  for (size_t e = j; e < j + 6 && e <= z->n; e++) {
    for (size_t k = 0; k < sizeof ROADS / sizeof *ROADS; k++)
      if (tb_nz_match_utf8(z, e, ROADS[k])) return true;
    if (e < z->n && !tb_is_hanzi(tb_nz_at(z, e))) break;
  }
  return false;
}

/* Digits glued to letters are a model name said digit by digit (A99, N95, KN95), except an age
 * limit (U17, U23: "under"), a group of nations (G20峰会) and a round number after an acronym
 * (PM10, TOP10), which are amounts. */
static bool amount_after_letters(const tb_nz *z, size_t i, const char *d) {
  bool capitals;
  size_t letters = letters_before(z, i, &capitals);
  if (strlen(d) != 2 || d[0] == '0' || tb_nz_digit(tb_nz_at(z, i + 2))) return false;
  if (letters == 1 && tb_nz_at(z, i - 1) == 'U') return true;
  /* G20峰会, G20集团: a group of nations is named by its number */
  if (tb_nz_match_utf8(z, i + 2, "峰会") || tb_nz_match_utf8(z, i + 2, "集团")) return true;
  /* （G20）, G20成员: the group of twenty is G二十 unless a road's word follows (G20高速) */
  if (letters == 1 && tb_nz_at(z, i - 1) == 'G' && strcmp(d, "20") == 0 && !road_follows(z, i + 2))
    return true;
  /* ARJ21, COVID-19: a name of three capitals or more carries a two-digit cardinal */
  if (letters >= 3 && capitals) return true;
  return letters >= 2 && capitals && d[1] == '0';
}

/* K1301次列车, 航班CA1234: a train or flight number is called out as stations and airports do,
 * with 幺 for 1. */
static bool called_service(const tb_nz *z, size_t i, size_t j) {
  bool capitals;
  size_t start = i - letters_before(z, i, &capitals);
  while (start > 0 && tb_is_space_cp(tb_nz_at(z, start - 1)))
    start--;
  if (j - i < 3 || !capitals) return false;
  return tb_nz_match_utf8(z, j, "次") || tb_nz_match_utf8(z, tb_nz_skip_spaces(z, j), "航班") ||
         (start >= 2 && tb_nz_match_utf8(z, start - 2, "航班"));
}

/* 502室, and 2单元201 or 3号楼1203 with no 室: a room's number (a count after a building has
 * its measure word: 5号楼120户). */
static bool room_number(const tb_nz *z, size_t i, size_t j) {
  if (tb_nz_match_utf8(z, j, "室")) return true;
  bool after_building =
      i >= 2 && (tb_nz_match_utf8(z, i - 2, "单元") || tb_nz_match_utf8(z, i - 2, "号楼"));
  return after_building && !tb_nz_counting_char(tb_nz_at(z, j)) && !tb_nz_digit(tb_nz_at(z, j));
}

/* 720P, 1080p: a video's lines, said digit by digit as the trade does. Only the standard
 * line counts: 500P of computing power is 五百P. */
static bool video_lines(const tb_nz *z, const char *d, size_t j) {
  static const char *const LINES[] = {"360", "480", "576", "720", "1080", "1440", "2160", "4320"};
  uint32_t c = tb_nz_at(z, j);
  if ((c != 'P' && c != 'p') || tb_nz_latin(tb_nz_at(z, j + 1))) return false;
  for (size_t k = 0; k < sizeof LINES / sizeof *LINES; k++)
    if (strcmp(d, LINES[k]) == 0) return true;
  return false;
}

/* 10秒05, 48秒50: two digits after the seconds of a race time are hundredths, said digit by
 * digit as commentators do (九秒八三). */
static bool hundredths_after_seconds(const tb_nz *z, size_t i, size_t j) {
  return i >= 2 && tb_nz_match_utf8(z, i - 1, "秒") && tb_nz_digit(tb_nz_at(z, i - 2)) &&
         !tb_nz_counting_char(tb_nz_at(z, j)) && !tb_nz_digit(tb_nz_at(z, j)) &&
         tb_nz_at(z, j) != '.';
}

/* 03月09日, 08时: a month, day or hour padded to two digits is its value (三月九日); the
 * minutes of 10时05分 keep their 零. */
static bool zero_padded_date(const tb_nz *z, const char *d, size_t j) {
  static const char *const PARTS[] = {"月", "日", "号", "时", "点"};
  if (strlen(d) != 2 || d[0] != '0' || d[1] == '0') return false;
  for (size_t k = 0; k < sizeof PARTS / sizeof *PARTS; k++)
    if (tb_nz_match_utf8(z, j, PARTS[k])) return true;
  return false;
}

/* 第2届, and 第 2 届 as PDF extractions space it: a rank. */
static bool after_di(const tb_nz *z, size_t i) {
  while (i > 0 && tb_is_space_cp(tb_nz_at(z, i - 1)))
    i--;
  /* 第1、2名: the later numbers of a listed rank are ranks too */
  while (i >= 2 && tb_nz_at(z, i - 1) == 0x3001 && tb_nz_digit(tb_nz_at(z, i - 2))) {
    size_t k = i - 1;
    while (k > 0 && tb_nz_digit(tb_nz_at(z, k - 1)))
      k--;
    i = k;
  }
  return i > 0 && tb_nz_match_utf8(z, i - 1, "第");
}

/* 血压150/95毫米汞柱: the two pressures of a blood pressure, said 一百五十比九十五 as clinics and
 * health pages read them, not a fraction. */
static bool blood_pressure(const tb_nz *z, size_t i, size_t end) {
  static const char *const AFTER[] = {"mmHg", "毫米汞柱"};
  for (size_t w = 0; w < sizeof AFTER / sizeof *AFTER; w++)
    if (tb_nz_match_utf8(z, tb_nz_skip_spaces(z, end), AFTER[w])) return true;
  /* 血压为150/95, 血压: 150/95, 血压高达150/95: the word within the few hanzi before */
  enum { WORDS_BACK = 8 };
  for (size_t k = i, seen = 0; k >= 2 && seen < WORDS_BACK; k--, seen++) {
    uint32_t c = tb_nz_at(z, k - 1);
    if (!tb_is_hanzi(c) && c != ':' && c != 0xFF1A && !tb_is_space_cp(c)) break;
    if (tb_nz_match_utf8(z, k - 2, "血压")) return true;
  }
  return false;
}

/* The currency's name after an amount and its 万 or 亿, unless the text names it already:
 * RMB 200元 is 两百元, not 两百元元. Returns the chars used. */
static size_t say_currency(const tb_nz *z, size_t j, tb_strbuf *sb, const tb_nz_currency *cur) {
  size_t used = tb_nz_scale_word(z, j, sb);
  if (!tb_nz_match_utf8(z, tb_nz_skip_spaces(z, j + used), cur->name))
    tb_strbuf_puts(sb, cur->name);
  return used;
}

/* ISO 9001, GB 18030: a long number after an acronym and a space is a standard's or a
 * product's code, said digit by digit (a count would have its measure word after it). */
static bool code_after_acronym(const tb_nz *z, size_t i, size_t j, size_t ilen) {
  if (ilen < 4 || i < 2 || !tb_is_space_cp(tb_nz_at(z, i - 1))) return false;
  bool capitals;
  if (letters_before(z, i - 1, &capitals) < 2 || !capitals) return false;
  size_t k = tb_nz_skip_spaces(z, j), ulen = 0;
  uint32_t c = tb_nz_at(z, k);
  return !tb_nz_counting_char(c) && !is_pct(c) && !tb_nz_unit_at(z, j, &ulen) &&
         !tb_nz_match_utf8(z, k, "万") && !tb_nz_match_utf8(z, k, "亿");
}

static size_t plain(tb_nz *z, size_t i, tb_strbuf *sb, const tb_nz_currency *cur, bool *digits_only,
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
      /* 2025/2026学年, 2025/26赛季: a school year or a season, not a fraction */
      size_t dlen = strlen(den.ip);
      if (tb_nz_year_like(x.a.ip) && (dlen == 4 || dlen == 2) && tb_nz_year_follows(z, den.end) &&
          tb_nz_value(den.ip) > (dlen == 4 ? tb_nz_value(x.a.ip) : tb_nz_value(x.a.ip + 2))) {
        tb_num_digits(sb, x.a.ip, 4, false);
        tb_strbuf_puts(sb, "至");
        tb_num_digits(sb, den.ip, dlen, false);
        *digits_only = true;
        return den.end - i;
      }
      if (blood_pressure(z, i, den.end)) {
        say_plain(sb, x.a.ip);
        tb_strbuf_puts(sb, "比");
        say_plain(sb, den.ip);
        size_t ulen = 0, e = den.end;
        const tb_nz_unit *u = tb_nz_unit_at(z, e, &ulen);
        if (u && !u->pre[0]) tb_strbuf_puts(sb, u->post), e += ulen;
        return e - i;
      }
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
  /* CN11-0001: a group led by zeros after a hyphen is the rest of a code, no range's end */
  bool code_rest = rs == '-' && tb_nz_at(z, rj + 1) == '0' && tb_nz_digits(z, rj + 1) >= 3;
  if (is_range_sep(rs) && !code_rest && parse_quantity(z, tb_nz_skip_spaces(z, rj + 1), &y) &&
      !(rs == '-' && y.sign[0]) && !tb_nz_equation_follows(z, y.a.end)) {
    size_t e = y.a.end;
    /* 2024-2025年, 2025-26赛季, 2019-2024 */
    size_t ylen = strlen(y.a.ip);
    bool year = !x.a.frac && !y.a.frac && !x.pct && !y.pct &&
                ((ilen == 4 && (ylen == 4 || ylen == 2) && tb_nz_year_follows(z, e)) ||
                 (tb_nz_year_like(x.a.ip) && tb_nz_year_like(y.a.ip) &&
                  tb_nz_value(y.a.ip) > tb_nz_value(x.a.ip)) ||
                 tb_nz_bracketed_years(z, i, e, x.a.ip, y.a.ip) ||
                 tb_nz_titled_years(z, e, x.a.ip, y.a.ip));
    size_t ulen = 0;
    const tb_nz_unit *u = tb_nz_unit_at(z, e, &ulen);
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
    if (u && tb_nz_is_temperature(u)) {
      if (strcmp(x.sign, "负") == 0) x.sign = "零下"; /* -3～5℃: 零下三至五摄氏度 */
      if (strcmp(y.sign, "负") == 0) y.sign = "零下";
    }
    if (u) tb_strbuf_puts(sb, u->pre);
    bool liang = (u && !tb_nz_is_temperature(u)) || tb_nz_liang_follows(z, e);
    say_quantity(sb, &x, y.pct, liang, false);
    tb_strbuf_puts(sb, "至");
    say_quantity(sb, &y, false, liang, false);
    if (u) {
      tb_strbuf_puts(sb, u->post);
      e += ulen;
      e += tb_nz_per_unit(z, e, sb); /* 3.9-6.1mmol/L */
    }
    if (cur) e += say_currency(z, e, sb, cur);
    return e - i;
  }
  /* digit by digit: years before 年, 90后, codes led by 0, mobile numbers, long ids */
  if (!x.sign[0] && !x.a.frac && !x.pct && !cur) {
    bool by_digit = false, yao = false;
    bool ranked = after_di(z, i);
    if (zero_padded_date(z, x.a.ip, j)) {
      memmove(x.a.ip, x.a.ip + 1, ilen);
      ilen--;
    }
    if (number_plate(z, i))
      by_digit = yao = true; /* 京A·12345 */
    else if (i > 0 && tb_nz_latin(tb_nz_at(z, i - 1)) && called_service(z, i, j))
      by_digit = yao = true; /* C2001次, CA1234航班 */
    else if (ilen == 4 && tb_nz_year_follows(z, j) && !tb_nz_years_span(z, i, j, x.a.ip))
      by_digit = true;
    else if (tb_nz_year_before_latin_name(z, x.a.ip, j) || code_after_acronym(z, i, j, ilen))
      by_digit = true;
    else if (video_lines(z, x.a.ip, j))
      by_digit = true; /* 1080P: 一零八零P */
    else if (ilen == 2 && hundredths_after_seconds(z, i, j))
      by_digit = true; /* 9秒83: 九秒八三 */
    else if (tb_nz_era_year(z, i, j, ilen))
      by_digit = true; /* 公元前221年 */
    else if (tb_nz_decade_in_english(z, x.a.ip, j))
      by_digit = true; /* 1980s: read below as 一九八零年代 */
    else if (tb_nz_bare_year(z, i, j, x.a.ip, ranked))
      by_digit = true; /* a bare year: CES 2025, CMB-2023, （2024）, 2022北京冬奥会 */
    else if (i > 0 && tb_nz_latin(tb_nz_at(z, i - 1)) && !amount_after_letters(z, i, x.a.ip))
      by_digit = true; /* model names: A99, R1 */
    else if (ilen == 2 && tb_nz_match_utf8(z, j, "后") && !after_latin_word(z, i))
      by_digit = true; /* 80后, 95后: born in the eighties, in 1995-99 */
    else if (ilen >= 2 && x.a.ip[0] == '0')
      by_digit = true;
    else if (ilen == 11 && x.a.ip[0] == '1')
      by_digit = yao = true; /* mobile: 幺 as read aloud */
    else if (ilen > 12)
      by_digit = true;
    else if (ilen >= 3 && tb_nz_keyword_before(z, i))
      by_digit = yao = true;
    else if (ilen >= 7 && (follows_phone_number(z, i) || after_area_code(z, i)))
      by_digit = yao = true;
    else if (extension(z, i))
      by_digit = yao = true; /* an extension: 010-84025678转806, 分机号转8001 */
    else if (ilen >= 3 && ilen <= 4 && room_number(z, i, j))
      by_digit = yao = true; /* a room: 502室, 2单元201, 3号楼1203 */
    else if (ilen >= 3 && quoted_alone(z, i, j) && !tb_nz_is_hotline(x.a.ip))
      by_digit = true;
    else if (ilen >= 5 && !tb_nz_counting_char(tb_nz_at(z, j)) && tb_nz_line_name_follows(z, j))
      by_digit = yao = true;
    else if (tb_nz_is_hotline(x.a.ip) && !ranked && !tb_nz_liang_follows(z, j) &&
             !tb_nz_unit_at(z, j, &(size_t){0}) && !tb_nz_digit(tb_nz_at(z, j)) &&
             !tb_nz_counting_char(tb_nz_at(z, j)))
      by_digit = yao = true;
    if (by_digit && strlen(x.a.ip) == ilen) {
      tb_num_digits(sb, x.a.ip, ilen, yao);
      *digits_only = true;
      if (tb_nz_decade_in_english(z, x.a.ip, j)) {
        tb_strbuf_puts(sb, "年代");
        j++;
      }
      return j - i;
    }
  }
  size_t ulen = 0;
  const tb_nz_unit *u = tb_nz_unit_at(z, j, &ulen);
  bool ordinal = after_di(z, i);
  if (u && tb_nz_is_temperature(u) && strcmp(x.sign, "负") == 0) x.sign = "零下";
  if (u) tb_strbuf_puts(sb, u->pre);
  /* 2℃ is 二摄氏度, as 零下二摄氏度 is: forecasts read temperatures with 二 */
  bool liang = !ordinal && !tb_nz_floor_after_building(z, i, j) &&
               !(u && tb_nz_is_temperature(u)) &&
               (u != NULL || tb_nz_liang_follows(z, j) || hanzi_range_liang(z, j));
  say_quantity(sb, &x, false, liang, ordinal);
  if (u) {
    tb_strbuf_puts(sb, u->post);
    j += ulen;
    j += tb_nz_per_unit(z, j, sb);
  }
  if (cur) j += say_currency(z, j, sb, cur);
  return j - i;
}

/* 18日-20日, 3天-5天, 3月9日-3月12日: the dash joins two amounts with their units; it is no
 * minus sign. */
static bool unit_range(const tb_nz *z, size_t i) {
  if (i == 0) return false;
  uint32_t unit = tb_nz_at(z, i - 1);
  if (!tb_is_hanzi(unit)) {
    /* 36.1℃-37.2℃, 20㎡-30㎡: a unit symbol (no letter, digit or mark) written at both ends */
    if (unit < 0x2100 || i < 2 || !tb_nz_digit(tb_nz_at(z, i - 2))) return false;
    size_t j = i + 1 + tb_nz_digits(z, i + 1);
    if (tb_nz_at(z, j) == '.') j += 1 + tb_nz_digits(z, j + 1);
    return tb_nz_at(z, j) == unit;
  }
  if (i >= 2 && tb_nz_digit(tb_nz_at(z, i - 2)) && tb_nz_counting_char(tb_nz_at(z, i - 1)))
    return true;
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

/* 歼-20, 运-20, 东风-41: an aircraft's or a missile's type joins its number with a hyphen that is
 * no minus sign (歼二十). */
static bool designation_hyphen(const tb_nz *z, size_t i) {
  static const char *const TYPES[] = {"歼",   "运",   "轰",   "直",   "强",  "教",
                                      "东风", "红旗", "鹰击", "巨浪", "长剑"};
  if (tb_nz_at(z, i) != '-' || !tb_nz_digit(tb_nz_at(z, i + 1))) return false;
  for (size_t k = 0; k < sizeof TYPES / sizeof *TYPES; k++) {
    size_t len = tb_utf8_length(TYPES[k]);
    if (i >= len && tb_nz_match_utf8(z, i - len, TYPES[k])) return true;
  }
  return false;
}

size_t tb_nz_number(tb_nz *z, size_t i) {
  size_t clen = circled(z, i);
  if (clen) return clen;
  if ((clen = tb_nz_code(z, i)) > 0) return clen;
  const tb_nz_currency *cur = tb_nz_currency_at(z, i, &clen);
  uint32_t c = tb_nz_at(z, i);
  if (!cur && designation_hyphen(z, i)) clen = 1; /* 歼-20: the hyphen is silent */
  bool signed_start =
      !clen &&
      (c == '-' || c == 0x2212 || c == 0xFF0D || c == 0xB1 ||
       (c == '+' && i > 0 && tb_is_hanzi(tb_nz_at(z, i - 1)))) &&
      tb_nz_digit(tb_nz_at(z, i + 1)) &&
      !(i > 0 && (tb_nz_digit(tb_nz_at(z, i - 1)) || tb_nz_latin(tb_nz_at(z, i - 1)))) &&
      !unit_range(z, i);
  if (!cur && !clen && !signed_start && !tb_nz_digit(c)) return 0;
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
    used = tb_nz_shaped(z, start, &sb);
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
