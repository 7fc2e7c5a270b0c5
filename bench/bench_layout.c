/* Layout benchmark and driver.
 *
 *   bench_layout FILE --json        prints the issue model of FILE (what `tingbao parse` prints)
 *   bench_layout [FILE] [--runs N]  parses FILE (default: the tests' column-layout fixture)
 *                                   repeated 1, 4 and 16 times and reports MB/s at each size;
 *                                   the ratio of per-MB time to the 1× run shows whether time
 *                                   grows linearly (≈1.0) with input size. */
#include "layout/layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int print_json(const char *path) {
  tb_error err;
  tb_error_clear(&err);
  tb_source_doc *doc;
  if (tb_source_load_file(path, &doc, &err) != TB_OK) {
    fprintf(stderr, "%s\n", err.message);
    return err.status;
  }
  tb_issue *issue;
  tb_status s = tb_layout_parse(doc, &issue, &err);
  tb_source_doc_free(doc);
  if (s != TB_OK) {
    fprintf(stderr, "%s\n", err.message);
    return s;
  }
  char *json = tb_issue_to_json_text(issue);
  fputs(json, stdout);
  free(json);
  tb_issue_free(issue);
  return 0;
}

/* Seconds per parse of text (best of runs) after decoding it as source would. */
static double time_parse(const char *name, const char *text, size_t len, int runs,
                         size_t *articles) {
  double best = 1e30;
  for (int r = 0; r < runs; r++) {
    tb_error err;
    tb_error_clear(&err);
    tb_source_doc *doc;
    if (tb_source_load_bytes(name, (const unsigned char *)text, len, &doc, &err) != TB_OK) {
      fprintf(stderr, "%s\n", err.message);
      exit(1);
    }
    double t0 = now();
    tb_issue *issue;
    if (tb_layout_parse(doc, &issue, &err) != TB_OK) {
      fprintf(stderr, "%s\n", err.message);
      exit(1);
    }
    double t = now() - t0;
    *articles = issue->article_count;
    tb_issue_free(issue);
    tb_source_doc_free(doc);
    if (t < best) best = t;
  }
  return best;
}

int main(int argc, char **argv) {
  const char *path = TB_SOURCE_DIR "/tests/fixtures/xindongcheng-2025-02-column-layout.txt";
  int runs = 5;
  bool json = false;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--json") == 0)
      json = true;
    else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = atoi(argv[++i]);
    else
      path = argv[i];
  }
  if (runs < 1) runs = 1;
  if (getenv("TB_LAYOUT_DEBUG")) tb_log_set_level(TB_LOG_DEBUG);
  if (json) return print_json(path);

  unsigned char *data;
  size_t len;
  tb_error err;
  tb_error_clear(&err);
  if (tb_file_read_all(path, &data, &len, &err) != TB_OK) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  printf("layout benchmark: %s (%zu bytes), best of %d runs\n", path, len, runs);
  printf("%8s %12s %10s %10s %12s\n", "copies", "bytes", "articles", "MB/s", "s/MB vs 1x");
  double base = 0;
  static const int copies[] = {1, 4, 16, 64};
  for (size_t c = 0; c < sizeof copies / sizeof *copies; c++) {
    size_t n = len * (size_t)copies[c];
    char *text = malloc(n + 1);
    for (int k = 0; k < copies[c]; k++)
      memcpy(text + len * (size_t)k, data, len);
    text[n] = '\0';
    size_t articles = 0;
    double t = time_parse(path, text, n, copies[c] >= 16 ? 1 + runs / 3 : runs, &articles);
    double per_mb = t / ((double)n / 1e6);
    if (c == 0) base = per_mb;
    printf("%8d %12zu %10zu %10.2f %12.2f\n", copies[c], n, articles, (double)n / 1e6 / t,
           per_mb / base);
    free(text);
  }
  free(data);
  return 0;
}
