/* Units and currencies written next to a number: what is said before and after it (10km/h →
 * 每小时十公里, ¥3.5亿 → 三点五亿元), and rates of one unit per another (微克每立方米). */
#include "normalize_internal.h"

#include <string.h>

/* Longest first within a shared prefix, since the first match wins. */
static const tb_nz_unit UNITS[] = {
    {"km/h", "每小时", "公里"},
    {"m/s", "每秒", "米"},
    {"km²", "", "平方千米"},
    {"km2", "", "平方千米"},
    {"m²", "", "平方米"},
    {"m³", "", "立方米"},
    {"cm²", "", "平方厘米"},
    {"cm³", "", "立方厘米"},
    {"kWh", "", "千瓦时"},
    {"MWh", "", "兆瓦时"},
    {"GWh", "", "吉瓦时"},
    {"Wh", "", "瓦时"},
    {"kW·h", "", "千瓦时"},
    {"km", "", "公里"},
    {"kg", "", "千克"},
    {"kW", "", "千瓦"},
    {"kw", "", "千瓦"},
    {"kV", "", "千伏"},
    {"hPa", "", "百帕"},
    {"kPa", "", "千帕"},
    {"MPa", "", "兆帕"},
    {"kHz", "", "千赫兹"},
    {"MHz", "", "兆赫兹"},
    {"GHz", "", "吉赫兹"},
    {"Hz", "", "赫兹"},
    {"MW", "", "兆瓦"},
    {"mAh", "", "毫安时"},
    {"mmHg", "", "毫米汞柱"},
    {"mmol", "", "毫摩尔"},
    {"μmol", "", "微摩尔"},
    {"kbps", "", "千比特每秒"},
    {"Mbps", "", "兆比特每秒"},
    {"Gbps", "", "吉比特每秒"},
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
    {"′", "", "分"}, /* of an angle: 116°23′ */
    {"″", "", "秒"},
    {"㎡", "", "平方米"},
    {"㎞", "", "公里"},
    {"㎏", "", "千克"},
    {"㎝", "", "厘米"},
    {"㎜", "", "毫米"},
    {"M", "", "兆"},
    {"w", "", "万"},
};

/* The unit at i (after optional spaces for Latin units), or NULL; *len gets its chars. */
const tb_nz_unit *tb_nz_unit_at(const tb_nz *z, size_t i, size_t *len) {
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
size_t tb_nz_per_unit(const tb_nz *z, size_t j, tb_strbuf *sb) {
  if (tb_nz_at(z, j) != '/') return 0;
  size_t len = 0;
  const tb_nz_unit *den = tb_nz_unit_at(z, j + 1, &len);
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

bool tb_nz_is_temperature(const tb_nz_unit *u) {
  return strstr(u->post, "摄氏") || strstr(u->post, "华氏");
}

static const tb_nz_currency CURRENCY_PREFIX[] = {
    {"HK$", "港元"},   {"US$", "美元"}, {"A$", "澳元"},  {"NT$", "新台币"}, {"C$", "加元"},
    {"CNY", "人民币"}, {"RMB", "元"},   {"HKD", "港元"}, {"USD", "美元"},   {"EUR", "欧元"},
    {"JPY", "日元"},   {"GBP", "英镑"}, {"￥", "元"},    {"¥", "元"},       {"$", "美元"},
    {"€", "欧元"},     {"£", "英镑"},
};

const tb_nz_currency *tb_nz_currency_at(const tb_nz *z, size_t i, size_t *len) {
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

/* ¥1.2万, $3亿: the currency's name follows the 万 or 亿 that scales the amount. */
size_t tb_nz_scale_word(const tb_nz *z, size_t j, tb_strbuf *sb) {
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
