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

/* Each returns the chars it consumed (and emitted pieces for), or 0 when nothing matched. */
size_t tb_nz_number(tb_nz *z, size_t i); /* normalize_number.c */
size_t tb_nz_url(tb_nz *z, size_t i);    /* normalize_mark.c */
size_t tb_nz_mark(tb_nz *z, size_t i);   /* normalize_mark.c: punctuation and symbols */

#endif
