/* PDF extraction artefacts: doubled text runs, letter-spaced justification, wrap hyphens. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

/* The extractor's doubling repeats every text run, punctuation included, so a doubled full-width
 * mark is the cheap sign that a line is worth the quadratic-in-run-length check. */
static bool has_doubled_mark(const char *s) {
  static const char *marks[] = {"，，", "。。", "、、", "““", "””", "（（", "））", "：：", "；；"};
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
    if (strstr(s, marks[i])) return true;
  return false;
}

typedef struct {
  uint32_t *cps;
  size_t n;
} cparray;

static cparray decode_all(const char *s) {
  size_t len = strlen(s);
  cparray a = {tb_xmalloc((len + 1) * sizeof(uint32_t)), 0};
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, len - i, &cp);
    if (!used) used = 1, cp = 0xFFFD;
    a.cps[a.n++] = cp;
    i += used;
  }
  return a;
}

enum { MAX_RUN = 48 };

/* Undoubles "AABBCC" runs when they cover most of the line; otherwise returns false. */
static bool undouble(const cparray *a, tb_strbuf *out) {
  size_t covered = 0, content = 0;
  for (size_t i = 0; i < a->n; i++)
    if (!tb_is_space_cp(a->cps[i])) content++;
  tb_strbuf_clear(out);
  for (size_t i = 0; i < a->n;) {
    size_t found = 0;
    size_t max = (a->n - i) / 2;
    if (max > MAX_RUN) max = MAX_RUN;
    for (size_t len = 1; len <= max && !found; len++)
      if (a->cps[i] == a->cps[i + len] &&
          memcmp(a->cps + i, a->cps + i + len, len * sizeof(uint32_t)) == 0)
        found = len;
    if (found && !tb_is_space_cp(a->cps[i])) {
      for (size_t k = 0; k < found; k++)
        tb_strbuf_put_codepoint(out, a->cps[i + k]);
      covered += 2 * found;
      i += 2 * found;
    } else {
      tb_strbuf_put_codepoint(out, a->cps[i]);
      i++;
    }
  }
  return content > 0 && covered * 10 >= content * 7;
}

static bool wide(uint32_t cp) {
  return tb_is_hanzi(cp) || tb_is_cjk_punctuation(cp) || cp >= 0x3000;
}

/* Justified lines come out as "此 次 联 合": when most hanzi stand apart, close the gaps between
 * wide characters (a single space between two headline phrases is left alone). */
static void close_letter_spacing(const cparray *a, tb_strbuf *out) {
  size_t triples = 0, hanzi = 0;
  for (size_t i = 0; i < a->n; i++) {
    if (tb_is_hanzi(a->cps[i])) hanzi++;
    if (i >= 1 && i + 1 < a->n && a->cps[i] == ' ' && wide(a->cps[i - 1]) && wide(a->cps[i + 1]))
      triples++;
  }
  /* a short name set letter-spaced ("顺 义 报"): every character wide, every gap one space */
  size_t glyphs = 0;
  bool all_wide = true;
  for (size_t i = 0; i < a->n; i++) {
    if (a->cps[i] == ' ') continue;
    glyphs++;
    if (!wide(a->cps[i])) all_wide = false;
  }
  bool name_spaced = all_wide && triples >= 2 && triples + 1 == glyphs && glyphs == hanzi;
  bool spaced = (triples >= 3 && triples * 5 >= hanzi * 2) || name_spaced;
  tb_strbuf_clear(out);
  for (size_t i = 0; i < a->n; i++) {
    if (spaced && a->cps[i] == ' ' && i >= 1 && i + 1 < a->n && wide(a->cps[i - 1]) &&
        wide(a->cps[i + 1]))
      continue;
    tb_strbuf_put_codepoint(out, a->cps[i]);
  }
}

static uint32_t full_width_of(uint32_t cp) {
  switch (cp) {
  case ',':
    return 0xFF0C;
  case ';':
    return 0xFF1B;
  case ':':
    return 0xFF1A;
  case '?':
    return 0xFF1F;
  case '!':
    return 0xFF01;
  case '(':
    return 0xFF08;
  case ')':
    return 0xFF09;
  default:
    return 0;
  }
}

static bool chinese_side(uint32_t cp) {
  return tb_is_hanzi(cp) || tb_is_cjk_punctuation(cp);
}

/* Some extractions give Chinese text ASCII punctuation ("东城区,3月"): the page printed full-width
 * marks (the line's measure counts them so) and the font or a normalizing step mapped them down.
 * The layout's evidence (a clause's comma, a label's colon, a bracketed credit) reads full-width
 * marks, and NFKC maps each back, so marks that touch Chinese become full-width again; a space
 * after one goes. A Latin or numeric "3,000" or "http://" keeps its own. */
static void widen_punctuation(cparray *a) {
  size_t open_wide = 0;
  size_t kept = 0;
  for (size_t i = 0; i < a->n; i++) {
    uint32_t cp = a->cps[i], wide_cp = full_width_of(cp);
    uint32_t before = kept ? a->cps[kept - 1] : 0;
    uint32_t after = i + 1 < a->n ? a->cps[i + 1] : 0;
    bool widen = false;
    if (cp == '(')
      widen = chinese_side(before) || chinese_side(after);
    else if (cp == ')')
      widen = open_wide > 0 || chinese_side(before);
    else if (wide_cp)
      widen = chinese_side(before);
    if (widen) {
      if (cp == '(') open_wide++;
      if (cp == ')' && open_wide) open_wide--;
      a->cps[kept++] = wide_cp;
      if (after == ' ' && i + 2 < a->n && chinese_side(a->cps[i + 2])) i++;
      continue;
    }
    a->cps[kept++] = cp;
  }
  a->n = kept;
}

char *tb_layout_clean_line(const char *line) {
  tb_strbuf out;
  tb_strbuf_init(&out);
  cparray a = decode_all(line);
  if (has_doubled_mark(line)) {
    if (undouble(&a, &out)) {
      free(a.cps);
      a = decode_all(tb_strbuf_view(&out));
    }
  }
  widen_punctuation(&a);
  close_letter_spacing(&a, &out);
  free(a.cps);
  return tb_strbuf_take(&out);
}

static bool ascii_letter(uint32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static bool lower_letter(uint32_t cp) {
  return cp >= 'a' && cp <= 'z';
}

void tb_layout_join_wrapped(tb_strbuf *sb, const char *b) {
  bool hyphen = false;
  if (sb->len >= 3 && memcmp(sb->data + sb->len - 3, "\xE2\x81\x83", 3) == 0) {
    sb->len -= 3; /* U+2043 HYPHEN BULLET: the extractor's wrap hyphen */
    hyphen = true;
  } else if (sb->len >= 2 && memcmp(sb->data + sb->len - 2, "\xC2\xAD", 2) == 0) {
    sb->len -= 2; /* soft hyphen */
    hyphen = true;
  } else if (sb->len >= 2 && sb->data[sb->len - 1] == '-' &&
             lower_letter((unsigned char)sb->data[sb->len - 2]) &&
             lower_letter(tb_lo_first_cp(b))) {
    /* "Manufac-" / "turing": an ASCII hyphen between lower-case letters at the line's end
     * breaks one word ("COVID-" / "19", "Seek-R1" keep theirs) */
    sb->len -= 1;
    hyphen = true;
  }
  if (sb->data) sb->data[sb->len] = '\0';
  if (!hyphen && sb->len && ascii_letter(tb_lo_last_cp(tb_strbuf_view(sb))) &&
      ascii_letter(tb_lo_first_cp(b)))
    tb_strbuf_putc(sb, ' ');
  tb_strbuf_puts(sb, b);
}
