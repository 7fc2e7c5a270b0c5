/* Splits a plain-text document into source lines before any cleaning. Form feeds become page
 * breaks (a blank line). A layout-preserving extraction (pdftotext -layout: most lines start with
 * spaces) is brought to the shape of a reading-order one page by page: a page set in columns
 * with aligned gutters is read column by column (columns.c); otherwise two columns printed side
 * by side in a block are split into a left stream then a right stream. The common body indent is
 * then removed so that only paragraph starts stay indented, and centred lines stand apart as
 * blocks of their own. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
  COLUMN_GAP = 3,       /* spaces that part two columns on one line */
  COLUMN_SLACK = 6,     /* how far a right column's start may wander (paragraph indents) */
  COLUMN_MIN_LINES = 3, /* lines side by side before they count as two columns */
  CENTRED_EXTRA = 8,    /* spaces beyond the body indent that mark a centred line */
  LAYOUT_MIN_LINES = 12,
};

void tb_layout_vlines_push(tb_vlines *out, char *text, size_t lineno) {
  if (out->count == out->cap) {
    out->cap = out->cap ? out->cap * 2 : 64;
    out->items = tb_xrealloc(out->items, out->cap * sizeof *out->items);
  }
  out->items[out->count].text = text;
  out->items[out->count].lineno = lineno;
  out->count++;
}

static bool blank(const char *s) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\r') return false;
  return true;
}

static size_t leading_spaces(const char *s) {
  size_t n = 0;
  while (s[n] == ' ' || s[n] == '\t')
    n++;
  return n;
}

/* Code-point column where a second column starts on the line (after content and a run of at
 * least COLUMN_GAP spaces), or -1. *byte is its byte offset, *gap_byte where the run starts. */
static long second_column(const char *s, size_t *byte, size_t *gap_byte) {
  long col = 0;
  bool content = false;
  for (size_t i = 0; s[i];) {
    if (s[i] == ' ' && content) {
      size_t j = i;
      while (s[j] == ' ')
        j++;
      if (j - i >= COLUMN_GAP && s[j] && s[j] != '\r') {
        *gap_byte = i;
        *byte = j;
        return col + (long)(j - i);
      }
      col += (long)(j - i);
      i = j;
      continue;
    }
    if (s[i] != ' ' && s[i] != '\t') content = true;
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, strlen(s + i), &cp);
    i += used ? used : 1;
    col++;
  }
  return -1;
}

/* Does line k belong to a side-by-side block whose right column starts near col? */
static bool fits_block(const tb_vlines *raw, size_t k, long col) {
  const char *s = raw->items[k].text;
  if (blank(s)) return true;
  size_t b, g;
  long c = second_column(s, &b, &g);
  if (c >= 0) return c >= col - COLUMN_SLACK && c <= col + COLUMN_SLACK;
  long lead = (long)leading_spaces(s); /* a right-column line left alone */
  return lead >= col - COLUMN_SLACK && lead <= col + COLUMN_SLACK;
}

static char *spaces_then(size_t n, const char *s) {
  size_t len = strlen(s);
  char *r = tb_xmalloc(n + len + 1);
  memset(r, ' ', n);
  memcpy(r + n, s, len + 1);
  return r;
}

/* Splits side-by-side blocks of raw into left lines, a blank, then right lines. */
static void split_columns(tb_vlines *raw, size_t body_indent) {
  tb_vlines out = {0};
  for (size_t i = 0; i < raw->count;) {
    size_t b, g;
    long col = second_column(raw->items[i].text, &b, &g);
    size_t end = i, paired = 0;
    long first_col = col;
    if (col >= 0) {
      while (end < raw->count && fits_block(raw, end, col)) {
        long c = second_column(raw->items[end].text, &b, &g);
        if (c >= 0) {
          paired++;
          if (c < first_col) first_col = c;
        }
        end++;
      }
      while (end > i && blank(raw->items[end - 1].text))
        end--;
    }
    if (col < 0 || paired < COLUMN_MIN_LINES) {
      tb_layout_vlines_push(&out, raw->items[i].text, raw->items[i].lineno);
      raw->items[i].text = NULL;
      i++;
      continue;
    }
    tb_vlines right = {0};
    for (size_t k = i; k < end; k++) {
      char *s = raw->items[k].text;
      size_t lineno = raw->items[k].lineno;
      long c = second_column(s, &b, &g);
      if (c >= 0) {
        tb_layout_vlines_push(&right, spaces_then(body_indent + (size_t)(c - first_col), s + b),
                              lineno);
        s[g] = '\0';
        tb_layout_vlines_push(&out, s, lineno);
      } else if (!blank(s) && (long)leading_spaces(s) >= first_col - COLUMN_SLACK) {
        size_t lead = leading_spaces(s);
        size_t extra = (long)lead > first_col ? lead - (size_t)first_col : 0;
        tb_layout_vlines_push(&right, spaces_then(body_indent + extra, s + lead), lineno);
        free(s);
      } else {
        tb_layout_vlines_push(&out, s, lineno);
      }
      raw->items[k].text = NULL;
    }
    tb_layout_vlines_push(&out, tb_xstrdup(""), raw->items[end - 1].lineno);
    for (size_t k = 0; k < right.count; k++)
      tb_layout_vlines_push(&out, right.items[k].text, right.items[k].lineno);
    free(right.items);
    i = end;
  }
  free(raw->items);
  *raw = out;
}

/* Splits each page (lines parted by a form feed) on its own: by aligned gutters when it has
 * them, otherwise (unless gutters_only) by blocks of lines paired side by side. Returns whether
 * any page was split by its gutters. */
static bool split_pages(tb_vlines *v, const bool *page_starts, size_t body_indent,
                        bool gutters_only) {
  tb_vlines out = {0};
  bool any = false;
  for (size_t start = 0; start < v->count;) {
    size_t end = start + 1;
    while (end < v->count && !page_starts[end])
      end++;
    tb_vlines page = {0};
    for (size_t i = start; i < end; i++)
      tb_layout_vlines_push(&page, v->items[i].text, v->items[i].lineno);
    if (tb_layout_split_page_columns(&page, body_indent))
      any = true;
    else if (!gutters_only)
      split_columns(&page, body_indent);
    for (size_t i = 0; i < page.count; i++)
      tb_layout_vlines_push(&out, page.items[i].text, page.items[i].lineno);
    free(page.items);
    start = end;
  }
  free(v->items);
  *v = out;
  return any;
}

/* The leading-space count most lines share, when most lines start with spaces; 0 otherwise. */
static size_t layout_body_indent(const tb_vlines *v) {
  size_t counts[64] = {0}, lines = 0, indented = 0;
  for (size_t i = 0; i < v->count; i++) {
    if (blank(v->items[i].text)) continue;
    size_t lead = leading_spaces(v->items[i].text);
    lines++;
    if (lead >= 2) indented++;
    if (lead < 64) counts[lead]++;
  }
  if (lines < LAYOUT_MIN_LINES || indented * 10 < lines * 6) return 0;
  size_t best = 1;
  for (size_t k = 2; k < 64; k++)
    if (counts[k] > counts[best]) best = k;
  return best;
}

/* Removes the body indent; a centred line (far past it) gets a blank line on each side. */
static void normalize_indent(tb_vlines *v, size_t body_indent) {
  tb_vlines out = {0};
  for (size_t i = 0; i < v->count; i++) {
    char *s = v->items[i].text;
    size_t lineno = v->items[i].lineno;
    size_t lead = leading_spaces(s);
    if (blank(s)) {
      tb_layout_vlines_push(&out, s, lineno);
      continue;
    }
    bool centred = lead >= body_indent + CENTRED_EXTRA;
    size_t cut = lead < body_indent ? lead : body_indent;
    memmove(s, s + cut, strlen(s + cut) + 1);
    if (centred) tb_layout_vlines_push(&out, tb_xstrdup(""), lineno);
    tb_layout_vlines_push(&out, s, lineno);
    if (centred) tb_layout_vlines_push(&out, tb_xstrdup(""), lineno);
  }
  free(v->items);
  *v = out;
}

void tb_layout_vlines_split(const char *text, bool markdown, tb_vlines *out) {
  memset(out, 0, sizeof *out);
  size_t lineno = 0, breaks_cap = 0;
  bool *page_starts = NULL; /* page_starts[i]: a form feed put line i on a new page */
  for (const char *p = text; *p || p == text;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    lineno++;
    char *line = tb_xmalloc(n + 1);
    size_t m = 0;
    bool page_break = false;
    for (size_t k = 0; k < n; k++) {
      if (p[k] == '\f')
        page_break = true;
      else
        line[m++] = p[k];
    }
    line[m] = '\0';
    if (page_break) tb_layout_vlines_push(out, tb_xstrdup(""), lineno);
    tb_layout_vlines_push(out, line, lineno);
    if (out->cap > breaks_cap) {
      page_starts = tb_xrealloc(page_starts, out->cap * sizeof *page_starts);
      memset(page_starts + breaks_cap, 0, (out->cap - breaks_cap) * sizeof *page_starts);
      breaks_cap = out->cap;
    }
    if (page_break) page_starts[out->count - 2] = true;
    p += n + (nl ? 1 : 0);
    if (!nl) break;
  }
  size_t body_indent = markdown ? 0 : layout_body_indent(out);
  if (body_indent) {
    split_pages(out, page_starts, body_indent, false);
    normalize_indent(out, body_indent);
  } else if (!markdown && split_pages(out, page_starts, 0, true)) {
    /* columns set flush with the page's left edge: most lines start unindented, yet gutters
     * aligned down the page show a layout-preserving extraction */
    normalize_indent(out, 0);
  }
  free(page_starts);
}

void tb_layout_vlines_free(tb_vlines *v) {
  for (size_t i = 0; i < v->count; i++)
    free(v->items[i].text);
  free(v->items);
  memset(v, 0, sizeof *v);
}
