/* Blocks a converter writes for what is no text: page markers, page numbers and page labels,
 * and the stand-ins it puts where a picture was. */
#include "markdown_internal.h"

#include <string.h>

/* "{2}------------------------------------------------": the page break a paginated export
 * (marker's) writes as a paragraph of its own, the page's number in braces before a rule. */
bool md_is_page_marker(const char *t) {
  if (*t++ != '{') return false;
  const char *d = t;
  while (*t >= '0' && *t <= '9')
    t++;
  if (t == d || *t++ != '}') return false;
  size_t dashes = strspn(t, "-");
  return dashes >= 3 && !t[dashes];
}

/* Past the dashes, dots and spaces a page's foot sets around its number ("- 2 -", "— 3 —",
 * "· 4 ·"). */
static const char *skip_folio_marks(const char *t) {
  static const char *const marks[] = {"-", "—", "–", "－", "·", "•", "*", "_", " ", "\u3000"};
  for (bool more = true; more;) {
    more = false;
    for (size_t i = 0; i < sizeof marks / sizeof *marks && !more; i++)
      if (tb_lo_starts(t, marks[i])) {
        t += strlen(marks[i]);
        more = true;
      }
  }
  return t;
}

/* "- 2 -" (which CommonMark reads as a list item), "— 3 —", "第4页", "Page 5", "6 / 8": a page's
 * number set as a block of its own, where a converter wrote the page's foot or head. A number
 * alone in a block is no text either. */
bool md_is_page_number_block(const char *line) {
  const char *t = skip_folio_marks(line);
  bool framed = t != line;
  if (tb_lo_starts(t, "第"))
    t += strlen("第");
  else if (strncmp(t, "Page ", 5) == 0 || strncmp(t, "page ", 5) == 0)
    t += 5;
  const char *d = t;
  while (*t >= '0' && *t <= '9')
    t++;
  if (t == d || t - d > 3) return false;
  if (tb_lo_starts(t, "页")) t += strlen("页");
  const char *total = t;
  while (*total == ' ')
    total++;
  if (*total == '/') { /* "6 / 8": the page and the count */
    total++;
    while (*total == ' ')
      total++;
    const char *n = total;
    while (*total >= '0' && *total <= '9')
      total++;
    if (total > n) t = total;
  }
  const char *after = skip_folio_marks(t);
  /* "- 2 -" is framed on both sides, "2" on none; "- 2" is a list item of its own */
  return !*after && (after != t) == framed;
}

/* "一版 · 要闻", "第3版：评论": a page number (in figures or Chinese numerals) and 版, then at most
 * the page's section name: a page label, not a story's title. */
bool md_is_page_label(const char *t) {
  static const char *const numerals[] = {"一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十"};
  if (tb_utf8_length(t) > 16 || tb_lo_ends_sentence(t)) return false;
  if (tb_lo_starts(t, "第")) t += strlen("第");
  const char *d = t;
  for (bool more = true; more;) {
    more = false;
    if (*t >= '0' && *t <= '9') {
      t++;
      more = true;
    }
    for (size_t i = 0; i < sizeof numerals / sizeof *numerals && !more; i++)
      if (tb_lo_starts(t, numerals[i])) {
        t += strlen(numerals[i]);
        more = true;
      }
  }
  if (t == d || !tb_lo_starts(t, "版")) return false;
  t += strlen("版");
  static const char *const parts[] = {" ", "\u3000", "·", "：", ":", "|", "－", "-"};
  if (!*t) return true;
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (tb_lo_starts(t, parts[i])) return true;
  return false;
}

/* "==> picture [320 x 180] intentionally omitted <==" (pymupdf4llm, bold in the source): a
 * picture left out; "----- Start of picture text -----…----- End of picture text -----": the
 * words printed inside one. Neither is the story's text. */
bool md_is_picture_stand_in(const char *t) {
  static const char *const ends[] = {"intentionally omitted <==", "End of picture text -----"};
  if (strncmp(t, "==> picture", 11) == 0) return tb_lo_ends(t, ends[0]);
  return strncmp(t, "----- Start of picture text", 27) == 0;
}
