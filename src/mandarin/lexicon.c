#include "lexicon.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
  SEC_SYLLABLES,
  SEC_ENTRIES,
  SEC_HASH,
  SEC_CHARS,
  SEC_T2S,
  SEC_RULES,
  SEC_META,
  SEC_BMP,
  SEC_NAMES,
  SEC_MODEL,
  SEC_CITATION,
  SEC_PAIRS,
  SEC_COUNT
};

static uint64_t fnv1a64(const char *s, size_t n) {
  uint64_t h = TB_LEX_HASH_START;
  for (size_t i = 0; i < n; i++)
    h = tb_lex_hash_byte(h, (unsigned char)s[i]);
  return h;
}

static uint64_t read_u64(const unsigned char *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = (v << 8) | p[i];
  return v;
}

static uint32_t read_u32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static tb_status check_model(tb_lexicon *lex, const unsigned char *sec, size_t len,
                             const char *path, tb_error *err) {
  enum { HEAD = 32 + 0x10000 / 8 };
  if (len < HEAD) return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon model is damaged", path);
  uint32_t slots = read_u32(sec), chars = read_u32(sec + 4), readings = read_u32(sec + 8),
           weights = read_u32(sec + 12);
  if (slots == 0 || (slots & (slots - 1)) || slots > len || chars > len || readings > len ||
      weights > len ||
      HEAD + (size_t)slots * sizeof(tb_model_slot) + (size_t)chars * sizeof(tb_model_char) +
              (size_t)weights * 4 + (size_t)readings * 2 !=
          len)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon model is damaged", path);
  memcpy(lex->model_shared, sec + 16, sizeof lex->model_shared);
  lex->model_bmp = sec + 32;
  lex->model_slots = (const tb_model_slot *)(sec + HEAD);
  lex->model_mask = slots - 1;
  lex->model_chars = (const tb_model_char *)(lex->model_slots + slots);
  lex->model_char_count = chars;
  lex->model_weights = (const float *)(lex->model_chars + chars);
  lex->model_weight_count = weights;
  lex->model_readings = (const uint16_t *)(lex->model_weights + weights);
  for (size_t i = 0; i < chars; i++)
    if ((size_t)lex->model_chars[i].first + lex->model_chars[i].count > readings)
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon model is damaged", path);
  return TB_OK;
}

/* A file from another build or a truncated one must fail here, not crash later. */
static tb_status check_layout(tb_lexicon *lex, const char *path, tb_error *err) {
  const unsigned char *base = lex->map;
  if (lex->map_len < 16 || memcmp(base, "TBLEX\0\0\0", 8) != 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: not a tingbao lexicon", path);
  if (read_u32(base + 8) != TB_LEX_VERSION)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon version %u, expected %u (rebuild it)",
                        path, read_u32(base + 8), TB_LEX_VERSION);
  if (read_u32(base + 12) != SEC_COUNT || lex->map_len < 16 + 16 * SEC_COUNT)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon header is damaged", path);
  const unsigned char *sec[SEC_COUNT];
  size_t len[SEC_COUNT];
  for (int i = 0; i < SEC_COUNT; i++) {
    uint64_t off = read_u64(base + 16 + 16 * i), n = read_u64(base + 24 + 16 * i);
    if (off % 8 || off > lex->map_len || n > lex->map_len - off)
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon section %d out of bounds", path, i);
    sec[i] = base + off;
    len[i] = (size_t)n;
  }
  lex->syllables = (const char(*)[8])sec[SEC_SYLLABLES];
  lex->syllable_count = len[SEC_SYLLABLES] / 8;
  lex->entries = (const uint16_t *)sec[SEC_ENTRIES];
  lex->entries_len = len[SEC_ENTRIES] / 2;
  lex->hash = (const tb_lex_slot *)sec[SEC_HASH];
  size_t slots = len[SEC_HASH] / sizeof(tb_lex_slot);
  lex->char_slots = (const tb_lex_slot *)sec[SEC_CHARS];
  lex->t2s = (const uint32_t *)sec[SEC_T2S];
  lex->t2s_count = len[SEC_T2S] / 8;
  lex->rules = (const char *)sec[SEC_RULES];
  if (slots == 0 || (slots & (slots - 1)) ||
      len[SEC_CHARS] != TB_LEX_BMP_COUNT * sizeof(tb_lex_slot) || len[SEC_RULES] == 0 ||
      lex->rules[len[SEC_RULES] - 1] != '\0' || lex->syllable_count == 0 || len[SEC_META] < 4 ||
      len[SEC_BMP] != 4 * TB_LEX_BMP_COUNT || lex->syllable_count % 5 != 1 ||
      len[SEC_NAMES] < 2 * TB_LEX_BMP_COUNT || (len[SEC_NAMES] - 2 * TB_LEX_BMP_COUNT) % 8)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon tables are damaged", path);
  lex->hash_mask = (uint32_t)(slots - 1);
  memcpy(&lex->min_logp, sec[SEC_META], sizeof lex->min_logp);
  lex->bmp_reading = (const uint16_t *)sec[SEC_BMP];
  lex->bmp_simplified = lex->bmp_reading + TB_LEX_BMP_COUNT;
  lex->name_surname = (const int8_t *)sec[SEC_NAMES];
  lex->name_given = lex->name_surname + TB_LEX_BMP_COUNT;
  lex->compound_surnames = (const uint32_t *)(sec[SEC_NAMES] + 2 * TB_LEX_BMP_COUNT);
  lex->compound_count = (len[SEC_NAMES] - 2 * TB_LEX_BMP_COUNT) / 8;
  if (len[SEC_CITATION] % sizeof(tb_citation))
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon tables are damaged", path);
  lex->citations = (const tb_citation *)sec[SEC_CITATION];
  enum { PAIR_HEAD = (TB_LEX_BMP_COUNT + 2) * sizeof(uint32_t) };
  if (len[SEC_PAIRS] < PAIR_HEAD ||
      (len[SEC_PAIRS] - PAIR_HEAD) % (sizeof(tb_lex_slot) + sizeof(uint16_t)))
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: lexicon tables are damaged", path);
  lex->pair_count = (len[SEC_PAIRS] - PAIR_HEAD) / (sizeof(tb_lex_slot) + sizeof(uint16_t));
  lex->pair_first = (const uint32_t *)sec[SEC_PAIRS];
  lex->pair_slots = (const tb_lex_slot *)(sec[SEC_PAIRS] + PAIR_HEAD);
  lex->pair_keys = (const uint16_t *)(lex->pair_slots + lex->pair_count);
  lex->citation_count = len[SEC_CITATION] / sizeof(tb_citation);
  return check_model(lex, sec[SEC_MODEL], len[SEC_MODEL], path, err);
}

tb_status tb_lexicon_open(tb_lexicon *lex, const char *path, tb_error *err) {
  memset(lex, 0, sizeof *lex);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot open lexicon: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: not a regular file", path);
  }
  void *map =
      st.st_size > 0 ? mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
  int saved = errno;
  close(fd);
  if (map == MAP_FAILED)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot map lexicon: %s", path,
                        st.st_size > 0 ? strerror(saved) : "empty file");
  lex->map = map;
  lex->map_len = (size_t)st.st_size;
  tb_status s = check_layout(lex, path, err);
  if (s != TB_OK) tb_lexicon_close(lex);
  return s;
}

void tb_lexicon_close(tb_lexicon *lex) {
  if (lex->map) munmap(lex->map, lex->map_len);
  memset(lex, 0, sizeof *lex);
}

const tb_lex_slot *tb_lexicon_slot(const tb_lexicon *lex, const char *key, size_t len) {
  return tb_lexicon_slot_hashed(lex, fnv1a64(key, len));
}

const tb_lex_slot *tb_lexicon_slot_hashed(const tb_lexicon *lex, uint64_t full) {
  if (!lex->map) return NULL;
  uint32_t h = (uint32_t)full & lex->hash_mask;
  for (uint32_t probes = 0; probes <= lex->hash_mask; probes++) {
    const tb_lex_slot *slot = &lex->hash[h];
    if (slot->meta == 0) return NULL;
    if (slot->hash == full) return slot;
    h = (h + 1) & lex->hash_mask;
  }
  return NULL;
}

const tb_lex_slot *tb_lexicon_char_slot_hashed(const tb_lexicon *lex, uint32_t cp) {
  char buf[4];
  return tb_lexicon_slot(lex, buf, tb_utf8_encode(cp, buf));
}

const tb_lex_slot *tb_lexicon_pair_slot(const tb_lexicon *lex, uint32_t a, uint32_t b) {
  if (a - TB_LEX_BMP_FIRST >= TB_LEX_BMP_COUNT || b - TB_LEX_BMP_FIRST >= TB_LEX_BMP_COUNT) {
    char buf[8];
    size_t len = tb_utf8_encode(a, buf);
    return tb_lexicon_slot(lex, buf, len + tb_utf8_encode(b, buf + len));
  }
  if (!lex->map) return NULL;
  /* Group bounds are checked here, not at load (see below). */
  uint32_t lo = lex->pair_first[a - TB_LEX_BMP_FIRST],
           hi = lex->pair_first[a - TB_LEX_BMP_FIRST + 1];
  if (lo >= hi || hi > lex->pair_count) return NULL;
  /* Branch-free: the last key <= b, halving the range a fixed number of times. */
  const uint16_t *key = lex->pair_keys + lo;
  for (size_t n = hi - lo; n > 1; n -= n / 2)
    key += key[n / 2] <= b ? n / 2 : 0;
  return *key == b ? &lex->pair_slots[key - lex->pair_keys] : NULL;
}

/* Offsets are checked here rather than at load, so opening touches no more pages than the
 * header: a damaged file gives misses, never reads outside the map. */
const tb_lex_entry *tb_lexicon_slot_entry(const tb_lexicon *lex, const tb_lex_slot *slot) {
  uint32_t off = slot ? slot->meta & 0xFFFFFFu : 0;
  enum { HEAD = sizeof(tb_lex_entry) / sizeof(uint16_t) };
  if (off == 0 || off > lex->entries_len || lex->entries_len - off < HEAD) return NULL;
  const tb_lex_entry *e = (const tb_lex_entry *)(lex->entries + off);
  size_t syl = (size_t)e->nchars + e->nalt;
  if (syl > lex->entries_len - off - HEAD) return NULL;
  return e;
}

const tb_lex_entry *tb_lexicon_find(const tb_lexicon *lex, const char *key, size_t len) {
  return tb_lexicon_slot_entry(lex, tb_lexicon_slot(lex, key, len));
}

bool tb_lexicon_word_pinyin(const tb_lexicon *lex, const tb_lex_slot *slot, size_t n,
                            uint16_t *ids) {
  if (!slot || !(tb_lex_slot_flags(slot) & TB_LEX_WORD)) return false;
  if (n == 2 && tb_lex_is_pair(lex, slot) && (slot->meta & 0xFFFFFFu)) {
    ids[0] = (uint16_t)(slot->hash >> 32);
    ids[1] = (uint16_t)(slot->hash >> 48);
    return true;
  }
  const tb_lex_entry *e = tb_lexicon_slot_entry(lex, slot);
  if (!e || !(e->flags & TB_LEX_WORD) || e->nchars != n) return false;
  const uint16_t *py = tb_lexicon_pinyin(lex, e);
  for (size_t i = 0; i < n; i++)
    ids[i] = py[i];
  return true;
}

const uint16_t *tb_lexicon_pinyin(const tb_lexicon *lex, const tb_lex_entry *e) {
  (void)lex;
  return (const uint16_t *)(e + 1);
}

const char *tb_lexicon_syllable(const tb_lexicon *lex, uint16_t id) {
  return id && id < lex->syllable_count ? lex->syllables[id] : "";
}

uint16_t tb_lexicon_syllable_id(const tb_lexicon *lex, const char *syllable, size_t len) {
  if (len < 2 || len > 7 || syllable[len - 1] < '1' || syllable[len - 1] > '5') return 0;
  /* Ids come in groups of five tones: compare the toneless base once per group (a thousand
   * rules load in about a millisecond). */
  size_t base = len - 1;
  for (size_t i = 1; i + 4 < lex->syllable_count; i += 5)
    if (strncmp(lex->syllables[i], syllable, base) == 0 && lex->syllables[i][base + 1] == '\0')
      return (uint16_t)(i + (size_t)(syllable[len - 1] - '1'));
  return 0;
}

uint16_t tb_lexicon_char_reading(const tb_lexicon *lex, uint32_t cp) {
  if (cp - TB_LEX_BMP_FIRST < TB_LEX_BMP_COUNT) {
    uint16_t id = lex->bmp_reading[cp - TB_LEX_BMP_FIRST];
    return id < lex->syllable_count ? id : 0;
  }
  if (cp < 0xF900) return 0; /* only the hanzi blocks have readings */
  char buf[4];
  size_t n = tb_utf8_encode(cp, buf);
  const tb_lex_entry *e = tb_lexicon_find(lex, buf, n);
  if (!e || e->nchars != 1) return 0;
  return tb_lexicon_pinyin(lex, e)[0];
}

uint32_t tb_lexicon_simplify(const tb_lexicon *lex, uint32_t cp) {
  if (cp - TB_LEX_BMP_FIRST < TB_LEX_BMP_COUNT) {
    uint16_t s = lex->bmp_simplified[cp - TB_LEX_BMP_FIRST];
    return s ? s : cp;
  }
  if (cp < 0xF900) return cp;
  size_t lo = 0, hi = lex->t2s_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t t = lex->t2s[2 * mid];
    if (t == cp) return lex->t2s[2 * mid + 1];
    if (t < cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return cp;
}
