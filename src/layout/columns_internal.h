/* Shared by the column splitter's files (columns*.c): a page of a layout-preserving
 * extraction measured in character cells, its gutters, and what each file offers the others. */
#ifndef TB_LAYOUT_COLUMNS_INTERNAL_H
#define TB_LAYOUT_COLUMNS_INTERNAL_H

#include "layout_internal.h"

enum {
  GUTTER_MIN_LINES = 5, /* lines with text on both sides of a gutter cell */
  GUTTER_MIN_CELLS = 2, /* a gutter is at least this wide */
  COLUMN_MIN_CELLS = 6, /* narrower "columns" are spaces inside a line, not a layout */
  MAX_GUTTERS = 5,
  EDGE_SLACK = 4,      /* a column line starts at most this far past its column's edge */
  CENTRE_SLACK = 3,    /* cells a centred title may sit off the middle of its columns */
  EDGE_BLOCK_ROWS = 6, /* a masthead, page header or footer block is no taller */
  /* a page whose document is not mostly indented needs more evidence of its gutters: this many
   * lines, and a third of its lines, with text on both sides */
  FLUSH_GUTTER_MIN_LINES = 8,
  EDGE_MIN_LINES = 3, /* lines starting at a cell that make it a column's edge */
  CENTRED_INDENT = 8, /* spaces past the body indent that mark a centred line (source_lines.c) */
  FIELD_GAP = 3,      /* spaces that part the fields of a page header */
  BOX_MIN_LINES = 3,  /* a boxed sidebar has at least this many lines */
  BOX_SLACK = 2,      /* cells short of the column's longest line that still run full width */
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

/* ---- columns_page.c ---- */
/* Is there text in cell x of l? */
bool cols_ink_at(const cell_line *l, size_t x);
/* Measures text (not copied: it must outlive l) into cells; l->offset is owned by l. */
void cols_measure(cell_line *l, const char *text);
/* Marks cells blank on at least two thirds of the lines that reach past them on both sides,
 * then keeps runs wide enough to part columns of a sensible width. */
void cols_find_gutters(page *p);
/* The first cell at or after x with text, or -1. */
size_t cols_first_ink_from(const cell_line *l, size_t x);
/* A line crosses a gutter when it leaves no stretch of it blank: a headline set over two
 * columns does, a column line that runs a cell long into the gutter does not. */
bool cols_crosses(const cell_line *l, const gutter *g);
/* The column's edge right of g, past which a line is indented (a paragraph start, a centred
 * title): the leftmost cell where EDGE_MIN_LINES lines not crossing g start their text, else
 * where most of them do. Leftmost, for a boxed sidebar set narrower may have more lines than
 * the column's own text. */
size_t cols_text_edge(const page *p, const gutter *g, size_t column_end);
/* The block of rows at the top of the page (up to its first blank row) and the one at the
 * bottom (after its last) are read whole when a row of them is not set in the columns: a
 * masthead with the date on the title's lines, a page header or footer. */
void cols_mark_whole_edges(page *p);

/* ---- columns_pieces.c ---- */
/* The first cell of column. */
size_t cols_column_left(const page *p, size_t column);
/* The cells of row that lie in columns first..last, trailing spaces dropped; a piece right of
 * the first column keeps its indent past that column's edge over the body indent. The result
 * is the caller's. */
char *cols_piece_text(const page *p, size_t row, size_t first, size_t last);
/* Appends the piece of row in columns first..last to the page's output. */
void cols_push_piece(page *p, size_t row, size_t first, size_t last);
/* Is row blank in column? */
bool cols_piece_empty(const page *p, size_t row, size_t column);
/* Where row's text starts in column, or -1 when the piece is blank. */
size_t cols_piece_start(const page *p, size_t row, size_t column);
/* One past where row's text ends in column, 0 when the piece is blank. */
size_t cols_piece_end(const page *p, size_t row, size_t column);
/* Does row's text in column end a sentence (。！？； or one of them before a closing quote)? */
bool cols_ends_sentence(const page *p, size_t row, size_t column);
/* Where column's lines start when not indented. */
size_t cols_column_edge(const page *p, size_t column);
/* Where the longest line of column ends among rows [top, bottom): the column's full width. */
size_t cols_column_full(const page *p, size_t top, size_t bottom, size_t column);

/* ---- columns_text.c ---- */
/* A boxed sidebar set narrower inside a column (its frame not extracted) has every line start
 * past the column's edge, so each would read as an indented paragraph start. A block of lines
 * between blank ones is such a box when none of its lines starts at the column's edge and a line
 * wraps on into one starting at the block's leftmost cell: that cell is the box's margin, and
 * only lines set past it are indented. */
void cols_find_boxes(page *p, size_t top, size_t bottom, size_t column);
/* Does column go on from the column left of it: its first line in rows [top, bottom) starts at
 * the column's edge and fills its width, the wrapped text of a paragraph begun there? */
bool cols_continues_column(const page *p, size_t top, size_t bottom, size_t column);
/* Is row's text in column a title centred on the column (between its edge and full, the end
 * of its longest line), clear of both edges? */
bool cols_centred_in_column(const page *p, size_t row, size_t column, size_t full);
/* A narrow column centres its titles a few cells in, where source_lines.c would take them for
 * indented text: they are given the indent that marks a centred line on a page. Takes text;
 * the result is the caller's. */
char *cols_mark_centred(const page *p, char *text);
/* A title set over two lines centred in its column ("二十个小区试点" / "“楼门议事会”") goes on
 * in row + 1: both lines are centred, the first ends no sentence and the second opens no
 * subtitle (——…). */
bool cols_title_wraps_on(const page *p, size_t row, size_t column, size_t full);

#endif
