/* layout of HTML issues: a CMS page's stories found among the site's navigation, headers,
 * footers and tools; each rule on a page of its own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"

#include <stdlib.h>
#include <string.h>

static tb_issue *parse(const char *html) {
  tb_error err;
  tb_source_doc *doc = NULL;
  assert_int_equal(
      tb_source_load_bytes("page.html", (const unsigned char *)html, strlen(html), &doc, &err),
      TB_OK);
  tb_issue *issue = NULL;
  tb_status s = tb_layout_parse(doc, &issue, &err);
  tb_source_doc_free(doc);
  assert_int_equal(s, TB_OK);
  return issue;
}

static void site_chrome_is_not_a_story(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<html><head><title>要闻_海淀报</title><script>document.write('<p>脚本</p>')</script>"
      "</head><body><nav><p>首页 要闻 社区</p></nav><div class=\"breadcrumb\">首页 &gt; 要闻</div>"
      "<article><h1>公园新增健身步道</h1><p>本报讯 公园新增健身步道三公里。</p></article>"
      "<aside><h3>热点</h3><p>排行榜</p></aside><footer><p>版权所有 海淀报社</p></footer>"
      "<div id=\"share-tools\"><p>分享到微信</p></div></body></html>");
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "公园新增健身步道");
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_string_equal(issue->publication, "海淀报");
  tb_issue_free(issue);
}

static void page_title_header_and_time_give_the_masthead(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<html><head><title>社区_朝阳报</title></head><body>"
      "<header><h1 class=\"page-title\">朝阳报</h1><span>第321期</span>"
      "<time datetime=\"2026-04-07\">4月7日</time></header>"
      "<article><h2>老旧小区加装电梯</h2><p>今年计划加装一百二十部。</p></article></body></html>");
  assert_string_equal(issue->publication, "朝阳报");
  assert_string_equal(issue->date, "2026-04-07");
  assert_string_equal(issue->issue_no, "第321期");
  assert_int_equal(issue->article_count, 1);
  tb_issue_free(issue);
}

static void double_br_splits_paragraphs_single_br_joins(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<article><h2>标题</h2><p>第一段前半句，<br>后半句。<br><br>第二段。<br>\n<br>"
            "第三段。</p><div class=\"content\">第四段在div里。<br><br>第五段。</div></article>");
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 5);
  assert_string_equal(a->paragraphs.items[0], "第一段前半句，后半句。");
  assert_string_equal(a->paragraphs.items[2], "第三段。");
  assert_string_equal(a->paragraphs.items[3], "第四段在div里。");
  tb_issue_free(issue);
}

static void any_heading_level_or_title_class_heads_a_story(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<article><figure><figcaption>孩子们在阅读。</figcaption></figure><h4>图书馆迎来小读者</h4>"
      "<p>周末座无虚席。</p></article>"
      "<article><p class=\"title\">垃圾分类进社区</p><p class=\"subtitle\">——驿站每天开放</p>"
      "<p>各社区设立了驿站。</p><h3>志愿者值守</h3><p>志愿者每天值守。</p></article>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "图书馆迎来小读者");
  assert_string_equal(issue->articles[0].captions.items[0], "孩子们在阅读。");
  tb_article *b = &issue->articles[1];
  assert_string_equal(b->headline, "垃圾分类进社区");
  assert_int_equal(b->subheadlines.count, 1);
  assert_int_equal(b->paragraphs.count, 2);
  assert_int_equal(b->crosshead_count, 1); /* a heading inside the text is a crosshead */
  tb_issue_free(issue);
}

static void list_items_are_paragraphs(void **state) {
  (void)state;
  tb_issue *issue = parse("<article><h2>供暖须知</h2><p>请注意以下事项：</p>"
                          "<ol><li>检查暖气阀门。</li><li>保持室内通风。</li></ol></article>");
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  assert_string_equal(issue->articles[0].paragraphs.items[2], "保持室内通风。");
  tb_issue_free(issue);
}

static void story_furniture_and_end_byline(void **state) {
  (void)state;
  tb_issue *issue = parse("<article><h2>街道开展义诊</h2><p>本报讯 街道开展义诊活动。</p>"
                          "<p>两百余名居民受益。</p><p>（记者 王明）</p><p>责任编辑：李四</p>"
                          "<p><a href=\"#\">上一篇</a> <a href=\"#\">下一篇</a></p></article>");
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_non_null(a->byline);
  assert_non_null(strstr(a->byline, "王明"));
  tb_issue_free(issue);
}

static void editor_note_before_its_headline(void **state) {
  (void)state;
  /* Without <article>: h2 stories; the note printed before the second headline is its own. */
  tb_issue *issue = parse("<body><h2>第一篇</h2><p>第一篇的正文。</p>"
                          "<div class=\"editor-note\">编者按：本报推出系列报道。</div>"
                          "<h2>第二篇</h2><p>第二篇的正文。</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_null(issue->articles[0].editor_note);
  assert_non_null(issue->articles[1].editor_note);
  tb_issue_free(issue);
}

static void without_article_one_h1_lead_and_h2_stories(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><h1>头条新闻</h1><p>头条正文。</p><h3>小标题</h3><p>续。</p>"
                          "<h2>第二条</h2><p>正文二。</p><h2>第三条</h2><p>正文三。</p></body>");
  assert_int_equal(issue->article_count, 3);
  assert_string_equal(issue->articles[0].headline, "头条新闻");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[2].headline, "第三条");
  tb_issue_free(issue);
}

static void kicker_at_a_lower_level_above_the_title(void **state) {
  (void)state;
  /* the deepest-numbered heading printed first is the kicker; the h1 under it is the title */
  tb_issue *issue = parse("<body><article><h3>聚焦夏季用电</h3><h1>全区新增充电桩两千个</h1>"
                          "<h2>年底前实现街乡全覆盖</h2><p>正文。</p></article></body>");
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "全区新增充电桩两千个");
  assert_int_equal(a->subheadlines.count, 2);
  assert_string_equal(a->subheadlines.items[0], "聚焦夏季用电");
  tb_issue_free(issue);
}

static void rubric_box_of_briefs_gives_one_story_each(void **state) {
  (void)state;
  /* a short rubric heading right above deeper headings: each deeper heading opens a brief */
  tb_issue *issue = parse("<body><article><h2>本区简讯</h2>"
                          "<h3>甲镇开展燃气检查</h3><p>甲镇检查了一万户。</p>"
                          "<h3>乙镇采摘季开始</h3><p>乙镇推出采摘线路。</p></article>"
                          "<article><h2>一条老街的新生</h2><h3>街区更新调查</h3><p>正文一。</p>"
                          "<h3>居民议事</h3><p>正文二。</p></article></body>");
  assert_int_equal(issue->article_count, 3);
  assert_string_equal(issue->articles[0].headline, "甲镇开展燃气检查");
  assert_string_equal(issue->articles[1].headline, "乙镇采摘季开始");
  /* a feature's own subtitle and crossheads stay in it */
  assert_string_equal(issue->articles[2].headline, "一条老街的新生");
  assert_int_equal(issue->articles[2].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void photo_news_caption_is_its_body(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><article><figure><img src=\"a.jpg\"><figcaption>游客在公园赏荷。"
                          "</figcaption></figure><h3>公园荷花盛开</h3></article>"
                          "<article><h2>别的新闻</h2><p>正文。</p></article></body>");
  assert_int_equal(issue->article_count, 2);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "公园荷花盛开");
  assert_int_equal(a->paragraphs.count, 1);
  assert_string_equal(a->paragraphs.items[0], "游客在公园赏荷。");
  assert_int_equal(a->captions.count, 1);
  tb_issue_free(issue);
}

static void column_tag_inside_a_title_is_a_subheadline(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><article><h2><span class=\"column\">兴言</span> 让老人更安心</h2>"
                          "<p>正文。</p></article></body>");
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "让老人更安心");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "兴言");
  tb_issue_free(issue);
}

static void typed_spaces_between_hanzi_part_names(void **state) {
  (void)state;
  /* a space typed between two hanzi parts names ("记者 宋某 通讯员 刘某"), so the end byline is
   * read as one; a line break in the source between two hanzi is only a wrap */
  tb_issue *issue = parse("<body><article><h2>加装电梯今年完工</h2><p>第一段\n正文。</p>"
                          "<p>第二段正文。</p><p>（记者 宋某 通讯员 刘某）</p></article></body>");
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[0], "第一段正文。");
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "（记者 宋某 通讯员 刘某）");
  tb_issue_free(issue);
}

static void epaper_menus_page_labels_and_editor_lines_are_not_text(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<html><body><div class=\"pages\"><ul><li><a href=\"n1.htm\">第01版：要闻</a></li>"
      "<li><a href=\"n2.htm\">第02版：社会</a></li></ul></div>"
      "<div class=\"bm\">第01版：要闻</div>"
      "<div class=\"links\"><a href=\"#\">上一版</a>&nbsp;&nbsp;<a href=\"#p2\">下一版</a></div>"
      "<div class=\"box\"><b>本版标题导航</b><ul><li><a href=\"#c1\">公园新增健身步道</a></li>"
      "<li><a href=\"#c2\">区里召开冬季工作会议</a></li></ul></div>"
      "<div><h1>公园新增健身步道</h1><p>本报讯 公园新增健身步道三公里。</p></div>"
      "<div><h1>区里召开冬季工作会议</h1><p>会议部署了今冬的各项工作。</p></div>"
      "<div>本版责任编辑：王明 &nbsp; 版式：李红</div>"
      "<div class=\"bm\">第02版：社会</div></body></html>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "公园新增健身步道");
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_string_equal(issue->articles[1].headline, "区里召开冬季工作会议");
  assert_int_equal(issue->articles[1].paragraphs.count, 1);
  tb_issue_free(issue);
}

static void lesser_heading_above_a_custom_tag_title_is_its_kicker(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<body><div><epaper-title><h1>公园新增健身步道</h1></epaper-title>"
            "<epaper-content><p>本报讯 公园新增健身步道三公里。</p></epaper-content></div>"
            "<div><h3>聚焦冬季供暖</h3><epaper-title><h1>区里召开冬季工作会议</h1></epaper-title>"
            "<h2>——部署今冬明春各项工作</h2>"
            "<epaper-content><p>会议部署了今冬的各项工作。</p></epaper-content></div></body>");
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].crosshead_count, 0);
  const tb_article *a = &issue->articles[1];
  assert_string_equal(a->headline, "区里召开冬季工作会议");
  assert_int_equal(a->subheadlines.count, 2);
  assert_string_equal(a->subheadlines.items[0], "聚焦冬季供暖");
  tb_issue_free(issue);
}

static void layout_table_gives_title_subtitle_crossheads_and_caption(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<body><table><tr><td>身边的好人</td></tr>"
            "<tr><td><strong>一家修车铺的二十年</strong></td></tr>"
            "<tr><td>——记老街修车铺店主</td></tr><tr><td>"
            "<P>　　在老街的一个路口，有一间修车铺。<br>　　二十年前，他支起了这个修车摊。</P>"
            "<P><B>修不好的车不收钱</B></P><P>这是他给自己定的规矩，一直没有变。</P>"
            "<P align=\"center\"><IMG src=\"a.jpg\"></P><P align=\"center\">店主在铺子里修车。</P>"
            "<P>他说，只要身体还行，铺子就会一直开下去。</P>"
            "<P>（记者 王明 通讯员 李红）</P></td></tr></table>"
            "<table><tr><td><b>迎新春 写福字</b></td></tr><tr><td><img src=\"b.jpg\"></td></tr>"
            "<tr><td>书法家为居民书写春联。（本报记者 李红 摄）</td></tr></table></body>");
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "一家修车铺的二十年");
  assert_int_equal(a->subheadlines.count, 2);
  assert_string_equal(a->subheadlines.items[0], "身边的好人");
  assert_int_equal(a->paragraphs.count, 4);
  assert_string_equal(a->paragraphs.items[1], "二十年前，他支起了这个修车摊。");
  assert_int_equal(a->crosshead_count, 1);
  assert_int_equal(a->captions.count, 1);
  assert_string_equal(a->captions.items[0], "店主在铺子里修车。");
  assert_non_null(a->byline);
  const tb_article *photo = &issue->articles[1];
  assert_string_equal(photo->headline, "迎新春 写福字");
  assert_int_equal(photo->paragraphs.count, 1);
  assert_string_equal(photo->paragraphs.items[0], "书法家为居民书写春联。");
  assert_string_equal(photo->byline, "本报记者 李红 摄");
  tb_issue_free(issue);
}

static void square_marked_writer_under_the_title_is_the_byline(void **state) {
  (void)state;
  tb_issue *issue = parse("<article><h2>让老人吃饭更方便</h2><p>□ 岳明</p>"
                          "<p>老人吃饭有食堂，这是很多家庭最朴素的期盼。</p></article>");
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_string_equal(issue->articles[0].byline, "□ 岳明");
  tb_issue_free(issue);
}

static void photo_news_with_a_plain_caption_paragraph_loses_its_credit(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><h2>冰上龙舟赛</h2><p><img src=\"a.jpg\"></p>"
                          "<p>16支代表队在湖面上参加比赛。（本报记者 李红 摄）</p>"
                          "<h2>区里召开冬季工作会议</h2><p><img src=\"b.jpg\"></p>"
                          "<p>会议部署了今冬的各项工作。</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].paragraphs.items[0], "16支代表队在湖面上参加比赛。");
  assert_string_equal(issue->articles[0].byline, "本报记者 李红 摄");
  assert_string_equal(issue->articles[1].paragraphs.items[0], "会议部署了今冬的各项工作。");
  assert_null(issue->articles[1].byline);
  tb_issue_free(issue);
}

static void custom_title_element_without_heading_opens_a_story(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<body><div><epaper-title>公园新增健身步道</epaper-title>"
            "<epaper-content><p>本报讯 公园新增健身步道三公里。</p></epaper-content></div>"
            "<div><h3>聚焦冬季供暖</h3><epaper-title>区里召开冬季工作会议</epaper-title>"
            "<h2>——部署今冬明春各项工作</h2>"
            "<epaper-content><p>会议部署了今冬的各项工作。</p></epaper-content></div></body>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "公园新增健身步道");
  const tb_article *a = &issue->articles[1];
  assert_string_equal(a->headline, "区里召开冬季工作会议");
  assert_string_equal(a->subheadlines.items[0], "聚焦冬季供暖");
  tb_issue_free(issue);
}

static void unclassed_copyright_footer_is_not_text(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<body><h1>公园新增健身步道</h1><p>本报讯 公园新增健身步道三公里。</p>"
      "<p>步道的版权所有人是谁，并不重要。</p>"
      "<div class=\"bottom\"><p>某报社版权所有 不得复制</p><p>地址：文昌路8号 电话：6277-1000</p>"
      "<p>京ICP备20270126号-1</p></div></body>");
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(site_chrome_is_not_a_story),
      cmocka_unit_test(page_title_header_and_time_give_the_masthead),
      cmocka_unit_test(double_br_splits_paragraphs_single_br_joins),
      cmocka_unit_test(any_heading_level_or_title_class_heads_a_story),
      cmocka_unit_test(list_items_are_paragraphs),
      cmocka_unit_test(story_furniture_and_end_byline),
      cmocka_unit_test(editor_note_before_its_headline),
      cmocka_unit_test(without_article_one_h1_lead_and_h2_stories),
      cmocka_unit_test(kicker_at_a_lower_level_above_the_title),
      cmocka_unit_test(rubric_box_of_briefs_gives_one_story_each),
      cmocka_unit_test(photo_news_caption_is_its_body),
      cmocka_unit_test(column_tag_inside_a_title_is_a_subheadline),
      cmocka_unit_test(typed_spaces_between_hanzi_part_names),
      cmocka_unit_test(epaper_menus_page_labels_and_editor_lines_are_not_text),
      cmocka_unit_test(lesser_heading_above_a_custom_tag_title_is_its_kicker),
      cmocka_unit_test(layout_table_gives_title_subtitle_crossheads_and_caption),
      cmocka_unit_test(square_marked_writer_under_the_title_is_the_byline),
      cmocka_unit_test(photo_news_with_a_plain_caption_paragraph_loses_its_credit),
      cmocka_unit_test(custom_title_element_without_heading_opens_a_story),
      cmocka_unit_test(unclassed_copyright_footer_is_not_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
