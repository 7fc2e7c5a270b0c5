/* Line patterns of Chinese newspapers: datelines, bylines, credits, captions, markers and page
 * furniture. Each answers for one line of text and knows nothing of its neighbours. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *skip_spaces(const char *s) {
  for (;;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s, strlen(s), &cp);
    if (!used || !tb_is_space_cp(cp)) return s;
    s += used;
  }
}

enum { BRACKET_TAG_CHARS = 8 };

static const char *skip_bullets(const char *s) {
  s = skip_spaces(s);
  static const char *bullets[] = {"□", "■", "◆", "●", "★", "◇", "○", "◎"};
  for (size_t i = 0; i < sizeof bullets / sizeof *bullets; i++)
    if (tb_lo_starts(s, bullets[i])) return skip_spaces(s + strlen(bullets[i]));
  /* a short column tag in lenticular brackets marks an item the way a bullet does: "【区情速递】"
   */
  if (tb_lo_starts(s, "【")) {
    const char *close = strstr(s, "】");
    size_t open = strlen("【");
    if (close && close > s + open) {
      char *tag = tb_xstrndup(s + open, (size_t)(close - s - open));
      size_t chars = tb_utf8_length(tag);
      bool plain = !strstr(tag, "，") && !strstr(tag, "。");
      free(tag);
      if (chars <= BRACKET_TAG_CHARS && plain) return skip_spaces(close + strlen("】"));
    }
  }
  return s;
}

#define COUNT(a) (sizeof(a) / sizeof *(a))

static const char *const sentence_marks[] = {"，", "。", "！", "？", "；", ",", "“"};
static const char *const roles[] = {"本报记者", "实习记者",   "特约记者",   "摄影记者", "记者",
                                    "通讯员",   "特约通讯员", "本报评论员", "评论员"};

/* A trailing cross-reference such as "(详细报道见2版)" is not part of a credit. */
static char *without_crossref(const char *s) {
  char *t = tb_xstrdup(s);
  size_t n = strlen(t);
  if (n && (t[n - 1] == ')' || tb_lo_ends(t, "）"))) {
    char *open = strrchr(t, '(');
    char *open2 = NULL;
    for (char *p = strstr(t, "（"); p; p = strstr(p + 1, "（"))
      open2 = p;
    if (open2 && (!open || open2 > open)) open = open2;
    if (open && strstr(open, "版")) *open = '\0';
  }
  char *trimmed = tb_lo_trim(t, strlen(t));
  free(t);
  return trimmed;
}

static tb_credit_kind credit_kind_of(const char *t) {
  size_t chars = tb_utf8_length(t);
  if (chars < 2 || chars > 40 || tb_lo_has_any(t, sentence_marks, COUNT(sentence_marks)))
    return TB_CREDIT_NONE;
  if (strstr(t, "文并摄")) return TB_CREDIT_TEXT;
  bool photo_slash = strstr(t, "摄/") || strstr(t, "摄／") || strstr(t, "/摄") ||
                     tb_lo_starts(t, "图/") || tb_lo_starts(t, "图／") || tb_lo_starts(t, "摄影/");
  if (tb_lo_starts(t, "文/") || tb_lo_starts(t, "文／"))
    return photo_slash ? TB_CREDIT_PHOTO : TB_CREDIT_TEXT;
  if (photo_slash) return TB_CREDIT_PHOTO;
  if (tb_lo_ends(t, "/文") || tb_lo_ends(t, "／文")) return TB_CREDIT_TEXT;
  if (tb_lo_ends(t, "供图") && chars <= 20) return TB_CREDIT_PHOTO;
  if (tb_lo_ends(t, "供稿") && chars <= 20) return TB_CREDIT_TEXT; /* "区疾控中心 供稿" */
  bool role = tb_lo_starts_any(t, roles, COUNT(roles));
  /* "本报记者 韩冰 文/图": a writer who took the pictures too */
  static const char *const both[] = {" 文/图", " 文／图", " 图/文", " 图／文"};
  if (role && tb_lo_ends_any(t, both, COUNT(both))) {
    const char *slash = strrchr(t, ' ');
    char *name = tb_xstrndup(t, (size_t)(slash - t));
    tb_credit_kind k = credit_kind_of(name);
    free(name);
    return k;
  }
  if (tb_lo_starts(t, "摄影") && chars <= 16) return TB_CREDIT_PHOTO;
  if (tb_lo_ends(t, "摄") || tb_lo_ends(t, "摄影")) {
    const char *end = t + strlen(t) - (tb_lo_ends(t, "摄影") ? 6 : 3);
    bool spaced = end > t && end[-1] == ' ';
    if (spaced || role || chars <= 8) return TB_CREDIT_PHOTO;
    return TB_CREDIT_NONE;
  }
  if (role) {
    /* 记者 王慧雯 / 记者李滢: names only after the role, so "记者从中关村了解到" is no credit. */
    size_t names = 0;
    /* names parted by a space, ASCII or ideographic ("记者　邵琪　通讯员　严蕾") */
    /* or by a slash after the role, as some papers set them ("记者/姚青 整理") */
    bool space = strchr(t, ' ') != NULL || strstr(t, "\u3000") != NULL || strchr(t, '/') != NULL ||
                 strstr(t, "／") != NULL;
    for (const char *p = t; *p;) {
      uint32_t cp;
      size_t used = tb_utf8_decode(p, strlen(p), &cp);
      if (!used) return TB_CREDIT_NONE;
      if (!tb_is_hanzi(cp) && cp != ' ' && cp != 0x00B7 && cp != 0x3000 && cp != '/' &&
          cp != 0xFF0F)
        return TB_CREDIT_NONE;
      if (tb_is_hanzi(cp)) names++;
      p += used;
    }
    /* a role with no name after it ("…怎么办？记者" / "就此采访了…") is a word of the text */
    size_t role_chars = 0;
    for (size_t r = 0; r < COUNT(roles); r++)
      if (tb_lo_starts(t, roles[r]) && tb_utf8_length(roles[r]) > role_chars)
        role_chars = tb_utf8_length(roles[r]);
    if (names <= role_chars) return TB_CREDIT_NONE;
    if (names <= 14 && (space || chars <= 7)) return TB_CREDIT_TEXT;
  }
  return TB_CREDIT_NONE;
}

enum { OUTLET_CHARS_MAX = 8 };

/* "青檀融媒记者 蒋舟": a role named after the outlet the writer works for (a media centre, a
 * paper). Returns where the role starts when a short run of hanzi, no space or mark in it, comes
 * before it; NULL otherwise. */
static const char *role_after_outlet(const char *s) {
  const char *best = NULL;
  for (size_t r = 0; r < COUNT(roles); r++) {
    const char *at = strstr(s, roles[r]);
    if (at && at > s && (!best || at < best)) best = at;
  }
  if (!best) return NULL;
  size_t hanzi = 0;
  for (const char *p = s; p < best;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, (size_t)(best - p), &cp);
    if (!used || !tb_is_hanzi(cp)) return NULL;
    hanzi++;
    p += used;
  }
  return hanzi >= 2 && hanzi <= OUTLET_CHARS_MAX ? best : NULL;
}

enum { BODY_NAME_CHARS_MIN = 3, BODY_NAME_CHARS_MAX = 12 };

/* How many characters s has when every one is a hanzi; 0 when any is not. */
static size_t hanzi_only_length(const char *s) {
  size_t chars = 0;
  for (const char *p = s; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || !tb_is_hanzi(cp)) return 0;
    chars++;
    p += used;
  }
  return chars;
}

/* "区城管局", "区卫健委": the name of a public body, as a brief's source is credited. Only
 * hanzi, ending on the word a body's name ends on. */
static bool is_body_name(const char *s) {
  static const char *const ends[] = {"局", "委", "办", "厅", "院", "中心", "协会", "公司", "街道"};
  size_t chars = hanzi_only_length(s);
  return chars >= BODY_NAME_CHARS_MIN && chars <= BODY_NAME_CHARS_MAX &&
         tb_lo_ends_any(s, ends, COUNT(ends));
}

/* "（记者 钱进）" closing a story, as some papers print the byline: the credit inside brackets. */
static tb_credit_kind bracketed_credit(const char *t) {
  static const char *const open[] = {"（", "("}, *const close[] = {"）", ")"};
  for (size_t i = 0; i < COUNT(open); i++) {
    size_t n = strlen(t), lo = strlen(open[i]), lc = strlen(close[i]);
    if (!tb_lo_starts(t, open[i]) || n <= lo + lc) continue;
    if (!tb_lo_ends(t, close[i]) && !tb_lo_ends(t, close[1 - i])) continue;
    char *inner =
        tb_lo_trim(t + lo, n - lo - (tb_lo_ends(t, close[i]) ? lc : strlen(close[1 - i])));
    /* a role first ("记者 钱进"), what was supplied first ("文/图 记者 郑楠"), or a body that
     * supplied the text or picture ("…中心 供稿") */
    static const char *const supplied[] = {"文/", "文／", "图/", "图／"};
    bool credit = tb_lo_starts_any(inner, roles, COUNT(roles)) ||
                  tb_lo_starts_any(inner, supplied, COUNT(supplied)) || tb_lo_ends(inner, "供稿") ||
                  tb_lo_ends(inner, "供图");
    const char *outlet_role = credit ? NULL : role_after_outlet(inner);
    tb_credit_kind k = credit                ? credit_kind_of(inner)
                       : outlet_role         ? credit_kind_of(outlet_role)
                       : is_body_name(inner) ? TB_CREDIT_TEXT
                                             : TB_CREDIT_NONE;
    free(inner);
    return k;
  }
  return TB_CREDIT_NONE;
}

tb_credit_kind tb_layout_credit_kind(const char *s) {
  char *t = without_crossref(skip_spaces(s));
  tb_credit_kind k = credit_kind_of(t);
  if (k == TB_CREDIT_NONE) k = bracketed_credit(t);
  free(t);
  return k;
}

long tb_layout_credit_tail(const char *s, tb_credit_kind *kind) {
  *kind = TB_CREDIT_NONE;
  /* The tail starts after the last sentence end (and its closing quotes). */
  size_t n = strlen(s), after = 0;
  bool found = false;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) used = 1, cp = 0;
    i += used;
    if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) {
      found = true;
      after = i;
      while (after < n) {
        uint32_t c2;
        size_t u2 = tb_utf8_decode(s + after, n - after, &c2);
        if (!u2 || !tb_lo_is_closer(c2)) break;
        after += u2;
      }
    }
  }
  if (!found || after >= n) return -1;
  char *tail = tb_lo_trim(s + after, n - after);
  tb_credit_kind k = tail[0] ? tb_layout_credit_kind(tail) : TB_CREDIT_NONE;
  free(tail);
  if (k == TB_CREDIT_NONE) return -1;
  *kind = k;
  return (long)after;
}

/* "本报1月11日讯", "本报1月11日电": the paper's dateline with the day written in. Returns the
 * text after 讯/电, or NULL when s does not open so. */
static const char *after_dated_dateline(const char *s) {
  if (!tb_lo_starts(s, "本报")) return NULL;
  const char *p = s + strlen("本报");
  static const char *const units[] = {"月", "日"};
  for (size_t u = 0; u < COUNT(units); u++) {
    const char *d = p;
    while (*p >= '0' && *p <= '9' && p - d < 2)
      p++;
    if (p == d || !tb_lo_starts(p, units[u])) return NULL;
    p += strlen(units[u]);
  }
  if (tb_lo_starts(p, "讯") || tb_lo_starts(p, "电")) return p + strlen("讯");
  return NULL;
}

bool tb_layout_is_dateline(const char *s) {
  s = skip_bullets(s);
  if (tb_lo_starts(s, "本报讯") || after_dated_dateline(s)) return true;
  if (tb_lo_starts(s, "本报（") || tb_lo_starts(s, "本报(")) return true;
  if ((tb_lo_starts(s, "本报记者") || tb_lo_starts(s, "本报通讯员")) && tb_utf8_length(s) > 20)
    return true;
  static const char *const agencies[] = {"新华社", "中新社", "据新华社", "人民网",
                                         "央视网", "新华网", "中新网"};
  if (tb_lo_starts_any(s, agencies, COUNT(agencies))) {
    char *head = tb_utf8_prefix(s, 20);
    bool dated = strstr(head, "电") != NULL;
    free(head);
    return dated;
  }
  return false;
}

char *tb_layout_dateline_byline(const char *s) {
  const char *start = skip_bullets(s);
  const char *p = start;
  const char *dated = after_dated_dateline(p);
  if (dated)
    p = dated;
  else if (tb_lo_starts(p, "本报讯"))
    p += strlen("本报讯");
  else if (tb_lo_starts(p, "本报"))
    p += strlen("本报");
  else
    return NULL;
  p = skip_spaces(p);
  const char *close = NULL;
  if (tb_lo_starts(p, "（"))
    close = strstr(p, "）");
  else if (*p == '(')
    close = strchr(p, ')');
  if (!close || close - p > 90) return NULL;
  size_t end = (size_t)(close - s) + (*close == ')' ? 1 : strlen("）"));
  char *by = tb_xstrndup(s, end);
  if (!strstr(by, "记者") && !strstr(by, "通讯员") && !strstr(by, "实习")) {
    free(by);
    return NULL;
  }
  char *trimmed = tb_lo_trim(by, strlen(by));
  free(by);
  return trimmed;
}

/* "…书记 肖华强": the last space-parted word is a name of two to four hanzi ("◆ 一荤两素 每份12元"
 * is a crosshead). */
bool tb_layout_ends_with_name(const char *s) {
  /* the last space, ASCII or ideographic ("柳塘街道北坡社区居民　许德厚") */
  const char *last = strrchr(s, ' ');
  const char *after = last ? last + 1 : NULL;
  for (const char *w = strstr(s, "\u3000"); w; w = strstr(w + 1, "\u3000"))
    if (!last || w > last) last = w, after = w + strlen("\u3000");
  if (!last) return false;
  size_t chars = hanzi_only_length(after);
  return chars >= 2 && chars <= 4;
}

/* "石  砚", "石　岚": a two-character name padded with spaces to the width of three, the way
 * bylines set names so that they line up (a rubric is set tight: "简讯"). */
static bool padded_name(const char *s) {
  size_t hanzi = 0, gaps = 0;
  bool in_gap = false;
  for (const char *p = s; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used) return false;
    p += used;
    if (tb_is_hanzi(cp)) {
      hanzi++;
      in_gap = false;
    } else if (tb_is_space_cp(cp) && hanzi == 1 && !in_gap) {
      gaps++;
      in_gap = true;
    } else if (!tb_is_space_cp(cp) || hanzi != 1) {
      return false;
    }
  }
  return hanzi == 2 && gaps == 1;
}

bool tb_layout_is_byline_line(const char *s) {
  const char *t = skip_spaces(s);
  if (t != skip_bullets(t)) {
    /* "■ 简讯", "□ 快评": a bullet before a two-character rubric names a column, not a writer;
     * "■ 服务点选址听民意" is a crosshead. A writer's line parts title and name with a space
     * ("□天坛街道工委书记 肖华强"), names a role, or names a body ("…理论学习中心组"). */
    const char *named = skip_bullets(t);
    size_t chars = tb_utf8_length(t);
    static const char *const author_ends[] = {"组",   "委", "局", "办", "院",   "委员会", "协会",
                                              "学会", "处", "所", "队", "中心", "街道",   "社区"};
    static const char *const author_roles[] = {"记者",   "通讯员", "书记", "主任",
                                               "局长",   "区长",   "部长", "教授",
                                               "研究员", "校长",   "院长", "评论员"};
    bool author = padded_name(named) || tb_layout_ends_with_name(named) ||
                  tb_lo_has_any(named, author_roles, COUNT(author_roles)) ||
                  tb_lo_ends_any(named, author_ends, COUNT(author_ends));
    return author && (tb_utf8_length(named) >= 3 || padded_name(named)) && chars <= 40 &&
           !tb_lo_ends_sentence(t) && !strstr(t, "，");
  }
  return tb_layout_credit_kind(t) == TB_CREDIT_TEXT;
}

/* Clause punctuation: a publisher line has none, a wrapped body line ending in 主管 has some. */
static bool has_clause_punct(const char *s) {
  static const char *const marks[] = {"，", "、", "；", "。", "：", ",", ";", ":"};
  return tb_lo_has_any(s, marks, COUNT(marks));
}

static bool all_digits(const char *s, const char *end) {
  if (s >= end) return false;
  for (; s < end; s++)
    if (*s < '0' || *s > '9') return false;
  return true;
}

/* "2026年3月10日 星期二", "2026年3月10日 农历…": a masthead date line. */
static bool is_date_line(const char *s) {
  const char *p = s;
  while (*p >= '0' && *p <= '9')
    p++;
  if (p - s != 4 || !tb_lo_starts(p, "年")) return false;
  if (!strstr(p, "月") || !strstr(p, "日")) return false;
  const char *day = strstr(p, "日") + strlen("日");
  day = skip_spaces(day);
  return !*day || tb_lo_starts(day, "星期") || tb_lo_starts(day, "农历") ||
         tb_lo_starts(day, "周") || tb_utf8_length(day) <= 12;
}

/* "星期二", "周三": a weekday and nothing else. */
static bool is_weekday(const char *s) {
  static const char *const days[] = {"一", "二", "三", "四", "五", "六", "日", "天"};
  const char *d = tb_lo_starts(s, "星期") ? s + strlen("星期")
                  : tb_lo_starts(s, "周") ? s + strlen("周")
                                          : NULL;
  if (!d) return false;
  for (size_t i = 0; i < COUNT(days); i++)
    if (strcmp(skip_spaces(d), days[i]) == 0) return true;
  return false;
}

bool tb_layout_is_bare_date(const char *s) {
  s = skip_spaces(s);
  if (!is_date_line(s)) return false;
  return !*skip_spaces(strstr(s, "日") + strlen("日"));
}

bool tb_layout_is_publication_name(const char *s) {
  size_t chars = tb_utf8_length(s);
  if (chars < 2 || chars > 12) return false;
  for (const char *p = s; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || (!tb_is_hanzi(cp) && cp != 0x300A && cp != 0x300B)) return false;
    p += used;
  }
  static const char *const ends[] = {"报", "周刊", "报》"};
  return tb_lo_ends_any(s, ends, COUNT(ends));
}

static int chinese_numeral(const char *s, const char **end);

/* Does s name a page ("第2版", "2版", "A03", "第一版") as one of its space-separated words? */
static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

static bool has_page_word(const char *s) {
  for (const char *w = s; *w;) {
    w = skip_spaces(w);
    const char *e = w;
    /* a page label may run on into its section name after a colon: "第01版：要闻"; a colon
     * between digits is a clock's ("14:30"), inside one word */
    while (*e && *e != ' ' && !tb_lo_starts(e, "\u3000") && !tb_lo_starts(e, "：") &&
           !(*e == ':' && !(e > s && is_digit(e[-1]) && is_digit(e[1]))))
      e++;
    const char *d = tb_lo_starts(w, "第") ? w + strlen("第") : w;
    if (d < e && *d >= 'A' && *d <= 'Z') d++;
    const char *f = d;
    while (f < e && *f >= '0' && *f <= '9')
      f++;
    const char *numeral_end;
    /* "第一版　要闻": a page counted in Chinese numerals */
    if (f == d && d > w && chinese_numeral(d, &numeral_end) && numeral_end <= e) f = numeral_end;
    size_t tail = (size_t)(e - f);
    if (f > d && ((tail == strlen("版") && strncmp(f, "版", tail) == 0) ||
                  (tail == 0 && d > w && w[0] >= 'A' && w[0] <= 'Z') ||
                  (tail == 0 && d == w && f - d <= 2))) /* "| 03 |" */
      return true;
    w = tb_lo_starts(e, "：") ? e + strlen("：") : e + (*e == ':');
  }
  return false;
}

/* Does s hold an issue count ("第19期", "总第842期") among its words or brackets? */
static bool has_issue_word(const char *s) {
  for (const char *w = s; *w; w++) {
    if (!tb_lo_starts(w, "第")) continue;
    const char *d = w + strlen("第"), *f = d;
    while (*f >= '0' && *f <= '9')
      f++;
    if (f > d && tb_lo_starts(f, "期")) return true;
  }
  return false;
}

/* A word of four or more capitals: the paper's Latin name in a header ("HAIDIAN WEEKLY"). */
static bool has_capital_word(const char *s) {
  size_t run = 0;
  for (const char *p = s;; p++) {
    if (*p >= 'A' && *p <= 'Z') {
      run++;
      continue;
    }
    if (run >= 4 && (*p == ' ' || !*p)) return true;
    run = 0;
    if (!*p) return false;
  }
}

/* Does s hold the paper's name ("澄塘时报") as one of its space-separated words? */
static bool has_paper_name_word(const char *s) {
  for (const char *w = skip_spaces(s); *w; w = skip_spaces(w)) {
    const char *e = w;
    while (*e && *e != ' ' && !tb_lo_starts(e, "\u3000"))
      e++;
    char *word = tb_xstrndup(w, (size_t)(e - w));
    bool named = tb_layout_is_publication_name(word);
    free(word);
    if (named) return true;
    w = e;
  }
  return false;
}

enum { BAR_FIELD_CHARS = 12 };

/* "2027.4.13": a date written in digits with dots, dashes or slashes between its parts. */
static bool is_numeric_date(const char *s, const char *e) {
  int parts = 0;
  const char *p = s;
  while (p < e) {
    const char *d = p;
    while (p < e && *p >= '0' && *p <= '9')
      p++;
    size_t digits = (size_t)(p - d);
    if (!digits || digits > (parts == 0 ? 4u : 2u) || (parts == 0 && digits != 4)) return false;
    parts++;
    if (p == e) break;
    if (*p != '.' && *p != '-' && *p != '/') return false;
    p++;
  }
  return parts == 3 && p == e;
}

/* "2027.4.13｜综合｜2": a running head whose fields are parted by bars, one of them a date and
 * one the page's number or name-and-number, none of them saying anything. */
static bool is_barred_header(const char *s) {
  static const char *const bars[] = {"｜", "|", "丨"};
  size_t fields = 0;
  bool dated = false, paged = false;
  const char *w = s;
  for (;;) {
    const char *e = NULL;
    size_t bar = 0;
    for (size_t i = 0; i < COUNT(bars); i++) {
      const char *at = strstr(w, bars[i]);
      if (at && (!e || at < e)) e = at, bar = strlen(bars[i]);
    }
    const char *end = e ? e : w + strlen(w);
    char *field = tb_lo_trim(w, (size_t)(end - w));
    size_t chars = tb_utf8_length(field);
    bool plain = chars >= 1 && chars <= BAR_FIELD_CHARS && !has_clause_punct(field) &&
                 !tb_lo_has_any(field, sentence_marks, COUNT(sentence_marks));
    const char *fe = field + strlen(field);
    if (is_numeric_date(field, fe) || is_date_line(field)) dated = true;
    if ((chars <= 2 && all_digits(field, fe)) || has_page_word(field)) paged = true;
    free(field);
    if (!plain) return false;
    fields++;
    if (!e) break;
    w = e + bar;
  }
  return fields >= 2 && dated && paged;
}

/* A running page header: "2026年3月10日 星期二 第2版 要闻 责编：王某", "澄塘时报 2027年2月16日
 * 要闻". It names at least two of date, page, editors and the paper, and says nothing. */
static bool is_page_header(const char *s, size_t chars) {
  if (chars > 60 || tb_lo_has_any(s, sentence_marks, COUNT(sentence_marks))) return false;
  if (is_barred_header(s)) return true;
  static const char *const editors[] = {"责编", "编辑：", "编辑:", "美编", "校对", "版式"};
  bool dated = strstr(s, "年") && strstr(s, "月") && strstr(s, "日");
  int signs =
      (dated || strstr(s, "星期")) + (has_page_word(s) || has_issue_word(s)) +
      tb_lo_has_any(s, editors, COUNT(editors)) +
      (has_capital_word(s) || ((strchr(s, ' ') || strstr(s, "\u3000")) && has_paper_name_word(s)));
  if (signs >= 2) return true;
  /* "第1版 · 要闻": a page and its section name, nothing more */
  return chars <= 16 && has_page_word(s) && tb_lo_starts(s, "第");
}

/* Is the word an issue or page count: 第14期, 总第1873期, 今日4版, 本期8版, 共16版? */
static bool is_issue_word(const char *w, const char *e) {
  static const char *const prefix[] = {"总第", "第", "今日", "本期", "共"};
  for (size_t i = 0; i < COUNT(prefix); i++) {
    size_t lp = strlen(prefix[i]);
    if ((size_t)(e - w) <= lp || strncmp(w, prefix[i], lp) != 0) continue;
    const char *d = w + lp, *f = d;
    while (f < e && *f >= '0' && *f <= '9')
      f++;
    size_t tail = (size_t)(e - f), unit = strlen("期");
    if (f > d && tail == unit && (strncmp(f, "期", unit) == 0 || strncmp(f, "版", unit) == 0))
      return true;
  }
  return false;
}

/* "第14期（总第1873期） 今日4版": nothing but issue and page counts, parted by spaces or
 * brackets. */
static bool is_issue_line(const char *s) {
  static const char *const seps[] = {" ", "\u3000", "（", "）", "(", ")", "/", "·"};
  size_t words = 0;
  const char *w = s;
  while (*w) {
    size_t sep = 0;
    for (size_t i = 0; i < COUNT(seps) && !sep; i++)
      if (tb_lo_starts(w, seps[i])) sep = strlen(seps[i]);
    if (sep) {
      w += sep;
      continue;
    }
    const char *e = w;
    for (;;) {
      bool at_sep = !*e;
      for (size_t i = 0; i < COUNT(seps) && !at_sep; i++)
        at_sep = tb_lo_starts(e, seps[i]);
      if (at_sep) break;
      e++;
    }
    if (!is_issue_word(w, e)) return false;
    words++;
    w = e;
  }
  return words > 0;
}

/* "地址：柳塘区南湖路9号　邮编：102688　新闻热线：6935 7000": the paper's imprint, two or more
 * labelled fields parted by spaces, each label one a paper prints under its last page. */
enum { IMPRINT_OWNER_BYTES = 6 * 3 }; /* up to six hanzi */

static bool is_imprint_line(const char *s) {
  static const char *const labels[] = {"地址",     "社址",     "邮编",     "邮政编码", "电话",
                                       "热线",     "传真",     "网址",     "邮箱",     "电子邮箱",
                                       "新闻热线", "广告热线", "发行热线", "订阅热线", "投稿邮箱"};
  size_t fields = 0;
  const char *p = skip_spaces(s);
  while (*p) {
    const char *colon = NULL;
    for (const char *q = p; *q && !colon; q++) {
      if (*q == ' ' || tb_lo_starts(q, "\u3000")) break;
      if (tb_lo_starts(q, "：") || *q == ':') colon = q;
    }
    if (!colon) return false;
    bool known = false;
    size_t label_len = (size_t)(colon - p);
    for (size_t i = 0; i < COUNT(labels) && !known; i++) {
      size_t n = strlen(labels[i]);
      known = label_len == n && strncmp(p, labels[i], n) == 0;
      /* the first field may name the paper before its label: "雁河报社地址：…" */
      if (!known && fields == 0 && label_len > n && label_len <= n + IMPRINT_OWNER_BYTES)
        known = strncmp(colon - n, labels[i], n) == 0;
    }
    if (!known) return false;
    fields++;
    /* the value runs to the next label: the next run of spaces followed by a label and a colon */
    const char *next = colon + (*colon == ':' ? 1 : strlen("："));
    const char *found = NULL;
    for (const char *q = next; *q && !found; q++) {
      if (*q != ' ' && !tb_lo_starts(q, "\u3000")) continue;
      const char *r = skip_spaces(q);
      for (size_t i = 0; i < COUNT(labels) && !found; i++)
        if (tb_lo_starts(r, labels[i]) &&
            (tb_lo_starts(r + strlen(labels[i]), "：") || r[strlen(labels[i])] == ':'))
          found = r;
    }
    if (!found) break;
    p = found;
  }
  return fields >= 2;
}

enum { PAGE_NAME_CHARS = 8 };

/* "- 2 -", "—3—": a page number between dashes, as a page's foot or head prints it. */
static bool is_dashed_page_number(const char *s) {
  static const char *const dashes[] = {"-", "—", "－", "–"};
  const char *p = s;
  size_t open = 0;
  for (size_t i = 0; i < COUNT(dashes) && !open; i++)
    if (tb_lo_starts(p, dashes[i])) open = strlen(dashes[i]);
  if (!open) return false;
  p = skip_spaces(p + open);
  const char *d = p;
  while (*p >= '0' && *p <= '9')
    p++;
  if (p == d || p - d > 3) return false;
  p = skip_spaces(p);
  for (size_t i = 0; i < COUNT(dashes); i++)
    if (strcmp(p, dashes[i]) == 0) return true;
  return false;
}

/* A page's name: two to PAGE_NAME_CHARS hanzi, with the middle dot of "社区·民生". */
static bool is_page_name(const char *name) {
  size_t chars = tb_utf8_length(name);
  if (chars < 2 || chars > PAGE_NAME_CHARS || has_clause_punct(name) ||
      strpbrk(name, "0123456789 ") || strstr(name, "\u3000"))
    return false;
  for (const char *p = name; *p;) { /* hanzi and the middle dot of "社区·民生", nothing else */
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used || (!tb_is_hanzi(cp) && cp != 0xB7 && cp != 0x30FB)) return false;
    p += used;
  }
  return true;
}

/* A page number of one or two digits, not starting with 0, up to end. */
static bool is_page_number(const char *s, const char *end) {
  return end > s && end - s <= 2 && s[0] != '0' && all_digits(s, end);
}

bool tb_layout_is_page_label(const char *s) {
  s = skip_spaces(s);
  const char *e = s;
  while (*e >= '0' && *e <= '9')
    e++;
  if (is_page_number(s, e) && (*e == ' ' || tb_lo_starts(e, "\u3000")))
    return is_page_name(skip_spaces(e)); /* "2 社区·民生" */
  /* "综合新闻 2": the name first, the number after a space */
  const char *space = strrchr(s, ' ');
  if (!space || !is_page_number(space + 1, s + strlen(s))) return false;
  char *name = tb_lo_trim(s, (size_t)(space - s));
  bool named = is_page_name(name);
  free(name);
  return named;
}

bool tb_layout_is_furniture(const char *s, bool masthead_zone) {
  s = skip_spaces(s);
  while (*s == '*' || *s == '_') /* Markdown emphasis around a page marker: "*第1版 · 要闻*" */
    s++;
  size_t n = strlen(s), chars = tb_utf8_length(s);
  if (!n) return true;
  if (chars <= 30 && is_date_line(s)) return true;
  if (is_page_header(s, chars)) return true;
  if (chars <= 40 && is_issue_line(s)) return true;
  /* the weekday on a line of its own under the masthead date: 星期二 */
  if (is_weekday(s)) return true;
  /* the lunar date under the masthead date: 农历丙午年二月二十 */
  if (chars <= 20 && tb_lo_starts(s, "农历") &&
      !tb_lo_has_any(s, sentence_marks, COUNT(sentence_marks)))
    return true;
  /* 本期4版 / 总第1529期 / 第12期 / 今日8版 */
  static const char *const issue_prefix[] = {"本期", "今日", "总第", "第"};
  for (size_t i = 0; i < COUNT(issue_prefix); i++) {
    if (!tb_lo_starts(s, issue_prefix[i])) continue;
    const char *d = skip_spaces(s + strlen(issue_prefix[i]));
    const char *e = d;
    while (*e >= '0' && *e <= '9')
      e++;
    if (e > d && (strcmp(skip_spaces(e), "版") == 0 || strcmp(skip_spaces(e), "期") == 0))
      return true;
  }
  if (chars <= 80 && (strstr(s, "www.") || strstr(s, "http://") || strstr(s, "https://"))) {
    bool hanzi = false;
    for (const char *p = s; *p;) {
      uint32_t cp;
      size_t used = tb_utf8_decode(p, strlen(p), &cp);
      if (!used) break;
      if (tb_is_hanzi(cp)) hanzi = true;
      p += used;
    }
    if (!hanzi || chars <= 30) return true;
  }
  /* An all-capitals Latin line of several words: the paper's English name. */
  bool upper_words = strchr(s, ' ') != NULL;
  size_t letters = 0;
  for (const char *p = s; *p && upper_words; p++) {
    if (*p >= 'A' && *p <= 'Z')
      letters++;
    else if (*p != ' ' && *p != '.' && *p != '&' && *p != '-' && *p != '\'')
      upper_words = false;
  }
  if (upper_words && letters >= 4) return true;
  static const char *const publisher[] = {"主办", "出版", "承办", "协办", "主管", "印刷"};
  if (chars <= 30 && tb_lo_ends_any(s, publisher, COUNT(publisher)) && !has_clause_punct(s))
    return true;
  static const char *const lead[] = {"准印证号",     "国内统一连续出版物号",
                                     "京内资准字",   "内资准字",
                                     "统一刊号",     "邮发代号",
                                     "ISSN",         "责任编辑",
                                     "编辑：",       "编辑:",
                                     "美编",         "校对：",
                                     "校对:",        "版式",
                                     "本版编辑",     "本版责编",
                                     "责编：",       "责编:",
                                     "值班编辑",     "社址",
                                     "广告许可证",   "广告经营许可证",
                                     "定价：",       "印刷：",
                                     "本报地址",     "新闻热线",
                                     "广告热线",     "发行热线",
                                     "本版责任编辑", "投稿邮箱",
                                     "扫码关注",     "扫描二维码"};
  if (chars <= 60 && tb_lo_starts_any(s, lead, COUNT(lead))) return true;
  /* "（本版编辑：顾岚　校对：贝宁）": the page's editors in brackets */
  if (chars <= 60 && (tb_lo_starts(s, "（") || *s == '(') &&
      (tb_lo_ends(s, "）") || tb_lo_ends(s, ")"))) {
    const char *inner = skip_spaces(s + (*s == '(' ? 1 : strlen("（")));
    if (tb_lo_starts_any(inner, lead, COUNT(lead)) &&
        !tb_lo_has_any(inner, sentence_marks, COUNT(sentence_marks)))
      return true;
  }
  if (chars <= 80 && is_imprint_line(s)) return true;
  /* Page numbers and page names: "4", "第2版", "A03", "2版". */
  const char *e = s;
  while (*e >= '0' && *e <= '9')
    e++;
  if (all_digits(s, e) && e - s <= 3 && (!*e || strcmp(e, "版") == 0)) return true;
  if (tb_lo_starts(s, "第")) {
    const char *d = s + strlen("第");
    const char *f = d;
    while (*f >= '0' && *f <= '9')
      f++;
    if (f > d && strcmp(f, "版") == 0) return true;
  }
  if (n <= 4 && s[0] >= 'A' && s[0] <= 'Z' && all_digits(s + 1, s + n)) return true;
  if (is_dashed_page_number(s)) return true;
  /* "02　要闻·民生": a zero-padded page number, a space and the page's short name */
  if (s[0] == '0' && e - s == 2 && (*e == ' ' || tb_lo_starts(e, "\u3000"))) {
    const char *name = skip_spaces(e);
    if (*name && tb_utf8_length(name) <= PAGE_NAME_CHARS && !has_clause_punct(name) &&
        !strpbrk(name, "0123456789 "))
      return true;
  }
  if (masthead_zone && tb_layout_is_publication_name(s)) return true;
  return false;
}

bool tb_layout_is_caption_mark(const char *s) {
  s = skip_spaces(s);
  static const char *const marks[] = {"▲", "▼", "◀", "▶", "△",    "▽",    "►",   "◄",
                                      "↑", "↓", "←", "→", "图为", "图：", "图:", "（图）"};
  return tb_lo_starts_any(s, marks, COUNT(marks));
}

bool tb_layout_is_editor_note(const char *s) {
  s = skip_spaces(s);
  if (tb_lo_starts(s, "【")) s += strlen("【");
  /* "引言：…", "导语：…": a 专题's opening note, set off by its label and a colon */
  static const char *const labelled[] = {"引言：", "引言:", "导语：", "导语:"};
  return tb_lo_starts(s, "编者按") || tb_lo_starts(s, "编者的话") ||
         tb_lo_starts_any(s, labelled, COUNT(labelled));
}

static int chinese_numeral(const char *s, const char **end) {
  static const char *const digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  int value = 0, seen = 0;
  for (;;) {
    size_t i;
    for (i = 0; i < 10; i++)
      if (tb_lo_starts(s, digits[i])) break;
    if (i == 10) break;
    if (i == 9)
      value = (value ? value : 1) * 10;
    else
      value = value - value % 10 + (int)i + 1;
    s += strlen(digits[i]);
    if (++seen > 3) return 0;
  }
  *end = s;
  return value;
}

int tb_layout_list_number(const char *s) {
  s = skip_spaces(s);
  const char *e = s;
  int value = 0;
  while (*e >= '0' && *e <= '9' && e - s < 3)
    value = value * 10 + (*e++ - '0');
  if (e > s) {
    if ((*e == '.' && !(e[1] >= '0' && e[1] <= '9')) || tb_lo_starts(e, "．") ||
        tb_lo_starts(e, "、"))
      return value;
    /* "1.4月15日…": the item's number glued to a date (no month is a decimal) */
    if (*e == '.') {
      const char *m = e + 1, *d;
      while (*m >= '0' && *m <= '9' && m - e <= 2)
        m++;
      if (tb_lo_starts(m, "月")) {
        d = m + strlen("月");
        const char *f = d;
        while (*f >= '0' && *f <= '9' && f - d < 2)
          f++;
        if (f > d && (tb_lo_starts(f, "日") || tb_lo_starts(f, "号"))) return value;
      }
    }
    return 0;
  }
  if (tb_lo_starts(s, "（") || *s == '(') {
    const char *p = *s == '(' ? s + 1 : s + strlen("（");
    const char *q;
    int v = chinese_numeral(p, &q);
    if (v && (tb_lo_starts(q, "）") || *q == ')')) return v;
    return 0;
  }
  const char *q;
  int v = chinese_numeral(s, &q);
  if (v && tb_lo_starts(q, "、")) return v;
  return 0;
}

bool tb_layout_find_jump(const char *s, size_t *start, size_t *end, bool *to) {
  static const char *const keys[] = {"下转", "上接", "转第", "接第", "转至"};
  for (size_t k = 0; k < COUNT(keys); k++) {
    for (const char *p = strstr(s, keys[k]); p; p = strstr(p + 1, keys[k])) {
      const char *q = p + strlen(keys[k]);
      /* up to a few digits, numerals, 第 and spaces, then 版 */
      int steps = 0;
      while (*q && steps < 8 && !tb_lo_starts(q, "版")) {
        uint32_t cp;
        size_t used = tb_utf8_decode(q, strlen(q), &cp);
        if (!used) break;
        bool ok = (cp >= '0' && cp <= '9') || cp == ' ' || cp == 0x7B2C /* 第 */ ||
                  (cp >= 0xFF10 && cp <= 0xFF19) || tb_lo_starts(q, "一") ||
                  tb_lo_starts(q, "二") || tb_lo_starts(q, "三") || tb_lo_starts(q, "四") ||
                  tb_lo_starts(q, "五") || tb_lo_starts(q, "六") || tb_lo_starts(q, "七") ||
                  tb_lo_starts(q, "八") || tb_lo_starts(q, "九") || tb_lo_starts(q, "十") ||
                  (cp >= 'A' && cp <= 'Z');
        if (!ok) break;
        q += used;
        steps++;
      }
      if (!tb_lo_starts(q, "版") || steps == 0) continue;
      q += strlen("版");
      const char *a = p;
      if (k >= 2 && a > s) {
        /* 转第/接第 inside 下转第/上接第 was found by the first keys already */
        if (a - s >= 3 && (tb_lo_starts(a - 3, "下") || tb_lo_starts(a - 3, "上"))) continue;
      }
      bool bracket = false;
      if (a - s >= 3 && tb_lo_starts(a - 3, "（"))
        a -= 3, bracket = true;
      else if (a > s && a[-1] == '(')
        a -= 1, bracket = true;
      if (bracket) {
        if (tb_lo_starts(q, "）"))
          q += 3;
        else if (*q == ')')
          q += 1;
      } else if (a != s && *q) {
        continue; /* an unbracketed marker must stand at a line edge */
      }
      *start = (size_t)(a - s);
      *end = (size_t)(q - s);
      *to = k != 1 && k != 3;
      return true;
    }
  }
  return false;
}

bool tb_layout_is_label_line(const char *s) {
  size_t chars = tb_utf8_length(s);
  if (chars > 40) return false;
  size_t idx = 0;
  for (const char *p = s; *p && idx <= 8; idx++) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used) return false;
    /* "9:00" is a time, not a label */
    if (cp == ':' && p > s && p[-1] >= '0' && p[-1] <= '9') return false;
    if ((cp == 0xFF1A || cp == ':') && idx >= 2) return p[used] != '\0';
    p += used;
  }
  return false;
}

enum { NAME_CHARS_MIN = 2, NAME_CHARS_MAX = 3, NAMES_LABEL_CHARS = 8 };

size_t tb_layout_names_in_line(const char *s, bool *labelled) {
  *labelled = false;
  const char *colon = strstr(s, "：");
  if (colon) {
    char *label = tb_xstrndup(s, (size_t)(colon - s));
    size_t chars = tb_utf8_length(label);
    bool plain = chars >= 2 && chars <= NAMES_LABEL_CHARS && !has_clause_punct(label) &&
                 !strpbrk(label, " 0123456789");
    free(label);
    if (!plain) return 0;
    *labelled = true;
    s = colon + strlen("：");
  }
  size_t names = 0;
  for (const char *w = skip_spaces(s); *w; w = skip_spaces(w)) {
    size_t chars = 0;
    while (*w && *w != ' ' && !tb_lo_starts(w, "\u3000")) {
      uint32_t cp;
      size_t used = tb_utf8_decode(w, strlen(w), &cp);
      if (!used || (!tb_is_hanzi(cp) && cp != 0xB7)) return 0; /* 阿依·买买提 */
      chars++;
      w += used;
    }
    if (chars < NAME_CHARS_MIN || chars > NAME_CHARS_MAX) return 0;
    names++;
  }
  return names;
}

bool tb_layout_ends_with_function_word(const char *s) {
  static const char *const words[] = {"的", "和", "与", "及", "在", "把", "将", "对", "从",
                                      "向", "被", "让", "使", "或", "而", "并", "于", "以",
                                      "由", "其", "之", "等", "着", "地", "得"};
  /* words that end in one of those characters and are whole in themselves ("…近千名读者参与",
   * "…项目落地", "…知识普及") */
  static const char *const whole[] = {"参与", "落地", "基地", "各地", "土地", "绿地", "湿地",
                                      "场地", "园地", "阵地", "普及", "目的", "自由", "理由",
                                      "礼让", "转让", "方向", "导向", "走向", "所在", "自在",
                                      "平和", "祥和", "温和", "缓和", "难得", "心得"};
  return tb_lo_ends_any(s, words, COUNT(words)) && !tb_lo_ends_any(s, whole, COUNT(whole));
}

bool tb_layout_is_kicker_shape(const char *s) {
  static const char *const ends[] = {"：", ":", "强调", "表示", "指出", "——"};
  return tb_lo_ends_any(s, ends, COUNT(ends));
}

bool tb_layout_is_attendance_line(const char *s) {
  /* "孟景伟主持并点评 郑皓赵玉影张德启参加", "姜广智郑皓刘天文出席": who led and who attended, a
   * subtitle of its own under the title of a meeting story */
  static const char *const ends[] = {"出席", "参加", "主持", "陪同",
                                     "点评", "致辞", "讲话", "参会"};
  return tb_utf8_length(s) <= 40 && tb_lo_ends_any(s, ends, COUNT(ends));
}

bool tb_layout_has_split_title(const char *s) {
  /* a space between two hanzi, outside quotes and brackets: the halves of a title printed on
   * one line ("搭建交流平台 提高服务水平"); the line is a whole title, not half of one */
  int depth = 0;
  uint32_t prev = 0;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) return false;
    i += used;
    if (cp == 0x300A || cp == 0x201C || cp == 0xFF08 || cp == 0x300C || cp == '(') depth++;
    if ((cp == 0x300B || cp == 0x201D || cp == 0xFF09 || cp == 0x300D || cp == ')') && depth > 0)
      depth--;
    if ((cp == ' ' || cp == 0x3000) && !depth && tb_is_hanzi(prev) && i < n) {
      uint32_t next;
      if (tb_utf8_decode(s + i, n - i, &next) && tb_is_hanzi(next)) return true;
    }
    prev = cp;
  }
  return false;
}

bool tb_layout_is_bullet_rubric(const char *s) {
  const char *t = skip_spaces(s), *named = skip_bullets(t);
  size_t chars = tb_utf8_length(named);
  return named != t && chars >= 2 && chars <= 4;
}

const char *tb_layout_after_bullet(const char *s) {
  return skip_bullets(s);
}

bool tb_layout_is_bullet_title(const char *s) {
  const char *t = skip_spaces(s), *named = skip_bullets(t);
  uint32_t last = tb_lo_last_cp(named); /* "…不要在室内、": a clause goes on below */
  if (named == t || tb_lo_ends_sentence(named) || strstr(named, "，") || strstr(named, "。") ||
      last == 0x3001 || last == 0xFF1B || last == 0xFF1A)
    return false;
  size_t chars = tb_utf8_length(named);
  return chars >= 5 && chars <= 30 && !tb_layout_is_byline_line(t);
}
