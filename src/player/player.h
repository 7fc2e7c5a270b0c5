/* player: a rendered issue → the sound card, driven from the keyboard. A listener moves by
 * article, paragraph or sentence (the speech stage's marks, kept in issue.json), changes speed
 * without changing pitch (libsonic), hears the player's own prompts in Mandarin, and comes back
 * where they stopped (bookmarks in a state file). */
#ifndef TB_PLAYER_H
#define TB_PLAYER_H

#include "core/core.h"
#include "speech/speech.h"

/* Plays pcm on the default output device and returns when it has been heard (blocking). */
tb_status tb_player_play_pcm(const tb_pcm *pcm, tb_error *err);

/* ---- a rendered issue, as the player sees it ---- */

typedef struct {
  char *headline;
  char *audio_path;        /* the file the player reads (FLAC, WAV, Ogg, MP3 or Opus) */
  double duration;         /* seconds */
  double *sentence_starts; /* seconds from the start of the file, rising; [0] is the headline */
  bool *paragraph_starts;  /* per sentence: it opens a paragraph (the headline does) */
  size_t sentence_count;
} tb_book_article;

typedef struct {
  char *key;   /* what identifies the issue in the bookmark file: publication|date|issue|source */
  char *title; /* spoken on opening: publication and date, or the source file's name */
  tb_book_article *articles;
  size_t article_count;
} tb_book;

/* path is an issue folder, its issue.json, or a library folder (its newest issue.json is taken).
 * An issue without playable audio is an error (TB_ERR_INPUT). *out is the caller's
 * (tb_book_free). */
tb_status tb_book_load(const char *path, tb_book **out, tb_error *err);
void tb_book_free(tb_book *book);

/* ---- navigation ---- */

typedef enum { TB_LEVEL_ARTICLE, TB_LEVEL_PARAGRAPH, TB_LEVEL_SENTENCE } tb_nav_level;

typedef struct {
  size_t article;
  double seconds; /* into the article's file */
} tb_position;

/* Seconds into a unit after which "back" returns to the unit's start instead of the one before,
 * as CD and DAISY players do. */
#define TB_NAV_RESTART_SECONDS 1.5

/* The start of the next (direction > 0) or previous (direction < 0) unit of the level from at;
 * crossing into the neighbouring article where the current one has no more units. Returns false
 * and leaves *to unchanged when there is nowhere to go (after the last unit, before the first). */
bool tb_nav_step(const tb_book *book, tb_position at, tb_nav_level level, int direction,
                 tb_position *to);
/* Index of the sentence playing at a position, and of its paragraph (1-based, as spoken). */
size_t tb_nav_sentence_at(const tb_book_article *article, double seconds);
size_t tb_nav_paragraph_number(const tb_book_article *article, double seconds);

/* ---- bookmarks ---- */

/* The default bookmark file: $XDG_STATE_HOME/tingbao/bookmarks.json, or
 * ~/.local/state/tingbao/bookmarks.json. Caller frees; NULL when neither is set. */
char *tb_bookmark_default_path(void);
/* *found tells whether the file holds a position for key. A missing file is no bookmark; a
 * file that is not the player's JSON is an error (TB_ERR_INPUT) so it is never overwritten. */
tb_status tb_bookmark_load(const char *path, const char *key, tb_position *at, bool *found,
                           tb_error *err);
/* Writes at for key atomically, keeping the other issues' bookmarks. */
tb_status tb_bookmark_save(const char *path, const char *key, tb_position at, tb_error *err);

/* ---- speed without pitch change ---- */

typedef struct tb_tempo tb_tempo;
#define TB_TEMPO_MIN 0.5
#define TB_TEMPO_MAX 3.0
/* *out is the caller's (tb_tempo_free). */
tb_status tb_tempo_new(int sample_rate, double speed, tb_tempo **out, tb_error *err);
void tb_tempo_free(tb_tempo *tempo);
void tb_tempo_set_speed(tb_tempo *tempo, double speed); /* clamped to MIN..MAX */
double tb_tempo_speed(const tb_tempo *tempo);
/* Feeds count samples; then up to capacity processed samples are copied to out and their number
 * returned. finish drains what the stream still holds. */
size_t tb_tempo_process(tb_tempo *tempo, const int16_t *in, size_t count, int16_t *out,
                        size_t capacity, bool finish);
void tb_tempo_discard(tb_tempo *tempo); /* drops buffered audio after a jump */

/* ---- the interactive player ---- */

typedef struct {
  const char *bookmark_path; /* NULL: no bookmarks */
  bool resume;               /* start at the bookmark when there is one */
  double speed;              /* 1.0 = as rendered */
  tb_nav_level level;        /* what ←/→ move by at first */
  size_t start_article;      /* 0-based; used when there is no bookmark to resume */
  int key_fd;                /* where keys come from: a terminal (raw mode) or a pipe */
  tb_speech *speech;         /* speaks the prompts (borrowed) */
  tb_mandarin *mandarin;     /* reads the prompts (borrowed) */
} tb_player_options;

/* Plays book until the listener quits (q) or key_fd ends after the last article; saves the
 * bookmark on the way out and every few seconds. SIGINT and SIGTERM quit cleanly. */
tb_status tb_player_run(const tb_book *book, const tb_player_options *options, tb_error *err);

/* The keys, one line each, for --help and the spoken help. */
extern const char tb_player_keys_help[];

#endif
