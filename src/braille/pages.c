/* Cells → embosser pages. Every page opens with a header line: the running title on the left,
 * the page number (number sign and digits) on the right. Below it: headings centred, paragraphs
 * indented two cells, a blank line between articles, lines broken only at blank cells. A word
 * longer than a line starts on a line of its own and is cut every full line, with no sign, since
 * Chinese braille has no hyphen that could not be read as the colon ⠤. An article never starts
 * in the last two lines of a page, nor leaves its heading without a line of text under it. */
#include "braille_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MIN_CELLS = 12, MIN_LINES = 4, DEFAULT_CELLS = 40, DEFAULT_LINES = 25, INDENT = 2 };

struct tb_braille_pages {
  tb_page_size size;
  char *title; /* running title cells, may be NULL */
  tb_strlist *pages;
  size_t count, cap;
  bool in_article;     /* a heading or paragraph since the last end of article */
  bool after_article;  /* an article has ended: the next one is set off by a blank line */
  size_t article_page; /* 1-based page where the latest article begins, 0 before any */
};

/* ---- cells: one cell is one UTF-8 sequence of U+2800–U+28FF (3 bytes) ----------------------- */

typedef struct {
  const char *start;
  size_t bytes;
  size_t cells;
} word;

static size_t cells_in(const char *s, size_t bytes) {
  size_t n = 0;
  for (size_t i = 0; i < bytes;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, bytes - i, &cp);
    i += used ? used : 1;
    n++;
  }
  return n;
}

/* Byte length of the first `cells` cells of s. */
static size_t bytes_of(const char *s, size_t bytes, size_t cells) {
  size_t i = 0;
  for (size_t n = 0; n < cells && i < bytes; n++) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, bytes - i, &cp);
    i += used ? used : 1;
  }
  return i;
}

static const char blank[] = "\xE2\xA0\x80"; /* U+2800 */

/* The next word of s at *pos (blank cells separate words); false at the end. */
static bool next_word(const char *s, size_t len, size_t *pos, word *w) {
  size_t i = *pos;
  while (i + 3 <= len && memcmp(s + i, blank, 3) == 0)
    i += 3;
  if (i >= len) return false;
  size_t start = i;
  while (i < len && !(i + 3 <= len && memcmp(s + i, blank, 3) == 0)) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, len - i, &cp);
    i += used ? used : 1;
  }
  *w = (word){s + start, i - start, cells_in(s + start, i - start)};
  *pos = i;
  return true;
}

static void put_blanks(tb_strbuf *sb, size_t n) {
  for (size_t i = 0; i < n; i++)
    tb_strbuf_append(sb, blank, 3);
}

/* Breaks cells into lines of at most width cells; the first line starts after `indent` blank
 * cells. Appends the lines to out. */
static void wrap(const char *cells, size_t width, size_t indent, tb_strlist *out) {
  size_t len = strlen(cells), pos = 0, used = indent;
  tb_strbuf line;
  tb_strbuf_init(&line);
  put_blanks(&line, indent);
  bool empty = true; /* no word on the line yet */
  word w;
  while (next_word(cells, len, &pos, &w)) {
    if (!empty && used + 1 + w.cells <= width) {
      tb_strbuf_append(&line, blank, 3);
      tb_strbuf_append(&line, w.start, w.bytes);
      used += 1 + w.cells;
      continue;
    }
    if (!empty) {
      tb_strlist_push_owned(out, tb_strbuf_take(&line));
      used = 0;
    }
    /* the word begins a line; cut it at full lines while it is longer than what is left */
    const char *p = w.start;
    size_t bytes = w.bytes, left = w.cells;
    while (used + left > width) {
      size_t fit = width - used;
      size_t b = bytes_of(p, bytes, fit);
      tb_strbuf_append(&line, p, b);
      tb_strlist_push_owned(out, tb_strbuf_take(&line));
      p += b;
      bytes -= b;
      left -= fit;
      used = 0;
    }
    tb_strbuf_append(&line, p, bytes);
    used += left;
    empty = false;
  }
  if (!empty) tb_strlist_push_owned(out, tb_strbuf_take(&line));
  tb_strbuf_free(&line);
}

/* ---- pages -------------------------------------------------------------------------------- */

static char *page_number_cells(size_t number) {
  static const char *const digits[] = {"⠚", "⠁", "⠃", "⠉", "⠙", "⠑", "⠋", "⠛", "⠓", "⠊"};
  char text[24];
  snprintf(text, sizeof text, "%zu", number);
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "⠼");
  for (const char *p = text; *p; p++)
    tb_strbuf_puts(&sb, digits[*p - '0']);
  return tb_strbuf_take(&sb);
}

/* Header: as much of the running title as fits, whole words, then the page number flush right. */
static char *header_line(const tb_braille_pages *pages, size_t number) {
  size_t width = (size_t)pages->size.cells_per_line;
  char *num = page_number_cells(number);
  size_t num_cells = cells_in(num, strlen(num));
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t used = 0;
  if (pages->title && width > num_cells + 2) {
    size_t room = width - num_cells - 2; /* at least two blank cells before the number */
    const char *t = pages->title;
    size_t len = strlen(t), pos = 0;
    word w;
    while (next_word(t, len, &pos, &w)) {
      size_t need = (used ? 1 : 0) + w.cells;
      if (used + need > room) {
        if (used == 0) { /* a first word longer than the room: cut it */
          tb_strbuf_append(&sb, w.start, bytes_of(w.start, w.bytes, room));
          used = room;
        }
        break;
      }
      if (used) tb_strbuf_append(&sb, blank, 3);
      tb_strbuf_append(&sb, w.start, w.bytes);
      used += need;
    }
  }
  put_blanks(&sb, width > used + num_cells ? width - used - num_cells : 0);
  tb_strbuf_puts(&sb, num);
  free(num);
  return tb_strbuf_take(&sb);
}

static void new_page(tb_braille_pages *pages) {
  tb_grow((void **)&pages->pages, &pages->cap, pages->count + 1, sizeof *pages->pages);
  tb_strlist *page = &pages->pages[pages->count++];
  memset(page, 0, sizeof *page);
  tb_strlist_push_owned(page, header_line(pages, pages->count));
}

static size_t lines_left(const tb_braille_pages *pages) {
  if (pages->count == 0) return 0;
  size_t used = pages->pages[pages->count - 1].count;
  size_t total = (size_t)pages->size.lines_per_page;
  return used < total ? total - used : 0;
}

/* Whether the current page holds anything below its header. */
static bool page_has_body(const tb_braille_pages *pages) {
  return pages->count > 0 && pages->pages[pages->count - 1].count > 1;
}

static void emit(tb_braille_pages *pages, const char *line) {
  if (lines_left(pages) == 0) new_page(pages);
  tb_strlist_push(&pages->pages[pages->count - 1], line);
}

/* Moves to a new page unless `need` lines are left on this one (or it is still empty). */
static void make_room(tb_braille_pages *pages, size_t need) {
  if (pages->count == 0 || (page_has_body(pages) && lines_left(pages) < need)) new_page(pages);
}

/* Starts an article whose first block has `lines` lines: set off by a blank line from the
 * article before it, never in the last two lines of a page, its first block kept with a line of
 * what follows. */
static void begin_article(tb_braille_pages *pages, size_t lines) {
  size_t need = lines + 1 > 3 ? lines + 1 : 3;
  bool gap = pages->after_article && page_has_body(pages);
  if (pages->count == 0 || (page_has_body(pages) && lines_left(pages) < need + gap))
    new_page(pages); /* a blank line never opens a page */
  else if (gap)
    emit(pages, "");
  pages->in_article = true;
  pages->after_article = false;
  pages->article_page = pages->count;
}

tb_braille_pages *tb_braille_pages_new(tb_page_size size, const char *running_title) {
  tb_braille_pages *pages = tb_xcalloc(1, sizeof *pages);
  if (size.cells_per_line <= 0) size.cells_per_line = DEFAULT_CELLS;
  if (size.lines_per_page <= 0) size.lines_per_page = DEFAULT_LINES;
  if (size.cells_per_line < MIN_CELLS || size.lines_per_page < MIN_LINES) {
    tb_log(TB_LOG_WARN, "braille pages: %d×%d is too small; using %d×%d", size.cells_per_line,
           size.lines_per_page, size.cells_per_line < MIN_CELLS ? MIN_CELLS : size.cells_per_line,
           size.lines_per_page < MIN_LINES ? MIN_LINES : size.lines_per_page);
    if (size.cells_per_line < MIN_CELLS) size.cells_per_line = MIN_CELLS;
    if (size.lines_per_page < MIN_LINES) size.lines_per_page = MIN_LINES;
  }
  pages->size = size;
  pages->title = running_title && *running_title ? tb_xstrdup(running_title) : NULL;
  return pages;
}

void tb_braille_pages_free(tb_braille_pages *pages) {
  if (!pages) return;
  for (size_t i = 0; i < pages->count; i++)
    tb_strlist_free(&pages->pages[i]);
  free(pages->pages);
  free(pages->title);
  free(pages);
}

void tb_braille_pages_heading(tb_braille_pages *pages, const char *cells) {
  size_t width = (size_t)pages->size.cells_per_line;
  tb_strlist lines = {0};
  wrap(cells ? cells : "", width, 0, &lines);
  if (lines.count == 0) return;
  if (!pages->in_article)
    begin_article(pages, lines.count);
  else
    make_room(pages, lines.count + 1); /* a subheading stays with a line of its text */
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t i = 0; i < lines.count; i++) {
    size_t n = cells_in(lines.items[i], strlen(lines.items[i]));
    tb_strbuf_clear(&sb);
    put_blanks(&sb, (width - n) / 2);
    tb_strbuf_puts(&sb, lines.items[i]);
    emit(pages, tb_strbuf_view(&sb));
  }
  tb_strbuf_free(&sb);
  tb_strlist_free(&lines);
}

void tb_braille_pages_paragraph(tb_braille_pages *pages, const char *cells) {
  tb_strlist lines = {0};
  wrap(cells ? cells : "", (size_t)pages->size.cells_per_line, INDENT, &lines);
  if (lines.count == 0) return;
  if (!pages->in_article) begin_article(pages, 1);
  if (pages->count == 0) new_page(pages);
  for (size_t i = 0; i < lines.count; i++)
    emit(pages, lines.items[i]);
  tb_strlist_free(&lines);
}

void tb_braille_pages_end_article(tb_braille_pages *pages) {
  if (pages->in_article) pages->after_article = true;
  pages->in_article = false;
}

void tb_braille_pages_finish(tb_braille_pages *pages) {
  /* lines go onto pages as they come: nothing is held back */
  tb_braille_pages_end_article(pages);
}

size_t tb_braille_pages_count(const tb_braille_pages *pages) {
  return pages->count;
}

const tb_strlist *tb_braille_pages_page(const tb_braille_pages *pages, size_t i) {
  return i < pages->count ? &pages->pages[i] : NULL;
}

tb_page_size tb_braille_pages_size(const tb_braille_pages *pages) {
  return pages->size;
}

size_t tb_braille_pages_article_page(const tb_braille_pages *pages) {
  return pages->article_page;
}
