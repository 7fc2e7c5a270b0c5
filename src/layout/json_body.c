/* JSON in a newsroom's own schema: a story's body (HTML or plain text) read by the HTML reader
 * (html.c) inside a synthetic <article>, after a few CMS habits are made explicit: bold-only
 * paragraphs are crossheads, an indent or a numbered item after a single <br> starts a
 * paragraph, blocks classed as picture captions and an image's alt text are captions. */
#include "json_internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- bodies ------------------------------------------------------------------------------- */

static void put_escaped(tb_strbuf *sb, const char *s) {
  for (const char *p = s; *p; p++) {
    if (*p == '<')
      tb_strbuf_puts(sb, "&lt;");
    else if (*p == '>')
      tb_strbuf_puts(sb, "&gt;");
    else
      tb_strbuf_putc(sb, *p);
  }
}

/* Plain text as <p> paragraphs: blank lines part paragraphs and single line breaks are wraps;
 * without any blank line, every line is a paragraph. */
static void plain_to_html(const char *text, tb_strbuf *out) {
  bool blank_parted = false;
  for (const char *p = strchr(text, '\n'); p && !blank_parted; p = strchr(p + 1, '\n')) {
    const char *q = p + 1;
    while (*q == ' ' || *q == '\t' || *q == '\r')
      q++;
    if (*q == '\n') blank_parted = true;
  }
  tb_strbuf para;
  tb_strbuf_init(&para);
  const char *p = text;
  while (true) {
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    char *line = tb_lo_trim(p, n);
    if (line[0]) tb_layout_join_wrapped(&para, line);
    bool close = !end || !blank_parted || !line[0];
    free(line);
    if (close && para.len) {
      tb_strbuf_puts(out, "<p>");
      put_escaped(out, para.data);
      tb_strbuf_puts(out, "</p>\n");
      tb_strbuf_clear(&para);
    }
    if (!end) break;
    p = end + 1;
  }
  tb_strbuf_free(&para);
}

static bool is_named(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

static bool is_bold(const xmlNode *n) {
  return is_named(n, "strong") || is_named(n, "b");
}

/* The block's only content is bold text (white space and <br> aside). */
static bool only_bold(xmlNode *block) {
  bool bold = false;
  for (xmlNode *c = block->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      for (const xmlChar *p = c->content; p && *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') return false;
    } else if (is_bold(c) || (is_named(c, "span") && c->children && only_bold(c))) {
      bold = true;
    } else if (!is_named(c, "br")) {
      return false;
    }
  }
  return bold;
}

enum { CROSSHEAD_MAX_CHARS = 40 };

/* Text that starts with an indent: a non-breaking or ideographic space after optional newlines. */
static bool starts_indented(const xmlNode *n) {
  if (!n || n->type != XML_TEXT_NODE || !n->content) return false;
  const char *s = (const char *)n->content;
  while (*s == '\n' || *s == '\r')
    s++;
  return tb_lo_starts(s, "\xC2\xA0") || tb_lo_starts(s, "\xE3\x80\x80");
}

/* Text that opens a numbered item ("2.完成…", "三、…"): a list set with single <br>s. */
static bool starts_list_item(const xmlNode *n) {
  if (!n || n->type != XML_TEXT_NODE || !n->content) return false;
  const char *s = (const char *)n->content;
  while (*s == '\n' || *s == '\r' || *s == ' ')
    s++;
  return tb_layout_list_number(s) > 0;
}

/* A block whose class names a caption ("pic-desc", "img-caption", "photo_note") and that holds
 * no image itself. */
static bool has_caption_class(xmlNode *block) {
  static const char *const words[] = {"caption", "desc", "pic", "photo", "img", "image", "figure"};
  xmlChar *cls = xmlGetProp(block, (const xmlChar *)"class");
  bool named = false;
  for (size_t i = 0; cls && i < COUNT(words) && !named; i++)
    named = foreign_has_word((const char *)cls, words[i]);
  xmlFree(cls);
  for (xmlNode *c = block->children; named && c; c = c->next)
    if (is_named(c, "img")) named = false;
  return named;
}

static bool good_alt(const char *alt) {
  return alt && tb_utf8_length(alt) >= 4 && !foreign_looks_like_url(alt) &&
         !foreign_looks_like_date(alt);
}

/* Makes the CMS's habits explicit for the HTML reader (see the top of this file). */
static void fix_up(xmlNode *n, const char *headline) {
  for (xmlNode *c = n ? n->children : NULL, *next; c; c = next) {
    next = c->next;
    if (c->type != XML_ELEMENT_NODE) continue;
    if ((is_named(c, "p") || is_named(c, "div")) && only_bold(c)) {
      xmlChar *t = xmlNodeGetContent(c);
      char *trimmed = tb_lo_trim((const char *)t, strlen((const char *)t));
      if (tb_utf8_length(trimmed) <= CROSSHEAD_MAX_CHARS && tb_lo_last_cp(trimmed) != 0x3002)
        xmlNodeSetName(c, (const xmlChar *)"h3");
      free(trimmed);
      xmlFree(t);
    } else if ((is_named(c, "p") || is_named(c, "div")) && has_caption_class(c)) {
      xmlNodeSetName(c, (const xmlChar *)"figcaption");
    } else if (is_named(c, "br") && (starts_indented(c->next) || starts_list_item(c->next))) {
      xmlAddPrevSibling(c, xmlNewNode(NULL, (const xmlChar *)"br"));
    } else if (is_named(c, "img")) {
      xmlChar *alt = xmlGetProp(c, (const xmlChar *)"alt");
      if (good_alt((const char *)alt) && strcmp((const char *)alt, headline) != 0) {
        xmlNode *cap = xmlNewNode(NULL, (const xmlChar *)"figcaption");
        xmlNodeAddContent(cap, alt);
        xmlAddNextSibling(c, cap);
      }
      xmlFree(alt);
    }
    fix_up(c, headline);
  }
}

static bool is_body_of(const xmlNode *n) {
  return is_named(n, "body");
}

static xmlNode *find_body(xmlNode *n) {
  for (; n; n = n->next) {
    if (is_body_of(n)) return n;
    xmlNode *inner = n->type == XML_ELEMENT_NODE ? find_body(n->children) : NULL;
    if (inner) return inner;
  }
  return NULL;
}

/* Reads body (HTML or plain text) into a, which has its headline already. */
void foreign_read_body(const char *body, tb_article *a) {
  tb_strbuf html;
  tb_strbuf_init(&html);
  tb_strbuf_puts(&html, "<html><body><article><h1>");
  put_escaped(&html, a->headline ? a->headline : "");
  tb_strbuf_puts(&html, "</h1>\n");
  if (foreign_has_html_tags(body))
    tb_strbuf_puts(&html, body);
  else
    plain_to_html(body, &html);
  tb_strbuf_puts(&html, "</article></body></html>");
  htmlDocPtr doc = htmlReadMemory(html.data, (int)html.len, "body", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_RECOVER);
  tb_strbuf_free(&html);
  if (!doc) return;
  fix_up(find_body(xmlDocGetRootElement(doc)), a->headline ? a->headline : "");
  xmlChar *fixed = NULL;
  int fixed_len = 0;
  htmlDocDumpMemoryFormat(doc, &fixed, &fixed_len, 0);
  xmlFreeDoc(doc);
  if (!fixed) return;
  tb_source_doc inner = {.name = "body",
                         .text = (char *)fixed,
                         .length = (size_t)fixed_len,
                         .format = TB_FORMAT_HTML,
                         .encoding = "UTF-8"};
  tb_issue *parsed = tb_issue_new();
  tb_error err = {0};
  if (tb_layout_parse_html(&inner, parsed, &err) == TB_OK) {
    for (size_t i = 0; i < parsed->article_count; i++) {
      tb_article *p = &parsed->articles[i];
      size_t base = a->paragraphs.count;
      /* headings in the body above its text: a ——subtitle, else a crosshead at the top */
      for (size_t k = 0; k < p->subheadlines.count; k++) {
        const char *s = p->subheadlines.items[k];
        if (tb_lo_starts(s, "——") && !a->paragraphs.count)
          tb_strlist_push(&a->subheadlines, s);
        else
          tb_article_add_crosshead(a, base, s);
      }
      if (i > 0 && p->headline) tb_article_add_crosshead(a, base, p->headline);
      for (size_t k = 0; k < p->crosshead_count; k++)
        tb_article_add_crosshead(a, base + p->crossheads[k].before, p->crossheads[k].text);
      for (size_t k = 0; k < p->paragraphs.count; k++)
        tb_strlist_push(&a->paragraphs, p->paragraphs.items[k]);
      for (size_t k = 0; k < p->captions.count; k++)
        tb_strlist_push(&a->captions, p->captions.items[k]);
      if (!a->byline && p->byline) a->byline = tb_xstrdup(p->byline);
      if (!a->editor_note && p->editor_note) a->editor_note = tb_xstrdup(p->editor_note);
    }
  }
  tb_issue_free(parsed);
  xmlFree(fixed);
}
