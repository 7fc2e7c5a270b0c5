/* Rejoins hard-wrapped lines into items: paragraphs, heading units, captions, bylines and jump
 * markers, in source order.
 *
 * Evidence used, each line against its neighbours: sentence-final punctuation at the line end,
 * the width of the line against the local column measure (the median of nearby body lines), blank
 * lines (a blank after an unfinished sentence is a column break, not a paragraph end), a leading
 * space (the extractor starts a new text box), and the shape of headings (short, unpunctuated,
 * isolated, balanced brackets). */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
  MEASURE_WINDOW = 6,      /* body lines on each side that define the local column measure */
  WRAP_MAX = 90,           /* a measure wider than this (45 hanzi) is not a hard-wrapped column */
  FULL_SLACK = 3,          /* a line this close to the measure is full (units; a hanzi is 2) */
  INDENT_SLACK = 4,        /* first lines lose their 2-character indent in extraction */
  HEADING_MAX = 96,        /* 48 hanzi: the longest kicker */
  QUESTION_TITLE_MAX = 48, /* 24 hanzi: a question set as a title under a column tag */
  HEADING_BLOCK_MAX = 3,
  CLAUSE_HEADING_MAX = 70, /* a heading with a comma in it is short; a longer line is a lead */
  TAG_CHARS = 5,           /* a column tag ("知与行") under a title */
  RUBRIC_CHARS = 4,        /* a page rubric over a title ("图片新闻") */
  COUPLET_WIDTH_MAX = 32,  /* 16 hanzi: the longest half of a two-line couplet title */
  CAPTION_LINES_MAX = 3,   /* an unmarked caption set wider than its column */
  CAPTION_CHARS_MAX = 90,
};

static bool is_body(const tb_lline *l) {
  return l->kind == TB_LINE_BODY;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* Median width of the body lines around each line: the column measure there. */
static int *local_measures(const tb_llines *L) {
  int *med = tb_xcalloc(L->count + 1, sizeof(int));
  int window[2 * MEASURE_WINDOW];
  for (size_t i = 0; i < L->count; i++) {
    size_t k = 0;
    size_t seen = 0;
    for (size_t j = i; j > 0 && seen < MEASURE_WINDOW; j--)
      if (is_body(&L->items[j - 1])) window[k++] = L->items[j - 1].width, seen++;
    seen = 0;
    for (size_t j = i + 1; j < L->count && seen < MEASURE_WINDOW; j++)
      if (is_body(&L->items[j])) window[k++] = L->items[j].width, seen++;
    if (!k) {
      med[i] = L->items[i].width;
      continue;
    }
    qsort(window, k, sizeof(int), cmp_int);
    med[i] = window[k / 2];
  }
  return med;
}

bool tb_layout_has_clause_mark(const char *s) {
  return strstr(s, "，") || strstr(s, "、") || strstr(s, "；") || strstr(s, "。") ||
         strchr(s, ',') || strchr(s, ';');
}

static bool has_clause_mark(const char *s) {
  return tb_layout_has_clause_mark(s);
}

/* Headlines close what they open: a line with an unclosed 《 “ （ 「 is cut from a sentence. */
static bool brackets_balanced(const char *s) {
  int depth = 0;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) return false;
    if (cp == 0x300A || cp == 0x201C || cp == 0xFF08 || cp == 0x300C || cp == 0x300E) depth++;
    if (cp == 0x300B || cp == 0x201D || cp == 0xFF09 || cp == 0x300D || cp == 0x300F) depth--;
    if (depth < 0) return false;
    i += used;
  }
  return depth == 0;
}

enum { ADDRESSEE_CHARS = 30 };

/* "各镇（街道）、区防汛抗旱指挥部各成员单位：": the addressees of a notice, enumerated. */
static bool addressee_line(const char *s) {
  return tb_lo_ends(s, "：") && strstr(s, "、") && !strstr(s, "，") && !strstr(s, "。") &&
         !strstr(s, "；") && tb_utf8_length(s) <= ADDRESSEE_CHARS;
}

/* Could this line, on its own shape, be (part of) a heading? */
static bool heading_shape(const tb_lline *l) {
  if (!is_body(l) || l->run_in || l->dateline || l->ednote || l->list_no || l->jump_from ||
      l->jump_to || l->signature)
    return false;
  size_t chars = tb_utf8_length(l->text);
  if (chars < 2 || l->width > HEADING_MAX) return false;
  if (tb_lo_ends_sentence(l->text)) return false;
  uint32_t last = tb_lo_last_cp(l->text);
  if (last == 0xFF0C || last == 0x3001 || last == 0xFF1B || last == ',' || last == ';' ||
      last == 0x2014 || last == '-')
    return false;
  if (tb_layout_ends_with_function_word(l->text)) return false;
  if (strstr(l->text, "。")) return false; /* a finished sentence inside: text, not a title */
  return brackets_balanced(l->text);
}

bool tb_layout_line_closed(const tb_lline *l) {
  if (!is_body(l) || l->signature) return true;
  tb_credit_kind ck;
  return tb_lo_ends_sentence(l->text) || tb_layout_is_label_line(l->text) ||
         tb_lo_ends(l->text, "……") || tb_layout_credit_tail(l->text, &ck) >= 0;
}

enum { WRITER_NAME_CHARS = 4 };
static bool is_bulleted_name(const char *text);
static const char *label_colon(const char *s);

static bool closed(const tb_lline *l) {
  return tb_layout_line_closed(l);
}

/* A line that fills the local measure of a hard-wrapped column (a first line loses its indent). */
static bool at_measure(const tb_lline *l, int measure) {
  return measure <= WRAP_MAX && l->width >= measure - FULL_SLACK - INDENT_SLACK &&
         l->width <= measure + FULL_SLACK;
}

/* "关于…临时停水的通" / "知": a title wrapped at the column's measure may leave a single character
 * on its second line, right under a full heading-shaped line (a paragraph's last line ends on a
 * stop, so a lone unpunctuated character there is no text). */
static bool title_wrap_leftover(const tb_llines *L, size_t k, const int *med) {
  const tb_lline *l = &L->items[k], *above = &L->items[k - 1];
  return is_body(l) && l->blank_before == 0 && tb_utf8_length(l->text) == 1 &&
         tb_is_hanzi(tb_lo_first_cp(l->text)) && heading_shape(above) &&
         !has_clause_mark(above->text) && at_measure(above, med[k - 1]);
}

/* "…提前半个" / blank / "柏峪区启动“春风行动”专场招聘" / blank / "本报讯（…）…": a line between
 * blanks wider than the hard-wrapped column it would continue cannot be a line of that column;
 * right above a dateline it is the next story's title, whatever the text before broke off. */
static bool wider_than_column_above_dateline(const tb_llines *L, size_t i, const int *med) {
  const tb_lline *l = &L->items[i];
  return med[i] <= WRAP_MAX && l->blank_before > 0 && l->width > med[i] + FULL_SLACK + 1 &&
         i + 1 < L->count && L->items[i + 1].blank_before > 0 && L->items[i + 1].dateline;
}

/* "…一键呼叫按钮组成，" / blank / "苇塘区首届“湖鲜美食节”开幕" + "40余家餐饮企业参展" / blank /
 * "本报讯（…）…": one or two title-shaped lines set tight between blanks, right above a dateline,
 * are that story's title and subtitle even where the text above broke off at a column break (the
 * rest of a cut sentence ends on a stop; a title does not). */
static bool titles_over_dateline(const tb_llines *L, size_t i) {
  if (L->items[i].blank_before == 0) return false;
  size_t end = i;
  while (end < L->count && end - i <= 2 &&
         (end == i || (L->items[end].blank_before == 0 && !L->items[end].indent))) {
    const tb_lline *k = &L->items[end];
    if (!heading_shape(k) || has_clause_mark(k->text)) return false;
    end++;
  }
  return end - i <= 2 && end < L->count && L->items[end].dateline && L->items[end].blank_before > 0;
}

/* The last line of a paragraph: it finishes a sentence and a blank, a new text box or a
 * non-body line follows. */
static bool is_paragraph_tail(const tb_llines *L, size_t i) {
  tb_credit_kind ck; /* "号查询预约。（记者 许晴晴）": a byline may close the sentence */
  if (!tb_lo_ends_sentence(L->items[i].text) && tb_layout_credit_tail(L->items[i].text, &ck) < 0)
    return false;
  return i + 1 >= L->count || L->items[i + 1].blank_before > 0 || L->items[i + 1].indent ||
         !is_body(&L->items[i + 1]);
}

static bool quoted_whole(const char *s) {
  return tb_lo_first_cp(s) == 0x201C && tb_lo_last_cp(s) == 0x201D;
}

/* The text a column break cut goes on in the same column: a full line, or more than one line. */
static bool continues_at_measure(const tb_llines *L, size_t i, const int *med) {
  if (at_measure(&L->items[i], med[i])) return true;
  return i + 1 < L->count && L->items[i + 1].blank_before == 0 && is_body(&L->items[i + 1]);
}

/* A finished sentence, or one signed off by a glued credit ("…突破300万元。（记者　邵琪）"). */
static bool ends_text(const char *s) {
  tb_credit_kind ck;
  return tb_lo_ends_sentence(s) || tb_layout_credit_tail(s, &ck) >= 0;
}

/* In text with no blank lines, where paragraphs open with an indent, an unindented line right
 * after a finished sentence does not go on with the paragraph: it may open a block of its own
 * (a title) when indented text follows within a few lines. */
static bool unindented_after_sentence(const tb_llines *L, size_t i) {
  const tb_lline *l = &L->items[i];
  if (l->indent || l->blank_before > 0) return false;
  size_t p = i; /* the text line before, over a caption or credit set between */
  while (p > 0 &&
         (L->items[p - 1].kind == TB_LINE_CAPTION || L->items[p - 1].kind == TB_LINE_CREDIT))
    p--;
  if (p == 0) return false;
  /* page furniture or an end byline ("（记者　鲁晓帆）") ends a text as a full stop does */
  const tb_lline *prev = &L->items[p - 1];
  if (prev->kind != TB_LINE_FURNITURE && prev->kind != TB_LINE_BYLINE && !prev->signature &&
      (!is_body(prev) || !ends_text(prev->text)))
    return false;
  for (size_t k = i + 1; k < L->count && k <= i + HEADING_BLOCK_MAX + 1; k++) {
    const tb_lline *n = &L->items[k];
    /* a photo story's credited caption is set as its text is */
    if (n->indent && (is_body(n) || n->kind == TB_LINE_CAPTION)) return true;
    if (n->kind == TB_LINE_BYLINE) return true;
  }
  return false;
}

/* "…成了村民增收的新门路。" / "一根荆条编出“致富经”" / blank / text: in a hard-wrapped column,
 * a short unpunctuated line right under a finished sentence and above a blank ends no paragraph
 * (paragraphs end on punctuation) and is cut from none (a column break falls after a full line):
 * it is a crosshead set tight under the text. */
static bool short_line_between_texts(const tb_llines *L, size_t i, const int *med) {
  const tb_lline *l = &L->items[i];
  if (i == 0 || i + 1 >= L->count || l->blank_before > 0 || l->indent || med[i] > WRAP_MAX ||
      has_clause_mark(l->text))
    return false;
  const tb_lline *prev = &L->items[i - 1], *next = &L->items[i + 1];
  return is_body(prev) && tb_lo_ends_sentence(prev->text) && next->blank_before > 0 &&
         is_body(next) && !next->indent && l->width < med[i] - FULL_SLACK - INDENT_SLACK &&
         (!heading_shape(next) || at_measure(next, med[i + 1]));
}

enum { TITLE_TEXT_GAP = 24 };

/* "…（北渡街道供稿）" / "桂坪镇完成首批宅基地确权颁证" / "3月下旬，桂坪镇…。": where each paragraph
 * is one unwrapped line, a line right under a finished paragraph starts a block of its own; a short
 * unpunctuated one over a much longer line of text is a brief's title set tight. */
static bool title_between_whole_paragraphs(const tb_llines *L, size_t i) {
  const tb_lline *l = &L->items[i];
  if (i == 0 || i + 1 >= L->count || l->blank_before > 0 || has_clause_mark(l->text)) return false;
  const tb_lline *prev = &L->items[i - 1], *next = &L->items[i + 1];
  /* both neighbours wider than any hard-wrapped column: whole paragraphs on one line each */
  return is_body(prev) && ends_text(prev->text) && prev->width > WRAP_MAX && is_body(next) &&
         next->blank_before == 0 && !next->indent && has_clause_mark(next->text) &&
         next->width > WRAP_MAX && next->width > l->width + TITLE_TEXT_GAP;
}

/* "主汛期来了，西城准备好了吗？": a title may end on ？ or ！ like a sentence. It shows itself by
 * standing alone after a finished text, right above a byline line under which indented text
 * starts (a paragraph ending on a question has its next paragraph or a title below, not a
 * byline with text under it). */
static bool is_question_title(const tb_llines *L, size_t i) {
  const tb_lline *l = &L->items[i];
  uint32_t last = tb_lo_last_cp(l->text);
  if (!is_body(l) || l->dateline || l->list_no || l->indent || l->width > HEADING_MAX) return false;
  if (last != 0xFF1F && last != 0xFF01 && last != '?' && last != '!') return false;
  /* or it stands alone right under a column tag or kicker, above longer text */
  if (i > 0 && i + 1 < L->count && L->items[i - 1].kind == TB_LINE_HEADING && l->blank_before > 0 &&
      L->items[i + 1].blank_before > 0 && is_body(&L->items[i + 1]) &&
      L->items[i + 1].width > l->width && l->width <= QUESTION_TITLE_MAX &&
      !has_clause_mark(l->text))
    return brackets_balanced(l->text);
  if (i + 2 >= L->count || L->items[i + 1].kind != TB_LINE_BYLINE) return false;
  if (!L->items[i + 2].indent || !is_body(&L->items[i + 2])) return false;
  if (l->blank_before == 0 && !unindented_after_sentence(L, i)) return false;
  /* one sentence: no finished sentence inside the line */
  const char *stop = strstr(l->text, "。");
  return !stop && brackets_balanced(l->text);
}

enum { LABEL_CHARS = 4 };

/* "何晓岚（作者单位：某区委党校）": a name of two to four hanzi with only a bracketed note after
 * it, the way a commentary's author signs at its end. */
static bool name_then_bracket(const char *s) {
  size_t hanzi = 0, n = strlen(s);
  const char *p = s;
  while (*p) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || !tb_is_hanzi(cp)) break;
    hanzi++;
    p += used;
  }
  if (hanzi < 2 || hanzi > 4 || !tb_lo_starts(p, "（") || !tb_lo_ends(s, "）")) return false;
  const char *inner = p + strlen("（");
  const char *close = strstr(inner, "）");
  return close == s + n - strlen("）") && !strstr(inner, "（");
}

/* "（江禾）", "（江 禾）": a name of two to four hanzi alone in brackets. */
static bool bracketed_name(const char *s) {
  if (!tb_lo_starts(s, "（") || !tb_lo_ends(s, "）")) return false;
  size_t hanzi = 0;
  const char *p = s + strlen("（"), *end = s + strlen(s) - strlen("）");
  while (p < end) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, (size_t)(end - p), &cp);
    if (!used || !(tb_is_hanzi(cp) || tb_is_space_cp(cp))) return false;
    hanzi += tb_is_hanzi(cp); /* letter-spaced: "（江 禾）" */
    p += used;
  }
  return hanzi >= 2 && hanzi <= 4;
}

enum { PARAGRAPH_LINES_MAX = 12 };

/* Does the paragraph that line i ends open with an indent a few lines up, set tight? Then its
 * lines are marked by that indent, and a flush-left line under it is no more of it when its shape
 * says otherwise (a signature). */
static bool opened_by_indent(const tb_llines *L, size_t i) {
  for (size_t k = i + 1; k-- > 0 && i - k < PARAGRAPH_LINES_MAX;) {
    const tb_lline *l = &L->items[k];
    if (!is_body(l)) return false;
    if (l->indent) return true;
    if (l->blank_before > 0) return false;
  }
  return false;
}

/* "丰台区卢沟桥街道小井村居民 马振华" under a letter: a line ending in a name after a space, set
 * alone right after the finished text, with no text of its own below it (what follows is the
 * end, page furniture, an editor's note, a dateline or a title). */
static bool is_signature(const tb_llines *L, size_t i) {
  const tb_lline *l = &L->items[i];
  if (!is_body(l) || i == 0 || l->indent || has_clause_mark(l->text) ||
      !(tb_layout_ends_with_name(l->text) || name_then_bracket(l->text) ||
        bracketed_name(l->text)) ||
      tb_layout_after_bullet(l->text) != l->text)
    return false;
  const tb_lline *prev = &L->items[i - 1];
  if (!is_body(prev) || !tb_lo_ends_sentence(prev->text)) return false;
  /* with no blank lines, where paragraphs open indented, the flush-left line under the last
   * indented paragraph stands alone just the same */
  bool tight = l->blank_before == 0;
  /* a writer's name alone in brackets ("（江禾）") signs the text right above it */
  if (tight && !prev->indent && !bracketed_name(l->text) && !opened_by_indent(L, i - 1))
    return false;
  if (i + 1 >= L->count) return true;
  const tb_lline *next = &L->items[i + 1];
  if (next->blank_before == 0 && !tight) return false;
  /* a bare date under the signature is the letter's date ("2026年12月20日") */
  return next->kind == TB_LINE_FURNITURE || next->kind == TB_LINE_HEADING || next->ednote ||
         next->dateline ||
         (is_body(next) && !next->indent && heading_shape(next) && !has_clause_mark(next->text));
}

/* "编辑同志：" above a letter, "各位居民：" above a notice: a short line ending in a colon, right
 * above a text line that is no title, opens that text (a kicker ending in a colon stands above
 * its title). A notice's addressees may list bodies ("各镇（街道）、区指挥部各成员单位："): a
 * longer line with only enumeration commas is one too, when a sentence starts below it. */
static bool is_salutation(const tb_llines *L, size_t i) {
  const tb_lline *l = &L->items[i];
  uint32_t last = tb_lo_last_cp(l->text);
  if ((last != 0xFF1A && last != ':') || i + 1 >= L->count || !is_body(&L->items[i + 1]))
    return false;
  const tb_lline *next = &L->items[i + 1];
  if (next->dateline) return false;
  if (!has_clause_mark(l->text))
    return (!heading_shape(next) || has_clause_mark(next->text)) &&
           tb_utf8_length(l->text) <= 2 * LABEL_CHARS;
  return addressee_line(l->text) && !heading_shape(next);
}

/* "■双井街道开展高层住宅消防演练" over its item: a bulleted title. Not a bulleted item's first
 * line wrapped onto the next ("◆取暖器周围不要堆放衣物等可" / "燃物，…。"): that fills the
 * column's measure and the line under it, where a title stands shorter than its text. */
static bool bullet_title_at(const tb_llines *L, size_t i, const int *med) {
  const tb_lline *l = &L->items[i];
  if (!is_body(l) || !tb_layout_is_bullet_title(l->text)) return false;
  if (i + 1 >= L->count) return true;
  const tb_lline *next = &L->items[i + 1];
  bool wrapped = is_body(next) && next->blank_before == 0 && !next->indent && !next->run_in &&
                 tb_layout_after_bullet(next->text) == next->text &&
                 l->width >= next->width - FULL_SLACK && at_measure(l, med[i]);
  return !wrapped;
}

/* 8 to 15 hanzi: a column no title fits on one line of (narrower is no text column) */
enum { NARROW_MEASURE_MIN = 16, NARROW_MEASURE_MAX = 30 };

/* A line no wider than a narrow column's measure. */
static bool fills_narrow_measure_or_less(const tb_lline *p, int measure) {
  return measure >= NARROW_MEASURE_MIN && measure <= NARROW_MEASURE_MAX &&
         p->width <= measure + FULL_SLACK;
}

static bool fills_narrow_measure(const tb_lline *p, int measure) {
  return measure >= NARROW_MEASURE_MIN && measure <= NARROW_MEASURE_MAX &&
         p->width >= measure - FULL_SLACK && p->width <= measure + FULL_SLACK;
}

/* A page's section label ("要闻", "社区") or a column rubric over bulleted items ("社区简讯"):
 * a short unpunctuated line set right above a title, after page furniture or under a masthead
 * before any story, or right above a bulleted title. Marks it as furniture. */
static bool is_section_label(tb_llines *L, size_t i, bool before_story, const int *med) {
  tb_lline *l = &L->items[i];
  if (!heading_shape(l) || l->indent || i + 1 >= L->count) return false;
  size_t chars = tb_utf8_length(l->text);
  const tb_lline *next = &L->items[i + 1];
  bool after_furniture = i > 0 && L->items[i - 1].kind == TB_LINE_FURNITURE;
  /* under a page header the label may stand off from the title by a blank ("2" / "民生" / "") */
  if (has_clause_mark(l->text) || (next->blank_before > 0 && !after_furniture) || !is_body(next))
    return false;
  bool bullet_below = chars <= 2 * LABEL_CHARS && bullet_title_at(L, i + 1, med) &&
                      (i == 0 || closed(&L->items[i - 1]));
  /* two section names may share a page: "评论·服务" */
  bool label_length = chars <= LABEL_CHARS || ((strstr(l->text, "·") || strstr(l->text, "・")) &&
                                               chars <= 2 * LABEL_CHARS + 1);
  bool title_below = label_length && heading_shape(next) && !has_clause_mark(next->text);
  if (!bullet_below && !title_below) return false;
  if (!bullet_below && !after_furniture && !before_story) return false;
  /* "桑峪杂谈" / title / "■叶知秋": a tag, a title and its writer set tight together are a
   * column's stack (the tag names the column), wherever on the page it stands */
  if (title_below && i + 2 < L->count && L->items[i + 2].blank_before == 0 &&
      (L->items[i + 2].kind == TB_LINE_BYLINE || is_bulleted_name(L->items[i + 2].text)))
    return false;
  l->kind = TB_LINE_FURNITURE;
  return true;
}

/* Section labels, in one pass. Under a masthead, before any story (no finished sentence, no
 * indent yet), the unfinished text above a label (a slogan) is masthead matter too. */
static void find_section_labels(tb_llines *L, const int *med) {
  bool furniture_seen = false, story_seen = false;
  size_t marked = 0; /* lines before this index are furniture already */
  bool label_above = false;
  for (size_t i = 0; i < L->count; i++) {
    bool before_story = furniture_seen && !story_seen;
    /* a short line right under a page's section label is a column tag ("评论·服务" /
     * "凤河观察"): it names the story below, it is not a second label */
    bool label = !label_above && is_section_label(L, i, before_story, med);
    label_above = label;
    if (label && before_story) {
      for (; marked < i; marked++)
        L->items[marked].kind = TB_LINE_FURNITURE;
    }
    const tb_lline *l = &L->items[i];
    if (l->kind == TB_LINE_FURNITURE)
      furniture_seen = true;
    else if (!is_body(l) || l->indent || tb_lo_ends_sentence(l->text))
      story_seen = true;
  }
}

enum { NAMES_LABELLED_MIN = 2 };

/* Lines of a list of names: a label and names ("北汀街道：穆长河 闫桂英 訾建平"), and names
 * right under such a line (where the list wrapped). Short, unpunctuated and standing alone, they
 * have a title's shape, but a title is not a label over a row of two- and three-hanzi words. A
 * row of short words with no label may be a kicker ("抓党建 促发展 惠民生"): it stays a title. */
static void find_name_lists(tb_llines *L) {
  for (size_t i = 0; i < L->count; i++) {
    tb_lline *l = &L->items[i];
    if (!is_body(l)) continue;
    bool labelled;
    size_t names = tb_layout_names_in_line(l->text, &labelled);
    bool wrapped = i > 0 && l->blank_before == 0 && !l->indent && L->items[i - 1].names;
    l->names = (labelled && names >= NAMES_LABELLED_MIN) || (names && wrapped);
  }
}

enum { ISSUER_CHARS = 24 };

/* "…请过往车辆提前绕行。" / "区交通运输局" / "关于…的公告" / "　　因…": notices run together with
 * no blank, where paragraphs open indented. Under a finished text, two short flush-left lines set
 * tight over the next indented paragraph are the issuer that signs the text above and the title
 * of the next: a title has its text right under it, so the line between is the text's end. */
static void find_tight_issuers(tb_llines *L) {
  for (size_t i = 1; i + 2 < L->count; i++) {
    tb_lline *l = &L->items[i];
    const tb_lline *prev = &L->items[i - 1], *title = &L->items[i + 1], *text = &L->items[i + 2];
    if (l->blank_before > 0 || l->indent || !is_body(prev) ||
        !(tb_lo_ends_sentence(prev->text) || prev->signature) || !opened_by_indent(L, i - 1))
      continue;
    if (!heading_shape(l) || has_clause_mark(l->text) || tb_utf8_length(l->text) > ISSUER_CHARS)
      continue;
    /* a rubric stands over bulleted titles ("本区简讯" / "◆甲街道…") */
    if (title->blank_before > 0 || title->indent || !heading_shape(title) ||
        tb_layout_after_bullet(title->text) != title->text)
      continue;
    if (!is_body(text) || !text->indent || text->blank_before > 0 || text->dateline) continue;
    l->signature = true;
  }
}

/* Does the paper set its paragraphs with no blank between them? Where a short line finishes a
 * sentence inside a block of text, the next line follows it tight more often than after a blank. */
static bool paragraphs_set_tight(const tb_llines *L, const int *med) {
  size_t tight = 0, apart = 0;
  for (size_t i = 0; i + 1 < L->count; i++) {
    const tb_lline *l = &L->items[i], *next = &L->items[i + 1];
    if (!is_body(l) || !is_body(next) || !tb_lo_ends_sentence(l->text) || med[i] > WRAP_MAX ||
        l->width >= med[i] - FULL_SLACK - INDENT_SLACK)
      continue;
    if (next->blank_before == 0 && !next->indent)
      tight++;
    else
      apart++;
  }
  return tight > apart;
}

enum { SANDWICH_LINES_MAX = 2 };

/* Lines first … end-1 become one heading stack; returns the last of them, where the scan goes on.
 */
static size_t mark_headings(tb_llines *L, size_t first, size_t end) {
  for (size_t k = first; k < end; k++)
    L->items[k].kind = TB_LINE_HEADING;
  return end - 1;
}

/* "权威发布" / "老旧小区改造，" + "居民关心的事怎么办？" / "——访…": a title may wrap after a comma
 * and end on a question mark, which a heading's shape refuses. Between a heading above and a
 * ——subtitle below, each standing off by a blank, a short flush-left block of one or two lines
 * (each well short of the column's measure, no finished sentence inside) is the title between
 * them. Returns the end of that block, or i when there is none. */
static size_t title_between_headings(const tb_llines *L, size_t i, const int *med) {
  const tb_lline *l = &L->items[i];
  if (i == 0 || L->items[i - 1].kind != TB_LINE_HEADING || l->blank_before == 0 || l->indent)
    return i;
  size_t end = i;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  bool fits = true;
  while (end < L->count && end - i < SANDWICH_LINES_MAX + 1 &&
         (end == i || (L->items[end].blank_before == 0 && !L->items[end].indent))) {
    const tb_lline *k = &L->items[end];
    if (!is_body(k) || k->dateline || k->list_no || k->jump_from || k->jump_to ||
        k->width >= med[end] - FULL_SLACK - INDENT_SLACK)
      fits = false;
    tb_strbuf_puts(&sb, k->text);
    end++;
  }
  const char *text = tb_strbuf_view(&sb);
  const char *stop = strstr(text, "。");
  fits = fits && end - i <= SANDWICH_LINES_MAX && brackets_balanced(text) &&
         (!stop || stop == text + strlen(text) - strlen("。"));
  tb_strbuf_free(&sb);
  if (!fits || end >= L->count) return i;
  const tb_lline *below = &L->items[end];
  bool subtitle = below->blank_before > 0 && !below->indent && tb_lo_starts(below->text, "——") &&
                  below->width <= HEADING_MAX && !tb_lo_ends_sentence(below->text);
  return subtitle ? end : i;
}

/* Marks heading lines: isolated blocks of at most three heading-shaped lines that follow a
 * finished sentence, or one such line directly above text of a different measure. */
/* "联系电话：0562-3350016", "时间：5月31日": a label and a figure, a notice's data, never a title
 * (a title after a colon goes on in words: "专访：…"). */
static bool is_data_line(const char *s) {
  const char *colon = label_colon(s);
  if (!colon || colon == s) return false;
  const char *value = colon + (*colon == ':' ? 1 : strlen("："));
  while (*value == ' ')
    value++;
  return *value >= '0' && *value <= '9';
}

static bool labelled_item(const char *s);

static bool ends_on_clause_mark(const char *s) {
  uint32_t last = tb_lo_last_cp(s);
  return last == 0xFF0C || last == 0x3001 || last == 0xFF1B || last == 0xFF1A || last == ',' ||
         last == ';' || last == ':';
}

enum { WRAPPED_STACK_LINES_MAX = 6 };

/* "禾阳经开区新添3家“专" / "精特新”企业" / "企业研发投入同比增长" / "23%", then a blank and
 * "本报讯…": in a narrow column a title and its subtitle wrap over more lines than a stack
 * usually has, and a wrap may cut a quotation. Standing off after a blank or the page's
 * furniture, set tight, with no sentence in them and their quotes closed by the last line, right
 * above a dateline, they are that story's headlines. Returns the end of the block, or i. */
static size_t wrapped_stack_over_dateline(const tb_llines *L, size_t i, const int *med) {
  const tb_lline *l = &L->items[i];
  if (!is_body(l) || l->dateline || l->indent || (i > 0 && l->blank_before == 0)) return i;
  if (i > 0 && !closed(&L->items[i - 1])) return i;
  size_t end = i;
  tb_strbuf all;
  tb_strbuf_init(&all);
  bool plain = true;
  while (end < L->count && end - i < WRAPPED_STACK_LINES_MAX && plain) {
    const tb_lline *k = &L->items[end];
    if (end > i && (k->blank_before > 0 || k->indent)) break;
    plain = is_body(k) && !k->dateline && !k->list_no && !k->signature && !k->jump_to &&
            !k->jump_from && !strstr(k->text, "。") && !tb_lo_ends_sentence(k->text) &&
            !ends_on_clause_mark(k->text) && fills_narrow_measure_or_less(k, med[end]);
    tb_strbuf_puts(&all, k->text);
    end++;
  }
  bool balanced = brackets_balanced(tb_strbuf_view(&all));
  tb_strbuf_free(&all);
  if (!plain || end - i < 2 || !balanced || end >= L->count) return i;
  const tb_lline *below = &L->items[end];
  if (!below->dateline || below->blank_before == 0) return i;
  return end;
}

/* "主题：…" / "时间：…" / "地点：…": two or more labelled lines set tight are a notice's items,
 * not a headline stack. */
static bool labelled_rows(const tb_llines *L, size_t from, size_t end) {
  if (end - from < 2) return false;
  for (size_t k = from; k < end; k++)
    if (!labelled_item(L->items[k].text)) return false;
  return true;
}

static void find_headings(tb_llines *L, const int *med) {
  bool tight_paragraphs = paragraphs_set_tight(L, med);
  find_section_labels(L, med); /* first: a label must not be read as a title's line */
  bool in_list = false;        /* since a numbered item, up to the next heading */
  for (size_t i = 0; i < L->count; i++) {
    tb_lline *l = &L->items[i];
    if (l->list_no) in_list = true;
    if (l->kind == TB_LINE_HEADING) in_list = false;
    /* "完成时限:…" under a numbered item is part of the item, not a title */
    if (in_list && tb_layout_is_label_line(l->text)) continue;
    /* a bulleted title heads its short item even with no blank around it */
    if (bullet_title_at(L, i, med) && (i == 0 || closed(&L->items[i - 1]))) {
      l->kind = TB_LINE_HEADING;
      continue;
    }
    if (is_question_title(L, i)) {
      l->kind = TB_LINE_HEADING;
      continue;
    }
    size_t sandwich_end = title_between_headings(L, i, med);
    if (sandwich_end > i) {
      i = mark_headings(L, i, sandwich_end);
      continue;
    }
    if (L->items[i].kind == TB_LINE_FURNITURE) continue;
    size_t wrapped_end = wrapped_stack_over_dateline(L, i, med);
    if (wrapped_end > i) {
      i = mark_headings(L, i, wrapped_end);
      continue;
    }
    if (is_signature(L, i)) {
      l->kind = TB_LINE_BYLINE;
      continue;
    }
    if (!heading_shape(l) || is_salutation(L, i) || l->names || is_data_line(l->text)) continue;
    bool starts_block = i == 0 || l->blank_before > 0 || l->indent ||
                        L->items[i - 1].kind == TB_LINE_HEADING ||
                        unindented_after_sentence(L, i) || short_line_between_texts(L, i, med) ||
                        title_between_whole_paragraphs(L, i);
    if (!starts_block) continue;
    /* an unpunctuated line ends its paragraph when it stops well short of the measure and more
     * than one blank follows it (a wrapped label: "责任单位:区人力资源社会|保障局") */
    if (i > 0 && !closed(&L->items[i - 1]) &&
        !(l->blank_before >= 2 && L->items[i - 1].width * 2 < med[i - 1]) &&
        !wider_than_column_above_dateline(L, i, med) && !titles_over_dateline(L, i))
      continue;
    size_t end = i + 1; /* the block: following text lines with no blank before them */
    while (end < L->count && L->items[end].blank_before == 0 && !L->items[end].indent &&
           is_body(&L->items[end]) && end - i <= HEADING_BLOCK_MAX)
      end++;
    size_t len = end - i;
    bool isolated = end >= L->count || L->items[end].blank_before > 0 || L->items[end].indent ||
                    !is_body(&L->items[end]) || L->items[end].dateline;
    if (len <= HEADING_BLOCK_MAX && isolated) {
      /* a paragraph's first line cut off by a column break fills the measure less its indent,
       * and what follows is more of the same text, with no story-opening sign */
      /* (a notice's signature above ends its text: what follows is not more of it) */
      bool first_line_cut = len == 1 && i > 0 && is_body(&L->items[i - 1]) &&
                            !L->items[i - 1].signature && at_measure(l, med[i]) &&
                            l->blank_before <= 1 && end < L->count && is_body(&L->items[end]) &&
                            !L->items[end].dateline && !L->items[end].list_no &&
                            !L->items[end].indent && L->items[end].blank_before <= 1 &&
                            !heading_shape(&L->items[end]) && continues_at_measure(L, end, med);
      /* a block standing off right above a dateline is that story's headline stack: its
       * kicker may carry commas and its lines may fill the measure */
      bool above_dateline = end < L->count && L->items[end].dateline &&
                            L->items[end].blank_before > 0 && l->blank_before > 0;
      /* a title and a subtitle carrying a comma: the first line stops short of the column's
       * measure, so the two are not lines of one wrapped paragraph */
      bool titled_pair =
          len == 2 && !has_clause_mark(l->text) && l->width < med[i] - FULL_SLACK - INDENT_SLACK;
      bool all = !first_line_cut && !labelled_rows(L, i, end);
      for (size_t k = i; k < end && all; k++)
        all = (heading_shape(&L->items[k]) || (k > i && title_wrap_leftover(L, k, med))) &&
              (len == 1 || above_dateline || (titled_pair && k > i) ||
               !has_clause_mark(L->items[k].text));
      int m = med[i];
      bool off_measure = l->width > m + m / 4 || l->width < m - m / 4;
      if (all && len == 1 && has_clause_mark(l->text) && !quoted_whole(l->text) &&
          !tb_layout_is_kicker_shape(l->text)) {
        /* a clause-bearing single line is a heading only when it stands off the measure of a
         * hard-wrapped column (in unwrapped text it is the start of a broken paragraph), or as
         * a subtitle right under a title */
        bool subtitle = i > 0 && L->items[i - 1].kind == TB_LINE_HEADING && l->width <= 64;
        bool kicker = end < L->count && L->items[end].blank_before > 0 &&
                      heading_shape(&L->items[end]); /* a long kicker above its title */
        /* right under a title and right above a dateline, or standing off above a one-line
         * title that is right above a dateline, the line is a title whatever its measure */
        bool title_below = kicker && end + 1 < L->count && L->items[end + 1].dateline &&
                           L->items[end + 1].blank_before > 0;
        bool placed = (subtitle && above_dateline) || title_below;
        all = placed || (off_measure &&
                         (subtitle || kicker || (m <= WRAP_MAX && l->width <= CLAUSE_HEADING_MAX)));
      }
      if (all && len > 1 && m <= WRAP_MAX && !above_dateline) {
        /* lines that all fill a narrow column are wrapped text cut by a column break */
        bool all_full = true;
        for (size_t k = i; k < end && all_full; k++)
          all_full = abs(L->items[k].width - med[k]) <= FULL_SLACK;
        all = !all_full;
      }
      if (all) {
        in_list = false;
        for (size_t k = i; k < end; k++)
          L->items[k].kind = TB_LINE_HEADING;
        i = end - 1;
        continue;
      }
    }
    /* the second line of a two-part crosshead, printed right above its text: it follows a
     * heading and ends on a closing quote, where a wrapped body line rarely ends */
    if (i > 0 && L->items[i - 1].kind == TB_LINE_HEADING && !has_clause_mark(l->text) &&
        !l->indent && tb_lo_is_closer(tb_lo_last_cp(l->text)) && len > 1) {
      l->kind = TB_LINE_HEADING;
      continue;
    }
    /* one heading line directly above body text set at another measure; not a full line above
     * the short last line of its own paragraph, nor an indented paragraph start with a clause
     * in it (a title is centred, not indented like text) */
    if (i + 1 < L->count && is_body(&L->items[i + 1]) && L->items[i + 1].blank_before == 0 &&
        !(l->indent && has_clause_mark(l->text)) &&
        /* "4月14日至20日，以下便民信息请市民留" / "意：": a full line with a clause in it wraps */
        !(at_measure(l, med[i]) && has_clause_mark(l->text) && med[i] <= WRAP_MAX) &&
        !(is_paragraph_tail(L, i + 1) && (at_measure(l, med[i]) || has_clause_mark(l->text)))) {
      int next = L->items[i + 1].width;
      /* after a blank, a line that stops short of a hard-wrapped column's measure without
       * finishing a sentence, right above a full line, is no line of a paragraph (only a
       * paragraph's last line is short, and it ends on a stop): a title set tight on its text */
      bool short_over_full =
          tight_paragraphs && l->blank_before > 0 && med[i] <= WRAP_MAX &&
          !has_clause_mark(l->text) && l->width < med[i] - FULL_SLACK - INDENT_SLACK &&
          at_measure(&L->items[i + 1], med[i + 1]) && !tb_lo_ends_sentence(L->items[i + 1].text);
      if (abs(next - l->width) > 12 && !has_clause_mark(l->text))
        l->kind = TB_LINE_HEADING;
      else if (abs(next - l->width) > 24 || short_over_full)
        l->kind = TB_LINE_HEADING;
    }
  }
}

enum { STACK_BLOCKS_MIN = 2 };

/* A line that may stand in a headline stack: no sentence ends in it or after it, and it stops
 * short of the column's measure (a subtitle may list things: "总投资286亿元 涉及商务楼宇、…"). */
static bool stack_line(const tb_lline *l, int measure) {
  if (!is_body(l) || l->dateline || l->ednote || l->list_no || l->jump_from || l->jump_to ||
      l->run_in || l->signature || l->width > HEADING_MAX || tb_utf8_length(l->text) < 2)
    return false;
  if (strstr(l->text, "。") || tb_lo_ends_sentence(l->text)) return false;
  uint32_t last = tb_lo_last_cp(l->text);
  if (last == 0xFF0C || last == 0x3001 || last == 0xFF1B || last == 0xFF1A || last == ',' ||
      last == ';' || last == ':')
    return false;
  if (tb_layout_ends_with_function_word(l->text) || !brackets_balanced(l->text) ||
      tb_layout_is_label_line(l->text))
    return false;
  /* a line that fills the measure is a wrapped text line cut by a column break; a title is
   * shorter, or wider (across columns) */
  return measure > WRAP_MAX || abs(l->width - measure) > FULL_SLACK + 1;
}

/* Some pages print all their headline blocks first, each parted by a blank, and the bodies after
 * them in column order. Two or more such blocks in a row (one to three short lines each, no
 * sentence in them), after a finished text or page furniture and before the text, are titles. */
static void find_headline_stacks(tb_llines *L) {
  /* the stack's own short lines would pull a local measure down: the text's measure is the
   * median over the document's text lines (those with a clause mark; titles seldom have one) */
  int *widths = tb_xcalloc(L->count + 1, sizeof(int));
  size_t nw = 0;
  for (size_t i = 0; i < L->count; i++)
    if (is_body(&L->items[i]) && has_clause_mark(L->items[i].text))
      widths[nw++] = L->items[i].width;
  qsort(widths, nw, sizeof(int), cmp_int);
  int measure = nw ? widths[nw / 2] : WRAP_MAX + 1;
  free(widths);
  for (size_t i = 0; i < L->count; i++) {
    if (L->items[i].blank_before == 0 && i > 0) continue;
    if (i > 0 && !closed(&L->items[i - 1]) && L->items[i - 1].kind != TB_LINE_HEADING) continue;
    size_t blocks = 0, k = i, end_of_run = i;
    while (k < L->count && (k == i || L->items[k].blank_before > 0)) {
      size_t e = k + 1;
      while (e < L->count && L->items[e].blank_before == 0 && !L->items[e].indent)
        e++;
      bool title = e - k <= HEADING_BLOCK_MAX && e < L->count && !is_salutation(L, k);
      for (size_t m = k; m < e && title; m++)
        title = L->items[m].kind == TB_LINE_HEADING || stack_line(&L->items[m], measure);
      if (!title) break;
      blocks++;
      end_of_run = e;
      k = e;
    }
    /* the run is followed by text (a body line), not by more of the same */
    if (blocks < STACK_BLOCKS_MIN || end_of_run >= L->count || !is_body(&L->items[end_of_run])) {
      /* a run starting later inside this one ends at the same place: no need to look again */
      if (blocks) i = end_of_run - 1;
      continue;
    }
    for (size_t m = i; m < end_of_run; m++)
      L->items[m].kind = TB_LINE_HEADING;
    i = end_of_run - 1;
  }
}

/* Lines standing alone between a finished text and a standalone byline ("文/记者 X", "□…") are
 * the story's headline stack, even when a title carries a comma or fills the measure. */
static bool stack_shape(const tb_llines *L, size_t i) {
  const tb_lline *h = &L->items[i];
  if (h->kind == TB_LINE_HEADING) return true;
  if (!is_body(h) || h->dateline || h->list_no || h->signature || tb_lo_ends_sentence(h->text) ||
      h->width > HEADING_MAX)
    return false;
  /* the last label of a list item ("完成时限:…" then "责任单位:…") is not a title */
  return !(i >= 1 && tb_layout_is_label_line(h->text) &&
           tb_layout_is_label_line(L->items[i - 1].text));
}

enum { BYLINE_STACK_LINES = 6, STACK_BLOCK_LINES = 2 };

static void find_stacks_above_bylines(tb_llines *L) {
  for (size_t b = 1; b < L->count; b++) {
    if (L->items[b].kind != TB_LINE_BYLINE || L->items[b].blank_before == 0) continue;
    /* block by block upwards: a block is a title, kicker or subtitle, wrapped over at most two
     * lines, with its brackets closed within the block */
    size_t i = b;
    while (i > 0 && b - i < BYLINE_STACK_LINES) {
      size_t top = i; /* the block's first line */
      while (top > 0 && i - top < STACK_BLOCK_LINES && stack_shape(L, top - 1)) {
        top--;
        if (L->items[top].blank_before > 0 || L->items[top].indent) break;
      }
      bool block_start = top == 0 || L->items[top].blank_before > 0 || L->items[top].indent;
      if (top == i || !block_start || b - top > BYLINE_STACK_LINES) break;
      tb_strbuf sb;
      tb_strbuf_init(&sb);
      for (size_t k = top; k < i; k++)
        tb_strbuf_puts(&sb, L->items[k].text);
      bool balanced = brackets_balanced(tb_strbuf_view(&sb));
      tb_strbuf_free(&sb);
      if (!balanced) break;
      i = top;
    }
    if (i == b || (i > 0 && L->items[i].blank_before == 0)) continue;
    if (i > 0 && !closed(&L->items[i - 1])) continue;
    for (size_t k = i; k < b; k++)
      L->items[k].kind = TB_LINE_HEADING;
  }
}

/* "□刘振华": a writer's name of two to four hanzi behind a bullet (not a bracketed tag). */
static bool is_bulleted_name(const char *text) {
  const char *named = tb_layout_after_bullet(text);
  if (named == text || tb_lo_starts(text, "【")) return false;
  size_t hanzi = 0;
  for (const char *p = named; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used) break;
    if (tb_is_hanzi(cp))
      hanzi++;
    else if (!tb_is_space_cp(cp))
      return false;
    p += used;
  }
  return hanzi >= 2 && hanzi <= WRITER_NAME_CHARS;
}

/* "□刘振华" under a title, above the text: a writer's name behind a bullet (a bulleted rubric
 * such as "■ 简讯" stands above its title, not under it). */
static void find_bulleted_writers(tb_llines *L) {
  for (size_t i = 1; i + 1 < L->count; i++) {
    tb_lline *l = &L->items[i];
    if (l->kind == TB_LINE_BYLINE || L->items[i - 1].kind != TB_LINE_HEADING ||
        !is_body(&L->items[i + 1]) || L->items[i + 1].dateline)
      continue;
    if (is_bulleted_name(l->text)) l->kind = TB_LINE_BYLINE;
  }
}

enum { INNER_LINES_MIN = 3 };

/* The column's measure near line i from the lines inside paragraphs only (a line with more of its
 * paragraph right under it): the short last lines of paragraphs and the titles between them pull
 * a plain median down, and a paragraph set a character wider would then pass for a caption.
 * Falls back to fallback when there are too few such lines. */
static int inner_measure(const tb_llines *L, size_t i, int fallback) {
  int window[2 * MEASURE_WINDOW];
  size_t k = 0, seen = 0;
  for (size_t j = i; j > 0 && seen < MEASURE_WINDOW; j--) {
    const tb_lline *a = &L->items[j - 1], *b = &L->items[j];
    if (!is_body(a)) continue;
    seen++;
    if (j < i && is_body(b) && b->blank_before == 0 && !b->indent) window[k++] = a->width;
  }
  /* the lines from i on are the candidate's own: measure past its block */
  size_t j = i + 1;
  while (j < L->count && L->items[j].blank_before == 0 && !L->items[j].indent)
    j++;
  for (seen = 0; j + 1 < L->count && seen < MEASURE_WINDOW; j++) {
    const tb_lline *a = &L->items[j], *b = &L->items[j + 1];
    if (!is_body(a)) continue;
    seen++;
    if (is_body(b) && b->blank_before == 0 && !b->indent) window[k++] = a->width;
  }
  if (k < INNER_LINES_MIN) return fallback;
  qsort(window, k, sizeof(int), cmp_int);
  return window[k / 2];
}

/* A caption with no mark and no credit still shows itself by its measure: two or three lines set
 * wider than the hard-wrapped column around them (but not a lead spanning columns), standing
 * alone between finished paragraphs and saying one short thing. */
static void find_wide_captions(tb_llines *L, const int *med) {
  for (size_t i = 1; i < L->count; i++) {
    const tb_lline *l = &L->items[i], *prev = &L->items[i - 1];
    if (!is_body(l) || !l->blank_before || !is_body(prev) || !tb_lo_ends_sentence(prev->text))
      continue;
    int m = inner_measure(L, i, med[i]);
    if (m > WRAP_MAX) continue;
    size_t end = i, chars = 0;
    bool wide = true;
    while (end < L->count && end - i < CAPTION_LINES_MAX && is_body(&L->items[end]) &&
           (end == i || (L->items[end].blank_before == 0 && !L->items[end].indent))) {
      const tb_lline *k = &L->items[end];
      if (k->dateline || k->list_no || k->ednote || k->jump_from || k->jump_to) wide = false;
      chars += tb_utf8_length(k->text);
      end++;
    }
    size_t len = end - i;
    if (!wide || len < 2 || chars > CAPTION_CHARS_MAX) continue;
    if (end < L->count && L->items[end].blank_before == 0) continue; /* longer than a caption */
    if (!tb_lo_ends_sentence(L->items[end - 1].text)) continue;
    for (size_t k = i; k + 1 < end && wide; k++)
      wide = L->items[k].width > m + 2 * FULL_SLACK && L->items[k].width * 5 <= m * 8;
    if (!wide) continue;
    for (size_t k = i; k < end; k++)
      L->items[k].kind = TB_LINE_CAPTION;
    i = end - 1;
  }
}

static size_t next_nonfurniture(const tb_llines *L, size_t i) {
  while (i < L->count && L->items[i].kind == TB_LINE_FURNITURE)
    i++;
  return i;
}

/* Captions: blocks ending in a photo credit, the paragraph above a lone credit line, a lone
 * sentence dropped into an unfinished sentence, and short labels among other captions. */
static void find_captions(tb_llines *L) {
  size_t n = L->count;
  for (size_t i = 0; i < n; i++) {
    tb_lline *l = &L->items[i];
    /* a ▲ caption wrapped over lines: the lines below it, up to the end of its sentence */
    if (l->kind == TB_LINE_CAPTION && tb_layout_is_caption_mark(l->text) &&
        !tb_lo_ends_sentence(l->text)) {
      size_t k = i + 1;
      while (k < n && k - i <= 8 && is_body(&L->items[k]) && L->items[k].blank_before == 0 &&
             !L->items[k].indent && !L->items[k].dateline) {
        L->items[k].kind = TB_LINE_CAPTION;
        if (tb_lo_ends_sentence(L->items[k].text)) break;
        k++;
      }
      continue;
    }
    bool block_start = i == 0 || l->blank_before > 0 || l->indent || !is_body(&L->items[i - 1]);
    if (!block_start || !is_body(l) || l->dateline || l->ednote) continue;
    size_t end = i + 1;
    while (end < n && is_body(&L->items[end]) && L->items[end].blank_before == 0 &&
           !L->items[end].indent && !L->items[end].dateline)
      end++;
    tb_credit_kind ck;
    if (end - i <= 8 && tb_layout_credit_tail(L->items[end - 1].text, &ck) >= 0 &&
        ck == TB_CREDIT_PHOTO) {
      for (size_t k = i; k < end; k++)
        L->items[k].kind = TB_LINE_CAPTION;
      i = end - 1;
      continue;
    }
    size_t next = next_nonfurniture(L, end);
    bool lone_credit_next = next < n && L->items[next].kind == TB_LINE_CREDIT;
    /* a photo set between two stories: its caption follows a finished text and a new story
     * (a dateline) starts right after its credit */
    size_t after_credit = next_nonfurniture(L, next + 1);
    bool between_stories = l->blank_before >= 1 && i > 0 && closed(&L->items[i - 1]) &&
                           after_credit < n && L->items[after_credit].dateline;
    /* or dropped into a sentence: the text above breaks off unfinished and goes on below the
     * credit ("…他带着20" / caption / credit / "多名村民…") */
    size_t resume = next_nonfurniture(L, next + 1);
    bool dropped_in =
        l->blank_before >= 1 && i > 0 && is_body(&L->items[i - 1]) && !closed(&L->items[i - 1]) &&
        resume < n && is_body(&L->items[resume]) && !L->items[resume].dateline &&
        !L->items[resume].indent && L->items[resume].blank_before <= 1 &&
        (!heading_shape(&L->items[resume]) || has_clause_mark(L->items[resume].text)) &&
        end - i <= 2;
    bool after_break = i == 0 || l->blank_before >= 2 || !is_body(&L->items[i - 1]) ||
                       between_stories || dropped_in;
    if (lone_credit_next && end - i <= 4 && after_break &&
        tb_lo_ends_sentence(L->items[end - 1].text)) {
      for (size_t k = i; k < end; k++)
        L->items[k].kind = TB_LINE_CAPTION;
      i = end - 1;
      continue;
    }
    if (end - i == 1 && tb_lo_ends_sentence(l->text)) {
      size_t chars = tb_utf8_length(l->text);
      const tb_lline *prev = i > 0 ? &L->items[i - 1] : NULL;
      const tb_lline *after = next < n ? &L->items[next] : NULL;
      /* dropped into a sentence: the text before is unfinished and goes on after it */
      if (l->blank_before >= 2 && chars <= 60 && prev && is_body(prev) &&
          !tb_lo_ends_sentence(prev->text) && after && is_body(after) && !after->dateline &&
          after->blank_before > 0) {
        l->kind = TB_LINE_CAPTION;
        continue;
      }
      /* a short label between a heading or caption and more captions */
      bool near_caption =
          after && (after->kind == TB_LINE_CAPTION || after->kind == TB_LINE_CREDIT);
      if (chars <= 25 && prev &&
          (prev->kind == TB_LINE_HEADING || prev->kind == TB_LINE_CAPTION ||
           prev->kind == TB_LINE_CREDIT) &&
          near_caption)
        l->kind = TB_LINE_CAPTION;
    }
  }
}

/* ---- assembly ------------------------------------------------------------------------------ */

typedef struct {
  tb_items *out;
  tb_strbuf text;
  bool open;
  size_t first_line, last_line;
  size_t line_count;
  const tb_lline *last;
  bool dateline, jump_from, ednote, signature;
  int list_no;
  int list_seen;            /* the last item number started since the last heading */
  int min_width, max_width; /* of the open paragraph's lines */
  /* captions met inside an open paragraph wait until it is finished */
  tb_item *pending;
  size_t pending_count, pending_cap;
  size_t story_start;   /* first item after the last heading */
  size_t dangling;      /* 1 + index of a paragraph cut off under a title, 0 for none */
  size_t dangling_from; /* first item of that paragraph's story */
  size_t resumes;       /* for the next paragraph started */
  bool resumed_any;     /* a cut paragraph was taken up since the last heading */
} assembler;

static void emit(tb_items *out, const tb_item *it) {
  tb_grow((void **)&out->items, &out->cap, out->count + 1, sizeof *out->items);
  out->items[out->count++] = *it;
}

static void flush_pending(assembler *a) {
  for (size_t i = 0; i < a->pending_count; i++)
    emit(a->out, &a->pending[i]);
  a->pending_count = 0;
}

static void flush(assembler *a) {
  if (a->open) {
    char *text = tb_strbuf_take(&a->text);
    tb_item it = {.kind = a->ednote ? TB_ITEM_EDNOTE : TB_ITEM_PARA,
                  .first_line = a->first_line,
                  .last_line = a->last_line,
                  .dateline = a->dateline,
                  .jump_from = a->jump_from,
                  .signature = a->signature,
                  .list_no = a->list_no,
                  .resumes = a->resumes};
    a->resumes = 0;
    tb_credit_kind ck;
    long tail = tb_layout_credit_tail(text, &ck);
    if (tail >= 0 && ck == TB_CREDIT_PHOTO) {
      it.kind = TB_ITEM_CAPTION;
      it.credit = tb_lo_trim(text + tail, strlen(text + tail));
      it.text = tb_lo_trim(text, (size_t)tail);
      free(text);
      emit(a->out, &it);
    } else if (tail >= 0) {
      it.text = tb_lo_trim(text, (size_t)tail);
      tb_item by = {.kind = TB_ITEM_BYLINE,
                    .text = tb_lo_trim(text + tail, strlen(text + tail)),
                    .first_line = a->last_line,
                    .last_line = a->last_line};
      free(text);
      emit(a->out, &it);
      emit(a->out, &by);
    } else {
      it.text = text;
      emit(a->out, &it);
    }
  }
  a->open = false;
  a->last = NULL;
  flush_pending(a);
}

static void start(assembler *a, const tb_lline *l, bool ednote) {
  tb_strbuf_clear(&a->text);
  tb_strbuf_puts(&a->text, l->text);
  a->open = true;
  a->first_line = a->last_line = l->lineno;
  a->line_count = 1;
  a->min_width = a->max_width = l->width;
  a->last = l;
  a->dateline = l->dateline;
  a->jump_from = l->jump_from;
  a->signature = l->signature;
  a->ednote = ednote;
  a->list_no = l->list_no;
  if (l->list_no) a->list_seen = l->list_no;
}

enum { ITEM_LABEL_CHARS = 16, ATTRIBUTION_CHARS = 20 };

/* "…价钱也实惠。”" then, after a column break, "家住南里的刘阿姨说。" alone: who said the quote
 * closes its paragraph; it is never a paragraph of its own. */
static bool attribution_after_quote(const tb_lline *prev, const tb_lline *l,
                                    const tb_lline *after) {
  if (!tb_lo_ends(prev->text, "。”") && !tb_lo_ends(prev->text, "！”") &&
      !tb_lo_ends(prev->text, "？”"))
    return false;
  if (after && after->blank_before == 0 && !after->indent && is_body(after)) return false;
  const char *stop = strstr(l->text, "。");
  return tb_lo_ends(l->text, "说。") && stop == l->text + strlen(l->text) - strlen("。") &&
         !strstr(l->text, "，") && tb_utf8_length(l->text) <= ATTRIBUTION_CHARS;
}

/* "潭柘寺镇南辛房片区：4月18日…": an item led by a plain label and a colon. */
/* The colon after a label: full-width, or ASCII where the extractor turned it half-width (but
 * not a clock's "14:30"). NULL when there is none. */
static const char *label_colon(const char *s) {
  const char *full = strstr(s, "：");
  for (const char *p = s; *p && (!full || p < full); p++)
    if (*p == ':' && !(p > s && p[-1] >= '0' && p[-1] <= '9')) return p;
  return full;
}

static bool labelled_item(const char *s) {
  const char *colon = label_colon(s);
  if (!colon || colon == s || tb_lo_is_punct(tb_lo_first_cp(s))) return false;
  char *label = tb_xstrndup(s, (size_t)(colon - s));
  bool plain = tb_utf8_length(label) <= ITEM_LABEL_CHARS && !has_clause_mark(label) &&
               !strstr(label, "“") && !strstr(label, "”");
  free(label);
  return plain;
}

static bool is_full(const tb_lline *prev, int measure, bool first_of_para) {
  if (measure > WRAP_MAX) return false;
  int slack = FULL_SLACK + (first_of_para ? INDENT_SLACK : 0);
  return prev->width >= measure - slack;
}

enum { VERSE_LINES_MIN = 3, VERSE_WIDTH_SPREAD = 4 };

/* A stanza: three or more lines of uneven width with no punctuation mark at all. Prose wrapped in
 * a column fills its lines evenly and carries a comma within a few lines; verse does neither, and
 * a blank after it parts it from the next stanza. */
static bool open_stanza(const assembler *a) {
  if (a->line_count < VERSE_LINES_MIN || a->max_width - a->min_width < VERSE_WIDTH_SPREAD)
    return false;
  for (const char *p = a->text.data; p && *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || tb_lo_is_punct(cp)) return false;
    p += used;
  }
  return true;
}

/* Does body line l end the open paragraph? */
static bool breaks(const assembler *a, const tb_lline *l, const tb_lline *after, int measure) {
  const tb_lline *prev = a->last;
  if (l->dateline || l->ednote || l->jump_from || l->signature || prev->signature) return true;
  /* a list of names ends on a name, not a stop; each labelled row of it is a paragraph */
  bool prev_done = tb_lo_ends_sentence(prev->text) || prev->names;
  if (prev->names && l->names && l->blank_before == 0) {
    bool labelled;
    tb_layout_names_in_line(l->text, &labelled);
    return labelled;
  }
  /* the next number of a running list starts an item even after a label line ("责任单位:…") */
  if (l->list_no && (l->list_no == a->list_no + 1 || l->list_no == a->list_seen + 1 ||
                     (a->list_no == 0 && prev_done)))
    return true;
  if (a->list_no && l->blank_before == 0 && !l->indent) return false;
  /* "完成时限:…" after a column break still belongs to the item above it; a finished sentence
   * with clauses after a finished item is a paragraph ("联系人：刘明，电话：…。") */
  if (a->list_seen && !l->list_no && tb_layout_is_label_line(l->text) &&
      !(l->blank_before > 0 && prev_done && tb_lo_ends_sentence(l->text)))
    return false;
  /* "编辑同志：" alone on its line opens a letter as a paragraph of its own */
  bool salutation =
      a->line_count == 1 && ((tb_lo_last_cp(prev->text) == 0xFF1A && !has_clause_mark(prev->text) &&
                              prev->width * 2 < measure) ||
                             addressee_line(prev->text));
  /* "一、演练时间" alone above a blank: the label of a numbered section is a paragraph of its
   * own (a column break falls after a full line, not after a short label) */
  bool list_label = a->line_count == 1 && a->list_no && !strstr(prev->text, "，") &&
                    !strstr(prev->text, "；") && !tb_lo_ends(prev->text, "：") &&
                    !is_full(prev, measure, true);
  if ((l->blank_before > 0 || l->indent) && attribution_after_quote(prev, l, after)) return false;
  /* "具体安排如下：" then "永定镇…基地：4月18日…": a lead-in ending in a colon above labelled
   * items (a quote after "说：" opens with a quotation mark), blank between or not */
  bool lead_in = tb_lo_ends(prev->text, "：") && labelled_item(l->text);
  if (l->blank_before > 0 || l->indent)
    return prev_done || salutation || list_label || lead_in ||
           (l->blank_before > 0 && open_stanza(a));
  if (lead_in) return true;
  /* "主题：…" / "时间：…" / "地点：…": one-line labelled items set tight, each complete (not
   * ending on a comma or colon that would go on below), are a paragraph each */
  if (a->line_count == 1 && labelled_item(prev->text) && labelled_item(l->text) &&
      !ends_on_clause_mark(prev->text))
    return true;
  /* "北洼镇滨河公园：…，栽植白蜡、海棠；" then "柳堤镇运河绿廊：…": labelled items of a list
   * set tight end on a semicolon, and the next label opens the next item */
  if (tb_lo_ends(prev->text, "；") && labelled_item(l->text) && a->text.data &&
      labelled_item(a->text.data))
    return true;
  if (!prev_done) return false;
  /* The extractor sometimes shifts a paragraph gap one line down: after a column break, a
   * finished sentence, then one unfinished line, then the blank. That line opens a paragraph. */
  if (prev->blank_before > 0 && after && after->blank_before > 0 && !tb_lo_ends_sentence(l->text))
    return true;
  return !is_full(prev, measure, a->line_count == 1);
}

/* Is q, the heading line right under p, a unit of its own rather than the rest of p? A wrapped
 * title does not end on an attendance line, go on with a dash (the mark of a subtitle), continue
 * after a whole two-part title, grow longer on its second line past a couplet's length, or end on
 * a short column tag under a long title. */
static bool heading_line_stands_alone(const tb_lline *p, const tb_lline *q, bool units_apart) {
  if (tb_layout_is_attendance_line(q->text) || tb_layout_is_attendance_line(p->text)) return true;
  if (tb_lo_starts(q->text, "——") || tb_lo_starts(q->text, "—")) return true; /* ——副题 */
  /* a lone character is the wrapped end of the title above: no title is one character long */
  if (tb_utf8_length(q->text) == 1) return false;
  if (tb_lo_ends(p->text, "】")) return true; /* a bracketed title is closed */
  /* "图片新闻" above "初雪里的早班": a wrap falls where a line is full, never after a short
   * rubric, so a rubric-length line above a longer one is a label of its own */
  if (tb_utf8_length(p->text) <= TAG_CHARS && q->width > p->width) return true;
  /* "图片新闻" above "开镰": no title wraps after four characters, and a couplet's halves
   * ("致敬英雄" / "红色传承") match, so a rubric over a shorter line labels a short title */
  size_t p_chars = tb_utf8_length(p->text), q_chars = tb_utf8_length(q->text);
  if (p_chars == RUBRIC_CHARS && q_chars >= 2 && q_chars < p_chars) return true;
  /* "…民生工作会议|今年…", "…8个行业|113个…": a title under its kicker opens with a number, where
   * a wrap inside one title seldom falls between a word and a number */
  uint32_t last = tb_lo_last_cp(p->text), first = tb_lo_first_cp(q->text);
  if (first >= '0' && first <= '9' && tb_is_hanzi(last)) return true;
  if (tb_layout_has_split_title(p->text) || tb_layout_has_split_title(q->text)) return true;
  /* a wrapped title fills its first line; a second line longer than the first, making a title
   * longer than the halves of a couplet ever are, is a title of its own under a kicker */
  if (q->width > p->width && p->width + q->width > 2 * COUPLET_WIDTH_MAX &&
      !tb_layout_is_kicker_shape(q->text)) /* a long kicker wraps: "…民主|生活会…时强调" */
    return true;
  /* where the paper parts a title from its ——subtitle by a blank, it parts a column tag from its
   * title too: a short line right under a title is the title's wrapped end */
  return !units_apart && tb_utf8_length(q->text) <= TAG_CHARS && q->width * 3 <= p->width;
}

/* Does the paper set a blank between a title and its ——subtitle more often than not (and at least
 * once)? Then its heading units stand apart, and lines set tight are one unit. */
static bool heading_units_apart(const tb_llines *L) {
  size_t apart = 0, tight = 0;
  for (size_t i = 1; i < L->count; i++) {
    const tb_lline *l = &L->items[i], *prev = &L->items[i - 1];
    if (l->kind != TB_LINE_HEADING || prev->kind != TB_LINE_HEADING || !tb_lo_starts(l->text, "—"))
      continue;
    if (l->blank_before > 0)
      apart++;
    else
      tight++;
  }
  return apart > tight;
}

/* "【朝阳区启动春季植树活动】": the brackets some papers set around a title are decoration, like
 * Markdown's #. Takes and returns an owned string; *removed says whether there were any. */
static char *without_title_brackets(char *t, bool *removed) {
  const char *open = "【", *close = "】";
  size_t n = strlen(t), lo = strlen(open), lc = strlen(close);
  *removed = false;
  if (n <= lo + lc || !tb_lo_starts(t, open) || !tb_lo_ends(t, close)) return t;
  if (strstr(t + lo, open)) return t; /* "【A】【B】": two tags, not one title */
  char *bare = tb_lo_trim(t + lo, n - lo - lc);
  free(t);
  *removed = true;
  return bare;
}

/* In a hard-wrapped column a heading line well short of the column's measure may still be a
 * title's first line set in a larger type; but when the line under it states a figure, the mark
 * of a 副题 ("开通航线3条"), the editor ended the title there and the figure is its subtitle. */
static bool short_of_measure(const tb_lline *p, int measure) {
  return measure <= WRAP_MAX && p->width < measure - FULL_SLACK - INDENT_SLACK;
}

/* A number counting something: digits with a word after them ("3条", "160余人次"); digits that
 * end the line may be a page number the extractor glued on. */
static bool has_figure(const char *s) {
  for (; *s; s++)
    if (*s >= '0' && *s <= '9' && s[1] && !(s[1] >= '0' && s[1] <= '9')) return true;
  return false;
}

static void add_heading_units(assembler *a, const tb_llines *L, size_t i, size_t end,
                              bool units_apart, const int *med) {
  /* consecutive heading lines: one unit when they wrap or pair as a couplet; a kicker ending in
   * ：, a Markdown heading, or a much longer second line starts a unit of its own */
  size_t k = i;
  bool figure_under = false; /* the unit k is a figure under a title ended short */
  int above_width = 0;       /* of the unit before k */
  while (k < end) {
    bool is_figure_subtitle = figure_under;
    figure_under = false;
    size_t u = k + 1;
    while (u < end) {
      const tb_lline *p = &L->items[u - 1], *q = &L->items[u];
      if (p->md_level || q->md_level || p->column_tag) break;
      /* a quote or bracket left open goes on on the next line: "…推动“绿" / "水青山”…" */
      if (!brackets_balanced(p->text) && u == k + 1) {
        u++;
        continue;
      }
      /* "加装电梯，" / "费用由谁来承担？": a title line ending on a comma goes on below */
      uint32_t p_last = tb_lo_last_cp(p->text);
      if (p_last == 0xFF0C || p_last == 0x3001 || p_last == ',') {
        u++;
        continue;
      }
      if (tb_layout_is_kicker_shape(p->text)) break;
      /* "区中医院开设“治未病”" / "中心": a title line that fills a narrow column's measure
       * wraps, and the short line under it is its end, not a column tag */
      if (fills_narrow_measure(p, med[u - 1]) && tb_utf8_length(q->text) <= TAG_CHARS &&
          !tb_lo_starts(q->text, "—")) {
        u++;
        continue;
      }
      if (q->width * 2 > p->width * 3) break;
      if (heading_line_stands_alone(p, q, units_apart)) break;
      if (short_of_measure(p, med[u - 1]) && has_figure(q->text)) {
        figure_under = true;
        break;
      }
      u++;
    }
    tb_strbuf sb;
    tb_strbuf_init(&sb);
    for (size_t m = k; m < u; m++)
      tb_layout_join_wrapped(&sb, L->items[m].text);
    bool brackets;
    tb_item it = {.kind = TB_ITEM_HEADING,
                  .text = without_title_brackets(tb_strbuf_take(&sb), &brackets),
                  .first_line = L->items[k].lineno,
                  .last_line = L->items[u - 1].lineno,
                  .md_level = L->items[k].md_level,
                  .tight_above = k > i,
                  .column_tag = L->items[k].column_tag,
                  .figure_subtitle = is_figure_subtitle};
    it.title_brackets = brackets;
    /* the last of several units, stating a figure and no wider than the unit above it, is the
     * stack's 副题 (a title under its kicker is the wider) */
    if (k > i && u == end && has_figure(it.text) && tb_lo_width(it.text) <= above_width)
      it.figure_subtitle = true;
    above_width = tb_lo_width(it.text);
    emit(a->out, &it);
    k = u;
  }
}

static void push_caption(assembler *a, tb_item *it) {
  if (!a->open) {
    emit(a->out, it);
    return;
  }
  tb_grow((void **)&a->pending, &a->pending_cap, a->pending_count + 1, sizeof *a->pending);
  a->pending[a->pending_count++] = *it;
}

enum { RESUME_CHARS = 120, RESUME_ITEMS = 8, FRAGMENT_CHARS = 8 };
static const double RESUME_MARGIN = 0.15;

/* Share of the bigrams of the text from line i on (its lines set tight, at most RESUME_CHARS)
 * found in the paragraphs of items [from, upto) and in extra. */
static double run_cover(const tb_llines *L, size_t i, const tb_items *out, size_t from, size_t upto,
                        const char *extra) {
  tb_strbuf run, ctx;
  tb_strbuf_init(&run);
  tb_strbuf_init(&ctx);
  for (size_t k = i; k < L->count && (k == i || L->items[k].blank_before == 0) &&
                     tb_utf8_length(tb_strbuf_view(&run)) < RESUME_CHARS;
       k++)
    if (is_body(&L->items[k])) tb_strbuf_puts(&run, L->items[k].text);
  /* the story's last few items are enough, and keep the cost bounded */
  if (upto > from + RESUME_ITEMS) from = upto - RESUME_ITEMS;
  for (size_t k = from; k < upto; k++)
    if (out->items[k].kind == TB_ITEM_PARA) {
      tb_strbuf_puts(&ctx, out->items[k].text);
      tb_strbuf_putc(&ctx, '\n');
    }
  if (extra) tb_strbuf_puts(&ctx, extra);
  tb_bigrams a, b;
  tb_bigrams_of(run.len ? tb_strbuf_view(&run) : "", 0, &a);
  tb_bigrams_of(ctx.len ? tb_strbuf_view(&ctx) : "", 0, &b);
  double c = tb_bigrams_cover(&a, &b);
  tb_bigrams_free(&a);
  tb_bigrams_free(&b);
  tb_strbuf_free(&run);
  tb_strbuf_free(&ctx);
  return c;
}

/* Two stories set side by side and read chunk by chunk: "…按钮组成，" / title / the next story,
 * cut "…探店直播" / "与社区网格员…" (the first story's rest) / "等活动。…" (the second's). Where a
 * paragraph was cut off under another story's title, text after a column break that shares
 * clearly more words with that story than with the one it would join goes on with the cut one;
 * the paragraph it leaves is cut off in turn. */
static bool resumes_dangling(assembler *a, const tb_llines *L, size_t i) {
  if (!a->dangling || !a->open || a->last->blank_before > 0 || L->items[i].blank_before == 0 ||
      tb_layout_line_closed(a->last))
    return false;
  double here = run_cover(L, i, a->out, a->story_start, a->out->count, tb_strbuf_view(&a->text));
  double there = run_cover(L, i, a->out, a->dangling_from, a->dangling, NULL);
  if (there < here + RESUME_MARGIN) return false;
  size_t from = a->story_start, resumed = a->dangling;
  flush(a);
  a->resumed_any = true;
  /* the paragraph just flushed is the one cut off now */
  a->dangling = a->out->count; /* 1 + its index */
  a->dangling_from = from;
  a->resumes = resumed;
  return true;
}

/* "等活动。…": after a story's rest has been taken up, a paragraph that opens on a few words
 * closing a sentence finishes the paragraph left cut off. */
static bool fragment_start(const char *s) {
  const char *stop = strstr(s, "。");
  if (!stop) return false;
  char *head = tb_xstrndup(s, (size_t)(stop - s));
  bool fragment = tb_utf8_length(head) <= FRAGMENT_CHARS && !has_clause_mark(head) &&
                  !strstr(head, "“") && !strstr(head, "：");
  free(head);
  return fragment;
}

void tb_layout_items_build(const tb_llines *lines, tb_items *out) {
  memset(out, 0, sizeof *out);
  tb_llines *L = (tb_llines *)lines; /* classes are refined in place */
  find_captions(L);                  /* first, so a long caption line is not taken for a heading */
  tb_layout_find_boxes(L);
  find_name_lists(L);
  find_tight_issuers(L);
  int *med = local_measures(L);
  find_headline_stacks(L);
  find_headings(L, med);
  find_stacks_above_bylines(L);
  find_bulleted_writers(L);
  find_wide_captions(L, med);
  find_captions(L);
  free(med);
  med = local_measures(L); /* headings and captions no longer count toward the measure */

  bool units_apart = heading_units_apart(L);
  assembler a = {.out = out};
  tb_strbuf_init(&a.text);
  bool in_note = false;
  /* a note set flush left ("引言：…") in text whose paragraphs open indented ends where the
   * first indented paragraph starts */
  bool note_flush = false;
  bool furniture_before = false; /* page furniture since the last text: a page break */
  for (size_t i = 0; i < L->count; i++) {
    const tb_lline *l = &L->items[i];
    if (l->kind != TB_LINE_FURNITURE && l->kind != TB_LINE_HEADING) furniture_before = false;
    switch (l->kind) {
    case TB_LINE_FURNITURE:
      furniture_before = true;
      break;
    case TB_LINE_HEADING: {
      /* a paragraph cut off under a title may go on after the next story's first chunk */
      bool cut = a.open && !tb_layout_line_closed(a.last) && l->blank_before > 0;
      size_t from = a.story_start;
      flush(&a);
      a.dangling = cut ? out->count : 0;
      a.dangling_from = from;
      a.list_seen = 0;
      size_t end = i + 1;
      while (end < L->count && L->items[end].kind == TB_LINE_HEADING &&
             L->items[end].blank_before == 0 && !L->items[end].indent)
        end++;
      size_t first = out->count;
      add_heading_units(&a, L, i, end, units_apart, med);
      a.story_start = out->count;
      a.resumed_any = false;
      if (furniture_before && first < out->count) out->items[first].after_page_break = true;
      furniture_before = false;
      i = end - 1;
      break;
    }
    case TB_LINE_BYLINE:
    case TB_LINE_CREDIT: {
      flush(&a);
      in_note = false;
      tb_item it = {.kind = TB_ITEM_BYLINE,
                    .text = tb_xstrdup(l->text),
                    .first_line = l->lineno,
                    .last_line = l->lineno};
      emit(out, &it);
      break;
    }
    case TB_LINE_JUMP_TO: {
      flush(&a);
      tb_item it = {.kind = TB_ITEM_JUMP_TO,
                    .text = tb_xstrdup(""),
                    .first_line = l->lineno,
                    .last_line = l->lineno};
      emit(out, &it);
      break;
    }
    case TB_LINE_CAPTION: {
      /* consecutive caption lines form one caption; a ▲ mark or a credit line ends one */
      tb_strbuf sb;
      tb_strbuf_init(&sb);
      size_t end = i;
      tb_item it = {.kind = TB_ITEM_CAPTION, .first_line = l->lineno};
      while (end < L->count && L->items[end].kind == TB_LINE_CAPTION &&
             (end == i ||
              (L->items[end].blank_before == 0 && !tb_layout_is_caption_mark(L->items[end].text))))
        tb_layout_join_wrapped(&sb, L->items[end++].text);
      it.last_line = L->items[end - 1].lineno;
      size_t next = next_nonfurniture(L, end);
      if (next < L->count && L->items[next].kind == TB_LINE_CREDIT) {
        it.credit = tb_xstrdup(L->items[next].text);
        it.last_line = L->items[next].lineno;
        end = next + 1;
      }
      char *text = tb_strbuf_take(&sb);
      tb_credit_kind ck;
      long tail = tb_layout_credit_tail(text, &ck);
      if (tail >= 0 && !it.credit) {
        it.credit = tb_lo_trim(text + tail, strlen(text + tail));
        it.text = tb_lo_trim(text, (size_t)tail);
        free(text);
      } else {
        it.text = text;
      }
      push_caption(&a, &it);
      i = end - 1;
      break;
    }
    case TB_LINE_BODY: {
      if (l->ednote) in_note = true, note_flush = !l->indent;
      const tb_lline *after = i + 1 < L->count ? &L->items[i + 1] : NULL;
      bool joins = a.open && !breaks(&a, l, after, med[i]);
      if (joins && resumes_dangling(&a, L, i)) joins = false; /* flushed already */
      if (joins) {
        if (a.last->names && l->names) /* names go on parted by a space past the wrap */
          tb_strbuf_putc(&a.text, ' ');
        tb_layout_join_wrapped(&a.text, l->text);
        a.last_line = l->lineno;
        a.line_count++;
        if (l->width < a.min_width) a.min_width = l->width;
        if (l->width > a.max_width) a.max_width = l->width;
        a.last = l;
        if (l->list_no && !a.list_no) a.list_no = l->list_no;
      } else {
        flush(&a);
        if (l->dateline || (note_flush && l->indent && !l->ednote)) in_note = false;
        if (!a.resumes && a.dangling && a.resumed_any && fragment_start(l->text)) {
          a.resumes = a.dangling;
          a.dangling = 0;
        }
        start(&a, l, in_note);
      }
      if (l->jump_to) {
        flush(&a);
        tb_item it = {.kind = TB_ITEM_JUMP_TO,
                      .text = tb_xstrdup(""),
                      .first_line = l->lineno,
                      .last_line = l->lineno};
        emit(out, &it);
      }
      break;
    }
    }
    if (l->kind != TB_LINE_BODY && l->kind != TB_LINE_FURNITURE && l->kind != TB_LINE_CAPTION)
      in_note = false;
  }
  flush(&a);
  tb_strbuf_free(&a.text);
  free(a.pending);
  free(med);
}

void tb_layout_items_free(tb_items *items) {
  for (size_t i = 0; i < items->count; i++) {
    free(items->items[i].text);
    free(items->items[i].credit);
  }
  free(items->items);
  memset(items, 0, sizeof *items);
}
