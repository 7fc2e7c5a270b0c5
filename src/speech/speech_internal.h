/* Private to the speech stage: voice definitions and the text sent to eSpeak. */
#ifndef TB_SPEECH_INTERNAL_H
#define TB_SPEECH_INTERNAL_H

#include "speech/speech.h"

/* One voice definition from voices/espeak/<name>.voice (format in voices/espeak/README.md). */
typedef struct {
  char name[64];
  char espeak_voice[64]; /* eSpeak voice, e.g. "cmn-latn-pinyin" */
  char variant[64];      /* eSpeak variant, e.g. "f2"; "" for none */
  int rate;              /* words per minute (eSpeak counts a joined pinyin word as one) */
  int pitch;             /* 0–100 */
  int range;             /* 0–100; Mandarin tones live in the pitch range, so keep it >= 40 */
  char gender[16];       /* "female" or "male", informational */
} tb_voice;

/* Loads <voices_dir>/<name>.voice into *voice. Errors name the file and line. */
tb_status tb_voice_load(const char *voices_dir, const char *name, tb_voice *voice, tb_error *err);

/* Appends one Latin token as eSpeak should read it: spelled as capital letters separated by
 * spaces (eSpeak gives them Chinese letter names) or lower-cased as one word, as
 * tb_speech_latin_is_word decides. Returns true when read as a word. */
bool tb_speech_latin_append(tb_strbuf *sb, const char *text, bool in_phrase);

/* True when a word (hanzi as spoken, its pinyin one syllable per hanzi) ends in the erhua suffix
 * 儿, which the markup turns into an r after the syllable before it ("hua1 er2" → "hua1r"). */
bool tb_speech_is_erhua(const char *hanzi, const char *pinyin);

/* Maps the pages of [p, p + bytes) in one call before they are written. A recording's buffer is
 * fresh memory, and each 4 KiB page of it otherwise costs a page fault on first touch: about
 * 15 µs on the virtual machines we render on (0.65 s of CPU for the 180 MB of an issue's
 * recordings), against a quarter of that when the kernel maps them in a batch. Only a hint:
 * nothing happens where the kernel cannot (before Linux 5.14). */
void tb_pcm_prefault(void *p, size_t bytes);

#endif
