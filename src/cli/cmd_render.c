#include "cli.h"
#include "export/export.h"
#include "layout/layout.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: tingbao render FILE --out DIR [options]\n\n"
    "Runs the whole pipeline on one issue and writes it into the library DIR:\n"
    "  DIR/<publication>/<YYYY-MM-DD>/issue.json, audio/, braille/\n"
    "Nothing is written when FILE cannot be read or holds no article.\n\n"
    "  -o, --out DIR          the library folder (created if missing)\n"
    "  --profile NAME[,NAME]  audio profiles: radio, web, archive (default from config)\n"
    "  --voice NAME           a voice from voices/espeak\n"
    "  --table cbs|current    braille table\n"
    "  --braille-page NAME    braille page format (listed below; default from config)\n"
    "  --jobs N               articles synthesized at once in worker processes (default from\n"
    "                         config; 0: one per core); the output is the same for any N\n"
    "  --no-audio             braille only\n"
    "  --no-braille           audio only\n"
    "  --config FILE          configuration file (INI; see config/tingbao.conf)\n"
    "  -h, --help             this text\n";

typedef struct {
  const char *file, *out, *config_path, *profile, *voice, *table, *braille_page;
  bool audio, braille;
  int jobs; /* -1: from the configuration */
} render_args;

/* The braille page formats with their size, from the table the configuration uses. */
static void print_page_formats(void) {
  size_t count;
  const tb_braille_page_format *formats = tb_config_braille_page_formats(&count);
  printf("\nbraille page formats (cells per line x lines per page):\n");
  for (size_t i = 0; i < count; i++)
    printf("  %-14s %3d x %-3d %s\n", formats[i].name, formats[i].cells_per_line,
           formats[i].lines_per_page, formats[i].paper);
}

static int parse_args(int argc, char **argv, render_args *args) {
  static const struct option options[] = {{"out", required_argument, NULL, 'o'},
                                          {"profile", required_argument, NULL, 'p'},
                                          {"voice", required_argument, NULL, 'v'},
                                          {"table", required_argument, NULL, 't'},
                                          {"braille-page", required_argument, NULL, 'P'},
                                          {"no-audio", no_argument, NULL, 'A'},
                                          {"jobs", required_argument, NULL, 'j'},
                                          {"no-braille", no_argument, NULL, 'B'},
                                          {"config", required_argument, NULL, 'c'},
                                          {"help", no_argument, NULL, 'h'},
                                          {0}};
  *args = (render_args){.audio = true, .braille = true, .jobs = -1};
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:p:v:t:c:h", options, NULL)) != -1) {
    switch (c) {
    case 'o':
      args->out = optarg;
      break;
    case 'p':
      args->profile = optarg;
      break;
    case 'v':
      args->voice = optarg;
      break;
    case 't':
      args->table = optarg;
      break;
    case 'P':
      args->braille_page = optarg;
      break;
    case 'A':
      args->audio = false;
      break;
    case 'j': {
      char *end;
      long n = strtol(optarg, &end, 10);
      if (*optarg == '\0' || *end || n < 0 || n > 256)
        return tb_cli_usage_error("render", "--jobs wants a number from 0 to 256, not '%s'",
                                  optarg);
      args->jobs = (int)n;
      break;
    }
    case 'B':
      args->braille = false;
      break;
    case 'c':
      args->config_path = optarg;
      break;
    case 'h':
      fputs(usage, stdout);
      print_page_formats();
      return 0;
    default:
      return tb_cli_usage_error("render", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind != argc - 1) return tb_cli_usage_error("render", "give exactly one FILE");
  args->file = argv[optind];
  if (!args->out) return tb_cli_usage_error("render", "--out DIR is required");
  if (args->table && strcmp(args->table, "cbs") != 0 && strcmp(args->table, "current") != 0)
    return tb_cli_usage_error("render", "--table must be cbs or current");
  if (args->braille_page && !tb_config_braille_page_format(args->braille_page)) {
    size_t count;
    const tb_braille_page_format *formats = tb_config_braille_page_formats(&count);
    tb_strbuf names;
    tb_strbuf_init(&names);
    for (size_t i = 0; i < count; i++)
      tb_strbuf_printf(&names, "%s%s", i ? ", " : "", formats[i].name);
    int rc = tb_cli_usage_error("render", "unknown --braille-page '%s' (known: %s)",
                                args->braille_page, tb_strbuf_view(&names));
    tb_strbuf_free(&names);
    return rc;
  }
  return -1;
}

static void report(const char *dir, const tb_issue *issue, const render_args *args) {
  printf("rendered %zu articles into %s\n", issue->article_count, dir);
  if (args->audio)
    printf("  audio:   %s/audio/ (one file per article and profile, the whole issue, issue.m3u8)\n",
           dir);
  if (args->braille) printf("  braille: %s/braille/ (issue.brf, issue.pef, issue.txt)\n", dir);
  printf("  manifest: %s/issue.json\n", dir);
}

int tb_cli_render(int argc, char **argv) {
  render_args args;
  int rc = parse_args(argc, argv, &args);
  if (rc >= 0) return rc;

  tb_error err;
  tb_error_clear(&err);
  tb_config cfg;
  tb_source_doc *doc = NULL;
  tb_issue *issue = NULL;
  tb_render_context ctx = {.config = &cfg};
  char *voices = NULL, *tables = NULL, *dir = NULL;
  tb_status s = tb_cli_load_config(args.config_path, &cfg, &err);
  if (s == TB_OK && args.profile) tb_set_string(&cfg.profiles, args.profile);
  if (s == TB_OK) ctx.speech_jobs = args.jobs >= 0 ? args.jobs : cfg.speech_jobs;
  if (s == TB_OK && args.braille_page)
    s = tb_config_set_braille_page(&cfg, args.braille_page, &err);
  /* Everything that can refuse the input runs before anything is written under --out. */
  if (s == TB_OK) s = tb_source_load_file(args.file, &doc, &err);
  if (s == TB_OK) s = tb_layout_parse(doc, &issue, &err);
  if (s == TB_OK) s = tb_mandarin_new(cfg.lexicon, &ctx.mandarin, &err);
  if (s == TB_OK && args.audio)
    s = tb_speech_new((voices = tb_cli_voices_dir(&cfg)), args.voice ? args.voice : cfg.voice,
                      cfg.speech_rate, cfg.speech_pitch, &ctx.speech, &err);
  if (s == TB_OK && args.braille)
    s = tb_braille_new((tables = tb_cli_tables_dir(&cfg)),
                       args.table ? args.table : cfg.braille_table, &ctx.braille, &err);
  if (s == TB_OK) s = tb_export_render(&ctx, issue, args.out, &dir, &err);
  if (s == TB_OK)
    report(dir, issue, &args);
  else
    rc = tb_cli_fail(s, err.message);

  free(dir);
  tb_braille_free(ctx.braille);
  tb_speech_free(ctx.speech);
  tb_mandarin_free(ctx.mandarin);
  tb_issue_free(issue);
  tb_source_doc_free(doc);
  free(voices);
  free(tables);
  tb_config_free(&cfg);
  return rc < 0 ? 0 : rc;
}
