/* Heading levels in Markdown: which levels name sections rather than stories, and how each run
 * of headings stands to the story around it, whatever levels the export wrote. */
#include "markdown_internal.h"

#include <stdlib.h>

static const double KICKER_COVER_MAX = 0.25, TITLE_COVER_MIN = 0.5;
static const double TITLE_TOLD_WHOLE = 0.8, KICKER_TOLD_RATIO = 3;

enum {
  SECTION_CHARS_MAX = 8, /* "怀柔快讯", "健康之窗": a section of the page over its stories */
  COLUMN_TAG_CHARS = 5, /* "石桥论坛", "图片新闻": a column's name, shorter than any title */
  SAME_LEVEL_CROSSHEAD_CHARS = 14, /* "一块地分给30户"; a story's title runs longer */
  SUBTITLE_LINES_MAX = 2,          /* subtitle lines set as text between titles and writer */
};

static bool is_dash_subtitle(const char *t) {
  return tb_lo_starts(t, "—") || tb_lo_starts(t, "－－") || tb_lo_starts(t, "--");
}

/* "## 怀柔快讯" over "### 雁栖湖…": a short heading over a deeper one whose level recurs in the
 * stories after it, before any heading as shallow as the label, names a section of briefs, not
 * the first brief. */
static bool is_section_label(const tb_llines *L, const md_meta *meta, size_t label, size_t end,
                             size_t deeper) {
  /* bold lines under a label are as often its crossheads as its stories: pair.c weighs those */
  if (tb_utf8_length(L->items[label].text) > SECTION_CHARS_MAX ||
      meta[deeper].level >= MD_BOLD_LEVEL)
    return false;
  for (size_t j = end; j < L->count; j++) {
    const tb_lline *l = &L->items[j];
    if (l->kind == TB_LINE_FURNITURE || meta[j].rule_above) return false;
    if (l->kind != TB_LINE_HEADING || !meta[j].level) continue;
    if (meta[j].level <= meta[label].level) return false;
    if (meta[j].level == meta[deeper].level && (j == 0 || L->items[j - 1].kind != TB_LINE_HEADING))
      return true;
  }
  return false;
}

/* Share of heading h's words (bigrams) that the paragraph right under the run [.., end) repeats;
 * 0 when no text follows. */
static double told_below(const tb_llines *L, size_t h, size_t end) {
  if (end >= L->count || L->items[end].kind != TB_LINE_BODY) return 0;
  tb_bigrams head, text;
  tb_bigrams_of(L->items[h].text, 0, &head);
  /* a paragraph split at a column break goes on in the next block */
  const tb_lline *first = &L->items[end], *rest = end + 1 < L->count ? first + 1 : NULL;
  if (rest && rest->kind == TB_LINE_BODY && !tb_lo_ends_sentence(first->text)) {
    char *whole = tb_xasprintf("%s%s", first->text, rest->text);
    tb_bigrams_of(whole, 0, &text);
    free(whole);
  } else {
    tb_bigrams_of(first->text, 0, &text);
  }
  double cover = tb_bigrams_cover(&head, &text);
  tb_bigrams_free(&head);
  tb_bigrams_free(&text);
  return cover;
}

/* A kicker set larger than its title ("## 聚焦全区“一老一小”…" over "### 西坡街道…托育点开园"):
 * the story's first paragraph tells what the title says, hardly what the kicker says. */
static bool is_kicker_over(const tb_llines *L, size_t kicker, size_t title, size_t end) {
  double kicker_told = told_below(L, kicker, end), title_told = told_below(L, title, end);
  /* a word the kicker shares with the text by chance ("健康" in "卫生健康局") weighs little
   * beside a title the text tells almost word for word */
  return title_told >= TITLE_COVER_MIN &&
         (kicker_told < KICKER_COVER_MAX ||
          (title_told >= TITLE_TOLD_WHOLE && kicker_told * KICKER_TOLD_RATIO <= title_told));
}

/* "关于防范夏季消费陷阱的提示", "关于…的通告": the title of an official notice, whatever stands
 * over it (the issuer's name, set as large or larger). */
static bool is_notice_title(const char *t) {
  static const char *const kinds[] = {"通知", "通告",   "公告", "提示", "启事", "公示",
                                      "声明", "倡议书", "决定", "意见", "办法"};
  return tb_lo_starts(t, "关于") && tb_lo_ends_any(t, kinds, sizeof kinds / sizeof *kinds);
}

/* The heading of the run [i, end) that titles the story: a notice's "关于…" title, else the
 * shallowest one that is no —— subtitle, no section label and no kicker. */
static size_t pick_title(const tb_llines *L, const md_meta *meta, size_t i, size_t end) {
  for (size_t k = i + 1; k < end; k++)
    if (is_notice_title(L->items[k].text) && !is_notice_title(L->items[i].text)) return k;
  size_t title = i;
  int best = 0;
  for (size_t k = i; k < end; k++)
    if (!is_dash_subtitle(L->items[k].text) && (!best || meta[k].level < best))
      best = meta[k].level, title = k;
  for (size_t k = title + 1; k < end; k++)
    if (meta[k].level > best && !is_dash_subtitle(L->items[k].text))
      return is_section_label(L, meta, title, end, k) || is_kicker_over(L, title, k, end) ? k
                                                                                          : title;
  /* "## 石桥论坛" over "## 让…更贴心": a converter that writes every title at one level sets a
   * column's name as high as the title under it */
  size_t next = title + 1;
  if (next < end && meta[next].level == best && !is_dash_subtitle(L->items[next].text) &&
      tb_utf8_length(L->items[title].text) <= COLUMN_TAG_CHARS &&
      tb_utf8_length(L->items[next].text) > COLUMN_TAG_CHARS &&
      !tb_lo_is_punct(tb_lo_last_cp(L->items[title].text)))
    return next;
  return title;
}

/* Does the byline at b close a story's text, rather than stand under its titles (with at most an
 * editor's note or a caption between)? */
static bool closes_text(const tb_llines *L, size_t b) {
  for (size_t k = b; k-- > 0;) {
    const tb_lline *l = &L->items[k];
    if (l->kind == TB_LINE_HEADING || l->kind == TB_LINE_FURNITURE) return false;
    /* "*——…纪实*" under the title is its subtitle, not text the byline could close */
    if (l->kind == TB_LINE_BODY && !l->ednote && !is_dash_subtitle(l->text)) return true;
  }
  return false;
}

/* Is line l running text, the kind a story's title stands over (not a short kicker line or an
 * editor's note set between a label and the title)? */
static bool is_running_body(const tb_lline *l) {
  return l->kind == TB_LINE_BODY && !l->ednote &&
         (tb_lo_ends_sentence(l->text) || tb_utf8_length(l->text) > MD_TITLE_CHARS_MAX);
}

/* The heading after line i (up to any running text), passing bold lines (a column's name):
 * its index, or L->count. */
static size_t next_heading_before_text(const tb_llines *L, const md_meta *meta, size_t i) {
  for (size_t j = i + 1; j < L->count; j++) {
    if (L->items[j].kind == TB_LINE_HEADING && meta[j].level < MD_BOLD_LEVEL) return j;
    if (is_running_body(&L->items[j])) break;
  }
  return L->count;
}

/* A byline line, or a credit line naming who wrote the text as well as who took the pictures
 * ("记者 祝青 文/摄", "文/图 本报记者 苏芮"): a writer's line under a feature's titles. */
static bool names_writer(const tb_lline *l) {
  if (l->kind == TB_LINE_BYLINE) return true;
  static const char *const wrote[] = {"文/", "文／", "文并", "/文", "／文", "图文"};
  return l->kind == TB_LINE_CREDIT && tb_lo_has_any(l->text, wrote, sizeof wrote / sizeof *wrote);
}

/* Is there, after line at and before anything that opens a story (a rule, page furniture, a
 * stack of headings, a heading over a dateline or byline), another heading alone at the written
 * level over text: a second crosshead of the same size? */
static bool has_sibling(const tb_llines *L, const md_meta *meta, size_t at, int level) {
  for (size_t j = at; j < L->count; j++) {
    const tb_lline *l = &L->items[j];
    if (l->kind == TB_LINE_FURNITURE || meta[j].rule_above) return false;
    if (l->kind != TB_LINE_HEADING) continue;
    const tb_lline *below = j + 1 < L->count ? &L->items[j + 1] : NULL;
    if (!below || below->kind != TB_LINE_BODY || below->dateline) return false;
    if (meta[j].level == level) return true;
  }
  return false;
}

/* Past the subtitle lines set as text right under a stack of headings ending at line end (a
 * "——" line, or a short plain one), up to SUBTITLE_LINES_MAX: the first other line. Sets *dash
 * when a "——" subtitle was among them. */
static size_t past_text_subtitles(const tb_llines *L, size_t end, bool *dash) {
  size_t k = end;
  *dash = false;
  for (; k < L->count && k < end + SUBTITLE_LINES_MAX; k++) {
    const tb_lline *l = &L->items[k];
    if (l->kind != TB_LINE_BODY || l->dateline || l->ednote) break;
    if (is_dash_subtitle(l->text))
      *dash = true;
    else if (is_running_body(l))
      break;
  }
  return k;
}

/* A "——" subtitle or a writer's line under the stack of titles ending at line end (a subtitle
 * may be set as text, italic or plain, over the writer's line): the story is a feature. */
static bool feature_lines_under(const tb_llines *L, size_t end) {
  bool dash;
  size_t k = past_text_subtitles(L, end, &dash);
  return dash || (k < L->count && names_writer(&L->items[k]));
}

/* A writer's line under a subtitle set as text under the stack ending at line end: the stack
 * titles a story of its own, as one with its byline right under it does. */
static bool writer_under_subtitle(const tb_llines *L, size_t end) {
  bool dash;
  size_t k = past_text_subtitles(L, end, &dash);
  return k > end && k < L->count && names_writer(&L->items[k]);
}

/* "## 要闻" over "### …" stories: when every heading of a level has a deeper heading under it
 * before any text, and that deeper level titles at least two stories per heading, the level
 * names the paper's sections and pages, not stories: such headings part pages like a page
 * label. */
void md_section_levels_are_labels(tb_llines *L, md_meta *meta) {
  for (int level = 1; level < MD_BOLD_LEVEL; level++) {
    size_t labels = 0, deeper_count = 0;
    int deeper = 0;
    bool all = true;
    for (size_t i = 0; i < L->count && all; i++) {
      if (L->items[i].kind != TB_LINE_HEADING || meta[i].level != level) continue;
      labels++;
      size_t next = next_heading_before_text(L, meta, i);
      all = next < L->count && meta[next].level > level && (!deeper || meta[next].level == deeper);
      if (all) deeper = meta[next].level;
    }
    if (!all || labels < 2 || deeper >= MD_BOLD_LEVEL) continue;
    for (size_t i = 0; i < L->count; i++)
      deeper_count += L->items[i].kind == TB_LINE_HEADING && meta[i].level == deeper;
    if (deeper_count < 2 * labels) continue;
    for (size_t i = 0; i < L->count; i++) {
      if (L->items[i].kind != TB_LINE_HEADING || meta[i].level != level) continue;
      L->items[i].kind = TB_LINE_FURNITURE;
      L->items[i].md_level = 0;
      if (i + 1 < L->count) meta[i + 1].rule_above = true;
    }
    return;
  }
}

/* Newsroom exports give page labels, kickers, headlines, subtitles and crossheads levels at
 * random; what counts is how a heading stands to its neighbours. A run of headings that opens a
 * story gets its title level 1 and the rest levels below it, kept in their written order; a run
 * inside a story keeps its depth under that story's title, so pair.c can tell a crosshead. A run
 * opens a story when a rule, a page label or the document's start stands above it, a byline or
 * dateline stands under it, a closing byline ends the text above it, it holds more than one
 * heading (kicker, subtitle), its title is not deeper than the story's titles, or it is set
 * larger than every crosshead the story has had (a story's crossheads share one size) or than
 * the story's subtitle (a crosshead is set no larger than the subtitle over it). */
void md_relative_levels(tb_llines *L, const md_meta *meta) {
  int story_level = 0;     /* the shallowest written level of the current story's titles */
  int subtitle_level = 0;  /* the deepest written level under its title, 0 for none */
  int crosshead_level = 0; /* the shallowest written level of a run inside it, 0 for none */
  bool feature = false;    /* the story has a "——" subtitle or a byline line under its titles */
  /* the story's first crosshead was numbered ("一、…"): 1; was not: 0; none yet: -1 */
  int crossheads_numbered = -1;

  for (size_t i = 0; i < L->count;) {
    if (L->items[i].kind != TB_LINE_HEADING) {
      i++;
      continue;
    }
    size_t end = i;
    while (end < L->count && L->items[end].kind == TB_LINE_HEADING)
      end++;
    size_t title = pick_title(L, meta, i, end);
    int base = meta[title].level;
    const tb_lline *above = i > 0 ? &L->items[i - 1] : NULL;
    const tb_lline *below = end < L->count ? &L->items[end] : NULL;
    bool closing_above = above && above->kind == TB_LINE_BYLINE && closes_text(L, i - 1);
    bool opens = !above || above->kind == TB_LINE_FURNITURE || meta[i].rule_above ||
                 closing_above || end - i > 1 || !story_level || base <= story_level ||
                 (below && (below->kind == TB_LINE_BYLINE || below->dateline)) ||
                 writer_under_subtitle(L, end) || (crosshead_level && base < crosshead_level) ||
                 (subtitle_level && base < subtitle_level);
    /* a converter that writes every title at one level ("# …", MinerU) sets a feature's
     * crossheads as high as its title, and one that sizes by font alone may set them higher
     * (then they come at least two at that size before the next story): a
     * short heading alone between two runs of the feature's text (a picture's caption may end
     * the first, and the first crosshead may stand right under the writer's line), with no
     * dateline under it, is one of them (pair.c still parts a story whose text signs off with a
     * writer of its own) */
    if (opens && feature &&
        (base == story_level ||
         (base < story_level && (crosshead_level == base || has_sibling(L, meta, end, base)))) &&
        end - i == 1 && !meta[i].rule_above && !closing_above && above &&
        (above->kind == TB_LINE_BODY || above->kind == TB_LINE_CAPTION || names_writer(above)) &&
        below && below->kind == TB_LINE_BODY && !below->dateline &&
        tb_utf8_length(L->items[i].text) <= SAME_LEVEL_CROSSHEAD_CHARS &&
        /* after crossheads numbered "一、" "二、", one without a number is no more of them */
        (crossheads_numbered != 1 || tb_layout_list_number(L->items[i].text)))
      opens = false;
    if (opens) {
      /* a bold title over a "## ——…" subtitle: the story's crossheads are deeper than the
       * subtitle, not than the bold line */
      story_level = base;
      subtitle_level = 0;
      for (size_t k = i; k < end; k++) {
        if (meta[k].level < story_level) story_level = meta[k].level;
        if (k > title && meta[k].level < MD_BOLD_LEVEL && meta[k].level > subtitle_level)
          subtitle_level = meta[k].level;
      }
      crosshead_level = 0;
      crossheads_numbered = -1;
      feature = feature_lines_under(L, end);
      for (size_t k = i; k < end; k++)
        feature = feature || (k > title && is_dash_subtitle(L->items[k].text));
    } else {
      if (!crosshead_level || base < crosshead_level) crosshead_level = base;
      if (crossheads_numbered < 0)
        crossheads_numbered = tb_layout_list_number(L->items[title].text) ? 1 : 0;
    }
    for (size_t k = i; k < end; k++) {
      int level = meta[k].level - (opens ? base : story_level) + 1;
      /* under the title: a subtitle, a section label, and in a story any run of its own */
      bool under = k != title && (!opens || is_dash_subtitle(L->items[k].text) ||
                                  meta[k].level < base || k < title);
      if ((under || !opens) && level <= 1) level = 2;
      L->items[k].md_level = level < 1 ? 1 : level;
    }
    i = end;
  }
}
