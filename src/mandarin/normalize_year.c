/* Is a number a year, said digit by digit (2026年 → 二零二六年)? With 年 after it mostly, but
 * also bare before an event's name or a Latin one, in brackets, joined to years, after 公元,
 * as an English decade (1980s) or a lifetime in brackets; and not when it is a span of years
 * (上下5000年). Elsewhere 2000 is an amount (两千), as WeTextProcessing says. */
#include "normalize_internal.h"

#include <string.h>

bool tb_nz_year_follows(const tb_nz *z, size_t j) {
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

/* Host cities whose names open with a character that also counts things (米 metres, 里, 平, 多,
 * 名): 2026米兰冬奥会 is a year before Milan, not 2026 metres. */
static bool host_city_at(const tb_nz *z, size_t k) {
  static const char *const CITIES[] = {"米兰", "里约", "平昌", "多哈", "名古屋", "千叶", "万象"};
  for (size_t w = 0; w < sizeof CITIES / sizeof *CITIES; w++)
    if (tb_nz_match_utf8(z, k, CITIES[w])) return true;
  return false;
}

/* A year with no 年 before an event's name (which may quote a slogan: 2026“书香东城”阅读季): the
 * next character is no counting word and an event ending comes within the name's first
 * characters. */
static bool event_follows(const tb_nz *z, size_t j) {
  enum { NAME_MAX_CHARS = 14 };
  size_t k = tb_nz_skip_spaces(z, j);
  if (name_quote(tb_nz_at(z, k))) k++;
  if (k >= z->n || !tb_is_hanzi(tb_nz_at(z, k)) ||
      (tb_nz_counting_char(tb_nz_at(z, k)) && !host_city_at(z, k)))
    return false;
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

bool tb_nz_year_like(const char *d) {
  return strlen(d) == 4 && (strncmp(d, "19", 2) == 0 || strncmp(d, "20", 2) == 0);
}

/* 上下5000年, 近2000年的历史: a round number of years that is a span, not a year. */
bool tb_nz_years_span(const tb_nz *z, size_t i, size_t j, const char *d) {
  if (tb_nz_value(d) > 2100) return true;
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
    if (!tb_nz_year_like(d)) return false;
    j += 4;
    if (tb_nz_year_follows(z, j)) return true;
  }
  return false;
}

/* 《1921》, 《2046》: a title that is a year alone. */
static bool title_alone(const tb_nz *z, size_t i, size_t j) {
  return i > 0 && tb_nz_at(z, i - 1) == 0x300A && tb_nz_at(z, j) == 0x300B;
}

/* 公元前221年, 公元1421年: a year of the era, however short, is said digit by digit. */
static bool after_era(const tb_nz *z, size_t i) {
  return (i >= 2 && tb_nz_match_utf8(z, i - 2, "公元")) ||
         (i >= 3 && tb_nz_match_utf8(z, i - 3, "公元前"));
}

/* 1980s: a decade written the English way is 一九八零年代, as 1980年代 is. */
bool tb_nz_decade_in_english(const tb_nz *z, const char *d, size_t j) {
  return tb_nz_year_like(d) && d[3] == '0' && tb_nz_at(z, j) == 's' &&
         !tb_nz_latin(tb_nz_at(z, j + 1));
}

/* 曹雪芹（1715—1763）: two years in brackets after a name are a lifetime or a reign. */
bool tb_nz_bracketed_years(const tb_nz *z, size_t i, size_t e, const char *x, const char *y) {
  enum { LONGEST_SPAN = 150 };
  int from = tb_nz_value(x), to = tb_nz_value(y);
  if (strlen(x) != 4 || strlen(y) != 4 || from < 1000 || to > 2199 || to <= from ||
      to - from > LONGEST_SPAN || i == 0)
    return false;
  uint32_t open = tb_nz_at(z, i - 1), close = tb_nz_at(z, e);
  return (open == '(' || open == 0xFF08) && (close == ')' || close == 0xFF09);
}

/* “大明1368—1644”, 《故宫1420—2020》: two years that close a quote or a title are a span of
 * years; an amount range would have its measure word after it. */
bool tb_nz_titled_years(const tb_nz *z, size_t e, const char *x, const char *y) {
  int from = tb_nz_value(x), to = tb_nz_value(y);
  if (strlen(x) != 4 || strlen(y) != 4 || from < 1000 || to > 2199 || to <= from) return false;
  uint32_t close = tb_nz_at(z, e);
  return close == 0x201D || close == 0x300D || close == 0x300B || close == 0x300F || close == '"';
}

/* 2026 ChinaJoy展会, 2025 CES: a year before a name in Latin letters. */
bool tb_nz_year_before_latin_name(const tb_nz *z, const char *d, size_t j) {
  enum { SHORTEST_NAME = 3 };
  if (!tb_nz_year_like(d) || !tb_is_space_cp(tb_nz_at(z, j))) return false;
  size_t k = tb_nz_skip_spaces(z, j), e = k, ulen = 0;
  while (tb_nz_latin(tb_nz_at(z, e)))
    e++;
  return e - k >= SHORTEST_NAME && tb_nz_at(z, k) <= 'Z' && !tb_nz_unit_at(z, j, &ulen);
}

bool tb_nz_bare_year(const tb_nz *z, size_t i, size_t j, const char *d, bool ranked) {
  if (!tb_nz_year_like(d)) return false;
  return bare_year_context(z, i, j) || event_follows(z, j) || joined_year_follows(z, j) ||
         (!ranked && year_suffix_follows(z, j)) || title_alone(z, i, j);
}

bool tb_nz_era_year(const tb_nz *z, size_t i, size_t j, size_t digits) {
  return digits <= 4 && tb_nz_year_follows(z, j) && after_era(z, i);
}
