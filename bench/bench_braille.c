/* Braille benchmark: tingbao's braille of a whole issue against liblouis's own zhcn-cbs table
 * translating the same text through its C API, in the same run.
 *
 *   bench_braille [FILE] [--runs N]
 *
 * FILE (default: the tests' xindongcheng-2026-03-10.txt issue) is read as one paragraph per
 * non-empty line. Three timings, best of N runs, tables compiled before timing starts:
 *   liblouis   zhcn-cbs.ctb on each paragraph's hanzi (the baseline)
 *   braille    tingbao's braille stage alone, on a reading made beforehand
 *   tingbao    what `tingbao braille` does: mandarin reading, then braille
 * and prints each against the baseline. The lexicon is the configured one (TINGBAO_LEXICON). */
#include "braille/braille.h"
#include "mandarin/mandarin.h"

#include <liblouis/liblouis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct {
  tb_strlist lines; /* UTF-8 paragraphs */
  widechar **wide;  /* the same as UTF-32 for liblouis */
  int *wide_len;
  size_t chars;
} corpus;

static void corpus_load(corpus *c, const char *text) {
  memset(c, 0, sizeof *c);
  for (const char *p = text; *p;) {
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    while (n && (p[n - 1] == '\r' || p[n - 1] == ' '))
      n--;
    if (n) tb_strlist_push_owned(&c->lines, tb_xstrndup(p, n));
    p = end ? end + 1 : p + strlen(p);
  }
  c->wide = tb_xcalloc(c->lines.count, sizeof *c->wide);
  c->wide_len = tb_xcalloc(c->lines.count, sizeof *c->wide_len);
  for (size_t i = 0; i < c->lines.count; i++) {
    const char *s = c->lines.items[i];
    size_t len = strlen(s), k = 0;
    c->wide[i] = tb_xcalloc(len + 1, sizeof **c->wide);
    for (size_t j = 0; j < len;) {
      uint32_t cp;
      size_t used = tb_utf8_decode(s + j, len - j, &cp);
      if (!used) cp = 0xFFFD, used = 1;
      c->wide[i][k++] = cp;
      j += used;
    }
    c->wide_len[i] = (int)k;
    c->chars += k;
  }
}

static void corpus_free(corpus *c) {
  for (size_t i = 0; i < c->lines.count; i++)
    free(c->wide[i]);
  free(c->wide);
  free(c->wide_len);
  tb_strlist_free(&c->lines);
}

/* Seconds for zhcn-cbs on every paragraph; cells counts the output. */
static double run_liblouis(const corpus *c, const char *table, size_t *cells) {
  static widechar out[1 << 16];
  double t0 = now();
  *cells = 0;
  for (size_t i = 0; i < c->lines.count; i++) {
    int inlen = c->wide_len[i], outlen = (int)(sizeof out / sizeof *out);
    if (!lou_translateString(table, c->wide[i], &inlen, out, &outlen, NULL, NULL, dotsIO | ucBrl)) {
      fprintf(stderr, "bench_braille: liblouis failed on paragraph %zu\n", i + 1);
      exit(1);
    }
    *cells += (size_t)outlen;
  }
  return now() - t0;
}

static double run_braille(tb_braille *b, const tb_reading *r, size_t *cells) {
  double t0 = now();
  *cells = 0;
  for (size_t p = 0; p < r->paragraph_count; p++) {
    char *out = NULL;
    tb_error err;
    if (tb_braille_paragraph(b, r, p, &out, &err) != TB_OK) {
      fprintf(stderr, "bench_braille: %s\n", err.message);
      exit(1);
    }
    *cells += tb_utf8_length(out);
    free(out);
  }
  return now() - t0;
}

static double run_tingbao(tb_mandarin *m, tb_braille *b, const corpus *c, size_t *cells) {
  double t0 = now();
  tb_reading *r = NULL;
  tb_error err;
  if (tb_mandarin_read(m, (const char *const *)c->lines.items, c->lines.count, &r, &err) != TB_OK) {
    fprintf(stderr, "bench_braille: %s\n", err.message);
    exit(1);
  }
  run_braille(b, r, cells);
  tb_reading_free(r);
  return now() - t0;
}

int main(int argc, char **argv) {
  const char *path = TB_SOURCE_DIR "/tests/fixtures/xindongcheng-2026-03-10.txt";
  int runs = 5;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else
      path = argv[i];
  }
  if (runs < 1) runs = 1;
  tb_log_set_level(TB_LOG_ERROR); /* rare characters would warn on every run */

  unsigned char *data = NULL;
  size_t len = 0;
  tb_error err;
  if (tb_file_read_all(path, &data, &len, &err) != TB_OK) {
    fprintf(stderr, "bench_braille: %s\n", err.message);
    return 1;
  }
  corpus c;
  corpus_load(&c, (const char *)data);
  free(data);

  tb_config cfg;
  tb_config_defaults(&cfg);
  tb_braille *b = NULL;
  tb_mandarin *m = NULL;
  double t0 = now();
  if (tb_braille_new(TB_SOURCE_DIR "/tables", "cbs", &b, &err) != TB_OK) {
    fprintf(stderr, "bench_braille: %s\n", err.message);
    return 1;
  }
  double load_tb = now() - t0;
  /* after tb_braille_new: liblouis's messages about its own table now go through tb_log */
  const char *baseline = "zhcn-cbs.ctb";
  t0 = now();
  if (!lou_getTable(baseline)) {
    fprintf(stderr, "bench_braille: liblouis has no %s\n", baseline);
    return 1;
  }
  double load_louis = now() - t0;

  if (tb_mandarin_new(cfg.lexicon, &m, &err) != TB_OK) {
    fprintf(stderr, "bench_braille: %s\n", err.message);
    return 1;
  }
  tb_reading *reading = NULL;
  if (tb_mandarin_read(m, (const char *const *)c.lines.items, c.lines.count, &reading, &err) !=
      TB_OK) {
    fprintf(stderr, "bench_braille: %s\n", err.message);
    return 1;
  }

  double best_louis = 1e30, best_braille = 1e30, best_tingbao = 1e30;
  size_t cells_louis = 0, cells_braille = 0, cells_tingbao = 0;
  for (int r = 0; r < runs; r++) {
    double t = run_liblouis(&c, baseline, &cells_louis);
    if (t < best_louis) best_louis = t;
    t = run_braille(b, reading, &cells_braille);
    if (t < best_braille) best_braille = t;
    t = run_tingbao(m, b, &c, &cells_tingbao);
    if (t < best_tingbao) best_tingbao = t;
  }

  printf("bench_braille: %s\n", path);
  printf("  %zu paragraphs, %zu characters, best of %d runs\n", c.lines.count, c.chars, runs);
  printf("  table load      liblouis zhcn-cbs %8.1f ms   tingbao cbs %8.1f ms\n", load_louis * 1e3,
         load_tb * 1e3);
  printf("  liblouis zhcn-cbs             %8.2f ms  %7zu cells  %6.2f Mchar/s\n", best_louis * 1e3,
         cells_louis, (double)c.chars / best_louis / 1e6);
  printf("  tingbao braille stage         %8.2f ms  %7zu cells  ratio %.2f\n", best_braille * 1e3,
         cells_braille, best_braille / best_louis);
  printf("  tingbao braille (mandarin+braille) %5.2f ms  %7zu cells  ratio %.2f\n",
         best_tingbao * 1e3, cells_tingbao, best_tingbao / best_louis);
  printf("ratio tingbao/liblouis = %.2f (braille stage alone %.2f)\n", best_tingbao / best_louis,
         best_braille / best_louis);

  tb_reading_free(reading);
  tb_mandarin_free(m);
  tb_braille_free(b);
  tb_config_free(&cfg);
  corpus_free(&c);
  return 0;
}
