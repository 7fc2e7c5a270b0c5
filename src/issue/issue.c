#include "issue.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {"news", "photo", "feature", "opinion", "list", "notice"};

const char *tb_article_kind_name(tb_article_kind kind) {
  return (unsigned)kind < sizeof kind_names / sizeof *kind_names ? kind_names[kind] : "news";
}

bool tb_article_kind_parse(const char *name, tb_article_kind *kind) {
  for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++) {
    if (strcmp(name, kind_names[i]) == 0) {
      *kind = (tb_article_kind)i;
      return true;
    }
  }
  return false;
}

tb_issue *tb_issue_new(void) {
  return tb_xcalloc(1, sizeof(tb_issue));
}

static void article_free(tb_article *a) {
  free(a->id);
  free(a->headline);
  tb_strlist_free(&a->subheadlines);
  free(a->byline);
  tb_strlist_free(&a->paragraphs);
  for (size_t i = 0; i < a->crosshead_count; i++)
    free(a->crossheads[i].text);
  free(a->crossheads);
  tb_strlist_free(&a->captions);
  free(a->editor_note);
  free(a->column);
}

void tb_issue_free(tb_issue *issue) {
  if (!issue) return;
  for (size_t i = 0; i < issue->article_count; i++)
    article_free(&issue->articles[i]);
  free(issue->articles);
  free(issue->source);
  free(issue->publication);
  free(issue->date);
  free(issue->issue_no);
  free(issue);
}

tb_article *tb_issue_add_article(tb_issue *issue) {
  tb_grow((void **)&issue->articles, &issue->article_cap, issue->article_count + 1,
          sizeof *issue->articles);
  tb_article *a = &issue->articles[issue->article_count++];
  memset(a, 0, sizeof *a);
  a->kind = TB_KIND_NEWS;
  return a;
}

void tb_issue_remove_article(tb_issue *issue, size_t i) {
  if (i >= issue->article_count) return;
  article_free(&issue->articles[i]);
  memmove(&issue->articles[i], &issue->articles[i + 1],
          (issue->article_count - i - 1) * sizeof *issue->articles);
  issue->article_count--;
}

void tb_article_add_crosshead(tb_article *article, size_t before, const char *text) {
  tb_grow((void **)&article->crossheads, &article->crosshead_cap, article->crosshead_count + 1,
          sizeof *article->crossheads);
  article->crossheads[article->crosshead_count].before = before;
  article->crossheads[article->crosshead_count].text = tb_xstrdup(text);
  article->crosshead_count++;
}

void tb_issue_assign_ids(tb_issue *issue) {
  for (size_t i = 0; i < issue->article_count; i++) {
    free(issue->articles[i].id);
    issue->articles[i].id = tb_xasprintf("a%02zu", i + 1);
  }
}

size_t tb_article_text_length(const tb_article *a) {
  size_t n = a->headline ? tb_utf8_length(a->headline) : 0;
  for (size_t i = 0; i < a->subheadlines.count; i++)
    n += tb_utf8_length(a->subheadlines.items[i]);
  for (size_t i = 0; i < a->paragraphs.count; i++)
    n += tb_utf8_length(a->paragraphs.items[i]);
  return n;
}

char *tb_issue_outline(const tb_issue *issue) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb, "%s  %s  %s  (%zu articles)\n",
                   issue->publication ? issue->publication : "?", issue->date ? issue->date : "?",
                   issue->issue_no ? issue->issue_no : "?", issue->article_count);
  for (size_t i = 0; i < issue->article_count; i++) {
    const tb_article *a = &issue->articles[i];
    tb_strbuf_printf(&sb, "\n%2zu. [%s] %s\n", i + 1, tb_article_kind_name(a->kind),
                     a->headline ? a->headline : "(no headline)");
    for (size_t k = 0; k < a->subheadlines.count; k++)
      tb_strbuf_printf(&sb, "    sub: %s\n", a->subheadlines.items[k]);
    if (a->byline) tb_strbuf_printf(&sb, "    by: %s\n", a->byline);
    char *first = a->paragraphs.count ? tb_utf8_prefix(a->paragraphs.items[0], 30) : NULL;
    tb_strbuf_printf(&sb, "    %zu paragraphs%s%s: %s…\n", a->paragraphs.count,
                     a->continued ? ", continued" : "", a->captions.count ? ", captions" : "",
                     first ? first : "");
    free(first);
  }
  return tb_strbuf_take(&sb);
}
