/* Two columns read line by line across the gutter: an extractor that takes each row of the page
 * whole prints the lines of two side-by-side stories alternately. The sign is a story's dateline
 * right under a line that breaks off mid-sentence with no blank between: no story opens inside a
 * sentence. The lines are parted again into the two stories, left column first. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
  PAIRS_MIN = 3,       /* rows that must alternate before the lines are taken for two columns */
  TITLE_LINES_MAX = 2, /* a title block right above the rows: the right-hand story's */
  FULL_WIDTH_SLACK = 4 /* two lines this close in width fill one measure (a hanzi is 2) */
};

static bool is_text(const tb_lline *l) {
  return l->kind == TB_LINE_BODY;
}

/* A paragraph's last line: it finishes a sentence and stops short of the column's measure. */
static bool ends_paragraph(const tb_lline *l, int measure) {
  return tb_lo_ends_sentence(l->text) && l->width < measure - FULL_WIDTH_SLACK;
}

static bool is_credit(const tb_lline *l) {
  return l->kind == TB_LINE_BYLINE || l->kind == TB_LINE_CREDIT;
}

/* Where the rows of two columns start at line s (the left column's first line, opening a block)
 * and the right one's dateline under it, rebuilds the order: the left column's lines, then the
 * title above the rows and the right column's lines. Returns the line after the rows. */
static size_t untangle_at(tb_llines *L, size_t s) {
  /* the tight run of text lines from s: the rows and whatever follows them before a blank */
  size_t run_end = s + 1;
  while (run_end < L->count && L->items[run_end].blank_before == 0 &&
         (is_text(&L->items[run_end]) || is_credit(&L->items[run_end])))
    run_end++;
  int measure = 0;
  for (size_t k = s; k < run_end; k++)
    if (L->items[k].width > measure) measure = L->items[k].width;
  /* rows alternate while both lines are text; they stop after a row in which one column ends a
   * paragraph and the other does not (the columns' lines no longer share their baselines) */
  size_t pairs = 0, e = s;
  for (size_t k = s; k + 1 < run_end; k += 2) {
    const tb_lline *left = &L->items[k], *right = &L->items[k + 1];
    if (!is_text(left) || !is_text(right) || (k > s && right->dateline) || left->dateline) break;
    pairs++;
    e = k + 2;
    if (ends_paragraph(left, measure) != ends_paragraph(right, measure)) break;
  }
  if (pairs < PAIRS_MIN) return s + 1;
  /* after the rows: the left column's rest up to its credit, then the right column's rest; with
   * no credit, the rest goes on the column whose sentence is open */
  size_t credit = run_end;
  for (size_t k = e; k < run_end && credit == run_end; k++)
    if (is_credit(&L->items[k])) credit = k;
  size_t left_rest_end;
  if (credit < run_end) {
    left_rest_end = credit + 1;
  } else {
    bool right_open = !tb_layout_line_closed(&L->items[e - 1]);
    bool left_open = !tb_layout_line_closed(&L->items[e - 2]);
    left_rest_end = right_open && !left_open ? e : run_end;
  }
  /* the title block right above the rows heads the right-hand story (its dateline opens it) */
  size_t title = s;
  while (title > 0 && s - title < TITLE_LINES_MAX && is_text(&L->items[title - 1]) &&
         !tb_layout_line_closed(&L->items[title - 1]) && L->items[s].blank_before > 0 &&
         (title == s || L->items[title].blank_before == 0))
    title--;
  if (title < s && L->items[title].blank_before == 0) title = s; /* not a block of its own */
  size_t n = run_end - title;
  tb_lline *order = tb_xmalloc(n * sizeof *order);
  size_t m = 0;
  for (size_t k = s; k < e; k += 2)
    order[m++] = L->items[k];
  for (size_t k = e; k < left_rest_end; k++)
    order[m++] = L->items[k], order[m - 1].blank_before = 0;
  order[0].blank_before = L->items[title].blank_before;
  size_t title_at = m;
  for (size_t k = title; k < s; k++)
    order[m++] = L->items[k];
  if (title_at < m) order[title_at].blank_before = 1;
  size_t right_at = m;
  for (size_t k = s + 1; k < e; k += 2)
    order[m++] = L->items[k];
  for (size_t k = left_rest_end; k < run_end; k++)
    order[m++] = L->items[k], order[m - 1].blank_before = 0;
  order[right_at].blank_before = 1;
  memcpy(&L->items[title], order, n * sizeof *order);
  free(order);
  return run_end;
}

void tb_layout_untangle_rows(tb_llines *L) {
  for (size_t i = 1; i < L->count; i++) {
    const tb_lline *l = &L->items[i], *above = &L->items[i - 1];
    /* both are full lines of columns of one measure; an indented dateline opens its own
     * paragraph, and a ——subtitle right above it is its story's */
    if (!l->dateline || l->blank_before > 0 || l->indent || !is_text(above) ||
        above->blank_before == 0 || tb_layout_line_closed(above) ||
        tb_lo_starts(above->text, "—") || above->width < l->width - FULL_WIDTH_SLACK)
      continue;
    i = untangle_at(L, i - 1);
  }
}
