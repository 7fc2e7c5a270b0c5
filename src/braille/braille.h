/* braille: reading → Chinese braille cells (liblouis with the project's tables/), and cells →
 * pages for embossers. Hanzi are brailled from the reading's citation pinyin, word by word
 * (分词连写); numbers, Latin and punctuation from their surface. */
#ifndef TB_BRAILLE_H
#define TB_BRAILLE_H

#include "core/core.h"
#include "mandarin/mandarin.h"

typedef struct tb_braille tb_braille;

/* tables_dir is the project's tables/ folder; table is "cbs" (国家通用盲文, the default) or
 * "current" (现行盲文). *out is the caller's (tb_braille_free). */
tb_status tb_braille_new(const char *tables_dir, const char *table, tb_braille **out,
                         tb_error *err);
void tb_braille_free(tb_braille *braille);

/* One paragraph of a reading as Unicode braille (U+2800–U+28FF), words separated by the blank
 * cell U+2800, no line breaks. *out is the caller's. */
tb_status tb_braille_paragraph(tb_braille *braille, const tb_reading *reading, size_t paragraph,
                               char **out, tb_error *err);

/* ---- diagnostics (issue 6) ------------------------------------------------------------------
 * context names what is being brailled ("article 3 《…》", "line 12") in the warnings about
 * characters without braille; copied, NULL clears it. Each such character is written as the
 * placeholder ⠿⠿ every time, and warned about once per context. */
void tb_braille_set_context(tb_braille *braille, const char *context);
/* How many characters were written as the placeholder ⠿⠿ since tb_braille_new. */
size_t tb_braille_unknown_count(const tb_braille *braille);
/* The table file liblouis uses (its table list), borrowed; for tools and benchmarks. */
const char *tb_braille_table_path(const tb_braille *braille);

/* ---- pages ---------------------------------------------------------------------------------- */
typedef struct {
  int cells_per_line;
  int lines_per_page;
} tb_page_size;

typedef struct tb_braille_pages tb_braille_pages;

/* running_title: Unicode braille printed on every page's top line (may be NULL). */
tb_braille_pages *tb_braille_pages_new(tb_page_size size, const char *running_title);
void tb_braille_pages_free(tb_braille_pages *pages);
void tb_braille_pages_heading(tb_braille_pages *pages, const char *cells);   /* centred */
void tb_braille_pages_paragraph(tb_braille_pages *pages, const char *cells); /* indented 2 */
void tb_braille_pages_end_article(tb_braille_pages *pages);
void tb_braille_pages_finish(tb_braille_pages *pages);
size_t tb_braille_pages_count(const tb_braille_pages *pages);
/* Lines of page i as Unicode braille, no line longer than cells_per_line; borrowed. */
const tb_strlist *tb_braille_pages_page(const tb_braille_pages *pages, size_t i);
tb_page_size tb_braille_pages_size(const tb_braille_pages *pages);

/* A volume of two or more articles opens, at tb_braille_pages_finish, with front matter: a
 * contents list of each article's first heading and the page it begins on. Front pages carry the
 * running title and no page number, and come first in tb_braille_pages_page; the body keeps its
 * numbers. This many of the pages are front matter (0 before finish). */
size_t tb_braille_pages_front_count(const tb_braille_pages *pages);
/* Heads the contents list with 目录 in braille's table (without it the list has no label). */
void tb_braille_pages_label_contents(tb_braille_pages *pages, tb_braille *braille);
/* The same with cells of the caller's choosing (NULL: no label); copied. */
void tb_braille_pages_set_contents_label(tb_braille_pages *pages, const char *cells);

/* (issue 6) The page (1-based) on which the latest article begins, once its first heading or
 * paragraph is placed (an article may move to the next page); 0 before any. For contents lists. */
size_t tb_braille_pages_article_page(const tb_braille_pages *pages);

#endif
