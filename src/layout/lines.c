/* Splits a document into its non-blank lines, cleans each, and gives each the features and the
 * first, context-free class that para.c builds on. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

/* The masthead sits in the first lines, before any story starts. */
enum { MASTHEAD_LINES = 25 };

static int atx_level(const char *s, const char **text) {
  int level = 0;
  while (s[level] == '#')
    level++;
  if (level < 1 || level > 6 || (s[level] != ' ' && s[level] != '\t')) return 0;
  *text = s + level;
  return level;
}

static bool is_rule(const char *s) {
  char c = s[0];
  if (c != '-' && c != '=' && c != '*' && c != '_') return false;
  size_t n = 0;
  for (; *s; s++) {
    if (*s == c)
      n++;
    else if (*s != ' ')
      return false;
  }
  return n >= 3;
}

/* Markdown inline syntax a listener must not hear: emphasis, images, link targets, quotes. */
static char *strip_markdown_inline(const char *s) {
  tb_strbuf out;
  tb_strbuf_init(&out);
  while (*s == '>' || *s == ' ')
    s++;
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') s += 2;
  for (const char *p = s; *p;) {
    if (p[0] == '!' && p[1] == '[') {
      const char *close = strstr(p, "](");
      const char *end = close ? strchr(close, ')') : NULL;
      if (end) {
        p = end + 1;
        continue;
      }
    }
    if (p[0] == '[') {
      const char *close = strstr(p, "](");
      const char *end = close ? strchr(close, ')') : NULL;
      if (end && !memchr(p, '\n', (size_t)(end - p))) {
        tb_strbuf_append(&out, p + 1, (size_t)(close - p - 1));
        p = end + 1;
        continue;
      }
    }
    if ((p[0] == '*' && p[1] == '*') || (p[0] == '_' && p[1] == '_')) {
      p += 2;
      continue;
    }
    if (p[0] == '`') {
      p++;
      continue;
    }
    tb_strbuf_putc(&out, *p++);
  }
  return tb_strbuf_take(&out);
}

static void push(tb_llines *out, const tb_lline *l) {
  tb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
  out->items[out->count++] = *l;
}

/* Removes a 上接/下转 marker from the line, noting which it was. */
static void take_jump(tb_lline *l) {
  size_t a, b;
  bool to;
  if (!tb_layout_find_jump(l->text, &a, &b, &to)) return;
  size_t n = strlen(l->text);
  char *rest = tb_xmalloc(n + 1);
  memcpy(rest, l->text, a);
  memcpy(rest + a, l->text + b, n - b + 1);
  char *trimmed = tb_lo_trim(rest, strlen(rest));
  free(rest);
  free(l->text);
  l->text = trimmed;
  if (to) {
    if (!l->text[0])
      l->kind = TB_LINE_JUMP_TO;
    else
      l->jump_to = true;
  } else {
    l->jump_from = true;
  }
}

static void classify(tb_lline *l, bool masthead_zone) {
  const char *t = l->text;
  if (l->kind != TB_LINE_BODY) return;
  if (l->md_level) {
    l->kind = TB_LINE_HEADING;
    return;
  }
  if (tb_layout_is_furniture(t, masthead_zone)) {
    l->kind = TB_LINE_FURNITURE;
    return;
  }
  l->dateline = tb_layout_is_dateline(t);
  l->ednote = tb_layout_is_editor_note(t);
  if (l->dateline || l->ednote) return;
  if (tb_layout_is_caption_mark(t)) {
    l->kind = TB_LINE_CAPTION;
    return;
  }
  tb_credit_kind ck = tb_layout_credit_kind(t);
  if (ck == TB_CREDIT_PHOTO) {
    l->kind = TB_LINE_CREDIT;
    return;
  }
  if (ck == TB_CREDIT_TEXT || tb_layout_is_byline_line(t)) {
    l->kind = TB_LINE_BYLINE;
    return;
  }
  l->list_no = tb_layout_list_number(t);
}

void tb_layout_lines_build(const char *text, bool markdown, tb_llines *out) {
  memset(out, 0, sizeof *out);
  int blanks = 0;
  bool pending_from = false, seen_story = false;
  size_t lineno = 0;
  for (const char *p = text; *p || p == text;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    lineno++;
    uint32_t first = 0;
    if (n) tb_utf8_decode(p, n, &first);
    char *raw = tb_lo_trim(p, n);
    p += n + (nl ? 1 : 0);
    if (!raw[0] || (markdown && is_rule(raw) && out->count == 0)) {
      free(raw);
      blanks++;
      if (!nl) break;
      continue;
    }
    tb_lline l = {0};
    l.lineno = lineno;
    l.blank_before = blanks;
    l.indent = tb_is_space_cp(first) || first == '\t';
    const char *body = raw;
    const char *after_hashes;
    int level = atx_level(raw, &after_hashes);
    char *md = NULL;
    if (level) {
      md = tb_lo_trim(after_hashes, strlen(after_hashes));
      size_t m = strlen(md); /* closing hashes of "## title ##" */
      while (m > 0 && md[m - 1] == '#')
        md[--m] = '\0';
      body = md;
    } else if (markdown && is_rule(raw)) {
      /* a setext underline makes the line above a heading; otherwise a rule is a blank */
      if (raw[0] == '=' || raw[0] == '-') {
        if (blanks == 0 && out->count > 0 && out->items[out->count - 1].kind == TB_LINE_BODY) {
          out->items[out->count - 1].md_level = raw[0] == '=' ? 1 : 2;
          out->items[out->count - 1].kind = TB_LINE_HEADING;
          free(raw);
          if (!nl) break;
          continue;
        }
      }
      free(raw);
      blanks++;
      if (!nl) break;
      continue;
    }
    if (markdown) {
      char *plain = strip_markdown_inline(body);
      free(md);
      md = plain;
      body = md;
    }
    char *cleaned = tb_layout_clean_line(body);
    free(md);
    free(raw);
    l.text = tb_lo_trim(cleaned, strlen(cleaned));
    free(cleaned);
    l.md_level = level;
    l.kind = TB_LINE_BODY;
    take_jump(&l);
    if (pending_from) l.jump_from = true;
    pending_from = false;
    if (!l.text[0] && l.kind == TB_LINE_BODY) {
      /* a line that was only a 上接 marker: the next line opens the continued part */
      pending_from = l.jump_from;
      free(l.text);
      if (!nl) break;
      continue;
    }
    bool zone = !seen_story && out->count < MASTHEAD_LINES;
    classify(&l, zone);
    if (l.dateline || l.kind == TB_LINE_HEADING) seen_story = true;
    if (zone && l.kind == TB_LINE_FURNITURE) out->masthead_end = out->count + 1;
    l.width = tb_lo_width(l.text);
    push(out, &l);
    blanks = 0;
    if (!nl) break;
  }
}

void tb_layout_lines_free(tb_llines *lines) {
  for (size_t i = 0; i < lines->count; i++)
    free(lines->items[i].text);
  free(lines->items);
  memset(lines, 0, sizeof *lines);
}
