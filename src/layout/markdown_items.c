/* Markdown's paragraphs: para.c assembles the classified lines of markdown.c into items, and
 * each block the converter wrote apart stays a paragraph of its own unless it was cut off in
 * mid-sentence at a page or column break. */
#include "markdown_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
  CUT_SENTENCE_CHARS = 30, /* a block broken off mid-sentence at a page or column break */
};

/* para.c joins a block to the one above when that one ends without a sentence mark, which is
 * right for a page break in mid-sentence but wrong for a list item, a signature and its date, or
 * an intro ending in "：". Only running text cut off after a character is joined. */
static bool keeps_joined(const tb_lline *prev, const tb_lline *l) {
  /* a list item or a table row is a paragraph of its own, and so is the block after one */
  if (l->indent || l->list_no || prev->indent || prev->list_no) return false;
  uint32_t last = tb_lo_last_cp(prev->text);
  if (last == 0xFF0C || last == ',' || last == 0x3001) return true; /* "…数据总部基地," */
  if (tb_layout_ends_with_function_word(prev->text)) return true;   /* "区委书记欧阳澈对" */
  bool cut = tb_is_hanzi(last) ||
             (last < 0x80 && ((last >= '0' && last <= '9') || (last >= 'a' && last <= 'z') ||
                              (last >= 'A' && last <= 'Z')));
  bool running = strstr(prev->text, "，") || strstr(prev->text, "、") || strstr(prev->text, "。");
  return cut && (running || tb_utf8_length(prev->text) >= CUT_SENTENCE_CHARS);
}

static void insert_item(tb_items *items, size_t at, const tb_item *it) {
  tb_grow((void **)&items->items, &items->cap, items->count + 1, sizeof *items->items);
  memmove(&items->items[at + 1], &items->items[at], (items->count - at) * sizeof *items->items);
  items->items[at] = *it;
  items->count++;
}

/* Splits item k where a block of its own starts; returns how many items it became. */
static size_t split_item(tb_items *items, size_t k, const tb_llines *L) {
  tb_item *it = &items->items[k];
  size_t from = 0;
  while (from < L->count && L->items[from].lineno < it->first_line)
    from++;
  size_t cuts[64], nc = 0;
  size_t cut_line[64];
  const char *text = it->text;
  size_t pos = 0, n = strlen(text);
  const tb_lline *prev = NULL;
  for (size_t j = from; j < L->count && L->items[j].lineno <= it->last_line && nc < 64; j++) {
    const tb_lline *l = &L->items[j];
    if (l->kind != TB_LINE_BODY) continue;
    while (pos < n && text[pos] == ' ')
      pos++;
    size_t len = strlen(l->text);
    if (strncmp(text + pos, l->text, len < n - pos ? len : n - pos) != 0) return 1;
    if (prev && l->block_start && prev->block_start && !keeps_joined(prev, l)) {
      cut_line[nc] = j;
      cuts[nc++] = pos;
    }
    pos += len < n - pos ? len : n - pos;
    prev = l;
  }
  if (!nc) return 1;
  tb_item whole = *it;
  size_t start = 0;
  size_t first_line = whole.first_line;
  for (size_t c = 0; c <= nc; c++) {
    size_t stop = c < nc ? cuts[c] : n;
    tb_item piece = whole;
    piece.text = tb_lo_trim(text + start, stop - start);
    piece.first_line = first_line;
    piece.last_line = c < nc ? L->items[cut_line[c] - 1].lineno : whole.last_line;
    if (c > 0) {
      const tb_lline *l = &L->items[cut_line[c - 1]];
      piece.dateline = l->dateline;
      piece.jump_from = l->jump_from;
      piece.list_no = l->list_no;
    }
    if (c == 0)
      items->items[k] = piece;
    else
      insert_item(items, k + c, &piece);
    if (c < nc) first_line = L->items[cut_line[c]].lineno;
    start = stop;
  }
  free(whole.text);
  return nc + 1;
}

/* Does paragraph item it open with a block the converter wrote apart (not a line of code)? */
static bool opens_a_block(const tb_item *it, const tb_llines *L) {
  for (size_t j = 0; j < L->count; j++)
    if (L->items[j].lineno == it->first_line && L->items[j].kind == TB_LINE_BODY)
      return L->items[j].block_start;
  return false;
}

void tb_layout_markdown_items(const tb_llines *lines, tb_items *out) {
  tb_layout_items_build(lines, out);
  for (size_t k = 0; k < out->count;) {
    tb_item_kind kind = out->items[k].kind;
    if (kind == TB_ITEM_PARA || kind == TB_ITEM_EDNOTE)
      k += split_item(out, k, lines);
    else
      k++;
  }
  for (size_t k = 0; k < out->count; k++)
    if (out->items[k].kind == TB_ITEM_PARA)
      out->items[k].whole_block = opens_a_block(&out->items[k], lines);
}
