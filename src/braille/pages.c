/* Cells → embosser pages. Every page opens with a header line: the running title on the left,
 * the page number (number sign and digits) on the right. Below it: headings centred, paragraphs
 * indented two cells, a blank line between articles, lines broken only at blank cells. A word
 * longer than a line starts on a line of its own and is cut every full line, with no sign, since
 * Chinese braille has no hyphen that could not be read as the colon ⠤. An article never starts
 * in the last two lines of a page, nor leaves its heading without a line of text under it.
 * A volume of two or more articles opens with a contents list (front_matter below). */
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
  bool unnumbered;     /* front matter: headers carry the title only */
  tb_strlist entries;  /* per article: its first heading's cells ("" when it has none) */
  size_t *entry_pages; /* per article: the page it begins on */
  size_t entry_cap;
  char *contents_label; /* cells heading the contents list, may be NULL */
  size_t front_count;   /* pages of front matter at the start of pages[] */
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
 * cells, the others after `hang`. Appends the lines to out. */
static void wrap_hanging(const char *cells, size_t width, size_t indent, size_t hang,
                         tb_strlist *out) {
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
      put_blanks(&line, hang);
      used = hang;
    }
    /* the word begins a line; cut it at full lines while it is longer than what is left */
    const char *p = w.start;
    size_t bytes = w.bytes, left = w.cells;
    while (used + left > width) {
      size_t fit = width - used;
      size_t b = bytes_of(p, bytes, fit);
      tb_strbuf_append(&line, p, b);
      tb_strlist_push_owned(out, tb_strbuf_take(&line));
      put_blanks(&line, hang);
      p += b;
      bytes -= b;
      left -= fit;
      used = hang;
    }
    tb_strbuf_append(&line, p, bytes);
    used += left;
    empty = false;
  }
  if (!empty) tb_strlist_push_owned(out, tb_strbuf_take(&line));
  tb_strbuf_free(&line);
}

static void wrap(const char *cells, size_t width, size_t indent, tb_strlist *out) {
  wrap_hanging(cells, width, indent, 0, out);
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
  char *num = pages->unnumbered ? tb_xstrdup("") : page_number_cells(number);
  size_t num_cells = cells_in(num, strlen(num));
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t used = 0;
  if (pages->title && width > num_cells + 2) {
    size_t room = width - (num_cells ? num_cells + 2 : 0); /* two blank cells before a number */
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
  if (num_cells) put_blanks(&sb, width > used + num_cells ? width - used - num_cells : 0);
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
static void begin_article(tb_braille_pages *pages, size_t lines, const char *heading) {
  size_t need = lines + 1 > 3 ? lines + 1 : 3;
  bool gap = pages->after_article && page_has_body(pages);
  if (pages->count == 0 || (page_has_body(pages) && lines_left(pages) < need + gap))
    new_page(pages); /* a blank line never opens a page */
  else if (gap)
    emit(pages, "");
  pages->in_article = true;
  pages->after_article = false;
  pages->article_page = pages->count;
  tb_grow((void **)&pages->entry_pages, &pages->entry_cap, pages->entries.count + 1,
          sizeof *pages->entry_pages);
  pages->entry_pages[pages->entries.count] = pages->count;
  tb_strlist_push(&pages->entries, heading ? heading : "");
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
  tb_strlist_free(&pages->entries);
  free(pages->entry_pages);
  free(pages->contents_label);
  free(pages);
}

void tb_braille_pages_heading(tb_braille_pages *pages, const char *cells) {
  size_t width = (size_t)pages->size.cells_per_line;
  tb_strlist lines = {0};
  wrap(cells ? cells : "", width, 0, &lines);
  if (lines.count == 0) return;
  if (!pages->in_article)
    begin_article(pages, lines.count, cells);
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
  if (!pages->in_article) begin_article(pages, 1, NULL);
  if (pages->count == 0) new_page(pages);
  for (size_t i = 0; i < lines.count; i++)
    emit(pages, lines.items[i]);
  tb_strlist_free(&lines);
}

void tb_braille_pages_end_article(tb_braille_pages *pages) {
  if (pages->in_article) pages->after_article = true;
  pages->in_article = false;
}

/* ---- front matter: the contents list ------------------------------------------------------ */

/* One contents entry: the heading wrapped to leave room for the page number, which stands flush
 * right on the entry's last line; lines after the first are indented two cells. */
static void put_entry(tb_braille_pages *front, const char *heading, size_t page) {
  size_t width = (size_t)front->size.cells_per_line;
  char *num = page_number_cells(page);
  size_t num_cells = cells_in(num, strlen(num));
  size_t room = width - num_cells - 2; /* two blank cells before the number */
  tb_strlist lines = {0};
  wrap_hanging(heading, room, 0, INDENT, &lines);
  if (lines.count == 0) tb_strlist_push(&lines, "");
  if (lines.count <= (size_t)front->size.lines_per_page - 1) make_room(front, lines.count);
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t i = 0; i < lines.count; i++) {
    tb_strbuf_clear(&sb);
    tb_strbuf_puts(&sb, lines.items[i]);
    if (i + 1 == lines.count) {
      put_blanks(&sb, width - cells_in(lines.items[i], strlen(lines.items[i])) - num_cells);
      tb_strbuf_puts(&sb, num);
    }
    emit(front, tb_strbuf_view(&sb));
  }
  tb_strbuf_free(&sb);
  tb_strlist_free(&lines);
  free(num);
}

/* A volume of several articles opens with its title page and contents: the running title and
 * the label (目录, when the translator gave one) centred, then each article's heading with the
 * page it begins on. These pages carry the
 * running title but no number, so the body keeps the page numbers the manifest and the
 * headers give, as print keeps front matter out of its page count. */
static void front_matter(tb_braille_pages *pages) {
  if (pages->entries.count < 2 || pages->front_count) return;
  tb_braille_pages *front = tb_braille_pages_new(pages->size, pages->title);
  front->unnumbered = true;
  new_page(front);
  if (pages->title) { /* a title page: the publication centred above its contents */
    tb_braille_pages_heading(front, pages->title);
    front->in_article = false;
    emit(front, "");
  }
  if (pages->contents_label) {
    tb_braille_pages_heading(front, pages->contents_label);
    front->in_article = false;
    emit(front, "");
  }
  for (size_t i = 0; i < pages->entries.count; i++)
    put_entry(front, pages->entries.items[i], pages->entry_pages[i]);
  /* front pages go before the body's */
  size_t total = front->count + pages->count;
  tb_strlist *all = tb_xcalloc(total, sizeof *all);
  memcpy(all, front->pages, front->count * sizeof *all);
  memcpy(all + front->count, pages->pages, pages->count * sizeof *all);
  free(pages->pages);
  pages->pages = all;
  pages->cap = total;
  pages->count = total;
  pages->front_count = front->count;
  free(front->pages);
  front->pages = NULL;
  front->count = 0;
  tb_braille_pages_free(front);
}

void tb_braille_pages_finish(tb_braille_pages *pages) {
  /* lines go onto pages as they come: nothing is held back but the contents */
  tb_braille_pages_end_article(pages);
  front_matter(pages);
}

size_t tb_braille_pages_front_count(const tb_braille_pages *pages) {
  return pages->front_count;
}

void tb_braille_pages_set_contents_label(tb_braille_pages *pages, const char *cells) {
  tb_set_string(&pages->contents_label, cells && *cells ? cells : NULL);
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

void tb_braille_pages_label_contents(tb_braille_pages *pages, tb_braille *braille) {
  char *label = braille ? tb_braille_pinyin_cells(braille, "mu4lu4") : NULL; /* 目录, one word */
  tb_braille_pages_set_contents_label(pages, label);
  free(label);
}
