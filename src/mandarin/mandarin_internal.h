/* What the mandarin stage's files share (private). */
#ifndef TB_MANDARIN_INTERNAL_H
#define TB_MANDARIN_INTERNAL_H

#include "lexicon.h"
#include "mandarin/mandarin.h"
#include "polyphone.h"

struct tb_mandarin {
  tb_lexicon lex;
  tb_polyphone poly;
};

/* One code point of the input with where it came from. */
typedef struct {
  uint32_t cp;   /* as decoded; U+FFFD for an invalid byte */
  uint32_t norm; /* full-width ASCII folded to ASCII, traditional folded to simplified */
  size_t off;    /* byte offset in the paragraph */
  size_t len;    /* bytes (1 for an invalid byte) */
} tb_char;

/* Decodes text into chars (caller frees *out). Never fails: invalid bytes become U+FFFD. */
size_t tb_mandarin_decode(const tb_mandarin *m, const char *text, size_t len, tb_char **out);

/* White space as Python's str.isspace() sees it: the characters `tingbao pinyin` drops, so that
 * tools counting "non-space characters" line up with its tokens. Zero-width marks are not
 * white space: they become (silent) symbols. */
bool tb_mandarin_is_white(uint32_t cp);

/* A piece of a paragraph after normalization: a run of hanzi to segment, or one non-hanzi
 * token with its spoken form already decided. */
typedef struct {
  tb_token_kind kind;
  size_t first, count; /* chars [first, first+count) of the paragraph */
  const char *spoken;  /* arena string; for HANZI the surface itself */
  bool no_sandhi;      /* digit-by-digit readings keep 一 as yi1 */
  tb_break brk;        /* for PUNCT: the break it makes; otherwise TB_BREAK_WORD */
  bool ends_sentence;  /* a 。！？ (or ASCII form between hanzi) */
  bool opens;          /* an opening bracket or quote: no break after it */
} tb_piece;

/* Splits a paragraph into pieces (white space dropped), arrays in arena. */
size_t tb_mandarin_pieces(const tb_mandarin *m, const tb_char *chars, size_t n, const char *text,
                          tb_arena *arena, tb_piece **out);

/* Segments chars [0, n) (all hanzi) into words by maximum probability over the lexicon DAG,
 * then joins likely given names (tb_mandarin_join_names).
 * Writes word lengths (in chars) into lens and, when slots is not NULL, each word's lexicon
 * slot (NULL for an unknown character) into slots (n entries available in both); returns the
 * word count. */
size_t tb_mandarin_segment(const tb_lexicon *lex, const tb_char *chars, size_t n, size_t *lens,
                           const tb_lex_slot **slots);

/* Joins the two characters of a likely given name after a surname (王|倚|剑 → 王|倚剑) in a
 * segmentation of chars (lens and, when not NULL, slots as tb_mandarin_segment wrote them);
 * returns the new word count. See names.c. */
size_t tb_mandarin_join_names(const tb_lexicon *lex, const tb_char *chars, size_t *lens,
                              const tb_lex_slot **slots, size_t count);

/* The lexicon's syllables for the word chars [0, n) into ids; slot is the word's slot when the
 * caller has it (NULL: look it up). False when the word is not in the lexicon: ids then hold
 * each character's default reading, 0 where it has none. */
bool tb_mandarin_word_pinyin(const tb_lexicon *lex, const tb_char *chars, size_t n,
                             const tb_lex_slot *slot, uint16_t *ids);

/* The citation tone of a syllable the lexicon gives in the neutral tone (识 in 知识 → shi2), or
 * 0 when it has none of its own (的, 了, 子 …) or is not neutral. */
uint16_t tb_mandarin_full_tone(const tb_lexicon *lex, uint32_t cp, uint16_t id);

/* `tingbao pinyin` without building a reading: the same analysis of hanzi, and every other
 * non-white character as itself. Appends to out. */
void tb_mandarin_char_pinyin(tb_mandarin *m, const char *text, size_t len, tb_strbuf *out);

/* 一/不 and 3-3 sandhi. syl: syllable ids of a phrase, word_end[i] true where a word ends
 * after syllable i, nosandhi[i] true for syllables that keep their tone. Rewrites syl. */
void tb_mandarin_sandhi(const tb_lexicon *lex, const uint32_t *cps, uint16_t *syl,
                        const bool *word_end, const bool *keep, size_t n);

#endif
