/* tb_layout_parse: dispatch on the document's format; the plain-text path (PDF extractions and
 * Markdown extracts) runs lines → items → articles. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

tb_status tb_layout_parse_plain(const tb_source_doc *doc, bool markdown, tb_issue *issue,
                                tb_error *err) {
  (void)err;
  tb_llines lines;
  tb_items items;
  if (markdown) /* markdown.c: libcmark's blocks, then the shared assembly */
    tb_layout_markdown_lines(doc->text, &lines);
  else
    tb_layout_lines_build(doc->text, &lines);
  tb_layout_masthead(&lines, issue);
  if (markdown)
    tb_layout_markdown_items(&lines, &items);
  else
    tb_layout_items_build(&lines, &items);
  if (tb_log_get_level() >= TB_LOG_DEBUG) {
    static const char *const kinds[] = {"para", "head", "capt", "byln", "jump", "note"};
    for (size_t i = 0; i < items.count; i++) {
      const tb_item *it = &items.items[i];
      char *head = tb_utf8_prefix(it->text, 30);
      tb_log(TB_LOG_DEBUG, "layout: L%zu-%zu %s%s%s %s", it->first_line, it->last_line,
             kinds[it->kind], it->dateline ? " dateline" : "", it->jump_from ? " from" : "", head);
      free(head);
    }
  }
  tb_layout_pair(&items, issue);
  tb_layout_items_free(&items);
  tb_layout_lines_free(&lines);
  return TB_OK;
}

tb_status tb_layout_parse(const tb_source_doc *doc, tb_issue **out, tb_error *err) {
  *out = NULL;
  const char *name = doc->name ? doc->name : "<input>";
  if (doc->format == TB_FORMAT_JSON) {
    tb_status s = tb_issue_from_json(name, doc->text ? doc->text : "", out, err);
    /* not our schema: a newsroom's own, read by shape; its error stands when that finds none */
    if (s != TB_OK && tb_layout_parse_json_foreign(doc, out)) {
      tb_error_clear(err);
      s = TB_OK;
    }
    if (s != TB_OK) return s;
    if (!(*out)->article_count) {
      tb_issue_free(*out);
      *out = NULL;
      return tb_error_set(err, TB_ERR_INPUT, "%s: the issue has no article", name);
    }
    return TB_OK;
  }
  tb_issue *issue = tb_issue_new();
  const char *base = strrchr(name, '/');
  tb_set_string(&issue->source, base ? base + 1 : name);
  tb_status s;
  if (doc->format == TB_FORMAT_HTML)
    s = tb_layout_parse_html(doc, issue, err);
  else
    s = tb_layout_parse_plain(doc, doc->format == TB_FORMAT_MARKDOWN, issue, err);
  if (s != TB_OK) {
    tb_issue_free(issue);
    return s;
  }
  if (!issue->article_count) {
    tb_issue_free(issue);
    return tb_error_set(err, TB_ERR_INPUT,
                        "%s: no article found (only page furniture, headings or captions)", name);
  }
  tb_layout_kinds(issue);
  tb_issue_assign_ids(issue);
  *out = issue;
  return TB_OK;
}
