/* Layout of plain extractions of weeklies and of papers that print their running heads at the top
 * and the foot of each page: page labels next to the page's date, dashed page numbers, heads that
 * name the paper, a contents box without bullets, a list of names, and a bracketed column name over
 * a story printed after a continued one. Each rule on a small input of its own. */
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

/* Does any paragraph, headline or subheadline of the issue contain want? */
static bool issue_mentions(const tb_issue *issue, const char *want) {
  for (size_t i = 0; i < issue->article_count; i++) {
    const tb_article *a = &issue->articles[i];
    if (a->headline && strstr(a->headline, want)) return true;
    for (size_t k = 0; k < a->subheadlines.count; k++)
      if (strstr(a->subheadlines.items[k], want)) return true;
    for (size_t k = 0; k < a->paragraphs.count; k++)
      if (strstr(a->paragraphs.items[k], want)) return true;
  }
  return false;
}

static void page_label_next_to_the_page_date_is_furniture(void **state) {
  (void)state;
  assert_true(tb_layout_is_page_label("2 社区·民生"));
  assert_true(tb_layout_is_page_label("13 文体"));
  assert_false(tb_layout_is_page_label("5 公里以内的线路，"));
  assert_false(tb_layout_is_page_label("2027年 春节"));
  const char text[] = "河道清淤工程完工\n\n"
                      "本报讯 记者 方舟 日前，城北河道清淤工程完工。\n\n"
                      "\f2027年3月2日 星期二\n"
                      "2 社区·民生\n\n"
                      "老年食堂新增晚餐\n\n"
                      "本报讯 记者 方舟 3月1日起，南街老年食堂开始供应晚餐。\n";
  tb_issue *issue = parse_bytes("label.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_false(issue_mentions(issue, "社区·民生"));
  assert_string_equal(issue->articles[1].headline, "老年食堂新增晚餐");
  tb_issue_free(issue);
}

static void running_heads_naming_the_paper_and_dashed_numbers(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture("- 2 -", false));
  assert_true(tb_layout_is_furniture("—12—", false));
  assert_true(tb_layout_is_furniture("南湖时报 2027年3月2日 要闻", false));
  assert_true(tb_layout_is_furniture("综合新闻 南湖时报 2027年3月2日", false));
  /* a paper's name and a date inside a sentence are text */
  assert_false(tb_layout_is_furniture("南湖时报 2027年3月2日报道，全区新增绿地。", false));
  assert_false(tb_layout_is_furniture("- 2 - 3", false));
  const char text[] = "城北公园扩建开工\n\n"
                      "本报讯（记者 方舟）城北公园扩建工程日前开工。\n\n"
                      "南湖时报 2027年3月2日 要闻\n"
                      "- 1 -\n\n"
                      "- 2 -\n"
                      "综合新闻 南湖时报 2027年3月2日\n\n"
                      "全区新增停车位800个\n\n"
                      "记者从区交通局获悉，全区去年新增停车位800个。\n";
  tb_issue *issue = parse_bytes("heads.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "全区新增停车位800个");
  assert_false(issue_mentions(issue, "南湖时报"));
  assert_false(issue_mentions(issue, "- 1 -"));
  tb_issue_free(issue);
}

static void contents_box_without_bullets_is_furniture(void **state) {
  (void)state;
  const char text[] = "南湖时报\n\n"
                      "2027年3月2日 星期二\n\n"
                      "导读\n\n"
                      "城北公园扩建 新增绿地12公顷 2版\n"
                      "社区食堂开到家门口 3版\n\n"
                      "全区春耕备耕全面展开\n\n"
                      "本报讯 记者 方舟 连日来，全区各镇抢抓农时，春耕备耕全面展开。\n";
  tb_issue *issue = parse_bytes("contents.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "全区春耕备耕全面展开");
  assert_false(issue_mentions(issue, "3版"));
  tb_issue_free(issue);
  /* a sentence that ends on a page count, with no space before it, is no contents entry */
  const char story[] = "读报栏\n\n"
                       "本报讯 记者 方舟 区图书馆开设读报栏，每期报纸共出版8版\n"
                       "供居民阅读，另有杂志3版\n";
  issue = parse_bytes("story.txt", story);
  assert_true(issue_mentions(issue, "共出版8版"));
  tb_issue_free(issue);
}

static void list_of_names_is_text_one_row_a_paragraph(void **state) {
  (void)state;
  bool labelled;
  assert_int_equal(tb_layout_names_in_line("东街街道：王红 李建国 赵小兵", &labelled), 3);
  assert_true(labelled);
  assert_int_equal(tb_layout_names_in_line("陈立新 周敏", &labelled), 2);
  assert_false(labelled);
  assert_int_equal(tb_layout_names_in_line("不忘初心 牢记使命", &labelled), 0);
  assert_int_equal(tb_layout_names_in_line("全区新增停车位 800个", &labelled), 0);
  /* a kicker of three short words over its title stays a heading */
  const char kicker[] = "抓党建 促发展 惠民生\n"
                        "南街社区打造“红色驿站”\n\n"
                        "本报讯（记者 方舟）南街社区日前建成首个“红色驿站”。\n";
  tb_issue *stack = parse_bytes("kicker.txt", kicker);
  assert_int_equal(stack->article_count, 1);
  assert_int_equal(stack->articles[0].paragraphs.count, 1);
  tb_issue_free(stack);
  const char text[] = "全区“优秀志愿者”名单\n\n"
                      "经推荐评选，授予以下同志全区“优秀志愿者”称号。\n\n"
                      "东街街道：王红 李建国 赵小兵\n"
                      "陈立新 周敏\n"
                      "西湖镇：孙丽 吴国华 郑玉兰\n"
                      "冯雪\n\n"
                      "希望受表彰的同志再接再厉。\n";
  tb_issue *issue = parse_bytes("names.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "全区“优秀志愿者”名单");
  assert_int_equal(a->paragraphs.count, 4);
  assert_non_null(strstr(a->paragraphs.items[1], "东街街道"));
  assert_string_equal(a->paragraphs.items[1], "东街街道：王红 李建国 赵小兵 陈立新 周敏");
  assert_non_null(strstr(a->paragraphs.items[2], "冯雪"));
  assert_non_null(strstr(a->paragraphs.items[3], "再接再厉"));
  tb_issue_free(issue);
}

static void bracketed_column_name_over_a_title_opens_a_story(void **state) {
  (void)state;
  /* after the continued part of a story, a 【】 column name over a title heads the next story
   * even when that story opens without a dateline; a crosshead does not wear a column's name */
  const char text[] = "【城市更新】\n\n"
                      "老仓库变身社区书房\n\n"
                      "本报讯 记者 方舟 3月1日，由老仓库改造的社区书房开放，收集\n"
                      "（转第3版）\n\n"
                      "\f3 综合新闻\n"
                      "2027年3月2日 星期二\n\n"
                      "社区书房\n"
                      "（接第1版）\n"
                      "居民意见200余条。\n\n"
                      "书房每天开放12小时。\n\n"
                      "【榜单】\n\n"
                      "全区十佳书香家庭名单\n\n"
                      "经各街道推荐，评出十佳书香家庭，现予公布。\n";
  tb_issue *issue = parse_bytes("tag.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "老仓库变身社区书房");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "全区十佳书香家庭名单");
  tb_issue_free(issue);
}

static void wrapped_bulleted_tips_are_paragraphs_not_titles(void **state) {
  (void)state;
  /* tips behind ◆ wrapped in a narrow column: each fills its first line and goes on below */
  const char text[] = "冬季用电安全提醒\n\n"
                      "本报讯 记者 方舟 入冬以来，区消防\n"
                      "救援支队走访独居老人1300余户，\n"
                      "排查隐患210处。\n\n"
                      "◆电暖器周围不要堆放衣物等可\n"
                      "燃物，人离开时及时断电。\n"
                      "◆燃气软管一般两年左右应更换\n"
                      "一次，发现泄漏时切勿开关电器。\n";
  tb_issue *issue = parse_bytes("tips.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  assert_non_null(strstr(issue->articles[0].paragraphs.items[1], "可燃物"));
  tb_issue_free(issue);
  /* a bulleted title, shorter than the column, over its item stays a title */
  const char briefs[] = "社区简讯\n\n"
                        "■南街开展消防演练\n"
                        "4月2日，南街联合区消防救援支队在富力小区开展\n"
                        "高层住宅火灾疏散演练，300余名居民参加。\n"
                        "■北街银发课堂开课\n"
                        "北街银发课堂近日开课，首期开设智能手机使用、\n"
                        "防范电信诈骗等6门课程，每周二下午授课。\n";
  issue = parse_bytes("briefs.txt", briefs);
  assert_int_equal(issue->article_count, 2);
  tb_issue_free(issue);
}

static void short_title_set_tight_on_its_text_in_a_paper_without_paragraph_blanks(void **state) {
  (void)state;
  /* paragraphs follow each other with no blank; the second title has only a blank above it */
  const char text[] = "全区新增停车位八百个\n\n"
                      "记者从区交通局获悉，全区去年在老旧\n"
                      "小区新增停车位八百个，其中机械式立\n"
                      "体停车位三百个。\n"
                      "今年，全区计划再新增停车位五百个，\n"
                      "并优先在老旧小区推进。\n"
                      "（记者 方舟）\n\n"
                      "区图书馆推出“周末课堂”\n"
                      "寒假期间，区图书馆少儿阅览室推出了\n"
                      "“周末课堂”活动，由志愿者陪伴学生\n"
                      "读书、讲故事，并辅导完成寒假作业。\n"
                      "活动免费，欢迎预约。\n"
                      "每场限二十人，额满即止。\n";
  tb_issue *issue = parse_bytes("tight.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "区图书馆推出“周末课堂”");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void numbered_captions_under_a_title_are_a_photo_group(void **state) {
  (void)state;
  const char text[] = "春节假期游客增长\n\n"
                      "本报讯 记者 方舟 春节假期，全区\n"
                      "接待游客42万人次，同比增长17%，\n"
                      "旅游收入1.9亿元。\n\n"
                      "区文旅局提醒，假期后半段仍是出\n"
                      "行高峰，游客可错峰出游。\n\n"
                      "影像：古镇闹新春\n\n\n\n"
                      "①2月6日晚，游客在南湖古镇\n"
                      "“水上灯会”观灯。\n\n"
                      "②老街年集上，手艺人现场制作\n"
                      "糖画。\n\n"
                      "③舞龙队在古镇广场表演。\n\n"
                      "本报记者 齐岳 摄\n";
  tb_issue *issue = parse_bytes("photos.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "影像：古镇闹新春");
  assert_int_equal(issue->articles[1].paragraphs.count, 3);
  tb_issue_free(issue);
}

static void stanzas_of_a_poem_are_its_paragraphs(void **state) {
  (void)state;
  const char text[] = "雪夜\n"
                      "□ 方舟\n\n"
                      "雪是在夜里来的\n"
                      "轻得像一封\n"
                      "没有署名的信\n\n"
                      "早起的人推开木门\n"
                      "扫出一条小路\n"
                      "通向河边\n\n"
                      "孩子们追着溪水跑\n"
                      "溪水不说话\n"
                      "只往下游流\n";
  tb_issue *issue = parse_bytes("poem.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  assert_string_equal(issue->articles[0].paragraphs.items[1],
                      "早起的人推开木门扫出一条小路通向河边");
  tb_issue_free(issue);
  /* prose cut by a column break goes on after the blank: it carries punctuation */
  const char prose[] = "老街新貌\n\n"
                       "本报讯 记者 方舟 老街改造完成后，\n"
                       "青石板路重新铺设沿街店铺统一了\n"
                       "招牌样式\n\n"
                       "居民们说老街更好看了，也更好走了。\n";
  issue = parse_bytes("prose.txt", prose);
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  tb_issue_free(issue);
}

static void two_columns_read_row_by_row_are_parted_again(void **state) {
  (void)state;
  /* the right-hand story's dateline right under a line cut off mid-sentence: the rows of two
   * columns alternate until one column ends a paragraph where the other does not */
  const char text[] = "河畔绿道全线贯通\n\n"
                      "本报讯（记者 方舟）河畔绿道日前全线\n"
                      "贯通，全长十二公里。\n\n"
                      "南街社区开设夜间课堂\n\n"
                      "绿道沿线设置了八处驿站，提供饮水、\n"
                      "本报讯（记者 林夕）从本月起，南街社\n"
                      "休息和应急救护服务，市民骑行或步行\n"
                      "区开设夜间课堂，每周三晚上开课，方\n"
                      "都很方便。\n"
                      "便上班族学习书法和摄影。\n"
                      "今年还将在沿线增种乔木两千株，打造\n"
                      "课堂由社区志愿者授课，全部免费，居\n"
                      "四季有景的滨水空间。\n"
                      "民可在社区服务站报名，每期限三十\n"
                      "（记者 方舟）\n"
                      "人，额满即止。\n";
  tb_issue *issue = parse_bytes("rows.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *left = &issue->articles[0], *right = &issue->articles[1];
  assert_string_equal(left->headline, "河畔绿道全线贯通");
  assert_int_equal(left->paragraphs.count, 3);
  assert_string_equal(
      left->paragraphs.items[1],
      "绿道沿线设置了八处驿站，提供饮水、休息和应急救护服务，市民骑行或步行都很方便。");
  assert_string_equal(right->headline, "南街社区开设夜间课堂");
  assert_int_equal(right->paragraphs.count, 2);
  assert_string_equal(
      right->paragraphs.items[1],
      "课堂由社区志愿者授课，全部免费，居民可在社区服务站报名，每期限三十人，额满即止。");
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(page_label_next_to_the_page_date_is_furniture),
      cmocka_unit_test(running_heads_naming_the_paper_and_dashed_numbers),
      cmocka_unit_test(contents_box_without_bullets_is_furniture),
      cmocka_unit_test(list_of_names_is_text_one_row_a_paragraph),
      cmocka_unit_test(bracketed_column_name_over_a_title_opens_a_story),
      cmocka_unit_test(wrapped_bulleted_tips_are_paragraphs_not_titles),
      cmocka_unit_test(numbered_captions_under_a_title_are_a_photo_group),
      cmocka_unit_test(stanzas_of_a_poem_are_its_paragraphs),
      cmocka_unit_test(two_columns_read_row_by_row_are_parted_again),
      cmocka_unit_test(short_title_set_tight_on_its_text_in_a_paper_without_paragraph_blanks),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
