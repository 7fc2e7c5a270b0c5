/* Private to the command-line program: one function per subcommand, and what they share. */
#ifndef TB_CLI_H
#define TB_CLI_H

#include "core/core.h"
#include "mandarin/mandarin.h"

/* Each subcommand gets argv with argv[0] = its own name and returns the exit status. */
int tb_cli_parse(int argc, char **argv);
int tb_cli_normalize(int argc, char **argv);
int tb_cli_pinyin(int argc, char **argv);
int tb_cli_braille(int argc, char **argv);
int tb_cli_say(int argc, char **argv);
int tb_cli_render(int argc, char **argv);
int tb_cli_serve(int argc, char **argv);
int tb_cli_play(int argc, char **argv);

/* Prints "tingbao: message" on stderr and returns status as an exit code. */
int tb_cli_fail(tb_status status, const char *message);
/* Bad usage: one line on stderr naming the subcommand; returns 2. */
int tb_cli_usage_error(const char *command, const char *fmt, ...) TB_PRINTF(2, 3);

/* Loads the embedded defaults, then the file (when not NULL). */
tb_status tb_cli_load_config(const char *path, tb_config *cfg, tb_error *err);
/* Paths under the configured data folder; caller frees. */
char *tb_cli_voices_dir(const tb_config *cfg);
char *tb_cli_tables_dir(const tb_config *cfg);

/* Runs fn on every line of stdin (without its newline) and prints what it returns, one output
 * line per input line. A line that is not UTF-8 stops the run with exit status 2. */
typedef char *(*tb_cli_line_fn)(void *state, const char *line, tb_error *err);
int tb_cli_filter_lines(tb_cli_line_fn fn, void *state);

#endif
