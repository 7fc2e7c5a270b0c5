/* JSON in a newsroom's own schema (a CMS export, a WordPress REST answer, a JSON Feed): the
 * articles are found by shape, not by one schema's names. Candidates are objects in arrays
 * (at any depth: pages → stories, data.list, items) that carry a short title and a long body or
 * a photo caption. Fields are mapped by their names (English, pinyin, Chinese) and, where the
 * names say nothing, by the shape of their values. Bodies in HTML are read by the HTML reader
 * (html.c) inside a synthetic <article>, after a few CMS habits are made explicit: bold-only
 * paragraphs are crossheads, an indent after a single <br> starts a paragraph, an image's alt
 * text is a caption. Plain-text bodies are split at blank lines, or at line breaks. This file
 * builds the articles from the candidates' fields (json_fields.c) and bodies (json_body.c). */
#include "json_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- articles ----------------------------------------------------------------------------- */

static void set_kind(tb_article *a, const char *kind) {
  if (!kind) return;
  static const struct {
    const char *word;
    tb_article_kind kind;
  } kinds[] = {{"photo", TB_KIND_PHOTO},     {"图片", TB_KIND_PHOTO},   {"组图", TB_KIND_PHOTO},
               {"opinion", TB_KIND_OPINION}, {"评论", TB_KIND_OPINION}, {"时评", TB_KIND_OPINION},
               {"feature", TB_KIND_FEATURE}, {"特稿", TB_KIND_FEATURE}, {"通讯", TB_KIND_FEATURE},
               {"notice", TB_KIND_NOTICE},   {"公告", TB_KIND_NOTICE},  {"通知", TB_KIND_NOTICE}};
  for (size_t i = 0; i < COUNT(kinds); i++)
    if (foreign_has_word(kind, kinds[i].word)) {
      a->kind = kinds[i].kind;
      return;
    }
}

static bool caption_known(const tb_article *a, const char *c) {
  for (size_t i = 0; i < a->captions.count; i++)
    if (strstr(a->captions.items[i], c)) return true;
  return false;
}

/* The text is its captions and nothing else (html.c makes a lone caption the text). */
static bool text_is_captions(const tb_article *a) {
  if (!a->paragraphs.count || a->paragraphs.count != a->captions.count) return false;
  for (size_t i = 0; i < a->paragraphs.count; i++)
    if (strcmp(a->paragraphs.items[i], a->captions.items[i]) != 0) return false;
  return true;
}

/* "（记者 张三）" printed as the last paragraph: the byline is what the brackets hold. */
static void unbracket(char *s) {
  static const char *const pairs[][2] = {{"（", "）"}, {"(", ")"}, {"【", "】"}};
  size_t n = s ? strlen(s) : 0;
  for (size_t i = 0; i < COUNT(pairs); i++) {
    size_t open = strlen(pairs[i][0]), close = strlen(pairs[i][1]);
    if (n > open + close && tb_lo_starts(s, pairs[i][0]) && tb_lo_ends(s, pairs[i][1])) {
      memmove(s, s + open, n - open - close);
      s[n - open - close] = '\0';
      return;
    }
  }
}

/* Builds one article from its fields; false when the item is not a story. */
static bool build_article(const fields *f, tb_article *a) {
  const char *title = foreign_title_of(f), *body = foreign_body_of(f);
  if (!title || foreign_is_advert(f)) return false;
  a->headline = tb_lo_trim(title, strlen(title));
  if (f->text[ROLE_KICKER]) tb_strlist_push(&a->subheadlines, f->text[ROLE_KICKER]);
  if (f->text[ROLE_SUBTITLE]) tb_strlist_push(&a->subheadlines, f->text[ROLE_SUBTITLE]);
  if (body) foreign_read_body(body, a);
  /* an image's alt text often repeats its caption: each caption once */
  tb_strlist body_captions = a->captions;
  a->captions = (tb_strlist){0};
  for (size_t i = 0; i < body_captions.count; i++)
    if (!caption_known(a, body_captions.items[i]))
      tb_strlist_push(&a->captions, body_captions.items[i]);
  tb_strlist_free(&body_captions);
  for (size_t i = 0; i < f->captions.count; i++)
    if (!caption_known(a, f->captions.items[i]))
      tb_strlist_push(&a->captions, f->captions.items[i]);
  /* ▲ and 图为 paragraphs are captions printed in the text */
  for (size_t i = a->paragraphs.count; i-- > 0;) {
    if (!tb_layout_is_caption_mark(a->paragraphs.items[i]) || a->paragraphs.count < 2) continue;
    tb_strlist_push(&a->captions, a->paragraphs.items[i]);
    free(a->paragraphs.items[i]);
    memmove(&a->paragraphs.items[i], &a->paragraphs.items[i + 1],
            (a->paragraphs.count - i - 1) * sizeof *a->paragraphs.items);
    a->paragraphs.count--;
  }
  const char *by = f->text[ROLE_BYLINE] ? f->text[ROLE_BYLINE] : f->text[ROLE_SOURCE];
  if (!a->byline && by) a->byline = tb_xstrdup(by);
  bool photo = !a->paragraphs.count && a->captions.count;
  if (photo) /* a photo story: its captions are its text */
    for (size_t i = 0; i < a->captions.count; i++)
      tb_strlist_push(&a->paragraphs, a->captions.items[i]);
  photo = photo || text_is_captions(a);
  if (photo) {
    a->kind = TB_KIND_PHOTO;
    if (!a->byline && f->photo_credit) a->byline = tb_xstrdup(f->photo_credit);
  }
  if (!a->paragraphs.count) return false;
  unbracket(a->byline);
  if (!photo) set_kind(a, f->text[ROLE_KIND]);
  if (!photo && a->kind == TB_KIND_NEWS) set_kind(a, f->text[ROLE_COLUMN]);
  if (a->kind == TB_KIND_NEWS && a->byline && strstr(a->byline, "评论员"))
    a->kind = TB_KIND_OPINION;
  const char *column = f->text[ROLE_COLUMN];
  if (column && !foreign_has_html_tags(column) && tb_utf8_length(column) <= 8 &&
      tb_lo_first_cp(column) >= 0x2E80)
    a->column = tb_xstrdup(column);
  return true;
}

typedef struct {
  tb_issue *issue;
  size_t candidates; /* objects that read as stories, adverts included */
} finder;

static void find_articles(finder *fd, json_t *v, bool in_array) {
  if (json_is_array(v)) {
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) find_articles(fd, item, true);
    return;
  }
  if (!json_is_object(v)) return;
  if (in_array) {
    fields f = {0};
    foreign_read_fields(v, &f, 0);
    bool story = foreign_story_shaped(&f);
    if (story) {
      fd->candidates++;
      tb_article *a = tb_issue_add_article(fd->issue);
      if (!build_article(&f, a)) tb_issue_remove_article(fd->issue, fd->issue->article_count - 1);
    }
    foreign_fields_free(&f);
    if (story) return;
  }
  const char *key;
  json_t *m;
  json_object_foreach(v, key, m) {
    if (json_is_array(m) || json_is_object(m)) find_articles(fd, m, false);
  }
}

bool tb_layout_parse_json_foreign(const tb_source_doc *doc, tb_issue **out) {
  *out = NULL;
  json_t *root = json_loads(doc->text ? doc->text : "", 0, NULL);
  if (!root) return false;
  tb_issue *issue = tb_issue_new();
  const char *name = doc->name ? doc->name : "<input>";
  const char *base = strrchr(name, '/');
  tb_set_string(&issue->source, base ? base + 1 : name);
  finder fd = {.issue = issue};
  find_articles(&fd, root, false);
  if (!fd.candidates && json_is_object(root)) {
    find_articles(&fd, root, true); /* the file is one story */
  } else if (json_is_object(root)) {
    foreign_read_issue_fields(root, issue, 0);
  }
  json_decref(root);
  if (!issue->article_count) {
    tb_issue_free(issue);
    return false;
  }
  tb_issue_tidy(issue);
  tb_layout_kinds(issue);
  tb_issue_assign_ids(issue);
  *out = issue;
  return true;
}
