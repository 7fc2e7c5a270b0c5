#include "cli.h"
#include "player/player.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_head[] =
    "usage: tingbao play [ISSUE] [--article N] [--speed X] [--level L] [--no-resume]\n"
    "                    [--bookmarks FILE] [--voice NAME] [--config FILE]\n\n"
    "Plays a rendered issue through the default sound device, driven from the keyboard, with\n"
    "spoken prompts. ISSUE is an issue folder, its issue.json, or a library folder (its newest\n"
    "issue); default: the library of the configuration. The place where you stop is remembered\n"
    "per issue and playing resumes there. Keys come from the terminal, or from stdin when it is a\n"
    "pipe (then the issue plays to its end once the keys run out).\n\n"
    "  --article N       start at article N (1 = the first) instead of the bookmark\n"
    "  --speed X         0.5 to 3 (default 1), without changing pitch\n"
    "  --level L         what left/right move by at first: article, paragraph (default), sentence\n"
    "  --no-resume       ignore the bookmark (it is still updated)\n"
    "  --bookmarks FILE  default $XDG_STATE_HOME/tingbao/bookmarks.json\n"
    "                    (~/.local/state/tingbao/bookmarks.json)\n"
    "  --voice NAME      voice of the prompts (default from the configuration)\n"
    "  --config FILE     configuration file (INI)\n\n"
    "keys:\n";

static bool parse_level(const char *name, tb_nav_level *level) {
  static const char *const names[] = {"article", "paragraph", "sentence"};
  for (int i = 0; i < 3; i++)
    if (strcmp(name, names[i]) == 0) {
      *level = (tb_nav_level)i;
      return true;
    }
  return false;
}

int tb_cli_play(int argc, char **argv) {
  static const struct option options[] = {{"article", required_argument, NULL, 'a'},
                                          {"speed", required_argument, NULL, 's'},
                                          {"level", required_argument, NULL, 'l'},
                                          {"no-resume", no_argument, NULL, 'n'},
                                          {"bookmarks", required_argument, NULL, 'b'},
                                          {"voice", required_argument, NULL, 'v'},
                                          {"config", required_argument, NULL, 'c'},
                                          {"help", no_argument, NULL, 'h'},
                                          {0}};
  tb_player_options play = {.resume = true, .speed = 1.0, .level = TB_LEVEL_PARAGRAPH};
  const char *voice = NULL, *config_path = NULL, *bookmarks = NULL;
  bool article_given = false;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
    char *end = NULL;
    switch (c) {
    case 'a': {
      long n = strtol(optarg, &end, 10);
      if (*optarg == '\0' || *end || n < 1)
        return tb_cli_usage_error("play", "--article wants a number from 1, not '%s'", optarg);
      play.start_article = (size_t)(n - 1);
      article_given = true;
      break;
    }
    case 's':
      play.speed = strtod(optarg, &end);
      if (*optarg == '\0' || *end || play.speed < TB_TEMPO_MIN || play.speed > TB_TEMPO_MAX)
        return tb_cli_usage_error("play", "--speed wants a number from 0.5 to 3, not '%s'", optarg);
      break;
    case 'l':
      if (!parse_level(optarg, &play.level))
        return tb_cli_usage_error("play", "--level is article, paragraph or sentence, not '%s'",
                                  optarg);
      break;
    case 'n':
      play.resume = false;
      break;
    case 'b':
      bookmarks = optarg;
      break;
    case 'v':
      voice = optarg;
      break;
    case 'c':
      config_path = optarg;
      break;
    case 'h':
      fputs(usage_head, stdout);
      fputs(tb_player_keys_help, stdout);
      return 0;
    default:
      return tb_cli_usage_error("play", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (argc - optind > 1) return tb_cli_usage_error("play", "give one ISSUE");
  if (article_given) play.resume = false;

  tb_config cfg;
  tb_error err;
  tb_error_clear(&err);
  tb_book *book = NULL;
  tb_mandarin *mandarin = NULL;
  tb_speech *speech = NULL;
  char *voices = NULL, *default_bookmarks = NULL;
  int rc = 0;
  if (tb_cli_load_config(config_path, &cfg, &err) != TB_OK)
    return tb_cli_fail(err.status, err.message);
  const char *issue = optind < argc ? argv[optind] : cfg.library;
  if (tb_book_load(issue, &book, &err) != TB_OK ||
      tb_mandarin_new(cfg.lexicon, &mandarin, &err) != TB_OK ||
      tb_speech_new((voices = tb_cli_voices_dir(&cfg)), voice ? voice : cfg.voice, cfg.speech_rate,
                    cfg.speech_pitch, &speech, &err) != TB_OK) {
    rc = tb_cli_fail(err.status, err.message);
  } else {
    play.bookmark_path = bookmarks ? bookmarks : (default_bookmarks = tb_bookmark_default_path());
    play.key_fd = STDIN_FILENO;
    play.speech = speech;
    play.mandarin = mandarin;
    if (tb_player_run(book, &play, &err) != TB_OK) rc = tb_cli_fail(err.status, err.message);
  }
  tb_speech_free(speech);
  tb_mandarin_free(mandarin);
  tb_book_free(book);
  free(voices);
  free(default_bookmarks);
  tb_config_free(&cfg);
  return rc;
}
