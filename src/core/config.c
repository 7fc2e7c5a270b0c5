#include "core.h"

#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
  cfg->braille_page = tb_xstrdup("11x11.5");
  cfg->braille_cells = 40;
  cfg->braille_lines = 25;
  cfg->profiles = tb_xstrdup("web");
  cfg->speech_jobs = 0;
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

enum { STRING_FIELDS = 11 };

/* Every string field, so that free and copy can never disagree about which ones there are. */
static void string_fields(tb_config *cfg, char **fields[STRING_FIELDS]) {
  char **all[STRING_FIELDS] = {&cfg->data_dir,     &cfg->lexicon,  &cfg->library,
                               &cfg->inbox,        &cfg->voice,    &cfg->braille_table,
                               &cfg->braille_page, &cfg->profiles, &cfg->listen,
                               &cfg->api_token,    &cfg->state_dir};
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

/* ---- braille page formats -------------------------------------------------------------------
 * Only the 11 × 11.5 in format is a published figure: 40 cells × 25 lines is the North American
 * (BANA/NLS) page that tractor-feed embossers (Index, ViewPlus, Braillo) are commonly set up for,
 * with the NLS cell of 6.2 mm pitch and 10 mm line pitch (BrailleBlaster's libembosser lists
 * these cell sizes). No maker's or press's cells-per-line figure for the other papers was found,
 * so they are derived, and should be checked on the embosser: Chinese braille is embossed with
 * dots 2.5 mm apart and cells 4 mm apart (a 6.5 mm cell pitch) and 5 mm between lines of cells
 * (a 10 mm line pitch), as Chinese braille printing describes it; a page keeps a 20 mm binding
 * margin on the left, 10 mm on the right and 10 mm top and bottom:
 *   cells = floor((width − 30) / 6.5), lines = floor((height − 20) / 10).
 * 16k and 8k are the 大16开 and 大8开 paper formats of Chinese books (GB/T 788). */
static const tb_braille_page_format page_formats[] = {
    {"11x11.5", "11 × 11.5 in tractor-feed embosser paper (279 × 292 mm), the default", 40, 25},
    {"a4", "A4 portrait (210 × 297 mm)", 27, 27},
    {"a4-landscape", "A4 landscape (297 × 210 mm)", 41, 19},
    {"letter", "US Letter portrait (216 × 279 mm)", 28, 25},
    {"b4", "B4 portrait (250 × 353 mm)", 33, 33},
    {"16k", "大16开 Chinese book paper (210 × 285 mm)", 27, 26},
    {"8k", "大8开 Chinese book paper (285 × 420 mm)", 39, 40},
};

const tb_braille_page_format *tb_config_braille_page_formats(size_t *count) {
  *count = sizeof page_formats / sizeof *page_formats;
  return page_formats;
}

const tb_braille_page_format *tb_config_braille_page_format(const char *name) {
  for (size_t i = 0; name && i < sizeof page_formats / sizeof *page_formats; i++)
    if (strcasecmp(page_formats[i].name, name) == 0) return &page_formats[i];
  return NULL;
}

/* "a4, a4-landscape, …": the names, for messages. */
static void list_page_formats(char *out, size_t size) {
  size_t used = 0;
  out[0] = '\0';
  for (size_t i = 0; i < sizeof page_formats / sizeof *page_formats && used < size; i++) {
    int n = snprintf(out + used, size - used, "%s%s", i ? ", " : "", page_formats[i].name);
    if (n < 0) break;
    used += (size_t)n;
  }
}

tb_status tb_config_set_braille_page(tb_config *cfg, const char *name, tb_error *err) {
  const tb_braille_page_format *f = tb_config_braille_page_format(name);
  if (!f) {
    char names[160];
    list_page_formats(names, sizeof names);
    return tb_error_set(err, TB_ERR_INPUT, "unknown braille page '%s' (one of %s)",
                        name ? name : "", names);
  }
  tb_set_string(&cfg->braille_page, f->name);
  cfg->braille_cells = f->cells_per_line;
  cfg->braille_lines = f->lines_per_page;
  return TB_OK;
}

typedef struct {
  tb_config *cfg;
  char reason[256]; /* why the handler refused a line; inih reports which line */
  /* [braille] page applies after the whole file is read, so that cells_per_line and
   * lines_per_page written in the same file win wherever they stand */
  const tb_braille_page_format *page;
  bool cells_given, lines_given;
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
    INT_KEY("render", "speech_jobs", speech_jobs, 0, 256),
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
  if (strcmp(section, "braille") == 0 && strcmp(name, "page") == 0) {
    st->page = tb_config_braille_page_format(value);
    if (!st->page) {
      char names[160];
      list_page_formats(names, sizeof names);
      snprintf(st->reason, sizeof st->reason, "[braille] page must be one of %s", names);
      return 0;
    }
    return 1;
  }
  if (strcmp(section, "braille") == 0) {
    st->cells_given |= strcmp(name, "cells_per_line") == 0;
    st->lines_given |= strcmp(name, "lines_per_page") == 0;
  }
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
  int saved_cells = cfg->braille_cells, saved_lines = cfg->braille_lines;
  int rc = ini_parse(path, on_key, &st);
  if (rc == 0 && st.page) {
    int cells = cfg->braille_cells, lines = cfg->braille_lines;
    tb_set_string(&cfg->braille_page, st.page->name);
    cfg->braille_cells = st.cells_given ? cells : st.page->cells_per_line;
    cfg->braille_lines = st.lines_given ? lines : st.page->lines_per_page;
  } else if (rc == 0 && (st.cells_given || st.lines_given) &&
             (cfg->braille_cells != saved_cells || cfg->braille_lines != saved_lines)) {
    tb_set_string(&cfg->braille_page, NULL); /* the size is no longer the named format's */
  }
  if (rc == 0) return TB_OK;
  if (rc == -1) return tb_error_set(err, TB_ERR_INPUT, "%s: %s", path, strerror(errno));
  if (rc > 0)
    return tb_error_set(err, TB_ERR_INPUT, "%s:%d: %s", path, rc,
                        st.reason[0] ? st.reason : "not an INI line");
  return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot read configuration", path);
}
