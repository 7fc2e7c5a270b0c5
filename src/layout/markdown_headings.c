/* Headings a converter made of what is no title. Converters such as pymupdf4llm give a block a
 * heading level by its font size alone, so a pull quote set large in mid-story comes out as big
 * a heading as the story's title, and a feature's opening sentence set as a lead-in comes out as
 * a heading over the rest of its own paragraph. */
#include "markdown_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum {
  PULL_QUOTE_CHARS_MIN = 8, /* shorter, a repeated phrase may be a crosshead's catchword */
  PULL_QUOTE_REACH = 4,     /* the paragraphs either side that may hold the quoted sentence */
  LEAD_IN_CHARS_MAX = 40,   /* one sentence set large, not a standfirst of several */
  LOST_TITLE_CHARS_MIN = 5, /* shorter, a name or a label ("栗园论坛") */
  LOST_TITLE_CHARS_MAX = 30,
  SPLIT_TITLE_CHARS_MAX = 40, /* the two halves of one title, as long as a title runs */
};

/* One sentence ending in a full stop: no title ends so, and a standfirst runs longer. */
static bool is_one_sentence(const char *t) {
  const char *stop = strstr(t, "。");
  return stop && !stop[strlen("。")] && tb_utf8_length(t) <= LEAD_IN_CHARS_MAX &&
         !strstr(t, "！") && !strstr(t, "？");
}

static const char *const openers[] = {"“", "「", "『", "\""};
static const char *const closers[] = {"”", "」", "』", "\"", "。", "！", "？", "…"};

/* The words of a quoted heading without its quote marks and closing punctuation, or NULL when
 * the heading is not a quotation (caller frees). */
static char *quoted_words(const char *t) {
  size_t open = 0;
  for (size_t k = 0; k < sizeof openers / sizeof *openers && !open; k++)
    if (tb_lo_starts(t, openers[k])) open = strlen(openers[k]);
  if (!open) return NULL;
  size_t end = strlen(t);
  bool closed = false;
  for (bool more = true; more;) {
    more = false;
    for (size_t k = 0; k < sizeof closers / sizeof *closers; k++) {
      size_t n = strlen(closers[k]);
      if (end >= open + n && memcmp(t + end - n, closers[k], n) == 0) {
        end -= n;
        more = closed = true;
      }
    }
  }
  if (!closed) return NULL;
  char *words = tb_lo_trim(t + open, end - open);
  if (tb_utf8_length(words) < PULL_QUOTE_CHARS_MIN) {
    free(words);
    return NULL;
  }
  return words;
}

/* The shallowest level written in the title stack of the story line i stands in (the nearest
 * headings above it, with the bylines among them); INT_MAX when no title stands above. */
static int story_title_level(const tb_llines *L, const md_meta *meta, size_t i) {
  size_t k = i;
  while (k > 0 && L->items[k - 1].kind != TB_LINE_HEADING)
    k--;
  int level = INT_MAX;
  for (; k > 0; k--) {
    const tb_lline *l = &L->items[k - 1];
    if (l->kind == TB_LINE_HEADING && meta[k - 1].level && meta[k - 1].level < level)
      level = meta[k - 1].level;
    else if (l->kind != TB_LINE_HEADING && l->kind != TB_LINE_BYLINE)
      break;
  }
  return level;
}

/* Does the running text near line i (up to the titles on either side) hold words? */
static bool story_text_repeats(const tb_llines *L, size_t i, const char *words) {
  for (size_t j = i + 1; j < L->count && j <= i + PULL_QUOTE_REACH; j++) {
    if (L->items[j].kind == TB_LINE_HEADING) break;
    if (L->items[j].kind == TB_LINE_BODY && strstr(L->items[j].text, words)) return true;
  }
  for (size_t j = i; j > 0 && j + PULL_QUOTE_REACH > i; j--) {
    if (L->items[j - 1].kind == TB_LINE_HEADING) break;
    if (L->items[j - 1].kind == TB_LINE_BODY && strstr(L->items[j - 1].text, words)) return true;
  }
  return false;
}

void md_pull_quotes_are_furniture(tb_llines *L, const md_meta *meta) {
  for (size_t i = 1; i + 1 < L->count; i++) {
    tb_lline *l = &L->items[i];
    /* set in mid-story: running text above and below, none of it opening a new story */
    if (l->kind != TB_LINE_HEADING || !meta[i].level || meta[i].rule_above ||
        L->items[i - 1].kind != TB_LINE_BODY || L->items[i + 1].kind != TB_LINE_BODY ||
        L->items[i + 1].dateline)
      continue;
    /* a crosshead is set smaller than its story's title; a quote as large is no part of it */
    if (meta[i].level > story_title_level(L, meta, i)) continue;
    char *words = quoted_words(l->text);
    if (words && story_text_repeats(L, i, words)) {
      l->kind = TB_LINE_FURNITURE;
      l->md_level = 0;
    }
    free(words);
  }
}

static void remove_line(tb_llines *L, md_meta *meta, size_t i) {
  free(L->items[i].text);
  size_t after = L->count - i - 1;
  memmove(&L->items[i], &L->items[i + 1], after * sizeof *L->items);
  memmove(&meta[i], &meta[i + 1], after * sizeof *meta);
  L->count--;
}

void md_join_lead_in_sentences(tb_llines *L, md_meta *meta) {
  for (size_t i = 1; i + 1 < L->count; i++) {
    tb_lline *h = &L->items[i], *next = &L->items[i + 1];
    /* a title never ends in a full stop; a sentence that does, set large or bold right under
     * a story's titles or byline and over running text that is no new dateline, opens that text */
    tb_line_kind above = L->items[i - 1].kind;
    bool set_apart = (h->kind == TB_LINE_HEADING && meta[i].level < MD_BOLD_LEVEL) ||
                     (h->kind == TB_LINE_BODY && meta[i].bold && !h->dateline && !h->ednote);
    if (!set_apart || !is_one_sentence(h->text) ||
        (above != TB_LINE_HEADING && above != TB_LINE_BYLINE))
      continue;
    if (next->kind != TB_LINE_BODY || next->dateline || next->list_no || next->indent ||
        meta[i + 1].rule_above)
      continue;
    size_t head = strlen(h->text), rest = strlen(next->text);
    char *joined = malloc(head + rest + 1);
    if (!joined) continue;
    memcpy(joined, h->text, head);
    memcpy(joined + head, next->text, rest + 1);
    free(next->text);
    next->text = joined;
    next->lineno = h->lineno;
    next->blank_before = h->blank_before;
    next->width = tb_lo_width(joined);
    meta[i + 1].rule_above = meta[i].rule_above;
    remove_line(L, meta, i);
  }
}

/* Does line l read on as text: a finished sentence, an intro ("…通告如下："), or a long run
 * with clause marks? */
static bool is_running(const tb_lline *l) {
  uint32_t last = tb_lo_last_cp(l->text);
  bool clauses = tb_layout_has_clause_mark(l->text);
  return l->kind == TB_LINE_BODY &&
         (tb_lo_ends_sentence(l->text) || (clauses && (last == 0xFF1A || last == ':')) ||
          (clauses && tb_utf8_length(l->text) > MD_TITLE_CHARS_MAX));
}

/* A title ends on a word or on the close of a quotation or a book title ("一条老街的“新生”"),
 * never on a stop, a clause mark or a bracket a credit closes with. */
static bool ends_as_title(const char *t) {
  uint32_t last = tb_lo_last_cp(t);
  return !tb_lo_is_punct(last) || last == 0x201D || last == 0x300B || last == 0x300D ||
         last == 0x300F;
}

void md_lost_titles_are_headings(tb_llines *L, md_meta *meta) {
  for (size_t i = 1; i + 1 < L->count; i++) {
    tb_lline *l = &L->items[i];
    const tb_lline *above = &L->items[i - 1], *below = &L->items[i + 1];
    /* a plain block: no heading marks, no bold, and no mark of a sentence or a clause in it */
    size_t chars = tb_utf8_length(l->text);
    if (l->kind != TB_LINE_BODY || meta[i].level || meta[i].bold || l->dateline || l->ednote ||
        l->signature || l->indent || l->list_no || l->run_in || chars < LOST_TITLE_CHARS_MIN ||
        chars > LOST_TITLE_CHARS_MAX || tb_layout_has_clause_mark(l->text) ||
        !ends_as_title(l->text) || strstr(l->text, "：") || strchr(l->text, ':') ||
        tb_layout_ends_with_function_word(l->text) || tb_layout_is_kicker_shape(l->text))
      continue; /* "区委书记欧阳澈对", cut at a column break in mid-sentence, is no title */
    /* between the end of one text and the start of another: an issuer over its date, or a
     * short line under a title (a subtitle), is not a lost title */
    bool closing_byline = above->kind == TB_LINE_BYLINE && i >= 2 &&
                          L->items[i - 2].kind == TB_LINE_BODY &&
                          tb_lo_ends_sentence(L->items[i - 2].text);
    /* a text ends with a sentence, or with the credit glued after its last one ("…观赏。（记者
     * 祝青 摄）") */
    tb_credit_kind credit = TB_CREDIT_NONE;
    bool above_ends =
        tb_lo_ends_sentence(above->text) || tb_layout_credit_tail(above->text, &credit) > 0;
    bool after_text =
        meta[i].rule_above || above->kind == TB_LINE_FURNITURE || closing_byline ||
        ((above->kind == TB_LINE_BODY || above->kind == TB_LINE_CAPTION) && above_ends);
    if (!after_text || !is_running(below) || below->list_no || below->indent ||
        meta[i + 1].rule_above || meta[i + 1].level)
      continue;
    l->kind = TB_LINE_HEADING;
    l->md_level = MD_BOLD_LEVEL;
    meta[i].level = MD_BOLD_LEVEL;
    L->items[i + 1].run_in = true; /* the text under it, never a subtitle */
  }
}

/* Opening marks of s left without their closing ones: “ 《 （ 「 each count +1, their closers -1
 * (a sum over the kinds; enough to see a quotation or a book title cut in two). */
static int open_marks(const char *s) {
  static const char *const opens[] = {"“", "《", "（", "「", "‘"};
  static const char *const closes[] = {"”", "》", "）", "」", "’"};
  int depth = 0;
  while (*s) {
    size_t step = 1;
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
      if (tb_lo_starts(s, opens[k])) depth++, step = strlen(opens[k]);
      if (tb_lo_starts(s, closes[k])) depth--, step = strlen(closes[k]);
    }
    s += step;
  }
  return depth;
}

void md_join_split_titles(tb_llines *L, md_meta *meta) {
  for (size_t i = 0; i + 1 < L->count; i++) {
    tb_lline *a = &L->items[i], *b = &L->items[i + 1];
    if (a->kind != TB_LINE_HEADING || b->kind != TB_LINE_HEADING || !meta[i].level ||
        meta[i].level != meta[i + 1].level || meta[i + 1].rule_above || tb_lo_starts(b->text, "—"))
      continue;
    size_t chars = tb_utf8_length(a->text) + tb_utf8_length(b->text);
    /* cut inside a quotation or a book title, or after a word that needs the words after it */
    bool cut = (open_marks(a->text) > 0 && open_marks(b->text) < 0) ||
               (tb_layout_ends_with_function_word(a->text) && !tb_layout_has_clause_mark(a->text));
    if (!cut || chars > SPLIT_TITLE_CHARS_MAX) continue;
    char *joined = tb_xasprintf("%s%s", a->text, b->text);
    free(a->text);
    a->text = joined;
    a->width = tb_lo_width(joined);
    remove_line(L, meta, i + 1);
    i--; /* a title cut in three */
  }
}
