/* Shared between the Markdown reader's files: what the walk learns about each line beyond
 * tb_lline, and the passes over the lines that settle what each heading is. */
#ifndef TB_LAYOUT_MARKDOWN_INTERNAL_H
#define TB_LAYOUT_MARKDOWN_INTERNAL_H

#include "layout_internal.h"

#include <cmark.h>

enum {
  MD_BOLD_LEVEL = 6,       /* an all-bold paragraph is a title of the deepest level */
  MD_TITLE_CHARS_MAX = 24, /* longer, with clause marks, a block is running text */
};

/* The shape of a paragraph block: what its inline children are. */
typedef enum {
  SHAPE_PLAIN,
  SHAPE_BOLD,          /* "**…**" and nothing else */
  SHAPE_ITALIC,        /* "*…*" and nothing else */
  SHAPE_IMAGE,         /* images and nothing else */
  SHAPE_IMAGE_CAPTION, /* images, a line break, then the caption */
} md_para_shape;

/* What the walk learns about a line beyond tb_lline: how it stood in the source. */
typedef struct {
  int level;       /* the heading level as written (bold: MD_BOLD_LEVEL), 0 for none */
  bool rule_above; /* a thematic break, a page comment or a page label since the last text */
  bool bold;       /* a paragraph all in bold, title or not */
} md_meta;

/* ---- inline text (markdown_inline.c) ---- */

/* Appends a text node's literal as heard: stray "**" and "__" go, an ideographic space is a
 * space. */
void md_put_text(tb_strbuf *sb, const char *s);
/* The text of the inline children of n, cleaned and trimmed (caller frees); *alt gets the images'
 * alt text when asked (caller frees). */
char *md_text_of(cmark_node *n, char **alt);
md_para_shape md_shape_of(cmark_node *para);

/* ---- page parts and pictures (markdown_pages.c) ---- */

/* "{2}------": the page break a paginated export (marker's) writes as a paragraph. */
bool md_is_page_marker(const char *t);
/* "- 2 -", "— 3 —", "第4页", "Page 5", "6 / 8", a bare number: a page's number as a block. */
bool md_is_page_number_block(const char *line);
/* "一版 · 要闻", "第3版：评论": a page label, not a story's title. */
bool md_is_page_label(const char *t);
/* pymupdf4llm's stand-ins for a picture and for the words printed inside one. */
bool md_is_picture_stand_in(const char *t);

/* ---- headings (markdown_levels.c, markdown_headings.c) ---- */

/* "## 要闻" over "### …" stories: a level that names the paper's sections, not stories, becomes
 * page furniture that parts pages (markdown_levels.c). */
void md_section_levels_are_labels(tb_llines *L, md_meta *meta);

/* Gives each heading its level relative to the story it opens or stands in (tb_lline.md_level),
 * from the levels as written in meta (markdown_levels.c). */
void md_relative_levels(tb_llines *L, const md_meta *meta);

/* A pull quote set large inside a story, which a converter gives a heading as big as the
 * story's own title, becomes page furniture. L and meta run in parallel. */
void md_pull_quotes_are_furniture(tb_llines *L, const md_meta *meta);

/* A feature's opening sentence set as a lead-in, which a converter made a heading, is put back
 * at the start of the paragraph it opens (the line is removed from L and meta). */
void md_join_lead_in_sentences(tb_llines *L, md_meta *meta);

/* A title a converter left as a plain paragraph (MinerU, pymupdf4llm write a headline set in
 * body type, or one its font-size rule missed, as text): a short block with no clause or
 * sentence mark between the end of one text and the running text of another becomes a heading
 * of the bold level. */
void md_lost_titles_are_headings(tb_llines *L, md_meta *meta);

/* One title a converter wrote as two headings of one level ("## 老街坊的“" / "## 幸福食堂”开张"):
 * cut inside a quotation or a book title, or after a word that needs the words after it, the
 * halves are joined (the second line is removed from L and meta). */
void md_join_split_titles(tb_llines *L, md_meta *meta);

#endif
