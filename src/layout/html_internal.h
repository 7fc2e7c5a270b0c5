/* Shared by the HTML reader's files (html*.c): element tests on libxml2's tree, and the pass that
 * gives the blocks of a page whose headings are marked only by style the roles tags would give. */
#ifndef TB_LAYOUT_HTML_INTERNAL_H
#define TB_LAYOUT_HTML_INTERNAL_H

#include "layout_internal.h"

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#define COUNT(a) (sizeof(a) / sizeof *(a))

bool html_named(const xmlNode *n, const char *name);
bool html_named_any(const xmlNode *n, const char *const *names, size_t count);
/* The element's class and id, lower-cased, space-separated, and a custom element's own name;
 * caller frees. */
char *html_class_and_id(xmlNode *n);
bool html_class_has_any(xmlNode *n, const char *const *words, size_t count);
/* 1–6 for h1–h6, else 0. */
int html_heading_level(const xmlNode *n);
/* Parts of a page that are never a story's text (scripts, navigation, footers, tools). */
bool html_is_site_chrome(xmlNode *n);
/* Elements that hold text inside a block (span, strong, a, img…) rather than start one. */
bool html_is_inline(const xmlNode *n);

/* Is all the text under n inside <b> or <strong> (bold is true when n is inside one)? */
bool html_all_text_bold(xmlNode *n, bool bold);
/* The nearest ancestor of n named name, or NULL. */
xmlNode *html_enclosing(xmlNode *n, const char *name);
/* The text under n, white space collapsed as a reader sees it; caller frees (html.c). */
char *html_plain_text(xmlNode *n);

/* Layout tables (html_table.c): the title cell, a kicker cell above it, and under it (the story
 * cur open, no text yet) a subtitle cell. */
bool html_is_table_title_cell(xmlNode *block);
bool html_is_table_kicker_cell(xmlNode *block);
bool html_is_table_subtitle_cell(const tb_article *cur, xmlNode *block, const char *t);

/* The page's metadata (html_meta.c): <title>, meta tags and <time> into masthead, one a line. */
void html_read_page_metadata(tb_strbuf *masthead, xmlNode *n);
/* Adds one masthead line; a wide bar ("｜") parts fields as "|" does. */
void html_masthead_line(tb_strbuf *masthead, const char *t);

/* The page's <style> rules (html_css.c); html_css_read's result is the caller's (html_css_free). */
typedef struct html_css html_css;
html_css *html_css_read(xmlNode *root);
void html_css_free(html_css *css);
/* The computed presentation of the text under n (an element or a text node). */
double html_css_font_size(const html_css *css, xmlNode *n); /* in px */
/* Some element from n up sets the font size (else it is the reader's default). */
bool html_css_sized(const html_css *css, xmlNode *n);
bool html_css_bold(const html_css *css, xmlNode *n);
char html_css_align(const html_css *css, xmlNode *n);  /* 'l', 'c' or 'r' */
char *html_css_color(const html_css *css, xmlNode *n); /* "" when unset; caller frees */
/* The block itself sets a first-line indent (a body paragraph's mark). */
bool html_css_indented(const html_css *css, xmlNode *block);

/* What a block is on a page whose headings are marked by style only, as html_style.c found it;
 * HTML_ROLE_TEXT leaves the block to the rules for any page. */
typedef enum {
  HTML_ROLE_TEXT = 0,
  HTML_ROLE_DROP,      /* furniture: ornaments, follow prompts, share bars, links to other posts */
  HTML_ROLE_MASTHEAD,  /* a page or section label ("— 01 要闻 —"): ends the story before it */
  HTML_ROLE_KICKER,    /* above the next headline */
  HTML_ROLE_HEADLINE,  /* opens a story */
  HTML_ROLE_SUBTITLE,  /* under the headline, before the text */
  HTML_ROLE_CROSSHEAD, /* inside a story's text */
  HTML_ROLE_BYLINE,    /* the writer's line under the headline */
} html_role;

/* When the page under root structures its stories with no heading tags (at most one, the page's
 * own title), ranks the styles of its blocks (font size, weight, colour, alignment, from inline
 * styles, <style> class rules and <b>/<strong>/<font>) and marks each block's role on it. Pages
 * with heading tags are left as they are. */
void html_mark_styled_roles(xmlDoc *doc, xmlNode *root);
/* The role marked on n, HTML_ROLE_TEXT when none. */
html_role html_role_of(xmlNode *n);

#endif
