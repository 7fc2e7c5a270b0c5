/* Punctuation, symbols, operators and web addresses. ASCII punctuation that touches hanzi
 * becomes full-width, because that is what makes eSpeak pause and liblouis write Chinese
 * cells (NOTES.md). */
#include "normalize_internal.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  uint32_t cp;
  const char *full; /* the full-width form said between hanzi */
  tb_break brk;
  bool ends; /* ends a sentence */
  bool opens;
} mark;

static const mark MARKS[] = {
    {',', "，", TB_BREAK_PHRASE, false, false},     {'.', "。", TB_BREAK_SENTENCE, true, false},
    {'!', "！", TB_BREAK_SENTENCE, true, false},    {'?', "？", TB_BREAK_SENTENCE, true, false},
    {';', "；", TB_BREAK_PHRASE, false, false},     {':', "：", TB_BREAK_PHRASE, false, false},
    {'(', "（", TB_BREAK_NONE, false, true},        {')', "）", TB_BREAK_WORD, false, false},
    {'[', "【", TB_BREAK_NONE, false, true},        {']', "】", TB_BREAK_WORD, false, false},
    {0xFF0C, "，", TB_BREAK_PHRASE, false, false},  {0x3001, "、", TB_BREAK_PHRASE, false, false},
    {0x3002, "。", TB_BREAK_SENTENCE, true, false}, {0xFF0E, "。", TB_BREAK_SENTENCE, true, false},
    {0xFF01, "！", TB_BREAK_SENTENCE, true, false}, {0xFF1F, "？", TB_BREAK_SENTENCE, true, false},
    {0xFF1B, "；", TB_BREAK_PHRASE, false, false},  {0xFF1A, "：", TB_BREAK_PHRASE, false, false},
    {0xFF08, "（", TB_BREAK_NONE, false, true},     {0xFF09, "）", TB_BREAK_WORD, false, false},
    {0x201C, "“", TB_BREAK_NONE, false, true},      {0x201D, "”", TB_BREAK_WORD, false, false},
    {0x2018, "‘", TB_BREAK_NONE, false, true},      {0x2019, "’", TB_BREAK_WORD, false, false},
    {0x300A, "《", TB_BREAK_NONE, false, true},     {0x300B, "》", TB_BREAK_WORD, false, false},
    {0x3008, "〈", TB_BREAK_NONE, false, true},     {0x3009, "〉", TB_BREAK_WORD, false, false},
    {0x3010, "【", TB_BREAK_NONE, false, true},     {0x3011, "】", TB_BREAK_WORD, false, false},
    {0x300C, "「", TB_BREAK_NONE, false, true},     {0x300D, "」", TB_BREAK_WORD, false, false},
    {0x300E, "『", TB_BREAK_NONE, false, true},     {0x300F, "』", TB_BREAK_WORD, false, false},
    {0x2026, "…", TB_BREAK_PHRASE, false, false},   {0x2014, "—", TB_BREAK_PHRASE, false, false},
    {0x2015, "—", TB_BREAK_PHRASE, false, false},   {0x00B7, "·", TB_BREAK_NONE, false, false},
    {0x30FB, "·", TB_BREAK_NONE, false, false},     {0x2022, "·", TB_BREAK_NONE, false, false},
    {0xFF5E, "～", TB_BREAK_PHRASE, false, false},
};

typedef struct {
  const char *text;
  const char *spoken;
} named;

/* Operators said only between numbers (1+2, 2 ≥ 1); longest first. */
static const named OPERATORS[] = {
    {"<=", "小于等于"}, {">=", "大于等于"}, {"!=", "不等于"}, {"≤", "小于等于"},
    {"≥", "大于等于"},  {"≠", "不等于"},    {"≈", "约等于"},  {"+", "加"},
    {"-", "减"},        {"−", "减"},        {"×", "乘"},      {"*", "乘"},
    {"÷", "除以"},      {"=", "等于"},      {"<", "小于"},    {">", "大于"},
};

/* Symbols said wherever they stand. */
static const named SYMBOLS[] = {
    {"℃", "摄氏度"}, {"℉", "华氏度"}, {"%", "百分号"},  {"％", "百分号"},  {"‰", "千分号"},
    {"&", "和"},     {"@", "艾特"},   {"#", "井号"},    {"＃", "井号"},    {"+", "加"},
    {"×", "乘"},     {"÷", "除以"},   {"=", "等于"},    {"≤", "小于等于"}, {"≥", "大于等于"},
    {"°", "度"},     {"~", "至"},     {"㎡", "平方米"}, {"№", "第"},       {"≈", "约等于"},
    {"≠", "不等于"},
};

/* A lone letter is a variable in a formula: x>5, a+b=c. */
static bool variable_at(const tb_nz *z, size_t i) {
  return tb_nz_latin(tb_nz_at(z, i)) && !tb_nz_latin(tb_nz_at(z, i + 1)) &&
         !(i > 0 && tb_nz_latin(tb_nz_at(z, i - 1)));
}

static bool operand_before(const tb_nz *z) {
  if (z->count == 0) return false;
  const tb_piece *p = &z->pieces[z->count - 1];
  return p->kind == TB_TOKEN_NUMBER || (p->kind == TB_TOKEN_LATIN && p->count == 1);
}

static bool operand_after(const tb_nz *z, size_t i) {
  size_t j = tb_nz_skip_spaces(z, i);
  uint32_t c = tb_nz_at(z, j);
  return tb_nz_digit(c) || ((c == '-' || c == 0x2212) && tb_nz_digit(tb_nz_at(z, j + 1))) ||
         variable_at(z, j);
}

static bool hanzi_near(const tb_nz *z, size_t i, int dir) {
  for (size_t j = i;;) {
    if (dir < 0 && j == 0) return false;
    j = dir < 0 ? j - 1 : j + 1;
    uint32_t c = tb_nz_at(z, j);
    if (c == 0) return false;
    if (tb_is_space_cp(c)) continue;
    return tb_is_hanzi(c) || tb_is_cjk_punctuation(c);
  }
}

/* "拨打电话65120000.": a mark right after a number that itself follows hanzi belongs to the
 * Chinese sentence. */
static bool after_chinese_number(const tb_nz *z, size_t i) {
  if (z->count == 0) return false;
  const tb_piece *p = &z->pieces[z->count - 1];
  if (p->kind != TB_TOKEN_NUMBER || p->first + p->count != i || p->first == 0) return false;
  uint32_t before = tb_nz_at(z, p->first - 1);
  return tb_is_hanzi(before) || tb_is_cjk_punctuation(before);
}

/* "下降 18.6%.", "达到 500P.", "16:00.": a mark that ends the line after a stretch of numbers,
 * letters and spaces that follows hanzi ends the Chinese sentence. A stretch with Latin words
 * spaced apart is English and keeps its mark ("他说：I love Beijing."). */
static bool ends_chinese_line(const tb_nz *z, size_t i, size_t n) {
  enum { LONGEST_STRETCH = 40 };
  if (!strchr(".!?,;:", (int)tb_nz_at(z, i))) return false; /* brackets close their own groups */
  for (size_t j = i + n; j < z->n && tb_nz_at(z, j) != '\n' && tb_nz_at(z, j) != '\r'; j++)
    if (!tb_is_space_cp(tb_nz_at(z, j))) return false;
  for (size_t k = i; k > 0 && i - k < LONGEST_STRETCH; k--) {
    uint32_t c = tb_nz_at(z, k - 1);
    if (tb_is_hanzi(c) || tb_is_cjk_punctuation(c)) return true;
    if (c == '\n' || c == '\r') return false;
    if (tb_is_space_cp(c) && k >= 2 && tb_nz_latin(tb_nz_at(z, k - 2)) &&
        tb_nz_latin(tb_nz_at(z, k)))
      return false;
  }
  return false;
}

/* "(2)加强…", "(A)": an ASCII opening bracket whose short group is followed or filled by hanzi
 * is a Chinese bracket, like its closing one. */
static bool bracket_by_hanzi(const tb_nz *z, size_t i) {
  uint32_t open = tb_nz_at(z, i), close = open == '(' ? ')' : open == '[' ? ']' : 0;
  if (!close) return false;
  for (size_t j = i + 1; j < z->n && j <= i + 12; j++) {
    uint32_t c = tb_nz_at(z, j);
    if (tb_is_hanzi(c)) return true;
    if (c == close) return hanzi_near(z, j, +1);
  }
  return false;
}

/* The closing bracket of a group opened as a Chinese one: 电话(010)84012345. */
static bool closes_chinese_bracket(const tb_nz *z, size_t i) {
  uint32_t close = tb_nz_at(z, i), open = close == ')' ? '(' : close == ']' ? '[' : 0;
  if (!open) return false;
  for (size_t back = 1; back <= 12 && back <= i; back++)
    if (tb_nz_at(z, i - back) == open)
      return hanzi_near(z, i - back, -1) || bracket_by_hanzi(z, i - back);
  return false;
}

/* ㎡, m³: a unit written as a symbol or in Latin letters right after the slash. */
static bool unit_symbol(const tb_nz *z, size_t i) {
  size_t len = 0;
  const tb_nz_unit *u = tb_nz_unit_at(z, i, &len);
  return u && !u->pre[0] && !tb_is_space_cp(tb_nz_at(z, i));
}

/* '/' between a hanzi unit and another: 元/平方米, 立方米/日, 元/㎡ → 每. */
static bool per_slash(const tb_nz *z, size_t i) {
  if (!(i > 0 && tb_is_hanzi(tb_nz_at(z, i - 1)) &&
        (tb_is_hanzi(tb_nz_at(z, i + 1)) || unit_symbol(z, i + 1))))
    return false;
  for (size_t back = 1; back <= 6 && back <= i; back++)
    if (tb_nz_digit(tb_nz_at(z, i - back))) return true;
  return false;
}

static bool apostrophe(const tb_nz *z, size_t i) {
  return tb_nz_at(z, i) == '\'' && i > 0 && tb_nz_latin(tb_nz_at(z, i - 1)) &&
         tb_nz_latin(tb_nz_at(z, i + 1));
}

static size_t ascii_quote(tb_nz *z, size_t i) {
  uint32_t c = tb_nz_at(z, i);
  if (apostrophe(z, i)) { /* don't, Xi'an */
    tb_piece *p = tb_nz_emit(z, TB_TOKEN_PUNCT, i, 1, "'");
    p->brk = TB_BREAK_NONE;
    return 1;
  }
  /* Straight quotes alternate: one that closes an open quote ('双减') closes; otherwise an
   * opening one when nothing or a space/opener precedes. */
  size_t before = z->straight_quotes[c == '\'']++;
  uint32_t prev = i > 0 ? tb_nz_at(z, i - 1) : ' ';
  bool opens = tb_is_space_cp(prev) || tb_is_hanzi(tb_nz_at(z, i + 1)) || prev == 0xFF1A ||
               prev == ':' || prev == 0xFF0C || prev == ',';
  if (i > 0 && tb_is_hanzi(prev) && !tb_is_hanzi(tb_nz_at(z, i + 1))) opens = false;
  if (before % 2 == 1) opens = false;
  const char *full = c == '"' ? (opens ? "“" : "”") : (opens ? "‘" : "’");
  tb_piece *p = tb_nz_emit(z, TB_TOKEN_PUNCT, i, 1, full);
  p->opens = opens;
  p->brk = opens ? TB_BREAK_NONE : TB_BREAK_WORD;
  return 1;
}

static bool is_dash(uint32_t c) {
  return c == '-' || c == '~' || c == 0xFF5E || c == 0x2013 || c == 0x2014 || c == 0xFF0D ||
         c == 0x301C;
}

/* 8:30-11:30, 2月18日-20日, 3%~5%, 21:00—次日6:00: a dash between a number or unit and the next
 * number is 至; only a spaced minus between two numbers (5 - 3) is 减. */
static size_t range_dash(tb_nz *z, size_t i) {
  uint32_t c = tb_nz_at(z, i);
  if (!is_dash(c)) return 0;
  size_t n = 1;
  while (tb_nz_at(z, i + n) == c && n < 2)
    n++;
  if (i == 0) return 0;
  /* a dash or tilde may stand between spaces (9:00 — 11:00); a spaced hyphen is minus */
  size_t from = i, to = i + n;
  if (c != '-') {
    while (from > 0 && tb_is_space_cp(tb_nz_at(z, from - 1)))
      from--;
    to = tb_nz_skip_spaces(z, to);
  }
  if (from == 0) return 0;
  uint32_t prev = tb_nz_at(z, from - 1);
  bool after_number = z->count > 0 && z->pieces[z->count - 1].kind == TB_TOKEN_NUMBER &&
                      z->pieces[z->count - 1].first + z->pieces[z->count - 1].count == from;
  /* after a number, a time word may lead the second end: 21:00—次日6:00, 9:00—下午5:00 */
  static const char *const LEAD[] = {"次日", "翌日", "次年", "上午", "下午", "中午",
                                     "晚上", "凌晨", "傍晚", "早上", "当日", "当天"};
  size_t lead = 0;
  for (size_t w = 0; after_number && !lead && w < sizeof LEAD / sizeof *LEAD; w++)
    lead = tb_nz_match_utf8(z, to, LEAD[w]);
  if (!tb_nz_digit(tb_nz_at(z, to + lead))) return 0;
  size_t second = to + lead + tb_nz_digits(z, to + lead);
  if (c == '-' && tb_nz_equation_follows(z, second)) return 0; /* 10-3=7 */
  if (!after_number && !tb_is_hanzi(prev)) return 0;
  tb_nz_emit(z, TB_TOKEN_SYMBOL, i, n, "至");
  return n;
}

/* CN11-0001, A12-003: a hyphen inside a code of letters and digits, before a group led by zeros,
 * is silent (no range ends in 0001). */
static bool code_hyphen(const tb_nz *z, size_t i) {
  if (tb_nz_at(z, i) != '-' || tb_nz_at(z, i + 1) != '0' || tb_nz_digits(z, i + 1) < 3)
    return false;
  if (z->count == 0) return false;
  const tb_piece *last = &z->pieces[z->count - 1];
  return last->kind == TB_TOKEN_NUMBER && last->first + last->count == i && last->first > 0 &&
         tb_nz_latin(tb_nz_at(z, last->first - 1));
}

size_t tb_nz_mark(tb_nz *z, size_t i) {
  uint32_t c = tb_nz_at(z, i);
  if (code_hyphen(z, i)) {
    tb_nz_emit(z, TB_TOKEN_SYMBOL, i, 1, "");
    return 1;
  }
  size_t used = range_dash(z, i);
  if (used) return used;
  /* operators between numbers */
  if (operand_before(z)) {
    for (size_t k = 0; k < sizeof OPERATORS / sizeof *OPERATORS; k++) {
      size_t n = tb_nz_match_utf8(z, i, OPERATORS[k].text);
      /* a hyphen after a letter joins a code (A-1地块), it is no minus */
      bool hyphen = strcmp(OPERATORS[k].spoken, "减") == 0;
      if (hyphen && z->pieces[z->count - 1].kind != TB_TOKEN_NUMBER) continue;
      /* and before a code in capitals (0707-L0117, 2026-GB1) it joins one too */
      uint32_t next = tb_nz_at(z, i + 1), after = tb_nz_at(z, i + 2);
      if (hyphen && next >= 'A' && next <= 'Z' &&
          (tb_nz_digit(after) || (after >= 'A' && after <= 'Z')))
        continue;
      if (n && operand_after(z, i + n)) {
        tb_nz_emit(z, TB_TOKEN_SYMBOL, i, n, OPERATORS[k].spoken);
        return n;
      }
    }
  }
  if (c == '/' && per_slash(z, i)) {
    /* 元/kg: the unit after the slash is said here, since no number leads it */
    size_t len = 0;
    const tb_nz_unit *u = tb_nz_unit_at(z, i + 1, &len);
    if (u && !u->pre[0] && !tb_is_hanzi(tb_nz_at(z, i + 1))) {
      char spoken[64];
      snprintf(spoken, sizeof spoken, "每%s", u->post);
      tb_nz_emit(z, TB_TOKEN_SYMBOL, i, 1 + len, spoken);
      return 1 + len;
    }
    tb_nz_emit(z, TB_TOKEN_SYMBOL, i, 1, "每");
    return 1;
  }
  if (c == '"' || c == '\'') return ascii_quote(z, i);
  for (size_t k = 0; k < sizeof MARKS / sizeof *MARKS; k++) {
    if (MARKS[k].cp != c) continue;
    size_t n = 1;
    /* runs: …… —— !! are one mark */
    while (tb_nz_at(z, i + n) == c)
      n++;
    bool ascii = c < 0x80;
    bool cjk = !ascii || hanzi_near(z, i, -1) || hanzi_near(z, i + n - 1, +1) ||
               bracket_by_hanzi(z, i) || closes_chinese_bracket(z, i) ||
               after_chinese_number(z, i) || ends_chinese_line(z, i, n);
    /* '.' and ':' inside Latin text (e.g. "Mr. Li") stay what they are, without a sentence end */
    if (ascii && !cjk) {
      tb_piece *p = tb_nz_emit(z, TB_TOKEN_PUNCT, i, n, tb_nz_surface(z, i, n));
      p->brk = MARKS[k].brk == TB_BREAK_SENTENCE ? TB_BREAK_PHRASE : MARKS[k].brk;
      p->opens = MARKS[k].opens;
      return n;
    }
    if (c == '.' && n >= 2) {
      /* "..." typed for an ellipsis: a pause, not the end of a sentence */
      tb_piece *p = tb_nz_emit(z, TB_TOKEN_PUNCT, i, n, "……");
      p->brk = TB_BREAK_PHRASE;
      return n;
    }
    tb_strbuf sb;
    tb_strbuf_init(&sb);
    for (size_t r = 0; r < n; r++)
      tb_strbuf_puts(&sb, MARKS[k].full);
    tb_piece *p = tb_nz_emit(z, TB_TOKEN_PUNCT, i, n, tb_strbuf_view(&sb));
    tb_strbuf_free(&sb);
    p->brk = MARKS[k].brk;
    p->ends_sentence = MARKS[k].ends;
    p->opens = MARKS[k].opens;
    return n;
  }
  for (size_t k = 0; k < sizeof SYMBOLS / sizeof *SYMBOLS; k++) {
    size_t n = tb_nz_match_utf8(z, i, SYMBOLS[k].text);
    if (n) {
      tb_nz_emit(z, TB_TOKEN_SYMBOL, i, n, SYMBOLS[k].spoken);
      return n;
    }
  }
  if (tb_is_cjk_punctuation(c) || (c < 0x80 && c > ' ')) {
    tb_piece *p = tb_nz_emit(z, TB_TOKEN_PUNCT, i, 1, tb_nz_surface(z, i, 1));
    p->brk = TB_BREAK_WORD;
    return 1;
  }
  /* Anything else (emoji, other scripts, U+FFFD for bad bytes) stays visible as a symbol. */
  tb_nz_emit(z, TB_TOKEN_SYMBOL, i, 1, tb_nz_surface(z, i, 1));
  return 1;
}

/* ---- web and mail addresses ------------------------------------------------------------ */

static bool url_char(uint32_t c) {
  return tb_nz_latin(c) || tb_nz_digit(c) || (c < 0x80 && strchr("./:-_~?=&%#@+", (int)c) && c);
}

static const named URL_MARKS[] = {
    {".", "点"},     {"/", "斜杠"},   {":", "冒号"}, {"-", "杠"}, {"_", "下划线"},
    {"@", "艾特"},   {"?", "问号"},   {"=", "等于"}, {"&", "和"}, {"#", "井号"},
    {"~", "波浪号"}, {"%", "百分号"}, {"+", "加"},
};

size_t tb_nz_url(tb_nz *z, size_t i) {
  if (!tb_nz_latin(tb_nz_at(z, i)) ||
      (i > 0 && url_char(tb_nz_at(z, i - 1)) && tb_nz_at(z, i - 1) != ':' &&
       !tb_is_space_cp(tb_nz_at(z, i - 1))))
    return 0;
  size_t j = i;
  while (j < z->n && url_char(z->c[j].norm))
    j++;
  /* trailing sentence punctuation belongs to the text, not the address */
  while (j > i && strchr(".,:;?!", (int)z->c[j - 1].norm) && z->c[j - 1].norm < 0x80)
    j--;
  bool web =
      tb_nz_match(z, i, "http://") || tb_nz_match(z, i, "https://") || tb_nz_match(z, i, "www.");
  bool mail = false;
  if (!web) {
    /* an @ with a dot somewhere after it: find the last dot once, not per @ */
    size_t last_dot = 0;
    for (size_t k = j; k > i; k--)
      if (z->c[k - 1].norm == '.') {
        last_dot = k - 1;
        break;
      }
    for (size_t k = i + 1; k < j && !mail; k++)
      if (z->c[k].norm == '@' && k + 1 < j && last_dot > k) mail = true;
  }
  if (!web && !mail) return 0;
  for (size_t k = i; k < j;) {
    uint32_t c = z->c[k].norm;
    size_t e = k;
    if (tb_nz_latin(c)) {
      while (e < j && tb_nz_latin(z->c[e].norm))
        e++;
      tb_strbuf sb;
      tb_strbuf_init(&sb);
      for (size_t r = k; r < e; r++)
        tb_strbuf_putc(&sb, (char)z->c[r].norm);
      tb_nz_emit(z, TB_TOKEN_LATIN, k, e - k, tb_strbuf_view(&sb));
      tb_strbuf_free(&sb);
    } else if (tb_nz_digit(c)) {
      while (e < j && tb_nz_digit(z->c[e].norm) && e - k < 63)
        e++;
      char buf[64];
      size_t nd = tb_nz_copy_digits(z, k, e - k, buf, sizeof buf);
      tb_strbuf sb;
      tb_strbuf_init(&sb);
      tb_num_digits(&sb, buf, nd, false);
      tb_piece *p = tb_nz_emit(z, TB_TOKEN_NUMBER, k, e - k, tb_strbuf_view(&sb));
      p->no_sandhi = true;
      tb_strbuf_free(&sb);
    } else {
      e = k + 1;
      const char *spoken = tb_nz_surface(z, k, 1);
      for (size_t u = 0; u < sizeof URL_MARKS / sizeof *URL_MARKS; u++)
        if (URL_MARKS[u].text[0] == (char)c) spoken = URL_MARKS[u].spoken;
      tb_piece *p = tb_nz_emit(z, TB_TOKEN_SYMBOL, k, 1, spoken);
      p->brk = TB_BREAK_NONE;
    }
    k = e;
  }
  return j - i;
}
