/* layout of HTML pages whose headings are marked by presentation only (a 公众号 post, an editor's
 * export, a template of classed <div>s): each rule on a small page of its own, in the style
 * conventions such pages use (inline styles in px, pt and em, <style> class rules, <b>,
 * <font size>). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout_parse.h"

#include <stdlib.h>
#include <string.h>

static tb_issue *parse(const char *html) {
  return parse_bytes("post.html", html);
}

/* body text long enough to be the page's commonest style */
#define BODY1 "街道为老旧小区加装电梯，居民上下楼方便了许多，老人们纷纷点赞。"
#define BODY2 "社区食堂开业以来，每天为辖区老人提供午餐，价格实惠，口味清淡。"
#define BODY3 "图书馆延长开放时间，晚上九点以后仍有不少读者在自习区看书学习。"

static void class_rules_in_a_style_block_mark_headlines_and_kickers(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<html><head><title>周报</title><style>.title{font-size:1.5em;font-weight:bold}"
      ".kicker{font-size:12px;color:#888;text-align:center} .text{font-size:15px}</style></head>"
      "<body><div class=\"kicker\">聚焦民生实事</div><div class=\"title\">老旧小区加装电梯</div>"
      "<div class=\"text\">" BODY1 "</div><div class=\"text\">" BODY2 "</div>"
      "<div class=\"title\">社区食堂开业</div><div class=\"text\">" BODY2 "</div>"
      "<div class=\"text\">" BODY3 "</div></body></html>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "老旧小区加装电梯");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "聚焦民生实事");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "社区食堂开业");
  assert_int_equal(issue->articles[1].subheadlines.count, 0);
  tb_issue_free(issue);
}

static void bold_tags_and_point_sizes_give_headlines_and_smaller_crossheads(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<body><p style=\"font-size:18pt\"><b>加装电梯惠及千户</b></p>"
            "<p style=\"font-size:12pt\">" BODY1 "</p>"
            "<p style=\"font-size:14pt\"><b>资金怎么来</b></p><p style=\"font-size:12pt\">" BODY2
            "</p><p style=\"font-size:18pt\"><b>图书馆夜间开放</b></p>"
            "<p style=\"font-size:12pt\">" BODY3 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "加装电梯惠及千户");
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->crosshead_count, 1);
  assert_string_equal(a->crossheads[0].text, "资金怎么来");
  assert_string_equal(issue->articles[1].headline, "图书馆夜间开放");
  tb_issue_free(issue);
}

static void font_tags_size_old_pages(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<body><p><font size=\"5\">电梯加装提速</font></p><p>" BODY1 "</p>"
            "<p><font size=\"5\">食堂开进社区</font></p><p>" BODY2 "</p><p>" BODY3 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "食堂开进社区");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void section_labels_ornaments_and_post_furniture_are_not_text(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<body><section style=\"text-align:center;font-size:12px\">点击上方蓝字 关注我们</section>"
      "<section style=\"text-align:center\"><b>— 01 要闻 —</b></section>"
      "<section style=\"font-size:20px\"><b>电梯加装提速</b></section>"
      "<p style=\"font-size:15px\">" BODY1 "</p>"
      "<section style=\"text-align:center\">◆ ◆ ◆</section>"
      "<section style=\"font-size:20px\"><b>食堂开进社区</b></section>"
      "<p style=\"font-size:15px\">" BODY2 "</p>"
      "<section style=\"text-align:center\"><b>第二版 民生</b></section>"
      "<section style=\"font-size:20px\"><b>图书馆夜间开放</b></section>"
      "<p style=\"font-size:15px\">" BODY3 "</p>"
      "<p style=\"font-size:12px;text-align:right\">来源：区融媒体中心</p>"
      "<section><b>往期推荐</b></section><p><a href=\"x\">去年的一篇旧文章标题</a></p>"
      "<p style=\"font-size:12px\">长按二维码关注我们</p><div>阅读 1024 在看 点赞</div></body>");
  assert_int_equal(issue->article_count, 3);
  for (size_t i = 0; i < issue->article_count; i++)
    assert_int_equal(issue->articles[i].paragraphs.count, 1);
  assert_string_equal(issue->articles[2].paragraphs.items[0], BODY3);
  tb_issue_free(issue);
}

static void a_lesser_heading_after_a_section_label_opens_a_story(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><p style=\"font-size:20px\"><b>电梯加装提速</b></p>"
                          "<p style=\"font-size:15px\">" BODY1 "</p>"
                          "<p style=\"font-size:17px\"><b>怎样申请</b></p>"
                          "<p style=\"font-size:15px\">" BODY2 "</p>"
                          "<p style=\"text-align:center\">— 04 简讯 —</p>"
                          "<p style=\"font-size:17px\"><b>食堂开进社区</b></p>"
                          "<p style=\"font-size:15px\">" BODY3 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].crosshead_count, 1);
  assert_string_equal(issue->articles[0].crossheads[0].text, "怎样申请");
  assert_string_equal(issue->articles[1].headline, "食堂开进社区");
  tb_issue_free(issue);
}

static void heading_as_large_as_the_title_but_aligned_otherwise_is_a_crosshead(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<body><p style=\"font-size:18px;text-align:center\"><b>电梯加装提速</b></p>"
            "<p style=\"font-size:15px\">" BODY1 "</p>"
            "<p style=\"font-size:18px\"><b>一户一策</b></p>"
            "<p style=\"font-size:15px\">" BODY2 "</p>"
            "<p style=\"font-size:18px;text-align:center\"><b>食堂开进社区</b></p>"
            "<p style=\"font-size:15px\">" BODY3 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].crosshead_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void subtitle_and_writer_lines_under_the_headline(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<body><section style=\"font-size:20px;text-align:center\"><b>老街上的新铺子</b></section>"
      "<section style=\"font-size:14px;text-align:center;color:#36c\">——年轻创业者群像</section>"
      "<p style=\"font-size:14px;text-align:center;color:#888\">区融媒记者 王小明 文/图</p>"
      "<p style=\"font-size:15px;text-indent:2em\">" BODY1 "</p>"
      "<section style=\"font-size:20px;text-align:center\"><b>让口袋公园装进口袋</b></section>"
      "<p style=\"font-size:14px;text-align:center;color:#888\">文｜江一舟</p>"
      "<p style=\"font-size:15px;text-indent:2em\">" BODY2 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "——年轻创业者群像");
  assert_string_equal(a->byline, "区融媒记者 王小明 文/图");
  assert_int_equal(a->paragraphs.count, 1);
  assert_string_equal(issue->articles[1].byline, "文｜江一舟");
  assert_int_equal(issue->articles[1].subheadlines.count, 0);
  tb_issue_free(issue);
}

static void caption_under_a_picture_is_no_kicker(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "<body><p style=\"font-size:20px\"><b>湿地观鸟季</b></p><p><img src=\"a.jpg\"></p>"
      "<p style=\"font-size:13px;text-align:center;color:#888\">市民观察越冬候鸟 张三 摄</p>"
      "<p style=\"font-size:20px\"><b>食堂开进社区</b></p>"
      "<p style=\"font-size:15px\">" BODY1 "</p><p style=\"font-size:15px\">" BODY2 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[1].subheadlines.count, 0);
  assert_int_equal(issue->articles[0].captions.count, 1);
  tb_issue_free(issue);
}

static void a_post_title_repeated_in_a_lone_heading_is_not_a_story(void **state) {
  (void)state;
  tb_issue *issue =
      parse("<html><head><title>周刊｜第8期</title></head><body><h1>周刊｜第8期</h1>"
            "<div>区融媒 2027-02-23</div>"
            "<p style=\"font-size:20px\"><b>电梯加装提速</b></p><p style=\"font-size:15px\">" BODY1
            "</p><p style=\"font-size:20px\"><b>食堂开进社区</b></p>"
            "<p style=\"font-size:15px\">" BODY2 "</p></body></html>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "电梯加装提速");
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  tb_issue_free(issue);
}

static void one_larger_block_alone_leaves_the_page_as_before(void **state) {
  (void)state;
  /* a single story whose title is the only block set larger: no page of styled stories, and a
   * bold line inside it stays a crosshead */
  tb_issue *issue = parse("<body><p style=\"font-size:22px\">电梯加装提速</p>"
                          "<p>" BODY1 "</p><p><b>资金怎么来</b></p><p>" BODY2 "</p></body>");
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].crosshead_count, 1);
  tb_issue_free(issue);
}

static void numbered_title_over_its_own_text_is_a_headline_not_a_section_label(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><p style=\"font-size:20px\"><b>01 春节见闻</b></p>"
                          "<p style=\"font-size:15px\">" BODY1 "</p>"
                          "<p style=\"font-size:20px\"><b>02 元宵灯会</b></p>"
                          "<p style=\"font-size:15px\">" BODY2 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "01 春节见闻");
  assert_string_equal(issue->articles[1].headline, "02 元宵灯会");
  tb_issue_free(issue);
}

static void lesser_heading_set_as_an_earlier_headline_opens_a_story(void **state) {
  (void)state;
  /* the lead set larger than the stories after it: once a story has opened under an ornament
   * with a lesser headline, a heading set as that one opens a story without an ornament, one
   * set otherwise is a crosshead */
  tb_issue *issue =
      parse("<body><p style=\"font-size:22px;text-align:center\"><b>电梯加装提速</b></p>"
            "<p style=\"font-size:15px\">" BODY1 "</p><p>* * *</p>"
            "<p style=\"font-size:18px;text-align:center\"><b>食堂开进社区</b></p>"
            "<p style=\"font-size:15px\">" BODY2 "</p>"
            "<p style=\"font-size:16px;color:#c00\"><b>饭菜怎么定价</b></p>"
            "<p style=\"font-size:15px\">" BODY3 "</p>"
            "<p style=\"font-size:18px;text-align:center\"><b>图书馆夜间开放</b></p>"
            "<p style=\"font-size:15px\">" BODY3 "</p></body>");
  assert_int_equal(issue->article_count, 3);
  assert_int_equal(issue->articles[1].crosshead_count, 1);
  assert_string_equal(issue->articles[2].headline, "图书馆夜间开放");
  tb_issue_free(issue);
  issue = parse("<body><p style=\"font-size:22px\"><b>电梯加装提速</b></p>"
                "<p style=\"font-size:15px\">" BODY1 "</p>"
                "<p style=\"font-size:18px\"><b>食堂开进社区</b></p>"
                "<p style=\"font-size:14px;color:#888\">文/李明</p>"
                "<p style=\"font-size:15px\">" BODY2 "</p>"
                "<p style=\"font-size:18px\"><b>图书馆夜间开放</b></p>"
                "<p style=\"font-size:15px\">" BODY3 "</p></body>");
  assert_int_equal(issue->article_count, 3);
  assert_string_equal(issue->articles[1].byline, "文/李明");
  tb_issue_free(issue);
}

static void editor_note_above_a_headline_is_no_kicker(void **state) {
  (void)state;
  tb_issue *issue = parse("<body><p style=\"font-size:20px\"><b>电梯加装提速</b></p>"
                          "<p style=\"font-size:15px\">" BODY1 "</p>"
                          "<p style=\"font-size:14px;color:#888\">编者按：这是一组报道</p>"
                          "<p style=\"font-size:20px\"><b>食堂开进社区</b></p>"
                          "<p style=\"font-size:15px\">" BODY2 "</p></body>");
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[1].subheadlines.count, 0);
  tb_issue_free(issue);
}

static void nested_editor_sections_with_a_reporter_line_and_an_end_mark(void **state) {
  (void)state;
  /* 135编辑器 / 秀米 nesting: the size on a span inside a <p> inside bordered sections; the
   * body has no indent; a reporter line in the body's style; "END" closes the post */
  tb_issue *issue =
      parse("<body><section><section style=\"border-left:5px solid #c00\"><p><span "
            "style=\"font-size:20px;color:#c00\"><strong>电梯加装提速</strong></span></p></section>"
            "</section><p><span style=\"font-size:15px\">记者｜张三</span></p>"
            "<p><span style=\"font-size:15px\">" BODY1 "</span></p>"
            "<section><section style=\"border-left:5px solid #c00\"><p><span "
            "style=\"font-size:20px;color:#c00\"><strong>食堂开进社区</strong></span></p></section>"
            "</section><p><span style=\"font-size:15px\">" BODY2 "</span></p>"
            "<section style=\"text-align:center\"><p><span style=\"font-size:14px\">- END -</span>"
            "</p></section></body>");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].byline, "记者｜张三");
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  assert_int_equal(issue->articles[1].paragraphs.count, 1);
  assert_string_equal(issue->articles[1].paragraphs.items[0], BODY2);
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(class_rules_in_a_style_block_mark_headlines_and_kickers),
      cmocka_unit_test(bold_tags_and_point_sizes_give_headlines_and_smaller_crossheads),
      cmocka_unit_test(font_tags_size_old_pages),
      cmocka_unit_test(section_labels_ornaments_and_post_furniture_are_not_text),
      cmocka_unit_test(a_lesser_heading_after_a_section_label_opens_a_story),
      cmocka_unit_test(heading_as_large_as_the_title_but_aligned_otherwise_is_a_crosshead),
      cmocka_unit_test(subtitle_and_writer_lines_under_the_headline),
      cmocka_unit_test(caption_under_a_picture_is_no_kicker),
      cmocka_unit_test(a_post_title_repeated_in_a_lone_heading_is_not_a_story),
      cmocka_unit_test(one_larger_block_alone_leaves_the_page_as_before),
      cmocka_unit_test(numbered_title_over_its_own_text_is_a_headline_not_a_section_label),
      cmocka_unit_test(lesser_heading_set_as_an_earlier_headline_opens_a_story),
      cmocka_unit_test(editor_note_above_a_headline_is_no_kicker),
      cmocka_unit_test(nested_editor_sections_with_a_reporter_line_and_an_end_mark),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
