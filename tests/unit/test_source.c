#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "source/source.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

static tb_source_doc *load(const char *name, const void *bytes, size_t n) {
  tb_source_doc *doc = NULL;
  tb_error err;
  tb_status s = tb_source_load_bytes(name, bytes, n, &doc, &err);
  if (s != TB_OK) fail_msg("unexpected error: %s", err.message);
  return doc;
}

static tb_status load_error(const char *name, const void *bytes, size_t n, tb_error *err) {
  tb_source_doc *doc = NULL;
  tb_status s = tb_source_load_bytes(name, bytes, n, &doc, err);
  assert_null(doc);
  return s;
}

static void plain_utf8_keeps_text_and_unifies_line_ends(void **state) {
  (void)state;
  const char text[] = "本报讯 3月9日\r\n区委书记\r第二行\n";
  tb_source_doc *doc = load("issue.txt", text, strlen(text));
  assert_string_equal(doc->text, "本报讯 3月9日\n区委书记\n第二行\n");
  assert_string_equal(doc->encoding, "UTF-8");
  assert_int_equal(doc->format, TB_FORMAT_TEXT);
  tb_source_doc_free(doc);
}

/* Extractors emit radical code points (⼀ U+2F00, ⺠ U+2EA0) and compatibility ideographs (U+F900)
 * for ordinary characters; the text carries the ordinary ones. A compatibility-block character
 * that is a unified ideograph of its own (﨑 U+FA11) and punctuation in the same blocks stay. */
static void radicals_and_compatibility_ideographs_become_unified(void **state) {
  (void)state;
  const char text[] = "⼀⼈⼤在⽇⽉之下，⺠生为本。\xEF\xA4\x80﨑‘’…\n";
  tb_source_doc *doc = load("issue.txt", text, strlen(text));
  assert_string_equal(doc->text, "一人大在日月之下，民生为本。豈﨑‘’…\n");
  tb_source_doc_free(doc);
}

static void bom_is_dropped(void **state) {
  (void)state;
  const char text[] = "\xEF\xBB\xBF新东城报";
  tb_source_doc *doc = load("a.txt", text, strlen(text));
  assert_string_equal(doc->text, "新东城报");
  tb_source_doc_free(doc);
}

static size_t convert_to(const char *to, const char *utf8, char *out, size_t room) {
  iconv_t cd = iconv_open(to, "UTF-8");
  assert_true(cd != (iconv_t)-1);
  char *in = (char *)utf8, *dst = out;
  size_t in_left = strlen(utf8), out_left = room;
  assert_int_not_equal(iconv(cd, &in, &in_left, &dst, &out_left), (size_t)-1);
  iconv_close(cd);
  return room - out_left;
}

static void utf16_with_bom_is_converted(void **state) {
  (void)state;
  char buf[256] = {(char)0xFF, (char)0xFE};
  size_t n = convert_to("UTF-16LE", "东城区召开会议。\n", buf + 2, sizeof buf - 2) + 2;
  tb_source_doc *doc = load("a.txt", buf, n);
  assert_string_equal(doc->text, "东城区召开会议。\n");
  assert_string_equal(doc->encoding, "UTF-16LE");
  tb_source_doc_free(doc);
}

static void gb18030_is_detected(void **state) {
  (void)state;
  char buf[512];
  const char *utf8 = "本报讯（记者 王晓）东城区召开2026年工作会议，部署全年重点任务。\n";
  size_t n = convert_to("GB18030", utf8, buf, sizeof buf);
  tb_source_doc *doc = load("gbk.txt", buf, n);
  assert_string_equal(doc->text, utf8);
  assert_string_equal(doc->encoding, "GB18030");
  tb_source_doc_free(doc);
}

static void invalid_utf8_names_line_and_offset(void **state) {
  (void)state;
  tb_error err;
  const char text[] = "第一行\n第二行\xFF\xFE\x80\x80 rest\n";
  assert_int_equal(load_error("bad.txt", text, strlen(text), &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "bad.txt:2:"));
  assert_non_null(strstr(err.message, "byte offset 19"));
}

static void binary_and_empty_are_refused(void **state) {
  (void)state;
  tb_error err;
  const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  assert_int_equal(load_error("x.png", png, sizeof png, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "binary"));
  assert_int_equal(load_error("empty.txt", "", 0, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "empty"));
  assert_int_equal(load_error("blank.txt", " \n\t\n", 4, &err), TB_ERR_INPUT);
  /* Random high bytes must not pass as GB18030. */
  unsigned char junk[4096];
  uint32_t x = 12345;
  for (size_t i = 0; i < sizeof junk; i++) {
    x = x * 1103515245 + 12345;
    junk[i] = (unsigned char)(0x80 | (x >> 16));
  }
  assert_int_equal(load_error("junk.bin", junk, sizeof junk, &err), TB_ERR_INPUT);
}

static void format_comes_from_content_then_name(void **state) {
  (void)state;
  const char md[] = "# 标题一\n\n正文。\n\n## 标题二\n\n正文。\n";
  const char html[] = "<!DOCTYPE html><html><body><h1>标题</h1><p>正文</p></body></html>";
  const char json[] = "{\"articles\": []}\n";
  const char text[] = "标题\n\n正文。\n";
  struct {
    const char *name, *text;
    tb_format want;
  } cases[] = {{"x.txt", md, TB_FORMAT_MARKDOWN},  {"x.txt", html, TB_FORMAT_HTML},
               {"x.txt", json, TB_FORMAT_JSON},    {"x.txt", text, TB_FORMAT_TEXT},
               {"x.md", text, TB_FORMAT_MARKDOWN}, {"x.html", text, TB_FORMAT_HTML}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tb_source_doc *doc = load(cases[i].name, cases[i].text, strlen(cases[i].text));
    assert_int_equal(doc->format, cases[i].want);
    tb_source_doc_free(doc);
  }
}

static void missing_file_and_directory_name_the_path(void **state) {
  (void)state;
  tb_source_doc *doc;
  tb_error err;
  assert_int_equal(tb_source_load_file("/nonexistent/issue.txt", &doc, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "/nonexistent/issue.txt"));
  assert_int_equal(tb_source_load_file("/tmp", &doc, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "directory"));
}

static void fixture_issues_decode(void **state) {
  (void)state;
  const char *names[] = {"xindongcheng-2026-03-10.txt", "xindongcheng-2025-02-column-layout.txt",
                         "tongzhou-markdown-extract.txt"};
  for (size_t i = 0; i < 3; i++) {
    char *path = tb_path_join(TB_TEST_FIXTURES, names[i]);
    tb_source_doc *doc;
    tb_error err;
    assert_int_equal(tb_source_load_file(path, &doc, &err), TB_OK);
    assert_true(doc->length > 10000);
    assert_null(strchr(doc->text, '\r'));
    tb_source_doc_free(doc);
    free(path);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(plain_utf8_keeps_text_and_unifies_line_ends),
      cmocka_unit_test(radicals_and_compatibility_ideographs_become_unified),
      cmocka_unit_test(bom_is_dropped),
      cmocka_unit_test(utf16_with_bom_is_converted),
      cmocka_unit_test(gb18030_is_detected),
      cmocka_unit_test(invalid_utf8_names_line_and_offset),
      cmocka_unit_test(binary_and_empty_are_refused),
      cmocka_unit_test(format_comes_from_content_then_name),
      cmocka_unit_test(missing_file_and_directory_name_the_path),
      cmocka_unit_test(fixture_issues_decode),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
