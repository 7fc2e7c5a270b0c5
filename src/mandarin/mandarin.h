/* mandarin: text → reading. Normalization (numbers, dates, units, symbols and Latin written out),
 * word segmentation (maximum probability over a lexicon DAG) and polyphone-correct pinyin.
 * Both audio and braille read the same reading, so the braille spells what the audio says. */
#ifndef TB_MANDARIN_H
#define TB_MANDARIN_H

#include "core/core.h"

typedef enum {
  TB_TOKEN_HANZI,  /* one word of hanzi */
  TB_TOKEN_NUMBER, /* digits and what belongs to them: 2026, 3.5, 95%, 9:30, 1529 */
  TB_TOKEN_LATIN,  /* a run of Latin letters: APP, CEO, www */
  TB_TOKEN_PUNCT,  /* punctuation, already full-width where it sits between hanzi */
  TB_TOKEN_SYMBOL, /* anything else: ℃, +, emoji, a rare character without a reading */
} tb_token_kind;

/* How strong the boundary after a token is; speech turns it into a pause, braille into a blank. */
typedef enum {
  TB_BREAK_NONE,      /* inside a word */
  TB_BREAK_WORD,      /* between words */
  TB_BREAK_PHRASE,    /* at a comma-like mark */
  TB_BREAK_SENTENCE,  /* at the end of a sentence */
  TB_BREAK_PARAGRAPH, /* at the end of an input paragraph */
} tb_break;

typedef struct {
  const char *text;   /* surface as printed */
  const char *spoken; /* what is said, in hanzi (2026 → 二零二六); for PUNCT the mark itself */
  /* Citation-tone pinyin of `spoken`: syllables with tone digits 1–5 (5 = neutral), ü as v,
   * separated by single spaces ("yin2 hang2"). "" for punctuation and Latin; a symbol with a
   * spoken hanzi form (+ → 加) carries that form's pinyin, others "". */
  const char *pinyin;
  /* The same syllables after 一/不 and 3-3 tone sandhi: what speech sends. */
  const char *pinyin_speech;
  tb_token_kind kind;
  tb_break break_after;
  uint32_t paragraph; /* index of the input paragraph */
  uint32_t sentence;  /* index into tb_reading.sentences */
} tb_token;

typedef struct {
  size_t first_token;
  size_t token_count;
  uint32_t paragraph;
} tb_sentence;

/* A reading owns all its strings in one arena. */
typedef struct {
  tb_token *tokens;
  size_t token_count;
  tb_sentence *sentences;
  size_t sentence_count;
  size_t paragraph_count;
  tb_arena *arena;
} tb_reading;

typedef struct tb_mandarin tb_mandarin;

/* Opens the compiled lexicon (see voices/README.md). *out is the caller's (tb_mandarin_free). */
tb_status tb_mandarin_new(const char *lexicon_path, tb_mandarin **out, tb_error *err);
void tb_mandarin_free(tb_mandarin *m);

/* Reads paragraphs (UTF-8, each one input paragraph) into one reading. Sentences never cross
 * paragraphs. *out is the caller's (tb_reading_free). */
tb_status tb_mandarin_read(tb_mandarin *m, const char *const *paragraphs, size_t count,
                           tb_reading **out, tb_error *err);
void tb_reading_free(tb_reading *reading);

/* CLI contracts (DESIGN.md); each returns a new string the caller frees.
 * normalize: the spoken form of one line, numbers and symbols written out in hanzi.
 * pinyin: one token per non-space character, hanzi as toned pinyin, others as themselves.
 * pinyin_words: words separated by spaces, a word's syllables joined with '-'. */
char *tb_mandarin_normalize(tb_mandarin *m, const char *line);
char *tb_mandarin_pinyin(tb_mandarin *m, const char *line);
char *tb_mandarin_pinyin_words(tb_mandarin *m, const char *line);

#endif
