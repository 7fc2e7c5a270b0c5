#include "cli.h"
#include "export/export.h"
#include "player/player.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: tingbao say TEXT... [-o FILE] [--voice NAME] [--config FILE]\n\n"
    "Speaks TEXT in Mandarin through the default sound device, or writes it to FILE\n"
    "(.wav .flac .ogg .opus .mp3, by extension). '-' as TEXT reads stdin.\n\n"
    "  -o, --output FILE   write audio to FILE instead of playing it\n"
    "  --voice NAME        a voice from voices/espeak (default from the configuration)\n"
    "  --config FILE       configuration file (INI)\n";

static char *read_stdin_text(void) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
    tb_strbuf_append(&sb, chunk, n);
  return tb_strbuf_take(&sb);
}

/* Splits text into paragraphs at line breaks; empty lines are dropped. */
static void split_paragraphs(char *text, tb_strlist *out) {
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
    if (*line) tb_strlist_push(out, line);
}

int tb_cli_say(int argc, char **argv) {
  static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                          {"voice", required_argument, NULL, 'v'},
                                          {"config", required_argument, NULL, 'c'},
                                          {"help", no_argument, NULL, 'h'},
                                          {0}};
  const char *output = NULL, *voice = NULL, *config_path = NULL;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:v:c:h", options, NULL)) != -1) {
    switch (c) {
    case 'o':
      output = optarg;
      break;
    case 'v':
      voice = optarg;
      break;
    case 'c':
      config_path = optarg;
      break;
    case 'h':
      fputs(usage, stdout);
      return 0;
    default:
      return tb_cli_usage_error("say", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind >= argc) return tb_cli_usage_error("say", "give the TEXT to speak");

  tb_strbuf joined;
  tb_strbuf_init(&joined);
  for (int i = optind; i < argc; i++) {
    if (strcmp(argv[i], "-") == 0) {
      char *in = read_stdin_text();
      tb_strbuf_puts(&joined, in);
      free(in);
    } else {
      tb_strbuf_puts(&joined, argv[i]);
    }
    if (i + 1 < argc) tb_strbuf_putc(&joined, ' ');
  }
  char *text = tb_strbuf_take(&joined);
  size_t bad = tb_utf8_first_invalid(text, strlen(text));
  if (bad != SIZE_MAX) {
    free(text);
    return tb_cli_usage_error("say", "TEXT is not UTF-8 (byte offset %zu)", bad);
  }
  tb_strlist paragraphs = {0};
  split_paragraphs(text, &paragraphs);
  free(text);
  if (paragraphs.count == 0) {
    tb_strlist_free(&paragraphs);
    return tb_cli_usage_error("say", "TEXT is empty");
  }

  tb_config cfg;
  tb_error err;
  tb_error_clear(&err);
  tb_mandarin *mandarin = NULL;
  tb_speech *speech = NULL;
  tb_reading *reading = NULL;
  tb_pcm *pcm = NULL;
  int rc = 0;
  char *voices = NULL;
  if (tb_cli_load_config(config_path, &cfg, &err) != TB_OK ||
      tb_mandarin_new(cfg.lexicon, &mandarin, &err) != TB_OK ||
      tb_mandarin_read(mandarin, (const char *const *)paragraphs.items, paragraphs.count, &reading,
                       &err) != TB_OK ||
      tb_speech_new((voices = tb_cli_voices_dir(&cfg)), voice ? voice : cfg.voice, cfg.speech_rate,
                    cfg.speech_pitch, &speech, &err) != TB_OK ||
      tb_speech_speak(speech, reading, &pcm, &err) != TB_OK) {
    rc = tb_cli_fail(err.status, err.message);
  } else if (output) {
    tb_audio_tags tags = {.title = paragraphs.items[0]};
    if (tb_export_audio(output, pcm, &tags, &err) != TB_OK)
      rc = tb_cli_fail(err.status, err.message);
  } else if (tb_player_play_pcm(pcm, &err) != TB_OK) {
    rc = tb_cli_fail(err.status, err.message);
  }
  tb_pcm_free(pcm);
  tb_speech_free(speech);
  tb_reading_free(reading);
  tb_mandarin_free(mandarin);
  free(voices);
  tb_config_free(&cfg);
  tb_strlist_free(&paragraphs);
  return rc;
}
