/* What the lines of one column say about its layout: a boxed sidebar set narrower, titles
 * centred in the column (and wrapped over two lines), text running on into the next column. */
#include "columns_internal.h"

#include <stdlib.h>
#include <string.h>

/* Does the text of row run on into row + 1: row fills the column's full width and ends no
 * sentence? */
static bool wraps_on(const page *p, size_t row, size_t column, size_t full) {
  return cols_piece_end(p, row, column) + BOX_SLACK >= full && !cols_ends_sentence(p, row, column);
}

/* A boxed sidebar set narrower inside a column (its frame not extracted) has every line start
 * past the column's edge, so each would read as an indented paragraph start. A block of lines
 * between blank ones is such a box when none of its lines starts at the column's edge and a line
 * wraps on into one starting at the block's leftmost cell: that cell is the box's margin, and
 * only lines set past it are indented. */
void cols_find_boxes(page *p, size_t top, size_t bottom, size_t column) {
  size_t edge = cols_column_edge(p, column);
  for (size_t row = top; row < bottom;) {
    size_t end = row, margin = (size_t)-1;
    while (end < bottom && cols_piece_start(p, end, column) != (size_t)-1) {
      if (cols_piece_start(p, end, column) < margin) margin = cols_piece_start(p, end, column);
      end++;
    }
    /* the box may be set in from the column's right edge too: its lines fill its own width */
    size_t full = cols_column_full(p, row, end, column);
    bool wraps = false;
    for (size_t k = row + 1; k < end && !wraps; k++)
      wraps = cols_piece_start(p, k, column) == margin && wraps_on(p, k - 1, column, full);
    if (end - row >= BOX_MIN_LINES && margin > edge && wraps)
      for (size_t k = row; k < end; k++)
        p->margin[k] = margin;
    row = end > row ? end : row + 1;
  }
}

/* Does column go on from the column left of it: its first line in rows [top, bottom) starts at
 * the column's edge and fills its width, the wrapped text of a paragraph begun there? */
bool cols_continues_column(const page *p, size_t top, size_t bottom, size_t column) {
  while (top < bottom && cols_piece_empty(p, top, column))
    top++;
  if (top == bottom || cols_piece_start(p, top, column) > cols_column_edge(p, column)) return false;
  return cols_piece_end(p, top, column) + BOX_SLACK >= cols_column_full(p, top, bottom, column);
}

/* Is row's text in column a title centred on the column (between its edge and full, the end
 * of its longest line), clear of both edges? */
bool cols_centred_in_column(const page *p, size_t row, size_t column, size_t full) {
  size_t start = cols_piece_start(p, row, column);
  size_t edge = cols_column_edge(p, column);
  if (p->margin[row] > edge) edge = p->margin[row]; /* a line of a box, flush with its margin */
  if (start == (size_t)-1 || start <= edge + 1) return false;
  size_t end = cols_piece_end(p, row, column);
  if (end + 2 > full || cols_ends_sentence(p, row, column)) return false;
  long off_centre = (long)(start + end) - (long)(edge + full);
  return labs(off_centre) <= 2 * CENTRE_SLACK;
}

/* A narrow column centres its titles a few cells in, where source_lines.c would take them for
 * indented text: they are given the indent that marks a centred line on a page. Takes text;
 * the result is the caller's. */
char *cols_mark_centred(const page *p, char *text) {
  size_t lead = strspn(text, " "), want = p->body_indent + CENTRED_INDENT;
  if (lead >= want) return text;
  char *marked = tb_xasprintf("%*s%s", (int)want, "", text + lead);
  free(text);
  return marked;
}

/* A title set over two lines centred in its column ("二十个小区试点" / "“楼门议事会”") goes on
 * in row + 1: both lines are centred, the first ends no sentence and the second opens no
 * subtitle (——…). */
bool cols_title_wraps_on(const page *p, size_t row, size_t column, size_t full) {
  if (!cols_centred_in_column(p, row, column, full) ||
      !cols_centred_in_column(p, row + 1, column, full) || cols_ends_sentence(p, row, column))
    return false;
  const cell_line *next = &p->lines[row + 1];
  size_t at = next->offset[cols_piece_start(p, row + 1, column)];
  return !tb_lo_starts(next->text + at, "—") && !tb_lo_starts(next->text + at, "－");
}
