/* The SSML text eSpeak reads for a reading: only ASCII pinyin, capital letters, full-width
 * pause marks and SSML tags, so no hanzi can reach eSpeak (it would read them as English). */
#include "speech_internal.h"

#include <stdlib.h>
#include <string.h>

/* What a run of punctuation asks for, strongest first; eSpeak's pause lengths are in NOTES.md. */
typedef enum {
  MARK_NONE,
  MARK_COMMA,
  MARK_SEMICOLON,
  MARK_PERIOD,
  MARK_QUESTION,
  MARK_EXCLAIM
} mark_class;

typedef struct {
  tb_break level;
  mark_class mark;
} pause;

static mark_class classify_punct(const char *text) {
  mark_class best = MARK_NONE;
  size_t n = strlen(text);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(text + i, n - i, &cp);
    if (!used) break;
    i += used;
    mark_class c = MARK_NONE;
    switch (cp) {
    case 0xFF1F:
    case '?':
      c = MARK_QUESTION;
      break;
    case 0xFF01:
    case '!':
      c = MARK_EXCLAIM;
      break;
    case 0x3002:
    case '.':
    case 0xFF0E:
      c = MARK_PERIOD;
      break;
    case 0xFF1B:
    case ';':
    case 0xFF1A:
    case ':':
      c = MARK_SEMICOLON;
      break;
    case 0xFF0C:
    case ',':
    case 0x3001:
    case 0x2026:
    case 0x2014:
    case 0x2013:
    case 0xFF5E:
      c = MARK_COMMA;
      break;
    default:
      break; /* quotes, brackets, 《》, ·: no pause of their own */
    }
    if (c > best) best = c;
  }
  return best;
}

static tb_break implied_level(mark_class m) {
  if (m >= MARK_PERIOD) return TB_BREAK_SENTENCE;
  if (m >= MARK_COMMA) return TB_BREAK_PHRASE;
  return TB_BREAK_NONE;
}

static void raise_pause(pause *p, tb_break level, mark_class mark) {
  if (level > p->level) p->level = level;
  if (mark > p->mark) p->mark = mark;
  tb_break implied = implied_level(mark);
  if (implied > p->level) p->level = implied;
}

static void put_pause(tb_strbuf *sb, pause p) {
  switch (p.level) {
  case TB_BREAK_NONE:
    break;
  case TB_BREAK_WORD:
    tb_strbuf_putc(sb, ' ');
    break;
  case TB_BREAK_PHRASE:
    tb_strbuf_puts(sb, p.mark == MARK_SEMICOLON ? "；" : "，");
    break;
  case TB_BREAK_SENTENCE:
  case TB_BREAK_PARAGRAPH:
    tb_strbuf_puts(sb, p.mark == MARK_QUESTION ? "？" : p.mark == MARK_EXCLAIM ? "！" : "。");
    tb_strbuf_printf(sb, "<break time=\"%dms\"/>",
                     p.level == TB_BREAK_PARAGRAPH ? TB_SPEECH_PARAGRAPH_PAUSE_MS
                                                   : TB_SPEECH_SENTENCE_PAUSE_MS);
    break;
  }
}

/* Erhua. The front end gives the suffix 儿 its citation syllable (花儿 "hua1 er2"), which eSpeak
 * reads as a full second syllable with a rising tone (+200 ms). Written as the syllable plus a
 * trailing r ("hua1r"), eSpeak NG 1.51 reads a short neutral-tone ər after it (+80 ms, pitch by
 * the neutral-tone rule: high after tone 3) and merges e + r into one rhotic vowel (zhe4r → ts.@r).
 * It has no rhotic coda to make every case one syllable (its cmn phoneme r is a trill). As in
 * speech, the nasal coda of an/ian/uan/üan and the i of ai/uai/ui fall before r (一点儿 dia3r,
 * 一块儿 kua4r, 一会儿 hu4r). */
static const char *const erhua_exceptions[] = {
    /* words in which 儿 is a morpheme of its own, read er2 */
    "女儿", "婴儿", "孤儿", "幼儿", "健儿", "少儿", "胎儿", "患儿", "男儿", "宠儿",
    "育儿", "生儿", "产儿", "弃儿", "运儿", "血儿", "侄儿", "孙儿", "托儿", "乞儿",
};

static size_t syllable_count(const char *pinyin) {
  size_t count = 0;
  bool in = false;
  for (const char *p = pinyin; *p; p++) {
    bool space = *p == ' ';
    if (!space && !in) count++;
    in = !space;
  }
  return count;
}

static bool ends_with(const char *text, const char *suffix) {
  size_t n = strlen(text), m = strlen(suffix);
  return n >= m && memcmp(text + n - m, suffix, m) == 0;
}

/* True when hanzi (the spoken form) and pinyin (one syllable per hanzi) end in the suffix 儿 of
 * a word of two or more syllables. */
bool tb_speech_is_erhua(const char *hanzi, const char *pinyin) {
  if (!hanzi || !pinyin || !ends_with(hanzi, "儿")) return false;
  size_t syllables = syllable_count(pinyin);
  if (syllables < 2 || syllables != tb_utf8_length(hanzi)) return false;
  const char *last = strrchr(pinyin, ' ');
  if (!last || strncmp(last + 1, "er", 2) != 0 || (last[3] && !(last[3] >= '1' && last[3] <= '5')))
    return false;
  for (size_t i = 0; i < sizeof erhua_exceptions / sizeof *erhua_exceptions; i++)
    if (ends_with(hanzi, erhua_exceptions[i])) return false;
  return true;
}

/* Rewrites the toneless syllable at syl (NUL-terminated, in place) for a following r. */
static void erhua_coda(char *syl) {
  size_t n = strlen(syl);
  if (n >= 3 && ends_with(syl, "an") && !ends_with(syl, "ang"))
    syl[n - 1] = '\0'; /* an ian uan van → a ia ua va */
  else if (n >= 3 && (ends_with(syl, "ai") || ends_with(syl, "ui")))
    syl[n - 1] = '\0'; /* (u)ai → (u)a, ui → u */
}

/* Appends pinyin syllables joined into one eSpeak word: "yin2 hang2" → "yin2hang2". Keeps only
 * ASCII letters and tone digits; ü becomes v as cmn-latn-pinyin wants. With erhua, the last
 * syllable (er) becomes an r after the one before it: "hua1 er2" → "hua1r". */
static void put_pinyin(tb_strbuf *sb, const char *pinyin, bool erhua) {
  tb_strbuf clean;
  tb_strbuf_init(&clean);
  size_t n = strlen(pinyin);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(pinyin + i, n - i, &cp);
    if (!used) {
      i++;
      continue;
    }
    i += used;
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (cp == 0xFC || cp == 0xDC) cp = 'v';
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '5') || cp == ' ')
      tb_strbuf_putc(&clean, (char)cp);
  }
  char *text = tb_strbuf_take(&clean);
  char *last = erhua ? strrchr(text, ' ') : NULL;
  if (last) {
    *last = '\0'; /* drop "er2" */
    char *prev = strrchr(text, ' ');
    prev = prev ? prev + 1 : text;
    size_t len = strlen(prev);
    char tone = len && prev[len - 1] >= '1' && prev[len - 1] <= '5' ? prev[len - 1] : '\0';
    if (tone) prev[len - 1] = '\0';
    erhua_coda(prev);
    size_t at = strlen(prev);
    if (tone) prev[at++] = tone;
    prev[at++] = 'r';
    prev[at] = '\0'; /* fits: the dropped " er…" followed */
  }
  for (const char *p = text; *p; p++)
    if (*p != ' ') tb_strbuf_putc(sb, *p);
  free(text);
}
/* A number the front end left without pinyin: digit by digit, never as ASCII digits (which
 * eSpeak would read in English). */
static void put_digits(tb_strbuf *sb, const char *text) {
  static const char *const names[] = {"ling2", "yi1",  "er4", "san1", "si4",
                                      "wu3",   "liu4", "qi1", "ba1",  "jiu3"};
  for (const char *p = text; *p; p++) {
    if (*p >= '0' && *p <= '9')
      tb_strbuf_puts(sb, names[*p - '0']);
    else if (*p == '.')
      tb_strbuf_puts(sb, "dian3");
  }
}

bool tb_speech_latin_append(tb_strbuf *sb, const char *text, bool in_phrase) {
  size_t letters = 0, lower = 0, vowels = 0;
  for (const char *p = text; *p; p++) {
    char c = *p;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    letters++;
    if (c >= 'a' && c <= 'z') lower++;
    if (strchr("aeiouyAEIOUY", c)) vowels++;
  }
  if (letters == 0) return false;
  /* Acronyms (CEO, AI), short words (app: Mandarin speakers say A P P) and vowel-less runs
   * (www) are spelled: eSpeak gives single capitals their Chinese letter names. Longer words,
   * and short ones inside an English phrase (of, the), are read as words. */
  bool as_word = lower > 0 && vowels > 0 && (letters >= 4 || in_phrase);
  bool first = true;
  for (const char *p = text; *p; p++) {
    char c = *p;
    bool is_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!is_letter) {
      if (as_word && !first) tb_strbuf_putc(sb, ' '), first = true;
      continue;
    }
    if (as_word) {
      tb_strbuf_putc(sb, (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
    } else {
      if (!first) tb_strbuf_putc(sb, ' ');
      tb_strbuf_putc(sb, (char)(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c));
    }
    first = false;
  }
  return as_word;
}

static bool has_lower(const tb_token *t) {
  if (t->kind != TB_TOKEN_LATIN || !t->text) return false;
  for (const char *p = t->text; *p; p++)
    if (*p >= 'a' && *p <= 'z') return true;
  return false;
}

/* Appends what token i says; returns false when it says nothing. */
static bool put_token(tb_strbuf *sb, const tb_reading *r, size_t i, bool *latin) {
  const tb_token *t = &r->tokens[i];
  size_t before = sb->len;
  *latin = false;
  if (t->kind == TB_TOKEN_PUNCT) return false;
  if (t->pinyin_speech && *t->pinyin_speech) {
    put_pinyin(sb, t->pinyin_speech,
               t->kind == TB_TOKEN_HANZI &&
                   tb_speech_is_erhua(t->spoken ? t->spoken : t->text, t->pinyin_speech));
  } else if (t->kind == TB_TOKEN_LATIN && t->text) {
    bool in_phrase = (i > 0 && has_lower(&r->tokens[i - 1])) ||
                     (i + 1 < r->token_count && has_lower(&r->tokens[i + 1]));
    tb_speech_latin_append(sb, t->text, in_phrase);
    *latin = true;
  } else if (t->kind == TB_TOKEN_NUMBER && t->text) {
    put_digits(sb, t->text);
  }
  /* Symbols without a reading are left out: their surface is not pinyin. */
  return sb->len > before;
}

static void put_sentence(tb_strbuf *sb, const tb_reading *r, size_t s, pause *pending,
                         bool *said_any) {
  const tb_sentence *sent = &r->sentences[s];
  bool prev_latin = false, said_here = false;
  tb_strbuf_printf(sb, "<mark name=\"s%zu\"/>", s);
  for (size_t i = 0; i < sent->token_count && sent->first_token + i < r->token_count; i++) {
    size_t index = sent->first_token + i;
    const tb_token *t = &r->tokens[index];
    if (t->kind == TB_TOKEN_PUNCT) {
      raise_pause(pending, t->break_after, classify_punct(t->spoken ? t->spoken : t->text));
      continue;
    }
    tb_strbuf word;
    tb_strbuf_init(&word);
    bool latin;
    if (put_token(&word, r, index, &latin)) {
      /* Spelled letters must not fuse with pinyin into one eSpeak word. */
      if (said_here && pending->level == TB_BREAK_NONE && (latin || prev_latin))
        pending->level = TB_BREAK_WORD;
      if (said_here) put_pause(sb, *pending);
      tb_strbuf_append(sb, word.data, word.len);
      *said_any = said_here = true;
      prev_latin = latin;
      *pending = (pause){TB_BREAK_NONE, MARK_NONE};
    }
    tb_strbuf_free(&word);
    raise_pause(pending, t->break_after, MARK_NONE);
  }
}

char *tb_speech_markup(const tb_reading *reading) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "<speak>");
  pause pending = {TB_BREAK_NONE, MARK_NONE};
  bool said_any = false;
  for (size_t s = 0; s < reading->sentence_count; s++) {
    if (s > 0 && said_any) {
      /* Every sentence ends in a full stop (eSpeak's clause intonation needs one), and a new
       * paragraph gets a longer pause. */
      tb_break end = reading->sentences[s].paragraph != reading->sentences[s - 1].paragraph
                         ? TB_BREAK_PARAGRAPH
                         : TB_BREAK_SENTENCE;
      raise_pause(&pending, end, MARK_NONE);
      put_pause(&sb, pending);
      pending = (pause){TB_BREAK_NONE, MARK_NONE};
    }
    put_sentence(&sb, reading, s, &pending, &said_any);
  }
  if (said_any) {
    /* The last sentence ends too, but trailing silence is the caller's (tb_pcm_append). */
    mark_class m = pending.mark;
    tb_strbuf_puts(&sb, m == MARK_QUESTION ? "？" : m == MARK_EXCLAIM ? "！" : "。");
  }
  tb_strbuf_puts(&sb, "</speak>");
  return tb_strbuf_take(&sb);
}

bool tb_speech_latin_is_word(const char *text, bool in_phrase) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  bool word = tb_speech_latin_append(&sb, text, in_phrase);
  tb_strbuf_free(&sb);
  return word;
}
