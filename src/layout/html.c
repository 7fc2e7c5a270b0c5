/* HTML issues carry their structure, but a CMS page also carries a site around it. Stories are
 * <article> elements, or, without them, open at the story heading level; within a story the first
 * heading (or <p class="title">) is the headline, later ones before the text are subtitles and
 * those inside it crossheads. Text comes from blocks (p, li, div…) split at blank lines made with
 * <br><br>; figcaption is a caption. Navigation, footers, asides, scripts and the page furniture
 * a CMS prints around a story (责任编辑, 上一篇) are not text; the site's <title> and header give
 * the publication, date and issue number (html_meta.c). Parsed with libxml2's forgiving HTML
 * parser. A page with no heading tags whose headings are set by style (a 公众号 post) has its
 * blocks' roles found first by html_style.c; layout tables are read by html_table.c. */
#include "html_internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { LINK_SHARE_PERCENT = 65 };

/* Characters of text under n, and of those inside links (<a>). */
static void count_link_text(xmlNode *n, bool in_link, size_t *all, size_t *linked, size_t *links) {
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE) {
      size_t chars = 0;
      for (const char *p = (const char *)n->content; *p;) {
        uint32_t cp;
        size_t used = tb_utf8_decode(p, strlen(p), &cp);
        if (!used) used = 1, cp = 0xFFFD;
        p += used;
        if (!tb_is_space_cp(cp) && cp != '\t' && cp != 0xA0 && cp != '|') chars++;
      }
      *all += chars;
      if (in_link) *linked += chars;
    } else if (n->type == XML_ELEMENT_NODE) {
      bool link = html_named(n, "a");
      if (link) (*links)++;
      count_link_text(n->children, in_link || link, all, linked, links);
    }
  }
}

/* A menu of links (the paper's pages, 上一版/下一版, a box repeating the page's headlines): two
 * links or more and nearly all the text inside them. A story's text is not links. */
static bool is_link_list(xmlNode *n) {
  if (n->type != XML_ELEMENT_NODE || html_heading_level(n)) return false;
  size_t all = 0, linked = 0, links = 0;
  count_link_text(n->children, false, &all, &linked, &links);
  return links >= 2 && all && linked * 100 >= all * LINK_SHARE_PERCENT;
}

/* The site's own title inside the page (<h1 class="page-title">大兴报</h1>): masthead, no story. */
static bool is_site_title(xmlNode *n) {
  static const char *const classes[] = {"page-title", "site-title", "site-name", "logo",
                                        "masthead"};
  return html_class_has_any(n, classes, COUNT(classes));
}

/* Lines a CMS prints around a story: editor credits, links to the neighbours, tools. */
static bool is_story_furniture(const char *t) {
  static const char *const starts[] = {"责任编辑", "责编：",   "编辑：",   "校对：",   "审核：",
                                       "上一篇",   "下一篇",   "分享到",   "打印本页", "关闭窗口",
                                       "返回顶部", "【字体",   "【字号",   "【打印",   "扫一扫",
                                       "点击量",   "浏览次数", "相关新闻", "推荐阅读"};
  /* "本版责任编辑：…": the page's editor line reads like a story's */
  if (tb_lo_starts(t, "本版")) t += strlen("本版");
  for (size_t i = 0; i < COUNT(starts); i++)
    if (tb_lo_starts(t, starts[i])) return true;
  return false;
}

typedef struct {
  tb_issue *issue;
  tb_article *cur;
  int story_level;      /* the heading level that opens a story when there is no <article> */
  bool in_article;      /* inside an <article> element: headings never open a story */
  char *pending_note;   /* an editor's note printed before the headline it belongs to */
  char *pending_kicker; /* a kicker (引题) set as a lesser heading above the next story's title */
  bool after_image;     /* the block before held only an image: a caption may follow */
  bool story_image;     /* the current story shows a picture */
  int head_level;       /* the heading level of the current story's headline */
  int item_level;       /* under a rubric heading (a box of briefs): the level that opens a story */
  int sub_level;        /* the heading level of the current story's first subheadline */
  tb_strbuf masthead;   /* site title, header and <title> texts, one a line */
} html_walk;

static tb_article *current(html_walk *w) {
  if (!w->cur) {
    w->cur = tb_issue_add_article(w->issue);
    if (w->pending_note) {
      w->cur->editor_note = w->pending_note;
      w->pending_note = NULL;
    }
  }
  return w->cur;
}

/* A credit as a story's last line: "文/记者 张三", or one in brackets: "（记者 张三）". */
static bool is_end_byline(const char *t) {
  if (tb_layout_is_byline_line(t)) return true;
  static const char *const pairs[][2] = {{"（", "）"}, {"(", ")"}, {"【", "】"}};
  for (size_t i = 0; i < COUNT(pairs); i++) {
    size_t open = strlen(pairs[i][0]), close = strlen(pairs[i][1]), n = strlen(t);
    if (n <= open + close || !tb_lo_starts(t, pairs[i][0]) || !tb_lo_ends(t, pairs[i][1])) continue;
    char *inner = tb_xstrndup(t + open, n - open - close);
    bool credit = tb_layout_credit_kind(inner) != TB_CREDIT_NONE;
    free(inner);
    if (credit) return true;
  }
  return false;
}

/* Photo news: "…现场送出春联300余副。（本报记者 邬晴 摄）" — the credit after the caption's last
 * sentence is the story's byline, not words of the caption. */
static void split_caption_credit(tb_article *a) {
  char *caption = a->captions.items[0];
  tb_credit_kind kind;
  long at = tb_layout_credit_tail(caption, &kind);
  if (at <= 0 || a->byline) return;
  char *credit = tb_lo_trim(caption + at, strlen(caption + at));
  static const char *const pairs[][2] = {{"（", "）"}, {"(", ")"}};
  for (size_t i = 0; i < COUNT(pairs); i++) {
    size_t open = strlen(pairs[i][0]), close = strlen(pairs[i][1]), n = strlen(credit);
    if (n > open + close && tb_lo_starts(credit, pairs[i][0]) && tb_lo_ends(credit, pairs[i][1])) {
      char *inner = tb_lo_trim(credit + open, n - open - close);
      free(credit);
      credit = inner;
      break;
    }
  }
  a->byline = credit;
  a->captions.items[0] = tb_lo_trim(caption, (size_t)at);
  free(caption);
}

/* A story ends: a byline printed as its last paragraph ("（记者 张三）") is its byline. */
static void close_story(html_walk *w) {
  tb_article *a = w->cur;
  bool image = w->story_image;
  w->cur = NULL;
  w->story_image = false;
  w->head_level = w->sub_level = 0;
  /* photo news whose caption is set as a plain paragraph under the picture, credit and all */
  if (a && image && a->headline && a->paragraphs.count == 1 && !a->captions.count) {
    tb_credit_kind kind;
    if (tb_layout_credit_tail(a->paragraphs.items[0], &kind) > 0 && kind == TB_CREDIT_PHOTO) {
      tb_strlist_push_owned(&a->captions, a->paragraphs.items[0]);
      a->paragraphs.items[0] = NULL;
      a->paragraphs.count = 0;
    }
  }
  /* photo news: the caption is the only text, and so the story's body as well */
  if (a && !a->paragraphs.count && a->headline && a->captions.count == 1) {
    split_caption_credit(a);
    tb_strlist_push(&a->paragraphs, a->captions.items[0]);
  }
  if (!a || a->paragraphs.count < 2 || a->byline) return;
  const char *last = a->paragraphs.items[a->paragraphs.count - 1];
  if (!is_end_byline(last)) return;
  a->byline = a->paragraphs.items[a->paragraphs.count - 1];
  a->paragraphs.items[--a->paragraphs.count] = NULL;
}

static void note_lines(tb_article *a, int line) {
  if (line <= 0) return;
  if (!a->first_line) a->first_line = (size_t)line;
  if ((size_t)line > a->last_line) a->last_line = (size_t)line;
}

enum { RUBRIC_CHARS = 6 };

/* "大兴简讯" over briefs: a short heading with no punctuation, naming a box, not a story. */
static bool is_rubric(const char *t) {
  if (tb_utf8_length(t) > RUBRIC_CHARS) return false;
  for (const char *p = t; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || tb_lo_is_punct(cp)) return false;
    p += used;
  }
  return true;
}

/* A second heading at the level of the only subheadline, under a rubric headline, after text:
 * the rubric named a box of briefs ("<h2>大兴简讯</h2><h3>…</h3><p>…</p><h3>…</h3>"), and its first
 * subheadline was the first brief's title. */
static bool next_brief_in_box(html_walk *w, int level) {
  tb_article *a = w->cur;
  if (!w->in_article || !a || !a->paragraphs.count) return false;
  if (w->item_level) return level == w->item_level;
  if (level != w->sub_level || a->subheadlines.count != 1 || a->crosshead_count || !a->headline ||
      !is_rubric(a->headline))
    return false;
  free(a->headline);
  a->headline = a->subheadlines.items[0];
  a->subheadlines.items[0] = NULL;
  a->subheadlines.count = 0;
  w->item_level = level;
  return true;
}

static void add_heading(html_walk *w, char *t, int level, int line) {
  if (next_brief_in_box(w, level)) {
    close_story(w);
    current(w)->headline = t;
    w->head_level = level;
  } else if (!w->in_article && level >= 1 && level <= w->story_level) {
    close_story(w);
    current(w)->headline = t;
    w->head_level = level;
    if (w->pending_kicker) {
      tb_strlist_push_owned(&w->cur->subheadlines, w->pending_kicker);
      w->pending_kicker = NULL;
    }
  } else {
    tb_article *a = current(w);
    if (!a->headline) {
      a->headline = t;
      w->head_level = level;
    } else if (a->paragraphs.count == 0 && level && w->head_level && level < w->head_level) {
      /* a kicker set at a lower level above the title ("<h3>引题</h3><h1>主题</h1>") */
      tb_strlist_push_owned(&a->subheadlines, a->headline);
      a->headline = t;
      w->head_level = level;
    } else if (a->paragraphs.count == 0) {
      if (!a->subheadlines.count) w->sub_level = level;
      tb_strlist_push_owned(&a->subheadlines, t);
    } else {
      tb_article_add_crosshead(a, a->paragraphs.count, t);
      free(t);
    }
  }
  note_lines(w->cur, line);
}

enum { CAPTION_CHARS_MAX = 150, CROSSHEAD_CHARS_MAX = 30 };

/* Inside a story's text, a short paragraph all in bold that finishes no sentence is a
 * crosshead ("<p><b>小铺子成了“信息站”</b></p>"). */
static bool is_bold_crosshead(const html_walk *w, xmlNode *block, const char *t) {
  return block && w->cur && w->cur->paragraphs.count && !html_heading_level(block) &&
         tb_utf8_length(t) <= CROSSHEAD_CHARS_MAX && !tb_lo_ends_sentence(t) && !is_end_byline(t) &&
         tb_layout_credit_kind(t) == TB_CREDIT_NONE && !tb_layout_is_editor_note(t) &&
         html_all_text_bold(block->children, false);
}

/* Under a block holding only a picture, a short block set as a caption: centred
 * (<p align="center">), or a table cell of its own under the picture's cell. */
static bool is_caption_block(xmlNode *block, const char *t) {
  if (!block || tb_utf8_length(t) > CAPTION_CHARS_MAX) return false;
  if (html_named(block, "td") || html_named(block, "th")) return true;
  xmlChar *align = xmlGetProp(block, (const xmlChar *)"align");
  xmlChar *style = xmlGetProp(block, (const xmlChar *)"style");
  bool centred = (align && strcasecmp((const char *)align, "center") == 0) ||
                 (style && strstr((const char *)style, "center"));
  xmlFree(align);
  xmlFree(style);
  return centred;
}

enum { MARKED_WRITER_CHARS = 8 };

/* "□ 岳明", "■李华": an opinion piece's writer, marked with a square, under its title. */
static bool is_marked_writer(const char *t) {
  if (!tb_lo_starts(t, "□") && !tb_lo_starts(t, "■")) return false;
  const char *name = t + strlen("□");
  while (*name == ' ')
    name++;
  size_t chars = tb_utf8_length(name);
  if (!chars || chars > MARKED_WRITER_CHARS) return false;
  for (const char *p = name; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || tb_lo_is_punct(cp)) return false;
    p += used;
  }
  return true;
}

/* A block whose role its style gave (html_style.c) goes where the role says; takes t and returns
 * true, or returns false to leave it to the rules for any page. */
static bool add_styled_role(html_walk *w, char *t, xmlNode *block, int line) {
  tb_article *a = w->cur;
  switch (block ? html_role_of(block) : HTML_ROLE_TEXT) {
  case HTML_ROLE_DROP:
    free(t);
    return true;
  case HTML_ROLE_KICKER:
    close_story(w);
    free(w->pending_kicker);
    w->pending_kicker = t;
    return true;
  case HTML_ROLE_HEADLINE:
    close_story(w);
    current(w)->headline = t;
    if (w->pending_kicker) {
      tb_strlist_push_owned(&w->cur->subheadlines, w->pending_kicker);
      w->pending_kicker = NULL;
    }
    note_lines(w->cur, line);
    return true;
  case HTML_ROLE_SUBTITLE:
    if (!a || !a->headline || a->paragraphs.count) return false;
    tb_strlist_push_owned(&a->subheadlines, t);
    return true;
  case HTML_ROLE_BYLINE:
    if (!a || a->byline) return false;
    a->byline = t;
    return true;
  case HTML_ROLE_CROSSHEAD:
    if (!a || !a->paragraphs.count) return false;
    tb_article_add_crosshead(a, a->paragraphs.count, t);
    free(t);
    return true;
  default:
    return false;
  }
}

/* One paragraph-sized piece of text from block, sorted by what it is. Takes t. */
static void add_text(html_walk *w, char *t, xmlNode *block, int line) {
  static const char *const title_classes[] = {"headline", "article-title", "news-title",
                                              "main-title"};
  static const char *const subtitle_classes[] = {"subtitle", "sub-title", "subhead",
                                                 "kicker",   "deck",      "intro-title"};
  static const char *const byline_classes[] = {"byline", "author", "reporter"};
  static const char *const note_classes[] = {"editor-note", "editor_note", "editornote", "ednote"};
  static const char *const caption_classes[] = {"caption", "photo-note", "pic-note"};
  bool after_image = w->after_image;
  w->after_image = false;
  if (!t[0] || is_story_furniture(t)) {
    free(t);
    return;
  }
  if (add_styled_role(w, t, block, line)) return;
  /* the page's date line before any story, or a page label ("第02版：社会") that starts a new
   * page and so ends the story before it: masthead, not text */
  bool page_label = tb_layout_is_furniture(t, false) && strstr(t, "版");
  if (page_label || (!w->cur && tb_layout_is_furniture(t, true))) {
    if (page_label) close_story(w);
    tb_strbuf_puts(&w->masthead, t);
    tb_strbuf_putc(&w->masthead, '\n');
    free(t);
    return;
  }
  char *names = block ? html_class_and_id(block) : tb_xstrdup("");
  bool is_title =
      html_class_has_any(block, title_classes, COUNT(title_classes)) ||
      (strstr(names, "title") && !strstr(names, "subtitle") && !strstr(names, "sub-title"));
  free(names);
  if (!is_title && !w->in_article && html_is_table_kicker_cell(block)) {
    close_story(w);
    free(w->pending_kicker);
    w->pending_kicker = t;
    return;
  }
  if (is_title || (!w->in_article && html_is_table_title_cell(block))) {
    add_heading(w, t, w->in_article ? 1 : w->story_level, line);
    return;
  }
  if ((html_class_has_any(block, subtitle_classes, COUNT(subtitle_classes)) ||
       (!after_image && html_is_table_subtitle_cell(w->cur, block, t))) &&
      w->cur && w->cur->paragraphs.count == 0) {
    tb_strlist_push_owned(&w->cur->subheadlines, t);
  } else if (is_bold_crosshead(w, block, t)) {
    tb_article_add_crosshead(w->cur, w->cur->paragraphs.count, t);
    free(t);
  } else if (html_class_has_any(block, caption_classes, COUNT(caption_classes)) ||
             (after_image && w->cur && is_caption_block(block, t))) {
    tb_strlist_push_owned(&current(w)->captions, t);
  } else if (html_class_has_any(block, note_classes, COUNT(note_classes)) ||
             tb_layout_is_editor_note(t)) {
    if (!w->in_article && w->cur && w->cur->paragraphs.count > 0 && !w->pending_note) {
      w->pending_note = t; /* before the next story's headline */
    } else {
      tb_article *a = current(w);
      if (!a->editor_note)
        a->editor_note = t;
      else
        free(t);
    }
  } else if (html_class_has_any(block, byline_classes, COUNT(byline_classes)) ||
             (w->cur && !w->cur->paragraphs.count && !w->cur->byline &&
              (tb_layout_is_byline_line(t) || tb_layout_credit_kind(t) != TB_CREDIT_NONE ||
               is_marked_writer(t)))) {
    /* a byline printed as the story's first <p> ("文/记者 李滢", "□…") is not its text */
    tb_article *a = current(w);
    if (!a->byline)
      a->byline = t;
    else
      free(t);
  } else {
    tb_strlist_push_owned(&current(w)->paragraphs, t);
  }
  if (w->cur) note_lines(w->cur, line);
}

/* Inline text gathered from a block, white space collapsed (none kept between two wide
 * characters); two <br> in a row end a paragraph. */
typedef struct {
  tb_strbuf text;
  bool space;
  bool newline; /* the white space since the last text held a line break */
  uint32_t last;
  int breaks; /* <br> seen since the last text */
  bool image; /* an <img> seen since the last text */
  int line;
} inline_text;

static void put_text(inline_text *in, const char *s) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, len - i, &cp);
    if (!used) used = 1, cp = 0xFFFD;
    i += used;
    if (tb_is_space_cp(cp) || cp == '\t') {
      if (cp == '\n' || cp == '\r') in->newline = true;
      in->space = true;
      continue;
    }
    /* a source line break between two wide characters is a wrap, not a space; a space typed
     * between them parts words ("记者 宋涵 通讯员 刘璐") */
    bool wide_pair = in->last >= 0x2E80 && cp >= 0x2E80;
    if (in->space && in->text.len && (!wide_pair || !in->newline)) tb_strbuf_putc(&in->text, ' ');
    in->space = false;
    in->newline = false;
    in->breaks = 0;
    tb_strbuf_put_codepoint(&in->text, cp);
    in->last = cp;
  }
}

static void flush_inline(html_walk *w, inline_text *in, xmlNode *block) {
  if (in->text.len)
    add_text(w, tb_strbuf_take(&in->text), block, in->line);
  else if (in->image)
    w->after_image = w->story_image = true;
  in->image = false;
  tb_strbuf_init(&in->text);
  in->space = false;
  in->last = 0;
  in->breaks = 0;
}

static void walk_block(html_walk *w, xmlNode *block);

/* "<br>　　读者…": a line break followed by a paragraph indent (ideographic or no-break spaces)
 * starts a new paragraph inside one <p>; a bare <br> is only a line break. */
static bool starts_indented(const char *s) {
  while (s && (*s == '\n' || *s == '\r'))
    s++;
  return s && (tb_lo_starts(s, "\u3000") || tb_lo_starts(s, "\u00a0\u00a0"));
}

static void gather_inline(html_walk *w, xmlNode *n, inline_text *in, xmlNode *block) {
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (in->breaks && starts_indented((const char *)n->content)) flush_inline(w, in, block);
      if (!in->text.len && n->line > 0) in->line = n->line;
      put_text(in, (const char *)n->content);
    } else if (n->type != XML_ELEMENT_NODE || html_is_site_chrome(n)) {
      continue;
    } else if (html_named(n, "br")) {
      if (++in->breaks >= 2) flush_inline(w, in, block);
      in->space = in->newline = true; /* a soft line break */
    } else if (html_is_inline(n)) {
      if (html_named(n, "img")) in->image = true;
      gather_inline(w, n->children, in, block);
    } else {
      flush_inline(w, in, block);
      walk_block(w, n);
    }
  }
}

char *html_plain_text(xmlNode *n) {
  inline_text in = {0};
  tb_strbuf_init(&in.text);
  for (xmlNode *c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) put_text(&in, (const char *)c->content);
    if (c->type == XML_ELEMENT_NODE && !html_is_site_chrome(c)) {
      char *inner = html_plain_text(c);
      if (in.text.len && !html_named(c, "br") && !html_is_inline(c)) in.space = true;
      put_text(&in, inner);
      free(inner);
    }
  }
  return in.text.len ? tb_strbuf_take(&in.text) : tb_xstrdup("");
}

/* "<h2><span class="column">兴言</span> 让…</h2>": a column's name set inside the title is a tag,
 * not part of it. Unlinks the tag element from the heading and returns its text (caller frees),
 * or NULL. */
static char *column_tag_of(xmlNode *heading) {
  static const char *const classes[] = {"column", "rubric", "lanmu", "tag"};
  for (xmlNode *c = heading->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !html_is_inline(c) ||
        !html_class_has_any(c, classes, COUNT(classes)))
      continue;
    char *t = html_plain_text(c);
    xmlUnlinkNode(c);
    xmlFreeNode(c);
    if (t[0]) return t;
    free(t);
    return NULL;
  }
  return NULL;
}

static void add_masthead_text(html_walk *w, xmlNode *n) {
  char *t = html_plain_text(n);
  html_masthead_line(&w->masthead, t);
  free(t);
}

static xmlNode *next_element(xmlNode *n) {
  for (n = n->next; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) return n;
    if (n->type == XML_TEXT_NODE && n->content) {
      for (const char *p = (const char *)n->content; *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') return NULL;
    }
  }
  return NULL;
}

static bool is_title_element(xmlNode *n) {
  char *names = html_class_and_id(n);
  bool title = strstr(names, "title") && !strstr(names, "subtitle") && !strstr(names, "sub-title");
  free(names);
  return title;
}

/* The level of the heading an element opens with ("<founder-title><h1>…"), 0 when text or
 * another block comes first. */
static int leading_heading_level(xmlNode *n) {
  for (int depth = 0; n && depth < 4; depth++) {
    int level = html_heading_level(n);
    if (level) return level;
    if (is_title_element(n)) return 1; /* <founder-title>标题</founder-title> */
    xmlNode *first = n->children;
    while (first && first->type == XML_TEXT_NODE && first->content &&
           strspn((const char *)first->content, " \n\r\t") == strlen((const char *)first->content))
      first = first->next;
    n = first && first->type == XML_ELEMENT_NODE ? first : NULL;
  }
  return 0;
}

/* A heading below the story level right above a story's title, with nothing between: the next
 * story's kicker ("<h3>聚焦…</h3><h1>标题</h1>"), not a crosshead of the story before. */
static bool is_kicker_heading(const html_walk *w, xmlNode *heading, int level) {
  if (w->in_article || level <= w->story_level) return false;
  xmlNode *next = next_element(heading);
  int after = next ? leading_heading_level(next) : 0;
  return after && after <= w->story_level;
}

enum { COPYRIGHT_BLOCK_CHARS = 200 };

/* A short block with a copyright or licence line is the site's footer, whatever its class:
 * "鹤鸣报社版权所有…", its address and "京ICP备…" are no story's text. */
/* Whether n's plain text (html_plain_text) holds more than limit characters, looking at no more
 * of it than that: asked of every block, a walk of the whole text made pages with deep nesting
 * (unclosed sections) quadratic. White space counts for nothing, so this is a lower bound. */
static bool has_more_text_than(xmlNode *n, size_t limit, size_t *seen) {
  for (xmlNode *c = n->children; c && *seen <= limit; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      for (const char *p = (const char *)c->content; *p && *seen <= limit;) {
        uint32_t cp;
        size_t used = tb_utf8_decode(p, strlen(p), &cp);
        if (!used) used = 1, cp = 0xFFFD;
        p += used;
        if (!tb_is_space_cp(cp) && cp != '\t') (*seen)++;
      }
    } else if (c->type == XML_ELEMENT_NODE && !html_is_site_chrome(c)) {
      has_more_text_than(c, limit, seen);
    }
  }
  return *seen > limit;
}

static bool is_copyright_block(xmlNode *block) {
  static const char *const marks[] = {"ICP备", "ICP证", "Copyright", "copyright", "©", "版权所有"};
  if (html_named(block, "body") || html_named(block, "html")) return false;
  /* a story's paragraph may speak of 版权所有; only a licence number or © marks one as a footer */
  size_t count =
      html_named(block, "p") || html_named(block, "li") ? COUNT(marks) - 1 : COUNT(marks);
  size_t seen = 0;
  if (has_more_text_than(block, COPYRIGHT_BLOCK_CHARS, &seen)) return false;
  char *t = html_plain_text(block);
  bool yes = false;
  if (tb_utf8_length(t) <= COPYRIGHT_BLOCK_CHARS)
    for (size_t i = 0; i < count && !yes; i++)
      yes = strstr(t, marks[i]) != NULL;
  free(t);
  return yes;
}

static void walk_block(html_walk *w, xmlNode *block) {
  html_role role = html_role_of(block);
  if (role == HTML_ROLE_DROP) return;
  if (role == HTML_ROLE_MASTHEAD) {
    close_story(w); /* a section label ends the story before it */
    add_masthead_text(w, block);
    return;
  }
  if (html_is_site_chrome(block) || is_link_list(block) || is_copyright_block(block)) return;
  if (is_site_title(block) || (html_named(block, "header") && !w->in_article && !w->cur)) {
    add_masthead_text(w, block);
    return;
  }
  if (html_named(block, "article")) {
    close_story(w);
    bool saved = w->in_article;
    w->in_article = true;
    inline_text in = {0};
    tb_strbuf_init(&in.text);
    gather_inline(w, block->children, &in, block);
    flush_inline(w, &in, block);
    tb_strbuf_free(&in.text);
    close_story(w);
    w->item_level = 0;
    w->in_article = saved;
    return;
  }
  int level = html_heading_level(block);
  if (level || html_named(block, "figcaption")) {
    char *tag = level ? column_tag_of(block) : NULL;
    char *t = html_plain_text(block);
    if (!t[0]) {
      free(t);
      free(tag);
    } else if (level && is_kicker_heading(w, block, level)) {
      close_story(w);
      free(w->pending_kicker);
      w->pending_kicker = t;
      free(tag);
    } else if (level) {
      add_heading(w, t, level, block->line);
      if (tag && w->cur)
        tb_strlist_push_owned(&w->cur->subheadlines, tag);
      else
        free(tag);
    } else {
      tb_strlist_push_owned(&current(w)->captions, t);
      note_lines(w->cur, block->line);
    }
    return;
  }
  inline_text in = {0};
  tb_strbuf_init(&in.text);
  in.line = block->line;
  gather_inline(w, block->children, &in, block);
  flush_inline(w, &in, block);
  tb_strbuf_free(&in.text);
}

static bool has_heading(xmlNode *n) {
  for (; n; n = n->next)
    if (html_heading_level(n) || (n->type == XML_ELEMENT_NODE && has_heading(n->children)))
      return true;
  return false;
}

/* Headings per level outside the site's chrome and title. */
static void count_headings(xmlNode *n, size_t counts[7]) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || html_is_site_chrome(n) || is_site_title(n) ||
        is_link_list(n))
      continue;
    int level = html_heading_level(n);
    if (level)
      counts[level]++;
    else if (is_title_element(n) && !has_heading(n->children))
      counts[1]++; /* a title set in a titled element, not a heading: a story's title */
    else
      count_headings(n->children, counts);
  }
}

/* With <article> elements, text outside them is the site's, not a story's. */
static void walk_articles(html_walk *w, xmlNode *n) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || html_is_site_chrome(n)) continue;
    if (html_named(n, "article"))
      walk_block(w, n);
    else if (is_site_title(n) || html_named(n, "header"))
      add_masthead_text(w, n);
    else
      walk_articles(w, n->children);
  }
}

static bool has_element(xmlNode *n, const char *name) {
  for (; n; n = n->next) {
    if (html_named(n, name)) return true;
    if (n->type == XML_ELEMENT_NODE && has_element(n->children, name)) return true;
  }
  return false;
}

/* Without <article>, a story opens at the highest heading level used more than once (one h1
 * for the lead story and h2 for the others: both open stories), else at the highest used. */
static int story_level(xmlNode *root) {
  size_t counts[7] = {0};
  count_headings(root, counts);
  for (int level = 1; level <= 4; level++)
    if (counts[level] >= 2) return level;
  for (int level = 1; level <= 6; level++)
    if (counts[level]) return level;
  return 1;
}

tb_status tb_layout_parse_html(const tb_source_doc *doc, tb_issue *issue, tb_error *err) {
  htmlDocPtr html = htmlReadMemory(doc->text, (int)doc->length, doc->name, "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                       HTML_PARSE_RECOVER);
  if (!html) return tb_error_set(err, TB_ERR_INPUT, "%s: not readable as HTML", doc->name);
  xmlNode *root = xmlDocGetRootElement(html);
  html_mark_styled_roles(html, root);
  html_walk w = {.issue = issue};
  tb_strbuf_init(&w.masthead);
  html_read_page_metadata(&w.masthead, root);
  if (has_element(root, "article")) {
    walk_articles(&w, root);
  } else {
    w.story_level = story_level(root);
    walk_block(&w, root);
  }
  close_story(&w);
  free(w.pending_note);
  free(w.pending_kicker);
  if (w.masthead.len) tb_layout_masthead_text(tb_strbuf_view(&w.masthead), issue);
  tb_strbuf_free(&w.masthead);
  xmlFreeDoc(html);
  for (size_t i = issue->article_count; i-- > 0;)
    if (!issue->articles[i].paragraphs.count) tb_issue_remove_article(issue, i);
  return TB_OK;
}
