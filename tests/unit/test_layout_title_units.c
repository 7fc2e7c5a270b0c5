/* Layout of plain text hard-wrapped in a narrow column: which heading lines set tight are one
 * title and which are a title and its subtitle, which of a stack is the title, and where a brief
 * signed by a public body ends. The texts are written for these tests. */
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

/* A title line well short of the column, and under it a line stating a figure: the editor ended
 * the title there, the figure is its subtitle (a wrap would have filled the first line). */
static void figure_under_a_short_title_is_its_subtitle(void **state) {
  (void)state;
  const char text[] = "明溪区新建公共充电桩一千二百个\n"
                      "覆盖全部街道120个小区\n"
                      "\n"
                      "本报讯（记者 林木）近日，明溪区新建的一\n"
                      "批公共充电桩陆续投入使用，覆盖全区各个街\n"
                      "道的老旧小区，居民在家门口就能给电动自行\n"
                      "车充电。\n"
                      "\n"
                      "据介绍，充电桩每度电收费六角，居民可以通\n"
                      "过手机扫码付费，也可以到社区办卡充值使用，\n"
                      "充满一次电只要两元钱左右。\n";
  tb_issue *issue = parse_bytes("subtitle.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "明溪区新建公共充电桩一千二百个");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "覆盖全部街道120个小区");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

/* A title that does fill the column wraps, a figure on its second line or not. */
static void title_filling_the_column_wraps_onto_a_figure(void **state) {
  (void)state;
  const char text[] = "明溪区一季度新建公共充电桩数量同比\n"
                      "增长38.5%\n"
                      "\n"
                      "本报讯（记者 林木）近日，明溪区新建的一\n"
                      "批公共充电桩陆续投入使用，覆盖全区各个街\n"
                      "道的老旧小区，居民在家门口就能给电动自行\n"
                      "车充电。\n";
  tb_issue *issue = parse_bytes("wrapped.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "明溪区一季度新建公共充电桩数量同比增长38.5%");
  assert_int_equal(issue->articles[0].subheadlines.count, 0);
  tb_issue_free(issue);
}

/* A short title over its ——subtitle: the subtitle is never the title, however short the title. */
static void short_title_over_a_dash_subtitle(void **state) {
  (void)state;
  const char text[] = "守林的人\n"
                      "——记青峰林场护林员周山\n"
                      "\n"
                      "文/图 本报记者 林木\n"
                      "\n"
                      "老周今年五十八岁，在林场当了三十年护林员。\n"
                      "每天天不亮，他就背上水壶和干粮，沿着山脊\n"
                      "巡查一圈，晚上再把见到的情况记在本子上。\n";
  tb_issue *issue = parse_bytes("feature.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "守林的人");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "——记青峰林场护林员周山");
  tb_issue_free(issue);
}

static void public_body_in_brackets_is_a_credit(void **state) {
  (void)state;
  assert_int_equal(tb_layout_credit_kind("（区城管局）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("（西坡镇文化服务中心）"), TB_CREDIT_TEXT);
  tb_credit_kind kind;
  assert_true(tb_layout_credit_tail("市民可以查询空余车位。（区城管局）", &kind) > 0);
  /* a remark in brackets or a word of the text is no credit */
  assert_int_equal(tb_layout_credit_kind("（完）"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("（详见区政府网站）"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("（二〇二六年版）"), TB_CREDIT_NONE);
}

/* Briefs under one column title: a public body credited at the end of one, wrapped with it,
 * closes it, so the next bulleted title after the blank heads the next brief. */
static void brief_signed_by_a_public_body_ends_there(void **state) {
  (void)state;
  const char text[] = "明溪简讯\n"
                      "\n"
                      "●东街启用智慧停车平台\n"
                      "日前，东街智慧停车平台上线运行，街区内十\n"
                      "二个停车场的泊位全部接入平台，市民通过手\n"
                      "机可以查询空余车位并在线缴费。（区城管\n"
                      "局）\n"
                      "\n"
                      "●西街新建口袋公园\n"
                      "近日，西街口袋公园建成开放，新增绿地三千\n"
                      "平方米，设置了儿童游乐设施和健身步道，附\n"
                      "近居民有了休闲的去处。（记者 林木）\n";
  tb_issue *issue = parse_bytes("briefs.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "东街启用智慧停车平台");
  assert_string_equal(issue->articles[0].byline, "（区城管局）");
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_null(strstr(issue->articles[0].paragraphs.items[0], "西街"));
  assert_string_equal(issue->articles[1].headline, "西街新建口袋公园");
  assert_int_equal(issue->articles[1].paragraphs.count, 1);
  tb_issue_free(issue);
}

/* The extractor set a page's 上接 marker under the first two lines of the text it marks: those
 * lines are the continued story's, not a new paragraph of the story that closed the last page. */
static void jump_marker_set_inside_the_continued_text(void **state) {
  (void)state;
  const char text[] = "明溪区召开重点项目推进会\n"
                      "\n"
                      "本报讯（记者 林木）5月6日，明溪区召开重点\n"
                      "项目推进会，部署二季度项目建设工作。\n"
                      "\n"
                      "区长在会上提出，要持续优化营商环境，落实\n"
                      "（下转A3版）\n"
                      "\n"
                      "西街新建口袋公园\n"
                      "\n"
                      "近日，西街口袋公园建成开放，新增绿地三千\n"
                      "平方米，设置了儿童游乐设施和健身步道。\n"
                      "\n"
                      "本版责编：王二　美编：张三\n"
                      "\f明溪报　2026年5月12日　星期二　A3·要闻\n"
                      "\n"
                      "项目专人服务制度，每个项目明确一名区级领\n"
                      "导、一个责任部门，做到问题不过夜、服务\n"
                      "（上接A1版）\n"
                      "不断档，让签约项目早落地、早开工。\n"
                      "\n"
                      "根据安排，二季度全区还将新开工项目二十二\n"
                      "个，竣工项目九个。\n";
  tb_issue *issue = parse_bytes("jump.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *lead = &issue->articles[0], *park = &issue->articles[1];
  assert_string_equal(lead->headline, "明溪区召开重点项目推进会");
  assert_true(lead->continued);
  assert_int_equal(lead->paragraphs.count, 3);
  assert_string_equal(lead->paragraphs.items[1],
                      "区长在会上提出，要持续优化营商环境，落实项目专人服务制度，每个项目明确一名"
                      "区级领导、一个责任部门，做到问题不过夜、服务不断档，让签约项目早落地、早开"
                      "工。");
  assert_string_equal(park->headline, "西街新建口袋公园");
  assert_int_equal(park->paragraphs.count, 1);
  tb_issue_free(issue);
}

/* A short jump title over the 上接 marker is no text of the story: it carries no commas. */
static void jump_title_over_the_marker_is_no_text(void **state) {
  (void)state;
  const char text[] = "明溪区召开重点项目推进会\n"
                      "\n"
                      "本报讯（记者 林木）5月6日，明溪区召开重点\n"
                      "项目推进会，部署二季度项目建设工作。\n"
                      "\n"
                      "区长在会上提出，要持续优化营商环境，落实\n"
                      "（下转A3版）\n"
                      "\n"
                      "本版责编：王二　美编：张三\n"
                      "\f明溪报　2026年5月12日　星期二　A3·要闻\n"
                      "\n"
                      "项目推进会\n"
                      "（上接A1版）\n"
                      "项目专人服务制度，让签约项目早落地、早开\n"
                      "工。\n";
  tb_issue *issue = parse_bytes("jumphead.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *lead = &issue->articles[0];
  assert_int_equal(lead->paragraphs.count, 2);
  assert_string_equal(lead->paragraphs.items[1],
                      "区长在会上提出，要持续优化营商环境，落实项目专人服务"
                      "制度，让签约项目早落地、早开工。");
  tb_issue_free(issue);
}

/* A four-character rubric over a shorter title: a label and its title, not one wrapped title
 * (a couplet's halves are as long as each other). */
static void rubric_over_a_shorter_title(void **state) {
  (void)state;
  const char text[] = "图片新闻\n"
                      "插秧\n"
                      "\n"
                      "\n"
                      "5月20日，明溪区西坡镇的稻田里，农机手正在驾驶插秧机插秧。\n"
                      "记者 林木 摄\n";
  tb_issue *issue = parse_bytes("photo.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "插秧");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "图片新闻");
  tb_issue_free(issue);
}

/* In a column eleven characters wide a title that fills its line wraps, and the short line under
 * it is its end, however short: no column tag. */
static void title_wrapped_at_a_narrow_measure(void **state) {
  (void)state;
  const char text[] = "明溪区医院开设“睡眠”\n"
                      "门诊\n"
                      "\n"
                      "本报讯（记者 林木）近日，\n"
                      "明溪区医院睡眠门诊开诊，\n"
                      "每周二、周四下午接诊，市\n"
                      "民可以通过电话预约挂号。\n"
                      "\n"
                      "门诊负责人介绍，失眠患者\n"
                      "可以先做睡眠评估，再由医\n"
                      "生制定调理方案。\n";
  tb_issue *issue = parse_bytes("narrow.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "明溪区医院开设“睡眠”门诊");
  assert_int_equal(issue->articles[0].subheadlines.count, 0);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

/* A title set after its own body at the foot of a page (the body closed by its credit) heads that
 * body, not the story that opens the next page. */
static void title_after_its_body_at_a_page_foot(void **state) {
  (void)state;
  const char text[] = "明溪区夏粮生产进入冲刺阶段\n"
                      "\n"
                      "明溪区新建口袋公园十二处\n"
                      "\n"
                      "本报讯（记者 乔木）5月8日，明溪区召开\n"
                      "夏粮生产工作会议，部署夏收各项工作。\n"
                      "\n"
                      "会议要求，各镇街要提前做好农机调度，全\n"
                      "（下转第3版）\n"
                      "\n"
                      "本报讯（记者 林木）近日，明溪区新建的\n"
                      "十二处口袋公园全部建成开放，新增绿地四\n"
                      "公顷，方便附近居民就近休闲健身。\n"
                      "\n"
                      "口袋公园建设难在选址。街道逐一排查闲置\n"
                      "地块，听取周边居民意见后再定方案。\n"
                      "\n"
                      "“以前出门没地方坐，现在下楼就能歇脚\n"
                      "了。”住在附近的周大爷说。\n"
                      "\n"
                      "日前，区税务局推出涉税业务“跨区通办”\n"
                      "服务，纳税人可以在全市任一办税服务厅办\n"
                      "理户籍地在明溪的涉税业务。\n"
                      "\n"
                      "据介绍，服务推出一周以来，已为外地经营\n"
                      "的明溪企业办理业务三百余笔。（融媒记者\n"
                      "林木）\n"
                      "\n"
                      "区税务局推出“跨区通办”服务\n"
                      "\n"
                      "1\n"
                      "\f第2版　综合新闻\n"
                      "\n"
                      "西坡村稻田民宿迎来首批客人\n"
                      "\n"
                      "本报讯（通讯员 乔木）五一假期，西坡村的\n"
                      "稻田民宿迎来了首批住客，民宿由村里六处\n"
                      "闲置农房改造而成。\n";
  tb_issue *issue = parse_bytes("trailing.txt", text);
  assert_int_equal(issue->article_count, 4);
  const tb_article *park = &issue->articles[1];
  assert_string_equal(park->headline, "明溪区新建口袋公园十二处");
  assert_int_equal(park->paragraphs.count, 3);
  assert_int_equal(park->subheadlines.count, 0);
  const tb_article *tax = &issue->articles[2];
  assert_string_equal(tax->headline, "区税务局推出“跨区通办”服务");
  assert_int_equal(tax->paragraphs.count, 2);
  assert_int_equal(tax->subheadlines.count, 0);
  const tb_article *inn = &issue->articles[3];
  assert_string_equal(inn->headline, "西坡村稻田民宿迎来首批客人");
  assert_int_equal(inn->subheadlines.count, 0);
  tb_issue_free(issue);
}

/* In a column eleven characters wide a title cut inside its quotation and a subtitle wrapped
 * onto a figure stand over the story's dateline: four lines, one stack. */
static void wrapped_stack_over_a_dateline(void **state) {
  (void)state;
  const char text[] = "明溪区召开重点项目推进会\n"
                      "\n"
                      "本报讯（记者 乔木）近日，\n"
                      "明溪区召开重点项目推进\n"
                      "会，部署二季度工作。\n"
                      "\n"
                      "明溪高新区新添5家“小\n"
                      "巨人”企业\n"
                      "企业研发投入同比增长\n"
                      "31%\n"
                      "\n"
                      "本报讯（记者 林木）日前，\n"
                      "明溪高新区又有5家企业\n"
                      "获评“小巨人”企业，全\n"
                      "区总数达到12家。\n";
  tb_issue *issue = parse_bytes("stack.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *b = &issue->articles[1];
  assert_string_equal(b->headline, "明溪高新区新添5家“小巨人”企业");
  assert_int_equal(b->subheadlines.count, 1);
  assert_string_equal(b->subheadlines.items[0], "企业研发投入同比增长31%");
  assert_int_equal(b->paragraphs.count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  tb_issue_free(issue);
}

/* A byline broken after the writer's role in a narrow column: the name under it ends the byline,
 * and the title after the blank heads the next story. */
static void byline_wrapped_before_the_name(void **state) {
  (void)state;
  const char text[] = "老粮站里的新粮仓\n"
                      "\n"
                      "西坡镇老粮站建于上世纪\n"
                      "七十年代，如今改建成了\n"
                      "粮食产后服务中心。\n"
                      "文/融媒记者\n"
                      "林木\n"
                      "\n"
                      "区消防大队开展安全宣传\n"
                      "\n"
                      "本报讯（通讯员 乔木）近\n"
                      "日，区消防大队走进社区\n"
                      "开展安全宣传。\n";
  tb_issue *issue = parse_bytes("byline.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].byline, "文/融媒记者 林木");
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_string_equal(issue->articles[1].headline, "区消防大队开展安全宣传");
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(figure_under_a_short_title_is_its_subtitle),
      cmocka_unit_test(title_filling_the_column_wraps_onto_a_figure),
      cmocka_unit_test(short_title_over_a_dash_subtitle),
      cmocka_unit_test(public_body_in_brackets_is_a_credit),
      cmocka_unit_test(brief_signed_by_a_public_body_ends_there),
      cmocka_unit_test(jump_marker_set_inside_the_continued_text),
      cmocka_unit_test(jump_title_over_the_marker_is_no_text),
      cmocka_unit_test(rubric_over_a_shorter_title),
      cmocka_unit_test(title_wrapped_at_a_narrow_measure),
      cmocka_unit_test(title_after_its_body_at_a_page_foot),
      cmocka_unit_test(wrapped_stack_over_a_dateline),
      cmocka_unit_test(byline_wrapped_before_the_name),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
