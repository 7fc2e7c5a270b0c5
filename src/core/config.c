#include "core.h"

#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TB_DEFAULT_DATA_DIR
#define TB_DEFAULT_DATA_DIR "/usr/share/tingbao"
#endif
#ifndef TB_DEFAULT_LEXICON
#define TB_DEFAULT_LEXICON TB_DEFAULT_DATA_DIR "/lexicon.bin"
#endif

void tb_config_defaults(tb_config *cfg) {
  memset(cfg, 0, sizeof *cfg);
  const char *data_dir = getenv("TINGBAO_DATA_DIR");
  const char *lexicon = getenv("TINGBAO_LEXICON");
  cfg->data_dir = tb_xstrdup(data_dir && *data_dir ? data_dir : TB_DEFAULT_DATA_DIR);
  cfg->lexicon = tb_xstrdup(lexicon && *lexicon ? lexicon : TB_DEFAULT_LEXICON);
  cfg->library = tb_xstrdup("/var/lib/tingbao/library");
  cfg->inbox = tb_xstrdup("/var/lib/tingbao/inbox");
  cfg->voice = tb_xstrdup("tingbao-female");
  cfg->speech_rate = 0;  /* the voice's own */
  cfg->speech_pitch = 0; /* the voice's own */
  cfg->braille_table = tb_xstrdup("cbs");
  cfg->braille_cells = 40;
  cfg->braille_lines = 25;
  cfg->profiles = tb_xstrdup("web");
  cfg->listen = tb_xstrdup("127.0.0.1:8420");
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  cfg->workers = cores > 0 ? (int)cores : 1;
  cfg->api_token = NULL;
  cfg->state_dir = NULL;
  cfg->max_upload_mb = 32;
  cfg->max_attempts = 3;
  cfg->retry_seconds = 2;
  cfg->job_timeout = 1800;
  cfg->shutdown_grace = 30;
  cfg->inbox_settle_ms = 1000;
}

enum { STRING_FIELDS = 10 };

/* Every string field, so that free and copy can never disagree about which ones there are. */
static void string_fields(tb_config *cfg, char **fields[STRING_FIELDS]) {
  char **all[STRING_FIELDS] = {&cfg->data_dir,  &cfg->lexicon,       &cfg->library,  &cfg->inbox,
                               &cfg->voice,     &cfg->braille_table, &cfg->profiles, &cfg->listen,
                               &cfg->api_token, &cfg->state_dir};
  memcpy(fields, all, sizeof all);
}

void tb_config_free(tb_config *cfg) {
  char **fields[STRING_FIELDS];
  string_fields(cfg, fields);
  for (size_t i = 0; i < STRING_FIELDS; i++) {
    free(*fields[i]);
    *fields[i] = NULL;
  }
}

void tb_config_copy(tb_config *dst, const tb_config *src) {
  *dst = *src;
  char **fields[STRING_FIELDS];
  string_fields(dst, fields);
  for (size_t i = 0; i < STRING_FIELDS; i++)
    *fields[i] = tb_xstrdup(*fields[i]);
}

typedef struct {
  tb_config *cfg;
  char reason[256]; /* why the handler refused a line; inih reports which line */
} load_state;

typedef struct {
  const char *section;
  const char *name;
  size_t string_offset; /* offset of a char* field, or SIZE_MAX */
  size_t int_offset;    /* offset of an int field, or SIZE_MAX */
  int min, max;
} config_key;

#define STR_KEY(sec, key, field)                                                                   \
  { sec, key, offsetof(tb_config, field), SIZE_MAX, 0, 0 }
#define INT_KEY(sec, key, field, lo, hi)                                                           \
  { sec, key, SIZE_MAX, offsetof(tb_config, field), lo, hi }

static const config_key keys[] = {
    STR_KEY("paths", "data_dir", data_dir),
    STR_KEY("paths", "lexicon", lexicon),
    STR_KEY("paths", "library", library),
    STR_KEY("paths", "inbox", inbox),
    STR_KEY("speech", "voice", voice),
    INT_KEY("speech", "rate", speech_rate, 0, 450),
    INT_KEY("speech", "pitch", speech_pitch, 0, 100),
    STR_KEY("braille", "table", braille_table),
    INT_KEY("braille", "cells_per_line", braille_cells, 12, 100),
    INT_KEY("braille", "lines_per_page", braille_lines, 5, 100),
    STR_KEY("render", "profiles", profiles),
    STR_KEY("server", "listen", listen),
    INT_KEY("server", "workers", workers, 1, 256),
    STR_KEY("server", "api_token", api_token),
    STR_KEY("paths", "state_dir", state_dir),
    INT_KEY("server", "max_upload_mb", max_upload_mb, 1, 4096),
    INT_KEY("server", "max_attempts", max_attempts, 1, 100),
    INT_KEY("server", "retry_seconds", retry_seconds, 1, 3600),
    INT_KEY("server", "job_timeout", job_timeout, 10, 86400),
    INT_KEY("server", "shutdown_grace", shutdown_grace, 0, 3600),
    INT_KEY("server", "inbox_settle_ms", inbox_settle_ms, 0, 60000),
};

static int on_key(void *user, const char *section, const char *name, const char *value) {
  load_state *st = user;
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
    const config_key *k = &keys[i];
    if (strcmp(k->section, section) != 0 || strcmp(k->name, name) != 0) continue;
    if (k->string_offset != SIZE_MAX) {
      tb_set_string((char **)((char *)st->cfg + k->string_offset), value);
      return 1;
    }
    char *end;
    errno = 0;
    long v = strtol(value, &end, 10);
    if (errno || end == value || *end || v < k->min || v > k->max) {
      snprintf(st->reason, sizeof st->reason, "[%s] %s must be a whole number from %d to %d",
               section, name, k->min, k->max);
      return 0;
    }
    *(int *)((char *)st->cfg + k->int_offset) = (int)v;
    return 1;
  }
  snprintf(st->reason, sizeof st->reason, "unknown key [%s] %s", section, name);
  return 0;
}

tb_status tb_config_load(tb_config *cfg, const char *path, tb_error *err) {
  tb_error_clear(err);
  load_state st = {.cfg = cfg, .reason = ""};
  int rc = ini_parse(path, on_key, &st);
  if (rc == 0) return TB_OK;
  if (rc == -1) return tb_error_set(err, TB_ERR_INPUT, "%s: %s", path, strerror(errno));
  if (rc > 0)
    return tb_error_set(err, TB_ERR_INPUT, "%s:%d: %s", path, rc,
                        st.reason[0] ? st.reason : "not an INI line");
  return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot read configuration", path);
}
