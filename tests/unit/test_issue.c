#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "issue/issue.h"

#include <stdlib.h>
#include <string.h>

static tb_issue *sample_issue(void) {
  tb_issue *issue = tb_issue_new();
  tb_set_string(&issue->publication, "新东城报");
  tb_set_string(&issue->date, "2026-03-10");
  tb_set_string(&issue->issue_no, "总第1529期");
  tb_article *a = tb_issue_add_article(issue);
  tb_set_string(&a->headline, "练就干事创业真本领");
  tb_strlist_push(&a->subheadlines, "孙新军讲授“开学第一课”");
  tb_strlist_push(&a->paragraphs, "本报讯 3月9日，区委书记孙新军讲课。");
  tb_strlist_push(&a->paragraphs, "第二段。");
  tb_article_add_crosshead(a, 1, "小标题");
  tb_strlist_push(&a->captions, "图为会议现场。");
  a = tb_issue_add_article(issue);
  a->kind = TB_KIND_OPINION;
  tb_set_string(&a->headline, "评论");
  tb_set_string(&a->byline, "记者 王晓");
  tb_set_string(&a->column, "知与行");
  a->continued = true;
  tb_strlist_push(&a->paragraphs, "评论正文。");
  tb_issue_assign_ids(issue);
  return issue;
}

static void json_has_the_documented_fields(void **state) {
  (void)state;
  tb_issue *issue = sample_issue();
  json_t *o = tb_issue_to_json(issue);
  const char *top[] = {"publication", "date", "issue_no", "articles"};
  for (size_t i = 0; i < 4; i++)
    assert_non_null(json_object_get(o, top[i]));
  json_t *a = json_array_get(json_object_get(o, "articles"), 0);
  const char *fields[] = {"id",         "kind",       "headline", "subheadlines", "byline",
                          "paragraphs", "crossheads", "captions", "editor_note",  "continued"};
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    assert_non_null(json_object_get(a, fields[i]));
  assert_string_equal(json_string_value(json_object_get(a, "id")), "a01");
  assert_string_equal(json_string_value(json_object_get(a, "kind")), "news");
  json_t *crosshead = json_array_get(json_object_get(a, "crossheads"), 0);
  assert_int_equal(json_integer_value(json_object_get(crosshead, "before")), 1);
  json_decref(o);
  tb_issue_free(issue);
}

static void json_round_trips(void **state) {
  (void)state;
  tb_issue *issue = sample_issue();
  char *text = tb_issue_to_json_text(issue);
  assert_non_null(strstr(text, "新东城报")); /* UTF-8, not \u escapes */
  tb_issue *back;
  tb_error err;
  assert_int_equal(tb_issue_from_json("x.json", text, &back, &err), TB_OK);
  char *again = tb_issue_to_json_text(back);
  /* The source name differs by design; everything else must survive. */
  json_t *a = json_loads(text, 0, NULL), *b = json_loads(again, 0, NULL);
  json_object_del(a, "source");
  json_object_del(b, "source");
  assert_true(json_equal(a, b));
  json_decref(a);
  json_decref(b);
  assert_int_equal(back->articles[1].kind, TB_KIND_OPINION);
  assert_true(back->articles[1].continued);
  free(text);
  free(again);
  tb_issue_free(back);
  tb_issue_free(issue);
}

static void bad_json_names_file_and_line(void **state) {
  (void)state;
  tb_issue *issue;
  tb_error err;
  assert_int_equal(tb_issue_from_json("in.json", "{\n\"articles\": [\n  {,}\n]}", &issue, &err),
                   TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "in.json:3:"));
  assert_int_equal(tb_issue_from_json("in.json", "{\"articles\": []}", &issue, &err), TB_ERR_INPUT);
  assert_int_equal(
      tb_issue_from_json("in.json", "{\"articles\": [{\"headline\": 5}]}", &issue, &err),
      TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "article 1"));
  assert_int_equal(tb_issue_from_json("in.json",
                                      "{\"articles\": [{\"headline\": \"h\", \"kind\": \"ad\"}]}",
                                      &issue, &err),
                   TB_ERR_INPUT);
}

static void remove_keeps_order_and_outline_lists_all(void **state) {
  (void)state;
  tb_issue *issue = sample_issue();
  tb_article *third = tb_issue_add_article(issue);
  tb_set_string(&third->headline, "第三篇");
  tb_issue_remove_article(issue, 1);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "第三篇");
  char *outline = tb_issue_outline(issue);
  assert_non_null(strstr(outline, "练就干事创业真本领"));
  assert_non_null(strstr(outline, "第三篇"));
  assert_non_null(strstr(outline, "2 paragraphs"));
  free(outline);
  tb_issue_free(issue);
}

static void newsroom_json_is_tidied(void **state) {
  (void)state;
  static const char text[] =
      "{\"publication\": \"大石河报\", \"cms_uuid\": \"x-1\", \"articles\": [{\"headline\": "
      "\"&ldquo;引水&rdquo;工程&amp;管网\", \"byline\": \"\", \"editor_note\": "
      "\"编者按：一。\\n二&nbsp;。\", \"tags\": [1],"
      "\"paragraphs\": [\"\u3000\u3000本报讯&nbsp;今年全区新建管网\\n12公里。\", \"\", "
      "\"第二段跨了\\r\\n一行，A\\nB。\", \"  \"], \"crossheads\": [{\"before\": 2, \"text\": "
      "\"小标题\"}]}, {\"headline\": \"\", \"paragraphs\": [\"\"]}]}";
  tb_issue *issue = NULL;
  tb_error err;
  assert_int_equal(tb_issue_from_json("cms.json", text, &issue, &err), TB_OK);
  assert_int_equal(issue->article_count, 1); /* the empty one is gone */
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "“引水”工程&管网");
  assert_null(a->byline);
  assert_string_equal(a->editor_note, "编者按：一。\n二 。"); /* its paragraphs kept */
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[0], "本报讯 今年全区新建管网12公里。");
  assert_string_equal(a->paragraphs.items[1], "第二段跨了一行，A B。");
  assert_int_equal(a->crosshead_count, 1);
  assert_int_equal(a->crossheads[0].before, 1); /* still before the second paragraph */
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(json_has_the_documented_fields),
      cmocka_unit_test(json_round_trips),
      cmocka_unit_test(newsroom_json_is_tidied),
      cmocka_unit_test(bad_json_names_file_and_line),
      cmocka_unit_test(remove_keeps_order_and_outline_lists_all),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
