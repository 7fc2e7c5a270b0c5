/* tingbao: one program, one subcommand per stage of the pipeline. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} command;

static const command commands[] = {
    {"parse", tb_cli_parse, "recover the articles of an issue and print them (JSON or outline)"},
    {"normalize", tb_cli_normalize, "print each stdin line's spoken form (numbers written out)"},
    {"pinyin", tb_cli_pinyin, "print each stdin line as toned pinyin"},
    {"braille", tb_cli_braille, "print each stdin line as Chinese braille (Unicode cells)"},
    {"say", tb_cli_say, "speak a text through the sound card, or into an audio file"},
    {"render", tb_cli_render, "render an issue into a library: audio, braille, issue.json"},
    {"play", tb_cli_play, "play a rendered issue from the keyboard, with spoken prompts"},
    {"serve", tb_cli_serve, "run the daemon: inbox, HTTP API and web page"},
};

static void print_help(FILE *out) {
  fputs(
      "usage: tingbao COMMAND [OPTIONS] [ARGS]\n\n"
      "tingbao (听报) turns a Chinese newspaper issue into Mandarin audio and Chinese braille.\n\n"
      "commands:\n",
      out);
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fputs("  version    print the version\n"
        "  help       this text; `tingbao help COMMAND` or `tingbao COMMAND --help` for one\n\n"
        "Exit status: 0 success, 1 runtime failure, 2 bad usage or bad input.\n",
        out);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    print_help(stderr);
    return 2;
  }
  const char *name = argv[1];
  if (strcmp(name, "help") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
    if (argc > 2 && strcmp(name, "help") == 0) {
      for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
        if (strcmp(argv[2], commands[i].name) == 0) {
          char *help_argv[] = {argv[2], "--help", NULL};
          return commands[i].run(2, help_argv);
        }
      }
      return tb_cli_usage_error("help", "no command '%s'", argv[2]);
    }
    print_help(stdout);
    return 0;
  }
  if (strcmp(name, "version") == 0 || strcmp(name, "--version") == 0) {
    printf("tingbao %s\n", TB_VERSION);
    return 0;
  }
  for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
    if (strcmp(name, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
  fprintf(stderr, "tingbao: no command '%s' (try `tingbao help`)\n", name);
  return 2;
}
