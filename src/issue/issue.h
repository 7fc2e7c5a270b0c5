/* issue: the model of one newspaper issue and its JSON form (DESIGN.md, `tingbao parse`). */
#ifndef TB_ISSUE_H
#define TB_ISSUE_H

#include "core/core.h"

#include <jansson.h>

typedef enum {
  TB_KIND_NEWS,
  TB_KIND_PHOTO,
  TB_KIND_FEATURE,
  TB_KIND_OPINION,
  TB_KIND_LIST,
  TB_KIND_NOTICE,
} tb_article_kind;

typedef struct {
  size_t before; /* index of the paragraph the crosshead precedes */
  char *text;
} tb_crosshead;

typedef struct {
  char *id; /* "a01", "a02", … in reading order (tb_issue_assign_ids) */
  tb_article_kind kind;
  char *headline; /* NULL when the page prints none */
  tb_strlist subheadlines;
  char *byline;          /* NULL when none */
  tb_strlist paragraphs; /* body only */
  tb_crosshead *crossheads;
  size_t crosshead_count, crosshead_cap;
  tb_strlist captions;
  char *editor_note;            /* 编者按, NULL when none */
  char *column;                 /* column title such as 知与行, NULL when none */
  bool continued;               /* parts on several pages were joined */
  size_t first_line, last_line; /* 1-based source lines, 0 when unknown */
} tb_article;

typedef struct {
  char *source;      /* file name the issue came from */
  char *publication; /* NULL when not printed */
  char *date;        /* YYYY-MM-DD, NULL when not printed */
  char *issue_no;    /* as printed, e.g. 总第1529期; NULL when not printed */
  tb_article *articles;
  size_t article_count, article_cap;
} tb_issue;

tb_issue *tb_issue_new(void); /* caller frees with tb_issue_free */
void tb_issue_free(tb_issue *issue);
/* Appends an empty news article; the pointer is borrowed and valid until the next append. */
tb_article *tb_issue_add_article(tb_issue *issue);
/* Removes article i, keeping the order of the others. */
void tb_issue_remove_article(tb_issue *issue, size_t i);
void tb_article_add_crosshead(tb_article *article, size_t before, const char *text);
/* Numbers the articles a01, a02, … in their current order. */
void tb_issue_assign_ids(tb_issue *issue);
/* Total characters of an article's spoken text (headline, subheadlines, paragraphs). */
size_t tb_article_text_length(const tb_article *article);

const char *tb_article_kind_name(tb_article_kind kind);
bool tb_article_kind_parse(const char *name, tb_article_kind *kind);

/* The issue as a JSON object (schema in DESIGN.md); caller owns the reference (json_decref). */
json_t *tb_issue_to_json(const tb_issue *issue);
/* The JSON text, indented, ending with a newline; caller frees. */
char *tb_issue_to_json_text(const tb_issue *issue);
/* Tidies text that came from elsewhere (a newsroom's JSON): HTML entities decoded, line breaks and
 * indents inside a text removed, empty strings made "none" and empty paragraphs dropped. */
void tb_issue_tidy(tb_issue *issue);
/* Reads the schema back, tidied (tb_issue_tidy). name is used in messages (with the line of a
 * syntax error). */
tb_status tb_issue_from_json(const char *name, const char *text, tb_issue **out, tb_error *err);
/* A plain-text outline for an editor: number, kind, headline, byline, paragraph count and the
 * first characters of the body, one article a block; caller frees. */
char *tb_issue_outline(const tb_issue *issue);

#endif
