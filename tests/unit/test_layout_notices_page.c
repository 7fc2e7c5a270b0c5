/* Layout of a page of community notices in a hard-wrapped plain extraction: a notice signed
 * under its contact line, one-line labelled items set tight, short notice titles that head
 * notices of their own rather than sections of the one before, and the page's imprint. The texts
 * are written for these tests; the half-width colons are the extractor's, and the paragraphs give
 * them back full-width, as the page printed them. */
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

static const char page[] = "青禾区启动夏季送清凉活动\n"
                           "\n"
                           "本报讯(记者 方禾)6月1日,青禾区启动夏\n"
                           "季送清凉活动,为一线职工送去防暑用品。\n"
                           "\n"
                           "本版编辑 方禾\n"
                           "\f第4版 便民信息\n"
                           "2026年6月2日 星期二 青禾报\n"
                           "\n"
                           "停电通知\n"
                           "\n"
                           "因线路检修,定于6月5日对东关路一带\n"
                           "暂停供电,请用户提前做好准备。\n"
                           "\n"
                           "服务热线:0571-95598\n"
                           "青禾供电有限公司\n"
                           "2026年6月1日\n"
                           "\n"
                           "“青禾书香”阅读分享会开始报名\n"
                           "\n"
                           "区图书馆将举办阅读分享会,欢迎市民\n"
                           "报名参加。\n"
                           "\n"
                           "义诊预告\n"
                           "\n"
                           "主题:夏季常见病防治\n"
                           "时间:6月8日(星期二)9:30\n"
                           "地点:东关社区卫生服务中心\n"
                           "\n"
                           "寻物启事\n"
                           "\n"
                           "6月1日上午,市民在东关公园丢失蓝色\n"
                           "书包一个,请拾到者与失主联系。\n"
                           "\n"
                           "联系电话:0571-5550123\n"
                           "\n"
                           "更正\n"
                           "\n"
                           "本报5月26日第3版一文中的“三千\n"
                           "人”应为“五千人”。特此更正。\n"
                           "\n"
                           "本版编辑 方禾\n"
                           "青禾报社地址:青禾区东关路8号 邮编:311100 广告热线:0571-5550000\n";

static void each_notice_is_an_article(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("notices.txt", page);
  assert_int_equal(issue->article_count, 6);
  for (size_t i = 0; i < issue->article_count; i++)
    assert_int_equal(issue->articles[i].crosshead_count, 0);
  tb_issue_free(issue);
}

/* the issuer and date under a contact line sign the notice, and the next title heads its own */
static void signature_under_a_contact_line(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("notices.txt", page);
  const tb_article *power = find_article(issue, "停电通知");
  assert_int_equal(power->paragraphs.count, 4);
  assert_string_equal(power->paragraphs.items[1], "服务热线：0571-95598");
  assert_string_equal(power->paragraphs.items[2], "青禾供电有限公司");
  assert_string_equal(power->paragraphs.items[3], "2026年6月1日");
  assert_int_equal(find_article(issue, "“青禾书香”阅读分享会开始报名")->paragraphs.count, 1);
  tb_issue_free(issue);
}

/* one-line labelled items set tight are a paragraph each; a clock time is no page label */
static void labelled_items_set_tight(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("notices.txt", page);
  const tb_article *clinic = find_article(issue, "义诊预告");
  assert_int_equal(clinic->paragraphs.count, 3);
  assert_string_equal(clinic->paragraphs.items[1], "时间：6月8日（星期二）9:30");
  assert_false(tb_layout_is_furniture("时间:6月8日(星期二)9:30", false));
  tb_issue_free(issue);
}

/* a contact line is the notice's last paragraph, not the title of what follows */
static void contact_line_closes_its_notice(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("notices.txt", page);
  const tb_article *lost = find_article(issue, "寻物启事");
  assert_int_equal(lost->paragraphs.count, 2);
  assert_string_equal(lost->paragraphs.items[1], "联系电话：0571-5550123");
  assert_int_equal(find_article(issue, "更正")->paragraphs.count, 1);
  tb_issue_free(issue);
}

static void imprint_naming_its_paper(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture(
      "青禾报社地址:青禾区东关路8号 邮编:311100 广告热线:0571-5550000", false));
  /* a sentence about an address is text */
  assert_false(tb_layout_is_furniture("新馆地址:青禾区东关路8号,6月起开放。", false));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(each_notice_is_an_article), cmocka_unit_test(signature_under_a_contact_line),
      cmocka_unit_test(labelled_items_set_tight),  cmocka_unit_test(contact_line_closes_its_notice),
      cmocka_unit_test(imprint_naming_its_paper),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
