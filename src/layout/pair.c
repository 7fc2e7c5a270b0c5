/* Pairs heading units with the bodies they announce and builds the articles.
 *
 * Items come in page order, but a page is not read in that order: headline stacks precede bodies
 * in another order, bodies precede their own headlines, continued parts sit under other stories.
 * So each heading unit is scored against the bodies near it (the share of its bigrams found in
 * the body's opening), with a small bonus for the body right below it; strong matches decide,
 * kickers carry their main title along, weak units follow their neighbours. Bodies that get no
 * heading start an article only with a dateline; otherwise they continue the story before them. */
#include "layout_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
  LEAD_CHARS = 600,  /* a body's opening, where its headline's words recur */
  SPLIT_CHARS = 150, /* the first sentence or two of a paragraph that may start a story */
  FORWARD_BLOCKS = 14,
  BACKWARD_BLOCKS = 8,
  BACKWARD_PARAS = 60,
  CROSSHEAD_CHARS = 24,
  BRACKET_TAG_CHARS = 6, /* "【区情速递】": a column tag in brackets, longer is a title */
  TAG_CHARS = 5,
  COHESION_PARAS = 2, /* paragraphs on each side of a candidate story boundary */
  COLUMN_CHARS = 12,  /* a Markdown column name above the title ("副中心有我·代表有为") */
};
static const double STRONG = 0.4, SPLIT_STRONG = 0.7, NEXT_BONUS = 0.1, HAS_STACK_MALUS = 0.1;
static const double WEAK_CLAIM = 0.1, COLUMN_COVER = 0.25;

typedef enum { BLK_STACK, BLK_SEG, BLK_CAPTION, BLK_JUMP, BLK_NOTE } blk_kind;

typedef struct {
  blk_kind kind;
  size_t first, last;    /* item range, inclusive */
  bool after_stack;      /* the block right before it is a stack */
  bool owned;            /* a strong unit of that stack heads it: no later stack may claim it */
  size_t ufirst, ucount; /* stacks: their units */
  tb_bigrams lead;
} block;

typedef struct {
  size_t item;   /* the heading item */
  size_t stack;  /* block index */
  size_t target; /* first item of the body it heads, or NONE */
  double score;
  bool strong;
} unit;

#define NONE ((size_t)-1)

typedef struct {
  const tb_items *in;
  block *blocks;
  size_t nblocks, cap;
  unit *units;
  size_t nunits, ucap;
  size_t *block_of;     /* item → block */
  tb_bigrams *first_of; /* item → bigrams of its first SPLIT_CHARS, computed when first asked */
  bool *first_done;
} pairing;

static const tb_bigrams *first_bigrams(pairing *p, size_t i) {
  if (!p->first_done[i]) {
    tb_bigrams_of(p->in->items[i].text, SPLIT_CHARS, &p->first_of[i]);
    p->first_done[i] = true;
  }
  return &p->first_of[i];
}

static const tb_item *item(const pairing *p, size_t i) {
  return &p->in->items[i];
}

static void add_block(pairing *p, blk_kind kind, size_t first, size_t last) {
  tb_grow((void **)&p->blocks, &p->cap, p->nblocks + 1, sizeof *p->blocks);
  block *b = &p->blocks[p->nblocks];
  memset(b, 0, sizeof *b);
  b->kind = kind;
  b->first = first;
  b->last = last;
  b->after_stack = p->nblocks > 0 && p->blocks[p->nblocks - 1].kind == BLK_STACK;
  for (size_t i = first; i <= last; i++)
    p->block_of[i] = p->nblocks;
  p->nblocks++;
}

/* Text from item `from` on, at most max chars: a body's opening. It reads on over crossheads
 * (stacks) and undated text, and stops where another story or a caption starts. */
static char *opening(const pairing *p, size_t from, size_t max) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t chars = 0;
  for (size_t i = from; i < p->in->count && chars < max; i++) {
    const tb_item *it = item(p, i);
    if (i > from && item(p, from)->kind == TB_ITEM_CAPTION) break;
    if (i > from && it->kind == TB_ITEM_PARA && (it->dateline || it->jump_from)) break;
    if (i > from && (it->kind == TB_ITEM_CAPTION || it->kind == TB_ITEM_JUMP_TO)) break;
    /* an editor's note opens the next story */
    if (i > from && it->kind == TB_ITEM_EDNOTE) break;
    if (it->kind == TB_ITEM_PARA || it->kind == TB_ITEM_CAPTION) {
      tb_strbuf_puts(&sb, it->text);
      tb_strbuf_putc(&sb, '\n');
      chars += tb_utf8_length(it->text);
    }
  }
  return tb_strbuf_take(&sb);
}

/* Splits items into blocks: stacks of headings (with bylines among them), body segments (a new
 * one at each dateline or continued part), captions, jump markers and editor's notes. */
static void build_blocks(pairing *p) {
  const tb_items *in = p->in;
  for (size_t i = 0; i < in->count;) {
    const tb_item *it = &in->items[i];
    size_t j = i + 1;
    switch (it->kind) {
    case TB_ITEM_HEADING:
      /* a title that opens a new page starts a stack of its own: the one above ends its page */
      while (j < in->count &&
             ((in->items[j].kind == TB_ITEM_HEADING && !in->items[j].after_page_break) ||
              in->items[j].kind == TB_ITEM_BYLINE))
        j++;
      add_block(p, BLK_STACK, i, j - 1);
      break;
    case TB_ITEM_CAPTION:
      add_block(p, BLK_CAPTION, i, i);
      break;
    case TB_ITEM_JUMP_TO:
      add_block(p, BLK_JUMP, i, i);
      break;
    case TB_ITEM_EDNOTE:
      while (j < in->count && in->items[j].kind == TB_ITEM_EDNOTE)
        j++;
      add_block(p, BLK_NOTE, i, j - 1);
      break;
    case TB_ITEM_BYLINE:
    case TB_ITEM_PARA:
      while (j < in->count && ((in->items[j].kind == TB_ITEM_PARA && !in->items[j].dateline &&
                                !in->items[j].jump_from) ||
                               in->items[j].kind == TB_ITEM_BYLINE))
        j++;
      add_block(p, BLK_SEG, i, j - 1);
      break;
    }
    i = j;
  }
  for (size_t b = 0; b < p->nblocks; b++) {
    block *bl = &p->blocks[b];
    if (bl->kind != BLK_SEG && bl->kind != BLK_CAPTION) continue;
    char *text = opening(p, bl->first, LEAD_CHARS);
    tb_bigrams_of(text, LEAD_CHARS, &bl->lead);
    free(text);
  }
}

static bool seg_starts_story(const pairing *p, const block *b) {
  if (b->kind == BLK_CAPTION) return true;
  const tb_item *first = item(p, b->first);
  return first->kind == TB_ITEM_PARA && first->dateline;
}

static bool is_body_block(const block *b) {
  return b->kind == BLK_SEG || b->kind == BLK_CAPTION;
}

/* The block right after stack s, when it is a body that may take a heading. */
static size_t following_body(const pairing *p, size_t s) {
  for (size_t b = s + 1; b < p->nblocks; b++) {
    const block *bl = &p->blocks[b];
    if (bl->kind == BLK_NOTE) continue;
    if (!is_body_block(bl)) return NONE;
    if (item(p, bl->first)->jump_from) return NONE;
    return b;
  }
  return NONE;
}

static bool stack_has_byline(const pairing *p, const block *s) {
  for (size_t i = s->first; i <= s->last; i++)
    if (item(p, i)->kind == TB_ITEM_BYLINE) return true;
  return false;
}

/* A two-bigram heading matching by chance is no evidence: ask for three shared bigrams, or nearly
 * all of a very short heading. */
static bool strong_match(double cover, size_t heading_bigrams) {
  size_t hits = (size_t)(cover * (double)heading_bigrams + 0.5);
  return cover >= STRONG && (hits >= 3 || (hits >= 2 && cover >= 0.75));
}

/* Bigrams of the paragraphs among items [from, to], both inclusive. */
static void paragraphs_bigrams(const pairing *p, size_t from, size_t to, tb_bigrams *out) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t i = from; i <= to; i++)
    if (item(p, i)->kind == TB_ITEM_PARA) {
      tb_strbuf_puts(&sb, item(p, i)->text);
      tb_strbuf_putc(&sb, '\n');
    }
  tb_bigrams_of(sb.len ? tb_strbuf_view(&sb) : "", 0, out);
  tb_strbuf_free(&sb);
}

/* How much the COHESION_PARAS paragraphs before item i and those from i on share their words:
 * a story boundary is where this dips. Stays inside items [lo, hi]. */
static double cohesion_at(const pairing *p, size_t i, size_t lo, size_t hi) {
  size_t from = i, to = i, n = 0;
  while (from > lo && n < COHESION_PARAS)
    if (item(p, --from)->kind == TB_ITEM_PARA) n++;
  for (n = 0; to <= hi && n < COHESION_PARAS; to++)
    if (item(p, to)->kind == TB_ITEM_PARA) n++;
  tb_bigrams before, after;
  paragraphs_bigrams(p, from, i - 1, &before);
  paragraphs_bigrams(p, i, to - 1, &after);
  double c = tb_bigrams_dice(&before, &after);
  tb_bigrams_free(&before);
  tb_bigrams_free(&after);
  return c;
}

/* A heading printed after its own body, the way a sidebar box is often extracted: the body runs on
 * from the story before with no dateline, closes with a byline, and the heading stands after it
 * with no body of its own below. One of that text's paragraphs repeats the heading's words (not
 * necessarily the first: a sidebar's title is often a quote); the sidebar starts at or before it,
 * where the wording of the text changes most. Runs after the other searches. */
static void trailing_story(pairing *p, unit *u, const tb_bigrams *h) {
  size_t s = u->stack;
  if (s == 0 || p->blocks[s - 1].kind != BLK_SEG) return;
  const block *seg = &p->blocks[s - 1];
  if (item(p, seg->last)->kind != TB_ITEM_BYLINE) return;
  /* a strong match elsewhere stands; one inside this text only says where the quote is */
  if (u->strong && p->block_of[u->target] != s - 1) return;
  size_t next = following_body(p, s);
  if (next != NONE && p->blocks[next].kind != BLK_CAPTION) return;
  size_t lo = seg->first, quote = NONE, paras = 0;
  double best = 0;
  for (size_t i = seg->last + 1; i > seg->first + 1 && paras < BACKWARD_PARAS; i--) {
    const tb_item *it = item(p, i - 1);
    if (it->kind != TB_ITEM_PARA) continue;
    paras++;
    lo = i - 1;
    tb_bigrams whole;
    tb_bigrams_of(it->text, 0, &whole);
    double c = tb_bigrams_cover(h, &whole);
    tb_bigrams_free(&whole);
    if (c > best && strong_match(c, h->count)) best = c, quote = i - 1;
  }
  if (quote == NONE) return;
  size_t start = NONE;
  double dip = 2;
  for (size_t i = quote + 1; i-- > lo + 1;) {
    if (item(p, i)->kind != TB_ITEM_PARA || !tb_lo_ends_sentence(item(p, i - 1)->text)) continue;
    double c = cohesion_at(p, i, lo, seg->last);
    if (c < dip) dip = c, start = i;
  }
  if (start == NONE) return;
  u->target = start;
  u->score = best;
  u->strong = true;
}

/* Scores one unit against the bodies around its stack; fills target and score. */
static void score_unit(pairing *p, unit *u) {
  tb_bigrams h;
  tb_bigrams_of(item(p, u->item)->text, 0, &h);
  u->target = NONE;
  u->score = 0;
  double best = -1;
  size_t next = following_body(p, u->stack);
  size_t seen = 0;
  for (size_t b = u->stack + 1; b < p->nblocks && seen < FORWARD_BLOCKS; b++) {
    const block *bl = &p->blocks[b];
    if (!is_body_block(bl) || item(p, bl->first)->jump_from) continue;
    seen++;
    if (bl->owned && b != next) continue;
    double raw = tb_bigrams_cover(&h, &bl->lead);
    double s =
        raw + (b == next ? NEXT_BONUS : 0) - (b != next && bl->after_stack ? HAS_STACK_MALUS : 0);
    if (s > best) best = s, u->target = bl->first, u->score = raw;
  }
  seen = 0;
  size_t paras = 0;
  /* a short title between two stretches of undated text is a crosshead: the section before it
   * that repeats its words is not a story of its own */
  bool mid_text = next != NONE && p->blocks[next].kind == BLK_SEG &&
                  !seg_starts_story(p, &p->blocks[next]) && u->stack > 0 &&
                  p->blocks[u->stack - 1].kind == BLK_SEG &&
                  !stack_has_byline(p, &p->blocks[u->stack]) &&
                  tb_utf8_length(item(p, u->item)->text) <= CROSSHEAD_CHARS;
  for (size_t b = u->stack; b > 0 && seen < BACKWARD_BLOCKS && paras < BACKWARD_PARAS; b--) {
    const block *bl = &p->blocks[b - 1];
    if (!is_body_block(bl)) continue;
    seen++;
    if (seg_starts_story(p, bl) && !bl->owned) {
      double raw = tb_bigrams_cover(&h, &bl->lead);
      double s = raw - (bl->after_stack ? HAS_STACK_MALUS : 0);
      if (s > best) best = s, u->target = bl->first, u->score = raw;
    }
    /* a story that starts inside a segment without a dateline shows itself by repeating the
     * headline in its first sentence */
    for (size_t i = bl->last + 1; i > bl->first + 1 && paras < BACKWARD_PARAS && !mid_text; i--) {
      const tb_item *it = item(p, i - 1);
      if (it->kind != TB_ITEM_PARA) continue;
      paras++;
      double start = tb_bigrams_cover(&h, first_bigrams(p, i - 1));
      if (start < SPLIT_STRONG) continue;
      char *text = opening(p, i - 1, LEAD_CHARS);
      tb_bigrams lead;
      tb_bigrams_of(text, LEAD_CHARS, &lead);
      free(text);
      double raw = tb_bigrams_cover(&h, &lead);
      tb_bigrams_free(&lead);
      if (raw > best) best = raw, u->target = i - 1, u->score = raw;
    }
  }
  u->strong = strong_match(u->score, h.count);
  trailing_story(p, u, &h);
  tb_bigrams_free(&h);
}

static void collect_units(pairing *p) {
  for (size_t b = 0; b < p->nblocks; b++) {
    if (p->blocks[b].kind != BLK_STACK) continue;
    p->blocks[b].ufirst = p->nunits;
    for (size_t i = p->blocks[b].first; i <= p->blocks[b].last; i++) {
      if (item(p, i)->kind != TB_ITEM_HEADING) continue;
      tb_grow((void **)&p->units, &p->ucap, p->nunits + 1, sizeof *p->units);
      unit *u = &p->units[p->nunits++];
      memset(u, 0, sizeof *u);
      u->item = i;
      u->stack = b;
      score_unit(p, u);
    }
    p->blocks[b].ucount = p->nunits - p->blocks[b].ufirst;
  }
  /* A body its own stack heads strongly is taken; another stack reaching back or ahead for it (a
   * column tag, a rubric or a crosshead that shares words) must look elsewhere. */
  bool any = false;
  for (size_t k = 0; k < p->nunits; k++) {
    const unit *u = &p->units[k];
    size_t next = following_body(p, u->stack);
    if (u->strong && next != NONE && u->target == p->blocks[next].first) {
      p->blocks[next].owned = true;
      any = true;
    }
  }
  if (!any) return;
  for (size_t k = 0; k < p->nunits; k++) {
    unit *u = &p->units[k];
    if (u->target == NONE) continue;
    size_t tb = p->block_of[u->target];
    if (tb != following_body(p, u->stack) && p->blocks[tb].owned &&
        p->blocks[tb].first == u->target)
      score_unit(p, u);
  }
}

/* Is target headed by a strong unit? Units lie in page order and look only a bounded number of
 * blocks away, so the search stays near. */
static bool claimed(const pairing *p, size_t k0, size_t target) {
  for (size_t k = k0; k-- > 0 && k0 - k <= 64;)
    if (p->units[k].strong && p->units[k].target == target) return true;
  for (size_t k = k0 + 1; k < p->nunits && k - k0 <= 64; k++)
    if (p->units[k].strong && p->units[k].target == target) return true;
  return false;
}

/* Strong units keep their best body; a kicker takes the unit after it along; weak units claim the
 * body right below their stack when no strong unit did, or else follow their neighbours. */
static void assign_units(pairing *p) {
  size_t n = p->nunits;
  bool *done = tb_xcalloc(n + 1, sizeof(bool));
  for (size_t k = 0; k < n; k++)
    done[k] = p->units[k].strong;
  /* heading lines set together with no blank between them are one story's kicker, title and
   * subtitle: when one of them heads the body right below, all of them do */
  for (size_t k = 0; k < n;) {
    size_t end = k + 1;
    while (end < n && p->units[end].stack == p->units[k].stack &&
           item(p, p->units[end].item)->tight_above)
      end++;
    size_t next = following_body(p, p->units[k].stack);
    size_t body = next == NONE ? NONE : p->blocks[next].first;
    bool heads = false;
    for (size_t m = k; m < end && end - k > 1 && body != NONE; m++)
      heads = heads || (p->units[m].strong && p->units[m].target == body);
    for (size_t m = k; m < end && heads; m++)
      p->units[m].target = body, done[m] = true;
    k = end;
  }
  /* a ——subtitle is set under its own title, last in a stack that holds one story's titles (at
   * most a kicker above them): the two head one body. When either heads the body right below,
   * both do (the subtitle may share more words with a later section of the same story, past a
   * caption; the title with an index entry elsewhere) */
  for (size_t k = 1; k < n; k++) {
    unit *u = &p->units[k - 1], *v = &p->units[k];
    const block *st = &p->blocks[v->stack];
    if (u->stack != v->stack || k + 1 != st->ufirst + st->ucount || k - 1 > st->ufirst + 1 ||
        !tb_lo_starts(item(p, v->item)->text, "—") || tb_lo_starts(item(p, u->item)->text, "—"))
      continue;
    size_t next = following_body(p, u->stack);
    size_t body = next == NONE ? NONE : p->blocks[next].first;
    if (body != NONE && (u->target == body || v->target == body)) {
      u->target = v->target = body;
      done[k - 1] = done[k] = true;
    }
  }
  /* a stack that closes with a byline ends with one story's titles: under a title that heads the
   * body below, a subtitle that shares more words with a later section still belongs here */
  for (size_t s = 0; s < p->nblocks; s++) {
    const block *st = &p->blocks[s];
    size_t next = st->kind == BLK_STACK ? following_body(p, s) : NONE;
    if (next == NONE || item(p, st->last)->kind != TB_ITEM_BYLINE) continue;
    size_t body = p->blocks[next].first;
    bool headed = false;
    for (size_t k = st->ufirst; k < st->ufirst + st->ucount; k++) {
      if (headed) p->units[k].target = body, done[k] = true;
      headed = headed || (p->units[k].strong && p->units[k].target == body);
    }
  }
  for (size_t k = 0; k + 1 < n; k++) {
    unit *u = &p->units[k], *v = &p->units[k + 1];
    if (u->stack != v->stack || !u->strong || !tb_layout_is_kicker_shape(item(p, u->item)->text))
      continue;
    if (v->strong && v->target != u->target && v->score >= 0.6) continue;
    v->target = u->target;
    done[k + 1] = true;
  }
  for (size_t k = 0; k < n; k++) {
    unit *u = &p->units[k];
    if (done[k]) continue;
    size_t next = following_body(p, u->stack);
    if (next != NONE && u->target == p->blocks[next].first && u->score > WEAK_CLAIM &&
        !claimed(p, k, u->target))
      done[k] = true;
  }
  /* right to left: a weak unit above another takes its body (a kicker, a rubric) */
  for (size_t k = n; k-- > 0;) {
    if (done[k]) continue;
    if (k + 1 < n && p->units[k + 1].stack == p->units[k].stack && done[k + 1]) {
      p->units[k].target = p->units[k + 1].target;
      done[k] = true;
    }
  }
  /* left to right: what is left below a title is its subtitle or column tag */
  for (size_t k = 0; k < n; k++) {
    if (done[k]) continue;
    unit *u = &p->units[k];
    if (k > 0 && p->units[k - 1].stack == u->stack && done[k - 1]) {
      u->target = p->units[k - 1].target;
      done[k] = true;
      continue;
    }
    size_t next = following_body(p, u->stack);
    /* a title right above a credited caption heads that photo story (the caption's words seldom
     * repeat a photo's title) when another story or title follows the caption; undated text
     * after it makes the title a crosshead over a picture inside a story */
    bool photo = next != NONE && p->blocks[next].kind == BLK_CAPTION &&
                 item(p, p->blocks[next].first)->credit;
    if (photo && next + 1 < p->nblocks) {
      const block *after = &p->blocks[next + 1];
      photo = after->kind == BLK_STACK || (after->kind == BLK_SEG && seg_starts_story(p, after));
    }
    if (next != NONE && (p->blocks[next].kind == BLK_SEG || photo)) {
      u->target = p->blocks[next].first;
      done[k] = true;
    } else {
      u->target = NONE;
    }
  }
  free(done);
}

/* ---- crossheads ---------------------------------------------------------------------------- */

/* Does target open a later stretch of the same story that stack s sits in? Only undated text and
 * short stacks with no byline lie between: a crosshead shares its words with the sections after
 * it, and may match a later one better than its own. */
static bool later_section_of_story(const pairing *p, size_t s, size_t target) {
  size_t tb = p->block_of[target];
  if (tb <= s || p->blocks[tb].first != target) return false;
  for (size_t b = s + 1; b <= tb; b++) {
    const block *bl = &p->blocks[b];
    if (bl->kind == BLK_STACK) {
      if (stack_has_byline(p, bl) || bl->last - bl->first >= 2) return false;
    } else if (bl->kind != BLK_SEG || seg_starts_story(p, bl) || item(p, bl->first)->jump_from) {
      return false;
    }
  }
  return true;
}

/* Markdown: is a heading of this level deeper than the title of the story it follows? (A
 * "####" under a "##" story between its paragraphs is a crosshead.) */
static bool deeper_than_title_before(const pairing *p, size_t s, int level) {
  for (size_t b = s, seen = 0; b-- > 0 && seen < BACKWARD_BLOCKS * 4; seen++) {
    const block *bl = &p->blocks[b];
    if (bl->kind == BLK_SEG && seg_starts_story(p, bl) && b + 1 < s) return false;
    if (bl->kind != BLK_STACK) continue;
    for (size_t k = bl->ufirst; k < bl->ufirst + bl->ucount; k++) {
      int l = item(p, p->units[k].item)->md_level;
      if (l && l < level) return true;
    }
  }
  return false;
}

/* A stack ending in a bulleted title ("■太阳宫地区新增200个共享车位", "文化速递 / ● 东岳庙…"). */
static bool is_bullet_item(const pairing *p, const block *st) {
  return st->ucount >= 1 &&
         tb_layout_is_bullet_title(item(p, p->units[st->ufirst + st->ucount - 1].item)->text);
}

/* Items of a 简讯 column follow one another: the stack before s (with only text between) is a
 * bulleted title that heads a story of its own. */
static bool prev_stack_is_bullet_item(const pairing *p, size_t s, const bool *cross) {
  for (size_t b = s; b-- > 0;) {
    const block *bl = &p->blocks[b];
    if (bl->kind == BLK_STACK) return !cross[b] && is_bullet_item(p, bl);
    if (bl->kind != BLK_SEG && bl->kind != BLK_CAPTION) return false;
  }
  return false;
}

static size_t paragraphs_in(const pairing *p, size_t first, size_t last) {
  size_t n = 0;
  for (size_t i = first; i <= last; i++)
    n += item(p, i)->kind == TB_ITEM_PARA;
  return n;
}

static bool is_bracketed(const char *s) {
  return tb_lo_starts(s, "（") || tb_lo_starts(s, "(");
}

/* Does this dated paragraph's dateline carry a byline ("本报讯（记者 鲁晓帆）")? */
static bool dateline_names_writer(const tb_item *it) {
  if (it->kind != TB_ITEM_PARA || !it->dateline) return false;
  char *byline = tb_layout_dateline_byline(it->text);
  bool named = byline && (strchr(byline, '(') || strstr(byline, "（"));
  free(byline);
  return named;
}

/* A short stack between two stretches of one story's text, with nothing below it that opens a
 * story (dateline, byline, list), is a crosshead (小标题), not a headline. */
/* Does the story that stack s sits in already name its writer, in its headline stack or at the
 * head of its text? Looks back over crossheads and text to the story's start, a bounded way. */
static bool story_has_byline(const pairing *p, size_t s, const bool *cross) {
  for (size_t b = s, seen = 0; b > 0 && seen < BACKWARD_BLOCKS; b--, seen++) {
    const block *bl = &p->blocks[b - 1];
    if (bl->kind == BLK_STACK) {
      if (!cross[b - 1]) return stack_has_byline(p, bl);
      continue;
    }
    if (bl->kind != BLK_SEG) continue;
    if (item(p, bl->first)->kind == TB_ITEM_BYLINE) return true;
    /* "本报讯（记者 鲁晓帆）…": a dateline naming a writer signs the story as a byline does */
    /* or a byline line set right above the dateline ("◎记者 欧阳晓" / "本报讯 3月20日，…") */
    if (seg_starts_story(p, bl))
      return dateline_names_writer(item(p, bl->first)) ||
             (bl->first > 0 && item(p, bl->first - 1)->kind == TB_ITEM_BYLINE);
  }
  return false;
}

/* Is the text of block b set right under the last heading of stack st, with no blank between? */
static bool set_tight_under(const pairing *p, const block *st, const block *b) {
  return item(p, b->first)->first_line == item(p, st->last)->last_line + 1;
}

/* "桂坪镇完成首批宅基地确权颁证" / one paragraph / "区人社局春风招聘会…" / its paragraph: briefs
 * follow one another, each title set tight over a paragraph of its own. Where the stack before s
 * heads one paragraph set tight under it, and s is set the same way, s is the next brief's title:
 * a crosshead parts a longer text. */
static bool follows_a_brief(const pairing *p, size_t s, const bool *cross) {
  const block *st = &p->blocks[s];
  size_t next = following_body(p, s);
  if (st->ucount != 1 || next == NONE || !set_tight_under(p, st, &p->blocks[next])) return false;
  if (s < 2) return false;
  const block *text = &p->blocks[s - 1], *above = &p->blocks[s - 2];
  /* a brief's stack is its title alone: a feature's lead under a title, subtitle and byline is
   * followed by its sections */
  return text->kind == BLK_SEG && above->kind == BLK_STACK && !cross[s - 2] && above->ucount == 1 &&
         !stack_has_byline(p, above) && item(p, text->first)->kind == TB_ITEM_PARA &&
         paragraphs_in(p, text->first, text->last) == 1 && set_tight_under(p, above, text);
}

enum { ROW_LABEL_CHARS_MIN = 2, ROW_LABEL_CHARS_MAX = 6 };

/* "联系电话：0562-…", "地点：区老年大学": a short label of hanzi, a colon (full-width, or the
 * extractor's half-width one) and its value; not a speaker ("…说：“…”"). */
static bool is_notice_row(const char *s) {
  size_t chars = 0;
  const char *p = s;
  while (*p) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used) return false;
    if (cp == 0xFF1A || cp == ':') break;
    if (!tb_is_hanzi(cp) || ++chars > ROW_LABEL_CHARS_MAX) return false;
    p += used;
  }
  if (!*p || chars < ROW_LABEL_CHARS_MIN) return false;
  const char *value = p + (*p == ':' ? 1 : strlen("："));
  uint32_t first = tb_lo_first_cp(value);
  return first && first != 0x201C && first != 0x300C; /* “ 「 */
}

/* Text ending on a labelled row ("联系电话：…"), or made of labelled rows for the most part
 * ("主题：…" "时间：…" "地点：…"): a notice's data, not prose a crosshead could part. */
static bool reads_as_notice(const pairing *p, const block *seg) {
  size_t paras = 0, labelled = 0;
  const tb_item *last = NULL;
  for (size_t i = seg->first; i <= seg->last; i++) {
    const tb_item *it = item(p, i);
    if (it->kind != TB_ITEM_PARA) continue;
    paras++;
    if (is_notice_row(it->text)) labelled++;
    last = it;
  }
  if (!last) return false;
  return is_notice_row(last->text) || (paras >= 2 && labelled * 2 >= paras);
}

static bool is_crosshead_stack(const pairing *p, size_t s, const bool *cross) {
  const block *st = &p->blocks[s];
  /* captions float: the text before them is what the crosshead sits in */
  size_t before = s;
  while (before > 0 && p->blocks[before - 1].kind == BLK_CAPTION)
    before--;
  if (before == 0 || p->blocks[before - 1].kind != BLK_SEG || stack_has_byline(p, st)) return false;
  /* "（记者 钱进）" closed the story before, or a byline under more than one paragraph (one
   * under a feature's lead is where its byline stands): what follows starts another story */
  const block *prev = &p->blocks[before - 1];
  const tb_item *closing = item(p, prev->last);
  if (closing->kind == TB_ITEM_BYLINE &&
      (is_bracketed(closing->text) || paragraphs_in(p, prev->first, prev->last) >= 2))
    return false;
  if (closing->kind == TB_ITEM_PARA && closing->signature) return false; /* a signed notice */
  if (reads_as_notice(p, prev)) return false;
  size_t next = following_body(p, s);
  if (next == NONE || p->blocks[next].kind != BLK_SEG) return false;
  const block *f = &p->blocks[next];
  if (seg_starts_story(p, f)) return false;
  if (reads_as_notice(p, f)) return false; /* a title over a notice's data heads the notice */
  size_t units = 0;
  for (size_t k = st->ufirst; k < st->ufirst + st->ucount; k++) {
    const unit *u = &p->units[k];
    units++;
    const tb_item *it = item(p, u->item);
    if ((it->md_level && !deeper_than_title_before(p, s, it->md_level)) ||
        tb_utf8_length(it->text) > CROSSHEAD_CHARS)
      return false;
    if (st->ucount > 1 && tb_layout_is_bullet_rubric(it->text)) return false; /* ■ 简讯 + title */
    if (it->after_page_break) return false; /* a new page opens with a story, not a section */
    /* "——…见闻": a subtitle under a title heads a story; a section's heading has none */
    if (k > st->ufirst && tb_lo_starts(it->text, "—")) return false;
    /* a column's name before a bar, or a long title in 【】, heads a story: papers set their
     * crossheads plain or bold, not under a column's name or in the brackets of their titles */
    if (it->column_tag || (it->title_brackets && tb_utf8_length(it->text) > BRACKET_TAG_CHARS))
      return false;
    /* "【榜单】" over a title: a column's name in brackets tops a story's headline stack; a
     * bracketed crosshead ("【背景】") stands alone */
    if (it->title_brackets && k == st->ufirst && st->ucount > 1) return false;
    if (u->target != NONE && u->target != f->first && !later_section_of_story(p, s, u->target))
      return false;
  }
  if (!units || units > 2) return false;
  if (is_bullet_item(p, st) && prev_stack_is_bullet_item(p, s, cross)) return false;
  if (follows_a_brief(p, s, cross)) return false;
  /* a bracketed credit closing the text below names a writer when the story already has one:
   * the title heads another story (a column's second item), not a section */
  /* a text that signs off with an issuer and a date is a notice under its own title */
  if (item(p, f->last)->kind == TB_ITEM_PARA && item(p, f->last)->signature) return false;
  const tb_item *closing_below = item(p, f->last);
  if (closing_below->kind == TB_ITEM_BYLINE && story_has_byline(p, s, cross)) return false;
  /* "①…" "②…": numbered captions of a photo group under its title, a story of its own */
  for (size_t i = f->first; i <= f->last; i++) {
    const tb_item *it = item(p, i);
    if (it->kind != TB_ITEM_PARA) continue;
    if (tb_lo_first_cp(it->text) == 0x2460) return false; /* ① */
    break;
  }
  size_t paras = 0;
  for (size_t i = f->first; i <= f->last && paras < 2; i++) {
    const tb_item *it = item(p, i);
    /* a byline under the text below makes it a story of its own (a photo story's credit), but
     * a bracketed one after a section closes the story the crosshead sits in: "（记者 王强）" */
    if (it->kind == TB_ITEM_BYLINE && !(paras > 0 && is_bracketed(it->text))) return false;
    if (it->kind == TB_ITEM_PARA) {
      if (paras == 0 && it->list_no == 1) return false;
      paras++;
    }
  }
  return true;
}

/* ---- building articles --------------------------------------------------------------------- */

static bool is_tag(const char *s) {
  return tb_utf8_length(s) <= TAG_CHARS;
}

/* Chooses the main title among the units that head one body; the rest are kicker, subtitles and
 * column tags, in page order. */
static void set_titles(tb_article *a, const pairing *p, const size_t *units, size_t n) {
  /* Markdown: the shallowest heading is the title, unless it reads as a column name above a
   * deeper one (short, sharing no words with the body) */
  size_t main = NONE;
  int best_level = 0;
  for (size_t k = 0; k < n; k++) {
    const unit *u = &p->units[units[k]];
    const tb_item *it = item(p, u->item);
    if (!it->md_level || (best_level && it->md_level >= best_level)) continue;
    /* a "——…" line under a heading is that heading's subtitle: the heading is the title */
    const tb_item *under = k + 1 < n ? item(p, p->units[units[k + 1]].item) : NULL;
    bool column = under && tb_utf8_length(it->text) <= COLUMN_CHARS && u->score < COLUMN_COVER &&
                  under->md_level && !tb_lo_starts(under->text, "—");
    if (!column) best_level = it->md_level, main = k;
  }
  for (size_t k = 0; k < n && main == NONE; k++) /* only column-like headings: the deepest */
    if (item(p, p->units[units[k]].item)->md_level >= best_level)
      best_level = item(p, p->units[units[k]].item)->md_level, main = k;
  if (main != NONE && !item(p, p->units[units[main]].item)->md_level) main = NONE;
  /* a bulleted title under other lines is the item's title; the lines above it belong elsewhere */
  for (size_t k = n; main == NONE && n > 1 && k-- > 0;)
    if (tb_layout_is_bullet_title(item(p, p->units[units[k]].item)->text)) main = k;
  if (main == NONE) {
    size_t cands[16], nc = 0;
    for (size_t k = 0; k < n && nc < 16; k++) {
      const tb_item *it = item(p, p->units[units[k]].item);
      const char *t = it->text;
      if (!is_tag(t) && !tb_layout_is_kicker_shape(t) && !tb_layout_is_attendance_line(t) &&
          !tb_lo_starts(t, "—") && !it->figure_subtitle)
        cands[nc++] = k;
    }
    /* the one title the paper set in 【】 is the main one ("冬季保供不断档" / "【…】") */
    size_t in_brackets = NONE, bracketed = 0;
    for (size_t c = 0; c < nc; c++)
      if (item(p, p->units[units[cands[c]]].item)->title_brackets)
        in_brackets = cands[c], bracketed++;
    /* the title a ——subtitle (or a 副题 stating a figure) is set under is the main one,
     * whatever stands above it */
    size_t above_dash = NONE;
    for (size_t c = 0; c < nc; c++)
      if (cands[c] + 1 < n &&
          (tb_lo_starts(item(p, p->units[units[cands[c] + 1]].item)->text, "—") ||
           item(p, p->units[units[cands[c] + 1]].item)->figure_subtitle))
        above_dash = cands[c];
    if (bracketed == 1)
      main = in_brackets;
    else if (above_dash != NONE)
      main = above_dash;
    else if (!nc) { /* only short lines: the last, unless it is a ——subtitle ("守灯塔的人") */
      main = n - 1;
      while (main > 0 && tb_lo_starts(item(p, p->units[units[main]].item)->text, "—"))
        main--;
    } else if (nc == 3 && n == 3) /* a full stack with no marks: 引题, 主题, 副题 */
      main = cands[1];
    else if (nc >= 2 && tb_lo_width(item(p, p->units[units[cands[0]]].item)->text) * 4 >
                            tb_lo_width(item(p, p->units[units[cands[1]]].item)->text) * 5)
      main = cands[1];
    else
      main = cands[0];
  }
  /* a bullet before a title is a mark, not a word ("■双井街道…", "■ 简讯") */
  tb_set_string(&a->headline, tb_layout_after_bullet(item(p, p->units[units[main]].item)->text));
  for (size_t k = 0; k < n; k++) {
    if (k == main) continue;
    const char *t = item(p, p->units[units[k]].item)->text;
    t = tb_layout_after_bullet(t);
    tb_strlist_push(&a->subheadlines, t);
    if (is_tag(t) && k > main && !a->column) tb_set_string(&a->column, t);
  }
}

typedef struct {
  tb_issue *issue;
  size_t *order_key; /* per article: the source line that places it in reading order */
  size_t okcap;
  long current;
  long *jumps; /* articles waiting for their continued part, oldest first */
  size_t njumps, jcap, jhead;
  tb_strlist crossheads; /* waiting for the next paragraph of the current story */
  long *article_of;      /* item → the article its paragraph went to, -1 for none */
  const tb_item *items;  /* the first item, to index article_of */
  tb_strbuf note;        /* an editor's note waiting for the story it introduces */
  bool heal;             /* next paragraph continues the last one of the current story */
} builder;

static tb_article *art(builder *b, long i) {
  return &b->issue->articles[i];
}

static void touch_lines(tb_article *a, size_t first, size_t last) {
  if (!a->first_line || first < a->first_line) a->first_line = first;
  if (last > a->last_line) a->last_line = last;
}

static long new_article(builder *b, size_t key) {
  tb_issue_add_article(b->issue);
  long i = (long)b->issue->article_count - 1;
  tb_grow((void **)&b->order_key, &b->okcap, (size_t)i + 1, sizeof *b->order_key);
  b->order_key[i] = key;
  if (b->note.len) {
    tb_set_string(&art(b, i)->editor_note, tb_strbuf_view(&b->note));
    tb_strbuf_clear(&b->note);
  }
  tb_strlist_clear(&b->crossheads);
  b->heal = false;
  return i;
}

static void add_paragraph(builder *b, const tb_item *it) {
  tb_article *a = art(b, b->current);
  for (size_t k = 0; k < b->crossheads.count; k++)
    tb_article_add_crosshead(a, a->paragraphs.count, b->crossheads.items[k]);
  bool had_cross = b->crossheads.count > 0;
  tb_strlist_clear(&b->crossheads);
  size_t n = a->paragraphs.count;
  if (!had_cross && b->heal && n) {
    tb_strbuf sb;
    tb_strbuf_init(&sb);
    tb_strbuf_puts(&sb, a->paragraphs.items[n - 1]);
    tb_layout_join_wrapped(&sb, it->text);
    free(a->paragraphs.items[n - 1]);
    a->paragraphs.items[n - 1] = tb_strbuf_take(&sb);
  } else {
    tb_strlist_push(&a->paragraphs, it->text);
  }
  b->heal = false;
  b->article_of[it - b->items] = b->current;
  if (!a->byline && a->paragraphs.count == 1 && it->dateline)
    a->byline = tb_layout_dateline_byline(it->text);
  touch_lines(a, it->first_line, it->last_line);
}

static bool last_paragraph_open(builder *b) {
  if (b->current < 0) return false;
  tb_article *a = art(b, b->current);
  return a->paragraphs.count && !tb_lo_ends_sentence(a->paragraphs.items[a->paragraphs.count - 1]);
}

typedef struct {
  size_t item;     /* caption item */
  long before;     /* article current when it was met */
  size_t after_at; /* articles count then: the next story, if any, is this index */
} loose_caption;

static double caption_fit(const pairing *p, tb_issue *issue, long i, const char *caption) {
  if (i < 0 || (size_t)i >= issue->article_count) return -1;
  tb_article *a = &issue->articles[i];
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  if (a->headline) tb_strbuf_puts(&sb, a->headline);
  for (size_t k = 0; k < a->paragraphs.count && sb.len < 4 * LEAD_CHARS; k++)
    tb_strbuf_puts(&sb, a->paragraphs.items[k]);
  tb_bigrams c, t;
  tb_bigrams_of(caption, 0, &c);
  tb_bigrams_of(tb_strbuf_view(&sb), 2 * LEAD_CHARS, &t);
  double s = tb_bigrams_cover(&c, &t);
  tb_bigrams_free(&c);
  tb_bigrams_free(&t);
  tb_strbuf_free(&sb);
  (void)p;
  return s;
}

static void sort_articles(builder *b) {
  /* reading order: where each story's heading (or first text) stands on the page; a stable
   * insertion sort, since the builder already emits them nearly in order */
  tb_issue *is = b->issue;
  for (size_t i = 1; i < is->article_count; i++) {
    tb_article a = is->articles[i];
    size_t key = b->order_key[i];
    size_t j = i;
    while (j > 0 && b->order_key[j - 1] > key) {
      is->articles[j] = is->articles[j - 1];
      b->order_key[j] = b->order_key[j - 1];
      j--;
    }
    is->articles[j] = a;
    b->order_key[j] = key;
  }
}

void tb_layout_pair(const tb_items *items, tb_issue *issue) {
  pairing p = {.in = items};
  p.block_of = tb_xcalloc(items->count + 1, sizeof(size_t));
  p.first_of = tb_xcalloc(items->count + 1, sizeof(tb_bigrams));
  p.first_done = tb_xcalloc(items->count + 1, sizeof(bool));
  build_blocks(&p);
  collect_units(&p);
  assign_units(&p);
  if (tb_log_get_level() >= TB_LOG_DEBUG)
    for (size_t k = 0; k < p.nunits; k++) {
      const unit *u = &p.units[k];
      tb_log(TB_LOG_DEBUG, "layout: unit L%zu → L%zu score %.2f%s", item(&p, u->item)->first_line,
             u->target == NONE ? 0 : item(&p, u->target)->first_line, u->score,
             u->strong ? " strong" : "");
    }

  bool *cross = tb_xcalloc(p.nblocks + 1, sizeof(bool));
  for (size_t s = 0; s < p.nblocks; s++)
    if (p.blocks[s].kind == BLK_STACK) cross[s] = is_crosshead_stack(&p, s, cross);

  /* the units heading each body start, in page order: a list per target item */
  size_t *heads = tb_xmalloc((p.nunits + 1) * sizeof(size_t));
  size_t *first_unit_of = tb_xmalloc((items->count + 1) * sizeof(size_t));
  size_t *next_unit_of = tb_xmalloc((p.nunits + 1) * sizeof(size_t));
  for (size_t i = 0; i <= items->count; i++)
    first_unit_of[i] = NONE;
  for (size_t k = p.nunits; k-- > 0;) {
    next_unit_of[k] = NONE;
    if (p.units[k].target == NONE) continue;
    next_unit_of[k] = first_unit_of[p.units[k].target];
    first_unit_of[p.units[k].target] = k;
  }

  builder b = {.issue = issue, .current = -1, .items = items->items};
  b.article_of = tb_xmalloc((items->count + 1) * sizeof(long));
  for (size_t i = 0; i <= items->count; i++)
    b.article_of[i] = -1;
  tb_strbuf_init(&b.note);
  loose_caption *loose = NULL;
  size_t nloose = 0, lcap = 0;

  for (size_t bi = 0; bi < p.nblocks; bi++) {
    const block *bl = &p.blocks[bi];
    switch (bl->kind) {
    case BLK_STACK:
      for (size_t k = bl->ufirst; k < bl->ufirst + bl->ucount; k++) {
        if (cross[bi] || (p.units[k].target == NONE && b.current >= 0))
          tb_strlist_push(&b.crossheads, tb_layout_after_bullet(item(&p, p.units[k].item)->text));
      }
      break;
    case BLK_NOTE:
      for (size_t i = bl->first; i <= bl->last; i++) {
        if (b.note.len) tb_strbuf_putc(&b.note, '\n');
        tb_strbuf_puts(&b.note, item(&p, i)->text);
      }
      break;
    case BLK_JUMP:
      if (b.current >= 0) {
        tb_grow((void **)&b.jumps, &b.jcap, b.njumps + 1, sizeof *b.jumps);
        b.jumps[b.njumps++] = b.current;
      }
      break;
    case BLK_CAPTION:
    case BLK_SEG:
      for (size_t i = bl->first; i <= bl->last; i++) {
        const tb_item *it = item(&p, i);
        size_t nh = 0;
        for (size_t k = first_unit_of[i]; k != NONE; k = next_unit_of[k])
          if (!cross[p.units[k].stack]) heads[nh++] = k;
        if (nh) {
          size_t key = item(&p, p.units[heads[0]].item)->first_line;
          b.current = new_article(&b, key);
          /* sections count from one: a heading numbered one under the story's titles ("一、摸清
           * 底数" after the byline or an introduction) opens its first section, as do the
           * headings after it */
          size_t titles = nh;
          for (size_t k = 1; k < nh && titles == nh; k++)
            if (tb_layout_list_number(item(&p, p.units[heads[k]].item)->text) == 1) titles = k;
          set_titles(art(&b, b.current), &p, heads, titles);
          for (size_t k = 0; k < nh; k++) {
            const tb_item *h = item(&p, p.units[heads[k]].item);
            touch_lines(art(&b, b.current), h->first_line, h->last_line);
            /* a byline printed among the headings belongs to this story */
            const block *st = &p.blocks[p.units[heads[k]].stack];
            for (size_t j = p.units[heads[k]].item + 1;
                 j <= st->last && item(&p, j)->kind == TB_ITEM_BYLINE; j++)
              if (!art(&b, b.current)->byline)
                tb_set_string(&art(&b, b.current)->byline, item(&p, j)->text);
          }
          tb_strlist_clear(&b.crossheads);
          for (size_t k = titles; k < nh; k++)
            tb_strlist_push(&b.crossheads, item(&p, p.units[heads[k]].item)->text);
        } else if (i == bl->first) {
          if (bl->kind == BLK_CAPTION) {
            tb_grow((void **)&loose, &lcap, nloose + 1, sizeof *loose);
            loose[nloose++] = (loose_caption){i, b.current, issue->article_count};
            continue;
          }
          if (it->jump_from) {
            long to = b.jhead < b.njumps ? b.jumps[b.jhead++] : b.current;
            if (to >= 0) {
              b.current = to;
              art(&b, to)->continued = true;
              tb_strlist_clear(&b.crossheads);
              /* a Markdown paragraph after one that finished its sentence is a paragraph */
              b.heal = !it->whole_block || last_paragraph_open(&b);
            }
          } else if (it->dateline || b.current < 0) {
            if (!it->dateline && it->kind == TB_ITEM_PARA && tb_utf8_length(it->text) < 150 &&
                bl->first == bl->last)
              continue; /* a lone line before any story: slogan or furniture */
            b.current = new_article(&b, it->first_line);
          } else {
            b.heal = b.crossheads.count == 0 && last_paragraph_open(&b);
          }
        }
        /* a paragraph that goes on with one cut off under another story's title (columns
         * read chunk by chunk) joins that one, and the text after it stays with its story */
        if (it->resumes && it->resumes - 1 < i && b.article_of[it->resumes - 1] >= 0 && !nh) {
          long to = b.article_of[it->resumes - 1];
          tb_article *t = art(&b, to);
          if (t->paragraphs.count &&
              !tb_lo_ends_sentence(t->paragraphs.items[t->paragraphs.count - 1])) {
            b.current = to;
            tb_strlist_clear(&b.crossheads);
            b.heal = true;
          }
        }
        if (b.current < 0) continue;
        tb_article *a = art(&b, b.current);
        if (it->kind == TB_ITEM_PARA) {
          add_paragraph(&b, it);
        } else if (it->kind == TB_ITEM_CAPTION) {
          /* a photo story: the caption is its text, the credit its byline */
          add_paragraph(&b, it);
          a = art(&b, b.current);
          if (it->credit && !a->byline) tb_set_string(&a->byline, it->credit);
          a->kind = TB_KIND_PHOTO;
        } else if (it->kind == TB_ITEM_BYLINE) {
          if (!a->byline) tb_set_string(&a->byline, it->text);
          touch_lines(a, it->first_line, it->last_line);
        }
      }
      break;
    }
  }
  /* crossheads left at the very end belong to the last story */
  if (b.current >= 0)
    for (size_t k = 0; k < b.crossheads.count; k++)
      tb_article_add_crosshead(art(&b, b.current), art(&b, b.current)->paragraphs.count,
                               b.crossheads.items[k]);
  if (b.note.len && issue->article_count) {
    tb_article *last = &issue->articles[issue->article_count - 1];
    if (!last->editor_note) tb_set_string(&last->editor_note, tb_strbuf_view(&b.note));
  }

  for (size_t k = 0; k < nloose; k++) {
    const tb_item *c = item(&p, loose[k].item);
    long prev = loose[k].before;
    long next = (long)loose[k].after_at;
    double fp = caption_fit(&p, issue, prev, c->text), fn = caption_fit(&p, issue, next, c->text);
    long to = fn > fp ? next : prev;
    if (to < 0) to = next;
    if (to < 0 || (size_t)to >= issue->article_count) continue;
    tb_article *a = &issue->articles[to];
    if (c->credit) {
      char *both = tb_xasprintf("%s %s", c->text, c->credit);
      tb_strlist_push_owned(&a->captions, both);
    } else {
      tb_strlist_push(&a->captions, c->text);
    }
  }
  sort_articles(&b);

  free(loose);
  free(b.article_of);
  free(b.order_key);
  free(b.jumps);
  tb_strlist_free(&b.crossheads);
  tb_strbuf_free(&b.note);
  free(heads);
  free(first_unit_of);
  free(next_unit_of);
  free(cross);
  for (size_t i = 0; i < p.nblocks; i++)
    tb_bigrams_free(&p.blocks[i].lead);
  free(p.blocks);
  free(p.units);
  free(p.block_of);
  for (size_t i = 0; i < items->count; i++)
    tb_bigrams_free(&p.first_of[i]);
  free(p.first_of);
  free(p.first_done);
}
