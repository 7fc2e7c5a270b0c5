/* The normalizer's shared state and helpers (private to normalize*.c). */
#ifndef TB_MANDARIN_NORMALIZE_INTERNAL_H
#define TB_MANDARIN_NORMALIZE_INTERNAL_H

#include "mandarin_internal.h"
#include "numbers.h"

#include <stdlib.h>

typedef struct {
  const tb_mandarin *m;
  const tb_char *c;
  size_t n;
  const char *text;
  tb_arena *arena;
  tb_piece *pieces; /* heap while building */
  size_t count, cap;
  size_t straight_quotes[2]; /* " and ' seen so far (not apostrophes): odd means one is open */
} tb_nz;

uint32_t tb_nz_at(const tb_nz *z, size_t i); /* folded code point, 0 past the end */
bool tb_nz_digit(uint32_t cp);
bool tb_nz_latin(uint32_t cp);
size_t tb_nz_digits(const tb_nz *z, size_t i); /* length of the digit run at i */
size_t tb_nz_skip_spaces(const tb_nz *z, size_t i);
size_t tb_nz_copy_digits(const tb_nz *z, size_t i, size_t n, char *buf, size_t cap);
bool tb_nz_match(const tb_nz *z, size_t i, const char *ascii); /* ASCII, case-insensitive */
size_t tb_nz_match_utf8(const tb_nz *z, size_t i, const char *s);
/* Appends a piece; spoken is copied into the arena. The pointer lives until the next emit. */
tb_piece *tb_nz_emit(tb_nz *z, tb_token_kind kind, size_t first, size_t count, const char *spoken);
const char *tb_nz_surface(const tb_nz *z, size_t first, size_t count);

/* Does an equals sign come next (after spaces)? 10-3=7 is a sum, not a range. */
bool tb_nz_equation_follows(const tb_nz *z, size_t i);

/* The value of a short ASCII digit string (capped: only used to compare with small bounds). */
int tb_nz_value(const char *d);
/* Characters that count things after a number (2000人, 120微克): the number is an amount. */
bool tb_nz_counting_char(uint32_t cp);

/* 两 or 二 (normalize_measure.c): does a measure word or a tally start at i (after spaces)? */
bool tb_nz_liang_follows(const tb_nz *z, size_t i);
/* 15号楼2层, 服务中心2层: the number starting at number_start names a floor (层 at i). */
bool tb_nz_floor_after_building(const tb_nz *z, size_t number_start, size_t i);

/* Units and currencies (normalize_unit.c). */
typedef struct {
  const char *text; /* as written after the number (UTF-8, case-sensitive) */
  const char *pre;  /* said before the number: 10km/h → 每小时十公里 */
  const char *post; /* said after it */
} tb_nz_unit;
typedef struct {
  const char *text;
  const char *name;
} tb_nz_currency;
/* The unit at i (after optional spaces for Latin units), or NULL; *len gets its chars. */
const tb_nz_unit *tb_nz_unit_at(const tb_nz *z, size_t i, size_t *len);
/* "/m³" or "/日" after a unit: appends 每…, returns the chars used. */
size_t tb_nz_per_unit(const tb_nz *z, size_t j, tb_strbuf *sb);
bool tb_nz_is_temperature(const tb_nz_unit *u);
/* A currency sign or code before a number at i, or NULL; *len gets its chars and spaces. */
const tb_nz_currency *tb_nz_currency_at(const tb_nz *z, size_t i, size_t *len);
/* 万 or 亿 scaling an amount before its currency's name: appended, returns the chars used. */
size_t tb_nz_scale_word(const tb_nz *z, size_t j, tb_strbuf *sb);

/* Words that make a number a code said digit by digit (normalize_shape.c). */
bool tb_nz_keyword_before(const tb_nz *z, size_t i);    /* 电话, 尾号, 邮编… before i */
bool tb_nz_is_hotline(const char *d);                   /* 110, 12345… */
bool tb_nz_line_name_follows(const tb_nz *z, size_t j); /* 95598供电服务热线 */
/* Dates, times, scores, dotted codes and phone numbers at i: appends the reading and returns
 * the chars used, or 0 when the digits are no such shape. */
size_t tb_nz_shaped(tb_nz *z, size_t i, tb_strbuf *sb);

/* Years (normalize_year.c). d is the number's ASCII digits, j the char after them. */
bool tb_nz_year_like(const char *d);               /* 19xx or 20xx */
bool tb_nz_year_follows(const tb_nz *z, size_t j); /* 年, 学年, 财年, 赛季 next */
bool tb_nz_years_span(const tb_nz *z, size_t i, size_t j, const char *d); /* 上下5000年 */
/* A year with no 年: （2024）, CES 2025, 2022北京冬奥会, 2024、2025年, 2025届, 《1921》; `ranked`
 * (after 第) makes 第2025届 a rank. */
bool tb_nz_bare_year(const tb_nz *z, size_t i, size_t j, const char *d, bool ranked);
bool tb_nz_era_year(const tb_nz *z, size_t i, size_t j, size_t digits); /* 公元前221年 */
bool tb_nz_decade_in_english(const tb_nz *z, const char *d, size_t j);  /* 1980s */
/* （1715—1763）: x and y around a dash that ends at e. */
bool tb_nz_bracketed_years(const tb_nz *z, size_t i, size_t e, const char *x, const char *y);
/* “大明1368—1644”: two years closing a quote or a title; e is the char after the second. */
bool tb_nz_titled_years(const tb_nz *z, size_t e, const char *x, const char *y);
bool tb_nz_year_before_latin_name(const tb_nz *z, const char *d, size_t j); /* 2025 FinTech */

/* Each returns the chars it consumed (and emitted pieces for), or 0 when nothing matched. */
size_t tb_nz_number(tb_nz *z, size_t i); /* normalize_number.c */
size_t tb_nz_code(tb_nz *z, size_t i);   /* normalize_code.c: +86-10-…, ISBN 978-…, H.265 */
size_t tb_nz_url(tb_nz *z, size_t i);    /* normalize_mark.c */
size_t tb_nz_mark(tb_nz *z, size_t i);   /* normalize_mark.c: punctuation and symbols */

#endif
