/* Source lines before cleaning: form feeds as page breaks, and a layout-preserving extraction
 * (pdftotext -layout) brought to reading order: side-by-side columns split left first, the body
 * indent removed so only paragraph starts stay indented, centred lines set apart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"
#include "layout/layout_internal.h"

#include <stdlib.h>
#include <string.h>

/* Index of the first line equal to want, or -1. */
static long find_line(const tb_vlines *v, const char *want) {
  for (size_t i = 0; i < v->count; i++)
    if (strcmp(v->items[i].text, want) == 0) return (long)i;
  return -1;
}

/* Index of the first line that is want once its leading spaces are left out, or -1. */
static long find_trimmed(const tb_vlines *v, const char *want) {
  for (size_t i = 0; i < v->count; i++)
    if (strcmp(v->items[i].text + strspn(v->items[i].text, " "), want) == 0) return (long)i;
  return -1;
}

static bool is_blank(const char *s) {
  return s[strspn(s, " ")] == '\0';
}

static void form_feed_breaks_the_page(void **state) {
  (void)state;
  tb_vlines v;
  tb_layout_vlines_split("第一页最后一行。\n\f第二页第一行\n", false, &v);
  long second = find_line(&v, "第二页第一行");
  assert_true(second >= 1);
  assert_true(is_blank(v.items[second - 1].text));
  assert_int_equal(v.items[second].lineno, 2); /* a form feed does not start a line */
  for (size_t i = 0; i < v.count; i++)
    assert_null(strchr(v.items[i].text, '\f'));
  tb_layout_vlines_free(&v);
}

/* A layout extraction: body lines at 2 spaces, paragraph starts at 6, and a block where two
 * columns stand side by side. */
static const char *const LAYOUT = "                    居中的标题\n"
                                  "      第一段开头的文字在这里写得比较长一些。\n"
                                  "  第一段的第二行文字。\n"
                                  "      第二段开头的文字。\n"
                                  "  第二段的第二行文字。\n"
                                  "  第二段的第三行文字。\n"
                                  "  左栏标题                        右栏标题\n"
                                  "      左栏第一行文字                     右栏第一行文字\n"
                                  "  左栏第二行文字                     右栏第二行文字\n"
                                  "  左栏第三行文字                     右栏第三行文字\n"
                                  "  左栏第四行文字                     右栏第四行文字\n"
                                  "                              右栏最后一行\n"
                                  "      之后的一段全宽文字。\n"
                                  "  全宽文字的第二行。\n"
                                  "  全宽文字的第三行。\n";

static void side_by_side_columns_read_left_first(void **state) {
  (void)state;
  tb_vlines v;
  tb_layout_vlines_split(LAYOUT, false, &v);
  long left_last = find_line(&v, "左栏第四行文字");
  long right_first = find_line(&v, "右栏标题");
  long right_last = find_line(&v, "右栏最后一行");
  long left_title = find_line(&v, "左栏标题");
  assert_true(left_title >= 0 && left_last > left_title);
  assert_true(right_first > left_last);
  assert_true(right_last > right_first);
  assert_int_equal(v.items[right_first].lineno, 7);
  assert_true(find_line(&v, "    右栏第一行文字") > right_first); /* its indent is kept */
  tb_layout_vlines_free(&v);
}

static void body_indent_is_removed_and_paragraph_starts_stay(void **state) {
  (void)state;
  tb_vlines v;
  tb_layout_vlines_split(LAYOUT, false, &v);
  assert_true(find_line(&v, "    第一段开头的文字在这里写得比较长一些。") >= 0);
  assert_true(find_line(&v, "第一段的第二行文字。") >= 0);
  tb_layout_vlines_free(&v);
}

static void centred_line_stands_apart(void **state) {
  (void)state;
  tb_vlines v;
  tb_layout_vlines_split(LAYOUT, false, &v);
  long title = -1;
  for (size_t i = 0; i < v.count; i++)
    if (strstr(v.items[i].text, "居中的标题")) title = (long)i;
  assert_true(title >= 1 && title + 1 < (long)v.count);
  assert_true(is_blank(v.items[title - 1].text));
  assert_true(is_blank(v.items[title + 1].text));
  tb_layout_vlines_free(&v);
}

/* Reading-order text is left as it is: a lone run of spaces inside a line splits nothing. */
static void reading_order_text_is_untouched(void **state) {
  (void)state;
  const char *text = "标题\n正文第一行   正文继续\n正文第二行\n";
  tb_vlines v;
  tb_layout_vlines_split(text, false, &v);
  assert_int_equal(v.count, 3);
  assert_string_equal(v.items[1].text, "正文第一行   正文继续");
  tb_layout_vlines_free(&v);
}

/* A page header of a layout extraction: fields parted by runs of spaces, most of them furniture. */
static void spaced_header_fields_are_furniture(void **state) {
  (void)state;
  const char *text = "正文第一段的文字。\n"
                     "2026年6月16日  星期二              区域·民生              责任编辑：陈思   "
                     "美术编辑：王涛      2\n"
                     "专栏名称      一个普通的标题\n"
                     "正文第二段的文字。\n";
  tb_llines lines;
  tb_layout_lines_build(text, &lines);
  assert_int_equal(lines.count, 4);
  assert_int_equal(lines.items[1].kind, TB_LINE_FURNITURE);
  assert_int_not_equal(lines.items[2].kind, TB_LINE_FURNITURE);
  tb_layout_lines_free(&lines);
}

/* A short name set letter-spaced is closed up; a headline whose two phrases part at a space
 * is not. */
static void letter_spaced_name_is_closed(void **state) {
  (void)state;
  char *name = tb_layout_clean_line("顺 义 报");
  assert_string_equal(name, "顺义报");
  free(name);
  char *title = tb_layout_clean_line("小院议事厅 议出大变化");
  assert_string_equal(title, "小院议事厅 议出大变化");
  free(title);
}

/* Three columns with gutters of a few spaces; a headline spans columns 1-2 while column 3 starts
 * its own story on the same row. Reading order: the headline, column 1, column 2, column 3. */
static const char *const THREE_COLUMNS =
    "       左中两栏的通栏大标题             右栏标题\n"
    "\n"
    "    甲栏第一行文字内     乙栏第一行文字内     丙栏第一行文字内\n"
    "  甲栏第二行文字内容    乙栏第二行文字内容    丙栏第二行文字内容\n"
    "  甲栏第三行文字内容    乙栏第三行文字内容    丙栏第三行文字内容\n"
    "  甲栏第四行文字内容    乙栏第四行文字内容    丙栏第四行文字内容\n"
    "  甲栏第五行文字内容    乙栏第五行文字内容    丙栏第五行文字内容\n"
    "  甲栏第六行文字内容    乙栏第六行文字内容    丙栏第六行文字内容\n"
    "    甲栏第七行文字内     乙栏第七行文字内     丙栏第七行文字内\n"
    "  甲栏第八行文字内容    乙栏第八行文字内容    丙栏第八行文字内容\n"
    "  甲栏第九行文字内容    乙栏第九行文字内容    丙栏第九行文字内容\n"
    "  甲栏第十行文字内容    乙栏第十行文字内容    丙栏第十行文字内容\n"
    "  甲栏第百行文字内容    乙栏第百行文字内容    丙栏第百行文字内容\n"
    "  甲栏第千行文字内容    乙栏第千行文字内容    丙栏第千行文字内容\n";

static void three_columns_read_down_then_across(void **state) {
  (void)state;
  tb_vlines v;
  tb_layout_vlines_split(THREE_COLUMNS, false, &v);
  long title = find_line(&v, "     左中两栏的通栏大标题");
  long first[3], last[3];
  const char *const names[3][2] = {{"  甲栏第一行文字内", "甲栏第千行文字内容"},
                                   {"  乙栏第一行文字内", "乙栏第千行文字内容"},
                                   {"  丙栏第一行文字内", "丙栏第千行文字内容"}};
  for (int k = 0; k < 3; k++) {
    first[k] = find_line(&v, names[k][0]); /* paragraph indent kept, gutter gone */
    last[k] = find_line(&v, names[k][1]);
    assert_true(first[k] >= 0 && last[k] == first[k] + 11);
  }
  long right_title = find_trimmed(&v, "右栏标题"); /* centred in its column: set apart */
  assert_true(right_title > 0 && is_blank(v.items[right_title - 1].text));
  assert_true(title >= 0 && title < first[0]);
  assert_true(last[0] < first[1] && last[1] < right_title && right_title < first[2]);
  assert_int_equal(v.items[first[2]].lineno, 3);
  tb_layout_vlines_free(&v);
}

/* Four columns with a page header over them and a title across the page parting two stories:
 * each story is read column by column, the title between them. */
static const char *const FOUR_COLUMNS =
    "  第二版             社  区  新  闻          2\n"
    "\n"
    "  子上第一行文字   丑上第一行文字   寅上第一行文字   卯上第一行文字\n"
    "  子上第二行文字   丑上第二行文字   寅上第二行文字   卯上第二行文字\n"
    "  子上第三行文字   丑上第三行文字   寅上第三行文字   卯上第三行文字\n"
    "  子上第四行文字   丑上第四行文字   寅上第四行文字   卯上第四行文字\n"
    "  子上第五行文字   丑上第五行文字   寅上第五行文字   卯上第五行文字\n"
    "  子上第六行文字   丑上第六行文字   寅上第六行文字   卯上第六行文字\n"
    "\n"
    "               通栏居中的下篇标题\n"
    "\n"
    "  辰下第一行文字   巳下第一行文字   午下第一行文字   未下第一行文字\n"
    "  辰下第二行文字   巳下第二行文字   午下第二行文字   未下第二行文字\n"
    "  辰下第三行文字   巳下第三行文字   午下第三行文字   未下第三行文字\n"
    "  辰下第四行文字   巳下第四行文字   午下第四行文字   未下第四行文字\n"
    "  辰下第五行文字   巳下第五行文字   午下第五行文字   未下第五行文字\n"
    "  辰下第六行文字   巳下第六行文字   午下第六行文字   未下第六行文字\n";

static void four_columns_and_a_title_across_them(void **state) {
  (void)state;
  tb_vlines v;
  tb_layout_vlines_split(FOUR_COLUMNS, false, &v);
  const char *const order[] = {"子上第一行文字", "子上第六行文字", "丑上第一行文字",
                               "卯上第六行文字", "辰下第一行文字", "辰下第六行文字",
                               "巳下第一行文字", "未下第六行文字"};
  long previous = -1;
  for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
    long at = find_line(&v, order[k]);
    assert_true(at > previous);
    previous = at;
  }
  long header = -1, title = -1;
  for (size_t i = 0; i < v.count; i++) {
    if (strstr(v.items[i].text, "社  区  新  闻")) header = (long)i;
    if (strstr(v.items[i].text, "通栏居中的下篇标题")) title = (long)i;
  }
  assert_true(header >= 0 && header < find_line(&v, "子上第一行文字"));
  assert_true(strstr(v.items[header].text, "第二版") != NULL); /* the header stays one line */
  assert_true(title > find_line(&v, "卯上第六行文字") && title < find_line(&v, "辰下第一行文字"));
  tb_layout_vlines_free(&v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(form_feed_breaks_the_page),
      cmocka_unit_test(side_by_side_columns_read_left_first),
      cmocka_unit_test(body_indent_is_removed_and_paragraph_starts_stay),
      cmocka_unit_test(centred_line_stands_apart),
      cmocka_unit_test(reading_order_text_is_untouched),
      cmocka_unit_test(spaced_header_fields_are_furniture),
      cmocka_unit_test(letter_spaced_name_is_closed),
      cmocka_unit_test(three_columns_read_down_then_across),
      cmocka_unit_test(four_columns_and_a_title_across_them),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
