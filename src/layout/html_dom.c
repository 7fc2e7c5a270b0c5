/* Element tests on libxml2's tree shared by the HTML reader's files. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool html_named(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

bool html_named_any(const xmlNode *n, const char *const *names, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (html_named(n, names[i])) return true;
  return false;
}

/* The element's class and id, lower-cased, space-separated, and a custom element's own name
 * (an e-paper's <founder-title>, <epaper-content>), which says what it holds as a class would;
 * caller frees. */
char *html_class_and_id(xmlNode *n) {
  xmlChar *c = xmlGetProp(n, (const xmlChar *)"class");
  xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
  const char *custom = strchr((const char *)n->name, '-') ? (const char *)n->name : "";
  char *both =
      tb_xasprintf("%s %s %s", c ? (const char *)c : "", id ? (const char *)id : "", custom);
  xmlFree(c);
  xmlFree(id);
  for (char *p = both; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
  return both;
}

bool html_class_has_any(xmlNode *n, const char *const *words, size_t count) {
  if (!n || n->type != XML_ELEMENT_NODE) return false;
  char *names = html_class_and_id(n);
  bool yes = false;
  for (size_t i = 0; i < count && !yes; i++)
    yes = strstr(names, words[i]) != NULL;
  free(names);
  return yes;
}

int html_heading_level(const xmlNode *n) {
  const char *name = (const char *)n->name;
  if (n->type != XML_ELEMENT_NODE || (name[0] != 'h' && name[0] != 'H')) return 0;
  return name[1] >= '1' && name[1] <= '6' && !name[2] ? name[1] - '0' : 0;
}

/* Parts of a page that are never a story's text. */
bool html_is_site_chrome(xmlNode *n) {
  static const char *const names[] = {"script", "style",  "nav",    "noscript", "footer",
                                      "aside",  "form",   "button", "iframe",   "template",
                                      "svg",    "select", "menu",   "head"};
  static const char *const classes[] = {"nav",     "breadcrumb", "footer", "sidebar",    "share",
                                        "related", "comment",    "pager",  "pagination", "menu",
                                        "toolbar", "copyright",  "advert", "banner"};
  return html_named_any(n, names, COUNT(names)) || html_class_has_any(n, classes, COUNT(classes));
}

bool html_is_inline(const xmlNode *n) {
  static const char *const names[] = {
      "span", "a",    "strong", "b",    "em",   "i", "font",  "u",   "sub", "sup", "small", "big",
      "code", "time", "mark",   "abbr", "cite", "q", "label", "ins", "del", "s",   "tt",    "img"};
  return html_named_any(n, names, COUNT(names));
}

static bool is_blank_text(const xmlNode *n) {
  const char *s = (const char *)n->content;
  return !s || strspn(s, " \n\r\t") == strlen(s);
}

/* Is all the text under n inside <b> or <strong> (bold is true when n is inside one)? */
bool html_all_text_bold(xmlNode *n, bool bold) {
  for (; n; n = n->next) {
    if (n->type == XML_TEXT_NODE && !is_blank_text(n) && !bold) return false;
    if (n->type == XML_ELEMENT_NODE &&
        !html_all_text_bold(n->children, bold || html_named(n, "b") || html_named(n, "strong")))
      return false;
  }
  return true;
}

xmlNode *html_enclosing(xmlNode *n, const char *name) {
  for (n = n ? n->parent : NULL; n; n = n->parent)
    if (html_named(n, name)) return n;
  return NULL;
}
