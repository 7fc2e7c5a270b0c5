/* Is 2 said 两 or 二? 两 before a measure word (两个, 两年) and in tallies (两铜, 两室一厅); 二
 * before 月 日 号 两 and the like, and for a floor after a building or a place (15号楼2层 →
 * 二层). */
#include "normalize_internal.h"

#include <string.h>

/* 15号楼2层, 3单元2层, B座2层, 2号2层, 服务中心2层, 地下2层: after a building or a place the
 * number names a floor, not a count (a count follows a verb: 加盖了2层). A building described
 * as 地上6层、地下2层 counts its floors. */
bool tb_nz_floor_after_building(const tb_nz *z, size_t number_start, size_t i) {
  enum { DESCRIPTION_REACH = 8 };
  static const char PLACE_ENDS[] = "楼元座号心厦馆下场城店院厅宫站";
  if (!tb_nz_match_utf8(z, i, "层") || number_start == 0) return false;
  if (number_start >= 2 && tb_nz_match_utf8(z, number_start - 2, "地下"))
    for (size_t k = number_start - 2; k > 0 && number_start - k < DESCRIPTION_REACH; k--)
      if (tb_nz_match_utf8(z, k - 1, "地上")) return false;
  char utf8[5] = {0};
  utf8[tb_utf8_encode(tb_nz_at(z, number_start - 1), utf8)] = '\0';
  return utf8[1] != '\0' && strstr(PLACE_ENDS, utf8) != NULL;
}

/* The character before the digits that end right before j (0 when none). */
static uint32_t before_digits(const tb_nz *z, size_t j) {
  while (j > 0 && tb_is_space_cp(tb_nz_at(z, j - 1))) /* 2 金 3 银 1 铜 as extracted */
    j--;
  while (j > 0 && tb_nz_digit(tb_nz_at(z, j - 1)))
    j--;
  while (j > 0 && tb_is_space_cp(tb_nz_at(z, j - 1)))
    j--;
  return j > 0 ? tb_nz_at(z, j - 1) : 0;
}

/* 9金4银2铜, 3室2厅2卫 and 8胜2平3负: a medal tally, a flat's rooms and a team's record count
 * things, so 2 is 两 there (两铜, 两室一厅, 两平), though 金, 室 and 平 measure nothing elsewhere.
 */
static bool tally_follows(const tb_nz *z, size_t j) {
  static const char *const TALLIES[][3] = {
      {"金", "银", "铜"}, {"室", "厅", "卫"}, {"胜", "平", "负"}};
  for (size_t t = 0; t < sizeof TALLIES / sizeof *TALLIES; t++)
    for (size_t k = 0; k < 3; k++) {
      if (!tb_nz_match_utf8(z, j, TALLIES[t][k])) continue;
      bool next = k < 2 && tb_nz_digit(tb_nz_at(z, tb_nz_skip_spaces(z, j + 1)));
      uint32_t prev = before_digits(z, j);
      char utf8[5] = {0};
      utf8[tb_utf8_encode(prev, utf8)] = '\0';
      bool after = k > 0 && prev && strcmp(utf8, TALLIES[t][k - 1]) == 0;
      if (next || after) return true;
    }
  return false;
}

bool tb_nz_liang_follows(const tb_nz *z, size_t i) {
  static const char *const MEASURE[] = {
      "个",   "位",   "名",   "人",   "次", "件",   "项",   "条", "种", "家",   "所", "台",
      "辆",   "本",   "张",   "只",   "岁", "倍",   "层",   "周", "场", "批",   "份", "届",
      "类",   "句",   "声",   "口",   "艘", "架",   "座",   "栋", "间", "支",   "头", "匹",
      "块",   "双",   "对",   "篇",   "部", "首",   "组",   "队", "轮", "段",   "趟", "遍",
      "枚",   "颗",   "粒",   "套",   "片", "根",   "幅",   "副", "把", "年",   "天", "小时",
      "分钟", "秒",   "星期", "下",   "回", "辈",   "代",   "笔", "元", "万",   "亿", "千",
      "百",   "斤",   "公里", "米",   "吨", "千克", "公斤", "亩", "户", "处",   "起", "款",
      "所",   "道",   "门",   "盘",   "杯", "碗",   "瓶",   "桌", "扇", "节课", "堂", "场",
      "点",   "平方", "立方", "公顷", "角", "毛",   "袋",   "箱", "盒", "包",   "罐", "桶",
      "捆",   "束",   "盆",   "株",   "棵", "盏",   "幢",   "剂", "针", "册",   "卷", "页",
      "集",   "章",   "圈",   "步",   "顿", "餐",   "晚",   "夜", "胜", "负",   "幕", "球"};
  i = tb_nz_skip_spaces(z, i);
  if (tally_follows(z, i)) return true;
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
