/* HTML issues carry their structure: <article> elements (or, without them, one story per <h1>),
 * h1 headline, h2/h3 subtitles before the text and crossheads inside it, p paragraphs,
 * figcaption captions. Parsed with libxml2's forgiving HTML parser. */
#include "layout_internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Element text with white space runs collapsed (none kept between two wide characters). */
static char *node_text(xmlNode *n) {
  xmlChar *raw = xmlNodeGetContent(n);
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  const char *s = raw ? (const char *)raw : "";
  size_t len = strlen(s);
  bool space = false;
  uint32_t last = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, len - i, &cp);
    if (!used) used = 1, cp = 0xFFFD;
    i += used;
    if (tb_is_space_cp(cp) || cp == '\t') {
      space = true;
      continue;
    }
    if (space && sb.len && !(last >= 0x2E80 && cp >= 0x2E80)) tb_strbuf_putc(&sb, ' ');
    space = false;
    tb_strbuf_put_codepoint(&sb, cp);
    last = cp;
  }
  xmlFree(raw);
  return tb_strbuf_take(&sb);
}

static bool named(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

static bool class_has(xmlNode *n, const char *word) {
  xmlChar *c = xmlGetProp(n, (const xmlChar *)"class");
  bool yes = c && strstr((const char *)c, word);
  xmlFree(c);
  return yes;
}

typedef struct {
  tb_issue *issue;
  tb_article *cur;
  int story_level; /* the heading level that opens a story when there is no <article> */
} html_walk;

static tb_article *current(html_walk *w) {
  if (!w->cur) w->cur = tb_issue_add_article(w->issue);
  return w->cur;
}

static void add_text(html_walk *w, xmlNode *n, int line) {
  char *t = node_text(n);
  if (!t[0]) {
    free(t);
    return;
  }
  int level = 0;
  if (n->name[0] == 'h' || n->name[0] == 'H') level = n->name[1] - '0';
  if (level >= 1 && level <= 6) {
    if (level <= w->story_level) {
      w->cur = NULL;
      tb_article *a = current(w);
      a->headline = t;
    } else {
      tb_article *a = current(w);
      if (!a->headline && level <= 2)
        a->headline = t;
      else if (a->paragraphs.count == 0)
        tb_strlist_push_owned(&a->subheadlines, t);
      else {
        tb_article_add_crosshead(a, a->paragraphs.count, t);
        free(t);
      }
    }
  } else if (named(n, "figcaption")) {
    tb_strlist_push_owned(&current(w)->captions, t);
  } else if (class_has(n, "byline") || class_has(n, "author") ||
             (w->cur && !w->cur->paragraphs.count && !w->cur->byline &&
              (tb_layout_is_byline_line(t) || tb_layout_credit_kind(t) != TB_CREDIT_NONE))) {
    /* a byline printed as the story's first <p> ("文/记者 李滢", "□…") is not its text */
    tb_article *a = current(w);
    if (!a->byline)
      a->byline = t;
    else
      free(t);
  } else if (tb_layout_is_editor_note(t)) {
    tb_article *a = current(w);
    if (!a->editor_note)
      a->editor_note = t;
    else
      free(t);
  } else {
    tb_article *a = current(w);
    tb_strlist_push_owned(&a->paragraphs, t);
  }
  if (w->cur) {
    if (!w->cur->first_line && line > 0) w->cur->first_line = (size_t)line;
    if (line > 0 && (size_t)line > w->cur->last_line) w->cur->last_line = (size_t)line;
  }
}

static void walk(html_walk *w, xmlNode *n) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const char *name = (const char *)n->name;
    if (named(n, "script") || named(n, "style") || named(n, "nav") || named(n, "noscript"))
      continue;
    if (named(n, "article")) {
      w->cur = NULL;
      int saved = w->story_level;
      w->story_level = 0;
      walk(w, n->children);
      w->story_level = saved;
      w->cur = NULL;
      continue;
    }
    bool heading =
        (name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && !name[2];
    if (heading || named(n, "p") || named(n, "figcaption")) {
      add_text(w, n, n->line);
      continue;
    }
    walk(w, n->children);
  }
}

static bool has_element(xmlNode *n, const char *name) {
  for (; n; n = n->next) {
    if (named(n, name)) return true;
    if (n->type == XML_ELEMENT_NODE && has_element(n->children, name)) return true;
  }
  return false;
}

tb_status tb_layout_parse_html(const tb_source_doc *doc, tb_issue *issue, tb_error *err) {
  htmlDocPtr html = htmlReadMemory(doc->text, (int)doc->length, doc->name, "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                       HTML_PARSE_RECOVER);
  if (!html) return tb_error_set(err, TB_ERR_INPUT, "%s: not readable as HTML", doc->name);
  xmlNode *root = xmlDocGetRootElement(html);
  html_walk w = {.issue = issue};
  if (!has_element(root, "article")) w.story_level = has_element(root, "h1") ? 1 : 2;
  walk(&w, root);
  xmlFreeDoc(html);
  for (size_t i = issue->article_count; i-- > 0;)
    if (!issue->articles[i].paragraphs.count) tb_issue_remove_article(issue, i);
  return TB_OK;
}
