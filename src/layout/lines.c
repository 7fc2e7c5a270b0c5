/* Splits a document into its non-blank lines, cleans each, and gives each the features and the
 * first, context-free class that para.c builds on. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

/* The masthead sits in the first lines, before any story starts. */
enum { MASTHEAD_LINES = 25 };

enum { PAPER_NAME_CHARS = 8 };

/* "**…**" or "__…__" around the whole line, with no emphasis closed inside it. */
static bool bold_line(const char *s) {
  size_t n = strlen(s);
  if (n <= 4) return false;
  bool stars = tb_lo_starts(s, "**") && tb_lo_ends(s, "**");
  bool lines = tb_lo_starts(s, "__") && tb_lo_ends(s, "__");
  if (!stars && !lines) return false;
  const char *inner = strstr(s + 2, stars ? "**" : "__");
  return inner == s + n - 2;
}

/* "● 东岳庙春季民俗展开展 4月3日起，…": a short item whose title runs into its text after a
 * bullet and a space. Returns the title with its bullet (caller frees) and leaves the text in
 * *line (which it rewrites); NULL when the line is not one. */
static char *split_run_in_title(char *line) {
  const char *named = tb_layout_after_bullet(line);
  if (named == line) return NULL;
  /* the title ends at the first space, ASCII or ideographic */
  const char *space = strchr(named, ' ');
  const char *wide_space = strstr(named, "\u3000");
  if (wide_space && (!space || wide_space < space)) space = wide_space;
  if (!space) return NULL;
  char *title = tb_xstrndup(line, (size_t)(space - line));
  const char *rest = space + (*space == ' ' ? 1 : strlen("\u3000"));
  while (*rest == ' ' || tb_lo_starts(rest, "\u3000"))
    rest += *rest == ' ' ? 1 : strlen("\u3000");
  bool punct_in_title = strstr(title, "，") || strstr(title, "。") || strstr(title, "：");
  size_t title_chars = tb_utf8_length(tb_layout_after_bullet(title));
  /* the run-in text is prose: it carries a clause mark or opens on a date or number ("■ 一间闲置房
   * 变身“胡同会客厅”" is a two-part title) */
  bool prose = strstr(rest, "，") || strstr(rest, "。") || strstr(rest, "、") ||
               strstr(rest, "；") || (rest[0] >= '0' && rest[0] <= '9');
  if (!prose || punct_in_title || title_chars < 5 || title_chars > 24 || tb_utf8_length(rest) < 6 ||
      !tb_layout_is_bullet_title(title)) {
    free(title);
    return NULL;
  }
  memmove(line, rest, strlen(rest) + 1);
  return title;
}

enum { COLUMN_TAG_CHARS_MAX = 6, BAR_TITLE_CHARS_MIN = 4 };

/* "记者手记｜让好机制长出“好物业”": a column's name, a bar, then the story's title, on one title
 * line. Returns the name (caller frees) and leaves the title in *line; NULL when the line is not
 * one (a bar inside a title with longer text before it is the title's own). */
static char *split_column_tag(char *line) {
  static const char *const bars[] = {"｜", "|", "丨"};
  for (size_t b = 0; b < sizeof bars / sizeof *bars; b++) {
    const char *bar = strstr(line, bars[b]);
    if (!bar || bar == line) continue;
    char *tag = tb_lo_trim(line, (size_t)(bar - line));
    const char *rest = bar + strlen(bars[b]);
    char *title = tb_lo_trim(rest, strlen(rest));
    size_t tag_chars = tb_utf8_length(tag);
    bool plain_tag = tag_chars >= 2 && tag_chars <= COLUMN_TAG_CHARS_MAX &&
                     !tb_lo_is_punct(tb_lo_last_cp(tag)) && !tb_layout_has_clause_mark(tag) &&
                     !strstr(tag, "“");
    if (!plain_tag || tb_utf8_length(title) < BAR_TITLE_CHARS_MIN || strstr(title, bars[b])) {
      free(tag);
      free(title);
      return NULL;
    }
    memmove(line, title, strlen(title) + 1);
    free(title);
    return tag;
  }
  return NULL;
}

static int atx_level(const char *s, const char **text) {
  int level = 0;
  while (s[level] == '#')
    level++;
  if (level < 1 || level > 6 || (s[level] != ' ' && s[level] != '\t')) return 0;
  *text = s + level;
  return level;
}

/* Word manuscripts saved as text keep bold as "**…**" (and some as "__…__"); a listener must not
 * hear the marks. Removes every pair of "**" when they pair up; returns an owned copy. */
static char *without_bold_marks(const char *s) {
  size_t marks = 0;
  for (const char *p = strstr(s, "**"); p; p = strstr(p + 2, "**"))
    marks++;
  if (marks == 0 || marks % 2) return tb_xstrdup(s);
  tb_strbuf out;
  tb_strbuf_init(&out);
  for (const char *p = s; *p;) {
    if (p[0] == '*' && p[1] == '*') {
      p += 2;
      continue;
    }
    tb_strbuf_putc(&out, *p++);
  }
  return tb_strbuf_take(&out);
}

enum { BRACKET_TITLE_CHARS = 40 };

/* "【柳塘区年内完成老旧燃气管网改造82公里】" alone on its line: the paper set a title (or a
 * column tag) in lenticular brackets, whatever stands around it. One pair, no finished sentence
 * inside (an editor's note in brackets reads on). */
static bool bracketed_title(const char *s) {
  size_t n = strlen(s), lo = strlen("【"), lc = strlen("】");
  if (n <= lo + lc || !tb_lo_starts(s, "【") || !tb_lo_ends(s, "】")) return false;
  const char *inner = s + lo;
  const char *close = strstr(inner, "】");
  if (close != s + n - lc || strstr(inner, "【")) return false;
  char *t = tb_xstrndup(inner, (size_t)(close - inner));
  bool title = !strstr(t, "。") && !tb_lo_ends_sentence(t) && tb_utf8_length(t) >= 2 &&
               tb_utf8_length(t) <= BRACKET_TITLE_CHARS && !tb_layout_is_editor_note(s);
  free(t);
  return title;
}

static void push(tb_llines *out, const tb_lline *l) {
  tb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
  out->items[out->count++] = *l;
}

void tb_layout_take_jump(tb_lline *l) {
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

enum { FIELD_GAP = 3, MARKER_LAG_LINES = 3 };

/* "服务" / "（上接A1版）" / "不断档；…": some extractors set a page's 上接 marker after the first
 * lines of the text it marks. When the lines read since the page's furniture (its running head)
 * are a few body lines set tight, they are that text's start: returns the index of the first,
 * or L->count when the marker stands where the text it marks begins. */
static size_t page_top_text(const tb_llines *L) {
  size_t k = L->count;
  while (k > 0 && L->count - k < MARKER_LAG_LINES) {
    const tb_lline *l = &L->items[k - 1];
    if (l->kind != TB_LINE_BODY || l->dateline || l->jump_from) break;
    k--;
    if (l->blank_before > 0) break;
  }
  if (k == L->count || k == 0 || L->items[k - 1].kind != TB_LINE_FURNITURE) return L->count;
  /* running text carries its commas; a short jump title ("厂房会客厅") over the marker does not */
  for (size_t j = k; j < L->count; j++)
    if (tb_layout_has_clause_mark(L->items[j].text)) return k;
  return L->count;
}

/* A page header or masthead line of a layout-preserving extraction holds several fields parted
 * by runs of spaces ("2026年6月16日  星期二   区域·民生   责任编辑：陈思  2"): it is furniture
 * when at least two of its fields are and they are the majority. */
static bool spaced_fields_are_furniture(const char *t, bool masthead_zone) {
  size_t fields = 0, furniture = 0;
  const char *p = t;
  while (*p) {
    while (*p == ' ')
      p++;
    if (!*p) break;
    const char *end = p;
    for (; *end; end++) {
      size_t run = 0;
      while (end[run] == ' ')
        run++;
      if (run >= FIELD_GAP || (run && !end[run])) break;
      end += run;
      if (!*end) break;
    }
    char *field = tb_lo_trim(p, (size_t)(end - p));
    char *closed = tb_layout_clean_line(field);
    fields++;
    if (tb_layout_is_furniture(closed, masthead_zone) ||
        (masthead_zone && tb_layout_is_publication_name(closed)))
      furniture++;
    free(closed);
    free(field);
    p = end;
  }
  return fields >= 2 && furniture >= 2 && furniture * 2 > fields;
}

static void classify(tb_lline *l, bool masthead_zone) {
  const char *t = l->text;
  if (l->kind != TB_LINE_BODY) return;
  if (l->md_level) {
    l->kind = TB_LINE_HEADING;
    return;
  }
  if (tb_layout_is_furniture(t, masthead_zone) || spaced_fields_are_furniture(t, masthead_zone)) {
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

enum { PAGE_NUMBER_DIGITS = 2, DOUBLED_LINE_CHARS = 6 };

/* "…夜读需求。2" as a page's last line: the extractor glued the page number to the text. Only
 * where the page ends (page furniture or the end of the document follows) and the digits stand
 * right after a finished sentence. */
static void strip_glued_page_number(tb_llines *L, size_t i) {
  tb_lline *l = &L->items[i];
  if (l->kind != TB_LINE_BODY) return;
  if (i + 1 < L->count && L->items[i + 1].kind != TB_LINE_FURNITURE) return;
  size_t n = strlen(l->text), d = n;
  while (d > 0 && l->text[d - 1] >= '0' && l->text[d - 1] <= '9')
    d--;
  if (d == n || n - d > PAGE_NUMBER_DIGITS || d == 0) return;
  char *head = tb_xstrndup(l->text, d);
  bool finished = tb_lo_ends_sentence(head);
  if (finished) {
    free(l->text);
    l->text = head;
    l->width = tb_lo_width(head);
  } else {
    free(head);
  }
}

/* "2 社区·民生" right above or under the page's date or number: the page's header. Standing
 * alone it could be a wrapped body line that starts with a number. */
static void find_page_labels(tb_llines *L) {
  for (size_t i = 0; i < L->count; i++) {
    tb_lline *l = &L->items[i];
    if (l->kind != TB_LINE_BODY || !tb_layout_is_page_label(l->text)) continue;
    bool above = i > 0 && l->blank_before == 0 && L->items[i - 1].kind == TB_LINE_FURNITURE;
    bool below = i + 1 < L->count && L->items[i + 1].blank_before == 0 &&
                 L->items[i + 1].kind == TB_LINE_FURNITURE;
    /* a page's label set alone between blanks where a page starts (no text runs on into it) */
    bool alone = l->blank_before > 0 && (i + 1 >= L->count || L->items[i + 1].blank_before > 0);
    if (above || below || alone) l->kind = TB_LINE_FURNITURE;
  }
}

/* "…形成震慑。（青檀融媒" / "记者 蒋舟）": an end byline glued to the text and wrapped with it.
 * When the bracket opened after the last sentence of a line closes on the next line (set tight
 * under it) and the two pieces read as a credit, the whole credit goes on the second line, which
 * is then a byline line, and the text ends on its full stop as a paragraph does. */
static void split_wrapped_end_byline(tb_llines *L, size_t i) {
  tb_lline *l = &L->items[i], *next = &L->items[i + 1];
  if (l->kind != TB_LINE_BODY || next->kind != TB_LINE_BODY || next->blank_before > 0 ||
      next->indent || l->dateline)
    return;
  tb_credit_kind own;
  if (tb_layout_credit_tail(l->text, &own) >= 0) return;
  size_t head = strlen(l->text);
  char *joined = tb_xcalloc(head + strlen(next->text) + 1, 1);
  memcpy(joined, l->text, head);
  strcpy(joined + head, next->text);
  tb_credit_kind kind;
  long after = tb_layout_credit_tail(joined, &kind);
  if (after < 0 || (size_t)after >= head || kind != TB_CREDIT_TEXT) {
    free(joined);
    return;
  }
  char *text = tb_lo_trim(joined, (size_t)after);
  char *credit = tb_lo_trim(joined + after, strlen(joined + after));
  free(joined);
  free(l->text);
  free(next->text);
  l->text = text;
  l->width = tb_lo_width(text);
  next->text = credit;
  next->kind = TB_LINE_BODY;
  classify(next, false);
  next->width = tb_lo_width(credit);
}

enum { AD_LABEL_CHARS = 6, AD_BOX_LINES = 40 };

/* "分类广告": a page's advertising box opens under a short label naming it and runs to the page's
 * furniture under it (an ad hotline, the editor's line). Its notices (遗失声明, …) are set like
 * short stories but are no articles: the box is furniture. Without furniture close below, the
 * label alone is. */
static void find_advertising(tb_llines *L) {
  for (size_t i = 0; i < L->count; i++) {
    tb_lline *l = &L->items[i];
    if (l->kind == TB_LINE_FURNITURE || l->dateline || !tb_lo_ends(l->text, "广告") ||
        tb_utf8_length(l->text) > AD_LABEL_CHARS || tb_layout_has_clause_mark(l->text))
      continue;
    if (i + 1 < L->count && L->items[i + 1].blank_before == 0) continue; /* a wrapped line */
    l->kind = TB_LINE_FURNITURE;
    size_t end = i + 1;
    while (end < L->count && end - i <= AD_BOX_LINES && L->items[end].kind != TB_LINE_FURNITURE &&
           !L->items[end].dateline)
      end++;
    if (end >= L->count || L->items[end].kind != TB_LINE_FURNITURE) continue;
    for (size_t k = i + 1; k < end; k++)
      L->items[k].kind = TB_LINE_FURNITURE;
    i = end;
  }
}

enum { VERTICAL_CHARS_MIN = 2 };

static bool single_hanzi(const tb_lline *l) {
  return l->kind == TB_LINE_BODY && tb_utf8_length(l->text) == 1 &&
         tb_is_hanzi(tb_lo_first_cp(l->text));
}

/* "岚" / "桥" / "副" / "刊": a title set vertically (竖排) comes out one character a line. A run
 * of two or more lines of one hanzi each, set tight and standing apart by blanks, is one line of
 * text (a wrapped line leaves at most one character under a longer line, never a column of them).
 */
enum { WRAPPED_NAME_CHARS_MAX = 4 };

/* "文/融媒记者" / "詹穗": a byline line broken after the writer's role in a narrow column. The
 * name alone on the line right under it is the byline's end, not a paragraph. */
static void join_wrapped_byline_names(tb_llines *L) {
  static const char *const roles[] = {"记者", "通讯员", "评论员", "摄影"};
  for (size_t i = 0; i + 1 < L->count; i++) {
    tb_lline *l = &L->items[i], *next = &L->items[i + 1];
    if ((l->kind != TB_LINE_BYLINE && l->kind != TB_LINE_CREDIT) ||
        !tb_lo_ends_any(l->text, roles, sizeof roles / sizeof *roles) ||
        next->kind != TB_LINE_BODY || next->blank_before > 0 || next->indent)
      continue;
    size_t chars = 0;
    bool hanzi = true;
    for (const char *p = next->text; *p && hanzi;) {
      uint32_t cp;
      size_t used = tb_utf8_decode(p, strlen(p), &cp);
      hanzi = used && tb_is_hanzi(cp);
      chars++;
      p += used ? used : 1;
    }
    if (!hanzi || chars < 2 || chars > WRAPPED_NAME_CHARS_MAX) continue;
    size_t n = strlen(l->text);
    char *joined = tb_xcalloc(n + 1 + strlen(next->text) + 1, 1);
    memcpy(joined, l->text, n);
    joined[n] = ' ';
    strcpy(joined + n + 1, next->text);
    free(l->text);
    l->text = joined;
    l->width = tb_lo_width(joined);
    free(next->text);
    memmove(next, next + 1, (L->count - i - 2) * sizeof *L->items);
    L->count--;
    if (i + 1 < L->masthead_end) L->masthead_end--;
  }
}

static void join_vertical_lines(tb_llines *L) {
  size_t w = 0;
  for (size_t i = 0; i < L->count;) {
    size_t end = i;
    while (end < L->count && single_hanzi(&L->items[end]) &&
           (end == i || L->items[end].blank_before == 0))
      end++;
    bool apart = (i == 0 || L->items[i].blank_before > 0) &&
                 (end >= L->count || L->items[end].blank_before > 0);
    if (end - i < VERTICAL_CHARS_MIN || !apart) {
      L->items[w++] = L->items[i++];
      continue;
    }
    tb_strbuf sb;
    tb_strbuf_init(&sb);
    for (size_t k = i; k < end; k++) {
      tb_strbuf_puts(&sb, L->items[k].text);
      if (k > i) free(L->items[k].text);
    }
    tb_lline joined = L->items[i];
    free(joined.text);
    joined.text = tb_strbuf_take(&sb);
    joined.width = tb_lo_width(joined.text);
    classify(&joined, false);
    L->items[w++] = joined;
    if (i < L->masthead_end) /* indexes past the run move up */
      L->masthead_end -= end - i - 1 < L->masthead_end - i ? end - i - 1 : L->masthead_end - i;
    i = end;
  }
  L->count = w;
}

enum { ISSUER_CHARS = 24 };

/* A notice signs off with its issuer and the date ("北京市顺义区自来水有限公司" / "2026年6月15日")
 * under its finished text: a short unpunctuated line, then a bare date, with at most two blanks
 * between (a centred line stands between blanks). Both are text of the notice, not a title and
 * page furniture. */
static void find_signatures(tb_llines *L) {
  for (size_t i = 2; i < L->count; i++) {
    tb_lline *date = &L->items[i], *issuer = &L->items[i - 1];
    const tb_lline *text = &L->items[i - 2];
    if (i < L->masthead_end || date->kind != TB_LINE_FURNITURE ||
        !tb_layout_is_bare_date(date->text) || date->blank_before > 2)
      continue;
    if (issuer->kind != TB_LINE_BODY || issuer->dateline || issuer->list_no ||
        tb_utf8_length(issuer->text) > ISSUER_CHARS || tb_lo_ends_sentence(issuer->text) ||
        strstr(issuer->text, "，") || strstr(issuer->text, "、") || strstr(issuer->text, "：") ||
        tb_layout_ends_with_name(issuer->text)) /* a person signs a letter, a body a notice */
      continue;
    /* the notice's text ends on a sentence or on a contact line ("服务热线：…") */
    if (text->kind != TB_LINE_BODY ||
        !(tb_lo_ends_sentence(text->text) || tb_layout_is_label_line(text->text)))
      continue;
    date->kind = TB_LINE_BODY;
    date->signature = issuer->signature = true;
  }
}

static bool blank_text(const char *s) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\r') return false;
  return true;
}

/* Some extractors put two blank lines (or more) wherever others put one. The rules read one
 * blank as the ordinary gap and more as a stronger break, so when no gap in the whole text is
 * shorter than k lines, gaps are counted in units of k. */
static int ordinary_gap(const tb_vlines *source) {
  int shortest = 0, run = 0;
  bool seen_text = false;
  for (size_t v = 0; v < source->count; v++) {
    if (blank_text(source->items[v].text)) {
      /* a blank the splitter made (a form feed's page break, a centred line set apart) shares
       * its line number with a neighbour and says nothing about the extractor's gaps */
      bool made =
          (v + 1 < source->count && source->items[v + 1].lineno == source->items[v].lineno) ||
          (v > 0 && source->items[v - 1].lineno == source->items[v].lineno);
      if (!made) run++;
      continue;
    }
    if (seen_text && run > 0 && (shortest == 0 || run < shortest)) shortest = run;
    seen_text = true;
    run = 0;
  }
  return shortest > 1 ? shortest : 1;
}

void tb_layout_lines_build(const char *text, tb_llines *out) {
  memset(out, 0, sizeof *out);
  int blanks = 0;
  bool pending_from = false, seen_story = false;
  tb_vlines source;
  tb_layout_vlines_split(text, false, &source);
  int gap = ordinary_gap(&source);
  for (size_t v = 0; v < source.count; v++) {
    const char *p = source.items[v].text;
    size_t n = strlen(p);
    size_t lineno = source.items[v].lineno;
    uint32_t first = 0;
    if (n) tb_utf8_decode(p, n, &first);
    char *raw = tb_lo_trim(p, n);
    if (!raw[0]) {
      free(raw);
      blanks++;
      continue;
    }
    tb_lline l = {0};
    l.lineno = lineno;
    l.blank_before = blanks ? (blanks + gap / 2) / gap : 0;
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
    }
    /* a line set all in bold ("**一、摸清底数，分类施策**") is a title or a crosshead; a bold
     * byline or dateline stays what it is (classify decides) */
    bool all_bold = !level && bold_line(body);
    char *plain = without_bold_marks(body);
    free(md);
    char *cleaned = tb_layout_clean_line(plain);
    free(plain);
    free(raw);
    l.text = tb_lo_trim(cleaned, strlen(cleaned));
    free(cleaned);
    l.md_level = level;
    bool titled = (all_bold && !tb_lo_ends_sentence(l.text)) || bracketed_title(l.text);
    if (titled && !level && !tb_layout_is_byline_line(l.text) && !tb_layout_is_dateline(l.text) &&
        !tb_layout_is_editor_note(l.text) && tb_layout_credit_kind(l.text) == TB_CREDIT_NONE &&
        !tb_layout_is_furniture(l.text, false))
      l.kind = TB_LINE_HEADING;
    else
      l.kind = TB_LINE_BODY;
    tb_layout_take_jump(&l);
    if (pending_from) l.jump_from = true;
    pending_from = false;
    if (!l.text[0] && l.kind == TB_LINE_BODY) {
      /* a line that was only a 上接 marker: the next line opens the continued part, unless
       * the extractor set the marker a few lines into the page's first text */
      size_t opened = l.jump_from ? page_top_text(out) : out->count;
      if (opened < out->count)
        out->items[opened].jump_from = true;
      else
        pending_from = l.jump_from;
      free(l.text);
      continue;
    }
    char *tag = l.kind == TB_LINE_HEADING ? split_column_tag(l.text) : NULL;
    if (tag) { /* the column's name goes on a heading line of its own above the title */
      tb_lline name = l;
      name.text = tag;
      name.column_tag = true;
      name.width = tb_lo_width(tag);
      push(out, &name);
      l.blank_before = 0;
      l.indent = false;
    }
    char *run_in = split_run_in_title(l.text);
    if (run_in) { /* the title goes on a line of its own, its text on the next */
      tb_lline title = l;
      title.text = run_in;
      title.kind = TB_LINE_BODY;
      classify(&title, false);
      title.width = tb_lo_width(title.text);
      push(out, &title);
      l.blank_before = 0;
      l.indent = false;
      l.run_in = true;
    }
    /* the same line printed twice in a row (a doubled kicker, a line repeated where two
     * columns overlap): the extraction's artefact, read once */
    if (!tag && !run_in && out->count && l.blank_before == 0 &&
        out->items[out->count - 1].lineno + 1 == l.lineno &&
        tb_utf8_length(l.text) >= DOUBLED_LINE_CHARS &&
        strcmp(out->items[out->count - 1].text, l.text) == 0) {
      free(l.text);
      blanks = 0;
      continue;
    }
    bool zone = !seen_story && out->count < MASTHEAD_LINES;
    classify(&l, zone);
    if (l.dateline || l.kind == TB_LINE_HEADING) seen_story = true;
    if (zone && l.kind == TB_LINE_FURNITURE) out->masthead_end = out->count + 1;
    l.width = tb_lo_width(l.text);
    push(out, &l);
    blanks = 0;
  }
  tb_layout_vlines_free(&source);
  join_vertical_lines(out);
  join_wrapped_byline_names(out);
  for (size_t i = 0; i < out->count; i++)
    strip_glued_page_number(out, i);
  for (size_t i = 0; i + 1 < out->count; i++)
    split_wrapped_end_byline(out, i);
  find_advertising(out);
  find_page_labels(out);
  tb_layout_untangle_rows(out);
  find_signatures(out);
  /* a short first title right above the masthead's date or issue line is the paper's name
   * ("# 石景山时讯" then "2026年5月12日 星期二 第19期…"), not a story's */
  if (out->count >= 2 && out->items[0].kind == TB_LINE_HEADING &&
      tb_utf8_length(out->items[0].text) <= PAPER_NAME_CHARS &&
      out->items[1].kind == TB_LINE_FURNITURE) {
    out->items[0].kind = TB_LINE_FURNITURE;
    if (out->masthead_end < 2) out->masthead_end = 2;
  }
}

void tb_layout_lines_free(tb_llines *lines) {
  for (size_t i = 0; i < lines->count; i++)
    free(lines->items[i].text);
  free(lines->items);
  memset(lines, 0, sizeof *lines);
}

void tb_layout_line_classify(tb_lline *l, bool masthead_zone) {
  classify(l, masthead_zone);
}
