/* Private to the layout stage: the line, item and text helpers its files share.
 * The plain-text path runs source_lines.c (raw lines: page breaks, layout-preserving extractions
 * to reading order) → lines.c (clean, classify each line) → para.c (rejoin wraps into
 * items: paragraphs, heading units, captions, bylines, markers) → pair.c (headlines ↔ bodies,
 * articles). Markdown is read by libcmark (markdown.c) into the same lines, one a block, and
 * assembled the same way; HTML and JSON are direct. */
#ifndef TB_LAYOUT_INTERNAL_H
#define TB_LAYOUT_INTERNAL_H

#include "layout.h"

/* ---- text helpers (util.c) ---------------------------------------------------------------- */
/* Display width: 2 units for CJK and full-width characters, 1 for the rest. */
int tb_lo_width(const char *s);
uint32_t tb_lo_first_cp(const char *s);
/* Last code point of s, skipping nothing; 0 for "". */
uint32_t tb_lo_last_cp(const char *s);
bool tb_lo_starts(const char *s, const char *prefix);
bool tb_lo_ends(const char *s, const char *suffix);
/* Whether s holds, starts with or ends with one of the n strings of words. */
bool tb_lo_has_any(const char *s, const char *const *words, size_t n);
bool tb_lo_starts_any(const char *s, const char *const *words, size_t n);
bool tb_lo_ends_any(const char *s, const char *const *words, size_t n);
/* True when the text ends a sentence: 。！？ (or ASCII .!?) possibly followed by closing quotes. */
bool tb_lo_ends_sentence(const char *s);
bool tb_lo_is_closer(uint32_t cp); /* ”’」』）)》〉】 */
bool tb_lo_is_punct(uint32_t cp);  /* any punctuation mark, CJK or ASCII */
/* Copy of s without leading and trailing white space (ASCII, ideographic, NBSP); caller frees. */
char *tb_lo_trim(const char *s, size_t n);

/* ---- cleaning of PDF extraction artefacts (clean.c) ---------------------------------------- */
/* Returns a cleaned copy of one line (caller frees): runs the extractor doubled
 * ("发布后发布后，，") are undoubled, ASCII , ; : ? ! ( ) next to Chinese become full-width and
 * letter-spaced hanzi ("此 次 联 合") are closed up. */
char *tb_layout_clean_line(const char *line);
/* Appends b to the paragraph text in sb as the next wrapped line: no space between CJK, a wrap
 * hyphen (U+2043, soft hyphen) at the end of sb is removed, Latin words keep one space. */
void tb_layout_join_wrapped(tb_strbuf *sb, const char *b);

/* ---- line patterns (classify.c) ------------------------------------------------------------ */
typedef enum { TB_CREDIT_NONE, TB_CREDIT_PHOTO, TB_CREDIT_TEXT } tb_credit_kind;
/* Does the whole string read as a credit/byline ("记者 王慧雯 摄", "文/记者 李滢", "区…供图")? */
tb_credit_kind tb_layout_credit_kind(const char *s);
/* Offset where a credit trails the sentence in s ("…安全。 甘南 摄"), or -1. */
long tb_layout_credit_tail(const char *s, tb_credit_kind *kind);
/* 本报讯…, 本报(记者 …), 新华社…电: the start of a news story. */
bool tb_layout_is_dateline(const char *s);
/* The dateline's byline part ("本报讯(记者 付敖蕾)"), or NULL; caller frees. */
char *tb_layout_dateline_byline(const char *s);
/* "…书记 肖华强": the last space-parted word is a name of two to four hanzi. */
bool tb_layout_ends_with_name(const char *s);
/* A standalone byline line: "□区委… 曾文军", "文／记者 李滢", "记者 王慧雯 文并摄". */
bool tb_layout_is_byline_line(const char *s);
/* Masthead and page furniture: dates, issue numbers, URLs, publisher lines, page numbers. */
bool tb_layout_is_furniture(const char *s, bool masthead_zone);
/* A date and nothing else: "2026年6月15日". */
bool tb_layout_is_bare_date(const char *s);
/* "2 社区·民生": a page's number and short name, a header only where other furniture stands
 * next to it (a body line may start with a number). */
bool tb_layout_is_page_label(const char *s);
/* A short line naming the paper ("新东城报"); only meaningful in the masthead zone. */
bool tb_layout_is_publication_name(const char *s);
/* ▲/▼ photo captions and 图为… */
bool tb_layout_is_caption_mark(const char *s);
/* 编者按 … */
bool tb_layout_is_editor_note(const char *s);
/* The number of a list item ("1." "12、" "（三）"), or 0. */
int tb_layout_list_number(const char *s);
/* Continuation markers (下转2版, 上接1版). Finds one in s; *start and *end are byte offsets of the
 * marker with its brackets; *to is true for 下转/转第 and false for 上接/接第. */
bool tb_layout_find_jump(const char *s, size_t *start, size_t *end, bool *to);
/* A label line of a list item ("完成时限:2026年11月底"). */
bool tb_layout_is_label_line(const char *s);
/* "溪口街道：郁美华 阚德顺 兰秀芝", "滕国强 单雅琴": how many names of two or three hanzi,
 * parted by spaces, make up the line after an optional short label and colon (*labelled); 0
 * when anything else stands in it. */
size_t tb_layout_names_in_line(const char *s, bool *labelled);
/* Words that cannot end a headline (的 和 与 在 把 …). */
bool tb_layout_ends_with_function_word(const char *s);
/* Kicker shape: a speaker tag ending in ：or a lead ending in 强调/表示/指出. */
bool tb_layout_is_kicker_shape(const char *s);
/* The text after a leading bullet (□ ■ ◆ ● ★ ◇ ○) and its spaces; s itself when there is none. */
const char *tb_layout_after_bullet(const char *s);
/* "■双井街道开展高层住宅消防演练": a short unpunctuated title behind a bullet, not a writer. */
bool tb_layout_is_bullet_title(const char *s);
/* A page rubric behind a bullet ("■ 简讯", "□ 快评"): two to four characters. */
bool tb_layout_is_bullet_rubric(const char *s);
/* A subtitle naming who led or attended ("…主持", "…出席", "…参加"). */
bool tb_layout_is_attendance_line(const char *s);
/* A title whose two halves stand on one line, parted by a space outside quotes and brackets. */
bool tb_layout_has_split_title(const char *s);

/* ---- source lines (source_lines.c) ------------------------------------------------------- */
typedef struct {
  char *text;    /* the raw line, form feeds removed; owned */
  size_t lineno; /* 1-based line in the source */
} tb_vline;

typedef struct {
  tb_vline *items;
  size_t count, cap;
} tb_vlines;

/* Splits text into raw lines: a form feed adds a blank line (page break); a layout-preserving
 * extraction gets its side-by-side columns split (left first) and its body indent removed. */
void tb_layout_vlines_split(const char *text, bool markdown, tb_vlines *out);
void tb_layout_vlines_free(tb_vlines *v);
/* Appends a line (takes text). */
void tb_layout_vlines_push(tb_vlines *out, char *text, size_t lineno);

/* ---- lines (lines.c) ----------------------------------------------------------------------- */
typedef enum {
  TB_LINE_BODY,
  TB_LINE_HEADING,
  TB_LINE_BYLINE,
  TB_LINE_CREDIT,
  TB_LINE_CAPTION,
  TB_LINE_JUMP_TO, /* a line that is only a 下转 marker */
  TB_LINE_FURNITURE,
} tb_line_kind;

typedef struct {
  char *text;       /* cleaned, trimmed, markers removed; owned */
  size_t lineno;    /* 1-based line in the source */
  int width;        /* display units */
  int blank_before; /* blank lines before this one */
  bool indent;      /* the source line started with white space (a new text box) */
  int md_level;     /* Markdown heading level, 0 when none */
  bool jump_from;   /* started with 上接N版 */
  bool jump_to;     /* ended with 下转N版 */
  bool ednote;      /* starts an editor's note */
  bool dateline;
  bool run_in;    /* the text after a run-in title ("● 标题 正文…"): never a title itself */
  bool signature; /* a notice's issuer or date under its text: a paragraph of its own */
  bool block_start; /* Markdown: a block of its own in the source (a paragraph, a list item) */
  bool column_tag;  /* headings: the column's name set before a bar ("记者手记｜…") */
  bool names; /* a line of a list of names ("溪口街道：郁美华 阚德顺"): text, never a title */
  int list_no;
  tb_line_kind kind;
} tb_lline;

typedef struct {
  tb_lline *items;
  size_t count, cap;
  size_t masthead_end; /* index of the first line after the masthead zone */
} tb_llines;

/* Splits plain text into non-blank lines with their features and a first classification: ATX
 * "#" lines, lines all in bold ("**…**") and titles in 【】 are headings, bold marks go. (Markdown
 * goes through libcmark instead: tb_layout_markdown_lines.) */
void tb_layout_lines_build(const char *text, tb_llines *out);
void tb_layout_lines_free(tb_llines *lines);
/* Removes a 上接/下转 marker from the line, noting which it was (lines.c). */
void tb_layout_take_jump(tb_lline *l);
/* The first, context-free class of one cleaned line (furniture, dateline, byline, caption…). */
void tb_layout_line_classify(tb_lline *l, bool masthead_zone);

/* A line after which a new block may start: a finished sentence, a credit, a label, a
 * signature, or anything but body text (para.c). */
bool tb_layout_line_closed(const tb_lline *l);
/* ， 、 ； 。 or their ASCII forms (para.c). */
bool tb_layout_has_clause_mark(const char *s);
/* Two side-by-side columns read row by row (a dateline right under a line cut off mid-sentence):
 * puts their lines back in reading order, the left column's first (interleave.c). */
void tb_layout_untangle_rows(tb_llines *lines);
/* Marks service and contents boxes as page furniture (boxes.c). */
void tb_layout_find_boxes(tb_llines *L);

/* ---- items (para.c) ------------------------------------------------------------------------ */
typedef enum {
  TB_ITEM_PARA,
  TB_ITEM_HEADING, /* one heading unit: a kicker, a title or a subtitle */
  TB_ITEM_CAPTION,
  TB_ITEM_BYLINE,
  TB_ITEM_JUMP_TO,
  TB_ITEM_EDNOTE,
} tb_item_kind;

typedef struct {
  tb_item_kind kind;
  char *text;   /* owned */
  char *credit; /* captions: the photo credit, owned, may be NULL */
  size_t first_line, last_line;
  int md_level;
  bool dateline;
  bool jump_from;
  bool after_page_break; /* headings: page furniture (a header, a footer) stands before it */
  bool tight_above;      /* headings: set right under the heading before, with no blank */
  bool signature;        /* paragraphs: a notice's issuer or date, the end of its text */
  bool whole_block;      /* paragraphs (Markdown): a block the converter wrote as a paragraph */
  bool title_brackets;   /* headings: set in 【】, the paper's mark of a story's title */
  bool column_tag;       /* headings: a column's name set before a bar, over a story's title */
  bool figure_subtitle;  /* headings: a figure set tight under a title ended short: its 副题 */
  int list_no;
  /* paragraphs: 1 + the index of an earlier paragraph, cut off by a column break under another
   * story's title, that this one goes on with (interleaved columns); 0 for none */
  size_t resumes;
} tb_item;

typedef struct {
  tb_item *items;
  size_t count, cap;
} tb_items;

void tb_layout_items_build(const tb_llines *lines, tb_items *out);
void tb_layout_items_free(tb_items *items);

/* ---- Markdown (markdown.c) ------------------------------------------------------------------ */
/* Parses Markdown with libcmark into one line per block, classified as tb_layout_lines_build
 * does: headings keep their level relative to the story they open or sit in. */
void tb_layout_markdown_lines(const char *text, tb_llines *out);
/* tb_layout_items_build, then each Markdown block that para.c joined to the one above is
 * parted again unless that one broke off mid-sentence. */
void tb_layout_markdown_items(const tb_llines *lines, tb_items *out);

/* ---- lexical overlap (overlap.c) ----------------------------------------------------------- */
typedef struct {
  uint64_t *keys; /* sorted, unique character bigrams */
  size_t count;
} tb_bigrams;

/* Bigrams of the first max_chars characters of s (0: all); punctuation and spaces break runs. */
void tb_bigrams_of(const char *s, size_t max_chars, tb_bigrams *out);
void tb_bigrams_free(tb_bigrams *b);
/* Share of a's bigrams found in b (0 when a has none). */
double tb_bigrams_cover(const tb_bigrams *a, const tb_bigrams *b);
/* Shared bigrams over the mean of both sizes (Dice): how much two stretches of text talk about the
 * same things (0 when either has none). */
double tb_bigrams_dice(const tb_bigrams *a, const tb_bigrams *b);
/* Number of a's bigrams found in b. */
size_t tb_bigrams_hits(const tb_bigrams *a, const tb_bigrams *b);

/* ---- articles (pair.c, masthead.c) --------------------------------------------------------- */
/* Builds the articles of issue from items (headlines paired with bodies, parts joined). */
void tb_layout_pair(const tb_items *items, tb_issue *issue);
/* Fills publication, date and issue number from the masthead lines. */
void tb_layout_masthead(const tb_llines *lines, tb_issue *issue);
/* The same from free text, one item a line (an HTML page's <title>, header and dates); fills
 * only what is still missing. */
void tb_layout_masthead_text(const char *text, tb_issue *issue);
/* Sets each article's kind from its shape. */
void tb_layout_kinds(tb_issue *issue);

/* ---- structured formats -------------------------------------------------------------------- */
tb_status tb_layout_parse_html(const tb_source_doc *doc, tb_issue *issue, tb_error *err);
tb_status tb_layout_parse_plain(const tb_source_doc *doc, bool markdown, tb_issue *issue,
                                tb_error *err);

/* ---- JSON in a newsroom's own schema (json_foreign.c) -------------------------------------- */
/* Finds the stories of a JSON document that is not in our schema by their shape (objects in
 * arrays with a title and a body or a photo caption). True with *out set (the caller's,
 * tb_issue_free) when at least one story was found; false, *out NULL, otherwise. */
bool tb_layout_parse_json_foreign(const tb_source_doc *doc, tb_issue **out);

/* ---- columns (columns.c) ------------------------------------------------------------------ */
/* Puts one page of a layout-preserving extraction set in 2-4 side-by-side columns into reading
 * order (columns left to right, lines crossing every gutter read whole where they stand); text
 * right of the first column gets body_indent spaces before its own indent. True when gutters
 * were found and lines (the caller's) replaced; false, lines untouched, otherwise. */
bool tb_layout_split_page_columns(tb_vlines *lines, size_t body_indent);

#endif
