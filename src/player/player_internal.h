/* Private to the player: keys, the sound card, article audio, spoken prompts. */
#ifndef TB_PLAYER_INTERNAL_H
#define TB_PLAYER_INTERNAL_H

#include "player.h"

#include <stdbool.h>

typedef enum {
  TB_KEY_NONE, /* nothing within the timeout */
  TB_KEY_END,  /* the input ended or failed */
  TB_KEY_CHAR, /* a printable character, or Enter as '\n' */
  TB_KEY_LEFT,
  TB_KEY_RIGHT,
  TB_KEY_UP,
  TB_KEY_DOWN,
  TB_KEY_HOME,
  TB_KEY_END_KEY,
} tb_key_kind;

typedef struct {
  tb_key_kind kind;
  char ch; /* for TB_KEY_CHAR */
} tb_key;

typedef struct {
  int fd;
  bool raw;                /* the terminal's settings were changed and must be restored */
  unsigned char saved[64]; /* struct termios, kept opaque here */
} tb_keyboard;

/* Puts a terminal in raw mode (no echo, key by key); a pipe is read as it is. */
void tb_keyboard_open(tb_keyboard *kb, int fd);
void tb_keyboard_close(tb_keyboard *kb);
/* Waits up to timeout_ms (-1: for ever) for one key. */
tb_key tb_keyboard_read(tb_keyboard *kb, int timeout_ms);

/* ---- the sound card (PortAudio's default output, mono 16-bit) ---- */
typedef struct tb_output tb_output;
/* *out is the caller's (tb_output_close). */
tb_status tb_output_open(int sample_rate, tb_output **out, tb_error *err);
void tb_output_close(tb_output *output); /* lets what is queued play out first */
int tb_output_rate(const tb_output *output);
/* Blocks until the samples are queued. */
tb_status tb_output_write(tb_output *output, const int16_t *samples, size_t count, tb_error *err);
/* Drops what is queued and not yet heard (after a jump, a pause, a prompt). */
tb_status tb_output_flush(tb_output *output, tb_error *err);

/* ---- an article's audio file, read as mono 16-bit ---- */
typedef struct tb_article_audio tb_article_audio;
/* *out is the caller's (tb_article_audio_close). */
tb_status tb_article_audio_open(const char *path, tb_article_audio **out, tb_error *err);
void tb_article_audio_close(tb_article_audio *audio);
int tb_article_audio_rate(const tb_article_audio *audio);
tb_status tb_article_audio_seek(tb_article_audio *audio, double seconds, tb_error *err);
/* Up to capacity samples; 0 at the end of the file. */
size_t tb_article_audio_read(tb_article_audio *audio, int16_t *out, size_t capacity);

/* ---- prompts ---- */
/* Speaks text (Chinese, numbers allowed) as samples at sample_rate; *out and *count are the
 * caller's (free). */
tb_status tb_prompt_render(tb_mandarin *mandarin, tb_speech *speech, const char *text,
                           int sample_rate, int16_t **out, size_t *count, tb_error *err);

#endif
