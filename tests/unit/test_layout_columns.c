/* Column splitting of layout-preserving extractions (pdftotext -layout), rule by rule: a page
 * set flush with the left edge, each column's edge, a boxed sidebar set narrower, titles centred
 * in a column and wrapped over two lines, text running on into the next column, a footer whose
 * fields are not set in the columns, a letter-spaced title running into a gutter. */
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

/* Three columns of 15 cells at cells 0, 24 and 48, set flush with the page's left edge (only
 * paragraph starts are indented, so most lines start unindented). Column 1's paragraph runs on
 * into column 2; column 3 opens with a title centred over two lines, then a paragraph, then a
 * boxed sidebar whose items are all set 2 cells in; a footer's second field starts inside the
 * first gutter. */
static const char *const FLUSH_PAGE =
    "  左栏首段开头文字共十六字          中栏首行续接左栏半句凑满十八个             右栏标题上半\n"
    "左栏第二行文字凑满十八个字符宽         中栏第二行文字凑满十八个字符宽               下半句\n"
    "左栏第三行文字凑满十八个字符宽         中栏第三行文字凑满十八个字符宽\n"
    "左栏第四行文字凑满十八个字符宽         中栏第四行文字凑满十八个字符宽           "
    "右栏正文开头文字共十六个字\n"
    "左栏第五行文字凑满十八个字符宽         中栏第五行文字凑满十八个字符宽         "
    "右栏第二行文字凑满十八个字符宽\n"
    "左栏第六行文字凑满十八个字符宽         中栏第六行文字凑满十八个字符宽         "
    "右栏第三行文字凑满十八个字符宽\n"
    "左栏第七行文字凑满十八个字符宽         中栏第七行文字凑满十八个字符宽         右栏末行结束。\n"
    "左栏第八行文字凑满十八个字符宽         中栏第八行文字凑满十八个字符宽\n"
    "左栏第九行文字凑满十八个字符宽         中栏末行结束。                   "
    "一、提示第一条文字凑满十六\n"
    "左栏第十行文字凑满十八个字符宽                                   续行。\n"
    "左栏末行文字还在半句之中的地方                                   二、提示第二条文字凑满十六\n"
    "                                                  续行。\n"
    "                                                  三、提示第三条文字凑满十六\n"
    "                                                  续行。\n"
    "\n"
    "\n"
    "\n"
    "责任编辑：张三               校对：李四                                       3\n";

static tb_vlines split(const char *text) {
  tb_vlines v;
  tb_layout_vlines_split(text, false, &v);
  return v;
}

static void flush_left_columns_are_read_one_after_another(void **state) {
  (void)state;
  tb_vlines v = split(FLUSH_PAGE);
  long left_last = find_line(&v, "左栏末行文字还在半句之中的地方");
  long middle_first = find_line(&v, "中栏首行续接左栏半句凑满十八个");
  long middle_last = find_line(&v, "中栏末行结束。");
  long right_text = find_trimmed(&v, "右栏正文开头文字共十六个字");
  assert_true(find_line(&v, "  左栏首段开头文字共十六字") >= 0); /* the line holds column 1 only */
  assert_true(left_last >= 0 && middle_first > left_last && middle_last > middle_first);
  assert_true(right_text > middle_last);
  tb_layout_vlines_free(&v);
}

/* Flush-left text with a small table (six rows whose fields line up) is not a page in columns:
 * without the indent of a layout extraction, a gutter needs more lines than that. */
static void flush_left_table_is_not_split(void **state) {
  (void)state;
  const char *text = "服务网点一览\n"
                     "东坝社区服务站    周一上午开放    八时至十二时\n"
                     "西坝社区服务站    周二上午开放    八时至十二时\n"
                     "南坝社区服务站    周三下午开放    十四时至十八\n"
                     "北坝社区服务站    周四下午开放    十四时至十八\n"
                     "中坝社区服务站    周五全天开放    八时至十八时\n"
                     "新坝社区服务站    周六全天开放    八时至十八时\n"
                     "  以上网点节假日照常开放。\n"
                     "咨询电话另行公布。\n";
  tb_vlines v = split(text);
  assert_true(find_line(&v, "东坝社区服务站    周一上午开放    八时至十二时") >= 0);
  assert_true(find_line(&v, "新坝社区服务站    周六全天开放    八时至十八时") >= 0);
  tb_layout_vlines_free(&v);
}

/* Column 3's edge is where its own lines start, though more lines (the sidebar's) start two
 * cells further in: its paragraph start keeps its indent. */
static void column_edge_is_the_leftmost_common_start(void **state) {
  (void)state;
  tb_vlines v = split(FLUSH_PAGE);
  assert_true(find_line(&v, "  右栏正文开头文字共十六个字") >= 0);
  assert_true(find_line(&v, "右栏第二行文字凑满十八个字符宽") >= 0);
  tb_layout_vlines_free(&v);
}

/* The sidebar's items wrap onto lines set where they start: that is the box's margin, so the
 * items are not read as indented paragraph starts one line each. */
static void boxed_sidebar_lines_start_at_its_margin(void **state) {
  (void)state;
  tb_vlines v = split(FLUSH_PAGE);
  long item = find_line(&v, "一、提示第一条文字凑满十六");
  assert_true(item >= 0);
  assert_string_equal(v.items[item + 1].text, "续行。");
  assert_true(find_line(&v, "二、提示第二条文字凑满十六") > item);
  tb_layout_vlines_free(&v);
}

/* Two lines centred in one column, the first ending no sentence, are one title, set apart as a
 * centred line. */
static void title_centred_over_two_lines_is_one_line(void **state) {
  (void)state;
  tb_vlines v = split(FLUSH_PAGE);
  long title = find_trimmed(&v, "右栏标题上半下半句");
  assert_true(title > 0);
  assert_true(strspn(v.items[title].text, " ") >= 8);
  assert_true(is_blank(v.items[title - 1].text) && is_blank(v.items[title + 1].text));
  assert_int_equal(find_trimmed(&v, "下半句"), -1);
  tb_layout_vlines_free(&v);
}

/* Column 2 opens with a full line at its edge: the paragraph of column 1 runs on, so no blank
 * line parts them. */
static void text_running_on_into_the_next_column_is_not_parted(void **state) {
  (void)state;
  tb_vlines v = split(FLUSH_PAGE);
  long left_last = find_line(&v, "左栏末行文字还在半句之中的地方");
  assert_true(left_last >= 0);
  assert_string_equal(v.items[left_last + 1].text, "中栏首行续接左栏半句凑满十八个");
  tb_layout_vlines_free(&v);
}

/* A footer whose second field starts inside a gutter is not set in the columns: it is read
 * whole, its long runs of spaces cut to a field gap. */
static void footer_off_the_columns_is_read_whole(void **state) {
  (void)state;
  tb_vlines v = split(FLUSH_PAGE);
  assert_true(find_line(&v, "责任编辑：张三   校对：李四   3") >= 0);
  tb_layout_vlines_free(&v);
}

/* A letter-spaced title in column 1 whose closing quote runs past a blank cell into the gutter
 * keeps it. */
static void letter_spaced_title_keeps_its_tail_in_the_gutter(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "老 厂 房 里 的 “ 共 享 ”             右栏标题文字\n");
  for (int i = 0; i < 10; i++)
    tb_strbuf_puts(&sb, "左栏正文文字凑满十五个字符宽度         右栏正文文字凑满十五个字符宽度\n");
  tb_vlines v = split(sb.data);
  assert_true(find_line(&v, "老 厂 房 里 的 “ 共 享 ”") >= 0);
  tb_layout_vlines_free(&v);
  tb_strbuf_free(&sb);
}

/* Two flush-left columns; column 2 ends with a box set 2 cells in on the left and 3 on the
 * right, its items wrapping at the box's own width. */
static const char *const NARROW_BOX_PAGE =
    "  左栏首段开头文字共十六个字           右栏正文开头文字共十六个字\n"
    "左栏正文文字凑满十五个字符宽度         右栏正文文字凑满十五个字符宽度\n"
    "左栏正文文字凑满十五个字符宽度         右栏正文文字凑满十五个字符宽度\n"
    "左栏正文文字凑满十五个字符宽度         右栏末行结束。\n"
    "左栏正文文字凑满十五个字符宽度\n"
    "左栏正文文字凑满十五个字符宽度           一、第一条提示写满十\n"
    "左栏正文文字凑满十五个字符宽度           个字。\n"
    "左栏正文文字凑满十五个字符宽度           二、第二条提示写满十\n"
    "左栏正文文字凑满十五个字符宽度           个字。\n"
    "左栏正文文字凑满十五个字符宽度           三、第三条提示写满十\n"
    "左栏正文文字凑满十五个字符宽度           个字。\n"
    "左栏末行结束。\n";

/* Lines of a box set in on both sides wrap at the box's width, not the column's: the box's
 * margin is found all the same, and its lines, flush with that margin, are no centred titles. */
static void box_set_in_on_both_sides_keeps_its_items_flush(void **state) {
  (void)state;
  tb_vlines v = split(NARROW_BOX_PAGE);
  long item = find_line(&v, "一、第一条提示写满十");
  assert_true(item >= 0);
  assert_string_equal(v.items[item + 1].text, "个字。");
  assert_true(find_line(&v, "二、第二条提示写满十") > item);
  assert_true(find_line(&v, "  右栏正文开头文字共十六个字") >= 0);
  tb_layout_vlines_free(&v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(flush_left_columns_are_read_one_after_another),
      cmocka_unit_test(flush_left_table_is_not_split),
      cmocka_unit_test(column_edge_is_the_leftmost_common_start),
      cmocka_unit_test(boxed_sidebar_lines_start_at_its_margin),
      cmocka_unit_test(box_set_in_on_both_sides_keeps_its_items_flush),
      cmocka_unit_test(title_centred_over_two_lines_is_one_line),
      cmocka_unit_test(text_running_on_into_the_next_column_is_not_parted),
      cmocka_unit_test(footer_off_the_columns_is_read_whole),
      cmocka_unit_test(letter_spaced_title_keeps_its_tail_in_the_gutter),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
