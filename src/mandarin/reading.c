/* tb_mandarin_read: paragraphs → pieces → words → pinyin → sandhi → tokens and sentences. */
#include "mandarin_internal.h"

#include <stdlib.h>
#include <string.h>

/* A token while it is being built: syllable ids live in an arena array. */
typedef struct {
  tb_token tok;
  uint16_t *syl; /* citation syllables (arena) */
  uint16_t *speech;
  uint16_t *weak; /* the neutral tone speech says where syl holds the citation tone (arena) */
  uint32_t *cps;  /* the spoken form's code points, one per syllable (arena) */
  size_t nsyl;
  bool no_sandhi;
  bool ends;
  bool opens;
} draft;

typedef struct {
  tb_mandarin *m;
  tb_arena *arena;
  draft *drafts;
  size_t count, cap;
} builder;

static draft *add_draft(builder *b) {
  tb_grow((void **)&b->drafts, &b->cap, b->count + 1, sizeof *b->drafts);
  draft *d = &b->drafts[b->count++];
  memset(d, 0, sizeof *d);
  d->tok.break_after = TB_BREAK_WORD;
  return d;
}

/* Pinyin of a spoken form written in hanzi (numbers, symbols): segmented like text, without
 * context rules; non-hanzi characters (a Latin letter in 5G) get no syllable. */
static void spoken_syllables(builder *b, draft *d) {
  const tb_lexicon *lex = &b->m->lex;
  tb_char *chars;
  size_t n = tb_mandarin_decode(b->m, d->tok.spoken, strlen(d->tok.spoken), &chars);
  d->syl = tb_arena_alloc(b->arena, (n + 1) * sizeof *d->syl);
  d->cps = tb_arena_alloc(b->arena, (n + 1) * sizeof *d->cps);
  size_t *lens = tb_xmalloc((n + 1) * sizeof *lens);
  for (size_t i = 0; i < n;) {
    size_t k = i;
    while (k < n && tb_is_hanzi(chars[k].norm) && tb_lexicon_char_reading(lex, chars[k].norm))
      k++;
    if (k == i) {
      i++;
      continue;
    }
    size_t words = tb_mandarin_segment(lex, chars + i, k - i, lens, NULL);
    for (size_t w = 0, at = i; w < words; at += lens[w], w++) {
      tb_mandarin_word_pinyin(lex, chars + at, lens[w], NULL, d->syl + d->nsyl);
      for (size_t c = 0; c < lens[w]; c++)
        d->cps[d->nsyl + c] = chars[at + c].norm;
      d->nsyl += lens[w];
    }
    i = k;
  }
  free(lens);
  free(chars);
}

/* Per-character analysis of one paragraph, shared with the polyphone rules. */
typedef struct {
  uint32_t *cps;
  uint16_t *syl;
  uint32_t *word_first;
  uint8_t *word_len;
  bool *from_word;
  uint16_t *weak; /* neutral-tone syllable the lexicon gave, where syl now holds the full tone */
} char_info;

static bool readable(const tb_lexicon *lex, const tb_char *c) {
  return tb_is_hanzi(c->norm) &&
         (tb_lexicon_char_reading(lex, c->norm) || tb_lexicon_char_reading(lex, c->cp));
}

/* Segments every run of readable hanzi (the normalizer's HANZI pieces are exactly these runs),
 * gives each word its lexicon pinyin, then lets the polyphone rules look at the context. */
static void analyse_hanzi(tb_mandarin *m, const tb_char *chars, size_t n, char_info *ci) {
  const tb_lexicon *lex = &m->lex;
  size_t *lens = tb_xmalloc((n + 1) * sizeof *lens);
  const tb_lex_slot **slots = tb_xmalloc((n + 1) * sizeof *slots);
  for (size_t i = 0; i < n; i++) {
    ci->cps[i] = chars[i].norm;
    ci->word_first[i] = (uint32_t)i;
    ci->word_len[i] = 1;
  }
  for (size_t i = 0; i < n;) {
    size_t end = i;
    while (end < n && readable(lex, &chars[end]))
      end++;
    if (end == i) {
      i++;
      continue;
    }
    size_t words = tb_mandarin_segment(lex, chars + i, end - i, lens, slots);
    size_t at = i;
    for (size_t w = 0; w < words; w++) {
      bool known = tb_mandarin_word_pinyin(lex, chars + at, lens[w], slots[w], ci->syl + at);
      for (size_t c = 0; c < lens[w]; c++) {
        if (!ci->syl[at + c]) ci->syl[at + c] = tb_lexicon_char_reading(lex, chars[at + c].cp);
        ci->word_first[at + c] = (uint32_t)at;
        ci->word_len[at + c] = (uint8_t)(lens[w] > 255 ? 255 : lens[w]);
        ci->from_word[at + c] = known;
        uint16_t full = known ? tb_mandarin_full_tone(lex, chars[at + c].norm, ci->syl[at + c]) : 0;
        if (full) {
          ci->weak[at + c] = ci->syl[at + c];
          ci->syl[at + c] = full;
        }
      }
      at += lens[w];
    }
    i = end;
  }
  free(lens);
  free(slots);
  tb_poly_context ctx = {.cps = ci->cps,
                         .syl = ci->syl,
                         .word_first = ci->word_first,
                         .word_len = ci->word_len,
                         .from_word = ci->from_word,
                         .ruled = tb_xcalloc(n + 1, sizeof(bool)),
                         .n = n};
  uint16_t *before = tb_xmalloc((n + 1) * sizeof *before);
  memcpy(before, ci->syl, (n + 1) * sizeof *before);
  tb_polyphone_apply(&m->poly, &ctx);
  tb_model_apply(&m->lex, &ctx);
  free(ctx.ruled);
  /* A rule that chose another syllable also decides what speech says; one that only gave a
   * neutral syllable its own tone (识 in 知识) changes the citation form alone. */
  for (size_t i = 0; i < n; i++) {
    if (ci->syl[i] == before[i]) continue;
    uint16_t lexical = ci->weak[i] ? ci->weak[i] : before[i];
    bool retone = tb_syl_tone(lexical) == 5 &&
                  tb_syl_with_tone(lexical, 1) == tb_syl_with_tone(ci->syl[i], 1);
    ci->weak[i] = retone ? lexical : 0;
  }
  free(before);
}

static void char_info_init(char_info *ci, size_t n) {
  ci->cps = tb_xcalloc(n + 1, sizeof *ci->cps);
  ci->syl = tb_xcalloc(n + 1, sizeof *ci->syl);
  ci->word_first = tb_xcalloc(n + 1, sizeof *ci->word_first);
  ci->word_len = tb_xcalloc(n + 1, sizeof *ci->word_len);
  ci->from_word = tb_xcalloc(n + 1, sizeof *ci->from_word);
  ci->weak = tb_xcalloc(n + 1, sizeof *ci->weak);
}

static void char_info_free(char_info *ci) {
  free(ci->cps);
  free(ci->syl);
  free(ci->word_first);
  free(ci->word_len);
  free(ci->from_word);
  free(ci->weak);
}

void tb_mandarin_char_pinyin(tb_mandarin *m, const char *text, size_t len, tb_strbuf *out) {
  tb_char *chars;
  size_t n = tb_mandarin_decode(m, text, len, &chars);
  char_info ci;
  char_info_init(&ci, n);
  analyse_hanzi(m, chars, n, &ci);
  for (size_t i = 0; i < n; i++) {
    if (tb_mandarin_is_white(chars[i].cp)) continue;
    if (out->len) tb_strbuf_putc(out, ' ');
    if (ci.syl[i] && tb_is_hanzi(chars[i].norm)) {
      tb_strbuf_puts(out, tb_lexicon_syllable(&m->lex, ci.syl[i]));
    } else if (chars[i].cp == 0xFFFD && chars[i].len == 1) {
      tb_strbuf_append(out, "\xEF\xBF\xBD", 3); /* a byte that is not UTF-8 */
    } else {
      tb_strbuf_append(out, text + chars[i].off, chars[i].len);
    }
  }
  char_info_free(&ci);
  free(chars);
}

static const char *surface(builder *b, const char *text, const tb_char *chars, size_t first,
                           size_t count) {
  size_t a = chars[first].off, e = chars[first + count - 1].off + chars[first + count - 1].len;
  return tb_arena_strndup(b->arena, text + a, e - a);
}

static void read_paragraph(builder *b, const char *text, uint32_t para) {
  tb_char *chars;
  size_t n = tb_mandarin_decode(b->m, text, strlen(text), &chars);
  tb_piece *pieces;
  size_t np = tb_mandarin_pieces(b->m, chars, n, text, b->arena, &pieces);
  char_info ci;
  char_info_init(&ci, n);
  analyse_hanzi(b->m, chars, n, &ci);
  for (size_t p = 0; p < np; p++) {
    const tb_piece *pc = &pieces[p];
    if (pc->kind == TB_TOKEN_HANZI) {
      for (size_t at = pc->first; at < pc->first + pc->count; at += ci.word_len[at]) {
        size_t len = ci.word_len[at];
        draft *d = add_draft(b);
        d->tok.kind = TB_TOKEN_HANZI;
        d->tok.text = surface(b, text, chars, at, len);
        d->tok.spoken = d->tok.text;
        d->syl = tb_arena_alloc(b->arena, len * sizeof *d->syl);
        d->cps = tb_arena_alloc(b->arena, len * sizeof *d->cps);
        memcpy(d->syl, ci.syl + at, len * sizeof *d->syl);
        d->weak = tb_arena_alloc(b->arena, len * sizeof *d->weak);
        memcpy(d->weak, ci.weak + at, len * sizeof *d->weak);
        memcpy(d->cps, ci.cps + at, len * sizeof *d->cps);
        d->nsyl = len;
        d->tok.paragraph = para;
      }
      continue;
    }
    draft *d = add_draft(b);
    d->tok.kind = pc->kind;
    d->tok.text = surface(b, text, chars, pc->first, pc->count);
    d->tok.spoken = pc->spoken;
    d->tok.paragraph = para;
    d->no_sandhi = pc->no_sandhi;
    d->ends = pc->ends_sentence;
    d->opens = pc->opens;
    if (pc->kind == TB_TOKEN_PUNCT)
      d->tok.break_after = pc->brk;
    else if (pc->kind != TB_TOKEN_LATIN)
      spoken_syllables(b, d);
    if (pc->brk == TB_BREAK_NONE) d->tok.break_after = TB_BREAK_NONE;
  }
  char_info_free(&ci);
  free(chars);
}

/* Sandhi runs over a phrase: the syllables between two phrase-level marks. */
static void apply_sandhi(builder *b, size_t from, size_t to) {
  size_t total = 0;
  for (size_t t = from; t < to; t++)
    total += b->drafts[t].nsyl;
  if (total == 0) return;
  uint16_t *syl = tb_xmalloc(total * sizeof *syl);
  uint32_t *cps = tb_xmalloc(total * sizeof *cps);
  bool *word_end = tb_xcalloc(total, sizeof *word_end);
  bool *keep = tb_xcalloc(total, sizeof *keep);
  size_t k = 0;
  for (size_t t = from; t < to; t++) {
    draft *d = &b->drafts[t];
    for (size_t s = 0; s < d->nsyl; s++, k++) {
      syl[k] = d->weak && d->weak[s] ? d->weak[s] : d->syl[s];
      cps[k] = d->cps[s];
      keep[k] = d->no_sandhi;
    }
    if (d->nsyl) word_end[k - 1] = true;
  }
  tb_mandarin_sandhi(&b->m->lex, cps, syl, word_end, keep, total);
  k = 0;
  for (size_t t = from; t < to; t++) {
    draft *d = &b->drafts[t];
    d->speech = tb_arena_alloc(b->arena, (d->nsyl + 1) * sizeof *d->speech);
    memcpy(d->speech, syl + k, d->nsyl * sizeof *syl);
    k += d->nsyl;
  }
  free(syl);
  free(cps);
  free(word_end);
  free(keep);
}

static const char *join(builder *b, const uint16_t *ids, size_t n) {
  if (!ids || n == 0) return "";
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t i = 0; i < n; i++) {
    const char *s = tb_lexicon_syllable(&b->m->lex, ids[i]);
    if (!*s) continue;
    if (sb.len) tb_strbuf_putc(&sb, ' ');
    tb_strbuf_puts(&sb, s);
  }
  const char *out = tb_arena_strdup(b->arena, tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  return out;
}

static bool is_closer(const draft *d) {
  return d->tok.kind == TB_TOKEN_PUNCT && !d->opens && !d->ends &&
         d->tok.break_after == TB_BREAK_WORD;
}

/* Sentences end after 。！？ and the closing quotes or brackets that follow them. */
/* Sentences end after 。！？ and the closing quotes or brackets that follow them. */
static void assign_sentences(builder *b, tb_reading *r, size_t para_first, size_t para_end,
                             uint32_t para, size_t *cap) {
  size_t start = para_first;
  bool pending = false; /* a sentence mark seen, possibly followed by closers */
  for (size_t t = para_first; t < para_end; t++) {
    const draft *d = &b->drafts[t];
    if (d->ends)
      pending = true;
    else if (!is_closer(d))
      pending = false;
    bool last = t + 1 == para_end;
    bool boundary = pending && !last && !b->drafts[t + 1].ends && !is_closer(&b->drafts[t + 1]);
    if (!boundary && !last) continue;
    tb_grow((void **)&r->sentences, cap, r->sentence_count + 1, sizeof *r->sentences);
    tb_sentence *s = &r->sentences[r->sentence_count];
    s->first_token = start;
    s->token_count = t + 1 - start;
    s->paragraph = para;
    for (size_t k = start; k <= t; k++) {
      b->drafts[k].tok.sentence = (uint32_t)r->sentence_count;
      if (b->drafts[k].ends && k < t) b->drafts[k].tok.break_after = TB_BREAK_NONE;
    }
    b->drafts[t].tok.break_after = last ? TB_BREAK_PARAGRAPH : TB_BREAK_SENTENCE;
    r->sentence_count++;
    start = t + 1;
    pending = false;
  }
}

tb_status tb_mandarin_read(tb_mandarin *m, const char *const *paragraphs, size_t count,
                           tb_reading **out, tb_error *err) {
  *out = NULL;
  if (!m || (count && !paragraphs))
    return tb_error_set(err, TB_ERR_INPUT, "tb_mandarin_read: no lexicon or no paragraphs");
  tb_reading *r = tb_xcalloc(1, sizeof *r);
  r->arena = tb_arena_new();
  builder b = {.m = m, .arena = r->arena};
  size_t sentence_cap = 0;
  for (size_t p = 0; p < count; p++) {
    size_t first = b.count;
    read_paragraph(&b, paragraphs[p] ? paragraphs[p] : "", (uint32_t)p);
    /* phrases for sandhi: split at marks that make a pause */
    size_t from = first;
    for (size_t t = first; t <= b.count; t++) {
      if (t == b.count ||
          (b.drafts[t].tok.kind == TB_TOKEN_PUNCT && b.drafts[t].tok.break_after != TB_BREAK_NONE &&
           b.drafts[t].tok.break_after != TB_BREAK_WORD) ||
          b.drafts[t].tok.kind == TB_TOKEN_LATIN) {
        apply_sandhi(&b, from, t);
        from = t + 1;
      }
    }
    assign_sentences(&b, r, first, b.count, (uint32_t)p, &sentence_cap);
  }
  r->paragraph_count = count;
  r->token_count = b.count;
  r->tokens = tb_arena_alloc(r->arena, (b.count ? b.count : 1) * sizeof *r->tokens);
  for (size_t t = 0; t < b.count; t++) {
    draft *d = &b.drafts[t];
    d->tok.pinyin = join(&b, d->syl, d->nsyl);
    d->tok.pinyin_speech = d->speech ? join(&b, d->speech, d->nsyl) : d->tok.pinyin;
    r->tokens[t] = d->tok;
  }
  free(b.drafts);
  if (r->sentence_count) {
    tb_sentence *s = tb_arena_alloc(r->arena, r->sentence_count * sizeof *s);
    memcpy(s, r->sentences, r->sentence_count * sizeof *s);
    free(r->sentences);
    r->sentences = s;
  }
  *out = r;
  return TB_OK;
}

void tb_reading_free(tb_reading *reading) {
  if (!reading) return;
  tb_arena_free(reading->arena);
  free(reading);
}
