/* Text that comes in as JSON from a newsroom system is the issue model already, but with the marks
 * of where it was made: HTML entities (&nbsp; &ldquo; &amp;), line breaks left from the PDF inside
 * a paragraph, indents of spaces or ideographic spaces, empty strings for "none". Tidied here so
 * the later stages see plain paragraphs. Entity names are resolved by libxml2's HTML entity table.
 */
#include "issue.h"

#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

static bool is_wide(uint32_t cp) {
  return cp >= 0x2E80;
}

static bool is_ascii_word(uint32_t cp) {
  return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}

static bool is_blank(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 || cp == '\r' || cp == '\n';
}

/* The code point of the entity at s ("&amp;", "&#8220;", "&#x201C;"), and its length in *len;
 * 0 when s holds none. */
static uint32_t entity_at(const char *s, size_t *len) {
  const char *semi = strchr(s, ';');
  if (!semi || semi - s < 3 || semi - s > 12) return 0;
  *len = (size_t)(semi - s) + 1;
  if (s[1] == '#') {
    char *end;
    unsigned long v =
        s[2] == 'x' || s[2] == 'X' ? strtoul(s + 3, &end, 16) : strtoul(s + 2, &end, 10);
    return end == semi && v > 0 && v <= 0x10FFFF ? (uint32_t)v : 0;
  }
  char name[16];
  memcpy(name, s + 1, (size_t)(semi - s) - 1);
  name[semi - s - 1] = '\0';
  const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
  return e ? e->value : 0;
}

/* Entities decoded, white space (NBSP and ideographic spaces too) trimmed at both ends and
 * collapsed inside, and none kept between two wide characters where a line break was: a PDF's
 * wrap inside a Chinese sentence joins without a space. Caller frees; NULL stays NULL. */
static char *tidy_text(const char *s) {
  if (!s) return NULL;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t n = strlen(s);
  bool pending_space = false, pending_break = false, pending_indent = false;
  uint32_t last = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = 0;
    if (s[i] == '&') cp = entity_at(s + i, &used);
    if (!used || !cp) {
      used = tb_utf8_decode(s + i, n - i, &cp);
      if (!used) used = 1, cp = 0xFFFD;
    }
    i += used;
    if (is_blank(cp)) {
      pending_space = true;
      pending_break |= cp == '\n' || cp == '\r';
      pending_indent |= cp == 0x3000;
      continue;
    }
    /* A wrap joins without a space, except between two Latin words or numbers ("A\nB"). */
    bool keep = pending_break ? is_ascii_word(last) && is_ascii_word(cp)
                              : !(pending_indent && is_wide(last) && is_wide(cp));
    if (pending_space && sb.len && keep) tb_strbuf_putc(&sb, ' ');
    pending_space = pending_break = pending_indent = false;
    tb_strbuf_put_codepoint(&sb, cp);
    last = cp;
  }
  if (!sb.len) {
    tb_strbuf_free(&sb);
    return NULL;
  }
  return tb_strbuf_take(&sb);
}

/* An editor's note keeps its paragraphs on lines of their own (the schema's form); each is tidied.
 */
static void tidy_lines(char **field) {
  if (!*field) return;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  char *copy = tb_xstrdup(*field), *save = NULL;
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    char *tidy = tidy_text(line);
    if (tidy && sb.len) tb_strbuf_putc(&sb, '\n');
    if (tidy) tb_strbuf_puts(&sb, tidy);
    free(tidy);
  }
  free(copy);
  free(*field);
  *field = sb.len ? tb_strbuf_take(&sb) : NULL;
  if (!*field) tb_strbuf_free(&sb);
}

static void tidy_field(char **field) {
  char *tidy = tidy_text(*field);
  free(*field);
  *field = tidy;
}

/* Tidies every string of a list; empty ones are dropped, and removed[i] tells which. */
static void tidy_list(tb_strlist *list, bool *removed) {
  size_t kept = 0;
  for (size_t i = 0; i < list->count; i++) {
    char *tidy = tidy_text(list->items[i]);
    free(list->items[i]);
    if (removed) removed[i] = tidy == NULL;
    if (tidy) list->items[kept++] = tidy;
  }
  list->count = kept;
}

void tb_issue_tidy(tb_issue *issue) {
  tidy_field(&issue->publication);
  tidy_field(&issue->date);
  tidy_field(&issue->issue_no);
  for (size_t i = 0; i < issue->article_count; i++) {
    tb_article *a = &issue->articles[i];
    tidy_field(&a->headline);
    tidy_field(&a->byline);
    tidy_lines(&a->editor_note);
    tidy_field(&a->column);
    tidy_list(&a->subheadlines, NULL);
    tidy_list(&a->captions, NULL);
    size_t before_count = a->paragraphs.count;
    bool *removed = tb_xcalloc(before_count ? before_count : 1, sizeof *removed);
    tidy_list(&a->paragraphs, removed);
    /* A crosshead stays before the same paragraph once the empty ones are gone. */
    for (size_t c = 0; c < a->crosshead_count; c++) {
      size_t before = a->crossheads[c].before, shift = 0;
      for (size_t k = 0; k < before && k < before_count; k++)
        shift += removed[k];
      a->crossheads[c].before = before - shift;
      tidy_field(&a->crossheads[c].text);
    }
    free(removed);
  }
  for (size_t i = issue->article_count; i-- > 0;)
    if (!issue->articles[i].headline && issue->articles[i].paragraphs.count == 0)
      tb_issue_remove_article(issue, i);
}
