/* Lexicon load time, resident size and in-process pinyin speed (see bench/README.md).
 * usage: bench_pinyin_load LEXICON [TEXT_FILE] */
#include "mandarin/mandarin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double clock_seconds(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void) {
  return clock_seconds(CLOCK_MONOTONIC);
}

/* CPU time of this process: on a shared machine, what the work cost rather than how long the
 * other users kept it waiting. */
static double cpu_now(void) {
  return clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
}

/* Resident set size in KiB, from /proc/self/status; 0 where that is unavailable. */
static long rss_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  long kib = 0;
  while (fgets(line, sizeof line, f))
    if (strncmp(line, "VmRSS:", 6) == 0) kib = strtol(line + 6, NULL, 10);
  fclose(f);
  return kib;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_pinyin_load LEXICON [TEXT_FILE]\n");
    return 2;
  }
  enum { RUNS = 25 };
  double t[RUNS];
  tb_error err = {0};
  for (int r = 0; r < RUNS; r++) {
    double t0 = now();
    tb_mandarin *m = NULL;
    if (tb_mandarin_new(argv[1], &m, &err) != TB_OK) {
      fprintf(stderr, "%s\n", err.message);
      return 1;
    }
    char *p = tb_mandarin_pinyin(m, "银行行长说重庆的长江大桥很长。"); /* first lookups */
    t[r] = now() - t0;
    free(p);
    tb_mandarin_free(m);
  }
  qsort(t, RUNS, sizeof *t, cmp_double);
  struct stat st;
  long file_kib = stat(argv[1], &st) == 0 ? (long)(st.st_size / 1024) : 0;
  printf("lexicon load + first sentence: min %.2f ms, median %.2f ms, max %.2f ms (%d runs, "
         "file %ld KiB, page cache warm)\n",
         t[0] * 1e3, t[RUNS / 2] * 1e3, t[RUNS - 1] * 1e3, RUNS, file_kib);

  long before = rss_kib();
  tb_mandarin *m = NULL;
  if (tb_mandarin_new(argv[1], &m, &err) != TB_OK) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  long opened = rss_kib();
  if (argc > 2) {
    unsigned char *text = NULL;
    size_t len = 0;
    if (tb_file_read_all(argv[2], &text, &len, &err) != TB_OK) {
      fprintf(stderr, "%s\n", err.message);
      return 1;
    }
    size_t chars = 0, lines = 0;
    double t0 = now(), c0 = cpu_now();
    for (char *line = (char *)text; line && *line;) {
      char *nl = strchr(line, '\n');
      if (nl) *nl = '\0';
      chars += tb_utf8_length(line);
      lines++;
      free(tb_mandarin_pinyin(m, line));
      line = nl ? nl + 1 : NULL;
    }
    double secs = now() - t0, cpu = cpu_now() - c0;
    printf("in-process tb_mandarin_pinyin: %zu chars in %zu lines, wall %.3f s (%.0f chars/s), "
           "cpu %.3f s (%.0f chars/s)\n",
           chars, lines, secs, (double)chars / secs, cpu, (double)chars / cpu);
    free(text);
  }
  long used = rss_kib();
  printf("resident: +%ld KiB after opening, +%ld KiB after reading the text (of a %ld KiB file)\n",
         opened - before, used - before, file_kib);
  tb_mandarin_free(m);
  return 0;
}
