/* Private to the braille stage: the pieces braille.c puts together. */
#ifndef TB_BRAILLE_INTERNAL_H
#define TB_BRAILLE_INTERNAL_H

#include "braille/braille.h"

/* Table input markers (tables/tingbao-common.cti defines them). */
#define TB_BRAILLE_JOINER 0x2060u      /* WORD JOINER: tokens written as one braille word */
#define TB_BRAILLE_LETTER_SIGN 0xE000u /* the Latin letter sign before lower-case letters */
#define TB_BRAILLE_UNKNOWN 0xFFFDu     /* a character without braille: the placeholder */
#define TB_BRAILLE_BLANK 0x2800u       /* the blank cell */

/* ---- pinyin.c ---- */
/* Appends to out the tables' spelling of one syllable of the reading ("zhong1", "lü4", "Hua1r",
 * "de"): lower case, ü as v, a tone digit 1–5 at the end (missing or 0 means neutral, 5), and an
 * erhua r as a following "er5". Returns false, leaving out as it was, when the tables have no
 * such syllable. */
bool tb_braille_syllable(const char *s, size_t n, tb_strbuf *out);

/* ---- braille.c ---- */
/* Cells of pinyin written in the tables' spelling ("mu4 lu4": syllables with tone digits, a
 * space between words); NULL if liblouis fails. Caller frees. */
char *tb_braille_pinyin_cells(tb_braille *braille, const char *pinyin);

/* ---- words.c: 分词连写 ---- */
/* Whether a token is punctuation, or a symbol that is a mark (the front end may call + or a URL's
 * dot a symbol). */
bool tb_braille_is_mark(const tb_token *t);
/* Whether token b follows token a without a blank cell (the two form one braille word). */
bool tb_braille_joined(const tb_token *a, const tb_token *b);
/* Whether a lower-case Latin token b needs the letter sign; prev is the token before it in the
 * paragraph (NULL at the start), chinese says the paragraph holds Chinese text. */
bool tb_braille_needs_letter_sign(const tb_token *prev, const tb_token *b, bool chinese);

#endif
