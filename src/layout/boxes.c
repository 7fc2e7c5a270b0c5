/* Boxes set among the stories that are no article: a service box of labelled notices and a
 * contents box of titles with their pages. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

static bool is_body(const tb_lline *l) {
  return l->kind == TB_LINE_BODY;
}

enum { BOX_TITLE_CHARS = 6, BOX_LABEL_CHARS = 6, BOX_ITEMS_MIN = 2 };

static bool is_bullet_glyph(uint32_t cp) {
  return cp == 0x25A0 || cp == 0x25A1 || cp == 0x25C6 || cp == 0x25C7 || cp == 0x25CF ||
         cp == 0x25CB || cp == 0x2605 || cp == 0x2022 || cp == 0x25AA || cp == 0x25B6 ||
         cp == 0x25BA;
}

/* "▶山里的春天 4版": a contents entry, a title and the page it is on. Without a bullet
 * (bullet 0) a space must part the page from the title ("副刊：雪落碧溪 4版"): a sentence may end
 * on "…共出版3版" but not on a spaced page number. */
static bool page_reference_item(const tb_lline *l, uint32_t bullet) {
  if (!tb_lo_ends(l->text, "版") || (!bullet && !is_body(l))) return false;
  if (bullet ? tb_lo_first_cp(l->text) != bullet : is_bullet_glyph(tb_lo_first_cp(l->text)))
    return false;
  size_t n = strlen(l->text) - strlen("版"), d = n;
  while (d > 0 && l->text[d - 1] >= '0' && l->text[d - 1] <= '9')
    d--;
  if (!(d < n && n - d <= 2)) return false;
  return bullet || (d > 0 && l->text[d - 1] == ' ');
}

/* "■停水：11月5日…": a bullet, a short label and a colon, then the notice itself. */
static bool labelled_bullet_item(const tb_lline *l, uint32_t bullet) {
  if (!is_body(l) || l->run_in || tb_lo_first_cp(l->text) != bullet) return false;
  const char *colon = strstr(l->text, "：");
  if (!colon) return false;
  char *label = tb_xstrndup(l->text, (size_t)(colon - l->text));
  size_t chars = tb_utf8_length(label);
  free(label);
  return chars >= 2 && chars <= 1 + BOX_LABEL_CHARS;
}

/* A service box ("便民信息", "温馨提示") or a contents box ("本期导读"): a short title, then two or
 * more entries each behind the same bullet, either a notice with a label and a colon or a title
 * with its page ("▶山里的春天 4版"), and nothing of a story (no dateline, no byline, no plain
 * paragraph) before the next title or page furniture. It is page furniture, not an article. */
void tb_layout_find_boxes(tb_llines *L) {
  for (size_t i = 0; i + 1 < L->count; i++) {
    const tb_lline *t = &L->items[i];
    if (!is_body(t) || t->indent || tb_layout_has_clause_mark(t->text) ||
        tb_utf8_length(t->text) > BOX_TITLE_CHARS || tb_lo_ends_sentence(t->text) ||
        strstr(t->text, "：") || (i > 0 && !tb_layout_line_closed(&L->items[i - 1])))
      continue;
    uint32_t bullet = tb_lo_first_cp(L->items[i + 1].text);
    if (!is_bullet_glyph(bullet)) bullet = 0; /* a contents box may list its titles bare */
    size_t k = i + 1, items = 0;
    while (k < L->count && ((bullet && labelled_bullet_item(&L->items[k], bullet)) ||
                            page_reference_item(&L->items[k], bullet))) {
      items++;
      k++; /* a notice wrapped over lines: its lines right under it */
      while (bullet && k < L->count && is_body(&L->items[k]) && L->items[k].blank_before == 0 &&
             !L->items[k].indent && tb_lo_first_cp(L->items[k].text) != bullet &&
             !L->items[k].dateline)
        k++;
    }
    if (items < BOX_ITEMS_MIN) continue;
    /* the box ends where something else starts: furniture, the end, or a line standing off */
    if (k < L->count && is_body(&L->items[k]) && L->items[k].blank_before == 0) continue;
    for (size_t m = i; m < k; m++)
      L->items[m].kind = TB_LINE_FURNITURE;
    i = k - 1;
  }
}
