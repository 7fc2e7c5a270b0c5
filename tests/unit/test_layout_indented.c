/* Layout of wrapped plain text whose paragraphs are marked only by a full-width indent (no blank
 * lines inside bodies): running heads parted by ideographic spaces are furniture, a role word
 * ending a wrapped line is no byline, a title set vertically (one character a line) is read as
 * one line, a letter's signature under its last indented paragraph is its byline, and a title
 * with a ——subtitle heads a story of its own, never a section of the story above. */
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

static void running_head_with_ideographic_spaces_is_furniture(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture("柳岸报　2031年5月6日　星期三", false));
  assert_true(tb_layout_is_furniture("柳岸报 2031年5月6日 星期三", false));
  /* a sentence naming the paper and a date is text */
  assert_false(tb_layout_is_furniture("柳岸报　2031年5月6日报道了这件事，读者反响热烈。", false));
}

static void role_without_a_name_is_no_credit(void **state) {
  (void)state;
  assert_int_equal(tb_layout_credit_kind("记者"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("本报记者"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("记者 周岚"), TB_CREDIT_TEXT);
  tb_credit_kind kind;
  /* "…怎么办？记者" / "就此采访了…": the wrap fell after the role */
  assert_true(tb_layout_credit_tail("居民的事情怎么办？记者", &kind) < 0);
  assert_true(tb_layout_credit_tail("工程已全部完工。（记者 周岚）", &kind) >= 0);
}

static const char vertical_text[] =
    "河湾新桥通车\n"
    "\n"
    "　　本报讯（记者 周岚）5月3日，河湾新桥正式通车，两岸居民往来\n"
    "从半小时缩短到五分钟。\n"
    "　　新桥全长420米，设有非机动车道和观景平台。\n"
    "\n"
    "柳\n"
    "岸\n"
    "文\n"
    "苑\n"
    "\n"
    "槐\n"
    "花\n"
    "时\n"
    "节\n"
    "\n"
    "□ 林溪\n"
    "\n"
    "　　五月的巷子里飘着槐花香，老人们坐在门口择菜聊天，孩子们追着\n"
    "落花跑来跑去。\n"
    "　　母亲总爱摘一篮槐花，拌上面粉蒸给我们吃，那是春天的味道。\n";

static void vertical_title_is_read_as_one_line(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("vertical.txt", vertical_text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  const tb_article *essay = &issue->articles[1];
  assert_string_equal(essay->headline, "槐花时节");
  assert_int_equal(essay->subheadlines.count, 1);
  assert_string_equal(essay->subheadlines.items[0], "柳岸文苑");
  assert_int_equal(essay->paragraphs.count, 2);
  assert_true(tb_lo_starts(essay->paragraphs.items[0], "五月的巷子里"));
  tb_issue_free(issue);
}

static const char letter_text[] = "记者走访社区食堂\n"
                                  "本报记者 周岚\n"
                                  "\n"
                                  "　　社区食堂开业一个月，每天接待老人三百多人次。记者日前走访了\n"
                                  "几家社区食堂。\n"
                                  "　　问：饭菜价格怎么样？\n"
                                  "　　答：一荤两素十二元，八十岁以上老人再打八折。\n"
                                  "\n"
                                  "读者来信\n"
                                  "\n"
                                  "楼道里的扶手装好了\n"
                                  "\n"
                                  "　　编辑同志：\n"
                                  "　　我家住在河湾小区六号楼，楼里老人多，上下楼梯很吃力。上个月\n"
                                  "我向社区反映，希望在楼道里装上扶手。\n"
                                  "　　没想到一周后，扶手就装好了。我想通过贵报向社区的工作人员说\n"
                                  "一声谢谢！\n"
                                  "河湾小区居民　钱玉兰\n";

static void signature_under_indented_letter_is_its_byline(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("letter.txt", letter_text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  const tb_article *letter = &issue->articles[1];
  assert_string_equal(letter->headline, "楼道里的扶手装好了");
  assert_non_null(letter->byline);
  assert_string_equal(letter->byline, "河湾小区居民　钱玉兰");
  assert_int_equal(letter->paragraphs.count, 3);
  tb_issue_free(issue);
}

static const char subtitled_text[] =
    "防汛物资全部到位\n"
    "\n"
    "　　本报讯（记者 周岚）5月5日，区防汛指挥部通报，全区防汛物资\n"
    "已全部储备到位。\n"
    "　　今年新增抽水泵40台、沙袋10万条。\n"
    "\n"
    "一座老桥的新生\n"
    "\n"
    "——河湾老桥修缮见闻\n"
    "\n"
    "　　河湾老桥建于清代，石栏上的花纹已经模糊。去年，文物部门对老\n"
    "桥进行了修缮。\n"
    "　　如今，老桥成了居民散步的好去处。\n";

static void subtitled_title_heads_a_story_of_its_own(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("subtitled.txt", subtitled_text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "一座老桥的新生");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  tb_issue_free(issue);
}

static const char notice_board_text[] =
    "河湾新桥通车\n"
    "\n"
    "　　本报讯（记者 周岚）5月3日，河湾新桥正式通车，两岸居民往来从\n"
    "半小时缩短到五分钟。\n"
    "\n"
    "公告栏\n"
    "\n"
    "春季献血活动提醒\n"
    "　　5月10日至12日，流动献血车将停靠在区文化广场，欢迎适龄市民参\n"
    "加无偿献血。咨询电话：6120 3300。\n"
    "区中心血站\n"
    "关于河湾路夜间施工的公告\n"
    "　　因雨水管道改造需要，5月8日至20日每晚22时至次日6时，河湾路\n"
    "东段封闭施工。请过往车辆绕行。\n"
    "区市政管理处\n"
    "2031年5月6日\n"
    "区游泳馆暑期开放时间调整为每天早八点至晚九点的通知\n"
    "　　暑期（7月1日至8月31日）期间，区游泳馆开放时间调整为每天8:00\n"
    "至21:00。\n"
    "区游泳馆\n";

static void notices_run_together_keep_their_issuers(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("board.txt", notice_board_text);
  assert_int_equal(issue->article_count, 4);
  /* the issuer under the first notice signs it; the line under it is the next title */
  assert_string_equal(issue->articles[1].headline, "春季献血活动提醒");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].paragraphs.items[1], "区中心血站");
  assert_string_equal(issue->articles[2].headline, "关于河湾路夜间施工的公告");
  assert_int_equal(issue->articles[2].paragraphs.count, 3);
  /* a title as long as the column's measure after the date that signs a notice */
  assert_string_equal(issue->articles[3].headline,
                      "区游泳馆暑期开放时间调整为每天早八点至晚九点的通知");
  assert_int_equal(issue->articles[3].paragraphs.count, 2);
  tb_issue_free(issue);
}

static const char comma_title_text[] =
    "政策问答\n"
    "\n"
    "加装电梯，\n"
    "费用由谁来承担？\n"
    "\n"
    "——访区住房和城乡建设委员会负责人\n"
    "本报记者 周岚\n"
    "\n"
    "　　老楼加装电梯是居民关心的事。记者就此采访了区住房和城乡建设委员\n"
    "会负责人。\n"
    "　　问：加装电梯的费用怎么分摊？\n"
    "　　答：市区两级财政给予补贴，其余部分由业主按楼层协商分摊。\n";

static void title_wrapped_after_a_comma_under_a_kicker(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("comma.txt", comma_title_text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "加装电梯，费用由谁来承担？");
  assert_int_equal(a->paragraphs.count, 3);
  tb_issue_free(issue);
}

static void barred_running_head_is_furniture(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture("2031.5.6｜要闻｜2", false));
  assert_true(tb_layout_is_furniture("2031-05-06 | 社区 | 3", false));
  /* a title with a bar and a date in it says something */
  assert_false(tb_layout_is_furniture("2031.5.6｜我们的节日", false));
  assert_false(tb_layout_is_furniture("记者手记｜河湾新桥通车了", false));
}

static const char cut_before_title_text[] = "河湾新桥通车\n"
                                            "\n"
                                            "本报讯（记者 周岚）5月3日，河湾新桥正\n"
                                            "式通车，两岸居民往来从半小时缩短到\n"
                                            "五分钟。新桥设有非机动车道、观景平\n"
                                            "\n"
                                            "槐花节在东坡村开幕\n"
                                            "30余家农家院参展\n"
                                            "\n"
                                            "本报讯（记者 林溪）5月4日，东坡村第\n"
                                            "三届槐花节开幕，游客可以品尝槐花饭。\n";

static void titles_over_a_dateline_after_a_cut_sentence(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("cut.txt", cut_before_title_text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "槐花节在东坡村开幕");
  assert_int_equal(issue->articles[1].subheadlines.count, 1);
  assert_string_equal(issue->articles[1].subheadlines.items[0], "30余家农家院参展");
  assert_int_equal(issue->articles[1].paragraphs.count, 1);
  tb_issue_free(issue);
}

static const char briefs_text[] =
    "河湾新桥通车\n"
    "\n"
    "本报讯（记者 周岚）5月3日，河湾新桥正式通车，两岸居民往来从半小时缩短到五分钟，新桥还设"
    "有非机动车道和观景平台。\n"
    "\n"
    "〖简讯〗\n"
    "\n"
    "东坡村槐花节开幕\n"
    "5月4日，东坡村第三届槐花节开幕，30余家农家院推出槐花饭、槐花饼等特色菜，首日接待游客两"
    "千余人次。（东坡村供稿）\n"
    "西河街道更换老旧燃气管\n"
    "近日，西河街道对辖区600余户平房的老旧燃气管道进行了更换，并为独居老人免费安装了燃气报警"
    "器，消除安全隐患。\n"
    "\n"
    "区体育馆开放夜间时段\n"
    "从5月起，区体育馆每周二至周五晚上延长开放至21时，羽毛球、乒乓球场地可在线预约，学生凭证"
    "件享受半价优惠。（记者 林溪）\n";

static void briefs_set_tight_are_stories_of_their_own(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("briefs.txt", briefs_text);
  assert_int_equal(issue->article_count, 4);
  assert_string_equal(issue->articles[1].headline, "东坡村槐花节开幕");
  assert_string_equal(issue->articles[2].headline, "西河街道更换老旧燃气管");
  assert_string_equal(issue->articles[3].headline, "区体育馆开放夜间时段");
  for (size_t i = 1; i < 4; i++)
    assert_int_equal(issue->articles[i].paragraphs.count, 1);
  tb_issue_free(issue);
}

static const char notice_clauses_text[] =
    "河湾新桥通车\n"
    "\n"
    "本报讯（记者 周岚）5月3日，河湾新桥正式通车，两岸居民往来从半小时缩短到五分钟。\n"
    "\n"
    "关于河湾公园夜间闭园的通告\n"
    "\n"
    "为做好园内设施维修，保障游园安全，河湾公园近期将在夜间闭园。\n"
    "\n"
    "一、5月10日至20日，河湾公园每天19时闭园。\n"
    "\n"
    "二、闭园期间，请市民不要翻越围栏进入园内。\n"
    "\n"
    "咨询电话：6120 3300。\n"
    "\n"
    "区园林绿化局\n"
    "\n"
    "2031年5月6日\n";

static void label_line_after_the_last_clause_is_a_paragraph(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("clauses.txt", notice_clauses_text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *notice = &issue->articles[1];
  assert_int_equal(notice->paragraphs.count, 6);
  assert_string_equal(notice->paragraphs.items[2], "二、闭园期间，请市民不要翻越围栏进入园内。");
  assert_string_equal(notice->paragraphs.items[3], "咨询电话：6120 3300。");
  tb_issue_free(issue);
}

/* Two stories set side by side, read chunk by chunk: the first story's second paragraph breaks
 * off under the second story's title, the second story's breaks off in turn, then the rest of
 * the first comes, then the rest of the second. */
static const char interleaved_text[] = "河湾新桥通车\n"
                                       "\n"
                                       "本报讯（记者 周岚）5月3日，河湾新桥\n"
                                       "正式通车，两岸居民往来从半小时缩短\n"
                                       "到五分钟。\n"
                                       "\n"
                                       "新桥全长420米，桥面设有非机动车道\n"
                                       "和观景平台，桥下预留了滨河步道的\n"
                                       "\n"
                                       "东坡村槐花节开幕\n"
                                       "\n"
                                       "本报讯（记者 林溪）5月4日，东坡村\n"
                                       "第三届槐花节开幕，30余家农家院推出\n"
                                       "槐花饭、槐花饼等特色菜。\n"
                                       "\n"
                                       "槐花节为期一周，其间还将举办采摘体\n"
                                       "验、乡村摄影展和农产品直播\n"
                                       "\n"
                                       "通道，方便居民沿河散步。新桥通车后，\n"
                                       "河湾两岸的公交线路也将同步调整。\n"
                                       "\n"
                                       "“以前过河要绕到老桥，现在走几分钟\n"
                                       "就到了。”河湾小区居民钱阿姨说。\n"
                                       "\n"
                                       "等活动。村里还为游客准备了免费停车\n"
                                       "场和观光小火车。\n";

static void interleaved_columns_go_back_to_their_stories(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("interleaved.txt", interleaved_text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *bridge = &issue->articles[0], *fair = &issue->articles[1];
  assert_string_equal(bridge->headline, "河湾新桥通车");
  assert_int_equal(bridge->paragraphs.count, 3);
  assert_true(strstr(bridge->paragraphs.items[1], "预留了滨河步道的通道，方便居民沿河散步。"));
  assert_true(tb_lo_starts(bridge->paragraphs.items[2], "“以前过河要绕到老桥"));
  assert_string_equal(fair->headline, "东坡村槐花节开幕");
  assert_int_equal(fair->paragraphs.count, 2);
  assert_true(strstr(fair->paragraphs.items[1], "农产品直播等活动。村里还为游客"));
  tb_issue_free(issue);
}

static void item_number_glued_to_a_date(void **state) {
  (void)state;
  assert_int_equal(tb_layout_list_number("1.5月10日起，河湾公园夜间闭园。"), 1);
  assert_int_equal(tb_layout_list_number("12.6月1日9:00开始报名。"), 12);
  /* a decimal opening a wrapped line is no item number */
  assert_int_equal(tb_layout_list_number("1.5万人次参加了活动。"), 0);
}

static const char wrapped_intro_text[] = "河湾新桥通车\n"
                                         "\n"
                                         "本报讯（记者 周岚）5月3日，河湾新桥\n"
                                         "正式通车，两岸居民往来从半小时缩短\n"
                                         "到五分钟。\n"
                                         "\n"
                                         "新桥全长420米，桥面设有非机动车道\n"
                                         "和观景平台，桥下预留了滨河步道的\n"
                                         "通道，方便居民沿河散步。新桥通车后\n"
                                         "河湾两岸的公交线路也将同步调整。\n"
                                         "（记者 林溪）\n"
                                         "\n"
                                         "本周便民提示\n"
                                         "\n"
                                         "5月10日至16日，以下便民信息请市民\n"
                                         "留意：\n"
                                         "\n"
                                         "1.5月11日8:00至18:00，河湾路东段\n"
                                         "停电检修，请周边商户提前准备。\n"
                                         "2.区图书馆5月12日闭馆一天。\n";

static void full_line_with_a_clause_wraps_into_the_next(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("intro.txt", wrapped_intro_text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *list = &issue->articles[1];
  assert_string_equal(list->headline, "本周便民提示");
  assert_int_equal(list->subheadlines.count, 0);
  assert_int_equal(list->paragraphs.count, 3);
  assert_string_equal(list->paragraphs.items[0], "5月10日至16日，以下便民信息请市民留意：");
  assert_true(tb_lo_starts(list->paragraphs.items[1], "1.5月11日"));
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(running_head_with_ideographic_spaces_is_furniture),
      cmocka_unit_test(role_without_a_name_is_no_credit),
      cmocka_unit_test(vertical_title_is_read_as_one_line),
      cmocka_unit_test(signature_under_indented_letter_is_its_byline),
      cmocka_unit_test(subtitled_title_heads_a_story_of_its_own),
      cmocka_unit_test(notices_run_together_keep_their_issuers),
      cmocka_unit_test(title_wrapped_after_a_comma_under_a_kicker),
      cmocka_unit_test(barred_running_head_is_furniture),
      cmocka_unit_test(titles_over_a_dateline_after_a_cut_sentence),
      cmocka_unit_test(briefs_set_tight_are_stories_of_their_own),
      cmocka_unit_test(label_line_after_the_last_clause_is_a_paragraph),
      cmocka_unit_test(interleaved_columns_go_back_to_their_stories),
      cmocka_unit_test(item_number_glued_to_a_date),
      cmocka_unit_test(full_line_with_a_clause_wraps_into_the_next),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
