/* The page's own description of itself: its <title>, the og:site_name and publication-time meta
 * tags and <time datetime> give the publication, date and issue number. */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A masthead line; a wide bar parts its fields as "|" does ("鹭洲周刊｜第8期", a post's
 * title), so it is given as a space. */
void html_masthead_line(tb_strbuf *masthead, const char *t) {
  static const char *const bars[] = {"｜", "丨"};
  for (const char *p = t; *p;) {
    size_t bar = 0;
    for (size_t i = 0; i < COUNT(bars) && !bar; i++)
      if (tb_lo_starts(p, bars[i])) bar = strlen(bars[i]);
    if (bar) {
      tb_strbuf_putc(masthead, ' ');
      p += bar;
    } else {
      tb_strbuf_putc(masthead, *p++);
    }
  }
  tb_strbuf_putc(masthead, '\n');
}

void html_read_page_metadata(tb_strbuf *masthead, xmlNode *n) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (html_named(n, "title")) {
      char *t = html_plain_text(n);
      html_masthead_line(masthead, t);
      free(t);
    }
    if (html_named(n, "meta")) {
      xmlChar *prop = xmlGetProp(n, (const xmlChar *)"property");
      xmlChar *name = xmlGetProp(n, (const xmlChar *)"name");
      xmlChar *content = xmlGetProp(n, (const xmlChar *)"content");
      const char *key = prop ? (const char *)prop : name ? (const char *)name : "";
      if (content &&
          (strcasecmp(key, "og:site_name") == 0 || strcasecmp(key, "article:published_time") == 0 ||
           strcasecmp(key, "pubdate") == 0 || strcasecmp(key, "publishdate") == 0)) {
        tb_strbuf_puts(masthead, (const char *)content);
        tb_strbuf_putc(masthead, '\n');
      }
      xmlFree(prop);
      xmlFree(name);
      xmlFree(content);
    }
    if (html_named(n, "time")) {
      xmlChar *dt = xmlGetProp(n, (const xmlChar *)"datetime");
      if (dt) {
        tb_strbuf_puts(masthead, (const char *)dt);
        tb_strbuf_putc(masthead, '\n');
      }
      xmlFree(dt);
    }
    html_read_page_metadata(masthead, n->children);
  }
}
