/* layout of JSON in a newsroom's own schema: stories found by shape, fields mapped by their
 * names or their shape, HTML and plain-text bodies, items that are not stories left out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"

#include <stdlib.h>
#include <string.h>

static tb_status try_parse(const char *json, tb_issue **issue, tb_error *err) {
  tb_source_doc *doc = NULL;
  assert_int_equal(
      tb_source_load_bytes("export.json", (const unsigned char *)json, strlen(json), &doc, err),
      TB_OK);
  assert_int_equal(doc->format, TB_FORMAT_JSON);
  tb_status s = tb_layout_parse(doc, issue, err);
  tb_source_doc_free(doc);
  return s;
}

static tb_issue *parse(const char *json) {
  tb_error err;
  tb_issue *issue = NULL;
  assert_int_equal(try_parse(json, &issue, &err), TB_OK);
  return issue;
}

static void wordpress_posts_with_rendered_html(void **state) {
  (void)state;
  tb_issue *issue = parse(
      "[{\"id\":7,\"link\":\"https://x.org/"
      "?p=7\",\"title\":{\"rendered\":\"&#8220;冰雪季&#8221;启动\"},"
      "\"content\":{\"rendered\":\"<p>第一段说明情况。</p>\\n<p><strong>小标题</strong></p>\\n"
      "<p>第二段继续说明。</p>\"},\"excerpt\":{\"rendered\":\"<p>第一段说明</p>\"},"
      "\"author\":3,\"_embedded\":{\"author\":[{\"id\":3,\"name\":\"记者 龚雪\"}]}}]");
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "“冰雪季”启动");
  assert_string_equal(a->byline, "记者 龚雪");
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[1], "第二段继续说明。");
  assert_int_equal(a->crosshead_count, 1);
  assert_int_equal(a->crossheads[0].before, 1);
  assert_string_equal(a->crossheads[0].text, "小标题");
  tb_issue_free(issue);
}

static void chinese_pages_with_story_lists_and_issue_fields(void **state) {
  (void)state;
  tb_issue *issue =
      parse("{\"报名\":\"顺义时讯\",\"出版日期\":\"2026年11月5日\",\"期号\":\"总第1688期\","
            "\"版面\":[{\"版次\":\"01\",\"版名\":\"要闻\",\"稿件\":[{\"引题\":\"引题文字\","
            "\"标题\":\"主标题文字\",\"副题\":\"——副题文字\",\"作者\":\"记者 林晓\","
            "\"正文\":\"&nbsp;&nbsp;第一段。<br/>&nbsp;&nbsp;第二段。\"}]},"
            "{\"版次\":\"04\",\"稿件\":[{\"标题\":\"家电以旧换新\",\"类型\":\"广告\","
            "\"正文\":\"<p>补贴最高两千元，详询卖场。</p>\"}]}]}");
  assert_string_equal(issue->publication, "顺义时讯");
  assert_string_equal(issue->date, "2026-11-05");
  assert_string_equal(issue->issue_no, "总第1688期");
  assert_int_equal(issue->article_count, 1); /* the advertisement is left out */
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "主标题文字");
  assert_int_equal(a->subheadlines.count, 2);
  assert_string_equal(a->subheadlines.items[0], "引题文字");
  assert_int_equal(a->paragraphs.count, 2); /* an indent after a single <br> starts one */
  assert_string_equal(a->paragraphs.items[1], "第二段。");
  tb_issue_free(issue);
}

static void plain_text_body_splits_at_blank_lines_and_joins_wraps(void **state) {
  (void)state;
  tb_issue *issue = parse("{\"items\":[{\"title\":\"口袋公园\",\"content_text\":"
                          "\"今年以来建成口袋\\n公园十五处。\\n\\n居民说很方便。\","
                          "\"authors\":[{\"name\":\"记者 孟然\"}]}]}");
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[0], "今年以来建成口袋公园十五处。");
  assert_string_equal(a->byline, "记者 孟然");
  tb_issue_free(issue);
}

static void bracketed_last_paragraph_is_the_byline(void **state) {
  (void)state;
  tb_issue *issue = parse("{\"items\":[{\"title\":\"枢纽完工\",\"content_html\":"
                          "\"<p>主体结构完工。</p><p>明年开通。</p><p>（记者 韩旭）</p>\"}]}");
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->byline, "记者 韩旭");
  tb_issue_free(issue);
}

static void photo_story_caption_is_its_text(void **state) {
  (void)state;
  tb_issue *issue =
      parse("{\"data\":{\"list\":[{\"biaoti\":\"芦花飞\",\"neirong\":\"\","
            "\"tupian\":[{\"url\":\"https://i.cn/a.jpg\",\"tushuo\":\"芦花随风摇曳。\","
            "\"zuozhe\":\"记者 林晓 摄\"}]},"
            "{\"biaoti\":\"稿件待补\",\"neirong\":\"\"}]}}");
  assert_int_equal(issue->article_count, 1); /* no text and no caption: not a story */
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->kind, TB_KIND_PHOTO);
  assert_int_equal(a->paragraphs.count, 1);
  assert_string_equal(a->paragraphs.items[0], "芦花随风摇曳。");
  assert_int_equal(a->captions.count, 1);
  assert_string_equal(a->byline, "记者 林晓 摄");
  tb_issue_free(issue);
}

static void unnamed_fields_are_read_by_shape(void **state) {
  (void)state;
  tb_issue *issue =
      parse("[{\"k\":\"https://x.cn/1\",\"t\":\"区医院新增夜间门诊\",\"n\":\"2026-11-12\","
            "\"c\":\"从本月起开设夜间儿科门诊，接诊时间为每天十八时至二十二时。\\n"
            "门诊由高年资医生坐诊，方便家长下班后就医。\"}]");
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "区医院新增夜间门诊");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void image_alt_text_is_a_caption(void **state) {
  (void)state;
  tb_issue *issue = parse("[{\"headline\":\"乡村医生\",\"body\":\"<p>早上七点开门。</p>"
                          "<p><img src=\\\"/a.jpg\\\" alt=\\\"她为老人测量血压。\\\"></p>"
                          "<p>四十年没休过假。</p>\"}]");
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->captions.count, 1);
  assert_string_equal(a->captions.items[0], "她为老人测量血压。");
  tb_issue_free(issue);
}

static void rss_channel_gives_publication_and_date(void **state) {
  (void)state;
  tb_issue *issue =
      parse("{\"rss\":{\"channel\":{\"title\":\"石景山报\",\"pubDate\":\"Tue, 10 Nov 2026 08:00:00 "
            "+0800\","
            "\"item\":[{\"title\":\"社区食堂开业\",\"段落\":[\"八角街道新开两家社区食堂。\","
            "\"每份午餐十五元左右。\"]}]}}}");
  assert_string_equal(issue->publication, "石景山报");
  assert_string_equal(issue->date, "2026-11-10");
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 2); /* an array of paragraphs */
  tb_issue_free(issue);
}

static void json_without_stories_keeps_the_schema_error(void **state) {
  (void)state;
  tb_error err;
  tb_issue *issue = NULL;
  assert_int_equal(try_parse("{\"code\":0,\"data\":{\"list\":[{\"id\":1,\"v\":2}]}}", &issue, &err),
                   TB_ERR_INPUT);
  assert_null(issue);
  assert_non_null(strstr(err.message, "\"articles\" array"));
}

/* A title written in HTML, with a line break and entities, is still the story's title. */
static void title_with_a_line_break_tag_is_read_as_text(void **state) {
  (void)state;
  tb_issue *issue =
      parse("{\"stories\":[{\"title\":\"云溪镇为独居老人<br/>安装&ldquo;一键呼&rdquo;\","
            "\"content\":\"<p>近日，镇里为老人安装了呼叫终端。</p>"
            "<p>工作人员将定期上门检查。</p>\"},"
            "{\"title\":\"Smart<br>Home 进社区\","
            "\"content\":\"<p>第一段说明情况。</p><p>第二段继续说明。</p>\"}]}");
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "云溪镇为独居老人安装“一键呼”");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline,
                      "Smart Home 进社区"); /* Latin words kept apart */
  tb_issue_free(issue);
}

/* A block classed as a picture caption under an image is a caption, not a paragraph. */
static void block_classed_as_a_caption_is_a_caption(void **state) {
  (void)state;
  tb_issue *issue = parse("[{\"title\":\"古道的新生\",\"content\":\"<p>第一段说明情况。</p>"
                          "<p><img src=\\\"/a.jpg\\\" alt=\\\"\\\"></p>"
                          "<p class=\\\"pic-desc\\\">修复后的石板古道。</p>"
                          "<p>第二段继续说明。</p>\"}]");
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->captions.count, 1);
  assert_string_equal(a->captions.items[0], "修复后的石板古道。");
  tb_issue_free(issue);
}

/* Numbered items in one <p> parted by single <br>s are paragraphs, one item each; a plain line
 * break inside a paragraph is not. */
static void numbered_items_parted_by_single_breaks_are_paragraphs(void **state) {
  (void)state;
  tb_issue *issue = parse("[{\"title\":\"十件实事完成情况\",\"content\":\"<p>主要情况如下：</p>"
                          "<p>1.新建养老驿站8个；<br>2.整治老旧小区21个；<br>3.新增学位1260个。</p>"
                          "<p>这一段文字<br>在这里折行。</p>\"}]");
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 5);
  assert_string_equal(a->paragraphs.items[2], "2.整治老旧小区21个；");
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(wordpress_posts_with_rendered_html),
      cmocka_unit_test(chinese_pages_with_story_lists_and_issue_fields),
      cmocka_unit_test(plain_text_body_splits_at_blank_lines_and_joins_wraps),
      cmocka_unit_test(bracketed_last_paragraph_is_the_byline),
      cmocka_unit_test(photo_story_caption_is_its_text),
      cmocka_unit_test(unnamed_fields_are_read_by_shape),
      cmocka_unit_test(image_alt_text_is_a_caption),
      cmocka_unit_test(rss_channel_gives_publication_and_date),
      cmocka_unit_test(json_without_stories_keeps_the_schema_error),
      cmocka_unit_test(title_with_a_line_break_tag_is_read_as_text),
      cmocka_unit_test(block_classed_as_a_caption_is_a_caption),
      cmocka_unit_test(numbered_items_parted_by_single_breaks_are_paragraphs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
