/* The interactive player: one loop that reads a key, acts on it, and feeds the sound card a
 * few milliseconds of the current article. Single-threaded, so every jump is immediate and no
 * state is shared. */
#include "player_internal.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

const char tb_player_keys_help[] =
    "  space        pause / go on\n"
    "  right, left  next / previous article, paragraph or sentence (by the level)\n"
    "  up, down     move by larger / smaller units: article, paragraph, sentence\n"
    "  n, p         next / previous article\n"
    "  digits Enter go to that article (e.g. 3 Enter)\n"
    "  + -  0       faster / slower (without changing pitch) / as rendered\n"
    "  w            where am I: article, headline, paragraph\n"
    "  h ?          these keys, spoken\n"
    "  q            quit; the place is remembered for this issue\n";

static const char spoken_help[] =
    "空格键暂停或继续。右方向键前进，左方向键后退。上下方向键选择按文章、段落或句子移动。"
    "N键下一篇，P键上一篇。输入数字再按回车，跳到那一篇。加号加快，减号放慢，零键恢复原速。"
    "W键报告位置。Q键退出，并记住位置。";

static const char *const level_names[] = {"按文章移动", "按段落移动", "按句子移动"};

enum {
  CHUNK = 1024,               /* samples read per turn: ~20 ms at 48 kHz */
  BOOKMARK_EVERY_SECONDS = 5, /* of wall time while playing */
  PAUSED_POLL_MS = 250,
};
/* Audio queued in the sound card and not heard yet is dropped on an interruption; going back
 * this far makes up for it. */
#define INTERRUPTION_REWIND_SECONDS 0.3

static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int signo) {
  (void)signo;
  stop_requested = 1;
}

typedef struct {
  const tb_book *book;
  const tb_player_options *options;
  tb_keyboard keyboard;
  tb_output *output;
  tb_article_audio *audio;
  tb_tempo *tempo;
  tb_position at; /* where the next samples are read from */
  tb_nav_level level;
  double speed;
  bool paused, quit, input_ended, show_status;
  bool finished; /* played to the end with no keys left to come: let the last prompt play out */
  char digits[8];
  size_t digit_count;
  double bookmark_time;
  int16_t *in, *out;
  size_t out_capacity;
} session;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void save_bookmark(session *s) {
  if (!s->options->bookmark_path) return;
  const tb_book_article *a = &s->book->articles[s->at.article];
  /* Resume at the start of the sentence that was playing, never mid-word. */
  tb_position mark = {s->at.article, a->sentence_starts[tb_nav_sentence_at(a, s->at.seconds)]};
  tb_error err;
  tb_error_clear(&err);
  if (tb_bookmark_save(s->options->bookmark_path, s->book->key, mark, &err) != TB_OK)
    tb_log(TB_LOG_WARN, "bookmark not saved: %s", err.message);
  s->bookmark_time = now_seconds();
}

static void show_status(session *s) {
  if (!s->show_status) return;
  const tb_book_article *a = &s->book->articles[s->at.article];
  printf("\r\033[K%zu/%zu %s  [%gx]\n", s->at.article + 1, s->book->article_count, a->headline,
         s->speed);
  fflush(stdout);
}

/* Opens the output at rate, or keeps it when it already runs at that rate. */
static tb_status ensure_output(session *s, int rate, tb_error *err) {
  if (s->output && tb_output_rate(s->output) == rate) return TB_OK;
  tb_output_close(s->output);
  s->output = NULL;
  tb_tempo_free(s->tempo);
  s->tempo = NULL;
  tb_status status = tb_output_open(rate, &s->output, err);
  if (status == TB_OK) status = tb_tempo_new(rate, s->speed, &s->tempo, err);
  return status;
}

static tb_status open_position(session *s, tb_position to, tb_error *err) {
  if (!s->audio || to.article != s->at.article) {
    tb_article_audio_close(s->audio);
    s->audio = NULL;
    tb_status status =
        tb_article_audio_open(s->book->articles[to.article].audio_path, &s->audio, err);
    if (status != TB_OK) return status;
    status = ensure_output(s, tb_article_audio_rate(s->audio), err);
    if (status != TB_OK) return status;
  }
  if (to.seconds < 0) to.seconds = 0;
  s->at = to;
  tb_tempo_discard(s->tempo);
  return tb_article_audio_seek(s->audio, to.seconds, err);
}

/* Stops what is playing so that a prompt or a jump is heard at once. */
static tb_status interrupt(session *s, tb_error *err) {
  tb_tempo_discard(s->tempo);
  return tb_output_flush(s->output, err);
}

static tb_status speak(session *s, const char *text, tb_error *err) {
  int16_t *samples = NULL;
  size_t count = 0;
  tb_status status = interrupt(s, err);
  if (status == TB_OK)
    status = tb_prompt_render(s->options->mandarin, s->options->speech, text,
                              tb_output_rate(s->output), &samples, &count, err);
  if (status == TB_OK) status = tb_output_write(s->output, samples, count, err);
  free(samples);
  return status;
}

/* After a prompt or a pause, the article goes on from a little before where it was cut. */
static tb_status rewind_after_interruption(session *s, tb_error *err) {
  tb_position back = s->at;
  back.seconds -= INTERRUPTION_REWIND_SECONDS;
  return open_position(s, back, err);
}

static tb_status jump(session *s, tb_position to, tb_error *err) {
  bool new_article = to.article != s->at.article;
  tb_status status = interrupt(s, err);
  if (status == TB_OK) status = open_position(s, to, err);
  if (status == TB_OK && new_article) {
    char *text = tb_xasprintf("第%zu篇", to.article + 1);
    status = speak(s, text, err);
    free(text);
    show_status(s);
  }
  return status;
}

static tb_status move(session *s, tb_nav_level level, int direction, tb_error *err) {
  tb_position to;
  if (tb_nav_step(s->book, s->at, level, direction, &to)) return jump(s, to, err);
  tb_status status = speak(s, direction > 0 ? "已到最后" : "已到开头", err);
  return status == TB_OK ? rewind_after_interruption(s, err) : status;
}

static tb_status say_and_go_on(session *s, const char *text, tb_error *err) {
  tb_status status = speak(s, text, err);
  return status == TB_OK ? rewind_after_interruption(s, err) : status;
}

static tb_status where_am_i(session *s, tb_error *err) {
  const tb_book_article *a = &s->book->articles[s->at.article];
  size_t paragraph = tb_nav_paragraph_number(a, s->at.seconds);
  char *text = paragraph == 0 ? tb_xasprintf("第%zu篇，共%zu篇。%s。标题。", s->at.article + 1,
                                             s->book->article_count, a->headline)
                              : tb_xasprintf("第%zu篇，共%zu篇。%s。第%zu段。", s->at.article + 1,
                                             s->book->article_count, a->headline, paragraph);
  tb_status status = say_and_go_on(s, text, err);
  free(text);
  return status;
}

static tb_status change_speed(session *s, double speed, tb_error *err) {
  tb_tempo_set_speed(s->tempo, speed);
  s->speed = tb_tempo_speed(s->tempo);
  char *text = tb_xasprintf("语速%g倍", s->speed);
  tb_status status = say_and_go_on(s, text, err);
  free(text);
  show_status(s);
  return status;
}

static tb_status go_to_typed_article(session *s, tb_error *err) {
  s->digits[s->digit_count] = '\0';
  size_t wanted = s->digit_count ? strtoul(s->digits, NULL, 10) : 0;
  s->digit_count = 0;
  if (wanted >= 1 && wanted <= s->book->article_count)
    return jump(s, (tb_position){wanted - 1, 0}, err);
  char *text = tb_xasprintf("没有第%zu篇，共%zu篇", wanted, s->book->article_count);
  tb_status status = say_and_go_on(s, text, err);
  free(text);
  return status;
}

static tb_status toggle_pause(session *s, tb_error *err) {
  s->paused = !s->paused;
  if (!s->paused) return TB_OK;
  tb_status status = speak(s, "暂停", err);
  if (status == TB_OK) status = rewind_after_interruption(s, err);
  save_bookmark(s);
  return status;
}

static tb_status handle_key(session *s, tb_key key, tb_error *err) {
  switch (key.kind) {
  case TB_KEY_NONE:
    return TB_OK;
  case TB_KEY_END:
    s->input_ended = true;
    return TB_OK;
  case TB_KEY_RIGHT:
    return move(s, s->level, +1, err);
  case TB_KEY_LEFT:
    return move(s, s->level, -1, err);
  case TB_KEY_UP:
  case TB_KEY_DOWN:
    if (key.kind == TB_KEY_UP && s->level > TB_LEVEL_ARTICLE) s->level--;
    if (key.kind == TB_KEY_DOWN && s->level < TB_LEVEL_SENTENCE) s->level++;
    return say_and_go_on(s, level_names[s->level], err);
  case TB_KEY_HOME:
    return jump(s, (tb_position){s->at.article, 0}, err);
  case TB_KEY_END_KEY:
    return TB_OK;
  case TB_KEY_CHAR:
    break;
  }
  char c = key.ch;
  if (c >= '0' && c <= '9' && (s->digit_count > 0 || c != '0')) {
    if (s->digit_count + 1 < sizeof s->digits) s->digits[s->digit_count++] = c;
    return TB_OK;
  }
  if (c == '\n') return s->digit_count ? go_to_typed_article(s, err) : TB_OK;
  s->digit_count = 0;
  switch (c) {
  case ' ':
  case 'k':
    return toggle_pause(s, err);
  case 'n':
    return move(s, TB_LEVEL_ARTICLE, +1, err);
  case 'p':
    return move(s, TB_LEVEL_ARTICLE, -1, err);
  case '+':
  case '=':
    return change_speed(s, s->speed + 0.25, err);
  case '-':
  case '_':
    return change_speed(s, s->speed - 0.25, err);
  case '0':
    return change_speed(s, 1.0, err);
  case 'w':
  case 'i':
    return where_am_i(s, err);
  case 'h':
  case '?':
    return say_and_go_on(s, spoken_help, err);
  case 'q':
  case 'Q':
    s->quit = true;
    return TB_OK;
  default:
    return TB_OK;
  }
}

/* Plays one chunk of the current article; at its end goes on to the next, and after the last
 * says so and pauses (or ends the run when no more keys can come). */
static tb_status play_chunk(session *s, tb_error *err) {
  size_t got = tb_article_audio_read(s->audio, s->in, CHUNK);
  if (got == 0) {
    size_t drained;
    while ((drained = tb_tempo_process(s->tempo, NULL, 0, s->out, s->out_capacity, true)) > 0)
      if (tb_output_write(s->output, s->out, drained, err) != TB_OK) return err->status;
    if (s->at.article + 1 < s->book->article_count) {
      tb_status status = open_position(s, (tb_position){s->at.article + 1, 0}, err);
      show_status(s);
      return status;
    }
    s->at.seconds = s->book->articles[s->at.article].duration;
    int16_t *samples = NULL;
    size_t count = 0;
    tb_status status = tb_prompt_render(s->options->mandarin, s->options->speech, "本期已读完",
                                        tb_output_rate(s->output), &samples, &count, err);
    if (status == TB_OK) status = tb_output_write(s->output, samples, count, err);
    free(samples);
    s->paused = true;
    s->finished = s->quit = s->input_ended;
    return status;
  }
  s->at.seconds += (double)got / tb_article_audio_rate(s->audio);
  size_t made = tb_tempo_process(s->tempo, s->in, got, s->out, s->out_capacity, false);
  while (made > 0) {
    if (tb_output_write(s->output, s->out, made, err) != TB_OK) return err->status;
    made = tb_tempo_process(s->tempo, NULL, 0, s->out, s->out_capacity, false);
  }
  if (now_seconds() - s->bookmark_time >= BOOKMARK_EVERY_SECONDS) save_bookmark(s);
  return TB_OK;
}

static tb_position starting_position(session *s, bool *resumed) {
  const tb_player_options *o = s->options;
  tb_position start = {o->start_article < s->book->article_count ? o->start_article : 0, 0};
  *resumed = false;
  if (!o->resume || !o->bookmark_path) return start;
  tb_position saved;
  bool found = false;
  tb_error err;
  tb_error_clear(&err);
  if (tb_bookmark_load(o->bookmark_path, s->book->key, &saved, &found, &err) != TB_OK) {
    tb_log(TB_LOG_WARN, "%s", err.message);
    return start;
  }
  if (!found || saved.article >= s->book->article_count ||
      saved.seconds >= s->book->articles[saved.article].duration)
    return start;
  *resumed = true;
  return saved;
}

static tb_status greet(session *s, bool resumed, tb_error *err) {
  char *text = resumed ? tb_xasprintf("%s，共%zu篇。从第%zu篇继续。", s->book->title,
                                      s->book->article_count, s->at.article + 1)
                       : tb_xasprintf("%s，共%zu篇。按H键听按键说明。", s->book->title,
                                      s->book->article_count);
  tb_status status = speak(s, text, err);
  free(text);
  show_status(s);
  return status;
}

tb_status tb_player_run(const tb_book *book, const tb_player_options *options, tb_error *err) {
  session s = {.book = book, .options = options, .level = options->level};
  s.speed = options->speed > 0 ? options->speed : 1.0;
  s.in = tb_xmalloc(CHUNK * sizeof *s.in);
  s.out_capacity = (size_t)(CHUNK / TB_TEMPO_MIN) + CHUNK;
  s.out = tb_xmalloc(s.out_capacity * sizeof *s.out);
  s.show_status = isatty(STDOUT_FILENO);
  s.bookmark_time = now_seconds();

  struct sigaction stop = {.sa_handler = on_stop_signal}, old_int, old_term;
  sigemptyset(&stop.sa_mask);
  stop_requested = 0;
  sigaction(SIGINT, &stop, &old_int);
  sigaction(SIGTERM, &stop, &old_term);
  tb_keyboard_open(&s.keyboard, options->key_fd);

  bool resumed;
  tb_position start = starting_position(&s, &resumed);
  s.at.article = SIZE_MAX; /* nothing open yet */
  tb_status status = open_position(&s, start, err);
  if (status == TB_OK) status = greet(&s, resumed, err);
  while (status == TB_OK && !s.quit && !stop_requested) {
    tb_key key = s.input_ended ? (tb_key){TB_KEY_NONE, 0}
                               : tb_keyboard_read(&s.keyboard, s.paused ? PAUSED_POLL_MS : 0);
    status = handle_key(&s, key, err);
    if (status != TB_OK || s.quit) break;
    if (s.paused) {
      s.quit = s.input_ended; /* nobody can press space any more */
      continue;
    }
    status = play_chunk(&s, err);
  }
  if (s.output && s.at.article < book->article_count) {
    if (!s.finished) tb_output_flush(s.output, NULL);
    save_bookmark(&s);
  }
  tb_keyboard_close(&s.keyboard);
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
  tb_article_audio_close(s.audio);
  tb_tempo_free(s.tempo);
  tb_output_close(s.output);
  free(s.in);
  free(s.out);
  return status;
}
