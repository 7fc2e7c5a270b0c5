/* Splits one page of a layout-preserving extraction (pdftotext -layout) that sets its text in
 * two to four side-by-side columns into reading order. Gutters are found as cell positions that
 * are blank on most lines with text on both sides; the page is then cut recursively: where no
 * line crosses a gutter the page parts into columns read left to right, and lines that cross
 * every gutter of a region (a masthead, a page header, a headline over the whole width) cut it
 * into bands read top to bottom. A headline spanning only some columns so stays above the
 * columns it spans while a neighbouring column that it does not cross is read on its own. */
#include "columns_internal.h"

#include <stdlib.h>
#include <string.h>

static bool row_crosses(const page *p, size_t row, size_t g) {
  return p->whole[row] || cols_crosses(&p->lines[row], &p->gutters[g]);
}

/* A title centred over the columns first..last can still fall inside one of them: the row's
 * text there is one piece (every gutter inside it crossed) centred on the region, not flush
 * with its column's edges as a column line is, and the rest of the region's row is blank. */
static bool centred_alone(const page *p, size_t row, size_t first, size_t last) {
  const cell_line *l = &p->lines[row];
  size_t left = first ? p->gutters[first - 1].text_edge : p->body_indent;
  size_t right = last < p->gutter_count ? p->gutters[last].start : p->right;
  size_t from = cols_first_ink_from(l, cols_column_left(p, first));
  if (from == (size_t)-1 || from >= right) return false;
  size_t column = first;
  while (column < last && from >= p->gutters[column].start)
    column++;
  size_t edge = column ? p->gutters[column - 1].text_edge : p->body_indent;
  if (from <= edge + 1) return false;
  size_t to = from;
  for (size_t x = from; x < right && x < l->cells; x++)
    if (cols_ink_at(l, x)) to = x + 1;
  for (size_t g = column; g < last; g++)
    if (p->gutters[g].start < to && !cols_crosses(l, &p->gutters[g])) return false;
  size_t column_end = column < p->gutter_count ? p->gutters[column].start : p->right;
  if (to <= column_end && to + 2 > column_end) return false; /* flush right: a column line */
  long off_centre = (long)(from + to) - (long)(left + right);
  return labs(off_centre) <= 2 * CENTRE_SLACK;
}

static bool crosses_all(const page *p, size_t row, size_t first, size_t last) {
  if (centred_alone(p, row, first, last)) return true;
  for (size_t g = first; g < last; g++)
    if (!row_crosses(p, row, g)) return false;
  return true;
}

static bool crosses_any(const page *p, size_t row, size_t first, size_t last) {
  for (size_t g = first; g < last; g++)
    if (row_crosses(p, row, g)) return true;
  return false;
}

static void read_region(page *p, size_t top, size_t bottom, size_t first, size_t last);

/* Cuts rows [top, bottom) into bands, each a run of spanning rows (read whole) followed by the
 * rows up to the next such run (read as columns). */
static void read_bands(page *p, size_t top, size_t bottom, size_t first, size_t last,
                       bool (*spanning)(const page *, size_t, size_t, size_t)) {
  size_t row = top;
  while (row < bottom) {
    while (row < bottom && spanning(p, row, first, last))
      cols_push_piece(p, row++, first, last);
    size_t rest = row;
    while (row < bottom && !spanning(p, row, first, last))
      row++;
    if (row > rest) read_region(p, rest, row, first, last);
  }
}

/* The gutters among first..last-1 that row keeps from being read as a column break, as a bit
 * mask: those it crosses, or all of them for a title centred over the region. */
static unsigned blocked_gutters(const page *p, size_t row, size_t first, size_t last) {
  unsigned mask = 0;
  bool centred = centred_alone(p, row, first, last);
  for (size_t g = first; g < last; g++)
    if (centred || row_crosses(p, row, g)) mask |= 1u << g;
  return mask;
}

static bool region_blank(const page *p, size_t row, size_t first, size_t last) {
  for (size_t column = first; column <= last; column++)
    if (!cols_piece_empty(p, row, column)) return false;
  return true;
}

static void read_region(page *p, size_t top, size_t bottom, size_t first, size_t last) {
  if (first == last) {
    while (top < bottom && cols_piece_empty(p, top, first))
      top++;
    while (bottom > top && cols_piece_empty(p, bottom - 1, first))
      bottom--;
    cols_find_boxes(p, top, bottom, first);
    size_t full = 0;
    for (size_t row = top; row < bottom; row++)
      if (cols_piece_end(p, row, first) > full) full = cols_piece_end(p, row, first);
    for (size_t row = top; row < bottom;) {
      char *text = cols_piece_text(p, row, first, first);
      size_t next = row + 1;
      while (next < bottom && cols_title_wraps_on(p, next - 1, first, full)) {
        char *more = cols_piece_text(p, next++, first, first);
        char *joined = tb_xasprintf("%s%s", text, more + strspn(more, " "));
        free(text);
        free(more);
        text = joined;
      }
      if (cols_centred_in_column(p, row, first, full)) text = cols_mark_centred(p, text);
      tb_layout_vlines_push(p->out, text, p->linenos[row]);
      row = next;
    }
    return;
  }
  if (top < bottom && p->lines[top].first_ink < 0) {
    cols_push_piece(p, top, first, last);
    read_region(p, top + 1, bottom, first, last);
    return;
  }
  size_t trailing = bottom;
  while (trailing > top && p->lines[trailing - 1].first_ink < 0)
    trailing--;
  if (trailing < bottom) {
    read_region(p, top, trailing, first, last);
    for (size_t row = trailing; row < bottom; row++)
      cols_push_piece(p, row, first, last);
    return;
  }
  if (top == bottom) return;
  size_t rows = bottom - top;
  unsigned region = 0, *blocked = tb_xmalloc(rows * sizeof *blocked);
  unsigned *below = tb_xmalloc((rows + 1) * sizeof *below); /* by rows top+k.. */
  for (size_t g = first; g < last; g++)
    region |= 1u << g;
  below[rows] = 0;
  for (size_t k = rows; k-- > 0;) {
    blocked[k] = blocked_gutters(p, top + k, first, last);
    below[k] = below[k + 1] | blocked[k];
  }
  unsigned clean_all = region & ~below[0], above = 0;
  size_t cut = 0;
  for (size_t k = 1; k + 1 < rows && !cut; k++) {
    above |= blocked[k - 1];
    /* below a blank row a title crosses a gutter that the text above keeps: a new set of
     * columns starts there (a title above the blank row belongs to the text under it) */
    if (region_blank(p, top + k, first, last) && (region & ~above & below[k + 1])) cut = top + k;
  }
  free(blocked);
  free(below);
  if (cut) {
    read_region(p, top, cut, first, last);
    cols_push_piece(p, cut, first, last);
    read_region(p, cut + 1, bottom, first, last);
    return;
  }
  bool clean[MAX_GUTTERS] = {false}, any_clean = clean_all != 0, any_full = false;
  for (size_t g = first; g < last; g++)
    clean[g] = clean_all & (1u << g);
  if (any_clean) {
    size_t from = first;
    for (size_t g = first; g <= last; g++) {
      if (g < last && !clean[g]) continue;
      read_region(p, top, bottom, from, g);
      /* a blank line parts the columns, unless the text runs on into the next one */
      bool next_alone = g + 1 == last || (g + 1 < last && clean[g + 1]);
      bool runs_on = g < last && next_alone && cols_continues_column(p, top, bottom, g + 1);
      if (g < last && !runs_on)
        tb_layout_vlines_push(p->out, tb_xstrdup(""), p->linenos[bottom - 1]);
      from = g + 1;
    }
    return;
  }
  for (size_t row = top; row < bottom && !any_full; row++)
    any_full = crosses_all(p, row, first, last);
  read_bands(p, top, bottom, first, last, any_full ? crosses_all : crosses_any);
}

bool tb_layout_split_page_columns(tb_vlines *lines, size_t body_indent) {
  page p = {0};
  p.count = lines->count;
  p.body_indent = body_indent;
  if (!p.count) return false;
  p.lines = tb_xmalloc(p.count * sizeof *p.lines);
  size_t *linenos = tb_xmalloc(p.count * sizeof *linenos);
  for (size_t i = 0; i < p.count; i++) {
    cols_measure(&p.lines[i], lines->items[i].text);
    linenos[i] = lines->items[i].lineno;
  }
  p.linenos = linenos;
  cols_find_gutters(&p);
  bool split = p.gutter_count > 0;
  for (size_t g = 0; g < p.gutter_count; g++)
    p.gutters[g].text_edge = cols_text_edge(
        &p, &p.gutters[g], g + 1 < p.gutter_count ? p.gutters[g + 1].start : (size_t)-1);
  for (size_t i = 0; i < p.count; i++)
    if (p.lines[i].last_ink >= 0 && (size_t)p.lines[i].last_ink + 1 > p.right)
      p.right = (size_t)p.lines[i].last_ink + 1;
  p.whole = tb_xcalloc(p.count, sizeof *p.whole);
  p.margin = tb_xcalloc(p.count, sizeof *p.margin);
  if (split) cols_mark_whole_edges(&p);
  if (split) {
    tb_vlines out = {0};
    p.out = &out;
    read_region(&p, 0, p.count, 0, p.gutter_count);
    tb_layout_vlines_free(lines);
    *lines = out;
  }
  for (size_t i = 0; i < p.count; i++)
    free(p.lines[i].offset);
  free(p.lines);
  free(p.whole);
  free(p.margin);
  free(linenos);
  return split;
}
