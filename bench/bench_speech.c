/* bench_speech: the speech path (issue text → reading → eSpeak → audio post → files) against raw
 * `espeak-ng -w` on the same text, in the same run. Usage:
 *   bench_speech [ISSUE.json] [--voice NAME] [--runs N] [--jobs N] [--ssml FILE] [--no-web]
 * --ssml writes the SSML raw espeak-ng reads to FILE and exits (for timing the program against
 * `tingbao render` by hand); --no-web skips the web profile (MP3 and Opus encoding take
 * minutes); --jobs sets the speech worker processes of the renders (default: one per core).
 * ISSUE.json is a truth file of tests/fixtures/truth (articles with headline and text). Prints
 * seconds per step (median of N runs), wall and CPU (children included), and ratios against the
 * raw synthesis. */
#include "export/export.h"
#include "export/render_private.h"

#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this process (all its threads) and of its finished children. */
static double cpu_self(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_children(void) {
  struct rusage ru;
  getrusage(RUSAGE_CHILDREN, &ru);
  return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, compare);
  return v[n / 2];
}

static int fail(const tb_error *err) {
  fprintf(stderr, "bench_speech: %s\n", err->message);
  return 1;
}

/* Readings of every article of a truth file (tests/fixtures/truth): headline first, then the
 * body paragraphs ("text"). */
static tb_status read_issue(tb_mandarin *m, json_t *truth, tb_reading ***out, size_t *count,
                            tb_error *err) {
  json_t *articles = json_object_get(truth, "articles");
  size_t total = json_array_size(articles);
  tb_reading **readings = tb_xcalloc(total + 1, sizeof *readings);
  size_t n = 0;
  for (size_t i = 0; i < total; i++) {
    json_t *a = json_array_get(articles, i);
    tb_strlist paras = {0};
    const char *headline = json_string_value(json_object_get(a, "headline"));
    if (headline) tb_strlist_push(&paras, headline);
    json_t *text = json_object_get(a, "text");
    for (size_t p = 0; p < json_array_size(text); p++)
      if (json_string_value(json_array_get(text, p)))
        tb_strlist_push(&paras, json_string_value(json_array_get(text, p)));
    if (paras.count == 0) continue;
    tb_status st =
        tb_mandarin_read(m, (const char *const *)paras.items, paras.count, &readings[n], err);
    tb_strlist_free(&paras);
    if (st != TB_OK) return st;
    n++;
  }
  *out = readings;
  *count = n;
  return TB_OK;
}

/* The truth file as an issue to render: headline and body paragraphs of every article. */
static tb_issue *truth_issue(json_t *truth) {
  tb_issue *issue = tb_issue_new();
  tb_set_string(&issue->publication, json_string_value(json_object_get(truth, "publication")));
  tb_set_string(&issue->date, json_string_value(json_object_get(truth, "date")));
  json_t *articles = json_object_get(truth, "articles");
  for (size_t i = 0; i < json_array_size(articles); i++) {
    json_t *a = json_array_get(articles, i);
    const char *headline = json_string_value(json_object_get(a, "headline"));
    json_t *text = json_object_get(a, "text");
    if (!headline && json_array_size(text) == 0) continue;
    tb_article *article = tb_issue_add_article(issue);
    tb_set_string(&article->headline, headline);
    for (size_t p = 0; p < json_array_size(text); p++)
      if (json_string_value(json_array_get(text, p)))
        tb_strlist_push(&article->paragraphs, json_string_value(json_array_get(text, p)));
  }
  tb_issue_assign_ids(issue);
  return issue;
}

/* tingbao render of the issue with one profile and no braille, as the program runs it. */
static tb_status render_profile(tb_mandarin *mandarin, tb_speech *speech, const tb_issue *issue,
                                const char *profile, int jobs, const char *library, tb_error *err) {
  tb_config cfg;
  tb_config_defaults(&cfg);
  tb_set_string(&cfg.profiles, profile);
  tb_render_context ctx = {
      .config = &cfg, .mandarin = mandarin, .speech = speech, .speech_jobs = jobs};
  char *out_dir = NULL;
  tb_status st = tb_export_render(&ctx, issue, library, &out_dir, err);
  free(out_dir);
  tb_config_free(&cfg);
  return st;
}

/* Hands each recording to the writer queue as the speech workers deliver it, in order. */
typedef struct {
  tb_audio_queue *queue;
  const char *dir;
  const tb_audio_profile *profile;
} queue_feed;

static tb_status feed_queue(size_t index, tb_pcm *pcm, void *ctx, tb_error *err) {
  queue_feed *f = ctx;
  char stem[32];
  snprintf(stem, sizeof stem, "%02zu", index + 1);
  return tb_export_queue_push(f->queue, f->dir, stem, pcm, NULL, NULL, 0, &f->profile, 1, err);
}

/* The whole issue's radio file as the render makes it: the articles' broadcast WAV files of the
 * per-article path (01.wav …) joined, with the article pause between them. */
static tb_status join_radio(const char *dir, size_t n, tb_error *err) {
  tb_strlist parts = {0};
  size_t *starts = tb_xcalloc(n + 1, sizeof *starts);
  const char **titles = tb_xcalloc(n + 1, sizeof *titles);
  size_t at = 0;
  for (size_t i = 0; i < n; i++) {
    char name[32];
    snprintf(name, sizeof name, "%02zu.wav", i + 1);
    tb_strlist_push_owned(&parts, tb_path_join(dir, name));
    titles[i] = "article";
    starts[i] = at;
    SF_INFO info = {0};
    SNDFILE *sf = sf_open(parts.items[i], SFM_READ, &info);
    if (sf) sf_close(sf);
    at += (size_t)info.frames + (size_t)TB_SPEECH_ARTICLE_PAUSE_MS * 48;
  }
  tb_loudness loudness = {.integrated_lufs = -23.0, .true_peak_dbtp = -1.0};
  char *path = tb_path_join(dir, "issue.wav");
  tb_status st = tb_export_join_wav(path, (const char *const *)parts.items, starts, titles, n, NULL,
                                    &tb_export_audio_profile("radio")->options, &loudness, err);
  free(path);
  free(titles);
  free(starts);
  tb_strlist_free(&parts);
  return st;
}

/* All readings as one SSML document, the text raw espeak-ng reads. Caller frees. */
static char *whole_markup(tb_reading **readings, size_t n) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "<speak>");
  for (size_t i = 0; i < n; i++) {
    char *m = tb_speech_markup(readings[i]);
    size_t len = strlen(m);
    /* drop this reading's own <speak> … </speak> */
    tb_strbuf_append(&sb, m + 7, len - 7 - 8);
    tb_strbuf_printf(&sb, "<break time=\"%dms\"/>", TB_SPEECH_ARTICLE_PAUSE_MS);
    free(m);
  }
  tb_strbuf_puts(&sb, "</speak>");
  return tb_strbuf_take(&sb);
}

int main(int argc, char **argv) {
  const char *issue_path = TB_SOURCE_DIR "/tests/fixtures/truth/xindongcheng-2026-03-10.json";
  const char *voice = "tingbao-female";
  int runs = 3;
  const char *ssml_out = NULL;
  bool no_web = false;
  int jobs = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--voice") == 0 && i + 1 < argc)
      voice = argv[++i];
    else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--ssml") == 0 && i + 1 < argc)
      ssml_out = argv[++i];
    else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc)
      jobs = atoi(argv[++i]);
    else if (strcmp(argv[i], "--no-web") == 0)
      no_web = true;
    else
      issue_path = argv[i];
  }
  if (runs < 1 || runs > 50) runs = 3;
  tb_error err;
  tb_config cfg;
  tb_config_defaults(&cfg);
  json_error_t jerr;
  json_t *issue = json_load_file(issue_path, 0, &jerr);
  if (!issue) {
    fprintf(stderr, "bench_speech: %s:%d: %s\n", issue_path, jerr.line, jerr.text);
    return 1;
  }
  tb_mandarin *mandarin;
  if (tb_mandarin_new(cfg.lexicon, &mandarin, &err) != TB_OK) return fail(&err);
  char *voices = tb_xasprintf("%s/voices/espeak", TB_SOURCE_DIR);
  tb_speech *speech;
  if (tb_speech_new(voices, voice, 0, 0, &speech, &err) != TB_OK) return fail(&err);

  if (ssml_out) {
    tb_reading **readings;
    size_t n;
    if (read_issue(mandarin, issue, &readings, &n, &err) != TB_OK) return fail(&err);
    char *markup = whole_markup(readings, n);
    if (tb_file_write_atomic(ssml_out, markup, strlen(markup), &err) != TB_OK) return fail(&err);
    free(markup);
    for (size_t i = 0; i < n; i++)
      tb_reading_free(readings[i]);
    free(readings);
    free(voices);
    tb_speech_free(speech);
    tb_mandarin_free(mandarin);
    json_decref(issue);
    tb_config_free(&cfg);
    return 0;
  }
  enum {
    RAW,
    FRONT,
    SPEAK,
    PIPE_RADIO,
    PIPE_ARCHIVE,
    PIPE_RADIO_JOBS,
    PIPE_ARCHIVE_JOBS,
    WHOLE_RADIO,
    WHOLE_WEB,
    WHOLE_ARCHIVE,
    RENDER_RADIO,
    RENDER_WEB,
    RENDER_ARCHIVE,
    N
  };
  tb_issue *render_issue = truth_issue(issue);
  static const char *const names[] = {"radio", "web", "archive"};
  double t[N][50], c[N][50]; /* wall and CPU seconds */
  char dir[] = "/tmp/bench-speech-XXXXXX";
  if (!mkdtemp(dir)) return 1;
  double audio_seconds = 0;
  size_t syllables = 0, article_count = 0;
  for (int run = 0; run < runs; run++) {
    double t0 = now(), c0 = cpu_self();
    tb_reading **readings;
    size_t n;
    if (read_issue(mandarin, issue, &readings, &n, &err) != TB_OK) return fail(&err);
    t[FRONT][run] = now() - t0;
    c[FRONT][run] = cpu_self() - c0;
    /* synthesis alone, joined into one recording for the whole-issue files */
    t0 = now();
    c0 = cpu_self();
    tb_pcm *whole = tb_pcm_new(22050);
    for (size_t i = 0; i < n; i++) {
      tb_pcm *pcm;
      if (tb_speech_speak(speech, readings[i], &pcm, &err) != TB_OK) return fail(&err);
      tb_pcm_append(whole, pcm, i ? TB_SPEECH_ARTICLE_PAUSE_MS : 0);
      tb_pcm_free(pcm);
    }
    t[SPEAK][run] = now() - t0;
    c[SPEAK][run] = cpu_self() - c0;
    /* the speech path per article, files written on the queue's thread while the next article
     * is synthesized: front end + synthesis + post + files */
    for (int slot = PIPE_RADIO; slot <= PIPE_ARCHIVE; slot++) {
      const tb_audio_profile *profile =
          tb_export_audio_profile(slot == PIPE_RADIO ? "radio" : "archive");
      t0 = now();
      c0 = cpu_self();
      tb_reading **again;
      size_t m;
      if (read_issue(mandarin, issue, &again, &m, &err) != TB_OK) return fail(&err);
      tb_audio_queue *q = tb_export_queue_new();
      for (size_t i = 0; i < m; i++) {
        tb_pcm *pcm;
        if (tb_speech_speak(speech, again[i], &pcm, &err) != TB_OK) return fail(&err);
        char stem[32];
        snprintf(stem, sizeof stem, "%02zu", i + 1);
        if (tb_export_queue_push(q, dir, stem, pcm, NULL, NULL, 0, &profile, 1, &err) != TB_OK)
          return fail(&err);
      }
      if (tb_export_queue_finish(q, NULL, &err) != TB_OK) return fail(&err);
      t[slot][run] = now() - t0;
      c[slot][run] = cpu_self() - c0;
      for (size_t i = 0; i < m; i++)
        tb_reading_free(again[i]);
      free(again);
    }
    /* the same path with the render's speech workers: front end, then synthesis in worker
     * processes while the queue's thread writes the files */
    for (int slot = PIPE_RADIO_JOBS; slot <= PIPE_ARCHIVE_JOBS; slot++) {
      queue_feed feed = {
          .dir = dir,
          .profile = tb_export_audio_profile(slot == PIPE_RADIO_JOBS ? "radio" : "archive")};
      t0 = now();
      c0 = cpu_self() + cpu_children();
      tb_reading **again;
      size_t m;
      if (read_issue(mandarin, issue, &again, &m, &err) != TB_OK) return fail(&err);
      feed.queue = tb_export_queue_new();
      if (tb_speech_speak_all(speech, (const tb_reading *const *)again, m, jobs, feed_queue, &feed,
                              &err) != TB_OK)
        return fail(&err);
      if (tb_export_queue_finish(feed.queue, NULL, &err) != TB_OK) return fail(&err);
      t[slot][run] = now() - t0;
      c[slot][run] = cpu_self() + cpu_children() - c0;
      for (size_t i = 0; i < m; i++)
        tb_reading_free(again[i]);
      free(again);
    }
    for (int p = 0; p < 3; p++) {
      if (p == 1 && no_web) {
        t[WHOLE_WEB][run] = c[WHOLE_WEB][run] = 0;
        continue;
      }
      double a = now(), ca = cpu_self();
      if (p == 0) { /* radio: the render joins the articles' BWF files the path above wrote */
        if (join_radio(dir, n, &err) != TB_OK) return fail(&err);
        t[WHOLE_RADIO][run] = now() - a;
        c[WHOLE_RADIO][run] = cpu_self() - ca;
        continue;
      }
      if (tb_export_audio_profiled(dir, "issue", whole, NULL, NULL, 0,
                                   tb_export_audio_profile(names[p]), NULL, &err) != TB_OK)
        return fail(&err);
      t[WHOLE_RADIO + p][run] = now() - a;
      c[WHOLE_RADIO + p][run] = cpu_self() - ca;
    }
    /* whole renders, one per profile: per-article files, the issue file, playlist, manifest */
    for (int p = 0; p < 3; p++) {
      if (p == 1 && no_web) {
        t[RENDER_WEB][run] = c[RENDER_WEB][run] = 0;
        continue;
      }
      char *library = tb_xasprintf("%s/library-%s", dir, names[p]);
      double a = now(), ca = cpu_self() + cpu_children();
      if (render_profile(mandarin, speech, render_issue, names[p], jobs, library, &err) != TB_OK)
        return fail(&err);
      t[RENDER_RADIO + p][run] = now() - a;
      c[RENDER_RADIO + p][run] = cpu_self() + cpu_children() - ca;
      free(library);
    }
    /* the baseline: the same SSML through the espeak-ng program, same voice, rate and pitch */
    char *markup = whole_markup(readings, n);
    char *ssml = tb_xasprintf("%s/issue.ssml", dir);
    if (tb_file_write_atomic(ssml, markup, strlen(markup), &err) != TB_OK) return fail(&err);
    bool male = strcmp(voice, "tingbao-male") == 0;
    char *cmd = tb_xasprintf("espeak-ng -v cmn-latn-pinyin+%s -s %d -p %d -m -w %s/raw.wav -f %s",
                             male ? "m3" : "f2", 200, male ? 70 : 55, dir, ssml);
    double r0 = now(), rc0 = cpu_children();
    if (system(cmd) != 0) {
      fprintf(stderr, "bench_speech: %s failed (apt-get install espeak-ng)\n", cmd);
      return 1;
    }
    t[RAW][run] = now() - r0;
    c[RAW][run] = cpu_children() - rc0;
    audio_seconds = tb_pcm_seconds(whole);
    article_count = n;
    syllables = 0;
    for (size_t i = 0; i < n; i++)
      for (size_t k = 0; k < readings[i]->token_count; k++)
        for (const char *q = readings[i]->tokens[k].pinyin_speech; q && *q; q++)
          if (*q >= '1' && *q <= '5') syllables++;
    free(cmd);
    free(ssml);
    free(markup);
    for (size_t i = 0; i < n; i++)
      tb_reading_free(readings[i]);
    free(readings);
    tb_pcm_free(whole);
  }
  double m[N], mc[N];
  for (int k = 0; k < N; k++)
    m[k] = median(t[k], runs), mc[k] = median(c[k], runs);
  printf("issue: %s\n%zu articles, %zu syllables, %.1f s of speech (%.2f syllables/s), "
         "median of %d runs\n",
         issue_path, article_count, syllables, audio_seconds, syllables / audio_seconds, runs);
  printf("%-46s %9s %7s %9s %7s\n", "", "wall", "ratio", "cpu", "ratio");
  static const char *const labels[] = {
      "raw espeak-ng -w (same SSML, same voice)", "front end (tb_mandarin_read)",
      "synthesis (tb_speech_speak, libespeak-ng)", "speech path, text → radio BWF, per article",
      "speech path, text → archive FLAC, per article"};
  for (int k = RAW; k <= PIPE_ARCHIVE; k++)
    printf("%-46s %8.3fs %6.2f× %8.3fs %6.2f×\n", labels[k], m[k], m[k] / m[RAW], mc[k],
           mc[k] / mc[RAW]);
  printf("the same with %d speech workers (as tingbao render; cpu counts them)\n",
         jobs > 0 ? jobs : tb_speech_default_jobs());
  for (int k = PIPE_RADIO_JOBS; k <= PIPE_ARCHIVE_JOBS; k++)
    printf("  %-44s %8.3fs %6.2f× %8.3fs %6.2f×\n", k == PIPE_RADIO_JOBS ? "radio" : "archive",
           m[k], m[k] / m[RAW], mc[k], mc[k] / mc[RAW]);
  printf("whole issue as one file: radio joins the article files, the others post + write alone\n");
  for (int p = 0; p < 3; p++)
    printf("  %-44s %8.3fs %6.2f× %8.3fs %6.2f×\n", names[p], m[WHOLE_RADIO + p],
           m[WHOLE_RADIO + p] / m[RAW], mc[WHOLE_RADIO + p], mc[WHOLE_RADIO + p] / mc[RAW]);
  printf("whole-issue render (tingbao render, no braille), %d speech workers; cpu counts them\n",
         jobs > 0 ? jobs : tb_speech_default_jobs());
  for (int p = 0; p < 3; p++)
    printf("  %-44s %8.3fs %6.2f× %8.3fs %6.2f×\n", names[p], m[RENDER_RADIO + p],
           m[RENDER_RADIO + p] / m[RAW], mc[RENDER_RADIO + p], mc[RENDER_RADIO + p] / mc[RAW]);
  printf("the radio render runs %.0f× faster than real time (target: ≤ 1.2× raw synthesis)\n",
         audio_seconds / m[RENDER_RADIO]);
  char *rm = tb_xasprintf("rm -rf '%s'", dir);
  if (system(rm) != 0) fprintf(stderr, "bench_speech: could not remove %s\n", dir);
  free(rm);
  tb_issue_free(render_issue);
  free(voices);
  tb_speech_free(speech);
  tb_mandarin_free(mandarin);
  json_decref(issue);
  tb_config_free(&cfg);
  return 0;
}
