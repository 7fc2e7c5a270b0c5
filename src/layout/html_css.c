/* The presentation of a page's text as a browser would compute the few properties that mark a
 * heading: font size, weight, colour, alignment and indent. Declarations come from the page's
 * <style> rules with a tag, class or id as their last selector (enough for editor exports and
 * CMS templates; no cascade by specificity, later rules win), then the inline style attribute,
 * then the old presentational tags (<b>, <strong>, <font size>, <big>, <small>, align=). */
#include "html_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
  char *key; /* ".class", "#id" or a tag name, lower-cased */
  char *declarations;
} css_rule;

struct html_css {
  css_rule *rules;
  size_t count, cap;
};

enum { DEFAULT_FONT_PX = 16 };

static char *lowered(const char *s, size_t n) {
  char *out = tb_xstrndup(s, n);
  for (char *p = out; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  return out;
}

static void add_rule(html_css *css, const char *selector, size_t n, const char *decls,
                     size_t decls_len) {
  /* the last compound selector names the element the rule styles */
  size_t start = n;
  while (start > 0 && !strchr(" \t\r\n>+~", selector[start - 1]))
    start--;
  size_t end = start;
  while (end < n && !strchr(":[", selector[end]))
    end++;
  const char *compound = selector + start;
  size_t len = end - start;
  const char *mark = NULL; /* "p.title" and "div#lead" style by their class or id */
  for (size_t i = 0; i < len; i++)
    if (compound[i] == '.' || (compound[i] == '#' && !mark)) mark = compound + i;
  if (mark) len -= (size_t)(mark - compound), compound = mark;
  if (!len) return;
  if (css->count == css->cap) {
    css->cap = css->cap ? css->cap * 2 : 16;
    css->rules = tb_xrealloc(css->rules, css->cap * sizeof *css->rules);
  }
  css->rules[css->count].key = lowered(compound, len);
  css->rules[css->count].declarations = lowered(decls, decls_len);
  css->count++;
}

static void read_style_sheet(html_css *css, const char *text) {
  const char *p = text;
  while (*p) {
    const char *open = strchr(p, '{');
    if (!open) return;
    const char *close = strchr(open + 1, '}');
    const char *nested = strchr(open + 1, '{');
    const char *selectors = p;
    while (selectors < open && isspace((unsigned char)*selectors))
      selectors++;
    if (*selectors == '@' || (nested && close && nested < close)) {
      p = open + 1; /* "@media … {": read the rules inside */
      continue;
    }
    if (!close) return;
    for (const char *s = selectors; s < open;) {
      const char *comma = memchr(s, ',', (size_t)(open - s));
      const char *stop = comma ? comma : open;
      const char *a = s, *b = stop;
      while (a < b && isspace((unsigned char)*a))
        a++;
      while (b > a && isspace((unsigned char)b[-1]))
        b--;
      if (b > a) add_rule(css, a, (size_t)(b - a), open + 1, (size_t)(close - open - 1));
      s = comma ? comma + 1 : open;
    }
    p = close + 1;
  }
}

static void find_style_sheets(html_css *css, xmlNode *n) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (html_named(n, "style")) {
      xmlChar *text = xmlNodeGetContent(n);
      if (text) read_style_sheet(css, (const char *)text);
      xmlFree(text);
    } else {
      find_style_sheets(css, n->children);
    }
  }
}

html_css *html_css_read(xmlNode *root) {
  html_css *css = tb_xcalloc(1, sizeof *css);
  find_style_sheets(css, root);
  return css;
}

void html_css_free(html_css *css) {
  if (!css) return;
  for (size_t i = 0; i < css->count; i++) {
    free(css->rules[i].key);
    free(css->rules[i].declarations);
  }
  free(css->rules);
  free(css);
}

/* The value of the last declaration of prop in decls ("font-size: 18px;…", lower-cased), or
 * NULL; caller frees. */
static char *declared_in(const char *decls, const char *prop) {
  size_t plen = strlen(prop);
  char *found = NULL;
  for (const char *p = decls; (p = strstr(p, prop)) != NULL; p += plen) {
    if (p > decls && !strchr(" \t\r\n;{\"'", p[-1])) continue;
    const char *colon = p + plen;
    while (*colon == ' ' || *colon == '\t')
      colon++;
    if (*colon != ':') continue;
    const char *v = colon + 1;
    size_t n = strcspn(v, ";}");
    char *value = tb_lo_trim(v, n);
    char *bang = strchr(value, '!');
    if (bang) *bang = '\0';
    free(found);
    found = value;
  }
  return found;
}

static bool has_class_word(const char *classes, const char *word) {
  size_t n = strlen(word);
  for (const char *p = classes; (p = strstr(p, word)) != NULL; p += n)
    if ((p == classes || isspace((unsigned char)p[-1])) && (!p[n] || isspace((unsigned char)p[n])))
      return true;
  return false;
}

/* The value the page's rules and the element's own style attribute give prop on n (not
 * inherited), or NULL; caller frees. */
static char *declared(const html_css *css, xmlNode *n, const char *prop) {
  char *found = NULL;
  if (css && css->count) {
    xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    char *classes = cls ? lowered((const char *)cls, strlen((const char *)cls)) : NULL;
    for (size_t i = 0; i < css->count; i++) {
      const char *key = css->rules[i].key;
      bool match = key[0] == '.'   ? classes && has_class_word(classes, key + 1)
                   : key[0] == '#' ? id && strcasecmp((const char *)id, key + 1) == 0
                                   : strcasecmp((const char *)n->name, key) == 0;
      char *v = match ? declared_in(css->rules[i].declarations, prop) : NULL;
      if (v) free(found), found = v;
    }
    free(classes);
    xmlFree(cls);
    xmlFree(id);
  }
  xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
  char *inline_style = style ? lowered((const char *)style, strlen((const char *)style)) : NULL;
  char *v = inline_style ? declared_in(inline_style, prop) : NULL;
  free(inline_style);
  xmlFree(style);
  if (v) free(found), found = v;
  return found;
}

static xmlNode *element_of(xmlNode *n) {
  while (n && n->type != XML_ELEMENT_NODE)
    n = n->parent;
  return n;
}

static double parent_font_size(const html_css *css, xmlNode *n) {
  return n->parent && n->parent->type == XML_ELEMENT_NODE ? html_css_font_size(css, n->parent)
                                                          : DEFAULT_FONT_PX;
}

/* "18px", "1.2em", "12pt", "150%", "large" against the parent's size; 0 when unreadable. */
static double parse_font_size(const char *v, double parent) {
  static const struct {
    const char *word;
    double px;
  } words[] = {{"xx-small", 9}, {"x-small", 10}, {"small", 13},    {"medium", 16},
               {"large", 18},   {"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48}};
  for (size_t i = 0; i < COUNT(words); i++)
    if (strcmp(v, words[i].word) == 0) return words[i].px;
  if (strcmp(v, "smaller") == 0) return parent / 1.2;
  if (strcmp(v, "larger") == 0) return parent * 1.2;
  char *unit;
  double x = strtod(v, &unit);
  if (unit == v || x <= 0) return 0;
  while (*unit == ' ')
    unit++;
  if (strncmp(unit, "pt", 2) == 0) return x * 4 / 3;
  if (strncmp(unit, "rem", 3) == 0) return x * DEFAULT_FONT_PX;
  if (strncmp(unit, "em", 2) == 0) return x * parent;
  if (*unit == '%') return x * parent / 100;
  return x; /* px, or a bare number */
}

double html_css_font_size(const html_css *css, xmlNode *n) {
  n = element_of(n);
  if (!n) return DEFAULT_FONT_PX;
  char *v = declared(css, n, "font-size");
  double size = v ? parse_font_size(v, parent_font_size(css, n)) : 0;
  free(v);
  if (size > 0) return size;
  static const double heading_px[] = {0, 32, 24, 18.72, 16, 13.28, 10.72};
  int level = html_heading_level(n);
  if (level) return heading_px[level];
  if (html_named(n, "big")) return parent_font_size(css, n) * 1.2;
  if (html_named(n, "small")) return parent_font_size(css, n) / 1.2;
  if (html_named(n, "font")) {
    static const double font_px[] = {10, 13, 16, 18, 24, 32, 48};
    xmlChar *attr = xmlGetProp(n, (const xmlChar *)"size");
    int step = attr ? atoi((const char *)attr) : 0;
    bool relative = attr && (attr[0] == '+' || attr[0] == '-');
    xmlFree(attr);
    if (relative) step += 3;
    if (step >= 1 && step <= 7) return font_px[step - 1];
  }
  return parent_font_size(css, n);
}

bool html_css_sized(const html_css *css, xmlNode *n) {
  for (n = element_of(n); n && n->type == XML_ELEMENT_NODE; n = n->parent) {
    char *v = declared(css, n, "font-size");
    free(v);
    if (v || html_heading_level(n) || html_named(n, "font") || html_named(n, "big") ||
        html_named(n, "small"))
      return true;
  }
  return false;
}

bool html_css_bold(const html_css *css, xmlNode *n) {
  for (n = element_of(n); n && n->type == XML_ELEMENT_NODE; n = n->parent) {
    char *v = declared(css, n, "font-weight");
    if (v) {
      bool bold = strncmp(v, "bold", 4) == 0 || atoi(v) >= 600;
      bool normal = strcmp(v, "normal") == 0 || strcmp(v, "lighter") == 0 || atoi(v) > 0;
      free(v);
      if (bold || normal) return bold;
    }
    if (html_named(n, "b") || html_named(n, "strong") || html_heading_level(n) ||
        html_named(n, "th"))
      return true;
  }
  return false;
}

char html_css_align(const html_css *css, xmlNode *n) {
  for (n = element_of(n); n && n->type == XML_ELEMENT_NODE; n = n->parent) {
    char *v = declared(css, n, "text-align");
    if (!v) {
      xmlChar *attr = xmlGetProp(n, (const xmlChar *)"align");
      v = attr ? lowered((const char *)attr, strlen((const char *)attr)) : NULL;
      xmlFree(attr);
    }
    if (html_named(n, "center")) v = tb_xstrdup("center");
    if (!v) continue;
    char align = strcmp(v, "center") == 0                           ? 'c'
                 : strcmp(v, "right") == 0 || strcmp(v, "end") == 0 ? 'r'
                                                                    : 'l';
    free(v);
    return align;
  }
  return 'l';
}

char *html_css_color(const html_css *css, xmlNode *n) {
  for (n = element_of(n); n && n->type == XML_ELEMENT_NODE; n = n->parent) {
    char *v = declared(css, n, "color");
    if (!v && html_named(n, "font")) {
      xmlChar *attr = xmlGetProp(n, (const xmlChar *)"color");
      v = attr ? lowered((const char *)attr, strlen((const char *)attr)) : NULL;
      xmlFree(attr);
    }
    if (!v) continue;
    char *out = v, *q = v; /* "rgb(0, 82, 155)" and "rgb(0,82,155)" are one colour */
    for (const char *p = v; *p; p++)
      if (*p != ' ') *q++ = *p;
    *q = '\0';
    return out;
  }
  return tb_xstrdup("");
}

bool html_css_indented(const html_css *css, xmlNode *block) {
  char *v = declared(css, block, "text-indent");
  bool indented = v && strtod(v, NULL) > 0;
  free(v);
  return indented;
}
