/* bench_post: where the audio post-processing of the speech path spends its time, step by step,
 * against the libespeak-ng synthesis of the same articles in the same process. Usage:
 *   bench_post [ISSUE.json] [--runs N]
 * ISSUE.json is a truth file of tests/fixtures/truth. Every article is synthesized once (timed:
 * the baseline), then each post step runs over all of them; CPU seconds of this process, median
 * of N runs, and the ratio to the synthesis. */
#include "export/export.h"
#include "export/render_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static int fail(const tb_error *err) {
  fprintf(stderr, "bench_post: %s\n", err->message);
  return 1;
}

static tb_status discard(const float *samples, size_t count, void *ctx, tb_error *err) {
  (void)err;
  float *sum = ctx;
  if (count) *sum += samples[count / 2]; /* keeps the work from being optimized away */
  return TB_OK;
}

enum { SYNTH, PLAN, STREAM_48K, STREAM_NATIVE, RADIO_WAV, ARCHIVE_FLAC, STEPS };
static const char *const labels[STEPS] = {"synthesis (tb_speech_speak)",
                                          "loudness plan (measure + limiter)",
                                          "plan applied + soxr to 48 kHz (no file)",
                                          "plan applied, 22.05 kHz (no file)",
                                          "radio BWF file (plan + 48 kHz + write)",
                                          "archive FLAC file"};

int main(int argc, char **argv) {
  const char *issue_path = TB_SOURCE_DIR "/tests/fixtures/truth/xindongcheng-2026-03-10.json";
  int runs = 3;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else
      issue_path = argv[i];
  }
  if (runs < 1 || runs > 20) runs = 3;
  tb_error err;
  tb_config cfg;
  tb_config_defaults(&cfg);
  json_error_t jerr;
  json_t *truth = json_load_file(issue_path, 0, &jerr);
  if (!truth) {
    fprintf(stderr, "bench_post: %s:%d: %s\n", issue_path, jerr.line, jerr.text);
    return 1;
  }
  tb_mandarin *mandarin;
  if (tb_mandarin_new(cfg.lexicon, &mandarin, &err) != TB_OK) return fail(&err);
  char *voices = tb_xasprintf("%s/voices/espeak", TB_SOURCE_DIR);
  tb_speech *speech;
  if (tb_speech_new(voices, "tingbao-female", 0, 0, &speech, &err) != TB_OK) return fail(&err);
  json_t *articles = json_object_get(truth, "articles");
  size_t n = json_array_size(articles);
  tb_reading **readings = tb_xcalloc(n + 1, sizeof *readings);
  tb_pcm **pcms = tb_xcalloc(n + 1, sizeof *pcms);
  for (size_t i = 0; i < n; i++) {
    json_t *a = json_array_get(articles, i);
    tb_strlist paras = {0};
    const char *headline = json_string_value(json_object_get(a, "headline"));
    if (headline) tb_strlist_push(&paras, headline);
    json_t *text = json_object_get(a, "text");
    for (size_t p = 0; p < json_array_size(text); p++)
      if (json_string_value(json_array_get(text, p)))
        tb_strlist_push(&paras, json_string_value(json_array_get(text, p)));
    if (paras.count == 0) tb_strlist_push(&paras, "空");
    if (tb_mandarin_read(mandarin, (const char *const *)paras.items, paras.count, &readings[i],
                         &err) != TB_OK)
      return fail(&err);
    tb_strlist_free(&paras);
  }
  char dir[] = "/tmp/bench-post-XXXXXX";
  if (!mkdtemp(dir)) return 1;
  const tb_audio_profile *radio = tb_export_audio_profile("radio");
  const tb_audio_profile *archive = tb_export_audio_profile("archive");
  double t[STEPS][20];
  double seconds = 0;
  float sink_sum = 0;
  for (int run = 0; run < runs; run++) {
    double c0 = cpu_now();
    for (size_t i = 0; i < n; i++) {
      tb_pcm_free(pcms[i]);
      if (tb_speech_speak(speech, readings[i], &pcms[i], &err) != TB_OK) return fail(&err);
    }
    t[SYNTH][run] = cpu_now() - c0;
    seconds = 0;
    for (size_t i = 0; i < n; i++)
      seconds += tb_pcm_seconds(pcms[i]);
    tb_loudness_plan **plans = tb_xcalloc(n, sizeof *plans);
    c0 = cpu_now();
    for (size_t i = 0; i < n; i++)
      if (tb_export_plan(pcms[i], radio->options.target_lufs, radio->options.ceiling_dbtp,
                         &plans[i], NULL, &err) != TB_OK)
        return fail(&err);
    t[PLAN][run] = cpu_now() - c0;
    c0 = cpu_now();
    for (size_t i = 0; i < n; i++)
      if (tb_export_stream(pcms[i], plans[i], 48000, discard, &sink_sum, &err) != TB_OK)
        return fail(&err);
    t[STREAM_48K][run] = cpu_now() - c0;
    c0 = cpu_now();
    for (size_t i = 0; i < n; i++)
      if (tb_export_stream(pcms[i], plans[i], pcms[i]->sample_rate, discard, &sink_sum, &err) !=
          TB_OK)
        return fail(&err);
    t[STREAM_NATIVE][run] = cpu_now() - c0;
    for (size_t i = 0; i < n; i++)
      tb_export_plan_free(plans[i]);
    free(plans);
    for (int step = RADIO_WAV; step <= ARCHIVE_FLAC; step++) {
      const tb_audio_profile *profile = step == RADIO_WAV ? radio : archive;
      c0 = cpu_now();
      for (size_t i = 0; i < n; i++) {
        char stem[32];
        snprintf(stem, sizeof stem, "%02zu", i + 1);
        if (tb_export_audio_profiled(dir, stem, pcms[i], NULL, NULL, 0, profile, NULL, &err) !=
            TB_OK)
          return fail(&err);
      }
      t[step][run] = cpu_now() - c0;
    }
  }
  printf("issue: %s\n%zu articles, %.1f s of speech, CPU seconds, median of %d runs\n", issue_path,
         n, seconds, runs);
  double base = 0;
  for (int step = 0; step < STEPS; step++) {
    qsort(t[step], (size_t)runs, sizeof(double), compare);
    double m = t[step][runs / 2];
    if (step == SYNTH) base = m;
    printf("%-44s %8.3fs %6.2f×\n", labels[step], m, m / base);
  }
  if (sink_sum == 12345.0f) puts("");
  char *rm = tb_xasprintf("rm -rf '%s'", dir);
  if (system(rm) != 0) fprintf(stderr, "bench_post: could not remove %s\n", dir);
  free(rm);
  for (size_t i = 0; i < n; i++) {
    tb_pcm_free(pcms[i]);
    tb_reading_free(readings[i]);
  }
  free(pcms);
  free(readings);
  free(voices);
  tb_speech_free(speech);
  tb_mandarin_free(mandarin);
  json_decref(truth);
  tb_config_free(&cfg);
  return 0;
}
