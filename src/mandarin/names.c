/* Person names for word division. GB/T 16159 writes a Chinese person's surname and given name
 * as two words (王倚剑 → 王 倚剑; 欧阳 修). A given name that is not in the lexicon falls apart
 * into characters in the segmenter (王|倚|剑); this pass joins the two characters of such a
 * given name when the characters look like a name: a surname, then characters that name
 * statistics (voices/lexicon/names.txt, from jieba's nr entries) say are common in given names
 * and rare elsewhere, helped by a title or role next to them (记者, 书记, 同志 …) or by the
 * name standing alone between punctuation (bylines, lists with 、).
 * Only single-character words are joined, so the pinyin of every character stays what the
 * lexicon and the polyphone rules give it. */
#include "mandarin_internal.h"

#include <stdlib.h>
#include <string.h>

/* Scores are log2 ratios times 4 (as stored in the lexicon). */
enum {
  NO_DATA = -128,
  UNSEEN_GIVEN = -12,  /* a character never seen in a given name: unlikely, not impossible */
  MIN_GIVEN = -8,      /* below this a character is not part of a name, whatever the cues */
  MIN_SURNAME = 4,     /* 天, 大, 中 … start names too rarely to count as surnames */
  COMPOUND_SCORE = 16, /* 欧阳, 司马 …: listed compound surnames are rarely anything else */
  CUE = 16, /* per cue (at most two): a title or role before or after, the name alone in its run */
  THRESHOLD = 36, /* surname + two given characters (+ cues) must reach this */
};

/* Words that stand right before a name in news: roles and titles (记者王倚剑, 区长王磊); a
 * word ending in one counts too (副区长, 财务经理). */
static const char *const BEFORE[] = {
    "记者",   "通讯员",   "书记", "区长",   "市长",   "主任", "局长", "镇长",   "县长",
    "部长",   "院长",     "校长", "经理",   "董事长", "主席", "委员", "代表",   "教授",
    "医生",   "老师",     "编辑", "主持人", "负责人", "队长", "村民", "居民",   "社长",
    "厂长",   "所长",     "站长", "处长",   "科长",   "组长", "会长", "馆长",   "网格员",
    "志愿者", "工作人员", "党员", "干部",   "民警",   "队员", "选手", "作者",   "秘书长",
    "社工",   "法官",     "专家", "战士",   "护士",   "律师", "市民", "研究员", "领导",
};
/* Words right after a name: forms of address, roles after the name, verbs of saying. */
static const char *const AFTER[] = {
    "同志", "先生", "女士", "老师", "书记", "区长", "主任", "表示", "介绍",
    "指出", "强调", "说",   "告诉", "称",   "认为", "一行", "等",   "摄",
    "报道", "参加", "出席", "主持", "看来", "坦言", "建议", "感慨",
};

static bool word_in(const tb_char *chars, size_t len, const char *const *list, size_t count) {
  char buf[8 * 4 + 1];
  if (len > 8) return false;
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += tb_utf8_encode(chars[i].norm, buf + n);
  for (size_t k = 0; k < count; k++)
    if (strlen(list[k]) == n && memcmp(list[k], buf, n) == 0) return true;
  return false;
}

static int bmp_score(const int8_t *table, uint32_t cp) {
  if (!table || cp < TB_LEX_BMP_FIRST || cp >= TB_LEX_BMP_FIRST + TB_LEX_BMP_COUNT) return NO_DATA;
  return table[cp - TB_LEX_BMP_FIRST];
}

static int cmp_pair(const void *a, const void *b) {
  const uint32_t *x = a, *y = b;
  if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* The surname score of the word chars[0, len), or NO_DATA when it is no surname. */
static int surname_score(const tb_lexicon *lex, const tb_char *chars, size_t len) {
  if (len == 1) return bmp_score(lex->name_surname, chars[0].norm);
  if (len == 2 && lex->compound_count) {
    uint32_t key[2] = {chars[0].norm, chars[1].norm};
    if (bsearch(key, lex->compound_surnames, lex->compound_count, 2 * sizeof(uint32_t), cmp_pair))
      return COMPOUND_SCORE;
  }
  return NO_DATA;
}

static int given_score(const tb_lexicon *lex, uint32_t cp) {
  int s = bmp_score(lex->name_given, cp);
  return s == NO_DATA ? UNSEEN_GIVEN : s;
}

/* Characters that end place and organisation names (宋庄镇, 王府井街): never a given name's
 * second character after a surname-like first word. */
static const char PLACE_END[] = "镇村县区市省路街乡桥园局厂店馆站寺庙港湾屯岛州院所校";

static bool place_end(uint32_t cp) {
  char buf[4];
  size_t n = tb_utf8_encode(cp, buf);
  for (const char *p = PLACE_END; *p; p += 3)
    if (n == 3 && memcmp(p, buf, 3) == 0) return true;
  return false;
}

/* A title ending the word before a name counts (财务经理, 区委书记 end in 经理, 书记). */
static bool ends_with_title(const tb_char *chars, size_t len) {
  for (size_t k = len >= 4 ? len - 4 : 0; k + 2 <= len; k++)
    if (word_in(chars + k, len - k, BEFORE, sizeof BEFORE / sizeof *BEFORE)) return true;
  return false;
}

/* The score of "word w is a surname and words w+1, w+2 (one character each) its given name",
 * or NO_DATA when they are not. at: w's first char; prev: the word before w (len 0: none). */
static int name_score(const tb_lexicon *lex, const tb_char *chars, const size_t *lens, size_t count,
                      size_t w, size_t at, size_t prev_at, size_t prev_len) {
  if (w + 2 >= count || lens[w + 1] != 1 || lens[w + 2] != 1) return NO_DATA;
  int sur = surname_score(lex, chars + at, lens[w]);
  if (sur < MIN_SURNAME) return NO_DATA;
  size_t g = at + lens[w];
  if (place_end(chars[g + 1].norm)) return NO_DATA;
  int g1 = given_score(lex, chars[g].norm), g2 = given_score(lex, chars[g + 1].norm);
  if (g1 < MIN_GIVEN || g2 < MIN_GIVEN) return NO_DATA;
  bool before = prev_len && ends_with_title(chars + prev_at, prev_len);
  bool after =
      w + 3 < count && word_in(chars + g + 2, lens[w + 3], AFTER, sizeof AFTER / sizeof *AFTER);
  /* the name fills its run (a byline, an item between 、), or ends it after a title */
  bool alone = w + 3 == count && (w == 0 || before);
  /* Each kind of cue adds: 记者付放蕾 standing alone in brackets is surer than either. */
  int cues = (int)before + (int)after + (int)alone;
  int score = sur + g1 + g2 + CUE * (cues > 2 ? 2 : cues);
  return score >= THRESHOLD ? score : NO_DATA;
}

size_t tb_mandarin_join_names(const tb_lexicon *lex, const tb_char *chars, size_t *lens,
                              const tb_lex_slot **slots, size_t count) {
  if (!lex->name_surname) return count;
  size_t out = 0, at = 0, prev_at = 0, prev_len = 0;
  for (size_t w = 0; w < count;) {
    int score = name_score(lex, chars, lens, count, w, at, prev_at, prev_len);
    if (score != NO_DATA) {
      /* 庄蕊王慧雯: when the second given character starts a better name, this one has a
       * one-character given name and nothing is joined here. */
      size_t g = at + lens[w];
      int next = name_score(lex, chars, lens, count, w + 2, g + 1, g, 1);
      if (next != NO_DATA && next > score) score = NO_DATA;
    }
    if (score != NO_DATA) {
      size_t g = at + lens[w];
      if (slots) slots[out] = slots[w], slots[out + 1] = NULL;
      lens[out] = lens[w];
      lens[out + 1] = 2;
      prev_at = g, prev_len = 2;
      at = g + 2;
      out += 2;
      w += 3;
      continue;
    }
    if (slots) slots[out] = slots[w];
    lens[out++] = lens[w];
    prev_at = at, prev_len = lens[w];
    at += lens[w];
    w++;
  }
  return out;
}
