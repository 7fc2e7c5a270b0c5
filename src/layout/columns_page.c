/* A page of a layout-preserving extraction measured in character cells: its gutters (cells
 * blank down most lines with text on both sides), each column's edge, and the header and
 * footer blocks at its top and bottom that are not set in the columns. */
#include "columns_internal.h"

#include <stdlib.h>
#include <string.h>

static bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

/* Is there text in cell x of l? */
bool cols_ink_at(const cell_line *l, size_t x) {
  return x < l->cells && !is_space_byte(l->text[l->offset[x]]);
}

/* Measures text (not copied: it must outlive l) into cells; l->offset is owned by l. */
void cols_measure(cell_line *l, const char *text) {
  size_t len = strlen(text), cap = 16;
  l->text = text;
  l->offset = tb_xmalloc(cap * sizeof *l->offset);
  l->cells = 0;
  l->first_ink = l->last_ink = -1;
  for (size_t i = 0; i < len;) {
    if (l->cells + 1 >= cap) {
      cap *= 2;
      l->offset = tb_xrealloc(l->offset, cap * sizeof *l->offset);
    }
    l->offset[l->cells] = i;
    if (!is_space_byte(text[i])) {
      if (l->first_ink < 0) l->first_ink = (long)l->cells;
      l->last_ink = (long)l->cells;
    }
    uint32_t cp;
    size_t used = tb_utf8_decode(text + i, len - i, &cp);
    i += used ? used : 1;
    l->cells++;
  }
  l->offset[l->cells] = len;
}

/* Marks cells blank on at least two thirds of the lines that reach past them on both sides,
 * then keeps runs wide enough to part columns of a sensible width. */
void cols_find_gutters(page *p) {
  size_t width = 0, inked = 0;
  for (size_t i = 0; i < p->count; i++) {
    if (p->lines[i].cells > width) width = p->lines[i].cells;
    if (p->lines[i].first_ink >= 0) inked++;
  }
  size_t min_lines = GUTTER_MIN_LINES;
  if (!p->body_indent) {
    min_lines = (inked + 2) / 3;
    if (min_lines < FLUSH_GUTTER_MIN_LINES) min_lines = FLUSH_GUTTER_MIN_LINES;
  }
  p->gutter_count = 0;
  size_t run_start = 0, last_column_start = 0;
  bool in_run = false;
  for (size_t x = 0; x <= width; x++) {
    size_t ink = 0, both = 0;
    for (size_t i = 0; x < width && i < p->count; i++) {
      const cell_line *l = &p->lines[i];
      if (l->first_ink < 0) continue;
      if (cols_ink_at(l, x))
        ink++;
      else if (l->first_ink < (long)x && l->last_ink > (long)x)
        both++;
    }
    bool blank_cell = both >= min_lines && both >= 2 * ink;
    if (blank_cell && !in_run) {
      run_start = x;
      in_run = true;
    } else if (!blank_cell && in_run) {
      in_run = false;
      gutter g = {run_start, x, x};
      bool wide = x - run_start >= GUTTER_MIN_CELLS;
      bool column_left = run_start >= last_column_start + COLUMN_MIN_CELLS;
      if (wide && column_left && p->gutter_count < MAX_GUTTERS) {
        p->gutters[p->gutter_count++] = g;
        last_column_start = x;
      }
    }
  }
  /* the last column must be wide enough too */
  while (p->gutter_count > 0) {
    size_t start = p->gutters[p->gutter_count - 1].end, wide_lines = 0;
    for (size_t i = 0; i < p->count; i++)
      if (p->lines[i].last_ink >= (long)(start + COLUMN_MIN_CELLS)) wide_lines++;
    if (wide_lines >= GUTTER_MIN_LINES) break;
    p->gutter_count--;
  }
}

/* The first cell at or after x with text, or -1. */
size_t cols_first_ink_from(const cell_line *l, size_t x) {
  for (; x < l->cells; x++)
    if (cols_ink_at(l, x)) return x;
  return (size_t)-1;
}

/* A line crosses a gutter when it leaves no stretch of it blank: a headline set over two
 * columns does, a column line that runs a cell long into the gutter does not. */
bool cols_crosses(const cell_line *l, const gutter *g) {
  size_t need = g->end - g->start < GUTTER_MIN_CELLS ? g->end - g->start : GUTTER_MIN_CELLS;
  size_t blank_run = 0;
  for (size_t x = g->start; x < g->end; x++) {
    blank_run = cols_ink_at(l, x) ? 0 : blank_run + 1;
    if (blank_run >= need) return false;
  }
  return true;
}

/* The column's edge right of g, past which a line is indented (a paragraph start, a centred
 * title): the leftmost cell where EDGE_MIN_LINES lines not crossing g start their text, else
 * where most of them do. Leftmost, for a boxed sidebar set narrower may have more lines than
 * the column's own text. */
size_t cols_text_edge(const page *p, const gutter *g, size_t column_end) {
  size_t best = g->end, best_count = 0, leftmost = (size_t)-1;
  for (size_t i = 0; i < p->count; i++) {
    size_t start = cols_first_ink_from(&p->lines[i], g->end), count = 0;
    /* a line blank in this column starts in the next one: it says nothing of this edge */
    if (start >= column_end || cols_crosses(&p->lines[i], g)) continue;
    for (size_t k = 0; k < p->count; k++)
      if (!cols_crosses(&p->lines[k], g) && cols_first_ink_from(&p->lines[k], g->end) == start)
        count++;
    if (count > best_count || (count == best_count && start < best)) {
      best = start;
      best_count = count;
    }
    if (count >= EDGE_MIN_LINES && start < leftmost) leftmost = start;
  }
  return leftmost != (size_t)-1 ? leftmost : best;
}

/* Does row end in a field set flush with the page's right edge, well past the last column's
 * edge (the date or issue number on a masthead's lines, a page number, a running title)? */
static bool right_aligned_field(const page *p, size_t row) {
  const cell_line *l = &p->lines[row];
  const gutter *g = &p->gutters[p->gutter_count - 1];
  size_t start = cols_first_ink_from(l, g->end);
  if (start == (size_t)-1 || cols_crosses(l, g) || start <= g->text_edge + EDGE_SLACK) return false;
  return (size_t)l->last_ink + 1 + EDGE_SLACK / 2 >= p->right;
}

/* Does a run of text start inside a gutter, after a blank cell there? No column line does: a
 * footer's fields parted by spaces ("责任编辑：…    校对：…") are not set in the columns. */
static bool starts_in_gutter(const page *p, size_t row) {
  const cell_line *l = &p->lines[row];
  for (size_t g = 0; g < p->gutter_count; g++)
    for (size_t x = p->gutters[g].start + 1; x < p->gutters[g].end; x++)
      if (cols_ink_at(l, x) && !cols_ink_at(l, x - 1)) return true;
  return false;
}

static bool off_the_columns(const page *p, size_t row) {
  return right_aligned_field(p, row) || starts_in_gutter(p, row);
}

/* The block of rows at the top of the page (up to its first blank row) and the one at the
 * bottom (after its last) are read whole when a row of them is not set in the columns: a
 * masthead with the date on the title's lines, a page header or footer. */
void cols_mark_whole_edges(page *p) {
  size_t top = 0, bottom = p->count;
  while (top < p->count && p->lines[top].first_ink < 0)
    top++;
  size_t end = top;
  while (end < p->count && p->lines[end].first_ink >= 0)
    end++;
  bool off = false;
  if (end - top > EDGE_BLOCK_ROWS) end = top;
  for (size_t row = top; row < end; row++)
    off = off || off_the_columns(p, row);
  for (size_t row = top; off && row < end; row++)
    p->whole[row] = true;
  while (bottom > end && p->lines[bottom - 1].first_ink < 0)
    bottom--;
  size_t start = bottom;
  while (start > end && p->lines[start - 1].first_ink >= 0)
    start--;
  off = false;
  if (bottom - start > EDGE_BLOCK_ROWS) start = bottom;
  for (size_t row = start; row < bottom; row++)
    off = off || off_the_columns(p, row);
  for (size_t row = start; off && row < bottom; row++)
    p->whole[row] = true;
}
