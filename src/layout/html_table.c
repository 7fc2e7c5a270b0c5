/* Tables used for page layout, as older CMS pages print a story: a title cell all in bold, short,
 * with a kicker cell or two above it and a subtitle cell under it, the text in the cells below. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>

enum { TABLE_TITLE_CHARS = 40, TABLE_SUBTITLE_CHARS = 30 };

enum { TABLE_KICKER_CELLS = 2 };

/* The cells (td, th) under n in reading order, into cells[] up to max; returns the count. */
static size_t table_cells(xmlNode *n, xmlNode **cells, size_t count, size_t max) {
  for (; n && count < max; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (html_named(n, "td") || html_named(n, "th"))
      cells[count++] = n;
    else if (!html_named(n, "table"))
      count = table_cells(n->children, cells, count, max);
  }
  return count;
}

/* A table used for layout: its title is a cell all in bold, short, finishing no sentence, with
 * at most a kicker cell or two of the same shape (not bold) before it and no other text
 * ("<table><tr><td>身边的好人</td></tr><tr><td><strong>标题</strong></td></tr><tr><td>正文…").
 * Returns that cell, or NULL. */
static xmlNode *table_title_cell(xmlNode *table) {
  xmlNode *cells[TABLE_KICKER_CELLS + 4];
  size_t count = table_cells(table->children, cells, 0, TABLE_KICKER_CELLS + 4);
  size_t kickers = 0;
  for (size_t i = 0; i < count; i++) {
    char *t = html_plain_text(cells[i]);
    bool empty = !t[0];
    bool shaped = !empty && tb_utf8_length(t) <= TABLE_TITLE_CHARS && !tb_lo_ends_sentence(t) &&
                  !strstr(t, "。");
    free(t);
    if (empty) continue;
    if (!shaped) return NULL;
    if (html_all_text_bold(cells[i]->children, false)) return cells[i];
    if (++kickers > TABLE_KICKER_CELLS) return NULL;
  }
  return NULL;
}

bool html_is_table_title_cell(xmlNode *block) {
  if (!block || !(html_named(block, "td") || html_named(block, "th"))) return false;
  xmlNode *table = html_enclosing(block, "table");
  return table && table_title_cell(table) == block;
}

/* A cell above the layout table's title cell: the story's kicker. */
bool html_is_table_kicker_cell(xmlNode *block) {
  if (!block || !(html_named(block, "td") || html_named(block, "th"))) return false;
  xmlNode *table = html_enclosing(block, "table");
  xmlNode *title = table ? table_title_cell(table) : NULL;
  if (!title || title == block) return false;
  xmlNode *cells[TABLE_KICKER_CELLS + 4];
  size_t count = table_cells(table->children, cells, 0, TABLE_KICKER_CELLS + 4);
  for (size_t i = 0; i < count && cells[i] != title; i++)
    if (cells[i] == block) return true;
  return false;
}

/* Under such a title, a short cell before the text is its subtitle ("全年计划完成…"). */
bool html_is_table_subtitle_cell(const tb_article *cur, xmlNode *block, const char *t) {
  return block && (html_named(block, "td") || html_named(block, "th")) && cur && cur->headline &&
         !cur->paragraphs.count && !cur->byline && tb_utf8_length(t) <= TABLE_SUBTITLE_CHARS &&
         !tb_lo_ends_sentence(t) && !strstr(t, "。") && !tb_layout_is_byline_line(t) &&
         tb_layout_credit_kind(t) == TB_CREDIT_NONE;
}
