/* Markdown's inline text: what a listener hears of a block (emphasis and link marks, image alt
 * text and line breaks removed, converter spans dropped) and the shape a block has. */
#include "markdown_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  tb_strbuf all;  /* the paragraph so far, wrapped lines joined */
  tb_strbuf line; /* the current source line */
  tb_strbuf alt;  /* alt texts of images */
} inline_text;

static void end_line(inline_text *t) {
  if (!t->line.len) return;
  tb_layout_join_wrapped(&t->all, tb_strbuf_view(&t->line));
  tb_strbuf_clear(&t->line);
}

static bool is_br_tag(const char *html) {
  return html && (strncmp(html, "<br", 3) == 0 || strncmp(html, "<BR", 3) == 0);
}

/* Appends a text node. "**编者按：**三年前…": CommonMark does not close emphasis between a
 * CJK punctuation mark and a letter, so the marks stay literal; a listener must not hear them.
 * An ideographic space inside a line is a space like any other (bylines: "本报记者　郝明远"). */
void md_put_text(tb_strbuf *sb, const char *s) {
  while (*s) {
    if ((s[0] == '*' && s[1] == '*') || (s[0] == '_' && s[1] == '_')) {
      char mark = *s;
      while (*s == mark)
        s++;
      continue;
    }
    if (tb_lo_starts(s, "\u3000")) {
      tb_strbuf_putc(sb, ' ');
      s += strlen("\u3000");
      continue;
    }
    tb_strbuf_putc(sb, *s++);
  }
}

/* The text a listener hears: emphasis and link marks go, line breaks (soft: a hard wrap; hard:
 * two trailing spaces or a backslash) join the lines of one paragraph, images give only alt. */
static void gather(cmark_node *n, inline_text *t, bool in_image) {
  for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
    case CMARK_NODE_TEXT:
      md_put_text(in_image ? &t->alt : &t->line, cmark_node_get_literal(c));
      break;
    case CMARK_NODE_CODE:
      tb_strbuf_puts(in_image ? &t->alt : &t->line, cmark_node_get_literal(c));
      break;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      if (!in_image) end_line(t);
      break;
    case CMARK_NODE_HTML_INLINE:
      if (!in_image && is_br_tag(cmark_node_get_literal(c))) end_line(t);
      break;
    case CMARK_NODE_IMAGE:
      if (t->alt.len) tb_strbuf_putc(&t->alt, ' ');
      gather(c, t, true);
      break;
    default: /* emphasis, strong, links: their text */
      gather(c, t, in_image);
      break;
    }
  }
}

/* "[]{#_Toc101 .anchor}", "[城东]{.underline}": pandoc's bracketed spans keep a Word document's
 * bookmarks and underlines. The brackets and the braces go, the span's words stay. Works in
 * place. */
static void drop_bracketed_spans(char *s) {
  for (char *close = strstr(s, "]{"); close; close = strstr(close, "]{")) {
    char *attrs = close + 2, *end = strchr(attrs, '}');
    char *open = close;
    while (open > s && open[-1] != '[')
      open--;
    if (!end || open == s || (*attrs != '#' && *attrs != '.')) {
      close += 2;
      continue;
    }
    size_t words = (size_t)(close - open);
    memmove(open - 1, open, words);
    char *after = open - 1 + words;
    memmove(after, end + 1, strlen(end + 1) + 1);
    close = after;
  }
}

/* Text of the inline children of n (caller frees); *alt gets the images' alt text when asked. */
char *md_text_of(cmark_node *n, char **alt) {
  inline_text t;
  tb_strbuf_init(&t.all);
  tb_strbuf_init(&t.line);
  tb_strbuf_init(&t.alt);
  gather(n, &t, false);
  end_line(&t);
  tb_strbuf_free(&t.line);
  if (alt)
    *alt = tb_strbuf_take(&t.alt);
  else
    tb_strbuf_free(&t.alt);
  char *raw = tb_strbuf_take(&t.all);
  drop_bracketed_spans(raw);
  char *clean = tb_layout_clean_line(raw);
  free(raw);
  char *trimmed = tb_lo_trim(clean, strlen(clean));
  free(clean);
  return trimmed;
}

static bool blank_text(cmark_node *c) {
  if (cmark_node_get_type(c) != CMARK_NODE_TEXT) return false;
  for (const char *s = cmark_node_get_literal(c); *s; s++)
    if (*s != ' ' && *s != '\t') return false;
  return true;
}

static bool is_break(cmark_node *c) {
  cmark_node_type k = cmark_node_get_type(c);
  return k == CMARK_NODE_SOFTBREAK || k == CMARK_NODE_LINEBREAK;
}

md_para_shape md_shape_of(cmark_node *para) {
  size_t seen = 0, images = 0;
  cmark_node *only = NULL;
  bool text_after_images = false;
  for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
    if (blank_text(c) || is_break(c)) continue;
    seen++;
    only = c;
    if (cmark_node_get_type(c) == CMARK_NODE_IMAGE && images + 1 == seen)
      images++;
    else if (images && images + 1 == seen && c != cmark_node_first_child(para) &&
             is_break(cmark_node_previous(c)))
      text_after_images = true;
  }
  if (images && images == seen) return SHAPE_IMAGE;
  if (images && text_after_images) return SHAPE_IMAGE_CAPTION;
  if (seen != 1) return SHAPE_PLAIN;
  if (cmark_node_get_type(only) == CMARK_NODE_STRONG) return SHAPE_BOLD;
  if (cmark_node_get_type(only) == CMARK_NODE_EMPH) return SHAPE_ITALIC;
  return SHAPE_PLAIN;
}
