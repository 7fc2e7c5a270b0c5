/* The line filters: normalize, pinyin and braille read stdin and print one line per line. */
#include "braille/braille.h"
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  tb_config config;
  tb_mandarin *mandarin;
  tb_braille *braille;
  bool words;
  size_t line; /* lines read so far, to name the line in warnings */
} filter_state;

/* Parses the options the filters share; returns -1 to go on, else an exit status. */
static int parse_options(const char *name, const char *usage, int argc, char **argv,
                         filter_state *st, const char **config_path, const char **table) {
  static const struct option options[] = {{"config", required_argument, NULL, 'c'},
                                          {"words", no_argument, NULL, 'w'},
                                          {"table", required_argument, NULL, 't'},
                                          {"help", no_argument, NULL, 'h'},
                                          {0}};
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "c:wt:h", options, NULL)) != -1) {
    switch (c) {
    case 'c':
      *config_path = optarg;
      break;
    case 'w':
      if (strcmp(name, "pinyin") != 0) return tb_cli_usage_error(name, "unknown option '--words'");
      st->words = true;
      break;
    case 't':
      if (strcmp(name, "braille") != 0) return tb_cli_usage_error(name, "unknown option '--table'");
      if (strcmp(optarg, "cbs") != 0 && strcmp(optarg, "current") != 0)
        return tb_cli_usage_error(name, "--table must be cbs or current, not '%s'", optarg);
      *table = optarg;
      break;
    case 'h':
      fputs(usage, stdout);
      return 0;
    default:
      return tb_cli_usage_error(name, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind != argc) return tb_cli_usage_error(name, "takes no arguments: it reads stdin");
  return -1;
}

/* Opens the mandarin stage, and braille when wanted (table NULL: the configured one). */
static int open_stages(filter_state *st, const char *config_path, bool wants_braille,
                       const char *table) {
  tb_error err;
  tb_error_clear(&err);
  if (tb_cli_load_config(config_path, &st->config, &err) != TB_OK)
    return tb_cli_fail(err.status, err.message);
  if (tb_mandarin_new(st->config.lexicon, &st->mandarin, &err) != TB_OK)
    return tb_cli_fail(err.status, err.message);
  if (wants_braille) {
    if (!table) table = st->config.braille_table;
    char *tables = tb_cli_tables_dir(&st->config);
    tb_status s = tb_braille_new(tables, table, &st->braille, &err);
    free(tables);
    if (s != TB_OK) return tb_cli_fail(s, err.message);
  }
  return -1;
}

static void close_stages(filter_state *st) {
  tb_braille_free(st->braille);
  tb_mandarin_free(st->mandarin);
  tb_config_free(&st->config);
}

static char *normalize_line(void *state, const char *line, tb_error *err) {
  (void)err;
  return tb_mandarin_normalize(((filter_state *)state)->mandarin, line);
}

static char *pinyin_line(void *state, const char *line, tb_error *err) {
  (void)err;
  filter_state *st = state;
  return st->words ? tb_mandarin_pinyin_words(st->mandarin, line)
                   : tb_mandarin_pinyin(st->mandarin, line);
}

static char *braille_line(void *state, const char *line, tb_error *err) {
  filter_state *st = state;
  char context[32];
  snprintf(context, sizeof context, "line %zu", ++st->line);
  tb_braille_set_context(st->braille, context);
  tb_reading *reading;
  const char *paragraphs[] = {line};
  if (tb_mandarin_read(st->mandarin, paragraphs, 1, &reading, err) != TB_OK) return NULL;
  char *cells = NULL;
  tb_status s = reading->paragraph_count > 0
                    ? tb_braille_paragraph(st->braille, reading, 0, &cells, err)
                    : TB_OK;
  tb_reading_free(reading);
  if (s != TB_OK) return NULL;
  return cells ? cells : tb_xstrdup("");
}

static int run_filter(const char *name, const char *usage, tb_cli_line_fn fn, int argc, char **argv,
                      bool wants_braille) {
  filter_state st = {0};
  const char *config_path = NULL, *table = NULL;
  int rc = parse_options(name, usage, argc, argv, &st, &config_path, &table);
  if (rc >= 0) return rc;
  rc = open_stages(&st, config_path, wants_braille, table);
  if (rc < 0) rc = tb_cli_filter_lines(fn, &st);
  close_stages(&st);
  return rc;
}

int tb_cli_normalize(int argc, char **argv) {
  static const char usage[] =
      "usage: tingbao normalize [--config FILE]\n\n"
      "Reads UTF-8 lines on stdin and prints each line's spoken form: numbers, dates, units and\n"
      "symbols written out in hanzi, one output line per input line.\n";
  return run_filter("normalize", usage, normalize_line, argc, argv, false);
}

int tb_cli_pinyin(int argc, char **argv) {
  static const char usage[] =
      "usage: tingbao pinyin [--words] [--config FILE]\n\n"
      "Reads UTF-8 lines on stdin and prints, per line, one token per non-space character: a\n"
      "hanzi as pinyin with its citation tone 1-5 (5 = neutral, ü written v), anything else as\n"
      "itself, separated by single spaces.\n\n"
      "  --words   word-segmented pinyin instead: words separated by spaces, syllables by '-'\n";
  return run_filter("pinyin", usage, pinyin_line, argc, argv, false);
}

int tb_cli_braille(int argc, char **argv) {
  static const char usage[] =
      "usage: tingbao braille [--table cbs|current] [--config FILE]\n\n"
      "Reads UTF-8 lines on stdin and prints each as Unicode braille, one line per line.\n\n"
      "  --table cbs       国家通用盲文 (GF 0019-2018; the default)\n"
      "  --table current   现行盲文\n";
  return run_filter("braille", usage, braille_line, argc, argv, true);
}
