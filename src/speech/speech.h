/* speech: reading → PCM with sentence marks, through libespeak-ng fed pinyin
 * (voice cmn-latn-pinyin; see NOTES.md for why). libespeak-ng keeps global state: create one
 * tb_speech per process. */
#ifndef TB_SPEECH_H
#define TB_SPEECH_H

#include "core/core.h"
#include "mandarin/mandarin.h"

typedef struct {
  size_t sample;        /* offset of the start of the sentence in the PCM */
  uint32_t sentence;    /* index into the reading's sentences */
  uint32_t paragraph;   /* its paragraph */
  bool paragraph_start; /* the sentence opens its paragraph */
} tb_mark;

typedef struct {
  int16_t *samples; /* mono */
  size_t sample_count;
  int sample_rate;
  tb_mark *marks; /* one per sentence, rising */
  size_t mark_count;
} tb_pcm;

typedef struct tb_speech tb_speech;

/* voices_dir holds the project's voice definitions; voice is one of their names; rate (words per
 * minute) and pitch (0–100) override the voice's defaults when > 0. *out is the caller's. */
tb_status tb_speech_new(const char *voices_dir, const char *voice, int rate, int pitch,
                        tb_speech **out, tb_error *err);
void tb_speech_free(tb_speech *speech);

/* Speaks a whole reading; *out is the caller's (tb_pcm_free). */
tb_status tb_speech_speak(tb_speech *speech, const tb_reading *reading, tb_pcm **out,
                          tb_error *err);
/* Receives the recording of readings[index] (and owns it: tb_pcm_free); returns TB_OK to go on. */
typedef tb_status (*tb_speech_consumer)(size_t index, tb_pcm *pcm, void *ctx, tb_error *err);
/* Speaks readings[0..count) and hands each recording to take, in reading order. Each reading is
 * spoken by a forked worker process with a fresh copy of this engine (libespeak-ng is not
 * thread-safe, and its state carries from one synthesis to the next), up to jobs at a time (0:
 * one per core, tb_speech_default_jobs) while the caller consumes. The recordings are byte for
 * byte the same for every jobs. Every worker is waited for before it returns. */
tb_status tb_speech_speak_all(tb_speech *speech, const tb_reading *const *readings, size_t count,
                              int jobs, tb_speech_consumer take, void *ctx, tb_error *err);
/* The number of cores online (at least 1). */
int tb_speech_default_jobs(void);
/* The SSML text sent to eSpeak for a reading (for tests and tracing); caller frees. */
char *tb_speech_markup(const tb_reading *reading);

/* eSpeak's phoneme mnemonics for a reading, one clause a line, as `espeak-ng -x` prints them. A
 * switch to another language shows as "(en)"; only Latin words read as words
 * (tb_speech_latin_is_word) may cause one. Synthesizes the reading; *out is the caller's. */
tb_status tb_speech_phonemes(tb_speech *speech, const tb_reading *reading, char **out,
                             tb_error *err);
/* True when a Latin token is read as an English word rather than spelled letter by letter.
 * Spelled: all capitals (CEO, AI), runs without a vowel (www) and, unless in_phrase (a Latin
 * word with small letters right before or after it, as in "State of the Art"), words of three
 * letters or fewer (app). */
bool tb_speech_latin_is_word(const char *text, bool in_phrase);

/* Names of the voices in voices_dir (files <name>.voice), sorted, appended to names. */
tb_status tb_speech_list_voices(const char *voices_dir, tb_strlist *names, tb_error *err);
/* The voice a tb_speech speaks with (borrowed). */
const char *tb_speech_voice_name(const tb_speech *speech);

/* Pauses. Inside a reading, sentence and paragraph ends are SSML breaks of these lengths (an SSML
 * break sets the whole pause after eSpeak's full stop, it does not add to it; about 140 ms of it
 * is the stop's own fade). Callers joining readings (tb_pcm_append) use the others: after a
 * headline, between articles. */
enum {
  TB_SPEECH_SENTENCE_PAUSE_MS = 450,
  TB_SPEECH_PARAGRAPH_PAUSE_MS = 900,
  TB_SPEECH_HEADLINE_PAUSE_MS = 900,
  TB_SPEECH_ARTICLE_PAUSE_MS = 1800,
};

tb_pcm *tb_pcm_new(int sample_rate); /* empty; caller frees */
void tb_pcm_free(tb_pcm *pcm);
/* Appends src to dst after silence_ms of silence, shifting src's marks. */
void tb_pcm_append(tb_pcm *dst, const tb_pcm *src, unsigned silence_ms);
double tb_pcm_seconds(const tb_pcm *pcm);
/* Appends samples, or silence, without marks. */
void tb_pcm_append_samples(tb_pcm *pcm, const int16_t *samples, size_t count);
void tb_pcm_append_silence(tb_pcm *pcm, unsigned ms);

#endif
