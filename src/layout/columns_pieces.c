/* The text a row holds in one column or a run of columns: where it starts and ends, and the
 * line pushed for it (a narrow column's indent kept, a page header's field gaps squeezed). */
#include "columns_internal.h"

#include <stdlib.h>
#include <string.h>

/* The first cell of column. */
size_t cols_column_left(const page *p, size_t column) {
  return column ? p->gutters[column - 1].end : 0;
}

static size_t column_right(const page *p, size_t column) {
  return column < p->gutter_count ? p->gutters[column].start : (size_t)-1;
}

/* A page header or footer spreads its fields over the page width ("2026年12月22日  星期二
 * <30 spaces> 社区 <40 spaces> 溪岭报   2"): runs of more than FIELD_GAP spaces after its
 * first field are cut to FIELD_GAP, so the line keeps its fields apart yet reads as the short
 * line it is. */
static void squeeze_field_gaps(char *s) {
  char *w = s, *r = s;
  while (*r == ' ')
    *w++ = *r++;
  while (*r) {
    size_t run = 0;
    while (r[run] == ' ')
      run++;
    if (run > FIELD_GAP) {
      memset(w, ' ', FIELD_GAP);
      w += FIELD_GAP;
      r += run;
    } else if (run) {
      memmove(w, r, run);
      w += run;
      r += run;
    } else {
      *w++ = *r++;
    }
  }
  *w = '\0';
}

/* The cells of row that lie in columns first..last, trailing spaces dropped; a piece right of
 * the first column keeps its indent past that column's edge over the body indent. The result
 * is the caller's. */
char *cols_piece_text(const page *p, size_t row, size_t first, size_t last) {
  const cell_line *l = &p->lines[row];
  size_t from = cols_column_left(p, first), to = column_right(p, last);
  if (last < p->gutter_count) {        /* a line running a cell or two long into the gutter, */
    size_t end = p->gutters[last].end; /* letter-spaced ("共 享 客 厅 ”") or not */
    while (to < end && to < l->cells &&
           (cols_ink_at(l, to) || (to + 1 < end && cols_ink_at(l, to + 1))))
      to++;
  }
  if (from > l->cells) from = l->cells;
  if (to > l->cells) to = l->cells;
  while (to > from && !cols_ink_at(l, to - 1))
    to--;
  size_t edge = first ? p->gutters[first - 1].text_edge : 0;
  if (first == last && p->margin[row] > edge) edge = p->margin[row];
  while (from < edge && from < to && !cols_ink_at(l, from))
    from++;
  size_t lead = first ? p->body_indent : 0;
  size_t bytes = to > from ? l->offset[to] - l->offset[from] : 0;
  char *s = tb_xmalloc(lead + bytes + 1);
  memset(s, ' ', lead);
  if (bytes) memcpy(s + lead, l->text + l->offset[from], bytes);
  s[lead + bytes] = '\0';
  if (!bytes) s[0] = '\0';
  if (p->whole[row]) squeeze_field_gaps(s);
  return s;
}

/* Appends the piece of row in columns first..last to the page's output. */
void cols_push_piece(page *p, size_t row, size_t first, size_t last) {
  tb_layout_vlines_push(p->out, cols_piece_text(p, row, first, last), p->linenos[row]);
}

/* Is row blank in column? */
bool cols_piece_empty(const page *p, size_t row, size_t column) {
  const cell_line *l = &p->lines[row];
  size_t end = column_right(p, column);
  for (size_t x = cols_column_left(p, column); x < end && x < l->cells; x++)
    if (cols_ink_at(l, x)) return false;
  return true;
}

/* Where row's text starts in column, or -1 when the piece is blank. */
size_t cols_piece_start(const page *p, size_t row, size_t column) {
  size_t x = cols_first_ink_from(&p->lines[row], cols_column_left(p, column));
  return x < column_right(p, column) ? x : (size_t)-1;
}

/* One past where row's text ends in column, 0 when the piece is blank. */
size_t cols_piece_end(const page *p, size_t row, size_t column) {
  const cell_line *l = &p->lines[row];
  size_t end = 0, right = column_right(p, column);
  for (size_t x = cols_column_left(p, column); x < right && x < l->cells; x++)
    if (cols_ink_at(l, x)) end = x + 1;
  return end;
}

/* Does row's text in column end a sentence (。！？； or one of them before a closing quote)? */
bool cols_ends_sentence(const page *p, size_t row, size_t column) {
  const cell_line *l = &p->lines[row];
  size_t end = cols_piece_end(p, row, column);
  if (!end) return false;
  uint32_t cp = 0;
  size_t at = l->offset[end - 1];
  tb_utf8_decode(l->text + at, l->offset[end] - at, &cp);
  if (cp == 0x201D && end >= 2) { /* 。” ends a sentence, a quoted title's ” does not */
    at = l->offset[end - 2];
    tb_utf8_decode(l->text + at, l->offset[end - 1] - at, &cp);
  }
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B;
}

/* Where column's lines start when not indented. */
size_t cols_column_edge(const page *p, size_t column) {
  return column ? p->gutters[column - 1].text_edge : p->body_indent;
}

/* Where the longest line of column ends among rows [top, bottom): the column's full width. */
size_t cols_column_full(const page *p, size_t top, size_t bottom, size_t column) {
  size_t full = 0;
  for (size_t row = top; row < bottom; row++)
    if (cols_piece_end(p, row, column) > full) full = cols_piece_end(p, row, column);
  return full;
}
