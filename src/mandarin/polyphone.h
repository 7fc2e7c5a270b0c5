/* Context disambiguation of polyphonic characters (private to the mandarin stage).
 * Decision lists learnt by scripts/lexicon/ are stored as text in the lexicon's rules section;
 * this module parses them at open and applies them after word lookup. */
#ifndef TB_MANDARIN_POLYPHONE_H
#define TB_MANDARIN_POLYPHONE_H

#include "lexicon.h"

typedef struct tb_poly_rule tb_poly_rule;
typedef struct tb_poly_char tb_poly_char;

typedef struct {
  tb_poly_char *chars; /* sorted by code point */
  size_t char_count;
  tb_poly_rule *rules;
  size_t rule_count;
  uint8_t bmp[0x10000 / 8]; /* bit set: this BMP character has rules (skips the search) */
} tb_polyphone;

/* Parses lex->rules into p (caller frees with tb_polyphone_free). Malformed lines are errors. */
tb_status tb_polyphone_load(tb_polyphone *p, const tb_lexicon *lex, tb_error *err);
void tb_polyphone_free(tb_polyphone *p);

/* One paragraph seen as characters: cps[i] (simplified), syl[i] its syllable so far (0 for a
 * character that is not hanzi), word_first[i]/word_len[i] the word holding it (in chars) and
 * from_word[i] true when the reading came from a lexicon word of two or more characters.
 * Rewrites syl where a rule says so, and when ruled is not NULL sets ruled[i] where one did
 * (the hand-written rules of grammar, which the model then leaves alone). */
typedef struct {
  const uint32_t *cps;
  uint16_t *syl;
  const uint32_t *word_first;
  const uint8_t *word_len;
  const bool *from_word;
  bool *ruled;
  size_t n;
} tb_poly_context;

void tb_polyphone_apply(const tb_polyphone *p, tb_poly_context *ctx);

/* The kind of character at i + d: 'D' digit, 'A' Latin letter, 'H' hanzi, 'S' none (past an
 * edge), 'P' anything else. */
uint32_t tb_poly_char_class(const tb_poly_context *c, size_t i, long d);

/* Rewrites the syllable of every character the lexicon's polyphone model knows (model.c) with
 * the reading it scores highest in its context, except where a rule decided (ctx->ruled); run
 * after tb_polyphone_apply, whose result it takes as the lexicon's reading. */
void tb_model_apply(const tb_lexicon *lex, tb_poly_context *ctx);

#endif
