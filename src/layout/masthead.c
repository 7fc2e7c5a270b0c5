/* The issue's masthead (publication, date, issue number) and each article's kind. */
#include "layout_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int read_int(const char **p, int max_digits) {
  int v = 0, d = 0;
  while (**p >= '0' && **p <= '9' && d < max_digits)
    v = v * 10 + (*(*p)++ - '0'), d++;
  return d ? v : -1;
}

/* "2026年3月10日" anywhere in s → "2026-03-10" (caller frees), or NULL. */
static char *find_date(const char *s) {
  for (const char *p = strstr(s, "年"); p; p = strstr(p + 1, "年")) {
    const char *y = p;
    int digits = 0;
    while (y > s && y[-1] >= '0' && y[-1] <= '9' && digits < 4)
      y--, digits++;
    if (digits != 4) continue;
    const char *q = y;
    int year = read_int(&q, 4);
    q += strlen("年");
    int month = read_int(&q, 2);
    if (month < 1 || month > 12 || !tb_lo_starts(q, "月")) continue;
    q += strlen("月");
    int day = read_int(&q, 2);
    if (day < 1 || day > 31 || !tb_lo_starts(q, "日")) continue;
    return tb_xasprintf("%04d-%02d-%02d", year, month, day);
  }
  return NULL;
}

/* "总第1529期" (preferred) or "第12期" as printed, or NULL. */
static char *find_issue_no(const char *s) {
  const char *p = strstr(s, "总第");
  if (!p) p = strstr(s, "第");
  if (!p) return NULL;
  const char *q = p + (tb_lo_starts(p, "总第") ? strlen("总第") : strlen("第"));
  while (*q == ' ')
    q++;
  const char *d = q;
  while (*q >= '0' && *q <= '9')
    q++;
  if (q == d || !tb_lo_starts(q, "期")) return NULL;
  q += strlen("期");
  char *raw = tb_xstrndup(p, (size_t)(q - p));
  return raw;
}

void tb_layout_masthead(const tb_llines *lines, tb_issue *issue) {
  size_t end = lines->masthead_end;
  for (size_t i = 0; i < end && i < lines->count; i++) {
    const tb_lline *l = &lines->items[i];
    if (l->kind != TB_LINE_FURNITURE) continue;
    if (!issue->date) issue->date = find_date(l->text);
    if (!issue->issue_no || !tb_lo_starts(issue->issue_no, "总第")) {
      char *no = find_issue_no(l->text);
      if (no && (!issue->issue_no || tb_lo_starts(no, "总第"))) {
        free(issue->issue_no);
        issue->issue_no = no;
      } else {
        free(no);
      }
    }
    if (!issue->publication && tb_layout_is_publication_name(l->text))
      issue->publication = tb_xstrdup(l->text);
  }
}

/* "2026-07-14" at the start of s (a <time datetime>, a meta date) → a copy, or NULL. */
static char *iso_date(const char *s) {
  const char *q = s;
  int year = read_int(&q, 4);
  if (year < 1900 || *q != '-') return NULL;
  q++;
  int month = read_int(&q, 2);
  if (month < 1 || month > 12 || *q != '-') return NULL;
  q++;
  int day = read_int(&q, 2);
  if (day < 1 || day > 31) return NULL;
  return tb_xasprintf("%04d-%02d-%02d", year, month, day);
}

void tb_layout_masthead_text(const char *text, tb_issue *issue) {
  char *copy = tb_xstrdup(text);
  char *save = NULL;
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (!issue->date) issue->date = find_date(line);
    if (!issue->date) issue->date = iso_date(line);
    if (!issue->issue_no) issue->issue_no = find_issue_no(line);
    if (issue->publication) continue;
    /* "大兴报 - 第123期 - 2026年7月14日", "新闻中心_大兴报": the name is one of the pieces */
    tb_strbuf piece;
    tb_strbuf_init(&piece);
    for (const char *p = line;;) {
      uint32_t cp = 0;
      size_t used = *p ? tb_utf8_decode(p, strlen(p), &cp) : 0;
      bool separator = !used || cp == ' ' || cp == '\t' || cp == '-' || cp == '_' || cp == '|' ||
                       cp == '/' || cp == ':' || cp == 0xB7 || cp == 0x2014 || cp == 0x2013 ||
                       cp == 0xFF1A || cp == 0x3001 || cp == 0xFF0C || cp == 0x3000;
      if (separator) {
        if (piece.len && !issue->publication && tb_layout_is_publication_name(piece.data))
          issue->publication = tb_xstrdup(piece.data);
        tb_strbuf_clear(&piece);
      } else {
        tb_strbuf_put_codepoint(&piece, cp);
      }
      if (!used) break;
      p += used;
    }
    tb_strbuf_free(&piece);
  }
  free(copy);
}

static bool any(const char *s, const char *const *words, size_t n) {
  for (size_t i = 0; s && i < n; i++)
    if (strstr(s, words[i])) return true;
  return false;
}

enum { SALUTATION_CHARS = 10 };

/* A letter to the editor opens by addressing the editor on a line of its own ("编辑同志：",
 * "尊敬的编辑："): readers' letters are opinion. */
static bool to_the_editor(const tb_article *a) {
  if (!a->paragraphs.count) return false;
  const char *first = a->paragraphs.items[0];
  return tb_lo_ends(first, "：") && strstr(first, "编辑") &&
         tb_utf8_length(first) <= SALUTATION_CHARS && !tb_layout_has_clause_mark(first);
}

void tb_layout_kinds(tb_issue *issue) {
  static const char *const notice[] = {"通知", "公告", "启事", "通告", "公示", "声明"};
  for (size_t i = 0; i < issue->article_count; i++) {
    tb_article *a = &issue->articles[i];
    if (a->kind != TB_KIND_NEWS) continue;
    size_t listed = 0;
    for (size_t k = 0; k < a->paragraphs.count; k++)
      if (tb_layout_list_number(a->paragraphs.items[k])) listed++;
    const char *by = a->byline ? a->byline : "";
    bool dated = a->paragraphs.count && tb_layout_is_dateline(a->paragraphs.items[0]);
    if (a->paragraphs.count >= 3 && listed * 5 >= a->paragraphs.count * 3)
      a->kind = TB_KIND_LIST;
    else if (any(a->headline, notice, sizeof notice / sizeof *notice))
      a->kind = TB_KIND_NOTICE;
    else if (!dated && (tb_lo_starts(by, "□") || tb_lo_starts(by, "■") || to_the_editor(a)))
      a->kind = TB_KIND_OPINION;
    else if (a->paragraphs.count == 1 && a->captions.count == 0 && tb_lo_ends(by, "摄"))
      a->kind = TB_KIND_PHOTO;
    else if (a->crosshead_count || strstr(by, "文/") || strstr(by, "文并摄") ||
             (!dated && a->paragraphs.count >= 8))
      a->kind = TB_KIND_FEATURE;
  }
}
