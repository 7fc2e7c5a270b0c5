/* Layout of plain text with no blank lines, where each paragraph is one indented line and
 * everything else (titles, bylines, captions) is flush left: end bylines parted by ideographic
 * spaces, on their own line or glued to the last sentence, close their story; a bracketed end
 * credit under a dated story's next title shows that title heads a story of its own. */
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

static void ideographic_spaces_part_a_byline(void **state) {
  (void)state;
  assert_int_equal(tb_layout_credit_kind("（记者　邵琪　通讯员　严蕾）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("记者　邵琪　通讯员　严蕾"), TB_CREDIT_TEXT);
  assert_true(tb_layout_is_byline_line("□本报评论员　齐越"));
  /* a sentence about reporters is still no credit */
  assert_int_equal(tb_layout_credit_kind("（记者从区政府常务会议上获悉）"), TB_CREDIT_NONE);
}

static void end_byline_line_closes_the_story(void **state) {
  (void)state;
  const char text[] = "小区路灯全部修好\n"
                      "　　街道用一个月修好了小区里的全部路灯，居民晚上出门更安心了。\n"
                      "　　修灯的钱由街道和物业共同承担，居民不用再掏钱。\n"
                      "（记者　邵琪　通讯员　严蕾）\n"
                      "社区食堂开业\n"
                      "　　社区食堂日前开业，老人凭身份证就餐可享受优惠。\n";
  tb_issue *issue = parse_bytes("noblank.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_non_null(issue->articles[0].byline);
  assert_string_equal(issue->articles[0].byline, "（记者　邵琪　通讯员　严蕾）");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "社区食堂开业");
  assert_int_equal(issue->articles[1].paragraphs.count, 1);
  tb_issue_free(issue);
}

static void glued_credit_closes_the_story(void **state) {
  (void)state;
  const char text[] = "民宿集群带动村民就业\n"
                      "　　冬季本是山区旅游的淡季，可村里的民宿依旧热闹。\n"
                      "　　今年前11个月接待游客5.8万人次，村集体收入突破300万元。（记者　邵琪）\n"
                      "守着山林的年轻人\n"
                      "　　早上七点半，护林站长已经带着护林员出发了。\n"
                      "　　今年，护林站所辖林区实现了连续五年零火情。\n";
  tb_issue *issue = parse_bytes("glued.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "守着山林的年轻人");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void credit_under_a_dated_story_heads_another(void **state) {
  (void)state;
  /* the story above names its writer in its dateline: a second writer's end credit under the
   * next title makes that title a headline, not a crosshead */
  const char text[] =
      "湖区水质连续三年达标\n"
      "　　本报讯（记者 鲁晓帆）区生态环境局日前发布的监测数据显示，湖区水质已连续三年"
      "稳定达标。\n"
      "　　近年来，区里在上游实施了污水治理和河道修复等工程，沿湖各村全部建成污水处理"
      "设施。\n"
      "国企助力山区农产品进商超\n"
      "　　12月10日，山货专柜在城区两家商超同时开业，40余种农产品摆上货架。\n"
      "　　专柜由区属国企运营，与山区12个村的合作社签订了长期收购协议。\n"
      "（记者　邵琪）\n";
  tb_issue *issue = parse_bytes("dated.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "国企助力山区农产品进商超");
  assert_non_null(issue->articles[1].byline);
  assert_string_equal(issue->articles[1].byline, "（记者　邵琪）");
  tb_issue_free(issue);
}

static void unmarked_three_line_stack_has_its_title_in_the_middle(void **state) {
  (void)state;
  const char text[] = "推动城市更新提质增效\n\n"
                      "老旧小区综合整治今年完工四十二个\n\n"
                      "惠及居民1.8万户 明年计划再启动30个\n\n"
                      "本报讯（记者 贺兰）记者从区住房城乡建设委获悉，今年列入计划的老旧小区"
                      "综合整治项目已全部完工。\n\n"
                      "明年，区里计划再启动30个小区的改造，重点解决外墙保温和管线老化问题。\n";
  tb_issue *issue = parse_bytes("stack.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "老旧小区综合整治今年完工四十二个");
  assert_int_equal(issue->articles[0].subheadlines.count, 2);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "推动城市更新提质增效");
  tb_issue_free(issue);
}

static void section_label_under_a_page_header_stands_off(void **state) {
  (void)state;
  /* a page header (date, page number), then the section label and a blank, then a title: the
   * label is furniture, and a rubric-length line over a longer title is no wrapped title */
  const char text[] = "本报讯（记者 乔木）即日起，湿地公园实行冬季开放时间，每天7时至17时开放。\n\n"
                      "公园管理处提示，冬季湖面虽已结冰，但冰层厚度不均，游客切勿上冰行走。\n\n"
                      "图片新闻\n"
                      "初雪里的早班\n\n"
                      "11月27日清晨，全区迎来今冬首场降雪，环卫工人凌晨4点上岗除雪铲冰。\n"
                      "本报记者 秦川 摄\n\n"
                      "本版编辑 周宁\n"
                      "\f2026年12月1日 星期二\n"
                      "2\n"
                      "民生\n\n"
                      "全区新增12处暖心驿站\n"
                      "——户外劳动者可歇脚、热饭、充电\n\n"
                      "本报讯（记者 乔木）快递员、外卖骑手在户外工作累了，可以就近歇歇脚了。\n\n"
                      "驿站全部设在社区服务站和银行网点，免费提供热水和充电。\n";
  tb_issue *issue = parse_bytes("pages.txt", text);
  assert_int_equal(issue->article_count, 3);
  assert_string_equal(issue->articles[1].headline, "初雪里的早班");
  assert_string_equal(issue->articles[2].headline, "全区新增12处暖心驿站");
  const tb_article *a = &issue->articles[2];
  for (size_t i = 0; i < a->subheadlines.count; i++)
    assert_string_not_equal(a->subheadlines.items[i], "民生");
  assert_int_equal(a->paragraphs.count, 2);
  tb_issue_free(issue);
}

static void column_tag_under_a_section_label_and_imprint(void **state) {
  (void)state;
  /* "评论·服务" under the page header is the page's label; "凤河观察" under it names the column
   * of the story below; the imprint at the end of the page closes no story */
  const char text[] =
      "本报讯（记者 秦川）街区明年将增设非遗展示厅，并与周边学校合作开设非遗课堂。\n\n"
      "本版编辑 周宁\n"
      "\f2026年12月1日 星期二\n"
      "4\n"
      "评论·服务\n\n"
      "凤河观察\n"
      "让口袋公园多些烟火气\n"
      "□ 方 舟\n\n"
      "这两年，城市里的口袋公园越建越多，成了居民家门口的好去处。\n\n"
      "建之前多问问居民需要什么，才能让这些小绿地真正聚起人气。\n\n"
      "本报地址：凤河区枣林路18号 邮编：100179\n"
      "新闻热线：6937 2201 广告热线：6937 2288\n"
      "北京凤印印务有限公司印刷\n";
  tb_issue *issue = parse_bytes("column.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = &issue->articles[1];
  assert_string_equal(a->headline, "让口袋公园多些烟火气");
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "凤河观察");
  assert_int_equal(a->paragraphs.count, 2);
  assert_true(tb_layout_is_furniture("本报地址：凤河区枣林路18号 邮编：100179", false));
  assert_true(tb_layout_is_furniture("北京凤印印务有限公司印刷", false));
  tb_issue_free(issue);
}

static void short_title_over_a_credited_caption(void **state) {
  (void)state;
  /* a photo story: a two-character title, then its caption set as text with the credit glued */
  const char text[] = "社区食堂开业\n"
                      "　　社区食堂日前开业，老人凭身份证就餐可享受优惠。\n"
                      "（记者　邵琪）\n"
                      "冬训\n"
                      "　　12月11日，消防救援支队在湖畔开展冰上救援演练。（记者　葛青　摄）\n"
                      "责任编辑：詹宁\n";
  tb_issue *issue = parse_bytes("photo.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_string_equal(issue->articles[1].headline, "冬训");
  assert_int_equal(issue->articles[1].kind, TB_KIND_PHOTO);
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(ideographic_spaces_part_a_byline),
      cmocka_unit_test(end_byline_line_closes_the_story),
      cmocka_unit_test(glued_credit_closes_the_story),
      cmocka_unit_test(credit_under_a_dated_story_heads_another),
      cmocka_unit_test(unmarked_three_line_stack_has_its_title_in_the_middle),
      cmocka_unit_test(section_label_under_a_page_header_stands_off),
      cmocka_unit_test(column_tag_under_a_section_label_and_imprint),
      cmocka_unit_test(short_title_over_a_credited_caption),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
