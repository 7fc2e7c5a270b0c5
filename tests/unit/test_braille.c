#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "braille/braille.h"
#include "braille/braille_internal.h"
#include "export/export.h"

#include <liblouis/liblouis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define TABLES TB_SOURCE_DIR "/tables"

/* ---- hand-built readings ---------------------------------------------------------------------
 * The mandarin stage owns tb_reading_free; readings made here are freed here. */

typedef struct {
  const char *text;
  const char *pinyin; /* NULL: "" */
  tb_token_kind kind;
  tb_break brk;
  uint32_t paragraph;
} tok;

#define W(t, p)                                                                                    \
  { t, p, TB_TOKEN_HANZI, TB_BREAK_WORD, 0 }
#define NUM(t)                                                                                     \
  { t, NULL, TB_TOKEN_NUMBER, TB_BREAK_WORD, 0 }
#define LAT(t)                                                                                     \
  { t, NULL, TB_TOKEN_LATIN, TB_BREAK_WORD, 0 }
#define PUN(t)                                                                                     \
  { t, NULL, TB_TOKEN_PUNCT, TB_BREAK_PHRASE, 0 }
#define SYM(t)                                                                                     \
  { t, NULL, TB_TOKEN_SYMBOL, TB_BREAK_WORD, 0 }

static tb_reading *reading_of(const tok *toks, size_t n) {
  tb_reading *r = calloc(1, sizeof *r);
  r->tokens = calloc(n ? n : 1, sizeof *r->tokens);
  r->token_count = n;
  for (size_t i = 0; i < n; i++) {
    tb_token *t = &r->tokens[i];
    t->text = toks[i].text;
    t->spoken = toks[i].text;
    t->pinyin = toks[i].pinyin ? toks[i].pinyin : "";
    t->pinyin_speech = t->pinyin;
    t->kind = toks[i].kind;
    t->break_after = toks[i].brk;
    t->paragraph = toks[i].paragraph;
    if (t->paragraph + 1 > r->paragraph_count) r->paragraph_count = t->paragraph + 1;
  }
  if (!r->paragraph_count) r->paragraph_count = 1;
  return r;
}

static void reading_free(tb_reading *r) {
  free(r->tokens);
  free(r);
}

static tb_braille *open_table(const char *name) {
  tb_braille *b = NULL;
  tb_error err = {0};
  assert_int_equal(tb_braille_new(TABLES, name, &b, &err), TB_OK);
  assert_non_null(b);
  return b;
}

/* Cells of paragraph 0 of the tokens; caller frees. */
static char *braille_of(tb_braille *b, const tok *toks, size_t n) {
  tb_reading *r = reading_of(toks, n);
  char *out = NULL;
  tb_error err = {0};
  assert_int_equal(tb_braille_paragraph(b, r, 0, &out, &err), TB_OK);
  reading_free(r);
  return out;
}

#define BRAILLE(b, ...)                                                                            \
  braille_of(b, (const tok[]){__VA_ARGS__}, sizeof((const tok[]){__VA_ARGS__}) / sizeof(tok))

static void assert_braille(tb_braille *b, const tok *toks, size_t n, const char *want) {
  char *got = braille_of(b, toks, n);
  assert_string_equal(got, want);
  free(got);
}

#define ASSERT_BRAILLE(b, want, ...)                                                               \
  assert_braille(b, (const tok[]){__VA_ARGS__}, sizeof((const tok[]){__VA_ARGS__}) / sizeof(tok),  \
                 want)

/* Number of cells (code points) of a Unicode braille string. */
static size_t cell_count(const char *s) {
  return tb_utf8_length(s);
}

/* True when every code point is a braille cell. */
static bool all_cells(const char *s) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, len - i, &cp);
    if (!used || cp < 0x2800 || cp > 0x28FF) return false;
    i += used;
  }
  return true;
}

/* Runs f with stderr captured; returns what it wrote (caller frees). */
static char *capture_stderr(void (*f)(void *), void *arg) {
  char path[] = "/tmp/tb-braille-stderr-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  fflush(stderr);
  int saved = dup(STDERR_FILENO);
  dup2(fd, STDERR_FILENO);
  f(arg);
  fflush(stderr);
  dup2(saved, STDERR_FILENO);
  close(saved);
  close(fd);
  unsigned char *data = NULL;
  size_t len = 0;
  tb_error err = {0};
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  unlink(path);
  return (char *)data;
}

/* ---- tables ------------------------------------------------------------------------------- */

static void tables_compile_and_pass_lou_checktable(void **state) {
  (void)state;
  const char *files[] = {TABLES "/tingbao-cbs.ctb", TABLES "/tingbao-current.ctb"};
  for (size_t i = 0; i < 2; i++) {
    assert_int_equal(lou_checkTable(files[i]), 1);
    if (access("/usr/bin/lou_checktable", X_OK) == 0) {
      char *cmd = tb_xasprintf("/usr/bin/lou_checktable --quiet '%s' >/dev/null 2>&1", files[i]);
      int rc = system(cmd);
      free(cmd);
      assert_true(WIFEXITED(rc) && WEXITSTATUS(rc) == 0);
    }
  }
}

static void unknown_table_and_missing_folder_are_input_errors(void **state) {
  (void)state;
  tb_braille *b = NULL;
  tb_error err = {0};
  assert_int_equal(tb_braille_new(TABLES, "klingon", &b, &err), TB_ERR_INPUT);
  assert_null(b);
  assert_non_null(strstr(err.message, "klingon"));
  assert_int_equal(tb_braille_new("/nonexistent/tables", "cbs", &b, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "/nonexistent/tables"));
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The program and the generated table agree on the syllables: every toned spelling the table
 * has, the program passes through unchanged; every spelling the program accepts, the table has. */
static void program_and_table_accept_the_same_syllables(void **state) {
  (void)state;
  unsigned char *data = NULL;
  size_t len = 0;
  tb_error err = {0};
  assert_int_equal(tb_file_read_all(TABLES "/tingbao-cbs-syllables.cti", &data, &len, &err), TB_OK);
  tb_strlist table = {0};
  char *save = NULL;
  for (char *line = strtok_r((char *)data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    char spelling[32];
    if (sscanf(line, "always %31s", spelling) != 1) continue;
    tb_strlist_push(&table, spelling);
    tb_strbuf out;
    tb_strbuf_init(&out);
    assert_true(tb_braille_syllable(spelling, strlen(spelling), &out));
    assert_string_equal(tb_strbuf_view(&out), spelling);
    tb_strbuf_free(&out);
  }
  assert_true(table.count > 1500);
  qsort(table.items, table.count, sizeof *table.items, compare_strings);
  /* every spelling of one to four letters the program accepts is in the table */
  const char *letters = "abcdefghijklmnopqrstuvwxyz";
  size_t accepted = 0;
  char word[8];
  for (size_t n = 1; n <= 4; n++) {
    size_t total = 1;
    for (size_t i = 0; i < n; i++)
      total *= 26;
    for (size_t k = 0; k < total; k++) {
      size_t v = k;
      for (size_t i = 0; i < n; i++, v /= 26)
        word[i] = letters[v % 26];
      strcpy(word + n, "3");
      tb_strbuf out;
      tb_strbuf_init(&out);
      if (tb_braille_syllable(word, n + 1, &out) && !strstr(tb_strbuf_view(&out), "er5")) {
        const char *key = tb_strbuf_view(&out);
        assert_non_null(
            bsearch(&key, table.items, table.count, sizeof *table.items, compare_strings));
        accepted++;
      }
      tb_strbuf_free(&out);
    }
  }
  assert_true(accepted > 300);
  tb_strlist_free(&table);
  free(data);
}

/* ---- 国家通用盲文: syllables and tones ----------------------------------------------------- */

/* The scheme leaves exactly one tone unwritten per initial: that tone reads like the neutral
 * one, and the other three each add one tone cell, all different. */
static void one_tone_per_initial_is_omitted(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  const struct {
    const char *base;
    int omitted;
  } cases[] = {{"fa", 1}, {"pa", 2},  {"ma", 2},  {"ta", 2}, {"na", 2},  {"ha", 2}, {"qi", 2},
               {"ca", 2}, {"cha", 2}, {"ran", 2}, {"ba", 4}, {"da", 4},  {"la", 4}, {"ga", 4},
               {"ka", 4}, {"ji", 4},  {"xi", 4},  {"za", 4}, {"zha", 4}, {"sa", 4}, {"sha", 4},
               {"yi", 1}, {"er", 2},  {"wo", 3},  {"ye", 3}, {"you", 3}, {"an", 4}, {"yu", 4}};
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    char syl[5][16];
    char *cells[5];
    for (int tone = 1; tone <= 5; tone++) {
      snprintf(syl[tone - 1], sizeof syl[0], "%s%d", cases[c].base, tone);
      /* 他 她 它 are not in play: the text is a placeholder hanzi */
      cells[tone - 1] = BRAILLE(b, W("字", syl[tone - 1]));
    }
    size_t neutral = cell_count(cells[4]);
    for (int tone = 1; tone <= 4; tone++) {
      if (tone == cases[c].omitted) {
        assert_string_equal(cells[tone - 1], cells[4]);
      } else {
        assert_int_equal(cell_count(cells[tone - 1]), neutral + 1);
        assert_memory_equal(cells[tone - 1], cells[4], strlen(cells[4]));
      }
      for (int other = 1; other < tone; other++)
        if (tone != cases[c].omitted && other != cases[c].omitted)
          assert_string_not_equal(cells[tone - 1], cells[other - 1]);
    }
    for (int i = 0; i < 5; i++)
      free(cells[i]);
  }
  tb_braille_free(b);
}

static void scheme_exceptions_keep_their_tone(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  /* tou2 le4 zi4 are written with their tone although t, l, z omit that tone */
  const char *pairs[][2] = {{"tou2", "tou5"}, {"le4", "le5"}, {"zi4", "zi5"}};
  for (size_t i = 0; i < 3; i++) {
    char *toned = BRAILLE(b, W("字", pairs[i][0]));
    char *neutral = BRAILLE(b, W("字", pairs[i][1]));
    assert_int_equal(cell_count(toned), cell_count(neutral) + 1);
    free(toned);
    free(neutral);
  }
  tb_braille_free(b);
}

static void initials_finals_and_tones_spell_the_reference_words(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  /* liblouis's own zhcn-cbs examples, as words */
  ASSERT_BRAILLE(b, "⠏⠡⠛⠕⠄", W("苹果", "ping2 guo3"));
  ASSERT_BRAILLE(b, "⠛⠬⠂⠵", W("橘子", "ju2 zi5"));
  ASSERT_BRAILLE(b, "⠇⠖⠄⠍⠔⠄⠱⠂⠞⠥", W("老马识途", "lao3 ma3 shi2 tu2"));
  ASSERT_BRAILLE(b, "⠓⠖⠄⠏⠼⠳", W("好朋友", "hao3 peng2 you3"));
  ASSERT_BRAILLE(b, "⠃⠮⠅⠢", W("备课", "bei4 ke4"));
  ASSERT_BRAILLE(b, "⠌⠢⠀⠱⠀⠕⠙⠀⠛⠕⠂⠞⠥⠄", W("这", "zhe4"), W("是", "shi4"), W("我", "wo3"),
                 W("的", "de5"), W("国土", "guo2 tu3"));
  tb_braille_free(b);
}

static void pinyin_spellings_of_u_umlaut_and_erhua_agree(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  const char *same[][2] = {{"lv4", "lü4"},       {"nve4", "nüe4"}, {"lve4", "lue4"}, {"ju2", "jv2"},
                           {"Zhong1", "zhong1"}, {"de", "de5"},    {"de0", "de5"}};
  for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
    char *x = BRAILLE(b, W("字", same[i][0]));
    char *y = BRAILLE(b, W("字", same[i][1]));
    assert_string_equal(x, y);
    free(x);
    free(y);
  }
  /* ü and u differ after n and l: nü ≠ nu */
  char *nv = BRAILLE(b, W("女", "nv3"));
  char *nu = BRAILLE(b, W("努", "nu3"));
  assert_string_not_equal(nv, nu);
  free(nv);
  free(nu);
  /* erhua inside the syllable is written as the syllable and a final er */
  char *in_one = BRAILLE(b, W("花儿", "huar1"));
  char *in_two = BRAILLE(b, W("花儿", "hua1 er5"));
  assert_string_equal(in_one, in_two);
  free(in_one);
  free(in_two);
  tb_braille_free(b);
}

/* ---- shorthands --------------------------------------------------------------------------- */

static void shorthands_follow_surface_and_reading(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  ASSERT_BRAILLE(b, "⠞⠍⠴", W("他们", "ta1 men5"));
  ASSERT_BRAILLE(b, "⠈⠞⠍⠴", W("它们", "ta1 men5"));
  ASSERT_BRAILLE(b, "⠞⠁⠍⠴", W("她们", "ta1 men5"));
  ASSERT_BRAILLE(b, "⠝⠓⠖⠄", W("你好", "ni3 hao3"));
  ASSERT_BRAILLE(b, "⠵⠴⠄⠍", W("怎么", "zen3 me5"));
  /* 的 is the shorthand only as the particle: 目的 dì and 的确 dí are spelled */
  char *particle = BRAILLE(b, W("真", "zhen1"), W("的", "de5"));
  char *noun = BRAILLE(b, W("目的", "mu4 di4"));
  char *adverb = BRAILLE(b, W("的确", "di2 que4"));
  assert_int_equal(cell_count(particle), 4);
  assert_non_null(strstr(noun, "⠙⠊"));
  assert_non_null(strstr(adverb, "⠙⠊⠂"));
  /* the same syllable ta1 under another character is spelled out */
  char *spelled = BRAILLE(b, W("塌", "ta1"));
  assert_string_equal(spelled, "⠞⠔⠁");
  free(particle);
  free(noun);
  free(adverb);
  free(spelled);
  tb_braille_free(b);
}

/* ---- 分词连写 ----------------------------------------------------------------------------- */

static void words_are_separated_and_particles_joined(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  ASSERT_BRAILLE(b, "⠛⠣⠁⠞⠩⠁⠙⠀⠞⠩⠁⠅⠊⠆⠀⠃⠥⠉⠕⠆", W("今天", "jin1 tian1"), W("的", "de5"),
                 W("天气", "tian1 qi4"), W("不错", "bu4 cuo4"));
  /* aspect particles join the verb, 们 the noun; 得 as děi stands alone */
  char *kan = BRAILLE(b, W("看", "kan4"), W("了", "le5"), W("同学", "tong2 xue2"), W("们", "men5"));
  assert_int_equal(strstr(kan, "⠀") - kan, (ptrdiff_t)strlen("⠅⠧⠇⠢"));
  assert_null(strstr(strstr(kan, "⠀") + 3, "⠀"));
  char *dei = BRAILLE(b, W("你", "ni3"), W("得", "dei3"));
  assert_non_null(strstr(dei, "⠀"));
  free(kan);
  free(dei);
  tb_braille_free(b);
}

static void numbers_take_the_number_sign_and_a_blank_before_syllables(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  ASSERT_BRAILLE(b, "⠼⠁⠃⠉", NUM("123"));
  /* 第 joins its number; the number is set off from the measure word */
  ASSERT_BRAILLE(b, "⠙⠊⠼⠉⠀⠉⠆", W("第", "di4"), NUM("3"), W("次", "ci4"));
  /* decimal point and percent stay in the number; a new number after a colon or hyphen */
  ASSERT_BRAILLE(b, "⠼⠉⠨⠑⠼⠚⠴", NUM("3.5%"));
  ASSERT_BRAILLE(b, "⠼⠊⠤⠼⠉⠚", NUM("9:30"));
  /* a number written against a syllable (break none) still gets its blank cell */
  tok t[] = {{"3", NULL, TB_TOKEN_NUMBER, TB_BREAK_NONE, 0}, W("月", "yue4")};
  assert_braille(b, t, 2, "⠼⠉⠀⠾");
  /* letters after digits cannot be read as digits: 3a has the letter sign, 5G the capital */
  tok mixed[] = {{"5", NULL, TB_TOKEN_NUMBER, TB_BREAK_NONE, 0}, LAT("G"), W("网络", "wang3 luo4")};
  assert_braille(b, mixed, 3, "⠼⠑⠠⠛⠀⠶⠄⠇⠕");
  tok lower[] = {{"3", NULL, TB_TOKEN_NUMBER, TB_BREAK_NONE, 0}, LAT("a")};
  assert_braille(b, lower, 2, "⠼⠉⠰⠁");
  /* a particle after a number or a Latin run is set off too: ⠼⠃⠙ would read as 24 */
  ASSERT_BRAILLE(b, "⠼⠃⠀⠙", NUM("2"), W("的", "de5"));
  ASSERT_BRAILLE(b, "⠠⠠⠁⠊⠀⠙", LAT("AI"), W("的", "de5"));
  /* operators the front end calls symbols stay inside the expression */
  ASSERT_BRAILLE(b, "⠼⠁⠐⠖⠼⠁⠐⠕⠼⠃", NUM("1"), SYM("+"), NUM("1"), SYM(">"), NUM("2"));
  tb_braille_free(b);
}

static void latin_has_letter_and_capital_signs(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  /* inside Chinese text lower-case letters take the letter sign ⠰; capitals take ⠠ / ⠠⠠ */
  ASSERT_BRAILLE(b, "⠙⠪⠀⠰⠥⠀⠏⠧", W("带", "dai4"), {"u", NULL, TB_TOKEN_LATIN, TB_BREAK_NONE, 0},
                 W("盘", "pan2"));
  ASSERT_BRAILLE(b, "⠠⠠⠁⠊⠀⠓⠊⠞⠲⠄", LAT("AI"), W("系统", "xi4 tong3"));
  ASSERT_BRAILLE(b, "⠠⠓⠑⠇⠇⠕⠀⠠⠺⠕⠗⠇⠙", LAT("Hello"), LAT("World"));
  /* a paragraph of Latin only has no pinyin to confuse it with */
  ASSERT_BRAILLE(b, "⠓⠑⠇⠇⠕", LAT("hello"));
  /* a Latin run followed by digits stays letters and digits, never a pinyin syllable */
  tok a4[] = {{"A", NULL, TB_TOKEN_LATIN, TB_BREAK_NONE, 0}, NUM("4"), W("纸", "zhi3")};
  assert_braille(b, a4, 3, "⠠⠁⠼⠙⠀⠌⠄");
  /* digits and letters side by side are one term even where the front end puts a word
   * boundary between them: 5G, PM2.5, 10km (lower-case letters after digits take ⠰) */
  ASSERT_BRAILLE(b, "⠼⠑⠠⠛⠀⠶⠄⠇⠕", NUM("5"), LAT("G"), W("网络", "wang3 luo4"));
  ASSERT_BRAILLE(b, "⠠⠠⠏⠍⠼⠃⠨⠑⠀⠝⠲⠙⠥", LAT("PM"), NUM("2.5"), W("浓度", "nong2 du4"));
  ASSERT_BRAILLE(b, "⠼⠁⠚⠰⠅⠍⠀⠾⠑", NUM("10"), LAT("km"), W("越野", "yue4 ye3"));
  /* a URL: the front end's dots (symbols, nothing after them) join the parts, read as ⠲ */
  tok url[] = {LAT("www"),     {".", NULL, TB_TOKEN_SYMBOL, TB_BREAK_NONE, 0},
               LAT("example"), {".", NULL, TB_TOKEN_SYMBOL, TB_BREAK_NONE, 0},
               LAT("cn"),      W("网站", "wang3 zhan4")};
  assert_braille(b, url, 6, "⠰⠺⠺⠺⠲⠑⠭⠁⠍⠏⠇⠑⠲⠉⠝⠀⠶⠄⠌⠧");
  tb_braille_free(b);
}

static void punctuation_follows_the_scheme(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  ASSERT_BRAILLE(b, "⠪⠐⠀⠓⠬⠁⠐⠆", W("爱", "ai4"), PUN("，"), W("须", "xu1"), PUN("。"));
  ASSERT_BRAILLE(b, "⠐⠤⠱⠥⠁⠤⠂", PUN("《"), W("书", "shu1"), PUN("》"));
  ASSERT_BRAILLE(b, "⠘⠱⠥⠁⠘⠀⠙", PUN("“"), W("书", "shu1"), PUN("”"), W("的", "de5"));
  ASSERT_BRAILLE(b, "⠱⠥⠁⠈⠀⠃⠖⠐⠄⠀⠌⠴⠁⠰⠂", W("书", "shu1"), PUN("、"), W("报", "bao4"), PUN("？"),
                 W("真", "zhen1"), PUN("！"));
  ASSERT_BRAILLE(b, "⠱⠥⠁⠠⠤⠀⠃⠖⠐⠐⠐", W("书", "shu1"), PUN("——"), W("报", "bao4"), PUN("……"));
  ASSERT_BRAILLE(b, "⠱⠥⠁⠀⠰⠄⠃⠖⠠⠆", W("书", "shu1"), PUN("（"), W("报", "bao4"), PUN("）"));
  /* ASCII marks in Chinese text read as their full-width twins, never as English braille */
  char *ascii =
      BRAILLE(b, W("爱", "ai4"), PUN(","), W("须", "xu1"), PUN(";"), W("书", "shu1"), PUN(":"));
  char *wide =
      BRAILLE(b, W("爱", "ai4"), PUN("，"), W("须", "xu1"), PUN("；"), W("书", "shu1"), PUN("："));
  assert_string_equal(ascii, wide);
  free(ascii);
  free(wide);
  tb_braille_free(b);
}

/* ---- unknown characters -------------------------------------------------------------------- */

typedef struct {
  tb_braille *b;
  char *out;
} unknown_run;

static void braille_unknowns(void *arg) {
  unknown_run *run = arg;
  tb_braille_set_context(run->b, "article 7");
  run->out = BRAILLE(run->b, W("看", "kan4"), SYM("😀"), W("𪚥", NULL), W("好", "hao3"),
                     W("字", "zzz9"), SYM("℃"));
}

static void unknown_characters_get_the_placeholder_and_a_warning(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  tb_log_level level = tb_log_get_level();
  tb_log_set_level(TB_LOG_WARN);
  unknown_run run = {b, NULL};
  char *log = capture_stderr(braille_unknowns, &run);
  tb_log_set_level(level);
  /* the emoji, the hanzi without a reading and the bad syllable: three placeholders */
  assert_int_equal(tb_braille_unknown_count(b), 3);
  assert_true(all_cells(run.out));
  const char *p = run.out;
  int placeholders = 0;
  while ((p = strstr(p, "⠿⠿")))
    placeholders++, p += strlen("⠿⠿");
  assert_int_equal(placeholders, 3);
  /* every warning names the character and the article */
  assert_non_null(strstr(log, "U+1F600"));
  assert_non_null(strstr(log, "😀"));
  assert_non_null(strstr(log, "U+2A6A5"));
  assert_non_null(strstr(log, "zzz9"));
  assert_non_null(strstr(log, "article 7"));
  /* ℃ is a known symbol: brailled, not a placeholder */
  assert_null(strstr(log, "U+2103"));
  /* no blank-only words: every word has cells */
  assert_null(strstr(run.out, "⠀⠀"));
  free(log);
  free(run.out);
  tb_braille_free(b);
}

static size_t occurrences(const char *haystack, const char *needle) {
  size_t n = 0;
  for (const char *p = haystack; (p = strstr(p, needle)); p += strlen(needle))
    n++;
  return n;
}

static void braille_symbols_twice(void *arg) {
  unknown_run *run = arg;
  tb_braille_set_context(run->b, "article 2 《标题》");
  char *first = BRAILLE(run->b, W("看", "kan4"), SYM("😀"), PUN("※"), SYM("★"), SYM("①"),
                        W("𪛖", NULL), SYM("😀"), W("好", "hao3"));
  char *again = BRAILLE(run->b, SYM("😀"), W("𪛖", NULL));
  tb_braille_set_context(run->b, "article 3 《另一篇》");
  char *next = BRAILLE(run->b, SYM("😀"));
  run->out = tb_xasprintf("%s\n%s\n%s", first, again, next);
  free(first);
  free(again);
  free(next);
}

static void each_unknown_character_is_warned_about_once_per_article(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  tb_log_level level = tb_log_get_level();
  tb_log_set_level(TB_LOG_WARN);
  unknown_run run = {b, NULL};
  char *log = capture_stderr(braille_symbols_twice, &run);
  tb_log_set_level(level);
  /* every use is a placeholder: 😀 ×4, ※ ★ ① and 𪛖 ×2 */
  assert_int_equal(occurrences(run.out, "⠿⠿"), 9);
  assert_int_equal(tb_braille_unknown_count(b), 9);
  /* one warning per character in the first article, naming it and the article */
  static const char *const named[] = {"\"※\"",  "\"★\"",  "\"①\"",  "\"𪛖\"",
                                      "U+203B", "U+2605", "U+2460", "U+2A6D6"};
  for (size_t i = 0; i < sizeof named / sizeof *named; i++)
    assert_int_equal(occurrences(log, named[i]), 1);
  /* the emoji once per article: the next article names it again */
  assert_int_equal(occurrences(log, "U+1F600"), 2);
  assert_int_equal(occurrences(log, "article 2 《标题》"), 5);
  assert_int_equal(occurrences(log, "article 3 《另一篇》"), 1);
  assert_int_equal(occurrences(log, "\n"), 6); /* one line each */
  free(log);
  free(run.out);
  tb_braille_free(b);
}

/* ---- paragraphs -------------------------------------------------------------------------- */

static void paragraphs_are_brailled_one_at_a_time(void **state) {
  (void)state;
  tb_braille *b = open_table("cbs");
  tok toks[] = {{"书", "shu1", TB_TOKEN_HANZI, TB_BREAK_PARAGRAPH, 0},
                {"报", "bao4", TB_TOKEN_HANZI, TB_BREAK_PARAGRAPH, 1}};
  tb_reading *r = reading_of(toks, 2);
  char *p0 = NULL, *p1 = NULL, *p2 = NULL;
  tb_error err = {0};
  assert_int_equal(tb_braille_paragraph(b, r, 0, &p0, &err), TB_OK);
  assert_int_equal(tb_braille_paragraph(b, r, 1, &p1, &err), TB_OK);
  assert_string_equal(p0, "⠱⠥⠁");
  assert_string_equal(p1, "⠃⠖");
  assert_int_equal(tb_braille_paragraph(b, r, 2, &p2, &err), TB_ERR_INPUT);
  assert_null(p2);
  free(p0);
  free(p1);
  reading_free(r);
  tb_braille_free(b);
}

/* ---- 现行盲文 ----------------------------------------------------------------------------- */

static void current_braille_tones_one_syllable_words_only(void **state) {
  (void)state;
  tb_braille *b = open_table("current");
  /* no shorthand syllables; 他 is ⠞⠔ and 她 ⠞⠔⠁ */
  ASSERT_BRAILLE(b, "⠞⠔⠍⠴", W("他们", "ta1 men5"));
  ASSERT_BRAILLE(b, "⠞⠔⠁", W("她", "ta1"));
  /* a particle makes one braille word of two syllables: no tones */
  ASSERT_BRAILLE(b, "⠌⠴⠙⠢", W("真", "zhen1"), W("的", "de5"));
  /* the tone of a one-syllable word is written, inside a longer word it is not */
  ASSERT_BRAILLE(b, "⠓⠖⠄", W("好", "hao3"));
  ASSERT_BRAILLE(b, "⠣⠓⠦", W("银行", "yin2 hang2"));
  ASSERT_BRAILLE(b, "⠝⠊⠄⠀⠓⠖⠄", W("你", "ni3"), W("好", "hao3"));
  tb_braille_free(b);
}

/* ---- the news test list ------------------------------------------------------------------
 * tests/fixtures/braille/news-cbs.yaml: each entry's comment is its reading (see the file). */

static tb_reading *reading_from_annotation(char *ann, tb_arena *arena) {
  tok toks[256];
  size_t n = 0;
  char *save = NULL;
  for (char *w = strtok_r(ann, " ", &save); w && n < 256; w = strtok_r(NULL, " ", &save)) {
    tok t = {0};
    size_t len = strlen(w);
    t.brk = TB_BREAK_WORD;
    if (len > 1 && w[len - 1] == '+') {
      w[--len] = '\0';
      t.brk = TB_BREAK_NONE;
    }
    char *slash = strchr(w, '/');
    if (slash) {
      *slash = '\0';
      char *pinyin = tb_arena_strdup(arena, slash + 1);
      for (char *p = pinyin; *p; p++)
        if (*p == '-') *p = ' ';
      t.pinyin = pinyin;
      t.kind = TB_TOKEN_HANZI;
    } else {
      bool digit = false, letters = true;
      for (char *p = w; *p; p++) {
        digit |= *p >= '0' && *p <= '9';
        letters &= (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
      }
      t.kind = digit ? TB_TOKEN_NUMBER : letters ? TB_TOKEN_LATIN : TB_TOKEN_PUNCT;
      if (t.kind == TB_TOKEN_PUNCT && t.brk == TB_BREAK_WORD) t.brk = TB_BREAK_PHRASE;
    }
    t.text = tb_arena_strdup(arena, w);
    toks[n++] = t;
  }
  return reading_of(toks, n);
}

static void news_list_matches_cell_for_cell(void **state) {
  (void)state;
  unsigned char *data = NULL;
  size_t len = 0;
  tb_error err = {0};
  assert_int_equal(tb_file_read_all(TB_TEST_FIXTURES "/braille/news-cbs.yaml", &data, &len, &err),
                   TB_OK);
  tb_braille *b = open_table("cbs");
  tb_arena *arena = tb_arena_new();
  size_t entries = 0, failures = 0;
  char *save = NULL;
  for (char *line = strtok_r((char *)data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    char *open = strstr(line, "- [");
    char *hash = strstr(line, "]  # ");
    if (!open || !hash) continue;
    char *comma = strstr(open, ", ");
    assert_non_null(comma);
    char *want = tb_arena_strndup(arena, comma + 2, (size_t)(hash - comma - 2));
    char *ann = tb_arena_strdup(arena, hash + 5);
    tb_reading *r = reading_from_annotation(tb_arena_strdup(arena, ann), arena);
    char *got = NULL;
    assert_int_equal(tb_braille_paragraph(b, r, 0, &got, &err), TB_OK);
    entries++;
    if (strcmp(got, want) != 0) {
      failures++;
      print_message("news list: %s\n   got  %s\n   want %s\n", ann, got, want);
    }
    free(got);
    reading_free(r);
  }
  assert_true(entries >= 30);
  assert_int_equal(failures, 0);
  tb_arena_free(arena);
  tb_braille_free(b);
  free(data);
}

/* ---- pages ------------------------------------------------------------------------------ */

/* A paragraph of `words` words of `cells` cells each (⠁⠃⠉… so words differ). */
static char *words_of(size_t words, size_t cells, int seed) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t w = 0; w < words; w++) {
    if (w) tb_strbuf_puts(&sb, "⠀");
    for (size_t c = 0; c < cells; c++)
      tb_strbuf_put_codepoint(&sb, 0x2800 + 1 + (uint32_t)((w * 7 + c + (size_t)seed) % 62));
  }
  return tb_strbuf_take(&sb);
}

/* Leading blank cells of a line. */
static size_t indent_of(const char *line) {
  size_t n = 0;
  while (strncmp(line + 3 * n, "⠀", 3) == 0)
    n++;
  return n;
}

static void check_page_limits(const tb_braille_pages *pages) {
  tb_page_size size = tb_braille_pages_size(pages);
  for (size_t p = 0; p < tb_braille_pages_count(pages); p++) {
    const tb_strlist *lines = tb_braille_pages_page(pages, p);
    assert_true(lines->count >= 1 && lines->count <= (size_t)size.lines_per_page);
    for (size_t i = 0; i < lines->count; i++) {
      assert_true(cell_count(lines->items[i]) <= (size_t)size.cells_per_line);
      assert_true(all_cells(lines->items[i]));
    }
  }
}

static void pages_carry_title_and_number_and_respect_the_size(void **state) {
  (void)state;
  tb_page_size size = {30, 10};
  tb_braille_pages *pages = tb_braille_pages_new(size, "⠓⠣⠁⠙⠲⠁⠟⠼⠃⠖");
  for (int a = 0; a < 6; a++) {
    char *head = words_of(3, 4, a);
    tb_braille_pages_heading(pages, head);
    for (int p = 0; p < 3; p++) {
      char *para = words_of(25, 3 + (size_t)p, a * 10 + p);
      tb_braille_pages_paragraph(pages, para);
      free(para);
    }
    tb_braille_pages_end_article(pages);
    free(head);
  }
  tb_braille_pages_finish(pages);
  size_t count = tb_braille_pages_count(pages), front = tb_braille_pages_front_count(pages);
  assert_true(count > front + 3);
  check_page_limits(pages);
  for (size_t p = front; p < count; p++) {
    const char *header = tb_braille_pages_page(pages, p)->items[0];
    /* running title on the left, the page number flush right */
    assert_int_equal(strncmp(header, "⠓⠣⠁", strlen("⠓⠣⠁")), 0);
    char want[64] = "⠼";
    static const char *const digits[] = {"⠚", "⠁", "⠃", "⠉", "⠙", "⠑", "⠋", "⠛", "⠓", "⠊"};
    char number[24];
    snprintf(number, sizeof number, "%zu", p - front + 1);
    for (char *d = number; *d; d++)
      strcat(want, digits[*d - '0']);
    size_t hl = strlen(header), wl = strlen(want);
    assert_true(hl >= wl);
    assert_string_equal(header + hl - wl, want);
    assert_int_equal(cell_count(header), (size_t)size.cells_per_line);
  }
  tb_braille_pages_free(pages);
}

/* ---- page formats ---------------------------------------------------------------------- */

/* Lays out articles of long and short words under a format's size. */
static tb_braille_pages *lay_out_articles(tb_page_size size, int articles) {
  tb_braille_pages *pages = tb_braille_pages_new(size, "⠓⠣⠁⠙⠲⠁⠟⠼⠃⠖");
  for (int a = 0; a < articles; a++) {
    char *head = words_of(4, 5, a);
    tb_braille_pages_heading(pages, head);
    free(head);
    for (int p = 0; p < 12; p++) {
      /* more than a page of the largest format per article, and one word longer than a line */
      char *para = words_of(p == 3 ? 1 : 60, p == 3 ? 120 : 2 + (size_t)p % 3, a * 20 + p);
      tb_braille_pages_paragraph(pages, para);
      free(para);
    }
    tb_braille_pages_end_article(pages);
  }
  tb_braille_pages_finish(pages);
  return pages;
}

static void every_page_format_paginates_within_its_limits(void **state) {
  (void)state;
  size_t count = 0;
  const tb_braille_page_format *formats = tb_config_braille_page_formats(&count);
  assert_true(count >= 5);
  for (size_t i = 0; i < count; i++) {
    const tb_braille_page_format *f = &formats[i];
    /* a format the page builder would have to shrink or widen is no format */
    assert_true(f->cells_per_line >= 12 && f->cells_per_line <= 100);
    assert_true(f->lines_per_page >= 5 && f->lines_per_page <= 100);
    assert_ptr_equal(tb_config_braille_page_format(f->name), f);
    tb_page_size size = {f->cells_per_line, f->lines_per_page};
    tb_braille_pages *pages = lay_out_articles(size, 5);
    tb_page_size got = tb_braille_pages_size(pages);
    assert_int_equal(got.cells_per_line, f->cells_per_line);
    assert_int_equal(got.lines_per_page, f->lines_per_page);
    assert_true(tb_braille_pages_count(pages) > 1);
    check_page_limits(pages);
    /* the format is used to the full: some line and some page reach the limits */
    size_t widest = 0, longest = 0;
    for (size_t p = 0; p < tb_braille_pages_count(pages); p++) {
      const tb_strlist *lines = tb_braille_pages_page(pages, p);
      if (lines->count > longest) longest = lines->count;
      for (size_t l = 0; l < lines->count; l++)
        if (cell_count(lines->items[l]) > widest) widest = cell_count(lines->items[l]);
    }
    assert_int_equal(widest, (size_t)f->cells_per_line);
    assert_int_equal(longest, (size_t)f->lines_per_page);
    tb_braille_pages_free(pages);
  }
}

/* Writes text to a temporary INI file; returns its path (caller frees and unlinks). */
static char *temp_config(const char *text) {
  char *path = strdup("/tmp/tb-braille-conf-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  return path;
}

static void config_names_a_page_format_and_explicit_sizes_win(void **state) {
  (void)state;
  const tb_braille_page_format *a4 = tb_config_braille_page_format("A4");
  assert_non_null(a4);
  assert_null(tb_config_braille_page_format("a5-nope"));
  struct {
    const char *ini;
    int cells, lines;
    const char *page;
  } cases[] = {
      {"[braille]\npage = a4\n", a4->cells_per_line, a4->lines_per_page, "a4"},
      /* an explicit size wins over the format, before or after it */
      {"[braille]\ncells_per_line = 30\npage = a4\n", 30, a4->lines_per_page, "a4"},
      {"[braille]\npage = a4\nlines_per_page = 20\n", a4->cells_per_line, 20, "a4"},
      /* a size alone is no longer the default format's */
      {"[braille]\ncells_per_line = 32\n", 32, 25, NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char *path = temp_config(cases[i].ini);
    tb_config cfg;
    tb_config_defaults(&cfg);
    tb_error err = {0};
    assert_int_equal(tb_config_load(&cfg, path, &err), TB_OK);
    assert_int_equal(cfg.braille_cells, cases[i].cells);
    assert_int_equal(cfg.braille_lines, cases[i].lines);
    if (cases[i].page)
      assert_string_equal(cfg.braille_page, cases[i].page);
    else
      assert_null(cfg.braille_page);
    tb_config_free(&cfg);
    unlink(path);
    free(path);
  }
  /* an unknown format is an error naming the file, the line and the known names */
  char *path = temp_config("[braille]\n\npage = folio\n");
  tb_config cfg;
  tb_config_defaults(&cfg);
  tb_error err = {0};
  assert_int_equal(tb_config_load(&cfg, path, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, ":3:"));
  assert_non_null(strstr(err.message, "a4"));
  assert_int_equal(tb_config_set_braille_page(&cfg, "folio", &err), TB_ERR_INPUT);
  assert_int_equal(tb_config_set_braille_page(&cfg, "16k", &err), TB_OK);
  assert_string_equal(cfg.braille_page, "16k");
  assert_int_equal(cfg.braille_cells, tb_config_braille_page_format("16k")->cells_per_line);
  tb_config copy;
  tb_config_copy(&copy, &cfg);
  assert_string_equal(copy.braille_page, "16k");
  assert_ptr_not_equal(copy.braille_page, cfg.braille_page);
  tb_config_free(&copy);
  tb_config_free(&cfg);
  unlink(path);
  free(path);
}

static void headings_centred_paragraphs_indented_articles_apart(void **state) {
  (void)state;
  tb_page_size size = {40, 25};
  tb_braille_pages *pages = tb_braille_pages_new(size, NULL);
  tb_braille_pages_heading(pages, "⠁⠃⠉⠙");
  tb_braille_pages_paragraph(pages, "⠁⠀⠃");
  tb_braille_pages_end_article(pages);
  tb_braille_pages_heading(pages, "⠉⠙");
  tb_braille_pages_paragraph(pages, "⠙⠀⠑");
  tb_braille_pages_finish(pages);
  /* two articles: a page of contents, then the body's one page */
  assert_int_equal(tb_braille_pages_front_count(pages), 1);
  const tb_strlist *l = tb_braille_pages_page(pages, 1);
  assert_int_equal(tb_braille_pages_count(pages), 2);
  assert_int_equal(l->count, 6); /* header, heading, text, blank, heading, text */
  assert_int_equal(indent_of(l->items[1]), (40 - 4) / 2);
  assert_string_equal(l->items[2], "⠀⠀⠁⠀⠃");
  assert_string_equal(l->items[3], "");
  assert_int_equal(indent_of(l->items[4]), (40 - 2) / 2);
  assert_int_equal(indent_of(l->items[5]), 2);
  tb_braille_pages_free(pages);
}

static void lines_break_between_words_only(void **state) {
  (void)state;
  tb_page_size size = {20, 25};
  tb_braille_pages *pages = tb_braille_pages_new(size, NULL);
  char *para = words_of(40, 5, 3);
  tb_braille_pages_paragraph(pages, para);
  tb_braille_pages_finish(pages);
  check_page_limits(pages);
  /* joining the lines back with blank cells gives the paragraph: no word was cut */
  tb_strbuf joined;
  tb_strbuf_init(&joined);
  for (size_t p = 0; p < tb_braille_pages_count(pages); p++) {
    const tb_strlist *l = tb_braille_pages_page(pages, p);
    for (size_t i = 1; i < l->count; i++) {
      const char *line = l->items[i] + 3 * indent_of(l->items[i]);
      if (joined.len) tb_strbuf_puts(&joined, "⠀");
      tb_strbuf_puts(&joined, line);
      /* a line never ends in a word that would have fitted on it */
    }
  }
  assert_string_equal(tb_strbuf_view(&joined), para);
  /* greedy filling: each line is full up to less than a word plus its blank */
  const tb_strlist *l = tb_braille_pages_page(pages, 0);
  for (size_t i = 1; i + 1 < l->count; i++)
    assert_true(cell_count(l->items[i]) + 1 + 5 > 20);
  tb_strbuf_free(&joined);
  free(para);
  tb_braille_pages_free(pages);
}

static void a_word_longer_than_a_line_is_cut_at_full_lines(void **state) {
  (void)state;
  tb_page_size size = {12, 25};
  tb_braille_pages *pages = tb_braille_pages_new(size, NULL);
  char *para = words_of(1, 30, 1);
  char *before = words_of(1, 3, 9);
  char *text = tb_xasprintf("%s⠀%s", before, para);
  tb_braille_pages_paragraph(pages, text);
  const tb_strlist *l = tb_braille_pages_page(pages, 0);
  /* the short word stays alone on the indented line; the long word fills whole lines */
  assert_int_equal(l->count, 1 + 1 + 3);
  assert_int_equal(cell_count(l->items[1]), 2 + 3);
  assert_int_equal(cell_count(l->items[2]), 12);
  assert_int_equal(cell_count(l->items[3]), 12);
  assert_int_equal(cell_count(l->items[4]), 6);
  free(text);
  free(before);
  free(para);
  tb_braille_pages_free(pages);
}

static void an_article_never_starts_in_the_last_two_lines(void **state) {
  (void)state;
  tb_page_size size = {20, 10};
  for (size_t filler = 1; filler <= 9; filler++) {
    tb_braille_pages *pages = tb_braille_pages_new(size, NULL);
    tb_braille_pages_heading(pages, "⠁⠁");
    /* `filler` lines of text: each paragraph of one short word is one line */
    for (size_t i = 0; i < filler; i++)
      tb_braille_pages_paragraph(pages, "⠃⠃");
    tb_braille_pages_end_article(pages);
    tb_braille_pages_heading(pages, "⠉⠉");
    tb_braille_pages_paragraph(pages, "⠙⠙");
    tb_braille_pages_finish(pages);
    check_page_limits(pages);
    size_t start = tb_braille_pages_article_page(pages);
    /* find the second heading: it sits above at least two more lines of its page */
    bool found = false;
    size_t front = tb_braille_pages_front_count(pages); /* the contents list names it too */
    for (size_t p = front; p < tb_braille_pages_count(pages); p++) {
      const tb_strlist *l = tb_braille_pages_page(pages, p);
      for (size_t i = 1; i < l->count; i++) {
        if (strstr(l->items[i], "⠉⠉")) {
          found = true;
          assert_true(i + 2 < (size_t)size.lines_per_page);
          assert_int_equal(start, p - front + 1); /* the article's page is where its heading went */
          /* never a blank line right under the header */
          assert_string_not_equal(l->items[1], "");
        }
      }
    }
    assert_true(found);
    tb_braille_pages_free(pages);
  }
}

/* ---- contents ------------------------------------------------------------------------- */

/* The number written as ⠼ and digit cells at the end of line, or 0; *start gets where the
 * number sign stands. */
static size_t trailing_number(const char *line, const char **start) {
  static const char *const digits[] = {"⠚", "⠁", "⠃", "⠉", "⠙", "⠑", "⠋", "⠛", "⠓", "⠊"};
  const char *sign = NULL;
  for (const char *p = line; (p = strstr(p, "⠼")); p += strlen("⠼"))
    sign = p;
  if (!sign) return 0;
  size_t n = 0;
  const char *p = sign + strlen("⠼");
  if (!*p) return 0;
  while (*p) {
    size_t d = 0;
    while (d < 10 && strncmp(p, digits[d], 3) != 0)
      d++;
    if (d == 10) return 0;
    n = n * 10 + d;
    p += 3;
  }
  *start = sign;
  return n;
}

/* Page (its printed number) of the body where the heading's first line stands, or 0: the line
 * that, without its centring, is the heading or its first words. */
static size_t body_page_of(const tb_braille_pages *pages, const char *heading) {
  size_t front = tb_braille_pages_front_count(pages);
  for (size_t p = front; p < tb_braille_pages_count(pages); p++) {
    const tb_strlist *l = tb_braille_pages_page(pages, p);
    for (size_t i = 1; i < l->count; i++) {
      const char *text = l->items[i] + 3 * indent_of(l->items[i]);
      size_t n = strlen(text);
      bool starts = n > 3 && strncmp(heading, text, n) == 0;
      if (starts && (heading[n] == '\0' || strncmp(heading + n, "⠀", 3) == 0)) {
        const char *at;
        return trailing_number(l->items[0], &at);
      }
    }
  }
  return 0;
}

static void a_volume_of_articles_opens_with_its_contents(void **state) {
  (void)state;
  tb_braille *cbs = open_table("cbs");
  tb_page_size size = {24, 8};
  enum { ARTICLES = 9 };
  char *heads[ARTICLES];
  tb_braille_pages *pages = tb_braille_pages_new(size, "⠓⠣⠁⠙⠲⠁");
  tb_braille_pages_label_contents(pages, cbs);
  for (int a = 0; a < ARTICLES; a++) {
    /* distinct headings, some longer than a contents line */
    char *words = words_of(a % 3 == 0 ? 6 : 2, 3, a * 5);
    heads[a] = tb_xasprintf("⠿⠿⠿⠀%s", words); /* ⠿ is in no paragraph */
    free(words);
    tb_braille_pages_heading(pages, heads[a]);
    for (int p = 0; p < 1 + a % 4; p++) {
      char *para = words_of(12, 3, a + p);
      tb_braille_pages_paragraph(pages, para);
      free(para);
    }
    tb_braille_pages_end_article(pages);
  }
  tb_braille_pages_finish(pages);
  check_page_limits(pages);
  size_t front = tb_braille_pages_front_count(pages);
  assert_true(front >= 2); /* nine entries, some of two lines, on pages of seven lines */
  /* front pages: the running title, no number; the label centred on the first */
  for (size_t p = 0; p < front; p++) {
    const char *at;
    assert_int_equal(trailing_number(tb_braille_pages_page(pages, p)->items[0], &at), 0);
    assert_int_equal(strncmp(tb_braille_pages_page(pages, p)->items[0], "⠓⠣⠁", 9), 0);
  }
  const tb_strlist *first = tb_braille_pages_page(pages, 0);
  /* a title page: the title centred, then 目录 in 国家通用盲文 centred */
  assert_int_equal(indent_of(first->items[1]), (24 - 6) / 2);
  assert_string_equal(first->items[1] + 3 * indent_of(first->items[1]), "⠓⠣⠁⠙⠲⠁");
  assert_string_equal(first->items[2], "");
  assert_non_null(strstr(first->items[3], "⠍⠥⠆⠇⠥"));
  assert_int_equal(indent_of(first->items[3]), (24 - 5) / 2);
  /* the entries, in order, each ending in the page where its article's heading stands */
  size_t entry = 0;
  tb_strbuf heading;
  tb_strbuf_init(&heading);
  for (size_t p = 0; p < front; p++) {
    const tb_strlist *l = tb_braille_pages_page(pages, p);
    for (size_t i = (p == 0 ? 5 : 1); i < l->count; i++) {
      const char *line = l->items[i], *num_at = NULL;
      assert_true(cell_count(line) <= 24);
      size_t page = trailing_number(line, &num_at);
      size_t indent = indent_of(line);
      assert_int_equal(indent, heading.len ? 2 : 0); /* continuation lines hang by two */
      if (heading.len) tb_strbuf_puts(&heading, "⠀");
      const char *end = num_at ? num_at : line + strlen(line);
      while (end > line && strncmp(end - 3, "⠀", 3) == 0)
        end -= 3;
      tb_strbuf_append(&heading, line + indent * 3, (size_t)(end - line) - indent * 3);
      if (!page) continue;
      assert_true(entry < ARTICLES);
      assert_string_equal(tb_strbuf_view(&heading), heads[entry]);
      assert_int_equal(cell_count(line), 24); /* the number flush right */
      assert_int_equal(page, body_page_of(pages, heads[entry]));
      entry++;
      tb_strbuf_clear(&heading);
    }
  }
  assert_int_equal(entry, ARTICLES);
  assert_int_equal(heading.len, 0);
  tb_strbuf_free(&heading);
  for (int a = 0; a < ARTICLES; a++)
    free(heads[a]);
  tb_braille_pages_free(pages);

  /* one article is no volume: no contents; 现行盲文 labels the list in its own spelling */
  pages = tb_braille_pages_new(size, NULL);
  tb_braille_pages_heading(pages, "⠁⠁");
  tb_braille_pages_paragraph(pages, "⠃⠃");
  tb_braille_pages_finish(pages);
  assert_int_equal(tb_braille_pages_front_count(pages), 0);
  tb_braille_pages_free(pages);
  tb_braille *current = open_table("current");
  pages = tb_braille_pages_new(size, NULL);
  tb_braille_pages_label_contents(pages, current);
  for (int a = 0; a < 2; a++) {
    tb_braille_pages_heading(pages, a ? "⠁⠁" : "⠃⠃");
    tb_braille_pages_paragraph(pages, "⠉⠉");
    tb_braille_pages_end_article(pages);
  }
  tb_braille_pages_finish(pages);
  assert_int_equal(tb_braille_pages_front_count(pages), 1);
  assert_non_null(strstr(tb_braille_pages_page(pages, 0)->items[1], "⠍⠥⠇⠥"));
  tb_braille_pages_free(pages);
  tb_braille_free(current);
  tb_braille_free(cbs);
}

/* ---- files ------------------------------------------------------------------------------ */

static void brf_uses_north_american_braille_ascii(void **state) {
  (void)state;
  char *line = tb_export_brf_line("⠁⠃⠀⠼⠁⠚⠿⠠⠰");
  assert_string_equal(line, "AB #AJ=,;");
  free(line);
  /* the 64 cells map to 64 different printable characters */
  char seen[128] = {0};
  for (uint32_t c = 0; c < 64; c++) {
    char cell[4] = {0};
    tb_utf8_encode(0x2800 + c, cell);
    char *ascii = tb_export_brf_line(cell);
    assert_int_equal(strlen(ascii), 1);
    assert_true(ascii[0] >= 0x20 && ascii[0] < 0x7F);
    assert_false(seen[(int)ascii[0]]);
    seen[(int)ascii[0]] = 1;
    free(ascii);
  }
}

static char *temp_dir(void) {
  char tmpl[] = "/tmp/tb-braille-XXXXXX";
  assert_non_null(mkdtemp(tmpl));
  return tb_xstrdup(tmpl);
}

static tb_braille_pages *sample_pages(void) {
  tb_page_size size = {20, 6};
  tb_braille_pages *pages = tb_braille_pages_new(size, "⠱⠥⠁⠃⠖");
  tb_braille_pages_heading(pages, "⠓⠣⠁⠀⠙⠲⠁");
  for (int i = 0; i < 4; i++) {
    char *para = words_of(8, 3, i);
    tb_braille_pages_paragraph(pages, para);
    free(para);
  }
  tb_braille_pages_end_article(pages);
  tb_braille_pages_finish(pages);
  return pages;
}

static void braille_files_have_crlf_lines_and_form_feeds(void **state) {
  (void)state;
  char *dir = temp_dir();
  tb_braille_pages *pages = sample_pages();
  tb_error err = {0};
  assert_int_equal(tb_export_braille(dir, "issue", pages, &err), TB_OK);
  size_t count = tb_braille_pages_count(pages);
  assert_true(count > 1);
  size_t lines = 0;
  for (size_t p = 0; p < count; p++)
    lines += tb_braille_pages_page(pages, p)->count;

  char *brf_path = tb_path_join(dir, "issue.brf");
  unsigned char *brf = NULL;
  size_t len = 0;
  assert_int_equal(tb_file_read_all(brf_path, &brf, &len, &err), TB_OK);
  size_t ff = 0, crlf = 0;
  for (size_t i = 0; i < len; i++) {
    ff += brf[i] == '\f';
    if (brf[i] == '\n') {
      assert_true(i > 0 && brf[i - 1] == '\r'); /* every line ends CR LF */
      crlf++;
    }
    assert_true(brf[i] == '\f' || brf[i] == '\r' || brf[i] == '\n' ||
                (brf[i] >= 0x20 && brf[i] < 0x7F));
  }
  assert_int_equal(ff, count - 1);
  assert_int_equal(crlf, lines);

  char *txt_path = tb_path_join(dir, "issue.txt");
  unsigned char *txt = NULL;
  assert_int_equal(tb_file_read_all(txt_path, &txt, &len, &err), TB_OK);
  assert_non_null(strstr((char *)txt, tb_braille_pages_page(pages, 0)->items[1]));
  size_t tff = 0;
  for (size_t i = 0; i < len; i++)
    tff += txt[i] == '\f';
  assert_int_equal(tff, count - 1);

  unlink(brf_path);
  unlink(txt_path);
  rmdir(dir);
  free(brf);
  free(txt);
  free(brf_path);
  free(txt_path);
  free(dir);
  tb_braille_pages_free(pages);
}

static void pef_is_valid_against_the_schema(void **state) {
  (void)state;
  if (access("/usr/bin/xmllint", X_OK) != 0) skip();
  char *dir = temp_dir();
  tb_braille_pages *pages = sample_pages();
  tb_error err = {0};
  tb_pef_meta meta = {"新东城报 <2026> & “要闻”", NULL, "2026-03-10", "zh-CN"};
  assert_int_equal(tb_export_pef(dir, "issue", pages, &meta, &err), TB_OK);
  char *path = tb_path_join(dir, "issue.pef");
  char *cmd = tb_xasprintf("/usr/bin/xmllint --noout --relaxng '%s' '%s' >/dev/null 2>&1",
                           TB_SOURCE_DIR "/tests/fixtures/braille/pef-2008-1.rng", path);
  int rc = system(cmd);
  assert_true(WIFEXITED(rc) && WEXITSTATUS(rc) == 0);
  /* one row per line, every page */
  unsigned char *data = NULL;
  size_t len = 0;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  size_t rows = 0, want = 0;
  for (const char *p = (char *)data; (p = strstr(p, "<row>")); p++)
    rows++;
  for (size_t p = 0; p < tb_braille_pages_count(pages); p++)
    want += tb_braille_pages_page(pages, p)->count;
  assert_int_equal(rows, want);
  /* a bad date is left out rather than making the file invalid */
  tb_pef_meta bad = {NULL, NULL, "10/03/2026", NULL};
  assert_int_equal(tb_export_pef(dir, "issue", pages, &bad, &err), TB_OK);
  rc = system(cmd);
  assert_true(WIFEXITED(rc) && WEXITSTATUS(rc) == 0);
  unlink(path);
  rmdir(dir);
  free(data);
  free(cmd);
  free(path);
  free(dir);
  tb_braille_pages_free(pages);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(tables_compile_and_pass_lou_checktable),
      cmocka_unit_test(unknown_table_and_missing_folder_are_input_errors),
      cmocka_unit_test(program_and_table_accept_the_same_syllables),
      cmocka_unit_test(one_tone_per_initial_is_omitted),
      cmocka_unit_test(scheme_exceptions_keep_their_tone),
      cmocka_unit_test(initials_finals_and_tones_spell_the_reference_words),
      cmocka_unit_test(pinyin_spellings_of_u_umlaut_and_erhua_agree),
      cmocka_unit_test(shorthands_follow_surface_and_reading),
      cmocka_unit_test(words_are_separated_and_particles_joined),
      cmocka_unit_test(numbers_take_the_number_sign_and_a_blank_before_syllables),
      cmocka_unit_test(latin_has_letter_and_capital_signs),
      cmocka_unit_test(punctuation_follows_the_scheme),
      cmocka_unit_test(unknown_characters_get_the_placeholder_and_a_warning),
      cmocka_unit_test(each_unknown_character_is_warned_about_once_per_article),
      cmocka_unit_test(paragraphs_are_brailled_one_at_a_time),
      cmocka_unit_test(current_braille_tones_one_syllable_words_only),
      cmocka_unit_test(news_list_matches_cell_for_cell),
      cmocka_unit_test(pages_carry_title_and_number_and_respect_the_size),
      cmocka_unit_test(every_page_format_paginates_within_its_limits),
      cmocka_unit_test(config_names_a_page_format_and_explicit_sizes_win),
      cmocka_unit_test(headings_centred_paragraphs_indented_articles_apart),
      cmocka_unit_test(lines_break_between_words_only),
      cmocka_unit_test(a_word_longer_than_a_line_is_cut_at_full_lines),
      cmocka_unit_test(an_article_never_starts_in_the_last_two_lines),
      cmocka_unit_test(a_volume_of_articles_opens_with_its_contents),
      cmocka_unit_test(brf_uses_north_american_braille_ascii),
      cmocka_unit_test(braille_files_have_crlf_lines_and_form_feeds),
      cmocka_unit_test(pef_is_valid_against_the_schema),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
