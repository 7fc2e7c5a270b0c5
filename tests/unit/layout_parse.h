/* Shared by the layout unit tests: an issue parsed from bytes held in the test, as `tingbao parse`
 * does it (source decoding, then layout). Include after cmocka.h. */
#ifndef TB_TEST_LAYOUT_PARSE_H
#define TB_TEST_LAYOUT_PARSE_H

#include "layout/layout.h"

#include <string.h>

/* The issue of n bytes named name; the caller frees it with tb_issue_free. Fails the test when
 * the bytes cannot be decoded or parsed. */
static inline tb_issue *parse_byte_count(const char *name, const char *bytes, size_t n) {
  tb_error err;
  tb_error_clear(&err);
  tb_source_doc *doc = NULL;
  if (tb_source_load_bytes(name, (const unsigned char *)bytes, n, &doc, &err) != TB_OK)
    fail_msg("load: %s", err.message);
  tb_issue *issue = NULL;
  tb_status s = tb_layout_parse(doc, &issue, &err);
  tb_source_doc_free(doc);
  if (s != TB_OK) fail_msg("parse: %s", err.message);
  return issue;
}

/* The same for a NUL-terminated text. */
static inline tb_issue *parse_bytes(const char *name, const char *text) {
  return parse_byte_count(name, text, strlen(text));
}

/* The article of issue headed headline; fails the test when there is none. */
static inline const tb_article *find_article(const tb_issue *issue, const char *headline) {
  for (size_t i = 0; i < issue->article_count; i++)
    if (issue->articles[i].headline && strcmp(issue->articles[i].headline, headline) == 0)
      return &issue->articles[i];
  fail_msg("no article headed %s", headline);
  return NULL;
}

#endif
