/* Reading → Unicode braille through liblouis and the project's tables (tables/README.md).
 * The program decides what liblouis sees: each hanzi word as its citation pinyin (or one of the
 * scheme's shorthand characters), numbers, Latin and punctuation as printed, a blank where
 * braille ends a word, a word joiner where two tokens are written as one word, and U+FFFD for
 * any character braille cannot spell. One liblouis call per paragraph. */
#include "braille_internal.h"

#include <liblouis/liblouis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *name;
  const char *file;
  const char *shorthand; /* characters passed to the table as themselves */
} table_info;

static const table_info tables[] = {
    {"cbs", "tingbao-cbs.ctb", "的么你他她它"},
    /* 现行盲文 has no shorthand syllables; 他 她 它 still differ in writing */
    {"current", "tingbao-current.ctb", "他她它"},
};

/* Code points probed once: does the table give them cells of their own? */
typedef struct {
  uint32_t *keys; /* 0 = empty slot */
  bool *known;
  size_t cap, count;
} probe_cache;

struct tb_braille {
  const table_info *info;
  char *table_list; /* absolute path of the .ctb, as liblouis's table list */
  char *context;    /* names the article in warnings; may be NULL */
  probe_cache cache;
  probe_cache warned; /* characters already warned about in this context */
  size_t unknown_count;
  widechar *in;
  size_t in_len, in_cap;
  widechar *out;
  size_t out_cap;
};

static void louis_log(logLevels level, const char *message) {
  tb_log(level >= LOU_LOG_ERROR ? TB_LOG_WARN : TB_LOG_DEBUG, "liblouis: %s", message);
}

tb_status tb_braille_new(const char *tables_dir, const char *table, tb_braille **out,
                         tb_error *err) {
  *out = NULL;
  const table_info *info = NULL;
  const char *name = table && *table ? table : "cbs";
  for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
    if (strcmp(tables[i].name, name) == 0) info = &tables[i];
  if (!info)
    return tb_error_set(err, TB_ERR_INPUT, "unknown braille table '%s' (cbs or current)", name);
  if (!tables_dir || !tb_path_is_dir(tables_dir))
    return tb_error_set(err, TB_ERR_INPUT, "%s: no such tables folder",
                        tables_dir ? tables_dir : "(null)");
  char *path = tb_path_join(tables_dir, info->file);
  /* liblouis reads a comma as a table-list separator */
  if (strchr(path, ',')) {
    tb_status st =
        tb_error_set(err, TB_ERR_INPUT, "%s: a comma in the path confuses liblouis", path);
    free(path);
    return st;
  }
  if (!tb_path_exists(path)) {
    tb_status st = tb_error_set(err, TB_ERR_INPUT, "%s: braille table missing", path);
    free(path);
    return st;
  }
  lou_registerLogCallback(louis_log);
  if (!lou_getTable(path)) {
    tb_status st =
        tb_error_set(err, TB_ERR_RUNTIME, "%s: liblouis cannot compile this table", path);
    free(path);
    return st;
  }
  tb_braille *b = tb_xcalloc(1, sizeof *b);
  b->info = info;
  b->table_list = path;
  *out = b;
  return TB_OK;
}

void tb_braille_free(tb_braille *b) {
  if (!b) return;
  free(b->table_list);
  free(b->context);
  free(b->cache.keys);
  free(b->cache.known);
  free(b->warned.keys);
  free(b->warned.known);
  free(b->in);
  free(b->out);
  free(b);
}

void tb_braille_set_context(tb_braille *b, const char *context) {
  tb_set_string(&b->context, context);
  /* each new article (or line) names its own unknown characters once */
  free(b->warned.keys);
  free(b->warned.known);
  memset(&b->warned, 0, sizeof b->warned);
}

size_t tb_braille_unknown_count(const tb_braille *b) {
  return b->unknown_count;
}

const char *tb_braille_table_path(const tb_braille *b) {
  return b->table_list;
}

/* ---- liblouis ---------------------------------------------------------------------------------
 */

/* Translates in[0..len) into b->out; returns the number of cells, or -1. */
static int translate(tb_braille *b, const widechar *in, size_t len) {
  if (len == 0) return 0;
  size_t cap = len * 4 + 16;
  for (int attempt = 0; attempt < 4; attempt++, cap *= 2) {
    if (b->out_cap < cap) {
      b->out = tb_xrealloc(b->out, cap * sizeof *b->out);
      b->out_cap = cap;
    }
    int inlen = (int)len, outlen = (int)cap;
    if (!lou_translateString(b->table_list, in, &inlen, b->out, &outlen, NULL, NULL,
                             dotsIO | ucBrl))
      return -1;
    if ((size_t)inlen == len && (size_t)outlen < cap) return outlen;
  }
  return -1;
}

static bool cache_find(const probe_cache *c, uint32_t cp, bool *known) {
  if (!c->cap) return false;
  for (size_t i = cp % c->cap;; i = (i + 1) % c->cap) {
    if (c->keys[i] == 0) return false;
    if (c->keys[i] == cp) {
      *known = c->known[i];
      return true;
    }
  }
}

static void cache_put(probe_cache *c, uint32_t cp, bool known) {
  if ((c->count + 1) * 2 > c->cap) {
    probe_cache bigger = {0};
    bigger.cap = c->cap ? c->cap * 2 : 64;
    bigger.keys = tb_xcalloc(bigger.cap, sizeof *bigger.keys);
    bigger.known = tb_xcalloc(bigger.cap, sizeof *bigger.known);
    for (size_t i = 0; i < c->cap; i++)
      if (c->keys[i]) cache_put(&bigger, c->keys[i], c->known[i]);
    free(c->keys);
    free(c->known);
    *c = bigger;
  }
  size_t i = cp % c->cap;
  while (c->keys[i] != 0 && c->keys[i] != cp)
    i = (i + 1) % c->cap;
  if (c->keys[i] == 0) c->count++;
  c->keys[i] = cp;
  c->known[i] = known;
}

/* Whether the table has cells of its own for cp (anything else comes out as the placeholder). */
static bool table_knows(tb_braille *b, uint32_t cp) {
  if (cp > 0x20 && cp < 0x7F) return true; /* the tables define all of printable ASCII */
  if (cp == 0 || cp == TB_BRAILLE_UNKNOWN || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  bool known;
  if (cache_find(&b->cache, cp, &known)) return known;
  widechar probe = cp;
  int n = translate(b, &probe, 1);
  known = n > 0 && !(n == 2 && b->out[0] == 0x283F && b->out[1] == 0x283F);
  cache_put(&b->cache, cp, known);
  return known;
}

/* ---- building liblouis's input ------------------------------------------------------------- */

static void put(tb_braille *b, uint32_t cp) {
  tb_grow((void **)&b->in, &b->in_cap, b->in_len + 1, sizeof *b->in);
  b->in[b->in_len++] = cp;
}

static void put_ascii(tb_braille *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    put(b, (unsigned char)s[i]);
}

/* Writes the placeholder for cp and warns, once per character and context: an article full of
 * the same emoji gets one line naming it, not one per use. */
static void unknown(tb_braille *b, uint32_t cp, size_t paragraph, const char *why) {
  char utf8[5] = {0};
  tb_utf8_encode(cp, utf8);
  b->unknown_count++;
  put(b, TB_BRAILLE_UNKNOWN);
  bool seen;
  if (cp && cache_find(&b->warned, cp, &seen)) return; /* 0: a syllable without its character */
  if (cp) cache_put(&b->warned, cp, true);
  tb_log(TB_LOG_WARN, "braille: no braille for U+%04X \"%s\" (%s) in %s%sparagraph %zu; wrote ⠿⠿",
         (unsigned)cp, utf8, why, b->context ? b->context : "", b->context ? ", " : "",
         paragraph + 1);
}

static void put_char(tb_braille *b, uint32_t cp, size_t paragraph) {
  if (tb_is_space_cp(cp)) {
    put(b, ' ');
  } else if (tb_is_hanzi(cp)) {
    unknown(b, cp, paragraph, "a character without a reading");
  } else if (table_knows(b, cp)) {
    put(b, cp);
  } else {
    unknown(b, cp, paragraph, "a symbol braille has no sign for");
  }
}

/* The shorthand of the table for this character and syllable, if it applies. */
static bool shorthand(const tb_braille *b, uint32_t cp, const char *syl) {
  char utf8[5] = {0};
  tb_utf8_encode(cp, utf8);
  if (!strstr(b->info->shorthand, utf8)) return false;
  switch (cp) {
  case 0x7684:
    return strcmp(syl, "de5") == 0; /* 的 as the particle only, not dí dì */
  case 0x4E48:
    return strcmp(syl, "me5") == 0; /* 么 of 什么 怎么, not yāo */
  case 0x4F60:
    return strncmp(syl, "ni", 2) == 0 && syl[2] >= '1' && syl[2] <= '5';
  default:
    return strncmp(syl, "ta", 2) == 0 && syl[2] >= '1' && syl[2] <= '5'; /* 他 她 它 */
  }
}

typedef struct {
  const char *start;
  size_t len;
} span;

/* Splits the space-separated syllables of pinyin into at most max spans; returns the count. */
static size_t split_syllables(const char *pinyin, span *spans, size_t max) {
  size_t n = 0;
  for (const char *p = pinyin ? pinyin : ""; *p;) {
    while (*p == ' ')
      p++;
    if (!*p) break;
    const char *end = p;
    while (*end && *end != ' ')
      end++;
    if (n < max) spans[n] = (span){p, (size_t)(end - p)};
    n++;
    p = end;
  }
  return n;
}

static void put_syllable(tb_braille *b, uint32_t cp, span syl, size_t paragraph, tb_strbuf *tmp) {
  tb_strbuf_clear(tmp);
  if (!tb_braille_syllable(syl.start, syl.len, tmp)) {
    char why[64];
    snprintf(why, sizeof why, "unknown syllable \"%.*s\"", (int)(syl.len < 20 ? syl.len : 20),
             syl.start);
    unknown(b, cp, paragraph, why);
  } else if (cp && shorthand(b, cp, tb_strbuf_view(tmp))) {
    put(b, cp);
  } else {
    put_ascii(b, tmp->data, tmp->len);
  }
}

static void put_hanzi_word(tb_braille *b, const tb_token *t, size_t paragraph, tb_strbuf *tmp) {
  enum { MAX = 64 };
  span syl[MAX];
  size_t nsyl = split_syllables(t->pinyin, syl, MAX);
  const char *text = t->text ? t->text : "";
  size_t len = strlen(text), ncp = 0, nhanzi = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(text + i, len - i, &cp);
    if (!used) break;
    i += used;
    ncp++;
    nhanzi += tb_is_hanzi(cp);
  }
  if (nsyl > MAX || (nsyl && nsyl != ncp && nsyl != nhanzi)) {
    /* Syllables and characters do not pair up (erhua written in one syllable, a reading the
     * front end gave for the spoken form): spell the syllables, no shorthand. */
    for (size_t k = 0; k < nsyl && k < MAX; k++)
      put_syllable(b, 0, syl[k], paragraph, tmp);
    return;
  }
  size_t k = 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(text + i, len - i, &cp);
    if (!used) break;
    i += used;
    bool paired = nsyl && (nsyl == ncp || tb_is_hanzi(cp));
    if (paired && k < nsyl)
      put_syllable(b, cp, syl[k++], paragraph, tmp);
    else if (tb_is_hanzi(cp))
      unknown(b, cp, paragraph, "a character without a reading");
    else
      put_char(b, cp, paragraph);
  }
}

static void put_token(tb_braille *b, const tb_token *t, size_t paragraph, tb_strbuf *tmp) {
  if (t->kind == TB_TOKEN_HANZI) {
    put_hanzi_word(b, t, paragraph, tmp);
    return;
  }
  const char *text = t->text ? t->text : "";
  size_t len = strlen(text);
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(text + i, len - i, &cp);
    if (!used) { /* the reading is UTF-8; should a byte be bad, say so rather than guess */
      unknown(b, 0xFFFD, paragraph, "invalid UTF-8");
      i++;
      continue;
    }
    i += used;
    put_char(b, cp, paragraph);
  }
}

/* Appends the cells of out[0..n) to sb: blank cells collapsed, none at either end. */
static void put_cells(tb_strbuf *sb, const widechar *cells, int n) {
  bool pending_blank = false;
  for (int i = 0; i < n; i++) {
    uint32_t c = cells[i];
    if (c < 0x2800 || c > 0x28FF) c = 0x283F; /* never print a non-cell */
    if (c == TB_BRAILLE_BLANK) {
      pending_blank = sb->len > 0;
      continue;
    }
    if (pending_blank) tb_strbuf_put_codepoint(sb, TB_BRAILLE_BLANK);
    pending_blank = false;
    tb_strbuf_put_codepoint(sb, c);
  }
}

static bool is_chinese(const tb_token *t) {
  if (t->kind == TB_TOKEN_HANZI) return true;
  uint32_t cp = 0;
  if (t->kind == TB_TOKEN_PUNCT && t->text && *t->text)
    tb_utf8_decode(t->text, strlen(t->text), &cp);
  return cp && tb_is_cjk_punctuation(cp);
}

tb_status tb_braille_paragraph(tb_braille *b, const tb_reading *reading, size_t paragraph,
                               char **out, tb_error *err) {
  *out = NULL;
  if (!reading || (reading->paragraph_count && paragraph >= reading->paragraph_count))
    return tb_error_set(err, TB_ERR_INPUT, "braille: no paragraph %zu in the reading",
                        paragraph + 1);
  /* A reading lists its tokens paragraph by paragraph: find this paragraph's run. */
  size_t lo = 0, hi = reading->token_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (reading->tokens[mid].paragraph < paragraph)
      lo = mid + 1;
    else
      hi = mid;
  }
  size_t end = lo;
  while (end < reading->token_count && reading->tokens[end].paragraph == paragraph)
    end++;

  bool chinese = false;
  for (size_t i = lo; i < end && !chinese; i++)
    chinese = is_chinese(&reading->tokens[i]);

  b->in_len = 0;
  tb_strbuf tmp;
  tb_strbuf_init(&tmp);
  const tb_token *prev = NULL;
  for (size_t i = lo; i < end; i++) {
    const tb_token *t = &reading->tokens[i];
    if (prev && !tb_braille_joined(prev, t))
      put(b, ' ');
    else if (prev && !tb_braille_is_mark(prev) && !tb_braille_is_mark(t))
      put(b, TB_BRAILLE_JOINER); /* keeps 5G, A4, 第3 from reading as one syllable or number */
    if (tb_braille_needs_letter_sign(prev, t, chinese)) put(b, TB_BRAILLE_LETTER_SIGN);
    put_token(b, t, paragraph, &tmp);
    prev = t;
  }
  tb_strbuf_free(&tmp);

  int n = translate(b, b->in, b->in_len);
  if (n < 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: liblouis failed on paragraph %zu", b->table_list,
                        paragraph + 1);
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  put_cells(&sb, b->out, n);
  *out = tb_strbuf_take(&sb);
  return TB_OK;
}

char *tb_braille_pinyin_cells(tb_braille *b, const char *pinyin) {
  b->in_len = 0;
  put_ascii(b, pinyin, strlen(pinyin));
  int n = translate(b, b->in, b->in_len);
  if (n < 0) return NULL;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "");
  put_cells(&sb, b->out, n);
  return tb_strbuf_take(&sb);
}
