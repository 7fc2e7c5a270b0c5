/* The compiled lexicon, mapped read-only into memory (private to the mandarin stage).
 *
 * File layout, written by scripts/lexicon/compile.py (change both together and bump
 * TB_LEX_VERSION): an 8-byte magic "TBLEX\0\0\0", u32 version, u32 section count, then per
 * section a u64 offset and u64 size, in this order:
 *   syllables  char[8] per syllable id, NUL-padded: "zhuang4". Id 0 = no reading; then groups
 *              of five, one per tone: id = 1 + 5 * base + (tone - 1)
 *   entries    u16[]: words and characters (what has syllables), each a tb_lex_entry (u8
 *              nchars, u8 flags, u8 nalt, u8 0) followed by its u16 syllable ids: a word has
 *              nchars of them, a character its default reading followed by nalt alternatives.
 *              Offset 0 is no entry. The syllables sit beside the header, so a word's slot
 *              leads to them in one cache miss
 *   hash       tb_lex_slot[power of two], linear probing on the 64-bit FNV-1a hash of the
 *              key's UTF-8: words, characters and prefixes of words. Only the hash is compared,
 *              so a probe reads one slot and no key (a false match is a 2^-64 event)
 *   chars      tb_lex_slot[0x6C00]: the slots of U+3400..U+9FFF again, indexed by code point
 *              (meta 0 = not a key), so that the segmenter's one lookup per character of the
 *              text reads a small table that stays in the cache, not the big hash table
 *   t2s        (u32 traditional, u32 simplified) pairs sorted by the first
 *   rules      NUL-terminated text: polyphone decision lists (see polyphone.c)
 *   meta       f32: log probability of the rarest word
 *   bmp        u16[0x6C00] default reading id of U+3400..U+9FFF, then u16[0x6C00] simplified
 *              form (0 = itself): the hot per-character lookups without hashing
 *   names      i8[0x6C00] surname score and i8[0x6C00] given-name score of U+3400..U+9FFF
 *              (log2 ratio x 4, -128 = no data; scripts/lexicon/names.py), then compound
 *              surnames as sorted (u32, u32) pairs
 *   model      the polyphone model (scripts/lexicon/learn_model.py, applied by model.c): u32
 *              slot count (a power of two), u32 character count, u32 reading count, u32
 *              weight count, f32 shared weights AG, AG_IW=0, AG_IW=1, u32 0, a bitmap of the
 *              BMP characters with a model (u8[8192], bit cp & 7 of byte cp >> 3); then
 *              tb_model_slot[slot count] (linear probing on the FNV-1a hash of
 *              "char TAB feature", hash 0 = empty), tb_model_char[character count] sorted by
 *              code point, f32 weights (a slot's first, one per reading of its character),
 *              u16 reading ids
 *   citation   tb_citation[], sorted by code point then neutral syllable: the citation tone of
 *              a syllable a word gives in the neutral tone (scripts/lexicon/compile.py,
 *              citation_tones)
 *   pairs      the slots of the two-character keys within U+3400..U+9FFF again, grouped by first
 *              character: u32[0x6C01] group starts (the last = the key count), u32 0, then
 *              tb_lex_slot[key count], then u16[key count] second characters, sorted within
 *              a group. The segmenter's commonest lookup after the character's own is
 *              answered (found or not) by a search of a few hundred bytes. The hash field of
 *              these slots holds instead, in its low half, the third characters of the longer
 *              keys the pair starts, bit cp % 32 for each (tb_lexicon_may_continue), and in
 *              its high half the word's two syllable ids (tb_lexicon_word_pinyin)
 * Little-endian throughout; the loader refuses other files. */
#ifndef TB_MANDARIN_LEXICON_H
#define TB_MANDARIN_LEXICON_H

#include "core/core.h"

#define TB_LEX_VERSION 9u
#define TB_LEX_BMP_FIRST 0x3400u
#define TB_LEX_BMP_COUNT 0x6C00u

enum {
  TB_LEX_WORD = 1,   /* segmentation may end a word here */
  TB_LEX_PREFIX = 2, /* a longer word starts with this key */
  TB_LEX_PINYIN = 4, /* syllables are stored */
};

/* The head of an entry; its syllables follow (tb_lexicon_pinyin). */
typedef struct {
  uint8_t nchars;
  uint8_t flags;
  uint8_t nalt;
  uint8_t pad;
} tb_lex_entry;

typedef struct {
  uint64_t hash;
  uint32_t meta; /* bits 0–23: entry offset (0 = a prefix only), bits 24–31: flags; 0 = empty */
  float logp;    /* natural log of the word's relative frequency */
} tb_lex_slot;

typedef struct {
  uint64_t hash;
  uint32_t first; /* weights [first, first + the character's reading count) */
  uint32_t pad;
} tb_model_slot;

typedef struct {
  uint32_t cp;
  uint16_t first, count; /* readings [first, first + count) of the model's reading pool */
} tb_model_char;

typedef struct {
  uint32_t cp;
  uint16_t neutral, full;
} tb_citation;

typedef struct {
  void *map;
  size_t map_len;
  const char (*syllables)[8];
  size_t syllable_count;
  const uint16_t *entries; /* see "entries" above */
  size_t entries_len;      /* in u16 */
  const tb_lex_slot *hash;
  uint32_t hash_mask;
  const tb_lex_slot *char_slots; /* TB_LEX_BMP_COUNT, see "chars" above */
  const uint32_t *pair_first;    /* TB_LEX_BMP_COUNT + 1, see "pairs" above */
  const tb_lex_slot *pair_slots;
  const uint16_t *pair_keys;
  size_t pair_count;
  const uint32_t *t2s;         /* pairs */
  const uint16_t *bmp_reading; /* TB_LEX_BMP_COUNT each */
  const uint16_t *bmp_simplified;
  size_t t2s_count;
  const char *rules;          /* NUL-terminated */
  float min_logp;             /* the rarest word's; unknown characters cost a little more */
  const int8_t *name_surname; /* TB_LEX_BMP_COUNT each, see "names" above */
  const int8_t *name_given;
  const uint32_t *compound_surnames; /* pairs, sorted */
  size_t compound_count;
  const tb_model_slot *model_slots; /* model_mask + 1 of them */
  uint32_t model_mask;
  const tb_model_char *model_chars;
  size_t model_char_count;
  const float *model_weights;
  size_t model_weight_count;
  const uint16_t *model_readings;
  const uint8_t *model_bmp; /* bit set: this BMP character has a model */
  float model_shared[3];
  const tb_citation *citations; /* sorted */
  size_t citation_count;        /* AG, AG_IW=0, AG_IW=1: for the lexicon's own reading */
} tb_lexicon;

/* Maps path and checks every section lies inside the file. lex is the caller's (close it). */
tb_status tb_lexicon_open(tb_lexicon *lex, const char *path, tb_error *err);
void tb_lexicon_close(tb_lexicon *lex);

/* The slot of exactly these bytes (word, character or prefix), or NULL; borrowed. */
const tb_lex_slot *tb_lexicon_slot(const tb_lexicon *lex, const char *key, size_t len);

/* Keys hash as the 64-bit FNV-1a of their UTF-8, which extends a character at a time: the
 * segmenter hashes every candidate word from its shorter prefix instead of from the start. */
#define TB_LEX_HASH_START 0xCBF29CE484222325u
static inline uint64_t tb_lex_hash_byte(uint64_t h, unsigned b) {
  return (h ^ b) * 0x100000001B3u;
}
/* cp must be a Unicode scalar value (as the hanzi the segmenter looks up are). */
static inline uint64_t tb_lex_hash_char(uint64_t h, uint32_t cp) {
  if (cp < 0x80) return tb_lex_hash_byte(h, cp);
  if (cp < 0x800) return tb_lex_hash_byte(tb_lex_hash_byte(h, 0xC0 | cp >> 6), 0x80 | (cp & 0x3F));
  if (cp >= 0x10000) {
    h = tb_lex_hash_byte(h, 0xF0 | cp >> 18);
    h = tb_lex_hash_byte(h, 0x80 | (cp >> 12 & 0x3F));
  } else {
    h = tb_lex_hash_byte(h, 0xE0 | cp >> 12);
  }
  return tb_lex_hash_byte(tb_lex_hash_byte(h, 0x80 | (cp >> 6 & 0x3F)), 0x80 | (cp & 0x3F));
}
/* The slot of the key with this hash, or NULL; borrowed. */
const tb_lex_slot *tb_lexicon_slot_hashed(const tb_lexicon *lex, uint64_t hash);
/* Starts loading the first slot a lookup of this hash reads: the table is far larger than the
 * caches, so a caller with many independent lookups issues them all before reading any. */
static inline void tb_lexicon_prefetch(const tb_lexicon *lex, uint64_t hash) {
  __builtin_prefetch(&lex->hash[(uint32_t)hash & lex->hash_mask]);
}
/* Starts loading the entry a slot points to (the same reason). */
static inline void tb_lexicon_prefetch_entry(const tb_lexicon *lex, const tb_lex_slot *slot) {
  uint32_t off = slot->meta & 0xFFFFFFu;
  if (off && off < lex->entries_len) __builtin_prefetch(lex->entries + off);
}
/* The slot of one character, or NULL; borrowed. Inline: the segmenter asks for every
 * character of the text, and the hanzi blocks are one index into the "chars" table. */
const tb_lex_slot *tb_lexicon_char_slot_hashed(const tb_lexicon *lex, uint32_t cp);
static inline const tb_lex_slot *tb_lexicon_char_slot(const tb_lexicon *lex, uint32_t cp) {
  if (cp - TB_LEX_BMP_FIRST >= TB_LEX_BMP_COUNT || !lex->char_slots)
    return tb_lexicon_char_slot_hashed(lex, cp);
  const tb_lex_slot *slot = &lex->char_slots[cp - TB_LEX_BMP_FIRST];
  return slot->meta ? slot : NULL;
}
/* The slot of the two-character key a b, or NULL; borrowed. Within U+3400..U+9FFF a short
 * search of the "pairs" table, elsewhere a hash lookup. */
const tb_lex_slot *tb_lexicon_pair_slot(const tb_lexicon *lex, uint32_t a, uint32_t b);
/* True when slot lies in the "pairs" table, whose hash field holds what is described above. */
static inline bool tb_lex_is_pair(const tb_lexicon *lex, const tb_lex_slot *slot) {
  uintptr_t at = (uintptr_t)slot, first = (uintptr_t)lex->pair_slots;
  return at >= first && at < first + lex->pair_count * sizeof *slot;
}
/* False when no key is this two-character key (a slot tb_lexicon_pair_slot returned) followed
 * by cp: a longer lookup would find nothing. True may still find nothing. */
static inline bool tb_lexicon_may_continue(const tb_lexicon *lex, const tb_lex_slot *pair,
                                           uint32_t cp) {
  return !tb_lex_is_pair(lex, pair) || (pair->hash >> (cp % 32) & 1);
}
/* Copies the syllables of the word of n characters at slot into ids; false (ids untouched)
 * when the slot is no word of n characters with syllables. */
bool tb_lexicon_word_pinyin(const tb_lexicon *lex, const tb_lex_slot *slot, size_t n,
                            uint16_t *ids);
/* The entry a slot points to (words and characters), or NULL; borrowed. */
const tb_lex_entry *tb_lexicon_slot_entry(const tb_lexicon *lex, const tb_lex_slot *slot);
/* The entry for exactly these bytes, or NULL; borrowed from the map. */
const tb_lex_entry *tb_lexicon_find(const tb_lexicon *lex, const char *key, size_t len);
static inline int tb_lex_slot_flags(const tb_lex_slot *s) {
  return (int)(s->meta >> 24);
}

/* Syllable ids of an entry (nchars of them, plus nalt alternatives for a character); borrowed.
 * Ids index tb_lexicon_syllable. */
const uint16_t *tb_lexicon_pinyin(const tb_lexicon *lex, const tb_lex_entry *e);
/* "hang2" for an id; "" for 0 or an id out of range. Borrowed. */
const char *tb_lexicon_syllable(const tb_lexicon *lex, uint16_t id);
/* The id of a syllable string, or 0. Linear in the syllable bases: for rule loading only. */
uint16_t tb_lexicon_syllable_id(const tb_lexicon *lex, const char *syllable, size_t len);

/* Tone 1–5 of a syllable id (0 for id 0), and the same syllable with another tone. */
static inline int tb_syl_tone(uint16_t id) {
  return id ? (id - 1) % 5 + 1 : 0;
}
static inline uint16_t tb_syl_with_tone(uint16_t id, int tone) {
  return id ? (uint16_t)(id - (tb_syl_tone(id) - 1) + (tone - 1)) : 0;
}

/* The default reading of one character (id), or 0 when it has none. */
uint16_t tb_lexicon_char_reading(const tb_lexicon *lex, uint32_t cp);
/* Simplified form of a traditional character, or cp itself. */
uint32_t tb_lexicon_simplify(const tb_lexicon *lex, uint32_t cp);

#endif
