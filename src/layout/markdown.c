/* Markdown input read with libcmark: the document's blocks (headings with their level,
 * paragraphs, bold or italic paragraphs, images and their captions, quotes, list items, code)
 * become the classified lines that para.c and pair.c assemble into articles, one line a block.
 * Soft and hard line breaks stay inside their paragraph; rules, page comments and raw HTML are
 * not text but tell where stories and pages part. */
#include "markdown_internal.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

enum {
  BOLD_LEVEL = MD_BOLD_LEVEL,
  MASTHEAD_LINES = 25,     /* the masthead sits in the first lines, before any story starts */
  PAPER_NAME_CHARS = 8,    /* "# 石景山时讯" above the date line: the paper, not a story */
  BYLINE_LABEL_CHARS = 40, /* "作者：林一舟（作者系区委党校讲师）" */
  TITLE_CHARS_MAX = MD_TITLE_CHARS_MAX,
  SIGNER_CHARS_MAX = 20,           /* "永泰区医疗保障局" above the date of a notice */
  SIGNERS_MAX = 3,                 /* issuers of a joint notice, one a line */
  BAR_WRITER_CHARS_MAX = 16,       /* "文｜本报评论员 卢杉" */
  SENTENCE_HEADING_CHARS_MIN = 40, /* longer than a lead-in sentence set large */
  IMPRINT_CHARS_MAX = 60, /* "本报地址：…　新闻热线：…" under the last editor line */
  PLAIN_CAPTION_CHARS_MAX = 30,   /* one line under a picture; a paragraph runs longer */
  CAPTION_HEADING_CHARS_MAX = 80, /* a caption of two or three sentences under its picture */
};

typedef struct {
  tb_llines *out;
  const char *source; /* the text cmark reads, for where a block's lines are */
  md_meta *meta;
  size_t meta_cap;
  int last_line;      /* the source line where the last emitted block ended */
  bool rule_pending;  /* a story or page separator was met since the last emitted line */
  bool image_pending; /* the block before was an image alone: a caption may follow */
  bool seen_story;
  int list_item_no;     /* the number of the list item being read, 0 outside ordered lists */
  bool list_item_first; /* the next paragraph is the first of a list item */
  bool jump_from_pending; /* a block held only "（上接第1版）": the next one continues a story */
  bool list_paren;        /* the ordered list numbers its items "1)", not "1." */
} walker;

/* ---- emitting lines ------------------------------------------------------------------------- */

/* "作者：林一舟（作者系区委党校讲师）": a labelled writer line; returns the name part or NULL. */
static const char *labelled_writer(const char *s) {
  static const char *const labels[] = {"作者：", "作者:", "撰稿：", "撰稿:"};
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    if (!tb_lo_starts(s, labels[i])) continue;
    const char *rest = s + strlen(labels[i]);
    while (*rest == ' ')
      rest++;
    if (!*rest || tb_utf8_length(rest) > BYLINE_LABEL_CHARS || tb_lo_ends_sentence(rest))
      return NULL;
    return rest;
  }
  return NULL;
}

/* Adds one line of text (owned) that started at source line `first` and ended at `last`. */
static tb_lline *emit(walker *w, char *text, int first, int last, tb_line_kind kind, int level) {
  tb_llines *out = w->out;
  tb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
  tb_grow((void **)&w->meta, &w->meta_cap, out->count + 1, sizeof *w->meta);
  tb_lline *l = &out->items[out->count];
  memset(l, 0, sizeof *l);
  l->text = text;
  l->lineno = (size_t)first;
  l->blank_before = first - w->last_line - 1 > 0 ? first - w->last_line - 1 : 0;
  l->kind = kind;
  l->md_level = level;
  l->block_start = true;
  w->meta[out->count] = (md_meta){.level = level, .rule_above = w->rule_pending};
  out->count++;
  w->last_line = last > first ? last : first;
  w->rule_pending = false;
  w->image_pending = false;
  return l;
}

/* The classes lines.c gives a plain line, then what only a Markdown block shows. */
static void classify_text(walker *w, tb_lline *l) {
  bool zone = !w->seen_story && w->out->count <= MASTHEAD_LINES;
  tb_layout_take_jump(l);
  if (!l->text[0]) return; /* only a jump marker: walk_paragraph passes it on */
  tb_layout_line_classify(l, zone);
  if (l->dateline || l->kind == TB_LINE_HEADING) w->seen_story = true;
  l->width = tb_lo_width(l->text);
}

/* A clause mark in a block longer than any crosshead: running text, never a title. */
static bool is_running_text(const char *t) {
  return tb_utf8_length(t) > TITLE_CHARS_MAX &&
         (strstr(t, "，") || strstr(t, "。") || strstr(t, "；") || strstr(t, "、"));
}

/* A line that held only "（上接第1版）" is dropped, and the next one opens the continued part. */
static void pass_jump_marker(walker *w, tb_lline *l) {
  if (!l->text[0] && l->kind == TB_LINE_BODY) {
    w->jump_from_pending = l->jump_from;
    free(l->text);
    w->out->count--;
    return;
  }
  if (w->jump_from_pending && l->kind == TB_LINE_BODY) l->jump_from = true;
  w->jump_from_pending = false;
}

static bool is_title_text(const char *t) {
  return !tb_layout_is_byline_line(t) && !tb_layout_is_dateline(t) &&
         tb_layout_credit_kind(t) == TB_CREDIT_NONE && !tb_lo_ends_sentence(t) &&
         !tb_layout_is_editor_note(t) && !labelled_writer(t);
}

/* The source line `line` (1-based) of the text cmark reads, trimmed; caller frees. */
static char *source_line(const walker *w, int line) {
  const char *at = w->source;
  for (int k = 1; k < line && at; k++) {
    at = strchr(at, '\n');
    if (at) at++;
  }
  if (!at) return tb_xstrdup("");
  const char *e = strchr(at, '\n');
  return tb_lo_trim(at, e ? (size_t)(e - at) : strlen(at));
}

/* "|------|:---:|": the row under a table's header, drawn, not read. */
static bool is_table_rule(const char *row) {
  for (; *row; row++)
    if (!strchr("|-: \t", *row)) return false;
  return true;
}

/* A pipe table introduced by a story's text ("…安排如下：") is part of it: each row is one
 * paragraph, its cells joined by a space, as a reader would read the row aloud; the rule under
 * the header is dropped. A table standing alone under a heading is a service box
 * ("## 便民信息"), a grid for the eye and not a story. */
static void walk_table(walker *w, int first, int last) {
  const tb_llines *out = w->out;
  if (!out->count || out->items[out->count - 1].kind != TB_LINE_BODY || w->rule_pending) return;
  for (int line = first; line <= last; line++) {
    char *row = source_line(w, line);
    if (!row[0] || is_table_rule(row)) {
      free(row);
      continue;
    }
    tb_strbuf cells;
    tb_strbuf_init(&cells);
    char *save = NULL;
    for (char *cell = strtok_r(row, "|", &save); cell; cell = strtok_r(NULL, "|", &save)) {
      char *t = tb_lo_trim(cell, strlen(cell));
      if (t[0]) {
        if (cells.len) tb_strbuf_putc(&cells, ' ');
        md_put_text(&cells, t);
      }
      free(t);
    }
    free(row);
    if (!cells.len) {
      tb_strbuf_free(&cells);
      continue;
    }
    char *raw = tb_strbuf_take(&cells);
    char *clean = tb_layout_clean_line(raw);
    free(raw);
    tb_lline *l = emit(w, clean, line, line, TB_LINE_BODY, 0);
    l->indent = true; /* each row a paragraph of its own */
    l->run_in = true;
    l->width = tb_lo_width(l->text);
  }
}

/* "永泰区医疗保障局" over a notice's date: a short name with no mark of a sentence or clause. */
static bool is_signer(const char *t) {
  return tb_utf8_length(t) <= SIGNER_CHARS_MAX && !tb_lo_ends_sentence(t) &&
         !tb_layout_has_clause_mark(t) && !tb_layout_is_dateline(t);
}

/* Emits a block of running text (owned) with what the lines around it tell: a list item's
 * number, a subtitle under a title, a notice's signature, a bold title. */
static void emit_text(walker *w, char *text, int first, int last, md_para_shape shape,
                      bool list_item) {
  bool bold_title = shape == SHAPE_BOLD && is_title_text(text);
  tb_lline *l = emit(w, text, first, last, TB_LINE_BODY, 0);
  w->meta[w->out->count - 1].bold = shape == SHAPE_BOLD;
  l->indent = list_item;
  classify_text(w, l);
  if (list_item && w->list_item_no && !l->list_no) l->list_no = w->list_item_no; /* "1)" */
  size_t at = w->out->count - 1;
  tb_lline *above = at > 0 ? &w->out->items[at - 1] : NULL;
  /* right under a title, a long line with commas may be its subtitle ("因地制宜构建5种治理模式，
   * 以…为重点突破口"), unless it finishes a sentence or opens what follows with "：" */
  bool may_be_subtitle = above && above->kind == TB_LINE_HEADING && !strstr(l->text, "。") &&
                         !strstr(l->text, "；") && tb_lo_last_cp(l->text) != 0xFF1A;
  l->run_in = !may_be_subtitle && is_running_text(l->text);
  if (l->kind == TB_LINE_FURNITURE && w->seen_story && tb_layout_is_bare_date(l->text) && above &&
      above->kind == TB_LINE_BODY) {
    /* a notice's signature: the issuer and the date are its last paragraphs, not a title and
     * page furniture */
    l->kind = TB_LINE_BODY;
    l->run_in = l->signature = true;
    /* a notice issued jointly names each issuer on a line of its own over the date */
    for (size_t k = at, signers = 0; k-- > 0 && signers < SIGNERS_MAX; signers++) {
      tb_lline *signer = &w->out->items[k];
      if (signer->kind != TB_LINE_BODY || !is_signer(signer->text)) break;
      signer->run_in = signer->signature = true;
    }
  }
  if (bold_title && l->kind == TB_LINE_BODY && !l->dateline && !l->ednote) {
    l->kind = TB_LINE_HEADING;
    l->md_level = BOLD_LEVEL;
    w->meta[w->out->count - 1].level = BOLD_LEVEL;
    w->seen_story = true;
  }
  pass_jump_marker(w, l);
}

/* "文｜卢杉", "文图 | 祝青": a writer's line that parts the label from the name with a bar, as
 * commentaries and features set it; the whole line is the byline. */
static bool is_bar_writer(const char *t) {
  static const char *const labels[] = {"文", "文图", "图文"};
  for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
    if (!tb_lo_starts(t, labels[i])) continue;
    const char *bar = t + strlen(labels[i]);
    while (*bar == ' ')
      bar++;
    if (tb_lo_starts(bar, "｜"))
      bar += strlen("｜");
    else if (*bar == '|')
      bar++;
    else
      continue;
    while (*bar == ' ')
      bar++;
    size_t chars = tb_utf8_length(bar);
    return chars >= 2 && chars <= BAR_WRITER_CHARS_MAX && !tb_lo_ends_sentence(bar) &&
           !tb_layout_has_clause_mark(bar);
  }
  return false;
}

/* A line naming its writer ("作者：X" gives the name alone, "文｜X" the whole line) becomes a
 * byline; takes text and returns true when it did, else leaves text to the caller. */
static bool emit_labelled_writer(walker *w, char *text, int first, int last) {
  const char *writer = labelled_writer(text);
  if (!writer && !is_bar_writer(text)) return false;
  char *name = tb_xstrdup(writer ? writer : text);
  free(text);
  tb_lline *l = emit(w, name, first, last, TB_LINE_BYLINE, 0);
  l->width = tb_lo_width(l->text);
  return true;
}

static void walk_paragraph(walker *w, cmark_node *para) {
  int first = cmark_node_get_start_line(para), last = cmark_node_get_end_line(para);
  md_para_shape shape = md_shape_of(para);
  bool after_image = w->image_pending;
  char *alt = NULL;
  char *text = md_text_of(para, &alt);
  free(alt); /* alt text describes the picture for the web; the caption is what is read */
  /* a pipe table ("| 事项 | 时间 |…"): a grid for the eye, not text to read in order */
  bool table = text[0] == '|' && tb_lo_ends(text, "|") && strstr(text, "---");
  if (table) {
    free(text);
    walk_table(w, first, last);
    return;
  }
  if (md_is_page_marker(text) || md_is_page_number_block(text)) {
    free(text);
    w->rule_pending = true;
    w->image_pending = false;
    return;
  }
  if (md_is_picture_stand_in(text)) shape = SHAPE_IMAGE;
  if (shape == SHAPE_IMAGE || !text[0]) {
    free(text);
    w->image_pending = shape == SHAPE_IMAGE;
    return;
  }
  if (w->list_item_no && w->list_item_first) {
    char *numbered = tb_xasprintf("%d%c %s", w->list_item_no, w->list_paren ? ')' : '.', text);
    free(text);
    text = numbered;
  }
  bool list_item = w->list_item_first;
  w->list_item_first = false;
  if (emit_labelled_writer(w, text, first, last)) return;
  /* under a picture set between two paragraphs of a story, a short plain line of at most one
   * sentence is its caption (MinerU, pymupdf4llm write captions unstyled); longer, text resumes */
  const tb_lline *prev = w->out->count ? &w->out->items[w->out->count - 1] : NULL;
  const char *stop = strstr(text, "。");
  bool plain_caption = after_image && shape == SHAPE_PLAIN && prev && prev->kind == TB_LINE_BODY &&
                       tb_lo_ends_sentence(prev->text) &&
                       tb_utf8_length(text) <= PLAIN_CAPTION_CHARS_MAX &&
                       (!stop || !stop[strlen("。")]) && !tb_layout_is_dateline(text);
  /* a caption set bold under its picture (pymupdf4llm) is a sentence or ends with a credit; a
   * bold title there heads a photo story */
  long credit_at = -1;
  tb_credit_kind credit = TB_CREDIT_NONE;
  if (after_image && shape == SHAPE_BOLD) credit_at = tb_layout_credit_tail(text, &credit);
  bool bold_caption = after_image && shape == SHAPE_BOLD &&
                      (tb_lo_ends_sentence(text) || (credit_at > 0 && credit == TB_CREDIT_PHOTO));
  bool caption = shape == SHAPE_IMAGE_CAPTION || (after_image && shape == SHAPE_ITALIC) ||
                 plain_caption || bold_caption;
  if (caption) {
    tb_lline *l = emit(w, text, first, last, TB_LINE_CAPTION, 0);
    l->width = tb_lo_width(l->text);
    return;
  }
  emit_text(w, text, first, last, shape, list_item);
}

/* A converter that gives levels by font size alone makes a heading of a paragraph set a little
 * larger or bolder: a dateline paragraph ("#### 本报讯（记者…）4月16日，…"), or running text that
 * finishes a sentence after other running text. Both are text. A sentence right under a story's
 * titles may be a lead-in instead: md_join_lead_in_sentences puts it back in its paragraph. */
static bool is_text_made_heading(const walker *w, const char *text) {
  if (tb_layout_is_dateline(text) && is_running_text(text)) return true;
  /* a finished sentence longer than any title or lead-in, with clause marks, is text wherever
   * it stands (the first paragraph under a feature's writer's line) */
  if (tb_lo_ends_sentence(text) && is_running_text(text) &&
      tb_utf8_length(text) > SENTENCE_HEADING_CHARS_MIN)
    return true;
  const tb_lline *above = w->out->count ? &w->out->items[w->out->count - 1] : NULL;
  return above && !w->rule_pending &&
         (above->kind == TB_LINE_BODY || above->kind == TB_LINE_CAPTION) &&
         tb_lo_ends_sentence(above->text) && tb_lo_ends_sentence(text) && is_running_text(text);
}

/* "# 城东社区食堂开进老小区 {#城东社区食堂 .unnumbered}": pandoc writes a heading's identifier
 * and classes in braces after its text; they name the heading for links, a reader never sees
 * them. Cuts them off text in place. */
static void drop_heading_attributes(char *text) {
  size_t n = strlen(text);
  if (n < 3 || text[n - 1] != '}') return;
  char *open = strrchr(text, '{');
  if (!open || (open[1] != '#' && open[1] != '.') || (open > text && open[-1] != ' ')) return;
  while (open > text && open[-1] == ' ')
    open--;
  *open = '\0';
}

/* A caption set in its own type under a picture, which a converter sized into a heading: a
 * sentence, or a line that ends with the photographer's credit. */
static bool is_caption_made_heading(const walker *w, const char *text) {
  if (!w->image_pending || tb_layout_is_dateline(text) ||
      tb_utf8_length(text) > CAPTION_HEADING_CHARS_MAX)
    return false;
  tb_credit_kind credit = TB_CREDIT_NONE;
  long at = tb_layout_credit_tail(text, &credit);
  return tb_lo_ends_sentence(text) || (at > 0 && credit == TB_CREDIT_PHOTO);
}

static void walk_heading(walker *w, cmark_node *h) {
  int first = cmark_node_get_start_line(h), last = cmark_node_get_end_line(h);
  char *text = md_text_of(h, NULL);
  drop_heading_attributes(text);
  if (!text[0]) {
    free(text);
    return;
  }
  int level = cmark_node_get_heading_level(h);
  if (is_caption_made_heading(w, text)) {
    tb_lline *l = emit(w, text, first, last, TB_LINE_CAPTION, 0);
    l->width = tb_lo_width(l->text);
    return;
  }
  if (emit_labelled_writer(w, text, first, last)) return;
  /* a byline or a credit set apart ("#### 文/本报记者 周原", "#### （记者 吴霜）") is no title:
   * it is classified as the plain line it is */
  if (is_text_made_heading(w, text) || tb_layout_is_byline_line(text) ||
      tb_layout_credit_kind(text) != TB_CREDIT_NONE) {
    emit_text(w, text, first, last, SHAPE_PLAIN, false);
    return;
  }
  /* "# 第01版　要闻": a page label, whatever its level, parts pages like a page comment */
  if (tb_layout_is_furniture(text, false) || md_is_page_label(text)) {
    tb_lline *l = emit(w, text, first, last, TB_LINE_FURNITURE, 0);
    l->width = tb_lo_width(l->text);
    w->rule_pending = true;
    return;
  }
  tb_lline *l = emit(w, text, first, last, TB_LINE_HEADING, level);
  /* Markdown needs a blank line between blocks; under another heading with nothing between,
   * this one stands in the same title stack */
  size_t at = w->out->count - 1;
  if (at > 0 && w->out->items[at - 1].kind == TB_LINE_HEADING && !w->meta[at].rule_above)
    l->blank_before = 0;
  tb_layout_take_jump(l);
  l->width = tb_lo_width(l->text);
  w->seen_story = true;
}

/* "<!-- page 2 · 社区 -->", "<!-- 第2版 -->": a comment naming a page parts pages.
 * "<!-- image -->" (docling) stands where a picture was: a caption may follow. */
static void walk_html(walker *w, cmark_node *n) {
  const char *html = cmark_node_get_literal(n);
  if (!html || strncmp(html, "<!--", 4) != 0) return;
  if (strstr(html, "page") || strstr(html, "Page") || strstr(html, "版")) w->rule_pending = true;
  if (strstr(html, "image") || strstr(html, "picture") || strstr(html, "figure"))
    w->image_pending = true;
}

/* Indented or fenced text: an export that indents its paragraphs by four spaces or more makes
 * code of them. Each line is a line of text; para.c joins wrapped ones. */
static void walk_code(walker *w, cmark_node *n) {
  const char *info = cmark_node_get_fence_info(n);
  if (info && info[0]) return; /* a fence naming a language holds a program, not copy */
  const char *s = cmark_node_get_literal(n);
  int line = cmark_node_get_start_line(n);
  /* a fenced block's text starts one line below its fence */
  const char *at = w->source;
  for (int k = 1; k < line && at; k++) {
    at = strchr(at, '\n');
    if (at) at++;
  }
  while (at && *at == ' ')
    at++;
  if (at && (strncmp(at, "```", 3) == 0 || strncmp(at, "~~~", 3) == 0)) line++;
  while (s && *s) {
    const char *e = strchr(s, '\n');
    size_t len = e ? (size_t)(e - s) : strlen(s);
    char *raw = tb_lo_trim(s, len);
    if (raw[0]) {
      char *clean = tb_layout_clean_line(raw);
      tb_lline *l = emit(w, clean, line, line, TB_LINE_BODY, 0);
      l->indent = true;
      l->block_start = false;
      classify_text(w, l);
      pass_jump_marker(w, l);
    }
    free(raw);
    line++;
    s = e ? e + 1 : s + len;
  }
}

static void walk_blocks(walker *w, cmark_node *parent);

static void walk_list(walker *w, cmark_node *list) {
  bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
  int no = ordered ? cmark_node_get_list_start(list) : 0;
  int saved_no = w->list_item_no;
  bool saved_first = w->list_item_first, saved_paren = w->list_paren;
  w->list_paren = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM;
  for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
    w->list_item_no = ordered ? no++ : 0;
    w->list_item_first = true;
    walk_blocks(w, item);
  }
  w->list_item_no = saved_no;
  w->list_item_first = saved_first;
  w->list_paren = saved_paren;
}

/* "- 3 -" at a page's foot: CommonMark reads a list of one item, the page number. */
static bool is_page_number_list(const walker *w, cmark_node *list) {
  cmark_node *item = cmark_node_first_child(list);
  cmark_node *para = item ? cmark_node_first_child(item) : NULL;
  if (!para || cmark_node_next(item) || cmark_node_next(para) ||
      cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH ||
      cmark_node_get_start_line(para) != cmark_node_get_end_line(para))
    return false;
  char *line = source_line(w, cmark_node_get_start_line(list));
  bool folio = md_is_page_number_block(line);
  free(line);
  return folio;
}

static void walk_blocks(walker *w, cmark_node *parent) {
  for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
    case CMARK_NODE_PARAGRAPH:
      walk_paragraph(w, n);
      break;
    case CMARK_NODE_HEADING:
      walk_heading(w, n);
      break;
    case CMARK_NODE_THEMATIC_BREAK:
      w->rule_pending = true;
      w->image_pending = false;
      break;
    case CMARK_NODE_HTML_BLOCK:
      walk_html(w, n);
      break;
    case CMARK_NODE_CODE_BLOCK:
      walk_code(w, n);
      break;
    case CMARK_NODE_LIST:
      if (is_page_number_list(w, n)) {
        w->rule_pending = true;
        w->image_pending = false;
      } else {
        walk_list(w, n);
      }
      break;
    default: /* block quotes, list items: their blocks */
      walk_blocks(w, n);
      break;
    }
  }
}

/* ---- front matter --------------------------------------------------------------------------- */

/* A YAML block between "---" lines at the very top ("paper: 怀柔报", "date: 2026-09-08") is the
 * export's masthead: its values become furniture lines and the block is blanked (the line count
 * kept) so cmark does not read it as a rule and a heading. Returns the text to parse (caller
 * frees). */
static char *take_front_matter(walker *w, const char *text) {
  char *copy = tb_xstrdup(text);
  if (strncmp(copy, "---\n", 4) != 0 && strncmp(copy, "---\r\n", 5) != 0) return copy;
  char *end = NULL;
  for (char *p = strchr(copy, '\n'); p; p = strchr(p + 1, '\n'))
    if (strncmp(p + 1, "---", 3) == 0 && (p[4] == '\n' || p[4] == '\r' || p[4] == '\0')) {
      end = p + 1;
      break;
    }
  if (!end) return copy;
  int line = 1;
  for (char *p = copy; p < end + 3; line++) {
    char *e = strchr(p, '\n');
    if (!e) e = p + strlen(p);
    const char *colon = memchr(p, ':', (size_t)(e - p));
    if (colon && p != copy) {
      char *value = tb_lo_trim(colon + 1, (size_t)(e - colon - 1));
      if (value[0]) {
        tb_lline *l = emit(w, value, line, line, TB_LINE_FURNITURE, 0);
        l->width = tb_lo_width(l->text);
        l->block_start = false;
      } else {
        free(value);
      }
    }
    for (char *q = p; q < e; q++)
      if (*q != '\r') *q = ' ';
    p = *e ? e + 1 : e;
  }
  w->last_line = line - 1;
  return copy;
}

/* ---- the document ---------------------------------------------------------------------------- */

/* "###柘湖镇…": typed without the space CommonMark wants after the marks, a heading all the
 * same when a wide character follows; the space is put in (the line count is kept). Takes
 * text, returns the text to parse (caller frees). */
static char *space_tight_headings(char *text) {
  tb_strbuf out;
  tb_strbuf_init(&out);
  for (const char *line = text; *line;) {
    const char *e = strchr(line, '\n');
    size_t len = e ? (size_t)(e - line) + 1 : strlen(line);
    size_t hashes = 0;
    while (hashes < len && line[hashes] == '#')
      hashes++;
    if (hashes >= 1 && hashes <= 6 && hashes < len && (unsigned char)line[hashes] >= 0x80) {
      tb_strbuf_append(&out, line, hashes);
      tb_strbuf_putc(&out, ' ');
      tb_strbuf_append(&out, line + hashes, len - hashes);
    } else {
      tb_strbuf_append(&out, line, len);
    }
    line += len;
  }
  free(text);
  return tb_strbuf_take(&out);
}

/* Some converters put two blank lines (or more) between blocks where others put one; the rules
 * read one blank as the ordinary gap, so when no gap is shorter than k lines, gaps are counted
 * in units of k (as the plain-text reader does). */
static void count_gaps_in_units(tb_llines *out) {
  int shortest = 0;
  for (size_t i = 1; i < out->count; i++) {
    int b = out->items[i].blank_before;
    if (b > 0 && (shortest == 0 || b < shortest)) shortest = b;
  }
  if (shortest < 2) return;
  for (size_t i = 0; i < out->count; i++) {
    int b = out->items[i].blank_before;
    if (b > 0) out->items[i].blank_before = (b + shortest / 2) / shortest;
  }
}

void tb_layout_markdown_lines(const char *text, tb_llines *out) {
  memset(out, 0, sizeof *out);
  walker w = {.out = out};
  char *source = space_tight_headings(take_front_matter(&w, text));
  w.source = source;
  cmark_node *doc = cmark_parse_document(source, strlen(source), CMARK_OPT_DEFAULT);
  walk_blocks(&w, doc);
  cmark_node_free(doc);
  free(source);
  count_gaps_in_units(out);
  /* a short first title right above the masthead's date or issue line is the paper's name
   * ("# 石景山时讯" then "2026年5月12日 星期二 第19期…"), not a story's */
  if (out->count >= 2 && out->items[0].kind == TB_LINE_HEADING &&
      tb_utf8_length(out->items[0].text) <= PAPER_NAME_CHARS &&
      out->items[1].kind == TB_LINE_FURNITURE)
    out->items[0].kind = TB_LINE_FURNITURE;
  /* the masthead zone ends at the first story: its furniture tells paper, date and number */
  for (size_t i = 0; i < out->count && i < MASTHEAD_LINES; i++) {
    const tb_lline *l = &out->items[i];
    if (l->kind == TB_LINE_HEADING || l->dateline) break;
    if (l->kind == TB_LINE_FURNITURE) out->masthead_end = i + 1;
  }
  /* the imprint under the last page's editor line ("本报地址：…　新闻热线：…") ends the paper */
  if (out->count >= 2) {
    tb_lline *last = &out->items[out->count - 1];
    if (out->items[out->count - 2].kind == TB_LINE_FURNITURE && last->kind != TB_LINE_FURNITURE &&
        !last->md_level && tb_utf8_length(last->text) <= IMPRINT_CHARS_MAX &&
        !tb_lo_ends_sentence(last->text))
      last->kind = TB_LINE_FURNITURE;
  }
  /* "…现将有关事项通知如下：" over a list, or a clause over more text, introduces it: text, not
   * a speaker's kicker over a title ("全国人大代表、…经理吴华侠：") */
  for (size_t i = 0; i + 1 < out->count; i++) {
    tb_lline *l = &out->items[i];
    const tb_lline *next = &out->items[i + 1];
    uint32_t last = tb_lo_last_cp(l->text);
    if (l->kind == TB_LINE_BODY && (last == 0xFF1A || last == ':') &&
        ((next->indent && next->block_start) ||
         (next->kind == TB_LINE_BODY && tb_layout_has_clause_mark(l->text))))
      l->run_in = true;
  }
  md_join_split_titles(out, w.meta);
  md_lost_titles_are_headings(out, w.meta);
  md_pull_quotes_are_furniture(out, w.meta);
  md_join_lead_in_sentences(out, w.meta);
  md_section_levels_are_labels(out, w.meta);
  md_relative_levels(out, w.meta);
  free(w.meta);
}
