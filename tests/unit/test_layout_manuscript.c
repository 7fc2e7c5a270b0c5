/* Layout of a Word manuscript saved as text: one paragraph a line, body paragraphs indented with
 * ideographic spaces and everything else flush left, titles in 【】 or set in bold ("**…**"), a
 * column's name before a bar, an introduction labelled 引言, page lines counted in Chinese
 * numerals, editors in brackets and an imprint line as furniture, and letters signed by a reader
 * with the date under the signature. */
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

static bool has_paragraph_with(const tb_article *a, const char *needle) {
  for (size_t i = 0; i < a->paragraphs.count; i++)
    if (strstr(a->paragraphs.items[i], needle)) return true;
  return false;
}

static void bold_lines_are_titles_and_crossheads(void **state) {
  (void)state;
  const char text[] = "**小区有了物业管家**\n"
                      "本报记者　顾岚\n"
                      "**一、摸清底数**\n"
                      "　　全区现有老旧小区二百余个，其中近三成曾长期无人管理。\n"
                      "　　今年三月，区里对无物业小区逐一摸底，分类推进。\n"
                      "**二、打包托管**\n"
                      "　　街道把几个小区打包，引入一家国有物业企业托管。\n";
  tb_issue *issue = parse_bytes("bold.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "小区有了物业管家");
  assert_int_equal(a->paragraphs.count, 3);
  assert_false(has_paragraph_with(a, "**"));
  assert_false(has_paragraph_with(a, "打包托管，"));
  /* the first section's heading stands under the byline, before the first paragraph */
  assert_int_equal(a->crosshead_count, 2);
  assert_string_equal(a->crossheads[0].text, "一、摸清底数");
  assert_int_equal(a->crossheads[0].before, 0);
  assert_string_equal(a->crossheads[1].text, "二、打包托管");
  assert_int_equal(a->crossheads[1].before, 2);
  tb_issue_free(issue);
}

static void bracketed_title_heads_a_story_and_beats_a_plain_kicker(void **state) {
  (void)state;
  /* an undated second story under a dated one: its title in 【】 is no crosshead */
  const char text[] =
      "冬季保供不断档\n"
      "【全区年内完成燃气管网改造八十公里】\n"
      "　　本报讯（记者 顾岚）记者从区城市管理委获悉，全区燃气管网改造已全部完工。\n"
      "　　入冬以来全区燃气供应平稳。\n"
      "\n"
      "【小哥驿站开进商圈】\n"
      "　　外卖员、快递员有了歇脚的地方，首批驿站投入使用。\n"
      "　　驿站由商户、物业和社区共同出资建设。\n";
  tb_issue *issue = parse_bytes("brackets.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "全区年内完成燃气管网改造八十公里");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_equal(issue->articles[0].subheadlines.items[0], "冬季保供不断档");
  assert_int_equal(issue->articles[0].crosshead_count, 0);
  assert_string_equal(issue->articles[1].headline, "小哥驿站开进商圈");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void column_name_before_a_bar_is_its_own_unit(void **state) {
  (void)state;
  const char text[] = "**老旧小区有了物业**\n"
                      "　　全区无物业小区已从六十一个减少到九个。\n"
                      "　　明年将重点推动业主委员会组建。\n"
                      "**记者手记｜让好机制长出好物业**\n"
                      "　　采访中，不少居民说得最多的一句话是：现在有人管了。\n"
                      "　　让评价结果真正管用，好物业才能留下来。\n";
  tb_issue *issue = parse_bytes("bar.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = &issue->articles[1];
  assert_string_equal(a->headline, "让好机制长出好物业");
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "记者手记");
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void page_lines_editors_and_imprint_are_furniture(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture("第一版　要闻", false));
  assert_true(tb_layout_is_furniture("第十二版 读者·服务", false));
  assert_true(tb_layout_is_furniture("（本版编辑：顾岚　校对：贝宁）", false));
  assert_true(
      tb_layout_is_furniture("地址：柳塘区南湖路9号　邮编：102688　新闻热线：6935 7000", false));
  /* one labelled field is a line of text (a notice's address), a sentence naming an edition is
   * text, and a bracketed remark is no editor line */
  assert_false(tb_layout_is_furniture("地址：柳塘区南湖路9号", false));
  assert_false(tb_layout_is_furniture("第一版面的设计由读者投票决定，", false));
  assert_false(tb_layout_is_furniture("（本版图片均由受访者提供，特此致谢。）", false));
}

static void introduction_is_an_editor_note(void **state) {
  (void)state;
  assert_true(tb_layout_is_editor_note("引言：老旧小区物业管理，一头连着居民的日常生活。"));
  assert_false(tb_layout_is_editor_note("引言和结语都很短。"));
  const char text[] = "**小区有了物业管家**\n"
                      "本报记者　顾岚\n"
                      "引言：老旧小区物业管理，一头连着居民的日常生活，一头连着基层治理。\n"
                      "　　全区现有老旧小区二百余个，其中近三成曾长期无人管理。\n"
                      "　　今年三月，区里对无物业小区逐一摸底，分类推进。\n";
  tb_issue *issue = parse_bytes("intro.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_false(has_paragraph_with(a, "引言"));
  assert_non_null(a->editor_note);
  assert_non_null(strstr(a->editor_note, "基层治理"));
  tb_issue_free(issue);
}

static void letters_are_signed_by_their_readers(void **state) {
  (void)state;
  assert_true(tb_layout_ends_with_name("柳塘街道北坡社区居民　许德厚"));
  assert_true(tb_layout_ends_with_name("读者　孔维"));
  assert_false(tb_layout_ends_with_name("柳塘区融媒体中心"));
  const char text[] = "读者来信\n"
                      "【社区食堂让老两口吃上了热乎饭】\n"
                      "编辑同志：\n"
                      "　　我和老伴今年都八十多岁了，以前做饭成了我们最发愁的事。\n"
                      "　　我们想通过贵报，向社区食堂的工作人员说一声谢谢！\n"
                      "北坡社区居民　许德厚\n"
                      "2026年12月20日\n"
                      "【建议在路口增设过街信号灯】\n"
                      "尊敬的编辑：\n"
                      "　　路口附近有一所小学和一个菜市场，行人过街很不安全。\n"
                      "　　建议有关部门尽快在这里设置过街信号灯。\n"
                      "读者　孔维\n";
  tb_issue *issue = parse_bytes("letters.txt", text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *first = &issue->articles[0], *second = &issue->articles[1];
  assert_string_equal(first->headline, "社区食堂让老两口吃上了热乎饭");
  assert_int_equal(first->kind, TB_KIND_OPINION);
  assert_int_equal(second->kind, TB_KIND_OPINION);
  assert_non_null(first->byline);
  assert_string_equal(first->byline, "北坡社区居民　许德厚");
  /* the salutation is a paragraph; the signature and its date are no text */
  assert_int_equal(first->paragraphs.count, 3);
  assert_string_equal(first->paragraphs.items[0], "编辑同志：");
  assert_false(has_paragraph_with(first, "2026年12月20日"));
  assert_string_equal(second->headline, "建议在路口增设过街信号灯");
  assert_non_null(second->byline);
  assert_string_equal(second->byline, "读者　孔维");
  assert_int_equal(second->paragraphs.count, 3);
  tb_issue_free(issue);
}

/* Appends s as UTF-16 LE, every "\n" as CRLF. */
static size_t put_utf16le_crlf(unsigned char *out, const char *s) {
  size_t n = 0;
  for (size_t i = 0; s[i];) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, strlen(s + i), &cp);
    assert_true(used > 0 && cp < 0x10000);
    i += used;
    if (cp == '\n') {
      out[n++] = '\r';
      out[n++] = 0;
    }
    out[n++] = (unsigned char)(cp & 0xFF);
    out[n++] = (unsigned char)(cp >> 8);
  }
  return n;
}

static void unicode_text_export_reads_like_utf8(void **state) {
  (void)state;
  /* Word's "Unicode text": UTF-16 LE with a byte-order mark, CRLF line ends, a form feed at the
   * end of a page's last line */
  const char text[] = "【小哥驿站开进商圈】\n"
                      "　　外卖员、快递员有了歇脚的地方，首批驿站投入使用。\n"
                      "　　驿站由商户、物业和社区共同出资建设。\n"
                      "文/本报记者　闵若溪\f\n"
                      "第二版　专题\n"
                      "【南湖公园冰场开放】\n"
                      "　　南湖公园冰场日前开放，每天9时至17时开放。\n";
  unsigned char *bytes = malloc(4 * sizeof text + 2);
  bytes[0] = 0xFF;
  bytes[1] = 0xFE;
  size_t n = 2 + put_utf16le_crlf(bytes + 2, text);
  tb_issue *utf16 = parse_byte_count("word.txt", (const char *)bytes, n);
  tb_issue *utf8 = parse_bytes("word.txt", text);
  assert_int_equal(utf16->article_count, 2);
  assert_int_equal(utf16->article_count, utf8->article_count);
  for (size_t i = 0; i < utf16->article_count; i++) {
    assert_string_equal(utf16->articles[i].headline, utf8->articles[i].headline);
    assert_int_equal(utf16->articles[i].paragraphs.count, utf8->articles[i].paragraphs.count);
    for (size_t k = 0; k < utf16->articles[i].paragraphs.count; k++)
      assert_null(strchr(utf16->articles[i].paragraphs.items[k], '\r'));
  }
  assert_string_equal(utf16->articles[0].byline, "文/本报记者　闵若溪");
  assert_string_equal(utf16->articles[1].headline, "南湖公园冰场开放");
  /* the same bytes with no byte-order mark, as some tools write them */
  tb_error err;
  tb_error_clear(&err);
  tb_source_doc *doc = NULL;
  if (tb_source_load_bytes("word.txt", bytes + 2, n - 2, &doc, &err) != TB_OK)
    fail_msg("BOM-less UTF-16LE: %s", err.message);
  assert_string_equal(doc->encoding, "UTF-16LE");
  assert_non_null(strstr(doc->text, "南湖公园冰场开放"));
  tb_source_doc_free(doc);
  /* big-endian: swap every pair */
  for (size_t i = 2; i + 1 < n; i += 2) {
    unsigned char low = bytes[i];
    bytes[i] = bytes[i + 1];
    bytes[i + 1] = low;
  }
  assert_int_equal(tb_source_load_bytes("word.txt", bytes + 2, n - 2, &doc, &err), TB_OK);
  assert_string_equal(doc->encoding, "UTF-16BE");
  assert_non_null(strstr(doc->text, "小哥驿站开进商圈"));
  tb_source_doc_free(doc);
  free(bytes);
  tb_issue_free(utf16);
  tb_issue_free(utf8);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(bold_lines_are_titles_and_crossheads),
      cmocka_unit_test(bracketed_title_heads_a_story_and_beats_a_plain_kicker),
      cmocka_unit_test(column_name_before_a_bar_is_its_own_unit),
      cmocka_unit_test(page_lines_editors_and_imprint_are_furniture),
      cmocka_unit_test(introduction_is_an_editor_note),
      cmocka_unit_test(letters_are_signed_by_their_readers),
      cmocka_unit_test(unicode_text_export_reads_like_utf8),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
