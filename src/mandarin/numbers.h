/* Digit strings spelled in hanzi (private to the mandarin stage). */
#ifndef TB_MANDARIN_NUMBERS_H
#define TB_MANDARIN_NUMBERS_H

#include "core/core.h"

/* Digit by digit (2026 → 二零二六); `yao` says 1 as 幺, as in phone numbers read aloud. */
void tb_num_digits(tb_strbuf *out, const char *d, size_t n, bool yao);
/* A cardinal: 101 → 一百零一, 20000 → 两万, 10 → 十. `liang` says a lone 2 before a measure
 * word is 两 (2个 → 两个) rather than 二. */
void tb_num_cardinal(tb_strbuf *out, const char *d, size_t n, bool liang);
/* A rank or serial after 第 and the like: a cardinal with 二 everywhere (第二百名, 第二千期). */
void tb_num_ordinal(tb_strbuf *out, const char *d, size_t n);
/* A cardinal with an optional fraction part: 3.05 → 三点零五. */
void tb_num_decimal(tb_strbuf *out, const char *d, size_t n, bool liang);

#endif
