/* core: errors, logging, strings, UTF-8, arenas, files and configuration shared by every stage.
 * core includes no other stage. */
#ifndef TB_CORE_H
#define TB_CORE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TB_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))

/* ---- errors ---------------------------------------------------------------------------------
 * Exit statuses double as error classes: the CLI returns the status of the error it reports. */
typedef enum { TB_OK = 0, TB_ERR_RUNTIME = 1, TB_ERR_INPUT = 2 } tb_status;

typedef struct {
  tb_status status;
  char message[1024]; /* one line: "FILE:LINE: what is wrong" where a file is known */
} tb_error;

/* Records an error in err (may be NULL) and returns status, so callers can `return
 * tb_error_set(…)`. */
tb_status tb_error_set(tb_error *err, tb_status status, const char *fmt, ...) TB_PRINTF(3, 4);
void tb_error_clear(tb_error *err);

/* ---- logging: one line per event on stderr -------------------------------------------------- */
typedef enum { TB_LOG_ERROR, TB_LOG_WARN, TB_LOG_INFO, TB_LOG_DEBUG } tb_log_level;
void tb_log_set_level(tb_log_level level);
tb_log_level tb_log_get_level(void);
void tb_log(tb_log_level level, const char *fmt, ...) TB_PRINTF(2, 3);

/* ---- memory: out of memory aborts (there is no sane recovery mid-synthesis) ------------------ */
void *tb_xmalloc(size_t size);
void *tb_xcalloc(size_t count, size_t size);
void *tb_xrealloc(void *ptr, size_t size);
char *tb_xstrdup(const char *s);                          /* NULL stays NULL; caller frees */
char *tb_xstrndup(const char *s, size_t n);               /* caller frees */
char *tb_xasprintf(const char *fmt, ...) TB_PRINTF(1, 2); /* caller frees */
/* Replaces *field with a copy of value (NULL allowed), freeing the old one. */
void tb_set_string(char **field, const char *value);

/* Grows *items (of elem_size each) so that it holds at least need elements. */
void tb_grow(void **items, size_t *cap, size_t need, size_t elem_size);

/* ---- growable string ------------------------------------------------------------------------ */
typedef struct {
  char *data; /* always NUL-terminated once anything is appended; NULL when empty and new */
  size_t len;
  size_t cap;
} tb_strbuf;

void tb_strbuf_init(tb_strbuf *sb);
void tb_strbuf_free(tb_strbuf *sb);
void tb_strbuf_clear(tb_strbuf *sb);
void tb_strbuf_append(tb_strbuf *sb, const char *s, size_t n);
void tb_strbuf_puts(tb_strbuf *sb, const char *s);
void tb_strbuf_putc(tb_strbuf *sb, char c);
void tb_strbuf_printf(tb_strbuf *sb, const char *fmt, ...) TB_PRINTF(2, 3);
void tb_strbuf_put_codepoint(tb_strbuf *sb, uint32_t cp);
/* Hands the string to the caller (who frees it) and leaves sb empty; never NULL. */
char *tb_strbuf_take(tb_strbuf *sb);
/* The current string, borrowed; "" when empty. */
const char *tb_strbuf_view(const tb_strbuf *sb);

/* ---- list of owned strings ------------------------------------------------------------------ */
typedef struct {
  char **items;
  size_t count;
  size_t cap;
} tb_strlist;

void tb_strlist_push(tb_strlist *list, const char *s); /* copies s */
void tb_strlist_push_owned(tb_strlist *list, char *s); /* takes s */
void tb_strlist_clear(tb_strlist *list);
void tb_strlist_free(tb_strlist *list);

/* ---- UTF-8 ---------------------------------------------------------------------------------- */
/* Decodes one code point from s (n bytes available). Returns the bytes used (1–4), or 0 for an
 * invalid, overlong, surrogate or truncated sequence. */
size_t tb_utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes at most); returns the bytes written. */
size_t tb_utf8_encode(uint32_t cp, char out[4]);
/* Byte offset of the first invalid sequence, or SIZE_MAX when all of s is valid UTF-8. */
size_t tb_utf8_first_invalid(const char *s, size_t n);
/* Number of code points in a valid NUL-terminated string. */
size_t tb_utf8_length(const char *s);
/* Returns a copy of at most max_chars code points of s; caller frees. */
char *tb_utf8_prefix(const char *s, size_t max_chars);
bool tb_is_hanzi(uint32_t cp); /* CJK unified ideographs, extensions, compatibility */
bool tb_is_cjk_punctuation(uint32_t cp); /* full-width and CJK marks: 。，、；：？！“”《》（）…— */
/* A full-width digit or Latin letter (３, Ａ, ｚ) as its ASCII form; any other cp unchanged. */
uint32_t tb_ascii_alnum_of(uint32_t cp);
bool tb_is_space_cp(uint32_t cp); /* ASCII white space, NBSP, ideographic space, ZW space */

/* ---- arena: many small allocations freed at once ------------------------------------------ */
typedef struct tb_arena tb_arena;
tb_arena *tb_arena_new(void); /* caller frees with tb_arena_free */
void tb_arena_free(tb_arena *arena);
void *tb_arena_alloc(tb_arena *arena, size_t size); /* zeroed, 16-byte aligned, owned by arena */
char *tb_arena_strdup(tb_arena *arena, const char *s);
char *tb_arena_strndup(tb_arena *arena, const char *s, size_t n);

/* ---- files ---------------------------------------------------------------------------------- */
/* Reads a whole regular file. *data is NUL-terminated (not counted in *len); caller frees.
 * Errors name the file: missing, a directory, unreadable. */
tb_status tb_file_read_all(const char *path, unsigned char **data, size_t *len, tb_error *err);
/* Writes data to a temporary name beside path, syncs, and renames it into place. */
tb_status tb_file_write_atomic(const char *path, const void *data, size_t len, tb_error *err);
/* A temporary name beside final_path ("<dir>/.<name>.tmp-<pid>"); caller frees. */
char *tb_temp_path_for(const char *final_path);
/* Syncs temp_path and renames it to final_path; removes temp_path on failure. */
tb_status tb_file_commit(const char *temp_path, const char *final_path, tb_error *err);
/* Copies src to dst atomically (whole file in memory: for files that fit in it). */
tb_status tb_file_copy(const char *src, const char *dst, tb_error *err);
tb_status tb_mkdir_p(const char *path, tb_error *err);
char *tb_path_join(const char *dir, const char *name); /* caller frees */
bool tb_path_is_dir(const char *path);
bool tb_path_exists(const char *path);

/* ---- configuration (INI, see config/tingbao.conf) ------------------------------------------ */
typedef struct {
  /* [paths] */
  char *data_dir; /* voices/ and tables/ live here */
  char *lexicon;  /* compiled lexicon file */
  char *library;  /* rendered issues */
  char *inbox;
  /* [speech] */
  char *voice;      /* a voice name from voices/ */
  int speech_rate;  /* words per minute, eSpeak's scale; 0: the voice's own */
  int speech_pitch; /* 1–100; 0: the voice's own */
  /* [braille] */
  char *braille_table; /* "cbs" (国家通用盲文) or "current" (现行盲文) */
  char *braille_page;  /* the page format the size comes from (explicit cells_per_line or
                        * lines_per_page beside it win); NULL when the size was given alone */
  int braille_cells;   /* cells per line */
  int braille_lines;   /* lines per page */
  /* [render] */
  char *profiles;  /* comma-separated: radio, web, archive */
  int speech_jobs; /* articles synthesized at once in worker processes; 0: one per core */
  /* [server] */
  char *listen;
  int workers;
  char *api_token;
  char *state_dir;     /* jobs.db, spool/, archive/, rejected/; NULL: the inbox's parent */
  int max_upload_mb;   /* largest upload accepted */
  int max_attempts;    /* renders per job before it fails */
  int retry_seconds;   /* first retry delay, doubling after each failure */
  int job_timeout;     /* seconds a render may run before it is killed and retried */
  int shutdown_grace;  /* seconds SIGTERM waits for running jobs before requeueing them */
  int inbox_settle_ms; /* an inbox file must keep its size this long before it is taken */
} tb_config;

/* Fills cfg with the embedded defaults; caller frees with tb_config_free. */
void tb_config_defaults(tb_config *cfg);
/* Overlays the keys of an INI file on cfg. Unknown keys and bad values are errors naming the
 * file and line. */
tb_status tb_config_load(tb_config *cfg, const char *path, tb_error *err);
void tb_config_free(tb_config *cfg);
/* A deep copy of src into dst (which holds nothing yet); free dst with tb_config_free. */
void tb_config_copy(tb_config *dst, const tb_config *src);

/* Page formats of braille paper ([braille] page = NAME, `tingbao render --braille-page NAME`):
 * cells per line and lines per page for a paper size (config.c says where each figure comes
 * from). */
typedef struct {
  const char *name;  /* "a4", "11x11.5", … */
  const char *paper; /* what it is for, in words, with the size in millimetres */
  int cells_per_line;
  int lines_per_page;
} tb_braille_page_format;
/* The known formats, *count of them; borrowed, static. */
const tb_braille_page_format *tb_config_braille_page_formats(size_t *count);
/* The format of that name (case-insensitive), or NULL; borrowed, static. */
const tb_braille_page_format *tb_config_braille_page_format(const char *name);
/* Names cfg's page format and sets its cells per line and lines per page from it. Unknown
 * names are input errors listing the known ones. */
tb_status tb_config_set_braille_page(tb_config *cfg, const char *name, tb_error *err);

/* ---- progress on a terminal ------------------------------------------------------------------
 * Prints "label n of N (p%)" on stderr, rewriting one line, only when stderr is a terminal. */
void tb_progress(const char *label, size_t done, size_t total);
void tb_progress_done(void);

#endif
