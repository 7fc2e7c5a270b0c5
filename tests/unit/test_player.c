/* player: navigation over marks, bookmarks, speed without pitch change, loading a rendered issue,
 * key decoding and article audio. The sound card itself is exercised by e2e/test_play.sh. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "player/player.h"
#include "player/player_internal.h"

#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- a book built by hand ---------------------------------------------------------------- */

/* Article 0: headline at 0, paragraph starts at 2 and 10 (sentences at 2, 5, 10, 14), 20 s.
 * Article 1: headline at 0, one paragraph at 3 (sentences 3, 6), 9 s. */
static double starts0[] = {0, 2, 5, 10, 14};
static bool paras0[] = {true, true, false, true, false};
static double starts1[] = {0, 3, 6};
static bool paras1[] = {true, true, false};

static tb_book_article articles[] = {
    {.headline = "一",
     .duration = 20,
     .sentence_starts = starts0,
     .paragraph_starts = paras0,
     .sentence_count = 5},
    {.headline = "二",
     .duration = 9,
     .sentence_starts = starts1,
     .paragraph_starts = paras1,
     .sentence_count = 3},
};
static const tb_book book = {.key = "k", .title = "t", .articles = articles, .article_count = 2};

static tb_position step(size_t article, double seconds, tb_nav_level level, int direction,
                        bool *moved) {
  tb_position to = {999, -1};
  *moved = tb_nav_step(&book, (tb_position){article, seconds}, level, direction, &to);
  return to;
}

static void next_sentence_paragraph_and_article(void **state) {
  (void)state;
  bool moved;
  tb_position to = step(0, 3.0, TB_LEVEL_SENTENCE, +1, &moved);
  assert_true(moved);
  assert_int_equal(to.article, 0);
  assert_float_equal(to.seconds, 5, 1e-9);
  to = step(0, 3.0, TB_LEVEL_PARAGRAPH, +1, &moved);
  assert_float_equal(to.seconds, 10, 1e-9);
  /* Standing on a start counts as being at it: the next unit is the one after. */
  to = step(0, 10.0, TB_LEVEL_PARAGRAPH, +1, &moved);
  assert_int_equal(to.article, 1);
  assert_float_equal(to.seconds, 0, 1e-9);
  to = step(0, 15.0, TB_LEVEL_SENTENCE, +1, &moved);
  assert_int_equal(to.article, 1);
  to = step(0, 3.0, TB_LEVEL_ARTICLE, +1, &moved);
  assert_int_equal(to.article, 1);
  assert_float_equal(to.seconds, 0, 1e-9);
  /* After the last unit of the last article there is nowhere to go. */
  to = step(1, 7.0, TB_LEVEL_SENTENCE, +1, &moved);
  assert_false(moved);
  to = step(1, 1.0, TB_LEVEL_ARTICLE, +1, &moved);
  assert_false(moved);
}

static void back_restarts_then_goes_to_the_previous_unit(void **state) {
  (void)state;
  bool moved;
  /* Well into a sentence: back to its start. */
  tb_position to = step(0, 8.0, TB_LEVEL_SENTENCE, -1, &moved);
  assert_true(moved);
  assert_float_equal(to.seconds, 5, 1e-9);
  /* Just after its start: the sentence before. */
  to = step(0, 5.5, TB_LEVEL_SENTENCE, -1, &moved);
  assert_float_equal(to.seconds, 2, 1e-9);
  to = step(0, 10.2, TB_LEVEL_PARAGRAPH, -1, &moved);
  assert_float_equal(to.seconds, 2, 1e-9);
  /* From the start of an article: the last unit of the one before. */
  to = step(1, 0.5, TB_LEVEL_PARAGRAPH, -1, &moved);
  assert_int_equal(to.article, 0);
  assert_float_equal(to.seconds, 10, 1e-9);
  to = step(1, 0.5, TB_LEVEL_SENTENCE, -1, &moved);
  assert_float_equal(to.seconds, 14, 1e-9);
  to = step(1, 0.5, TB_LEVEL_ARTICLE, -1, &moved);
  assert_int_equal(to.article, 0);
  assert_float_equal(to.seconds, 0, 1e-9);
  to = step(1, 5.0, TB_LEVEL_ARTICLE, -1, &moved);
  assert_int_equal(to.article, 1);
  assert_float_equal(to.seconds, 0, 1e-9);
  /* At the very start nothing moves. */
  step(0, 0.0, TB_LEVEL_SENTENCE, -1, &moved);
  assert_false(moved);
}

static void position_names_sentence_and_paragraph(void **state) {
  (void)state;
  assert_int_equal(tb_nav_sentence_at(&articles[0], 0.5), 0);
  assert_int_equal(tb_nav_sentence_at(&articles[0], 6), 2);
  assert_int_equal(tb_nav_paragraph_number(&articles[0], 0.5), 0); /* the headline */
  assert_int_equal(tb_nav_paragraph_number(&articles[0], 6), 1);
  assert_int_equal(tb_nav_paragraph_number(&articles[0], 19), 2);
}

/* ---- bookmarks ---------------------------------------------------------------------------- */

static char *temp_dir(void) {
  char templ[] = "/tmp/tb-player-XXXXXX";
  assert_non_null(mkdtemp(templ));
  return strdup(templ);
}

static void remove_tree(const char *dir) {
  char *cmd = tb_xasprintf("rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(cmd);
}

static void bookmarks_round_trip_per_issue(void **state) {
  (void)state;
  char *dir = temp_dir();
  char *path = tb_xasprintf("%s/state/tingbao/bookmarks.json", dir);
  tb_error err;
  tb_position at;
  bool found = true;
  /* No file yet: no bookmark, no error. */
  assert_int_equal(tb_bookmark_load(path, "新东城报|2026-03-10", &at, &found, &err), TB_OK);
  assert_false(found);
  assert_int_equal(tb_bookmark_save(path, "新东城报|2026-03-10", (tb_position){3, 12.5}, &err),
                   TB_OK);
  assert_int_equal(tb_bookmark_save(path, "其他|2026-03-03", (tb_position){1, 2}, &err), TB_OK);
  assert_int_equal(tb_bookmark_save(path, "新东城报|2026-03-10", (tb_position){4, 1.25}, &err),
                   TB_OK);
  assert_int_equal(tb_bookmark_load(path, "新东城报|2026-03-10", &at, &found, &err), TB_OK);
  assert_true(found);
  assert_int_equal(at.article, 4);
  assert_float_equal(at.seconds, 1.25, 1e-9);
  assert_int_equal(tb_bookmark_load(path, "其他|2026-03-03", &at, &found, &err), TB_OK);
  assert_true(found);
  assert_int_equal(at.article, 1);
  free(path);
  remove_tree(dir);
  free(dir);
}

static void a_foreign_bookmark_file_is_refused_not_overwritten(void **state) {
  (void)state;
  char *dir = temp_dir();
  char *path = tb_xasprintf("%s/bookmarks.json", dir);
  static const char foreign[] = "{\"something\": \"else\"}";
  tb_error err;
  assert_int_equal(tb_file_write_atomic(path, foreign, strlen(foreign), &err), TB_OK);
  tb_error_clear(&err);
  assert_int_equal(tb_bookmark_save(path, "k", (tb_position){1, 1}, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, path));
  unsigned char *data;
  size_t len;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  assert_memory_equal(data, foreign, strlen(foreign));
  free(data);
  free(path);
  remove_tree(dir);
  free(dir);
}

/* ---- speed ---------------------------------------------------------------------------------- */

/* A voiced-speech stand-in: a 150 Hz tone with harmonics. */
static int16_t *voiced(int rate, size_t n) {
  int16_t *s = malloc(n * sizeof *s);
  for (size_t i = 0; i < n; i++) {
    double t = (double)i / rate;
    s[i] = (int16_t)(6000 * sin(2 * M_PI * 150 * t) + 3000 * sin(2 * M_PI * 300 * t) +
                     1500 * sin(2 * M_PI * 450 * t));
  }
  return s;
}

/* The period (in samples) with the strongest autocorrelation between 2 and 20 ms. */
static int strongest_period(const int16_t *s, size_t n, int rate) {
  int best = 0;
  double best_score = -1e300;
  for (int lag = rate / 500; lag <= rate / 50; lag++) {
    double score = 0;
    for (size_t i = 0; i + (size_t)lag < n; i++)
      score += (double)s[i] * s[i + (size_t)lag];
    if (score > best_score) {
      best_score = score;
      best = lag;
    }
  }
  return best;
}

static size_t run_tempo(double speed, const int16_t *in, size_t n, int rate, int16_t **out) {
  tb_tempo *tempo;
  tb_error err;
  assert_int_equal(tb_tempo_new(rate, speed, &tempo, &err), TB_OK);
  size_t cap = n * 3, made = 0;
  *out = malloc(cap * sizeof **out);
  for (size_t at = 0; at < n; at += 1000) {
    size_t len = n - at < 1000 ? n - at : 1000;
    made += tb_tempo_process(tempo, in + at, len, *out + made, cap - made, false);
  }
  size_t got;
  while ((got = tb_tempo_process(tempo, NULL, 0, *out + made, cap - made, true)) > 0)
    made += got;
  tb_tempo_free(tempo);
  return made;
}

static void speed_changes_duration_not_pitch(void **state) {
  (void)state;
  const int rate = 22050;
  size_t n = (size_t)rate * 2;
  int16_t *in = voiced(rate, n);
  int period = strongest_period(in, 4096, rate);
  assert_int_equal(period, rate / 150);
  for (double speed = 0.5; speed <= 3.0; speed += 0.5) {
    int16_t *out;
    size_t made = run_tempo(speed, in, n, rate, &out);
    double expected = n / speed;
    assert_true(fabs(made - expected) < expected * 0.05);
    /* Pitch kept: the period measured in the middle is the input's within a sample. */
    int got = strongest_period(out + made / 2 - 2048, 4096, rate);
    assert_true(abs(got - period) <= 1);
    free(out);
  }
  tb_tempo *tempo;
  tb_error err;
  assert_int_equal(tb_tempo_new(rate, 9.0, &tempo, &err), TB_OK);
  assert_float_equal(tb_tempo_speed(tempo), TB_TEMPO_MAX, 1e-9);
  tb_tempo_set_speed(tempo, 0.1);
  assert_float_equal(tb_tempo_speed(tempo), TB_TEMPO_MIN, 1e-9);
  tb_tempo_free(tempo);
  free(in);
}

/* ---- loading a rendered issue --------------------------------------------------------------- */

static void write_wav(const char *path, int rate, int channels, size_t frames) {
  SF_INFO info = {
      .samplerate = rate, .channels = channels, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16};
  SNDFILE *f = sf_open(path, SFM_WRITE, &info);
  assert_non_null(f);
  int16_t *buf = calloc(frames * (size_t)channels, sizeof *buf);
  for (size_t i = 0; i < frames; i++)
    for (int c = 0; c < channels; c++)
      buf[i * (size_t)channels + (size_t)c] = (int16_t)(c ? 3000 : 1000);
  assert_int_equal(sf_writef_short(f, buf, (sf_count_t)frames), (sf_count_t)frames);
  sf_close(f);
  free(buf);
}

static void write_text(const char *path, const char *text) {
  tb_error err;
  assert_int_equal(tb_file_write_atomic(path, text, strlen(text), &err), TB_OK);
}

/* library/报/2026-03-10/issue.json with two articles; article 1 also lists an MP3 (not on disk) so
 * the loader must pick the WAV that exists. */
static char *make_issue(const char *library, const char *date) {
  char *dir = tb_xasprintf("%s/报/%s", library, date);
  char *audio = tb_xasprintf("%s/audio", dir);
  tb_error err;
  assert_int_equal(tb_mkdir_p(audio, &err), TB_OK);
  char *wav1 = tb_xasprintf("%s/01.wav", audio), *wav2 = tb_xasprintf("%s/02.wav", audio);
  write_wav(wav1, 48000, 2, 48000);
  write_wav(wav2, 48000, 1, 24000);
  char *json = tb_xasprintf(
      "{\"publication\": \"报\", \"date\": \"%s\", \"source\": \"x.txt\", \"articles\": ["
      "{\"headline\": \"第一篇\", \"audio\": {\"files\": [\"audio/01.mp3\", \"audio/01.wav\"], "
      "\"duration\": 1.0, \"sample_rate\": 22050, \"marks\": [{\"sample\": 0, \"paragraph_start\": "
      "true}, {\"sample\": 11025, \"paragraph_start\": false}]}},"
      "{\"headline\": \"第二篇\", \"audio\": {\"files\": [\"audio/02.wav\"], \"duration\": 0.5, "
      "\"sample_rate\": 22050, \"marks\": [{\"sample\": 0, \"paragraph_start\": true}]}}]}",
      date);
  char *path = tb_xasprintf("%s/issue.json", dir);
  write_text(path, json);
  free(json);
  free(wav1);
  free(wav2);
  free(audio);
  free(dir);
  return path;
}

static void loads_an_issue_and_finds_the_newest_in_a_library(void **state) {
  (void)state;
  char *library = temp_dir();
  char *older = make_issue(library, "2026-03-03");
  sleep(1); /* mtimes a whole second apart, whatever the file system's resolution */
  char *newer = make_issue(library, "2026-03-10");
  tb_book *b;
  tb_error err;
  assert_int_equal(tb_book_load(library, &b, &err), TB_OK);
  assert_non_null(strstr(b->key, "2026-03-10"));
  assert_string_equal(b->title, "报，2026-03-10");
  assert_int_equal(b->article_count, 2);
  assert_string_equal(b->articles[0].headline, "第一篇");
  assert_non_null(strstr(b->articles[0].audio_path, "01.wav"));
  assert_int_equal(b->articles[0].sentence_count, 2);
  assert_float_equal(b->articles[0].sentence_starts[1], 0.5, 1e-9);
  assert_false(b->articles[0].paragraph_starts[1]);
  /* Stereo is read as mono: the channels' mean. */
  tb_article_audio *audio;
  assert_int_equal(tb_article_audio_open(b->articles[0].audio_path, &audio, &err), TB_OK);
  assert_int_equal(tb_article_audio_rate(audio), 48000);
  assert_int_equal(tb_article_audio_seek(audio, 0.75, &err), TB_OK);
  int16_t buf[20000];
  assert_int_equal(tb_article_audio_read(audio, buf, 20000), 12000);
  assert_int_equal(buf[0], 2000);
  tb_article_audio_close(audio);
  tb_book_free(b);
  /* The older one by its own path. */
  assert_int_equal(tb_book_load(older, &b, &err), TB_OK);
  assert_non_null(strstr(b->key, "2026-03-03"));
  tb_book_free(b);
  free(older);
  free(newer);
  remove_tree(library);
  free(library);
}

static void an_issue_without_audio_or_marks_is_bad_input(void **state) {
  (void)state;
  char *dir = temp_dir();
  char *path = tb_xasprintf("%s/issue.json", dir);
  tb_book *b = NULL;
  tb_error err;
  write_text(path,
             "{\"articles\": [{\"headline\": \"无声\", \"audio\": {\"files\": "
             "[\"audio/none.flac\"], \"sample_rate\": 22050, \"marks\": [{\"sample\": 0}]}}]}");
  assert_int_equal(tb_book_load(path, &b, &err), TB_ERR_INPUT);
  assert_null(b);
  assert_non_null(strstr(err.message, "无声"));
  write_text(path, "{\"articles\": []}");
  assert_int_equal(tb_book_load(path, &b, &err), TB_ERR_INPUT);
  write_text(path, "{\"articles\": [");
  assert_int_equal(tb_book_load(path, &b, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, path));
  assert_int_equal(tb_book_load(dir, &b, &err), TB_ERR_INPUT); /* no audio/ folder: not playable */
  free(path);
  remove_tree(dir);
  free(dir);
}

/* ---- keys ----------------------------------------------------------------------------------- */

static void keys_decode_arrows_and_characters(void **state) {
  (void)state;
  int fds[2];
  assert_int_equal(pipe(fds), 0);
  static const char typed[] = "\x1b[C\x1b[D\x1bOA\x1b[B\x1b[1~ q3\r";
  assert_int_equal(write(fds[1], typed, sizeof typed - 1), (ssize_t)(sizeof typed - 1));
  close(fds[1]);
  tb_keyboard kb;
  tb_keyboard_open(&kb, fds[0]);
  assert_false(kb.raw); /* a pipe is read as it is */
  tb_key_kind expected[] = {TB_KEY_RIGHT, TB_KEY_LEFT, TB_KEY_UP, TB_KEY_DOWN, TB_KEY_NONE};
  for (size_t i = 0; i < sizeof expected / sizeof *expected; i++)
    assert_int_equal(tb_keyboard_read(&kb, 100).kind, expected[i]);
  const char chars[] = " q3\n";
  for (size_t i = 0; i < 4; i++) {
    tb_key k = tb_keyboard_read(&kb, 100);
    assert_int_equal(k.kind, TB_KEY_CHAR);
    assert_int_equal(k.ch, chars[i]);
  }
  assert_int_equal(tb_keyboard_read(&kb, 100).kind, TB_KEY_END);
  tb_keyboard_close(&kb);
  close(fds[0]);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(next_sentence_paragraph_and_article),
      cmocka_unit_test(back_restarts_then_goes_to_the_previous_unit),
      cmocka_unit_test(position_names_sentence_and_paragraph),
      cmocka_unit_test(bookmarks_round_trip_per_issue),
      cmocka_unit_test(a_foreign_bookmark_file_is_refused_not_overwritten),
      cmocka_unit_test(speed_changes_duration_not_pitch),
      cmocka_unit_test(loads_an_issue_and_finds_the_newest_in_a_library),
      cmocka_unit_test(an_issue_without_audio_or_marks_is_bad_input),
      cmocka_unit_test(keys_decode_arrows_and_characters),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
