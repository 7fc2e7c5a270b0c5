/* Layout of plain PDF extractions of district weeklies: byline lines decorated with a mark, a
 * title under a story signed above its dateline, an end byline glued to the text and wrapped with
 * it (the writer's outlet before the role), a title wrapped leaving one character, an advertising
 * box, slash credits, page labels with the number last, a title wider than a narrow column, and
 * labelled list items. Each rule on a small input of its own. */
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

/* Two stories in a column hard-wrapped at about 17 hanzi: the first under a decorated byline
 * line, the second undated and signed off by a wrapped, glued end byline. */
static const char two_stories[] = "城东新建三座口袋公园\n\n"
                                  "◎记者 韩露 通讯员 方野\n\n"
                                  "本报讯 3月6日，城东街道新建的三座口\n"
                                  "袋公园同时开放，为周边居民增加休闲\n"
                                  "绿地约八千平方米，步行五分钟可达。\n\n"
                                  "公园内设置了健身器材、儿童游乐区和\n"
                                  "休息座椅，夜间照明全部采用节能灯具，\n"
                                  "由街道委托专业公司负责日常养护。\n\n"
                                  "南河巡查制度实施\n\n"
                                  "近日，南河沿线十二个村全面实施“一\n"
                                  "段一长”巡查制度，每段河道由一名村\n"
                                  "干部担任段长，每周至少巡查两次。\n\n"
                                  "巡查中发现的垃圾堆放、违规排污等问\n"
                                  "题，段长须当天上报，街道在三日内督\n"
                                  "促整改到位，整改情况向村民公开。（城东融媒\n"
                                  "记者 卢青）\n";

static void byline_line_decorated_with_a_mark_is_a_byline(void **state) {
  (void)state;
  assert_true(tb_layout_is_byline_line("◎记者 韩露 通讯员 方野"));
  assert_true(tb_layout_is_byline_line("◎通讯员 包晓"));
  /* a marked crosshead names no writer */
  assert_false(tb_layout_is_byline_line("◎三座公园同时开放"));
  tb_issue *issue = parse_bytes("marked.txt", two_stories);
  assert_true(issue->article_count >= 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "城东新建三座口袋公园");
  assert_int_equal(a->subheadlines.count, 0);
  assert_non_null(a->byline);
  assert_non_null(strstr(a->byline, "记者 韩露"));
  tb_issue_free(issue);
}

static void title_under_a_story_signed_above_its_dateline_opens_a_story(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("column.txt", two_stories);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  const tb_article *b = &issue->articles[1];
  assert_string_equal(b->headline, "南河巡查制度实施");
  assert_int_equal(b->paragraphs.count, 2);
  assert_string_equal(b->paragraphs.items[0], "近日，南河沿线十二个村全面实施“一段一长”巡查制度，"
                                              "每段河道由一名村干部担任段长，每周至少巡查两次。");
  tb_issue_free(issue);
}

static void wrapped_end_byline_naming_the_outlet_leaves_the_text(void **state) {
  (void)state;
  tb_credit_kind kind;
  assert_int_equal(tb_layout_credit_kind("（城东融媒记者 卢青）"), TB_CREDIT_TEXT);
  assert_true(tb_layout_credit_tail("整改情况向村民公开。（城东融媒记者 卢青）", &kind) > 0);
  /* a bracketed clause that mentions reporters is no credit, nor a long run before the role */
  assert_int_equal(tb_layout_credit_kind("（城东融媒记者，卢青说）"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("（据区里多家新闻单位和融媒记者 卢青）"), TB_CREDIT_NONE);
  tb_issue *issue = parse_bytes("wrapped.txt", two_stories);
  assert_int_equal(issue->article_count, 2);
  const tb_article *b = &issue->articles[1];
  assert_non_null(b->byline);
  assert_string_equal(b->byline, "（城东融媒记者 卢青）");
  assert_string_equal(b->paragraphs.items[b->paragraphs.count - 1],
                      "巡查中发现的垃圾堆放、违规排污等问题，段长须当天上报，街道在三日内督促整改到"
                      "位，整改情况向村民公开。");
  tb_issue_free(issue);
}

static void title_wrapped_leaving_one_character_is_one_title(void **state) {
  (void)state;
  const char text[] = "南湖公园游船码头维修完工\n\n"
                      "本报讯 3月9日，南湖公园游船码头维修\n"
                      "工程完工，码头木栈道全部更换，游船\n"
                      "服务将于本周六恢复。\n\n"
                      "关于南湖街道部分路段夜间施工的通\n"
                      "知\n\n"
                      "因燃气管线改造需要，定于3月12日至\n"
                      "3月20日每晚22时至次日5时在湖滨路\n"
                      "施工，请周边居民提前做好准备。\n\n"
                      "南湖区燃气公司\n"
                      "2027年3月10日\n";
  tb_issue *issue = parse_bytes("notice.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *n = &issue->articles[1];
  assert_string_equal(n->headline, "关于南湖街道部分路段夜间施工的通知");
  assert_int_equal(n->paragraphs.count, 3);
  assert_string_equal(n->paragraphs.items[0], "因燃气管线改造需要，定于3月12日至3月20日每晚22时"
                                              "至次日5时在湖滨路施工，请周边居民提前做好准备。");
  tb_issue_free(issue);
}

static void advertising_box_under_its_label_is_furniture(void **state) {
  (void)state;
  const char text[] = "南湖评论\n"
                      "让小公园发挥大作用\n"
                      "□ 林川\n\n"
                      "口袋公园面积不大，却离居民最近。建\n"
                      "好管好这些小空间，比新建大公园更能\n"
                      "让群众感受到实惠。\n\n"
                      "小公园也要精细管理，让每一块绿地都\n"
                      "有人看护、有人维修。\n\n"
                      "分类广告\n\n"
                      "遗失声明\n\n"
                      "南湖区星河文具店遗失营业执照正本，\n"
                      "声明作废。\n\n"
                      "广告热线：6800 1234\n\n"
                      "本版编辑：林川 校对：方圆\n";
  tb_issue *issue = parse_bytes("ads.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "让小公园发挥大作用");
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->crosshead_count, 0);
  tb_issue_free(issue);
}

static void end_byline_with_a_slash_after_the_role_closes_a_story(void **state) {
  (void)state;
  assert_int_equal(tb_layout_credit_kind("（记者/林川 整理）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("记者/林川 通讯员/方圆"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("记者/林川说，活动/报名"), TB_CREDIT_NONE);
  const char text[] = "老街里的修表铺\n\n"
                      "文/本报记者 林川\n\n"
                      "南街拐角有一间不到十平方米的修表\n"
                      "铺，老师傅在这里守了三十多年。\n\n"
                      "“手艺在，铺子就在”\n\n"
                      "老师傅说，现在来修表的人少了，可只\n"
                      "要有人来，他就一直开下去。\n\n"
                      "春季游园活动 这些地方等你来\n\n"
                      "清明前后，全区将在三处公园举办游园\n"
                      "活动，市民可免费参加。\n\n"
                      "活动期间请文明游园，注意安全。\n"
                      "（记者/方圆 整理）\n";
  tb_issue *issue = parse_bytes("slash.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *b = &issue->articles[1];
  assert_string_equal(b->headline, "春季游园活动 这些地方等你来");
  assert_int_equal(b->paragraphs.count, 2);
  assert_string_equal(b->byline, "（记者/方圆 整理）");
  tb_issue_free(issue);
}

/* A column hard-wrapped at 12 hanzi: a page label naming the page before its number, and a title
 * wider than the column right under a paragraph the next column goes on with. */
static const char narrow_column[] = "南湖新开一家社区书店\n\n"
                                    "本报讯（记者 林川）南湖\n"
                                    "街道首家社区书店日前开业，\n"
                                    "藏书八千册，居民可免费阅\n"
                                    "读，每晚营业到九点。\n\n"
                                    "南湖综合 2\n\n"
                                    "南湖蔬菜基地春菜上市\n\n"
                                    "本报讯（记者 方圆）连日\n"
                                    "来，南湖蔬菜基地的大棚里\n"
                                    "一片忙碌，村民们采收春菜，\n"
                                    "让新鲜蔬菜比往年提前半个\n\n"
                                    "南湖区启动“春风送岗”专场招聘\n\n"
                                    "本报讯（记者 林川）3月5\n"
                                    "日，南湖区首场招聘会举行，\n"
                                    "40家企业提供岗位900余\n"
                                    "个，吸引求职者两千多人。\n";

static void page_label_with_the_number_after_the_name_is_furniture(void **state) {
  (void)state;
  assert_true(tb_layout_is_page_label("综合新闻 2"));
  assert_true(tb_layout_is_page_label("3 社区·民生"));
  assert_false(tb_layout_is_page_label("综合新闻 02"));
  assert_false(tb_layout_is_page_label("新增网点 300"));
  assert_false(tb_layout_is_page_label("全区共有3 个"));
  tb_issue *issue = parse_bytes("label.txt", narrow_column);
  assert_int_equal(issue->article_count, 3);
  for (size_t i = 0; i < issue->article_count; i++) {
    const tb_article *a = &issue->articles[i];
    assert_non_null(a->headline);
    assert_null(strstr(a->headline, "南湖综合"));
    for (size_t k = 0; k < a->subheadlines.count; k++)
      assert_null(strstr(a->subheadlines.items[k], "南湖综合"));
  }
  assert_string_equal(issue->articles[1].headline, "南湖蔬菜基地春菜上市");
  tb_issue_free(issue);
}

static void title_wider_than_the_column_above_a_dateline_opens_a_story(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("wide.txt", narrow_column);
  assert_int_equal(issue->article_count, 3);
  assert_null(strstr(issue->articles[1].paragraphs.items[0], "春风送岗"));
  assert_string_equal(issue->articles[2].headline, "南湖区启动“春风送岗”专场招聘");
  tb_issue_free(issue);
}

static void labelled_list_items_set_tight_are_one_paragraph_each(void **state) {
  (void)state;
  const char text[] = "春季游园 这些公园等你来\n\n"
                      "清明前后，全区三处公园将举办游园活\n"
                      "动，市民可免费参加。具体安排如下：\n\n"
                      "南湖公园：4月1日至4月7日，\n"
                      "赏樱花、郁金香；\n"
                      "北山公园：4月3日至4月9日，\n"
                      "赏桃花、杏花；\n"
                      "西河湿地：4月5日、6日两天，\n"
                      "观鸟、赏柳。\n\n"
                      "游园时请文明出行，注意安全。\n";
  tb_issue *issue = parse_bytes("list.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 5);
  assert_string_equal(a->paragraphs.items[0],
                      "清明前后，全区三处公园将举办游园活动，市民可免费参加。具体安排如下：");
  assert_string_equal(a->paragraphs.items[1], "南湖公园：4月1日至4月7日，赏樱花、郁金香；");
  assert_string_equal(a->paragraphs.items[3], "西河湿地：4月5日、6日两天，观鸟、赏柳。");
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(byline_line_decorated_with_a_mark_is_a_byline),
      cmocka_unit_test(title_under_a_story_signed_above_its_dateline_opens_a_story),
      cmocka_unit_test(wrapped_end_byline_naming_the_outlet_leaves_the_text),
      cmocka_unit_test(title_wrapped_leaving_one_character_is_one_title),
      cmocka_unit_test(advertising_box_under_its_label_is_furniture),
      cmocka_unit_test(end_byline_with_a_slash_after_the_role_closes_a_story),
      cmocka_unit_test(page_label_with_the_number_after_the_name_is_furniture),
      cmocka_unit_test(title_wider_than_the_column_above_a_dateline_opens_a_story),
      cmocka_unit_test(labelled_list_items_set_tight_are_one_paragraph_each),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
