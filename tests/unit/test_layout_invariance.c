/* What an extractor varies without changing the page must not change the articles: two blank
 * lines wherever another extractor puts one (a column break inside a sentence included, in plain
 * text and in a converter's Markdown), ASCII punctuation in Chinese text where the page printed
 * full-width marks, full-width digits, no-break spaces. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"
#include "layout/layout_internal.h"
#include "layout_parse.h"

#include <stdlib.h>
#include <string.h>

static const char issue_text[] =
    "青溪新区建成首座口袋公园\n"
    "\n"
    "本报讯（记者 孙静）4月2日，青溪新区首座口袋公园在滨河路建成开放，附近居民多了一处休闲去处。\n"
    "\n"
    "公园占地1800平方米，利用原有闲置地块改造，由街道、社区和居民代表共同商议设计方案，设有健身步道"
    "、儿童游乐区\n"
    "\n"
    "和休息座椅。园内种植乔木40余株，四季有景可赏。\n"
    "\n"
    "新区城管委相关负责人表示，今年还将建成口袋公园6座，让居民出门见绿。\n"
    "\n"
    "\n"
    "\n"
    "社区食堂开进老旧小区\n"
    "\n"
    "本报讯（记者 "
    "周洋）近日，桃源里社区食堂正式营业，每天供应早午晚三餐，老年人就餐可享受八折优惠。\n"
    "\n"
    "食堂由社区闲置用房改建，面积约300平方米，配有适老化桌椅和扶手，菜品每周更新一次，可同时容\n"
    "\n"
    "纳80人就餐。\n"
    "\n"
    "\n"
    "\n"
    "春季防火检查全面展开\n"
    "\n"
    "本报讯（记者 孙静）连日来，区消防救援支队对辖区商场、学校、养老机构开展春季防火检查。\n"
    "\n"
    "截至目前，共检查单位120家，督促整改隐患35处。支队提醒：离家时关好电源，楼道不堆杂物！\n";

/* A converter's Markdown that writes every line of a column as a block of its own. */
static const char converter_markdown[] =
    "## 青溪新区召开城市更新推进会\n"
    "\n"
    "**本报讯**（记者 孙静）4月2日，青溪新区召开城市更新推进会，\n"
    "\n"
    "部署今年老旧小区改造、背街小巷整治和口袋公园建设等工作。\n"
    "\n"
    "新区管委会主任林涛指出，城市更新要从居民最关心的事做起，\n"
    "\n"
    "把有限的资金用在群众看得见、摸得着的地方。\n"
    "\n"
    "会上，三个街道和两家设计单位作了发言。滨河街道介绍，\n"
    "\n"
    "去年改造的12个小区中，加装电梯的楼栋已有40个。\n"
    "\n"
    "- 2 -\n"
    "\n"
    "---\n"
    "\n"
    "## 社区食堂开进老旧小区\n"
    "\n"
    "**本报讯**（记者 周洋）近日，桃源里社区食堂正式营业，每天\n"
    "\n"
    "供应早午晚三餐，老年人就餐可享受八折优惠。\n"
    "\n"
    "食堂由社区闲置用房改建，面积约300平方米，可同时容纳80人\n"
    "\n"
    "就餐。\n";

/* Every run of blank lines made twice as long (caller frees). */
static char *with_blank_runs_doubled(const char *text) {
  size_t n = strlen(text);
  char *out = malloc(2 * n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    out[k++] = text[i];
    if (text[i] == '\n' && i + 1 < n && text[i + 1] == '\n') out[k++] = '\n';
  }
  out[k] = '\0';
  return out;
}

/* Each full-width ， ： ； ？ ！ （ ） replaced by its ASCII form (caller frees). */
static char *with_ascii_marks(const char *text) {
  static const char *const pairs[][2] = {{"，", ","}, {"：", ":"}, {"；", ";"}, {"？", "?"},
                                         {"！", "!"}, {"（", "("}, {"）", ")"}};
  size_t n = strlen(text);
  char *out = malloc(n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    bool replaced = false;
    for (size_t p = 0; p < sizeof pairs / sizeof *pairs && !replaced; p++) {
      size_t len = strlen(pairs[p][0]);
      if (strncmp(text + i, pairs[p][0], len) == 0) {
        out[k++] = pairs[p][1][0];
        i += len;
        replaced = true;
      }
    }
    if (!replaced) out[k++] = text[i++];
  }
  out[k] = '\0';
  return out;
}

/* Each ASCII digit replaced by its full-width form (caller frees). */
static char *with_full_width_digits(const char *text) {
  size_t n = strlen(text);
  char *out = malloc(3 * n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (text[i] >= '0' && text[i] <= '9') {
      /* U+FF10 + d is EF BC 90+d in UTF-8 */
      out[k++] = (char)0xEF;
      out[k++] = (char)0xBC;
      out[k++] = (char)(0x90 + (text[i] - '0'));
    } else {
      out[k++] = text[i];
    }
  }
  out[k] = '\0';
  return out;
}

/* Each space replaced by U+00A0 NO-BREAK SPACE (caller frees). */
static char *with_no_break_spaces(const char *text) {
  size_t n = strlen(text);
  char *out = malloc(2 * n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (text[i] == ' ') {
      out[k++] = (char)0xC2;
      out[k++] = (char)0xA0;
    } else {
      out[k++] = text[i];
    }
  }
  out[k] = '\0';
  return out;
}

static void assert_same_articles(const tb_issue *a, const tb_issue *b) {
  assert_int_equal(a->article_count, b->article_count);
  for (size_t i = 0; i < a->article_count; i++) {
    const tb_article *x = &a->articles[i], *y = &b->articles[i];
    assert_string_equal(x->headline ? x->headline : "", y->headline ? y->headline : "");
    assert_int_equal(x->paragraphs.count, y->paragraphs.count);
    for (size_t p = 0; p < x->paragraphs.count; p++)
      assert_string_equal(x->paragraphs.items[p], y->paragraphs.items[p]);
  }
}

static void the_sample_reads_as_three_stories(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("sample.txt", issue_text);
  assert_int_equal(issue->article_count, 3);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  assert_int_equal(issue->articles[2].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void doubled_blank_lines_change_nothing(void **state) {
  (void)state;
  char *doubled = with_blank_runs_doubled(issue_text);
  tb_issue *plain = parse_bytes("single.txt", issue_text);
  tb_issue *twice = parse_bytes("double.txt", doubled);
  assert_same_articles(plain, twice);
  tb_issue_free(plain);
  tb_issue_free(twice);
  free(doubled);
}

static void doubled_blank_lines_in_markdown_change_nothing(void **state) {
  (void)state;
  char *doubled = with_blank_runs_doubled(converter_markdown);
  tb_issue *plain = parse_bytes("single.md", converter_markdown);
  tb_issue *twice = parse_bytes("double.md", doubled);
  assert_int_equal(plain->article_count, 2);
  assert_int_equal(plain->articles[0].paragraphs.count, 3);
  assert_same_articles(plain, twice);
  tb_issue_free(plain);
  tb_issue_free(twice);
  free(doubled);
}

static void ascii_marks_in_chinese_change_nothing(void **state) {
  (void)state;
  char *ascii = with_ascii_marks(issue_text);
  assert_null(strstr(ascii, "，"));
  tb_issue *wide = parse_bytes("wide.txt", issue_text);
  tb_issue *narrow = parse_bytes("narrow.txt", ascii);
  assert_same_articles(wide, narrow);
  tb_issue_free(wide);
  tb_issue_free(narrow);
  free(ascii);
}

static void full_width_digits_change_nothing(void **state) {
  (void)state;
  char *wide_digits = with_full_width_digits(issue_text);
  assert_non_null(strstr(wide_digits, "４月２日"));
  tb_issue *ascii = parse_bytes("ascii.txt", issue_text);
  tb_issue *wide = parse_bytes("wide-digits.txt", wide_digits);
  assert_same_articles(ascii, wide);
  tb_issue_free(ascii);
  tb_issue_free(wide);
  free(wide_digits);
}

static void full_width_digits_in_markdown_change_nothing(void **state) {
  (void)state;
  char *wide_digits = with_full_width_digits(converter_markdown);
  assert_non_null(strstr(wide_digits, "- ２ -"));
  tb_issue *ascii = parse_bytes("ascii.md", converter_markdown);
  tb_issue *wide = parse_bytes("wide-digits.md", wide_digits);
  assert_same_articles(ascii, wide);
  tb_issue_free(ascii);
  tb_issue_free(wide);
  free(wide_digits);
}

static void no_break_spaces_change_nothing(void **state) {
  (void)state;
  char *nbsp = with_no_break_spaces(issue_text);
  assert_non_null(strstr(nbsp, "记者\xC2\xA0孙静"));
  tb_issue *plain = parse_bytes("spaces.txt", issue_text);
  tb_issue *no_break = parse_bytes("nbsp.txt", nbsp);
  assert_same_articles(plain, no_break);
  assert_string_equal(no_break->articles[0].byline, "本报讯（记者 孙静）");
  tb_issue_free(plain);
  tb_issue_free(no_break);
  free(nbsp);
}

static void marks_touching_chinese_become_full_width(void **state) {
  (void)state;
  struct {
    const char *in, *out;
  } cases[] = {
      {"4月2日,公园开放", "4月2日，公园开放"},
      {"本报讯(记者 孙静)近日", "本报讯（记者 孙静）近日"},
      {"提醒: 离家时关好电源!", "提醒：离家时关好电源！"},
      {"(下转2版)", "（下转2版）"},
      /* Latin and numbers keep their own */
      {"共3,000人", "共3,000人"},
      {"网址 http://example.org", "网址 http://example.org"},
      {"COVID-19 (a note)", "COVID-19 (a note)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *got = tb_layout_clean_line(cases[i].in);
    assert_string_equal(got, cases[i].out);
    free(got);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(the_sample_reads_as_three_stories),
      cmocka_unit_test(doubled_blank_lines_change_nothing),
      cmocka_unit_test(doubled_blank_lines_in_markdown_change_nothing),
      cmocka_unit_test(ascii_marks_in_chinese_change_nothing),
      cmocka_unit_test(full_width_digits_change_nothing),
      cmocka_unit_test(full_width_digits_in_markdown_change_nothing),
      cmocka_unit_test(no_break_spaces_change_nothing),
      cmocka_unit_test(marks_touching_chinese_become_full_width),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
