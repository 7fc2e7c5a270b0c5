/* Pages that mark headings by presentation only: an issue posted as one WeChat 公众号 article,
 * an editor's export (135编辑器, 秀米) or a template that sets titles in styled <section>s, <p>s
 * with <b>, or classed <div>s. The body style is the one most text is set in; a block that is
 * short, finishes no sentence and is set larger than the body, or bold at its size, is a heading.
 * Which heading it is follows from its place: the first of a story is the headline, one smaller
 * than the headline (or aligned otherwise) inside the text is a crosshead, an ornament or a
 * section label between them ends the story, a short block set apart from the body right above a
 * headline is its kicker, and one right under it its subtitle. Furniture an editor adds (follow
 * prompts, share bars, 往期推荐 lists, QR prompts, source and editor lines in small print) is
 * dropped. The roles are written on the blocks for html.c's walk. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>

static const char ROLE_ATTR[] = "data-tb-role";

/* Two font sizes read as one when they differ by less than half a pixel. */
static bool same_size(double a, double b) {
  return a - b < 0.5 && b - a < 0.5;
}

/* One run of text as html.c's walk will read it: the inline content of a block element. */
typedef struct {
  xmlNode *block;
  char *text; /* white space collapsed, trimmed */
  size_t chars;
  double size; /* the font size most of its characters are set in */
  bool bold;   /* nearly all of its characters are bold */
  bool sized;  /* the page set its size, rather than leaving the reader's default */
  char align;
  char *color;
  bool indented;
  bool image_only;
  bool links_only;
  html_role role;
} segment;

typedef struct {
  segment *items;
  size_t count, cap;
  const html_css *css;
} segment_list;

enum { SIZE_SLOTS = 6, BOLD_PERCENT = 80 };

/* What one block's inline content adds up to while it is read. */
typedef struct {
  tb_strbuf text;
  size_t chars, bold_chars, link_chars, sized_chars;
  bool image;
  struct {
    double size;
    size_t chars;
    char *color;
  } styles[SIZE_SLOTS];
  size_t style_count;
} run;

static size_t visible_chars(const char *s) {
  size_t n = 0;
  for (size_t len = strlen(s); *s;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s, len, &cp);
    if (!used) used = 1, cp = 0xFFFD;
    s += used, len -= used;
    if (!tb_is_space_cp(cp) && cp != '\t' && cp != 0xA0 && cp != 0x3000) n++;
  }
  return n;
}

static void add_text_node(const segment_list *list, run *r, xmlNode *text, bool in_link) {
  const char *s = (const char *)text->content;
  tb_strbuf_puts(&r->text, s ? s : "");
  size_t chars = s ? visible_chars(s) : 0;
  if (!chars) return;
  r->chars += chars;
  if (in_link) r->link_chars += chars;
  if (html_css_bold(list->css, text)) r->bold_chars += chars;
  if (html_css_sized(list->css, text)) r->sized_chars += chars;
  double size = html_css_font_size(list->css, text);
  char *color = html_css_color(list->css, text);
  for (size_t i = 0; i < r->style_count; i++)
    if (same_size(r->styles[i].size, size) && strcmp(r->styles[i].color, color) == 0) {
      r->styles[i].chars += chars;
      free(color);
      return;
    }
  if (r->style_count == SIZE_SLOTS) {
    free(color);
    return;
  }
  r->styles[r->style_count].size = size;
  r->styles[r->style_count].chars = chars;
  r->styles[r->style_count].color = color;
  r->style_count++;
}

static void gather_run(segment_list *list, run *r, xmlNode *n, bool in_link) {
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
      add_text_node(list, r, n, in_link);
    else if (n->type == XML_ELEMENT_NODE && html_is_inline(n) && !html_is_site_chrome(n)) {
      if (html_named(n, "img")) r->image = true;
      gather_run(list, r, n->children, in_link || html_named(n, "a"));
    }
  }
}

/* White space runs to one space, none at the ends. */
static char *collapsed(const char *s) {
  tb_strbuf out;
  tb_strbuf_init(&out);
  bool space = false;
  for (size_t len = strlen(s); *s;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s, len, &cp);
    if (!used) used = 1, cp = 0xFFFD;
    s += used, len -= used;
    if (tb_is_space_cp(cp) || cp == '\t' || cp == 0xA0) {
      space = out.len > 0;
      continue;
    }
    if (space) tb_strbuf_putc(&out, ' ');
    space = false;
    tb_strbuf_put_codepoint(&out, cp);
  }
  return out.len ? tb_strbuf_take(&out) : tb_xstrdup("");
}

static void end_run(segment_list *list, run *r, xmlNode *block) {
  if (r->chars || r->image) {
    if (list->count == list->cap) {
      list->cap = list->cap ? list->cap * 2 : 64;
      list->items = tb_xrealloc(list->items, list->cap * sizeof *list->items);
    }
    segment *s = &list->items[list->count++];
    memset(s, 0, sizeof *s);
    s->block = block;
    s->text = collapsed(r->text.len ? tb_strbuf_view(&r->text) : "");
    s->chars = r->chars;
    s->image_only = !r->chars;
    s->links_only = r->chars && r->link_chars == r->chars;
    s->bold = r->chars && r->bold_chars * 100 >= r->chars * BOLD_PERCENT;
    s->sized = r->chars && r->sized_chars * 2 >= r->chars;
    size_t best = 0;
    for (size_t i = 1; i < r->style_count; i++)
      if (r->styles[i].chars > r->styles[best].chars) best = i;
    s->size = r->style_count ? r->styles[best].size : 0;
    s->color = tb_xstrdup(r->style_count ? r->styles[best].color : "");
    s->align = html_css_align(list->css, block);
    s->indented = html_css_indented(list->css, block);
  }
  for (size_t i = 0; i < r->style_count; i++)
    free(r->styles[i].color);
  tb_strbuf_free(&r->text);
  memset(r, 0, sizeof *r);
  tb_strbuf_init(&r->text);
}

/* The blocks under n in reading order, cut where html.c's walk cuts them: at every child that is
 * a block itself. */
static void collect(segment_list *list, xmlNode *block) {
  run r = {0};
  tb_strbuf_init(&r.text);
  for (xmlNode *n = block->children; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      add_text_node(list, &r, n, false);
    } else if (n->type != XML_ELEMENT_NODE || html_is_site_chrome(n)) {
      continue;
    } else if (html_is_inline(n)) {
      if (html_named(n, "img")) r.image = true;
      gather_run(list, &r, n->children, html_named(n, "a"));
    } else if (html_named(n, "br")) {
      continue;
    } else {
      end_run(list, &r, block);
      collect(list, n);
    }
  }
  end_run(list, &r, block);
}

static size_t count_headings(xmlNode *n) {
  size_t count = 0;
  for (; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && !html_is_site_chrome(n))
      count += html_heading_level(n) ? 1 : count_headings(n->children);
  return count;
}

static bool has_article(xmlNode *n) {
  for (; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && (html_named(n, "article") || has_article(n->children)))
      return true;
  return false;
}

/* The body style: the size (and the colour at it) most characters are set in. */
static void body_style(const segment_list *list, double *size, const char **color) {
  size_t best = 0;
  *size = 0;
  *color = "";
  for (size_t i = 0; i < list->count; i++) {
    size_t chars = 0, colored = 0;
    for (size_t j = 0; j < list->count; j++)
      if (same_size(list->items[j].size, list->items[i].size)) {
        chars += list->items[j].chars;
        if (strcmp(list->items[j].color, list->items[i].color) == 0)
          colored += list->items[j].chars;
      }
    if (chars > best || (chars == best && colored > 0)) best = chars, *size = list->items[i].size;
  }
  size_t best_colored = 0;
  for (size_t i = 0; i < list->count; i++) {
    if (!same_size(list->items[i].size, *size)) continue;
    size_t colored = 0;
    for (size_t j = 0; j < list->count; j++)
      if (same_size(list->items[j].size, *size) &&
          strcmp(list->items[j].color, list->items[i].color) == 0)
        colored += list->items[j].chars;
    if (colored > best_colored) best_colored = colored, *color = list->items[i].color;
  }
}

static bool is_decoration(uint32_t cp);

/* The end mark of a post: "END", "— END —", "（完）". */
static bool is_end_mark(const char *t) {
  static const char *const marks[] = {"END", "End", "end", "完", "全文完"};
  uint32_t cp;
  size_t used;
  while (*t && (used = tb_utf8_decode(t, strlen(t), &cp)) &&
         (is_decoration(cp) || cp == 0xFF08 || cp == '('))
    t += used;
  for (size_t i = 0; i < COUNT(marks); i++) {
    if (!tb_lo_starts(t, marks[i])) continue;
    const char *rest = t + strlen(marks[i]);
    while (*rest && (used = tb_utf8_decode(rest, strlen(rest), &cp)) &&
           (is_decoration(cp) || cp == 0xFF09 || cp == ')'))
      rest += used;
    if (!*rest) return true;
  }
  return false;
}

/* No letter, digit or hanzi: "◆ ◆ ◆", "* * *", "———". */
static bool is_ornament(const char *t) {
  for (size_t len = strlen(t); *t;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(t, len, &cp);
    if (!used) return false;
    t += used, len -= used;
    if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
        (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xFF10 && cp <= 0xFF5A))
      return false;
  }
  return true;
}

static bool is_decoration(uint32_t cp) {
  return cp == ' ' || cp == '-' || cp == '=' || cp == '|' || cp == '/' || cp == '*' || cp == 0xA0 ||
         cp == 0x3000 || (cp >= 0x2010 && cp <= 0x2015) || /* ‐ – — ― */
         (cp >= 0x2500 && cp <= 0x25FF) ||                 /* ─ ━ ■ □ ◆ ● */
         (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xB7 || cp == 0x30FB || cp == 0xFF5C ||
         cp == 0xFF0D || cp == 0xFF0F;
}

enum { SECTION_NAME_CHARS = 6 };

/* Past the page number that opens a section label: "01", "１２", "第3版", "三版"; numerals
 * in hanzi count only with 版 ("一家书店" is no number). Returns t when there is none. */
static const char *after_page_number(const char *t) {
  static const char *const numerals[] = {"一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十"};
  const char *p = tb_lo_starts(t, "第") ? t + strlen("第") : t;
  const char *digits = p;
  for (uint32_t cp; *p && tb_utf8_decode(p, strlen(p), &cp) &&
                    ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19));)
    p += cp < 0x80 ? 1 : 3;
  bool ascii = p > digits;
  for (bool more = !ascii; more;) {
    more = false;
    for (size_t i = 0; i < COUNT(numerals); i++)
      if (tb_lo_starts(p, numerals[i])) p += strlen(numerals[i]), more = true;
  }
  bool page = tb_lo_starts(p, "版");
  if (page) p += strlen("版");
  if (p == digits || (!ascii && !page)) return t;
  return p;
}

/* A section or page label between stories: "— 01 要闻 —", "02 | 民生", "第三版 人文", a name
 * framed by rules ("—— 要闻 ——"). A short name with no punctuation, after a page number set
 * apart from it, or between rules. */
static bool is_section_label(const char *t) {
  const char *end = t + strlen(t);
  bool lead = false, trail = false;
  uint32_t cp;
  size_t used;
  while (*t && (used = tb_utf8_decode(t, (size_t)(end - t), &cp)) && is_decoration(cp))
    t += used, lead = lead || cp != ' ';
  while (end > t) {
    const char *p = end - 1;
    while (p > t && ((unsigned char)*p & 0xC0) == 0x80)
      p--;
    if (!tb_utf8_decode(p, (size_t)(end - p), &cp) || !is_decoration(cp)) break;
    end = p, trail = trail || cp != ' ';
  }
  if (end <= t) return false;
  char *inner = tb_xstrndup(t, (size_t)(end - t));
  const char *name = after_page_number(inner);
  bool numbered = name != inner;
  const char *number_end = name;
  while (*name && (used = tb_utf8_decode(name, strlen(name), &cp)) && is_decoration(cp))
    name += used;
  size_t page_len = strlen("版");
  bool separated = name != number_end || (number_end - inner >= (long)page_len &&
                                          memcmp(number_end - page_len, "版", page_len) == 0);
  size_t chars = tb_utf8_length(name);
  bool plain = chars >= 1 && chars <= SECTION_NAME_CHARS;
  for (const char *p = name; plain && *p; p += used) {
    used = tb_utf8_decode(p, strlen(p), &cp);
    plain = used && (tb_is_hanzi(cp) || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
  }
  free(inner);
  return plain && (numbered ? separated : lead && trail);
}

/* Prompts and tools an account or a CMS prints around its posts. */
static bool is_post_furniture(const char *t) {
  static const char *const prompts[] = {"点击蓝字", "点击上方", "关注我们",   "长按二维码",
                                        "长按识别", "扫码关注", "识别二维码", "阅读原文",
                                        "点个在看", "点亮在看", "分享给朋友", "转发给朋友"};
  if (tb_lo_has_any(t, prompts, COUNT(prompts))) return true;
  /* a share bar: "阅读 3261 分享 在看 点赞" */
  static const char *const tools[] = {"阅读", "分享",   "在看", "点赞", "收藏", "转发",
                                      "留言", "写留言", "赞",   "万",   "+"};
  const char *p = t;
  size_t words = 0;
  while (*p) {
    while (*p == ' ')
      p++;
    if (!*p) break;
    size_t n = strspn(p, "0123456789.");
    for (size_t i = 0; !n && i < COUNT(tools); i++)
      if (tb_lo_starts(p, tools[i])) n = strlen(tools[i]);
    if (!n) return false;
    p += n, words++;
  }
  return words >= 3;
}

/* The heading of a box of links to other posts: what follows it, up to the next heading, is not
 * this issue's. */
static bool is_more_posts_heading(const char *t) {
  static const char *const heads[] = {"往期推荐", "往期回顾", "往期精彩", "推荐阅读", "相关阅读",
                                      "精彩推荐", "更多精彩", "热文推荐", "延伸阅读"};
  return tb_lo_starts_any(t, heads, COUNT(heads)) && tb_utf8_length(t) <= 10;
}

/* Small print after the text: the source and the editors of the post. */
static bool is_post_credit(const char *t) {
  static const char *const starts[] = {"来源：", "来源:",  "编辑：", "审核：", "校对：", "责编：",
                                       "美编：", "排版：", "监制：", "出品：", "策划：", "统筹："};
  return tb_lo_starts_any(t, starts, COUNT(starts));
}

enum { HEADLINE_CHARS_MAX = 40, KICKER_CHARS_MAX = 30, SUBTITLE_CHARS_MAX = 50 };

static bool is_credit(const char *t) {
  return tb_layout_is_byline_line(t) || tb_layout_credit_kind(t) != TB_CREDIT_NONE;
}

enum { WRITER_PREFIX_CHARS = 8 };

/* A writer's line as editors set it under a title: "文｜江一舟", "作者：林夕", "记者｜张三", or a
 * credit after
 * the newsroom's name ("鹭洲融媒记者 符晓晨 文/图" reads as "记者 符晓晨 文/图"). */
static bool is_writer_line(const char *t) {
  if (is_credit(t)) return true;
  static const char *const writers[] = {"文",   "作者", "撰文",     "撰稿",
                                        "文字", "记者", "本报记者", "通讯员"};
  static const char *const bars[] = {"｜", "|", "：", ":", "丨", "/", "／"};
  for (size_t i = 0; i < COUNT(writers); i++) {
    if (!tb_lo_starts(t, writers[i])) continue;
    const char *p = t + strlen(writers[i]);
    while (*p == ' ')
      p++;
    for (size_t j = 0; j < COUNT(bars); j++) {
      if (!tb_lo_starts(p, bars[j])) continue;
      char *credit = tb_xasprintf("文/%s", p + strlen(bars[j]));
      bool yes = tb_layout_credit_kind(credit) != TB_CREDIT_NONE;
      free(credit);
      if (yes) return true;
    }
  }
  static const char *const roles[] = {"记者", "通讯员"};
  for (size_t i = 0; i < COUNT(roles); i++) {
    const char *role = strstr(t, roles[i]);
    if (role && role > t && tb_utf8_length(t) - tb_utf8_length(role) <= WRITER_PREFIX_CHARS &&
        is_credit(role))
      return true;
  }
  return false;
}

/* Short, finishing no sentence, no credit. */
static bool title_shaped(const segment *s, size_t max_chars) {
  if (s->image_only || s->links_only || s->chars < 2 || s->chars > max_chars) return false;
  if (strstr(s->text, "。") || is_credit(s->text) || tb_lo_starts(s->text, "▲")) return false;
  static const char *const open_ends[] = {"，", "：", "；", "、", ",", ":", ";"};
  for (size_t i = 0; i < COUNT(open_ends); i++)
    if (tb_lo_ends(s->text, open_ends[i])) return false;
  return true;
}

typedef struct {
  double size;
  const char *color;
  bool sized; /* the body's size is set by the page */
} body;

static bool body_styled(const segment *s, const body *b) {
  return same_size(s->size, b->size) && strcmp(s->color, b->color) == 0 && !s->bold &&
         s->align != 'c';
}

/* Larger than the body, or bold at its size: a heading of some kind. A block left at the
 * reader's default size on a page that sizes its body is not set larger by anyone. */
static bool heading_styled(const segment *s, const body *b) {
  bool larger = s->size >= b->size + 1 && (s->sized || !b->sized);
  return title_shaped(s, HEADLINE_CHARS_MAX) && !s->indented &&
         (larger || (s->bold && s->size >= b->size - 0.5));
}

/* A block set apart from the body (other size, colour, weight or centred), short: a kicker above
 * a headline or a subtitle under one. */
static bool set_apart(const segment *s, const body *b, size_t max_chars) {
  return title_shaped(s, max_chars) && !s->indented && s->align != 'r' && !body_styled(s, b);
}

static bool is_dropped_text(const char *t) {
  return is_ornament(t) || is_end_mark(t) || is_section_label(t) || is_post_furniture(t) ||
         is_post_credit(t) || is_more_posts_heading(t);
}

/* The next block with text after i is a heading that opens a story. */
static bool headline_follows(const segment_list *list, size_t i, const body *b) {
  for (size_t j = i + 1; j < list->count; j++) {
    const segment *s = &list->items[j];
    if (s->image_only) return false;
    if (!s->chars) continue;
    return heading_styled(s, b) && !is_dropped_text(s->text);
  }
  return false;
}

/* The next block after i with text in it, or list->count. */
static size_t next_text(const segment_list *list, size_t i) {
  for (i++; i < list->count && !list->items[i].chars; i++)
    ;
  return i;
}

/* A section label opens a section: a heading or a kicker comes next, not body text (a page
 * numbering its stories, "01 春节见闻", sets their text under each). */
static bool opens_section(const segment_list *list, size_t i, const body *b) {
  size_t j = next_text(list, i);
  if (j == list->count) return true;
  const segment *s = &list->items[j];
  return heading_styled(s, b) || set_apart(s, b, KICKER_CHARS_MAX) || is_section_label(s->text);
}

enum { STYLE_MEMORY = 8 };

typedef struct {
  double size;
  char align;
  bool bold;
  const char *color;
} style_key;

typedef struct {
  const char *page_title; /* the page's <title>, "" when none */
  bool in_story, story_text, break_since_text, after_image, more_posts, seen_story;
  double head_size;
  char head_align;
  size_t headlines; /* set larger than the body */
  style_key headline_styles[STYLE_MEMORY];
  size_t headline_style_count;
} reading;

static bool same_style(const style_key *k, const segment *s) {
  return same_size(k->size, s->size) && k->align == s->align && k->bold == s->bold &&
         strcmp(k->color, s->color) == 0;
}

/* Set as a story's headline was earlier on the page. */
static bool headline_style(const reading *r, const segment *s) {
  for (size_t i = 0; i < r->headline_style_count; i++)
    if (same_style(&r->headline_styles[i], s)) return true;
  return false;
}

/* A writer's line or a "——" subtitle comes next: what stands above it is a story's title. */
static bool titles_a_story(const segment_list *list, size_t i) {
  size_t j = next_text(list, i);
  if (j == list->count) return false;
  const segment *s = &list->items[j];
  return s->chars <= HEADLINE_CHARS_MAX && (is_writer_line(s->text) || tb_lo_starts(s->text, "——"));
}

static html_role role_of_heading(reading *r, const segment_list *list, size_t i, const body *b) {
  const segment *s = &list->items[i];
  if (r->in_story && !r->story_text) return HTML_ROLE_SUBTITLE;
  bool smaller = s->size < r->head_size - 0.5;
  bool as_large = same_size(s->size, r->head_size);
  /* lesser than the story's headline, unless set as headlines are or titling a story */
  if (r->in_story && !r->break_since_text && (smaller || (as_large && s->align != r->head_align)) &&
      !headline_style(r, s) && !titles_a_story(list, i))
    return HTML_ROLE_CROSSHEAD;
  if (r->headline_style_count < STYLE_MEMORY && !headline_style(r, s))
    r->headline_styles[r->headline_style_count++] =
        (style_key){.size = s->size, .align = s->align, .bold = s->bold, .color = s->color};
  r->in_story = r->seen_story = true;
  r->story_text = r->break_since_text = false;
  r->head_size = s->size;
  r->head_align = s->align;
  if (s->size >= b->size + 1 && (s->sized || !b->sized)) r->headlines++;
  return HTML_ROLE_HEADLINE;
}

static html_role role_of(reading *r, const segment_list *list, size_t i, const body *b) {
  const segment *s = &list->items[i];
  const char *t = s->text;
  bool after_image = r->after_image;
  r->after_image = s->image_only;
  if (s->image_only) return HTML_ROLE_TEXT;
  if (html_heading_level(s->block) && strstr(r->page_title, t))
    return HTML_ROLE_MASTHEAD; /* the post's own title over the issue */
  if (is_ornament(t)) {
    r->break_since_text = true;
    return HTML_ROLE_DROP;
  }
  if (is_section_label(t) && opens_section(list, i, b)) {
    r->break_since_text = true;
    r->in_story = false;
    return HTML_ROLE_MASTHEAD;
  }
  if (is_post_furniture(t) || is_post_credit(t) || is_end_mark(t)) return HTML_ROLE_DROP;
  if (is_more_posts_heading(t)) {
    r->more_posts = true;
    return HTML_ROLE_DROP;
  }
  bool heading = heading_styled(s, b);
  if (r->more_posts && !heading) return HTML_ROLE_DROP;
  r->more_posts = false;
  if (heading) return role_of_heading(r, list, i, b);
  if (!after_image && (!r->in_story || r->story_text) && set_apart(s, b, KICKER_CHARS_MAX) &&
      !tb_layout_is_editor_note(t) && headline_follows(list, i, b)) {
    r->seen_story = true;
    return HTML_ROLE_KICKER;
  }
  if (r->in_story && !r->story_text && !after_image && s->chars <= HEADLINE_CHARS_MAX &&
      is_writer_line(t))
    return HTML_ROLE_BYLINE;
  if (r->in_story && !r->story_text &&
      (set_apart(s, b, SUBTITLE_CHARS_MAX) ||
       (tb_lo_starts(t, "——") && title_shaped(s, SUBTITLE_CHARS_MAX))))
    return HTML_ROLE_SUBTITLE;
  /* before the first story: the account's or site's lines */
  if (!r->seen_story && s->chars <= HEADLINE_CHARS_MAX) return HTML_ROLE_DROP;
  if (r->in_story) r->story_text = true;
  r->break_since_text = false;
  return HTML_ROLE_TEXT;
}

static void free_segments(segment_list *list) {
  for (size_t i = 0; i < list->count; i++) {
    free(list->items[i].text);
    free(list->items[i].color);
  }
  free(list->items);
}

static const char *role_name(html_role role) {
  static const char *const names[] = {"text",     "drop",     "masthead",  "kicker",
                                      "headline", "subtitle", "crosshead", "byline"};
  return names[role];
}

static xmlNode *find_element(xmlNode *n, const char *name) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (html_named(n, name)) return n;
    xmlNode *inner = find_element(n->children, name);
    if (inner) return inner;
  }
  return NULL;
}

enum { STYLED_HEADLINES_MIN = 2 };

void html_mark_styled_roles(xmlDoc *doc, xmlNode *root) {
  (void)doc;
  if (!root || has_article(root) || count_headings(root) > 1) return;
  segment_list list = {0};
  html_css *css = html_css_read(root);
  list.css = css;
  collect(&list, root);
  body b;
  body_style(&list, &b.size, &b.color);
  size_t body_chars = 0, sized_chars = 0;
  for (size_t i = 0; i < list.count; i++)
    if (same_size(list.items[i].size, b.size)) {
      body_chars += list.items[i].chars;
      if (list.items[i].sized) sized_chars += list.items[i].chars;
    }
  b.sized = sized_chars * 2 > body_chars;
  xmlNode *title = find_element(root, "title");
  xmlChar *page_title = title ? xmlNodeGetContent(title) : NULL;
  reading r = {.page_title = page_title ? (const char *)page_title : ""};
  for (size_t i = 0; i < list.count; i++)
    list.items[i].role = role_of(&r, &list, i, &b);
  /* one block standing out is a page's title or an emphasis, not a page of stories; titles
   * only in bold at the body's size are read as tagged pages' are (bold crossheads, table
   * titles) */
  if (r.headlines >= STYLED_HEADLINES_MIN) {
    for (size_t i = 0; i < list.count; i++) {
      segment *s = &list.items[i];
      bool alone = (i == 0 || list.items[i - 1].block != s->block) &&
                   (i + 1 == list.count || list.items[i + 1].block != s->block);
      if (s->role != HTML_ROLE_TEXT && alone)
        xmlSetProp(s->block, (const xmlChar *)ROLE_ATTR, (const xmlChar *)role_name(s->role));
    }
  }
  xmlFree(page_title);
  free_segments(&list);
  html_css_free(css);
}

html_role html_role_of(xmlNode *n) {
  if (!n || n->type != XML_ELEMENT_NODE) return HTML_ROLE_TEXT;
  xmlChar *v = xmlGetProp(n, (const xmlChar *)ROLE_ATTR);
  html_role role = HTML_ROLE_TEXT;
  for (int i = HTML_ROLE_DROP; v && i <= HTML_ROLE_BYLINE; i++)
    if (strcmp((const char *)v, role_name((html_role)i)) == 0) role = (html_role)i;
  xmlFree(v);
  return role;
}
