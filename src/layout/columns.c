/* Splits one page of a layout-preserving extraction (pdftotext -layout) that sets its text in
 * two to four side-by-side columns into reading order. Gutters are found as cell positions that
 * are blank on most lines with text on both sides; the page is then cut recursively: where no
 * line crosses a gutter the page parts into columns read left to right, and lines that cross
 * every gutter of a region (a masthead, a page header, a headline over the whole width) cut it
 * into bands read top to bottom. A headline spanning only some columns so stays above the
 * columns it spans while a neighbouring column that it does not cross is read on its own. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
  GUTTER_MIN_LINES = 5, /* lines with text on both sides of a gutter cell */
  GUTTER_MIN_CELLS = 2, /* a gutter is at least this wide */
  COLUMN_MIN_CELLS = 6, /* narrower "columns" are spaces inside a line, not a layout */
  MAX_GUTTERS = 5,
  EDGE_SLACK = 4,
  CENTRE_SLACK = 3,
  EDGE_BLOCK_ROWS = 6, /* a masthead, page header or footer block is no taller */
  /* a page whose document is not mostly indented needs more evidence of its gutters: this many
   * lines, and a third of its lines, with text on both sides */
  FLUSH_GUTTER_MIN_LINES = 8,
  EDGE_MIN_LINES = 3, /* lines starting at a cell that make it a column's edge */
  CENTRED_INDENT = 8, /* spaces past the body indent that mark a centred line (source_lines.c) */
  FIELD_GAP = 3,      /* spaces that part the fields of a page header */
  BOX_MIN_LINES = 3,  /* a boxed sidebar has at least this many lines */
  BOX_SLACK = 2,      /* cells short of the column's longest line that still run full width */
  /* cells a centred title may sit off the middle of its columns */ /* a column line starts at most
                                                                       this far past its column's
                                                                       edge */
};

typedef struct {
  const char *text;
  size_t *offset; /* byte offset of each cell, plus one past the last; owned */
  size_t cells;
  long first_ink, last_ink; /* -1 when the line is blank */
} cell_line;

typedef struct {
  size_t start, end; /* cells [start, end) are blank on most lines */
  size_t text_edge;  /* where the column right of it starts on lines not crossing it */
} gutter;

typedef struct {
  cell_line *lines;
  bool *whole;    /* rows read whole: a masthead or footer block with no column in it; owned */
  size_t *margin; /* per row, a boxed sidebar's left margin inside its column, 0 if none; owned */
  const size_t *linenos;
  size_t count;
  gutter gutters[MAX_GUTTERS];
  size_t gutter_count;
  size_t body_indent;
  size_t right; /* one past the rightmost ink on the page */
  tb_vlines *out;
} page;

static bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

static bool ink_at(const cell_line *l, size_t x) {
  return x < l->cells && !is_space_byte(l->text[l->offset[x]]);
}

static void measure(cell_line *l, const char *text) {
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
static void find_gutters(page *p) {
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
      if (ink_at(l, x))
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

static size_t first_ink_from(const cell_line *l, size_t x) {
  for (; x < l->cells; x++)
    if (ink_at(l, x)) return x;
  return (size_t)-1;
}

/* A line crosses a gutter when it leaves no stretch of it blank: a headline set over two
 * columns does, a column line that runs a cell long into the gutter does not. */
static bool crosses(const cell_line *l, const gutter *g) {
  size_t need = g->end - g->start < GUTTER_MIN_CELLS ? g->end - g->start : GUTTER_MIN_CELLS;
  size_t blank_run = 0;
  for (size_t x = g->start; x < g->end; x++) {
    blank_run = ink_at(l, x) ? 0 : blank_run + 1;
    if (blank_run >= need) return false;
  }
  return true;
}

/* The column's edge right of g, past which a line is indented (a paragraph start, a centred
 * title): the leftmost cell where EDGE_MIN_LINES lines not crossing g start their text, else
 * where most of them do. Leftmost, for a boxed sidebar set narrower may have more lines than
 * the column's own text. */
static size_t text_edge(const page *p, const gutter *g, size_t column_end) {
  size_t best = g->end, best_count = 0, leftmost = (size_t)-1;
  for (size_t i = 0; i < p->count; i++) {
    size_t start = first_ink_from(&p->lines[i], g->end), count = 0;
    /* a line blank in this column starts in the next one: it says nothing of this edge */
    if (start >= column_end || crosses(&p->lines[i], g)) continue;
    for (size_t k = 0; k < p->count; k++)
      if (!crosses(&p->lines[k], g) && first_ink_from(&p->lines[k], g->end) == start) count++;
    if (count > best_count || (count == best_count && start < best)) {
      best = start;
      best_count = count;
    }
    if (count >= EDGE_MIN_LINES && start < leftmost) leftmost = start;
  }
  return leftmost != (size_t)-1 ? leftmost : best;
}

static size_t column_left(const page *p, size_t column) {
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

/* Pushes the cells of row that lie in columns first..last, trailing spaces dropped; a piece
 * right of the first column keeps its indent past that column's edge over the body indent. */
static char *piece_text(const page *p, size_t row, size_t first, size_t last) {
  const cell_line *l = &p->lines[row];
  size_t from = column_left(p, first), to = column_right(p, last);
  if (last < p->gutter_count) {        /* a line running a cell or two long into the gutter, */
    size_t end = p->gutters[last].end; /* letter-spaced ("共 享 客 厅 ”") or not */
    while (to < end && to < l->cells && (ink_at(l, to) || (to + 1 < end && ink_at(l, to + 1))))
      to++;
  }
  if (from > l->cells) from = l->cells;
  if (to > l->cells) to = l->cells;
  while (to > from && !ink_at(l, to - 1))
    to--;
  size_t edge = first ? p->gutters[first - 1].text_edge : 0;
  if (first == last && p->margin[row] > edge) edge = p->margin[row];
  while (from < edge && from < to && !ink_at(l, from))
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

static void push_piece(page *p, size_t row, size_t first, size_t last) {
  tb_layout_vlines_push(p->out, piece_text(p, row, first, last), p->linenos[row]);
}

static bool row_crosses(const page *p, size_t row, size_t g) {
  return p->whole[row] || crosses(&p->lines[row], &p->gutters[g]);
}

/* Does row end in a field set flush with the page's right edge, well past the last column's
 * edge (the date or issue number on a masthead's lines, a page number, a running title)? */
static bool right_aligned_field(const page *p, size_t row) {
  const cell_line *l = &p->lines[row];
  const gutter *g = &p->gutters[p->gutter_count - 1];
  size_t start = first_ink_from(l, g->end);
  if (start == (size_t)-1 || crosses(l, g) || start <= g->text_edge + EDGE_SLACK) return false;
  return (size_t)l->last_ink + 1 + EDGE_SLACK / 2 >= p->right;
}

/* Does a run of text start inside a gutter, after a blank cell there? No column line does: a
 * footer's fields parted by spaces ("责任编辑：…    校对：…") are not set in the columns. */
static bool starts_in_gutter(const page *p, size_t row) {
  const cell_line *l = &p->lines[row];
  for (size_t g = 0; g < p->gutter_count; g++)
    for (size_t x = p->gutters[g].start + 1; x < p->gutters[g].end; x++)
      if (ink_at(l, x) && !ink_at(l, x - 1)) return true;
  return false;
}

static bool off_the_columns(const page *p, size_t row) {
  return right_aligned_field(p, row) || starts_in_gutter(p, row);
}

/* The block of rows at the top of the page (up to its first blank row) and the one at the
 * bottom (after its last) are read whole when a row of them is not set in the columns: a
 * masthead with the date on the title's lines, a page header or footer. */
static void mark_whole_edges(page *p) {
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

/* A title centred over the columns first..last can still fall inside one of them: the row's
 * text there is one piece (every gutter inside it crossed) centred on the region, not flush
 * with its column's edges as a column line is, and the rest of the region's row is blank. */
static bool centred_alone(const page *p, size_t row, size_t first, size_t last) {
  const cell_line *l = &p->lines[row];
  size_t left = first ? p->gutters[first - 1].text_edge : p->body_indent;
  size_t right = last < p->gutter_count ? p->gutters[last].start : p->right;
  size_t from = first_ink_from(l, column_left(p, first));
  if (from == (size_t)-1 || from >= right) return false;
  size_t column = first;
  while (column < last && from >= p->gutters[column].start)
    column++;
  size_t edge = column ? p->gutters[column - 1].text_edge : p->body_indent;
  if (from <= edge + 1) return false;
  size_t to = from;
  for (size_t x = from; x < right && x < l->cells; x++)
    if (ink_at(l, x)) to = x + 1;
  for (size_t g = column; g < last; g++)
    if (p->gutters[g].start < to && !crosses(l, &p->gutters[g])) return false;
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

static bool piece_empty(const page *p, size_t row, size_t column) {
  const cell_line *l = &p->lines[row];
  size_t end = column_right(p, column);
  for (size_t x = column_left(p, column); x < end && x < l->cells; x++)
    if (ink_at(l, x)) return false;
  return true;
}

/* Cuts rows [top, bottom) into bands, each a run of spanning rows (read whole) followed by the
 * rows up to the next such run (read as columns). */
static void read_bands(page *p, size_t top, size_t bottom, size_t first, size_t last,
                       bool (*spanning)(const page *, size_t, size_t, size_t)) {
  size_t row = top;
  while (row < bottom) {
    while (row < bottom && spanning(p, row, first, last))
      push_piece(p, row++, first, last);
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
    if (!piece_empty(p, row, column)) return false;
  return true;
}

/* Where row's text starts in column, or -1 when the piece is blank. */
static size_t piece_start(const page *p, size_t row, size_t column) {
  size_t x = first_ink_from(&p->lines[row], column_left(p, column));
  return x < column_right(p, column) ? x : (size_t)-1;
}

static size_t piece_end(const page *p, size_t row, size_t column) {
  const cell_line *l = &p->lines[row];
  size_t end = 0, right = column_right(p, column);
  for (size_t x = column_left(p, column); x < right && x < l->cells; x++)
    if (ink_at(l, x)) end = x + 1;
  return end;
}

static bool ends_sentence(const page *p, size_t row, size_t column) {
  const cell_line *l = &p->lines[row];
  size_t end = piece_end(p, row, column);
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

static size_t column_edge(const page *p, size_t column) {
  return column ? p->gutters[column - 1].text_edge : p->body_indent;
}

/* Where the longest line of column ends among rows [top, bottom): the column's full width. */
static size_t column_full(const page *p, size_t top, size_t bottom, size_t column) {
  size_t full = 0;
  for (size_t row = top; row < bottom; row++)
    if (piece_end(p, row, column) > full) full = piece_end(p, row, column);
  return full;
}

/* Does the text of row run on into row + 1: row fills the column's full width and ends no
 * sentence? */
static bool wraps_on(const page *p, size_t row, size_t column, size_t full) {
  return piece_end(p, row, column) + BOX_SLACK >= full && !ends_sentence(p, row, column);
}

/* A boxed sidebar set narrower inside a column (its frame not extracted) has every line start
 * past the column's edge, so each would read as an indented paragraph start. A block of lines
 * between blank ones is such a box when none of its lines starts at the column's edge and a line
 * wraps on into one starting at the block's leftmost cell: that cell is the box's margin, and
 * only lines set past it are indented. */
static void find_boxes(page *p, size_t top, size_t bottom, size_t column) {
  size_t full = column_full(p, top, bottom, column), edge = column_edge(p, column);
  for (size_t row = top; row < bottom;) {
    size_t end = row, margin = (size_t)-1;
    while (end < bottom && piece_start(p, end, column) != (size_t)-1) {
      if (piece_start(p, end, column) < margin) margin = piece_start(p, end, column);
      end++;
    }
    bool wraps = false;
    for (size_t k = row + 1; k < end && !wraps; k++)
      wraps = piece_start(p, k, column) == margin && wraps_on(p, k - 1, column, full);
    if (end - row >= BOX_MIN_LINES && margin > edge && wraps)
      for (size_t k = row; k < end; k++)
        p->margin[k] = margin;
    row = end > row ? end : row + 1;
  }
}

/* Does column go on from the column left of it: its first line in rows [top, bottom) starts at
 * the column's edge and fills its width, the wrapped text of a paragraph begun there? */
static bool continues_column(const page *p, size_t top, size_t bottom, size_t column) {
  while (top < bottom && piece_empty(p, top, column))
    top++;
  if (top == bottom || piece_start(p, top, column) > column_edge(p, column)) return false;
  return piece_end(p, top, column) + BOX_SLACK >= column_full(p, top, bottom, column);
}

/* Is row's text in column a title centred on the column (between its edge and full, the end
 * of its longest line), clear of both edges? */
static bool centred_in_column(const page *p, size_t row, size_t column, size_t full) {
  size_t start = piece_start(p, row, column);
  size_t edge = column ? p->gutters[column - 1].text_edge : p->body_indent;
  if (start == (size_t)-1 || start <= edge + 1) return false;
  size_t end = piece_end(p, row, column);
  if (end + 2 > full) return false;
  long off_centre = (long)(start + end) - (long)(edge + full);
  return labs(off_centre) <= 2 * CENTRE_SLACK;
}

/* A narrow column centres its titles a few cells in, where source_lines.c would take them for
 * indented text: they are given the indent that marks a centred line on a page. Takes text. */
static char *mark_centred(const page *p, char *text) {
  size_t lead = strspn(text, " "), want = p->body_indent + CENTRED_INDENT;
  if (lead >= want) return text;
  char *marked = tb_xasprintf("%*s%s", (int)want, "", text + lead);
  free(text);
  return marked;
}

/* A title set over two lines centred in its column ("二十个小区试点" / "“楼门议事会”") goes on
 * in row + 1: both lines are centred, the first ends no sentence and the second opens no
 * subtitle (——…). */
static bool title_wraps_on(const page *p, size_t row, size_t column, size_t full) {
  if (!centred_in_column(p, row, column, full) || !centred_in_column(p, row + 1, column, full) ||
      ends_sentence(p, row, column))
    return false;
  const cell_line *next = &p->lines[row + 1];
  size_t at = next->offset[piece_start(p, row + 1, column)];
  return !tb_lo_starts(next->text + at, "—") && !tb_lo_starts(next->text + at, "－");
}

static void read_region(page *p, size_t top, size_t bottom, size_t first, size_t last) {
  if (first == last) {
    while (top < bottom && piece_empty(p, top, first))
      top++;
    while (bottom > top && piece_empty(p, bottom - 1, first))
      bottom--;
    find_boxes(p, top, bottom, first);
    size_t full = 0;
    for (size_t row = top; row < bottom; row++)
      if (piece_end(p, row, first) > full) full = piece_end(p, row, first);
    for (size_t row = top; row < bottom;) {
      char *text = piece_text(p, row, first, first);
      size_t next = row + 1;
      while (next < bottom && title_wraps_on(p, next - 1, first, full)) {
        char *more = piece_text(p, next++, first, first);
        char *joined = tb_xasprintf("%s%s", text, more + strspn(more, " "));
        free(text);
        free(more);
        text = joined;
      }
      if (centred_in_column(p, row, first, full)) text = mark_centred(p, text);
      tb_layout_vlines_push(p->out, text, p->linenos[row]);
      row = next;
    }
    return;
  }
  if (top < bottom && p->lines[top].first_ink < 0) {
    push_piece(p, top, first, last);
    read_region(p, top + 1, bottom, first, last);
    return;
  }
  size_t trailing = bottom;
  while (trailing > top && p->lines[trailing - 1].first_ink < 0)
    trailing--;
  if (trailing < bottom) {
    read_region(p, top, trailing, first, last);
    for (size_t row = trailing; row < bottom; row++)
      push_piece(p, row, first, last);
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
    push_piece(p, cut, first, last);
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
      bool runs_on = g < last && next_alone && continues_column(p, top, bottom, g + 1);
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
    measure(&p.lines[i], lines->items[i].text);
    linenos[i] = lines->items[i].lineno;
  }
  p.linenos = linenos;
  find_gutters(&p);
  bool split = p.gutter_count > 0;
  for (size_t g = 0; g < p.gutter_count; g++)
    p.gutters[g].text_edge =
        text_edge(&p, &p.gutters[g], g + 1 < p.gutter_count ? p.gutters[g + 1].start : (size_t)-1);
  for (size_t i = 0; i < p.count; i++)
    if (p.lines[i].last_ink >= 0 && (size_t)p.lines[i].last_ink + 1 > p.right)
      p.right = (size_t)p.lines[i].last_ink + 1;
  p.whole = tb_xcalloc(p.count, sizeof *p.whole);
  p.margin = tb_xcalloc(p.count, sizeof *p.margin);
  if (split) mark_whole_edges(&p);
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
