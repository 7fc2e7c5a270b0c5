/* Codes that a number's usual reading would get wrong because of the mark before them: an
 * international phone number (+86-10-64012345, not 正八十六), a book number after ISBN (its
 * hyphens are no ranges) and a codec's dotted name (H.265, not H. 两百六十五). All are said
 * digit by digit. */
#include "normalize_internal.h"

#include <string.h>

static void say_digit(tb_strbuf *sb, uint32_t c, bool yao) {
  tb_num_digits(sb, (char[]){(char)c}, 1, yao);
}

/* +86-10-64012345, +86 138 1234 5678, +8613812345678: 加 and the digits. The country code is
 * one to three digits; what follows is a phone number of seven digits or more, in groups joined
 * by hyphens or spaces. A mobile number says 幺 as at home; a landline keeps 一, as numbers with
 * an area code do. */
static size_t international_phone(tb_nz *z, size_t i) {
  enum { SHORTEST_NATIONAL = 7, LONGEST_COUNTRY = 3 };
  uint32_t plus = tb_nz_at(z, i);
  if (plus != '+' && plus != 0xFF0B) return 0;
  if (i > 0 && (tb_nz_digit(tb_nz_at(z, i - 1)) || tb_nz_latin(tb_nz_at(z, i - 1)))) return 0;
  size_t country = tb_nz_digits(z, i + 1);
  if (country == 0) return 0;
  size_t j = i + 1 + country, national = 0, national_start = j;
  if (country > LONGEST_COUNTRY) {
    /* +8613812345678: the country code is glued on; 86 is the one these pages print */
    if (country < 2 + SHORTEST_NATIONAL || !tb_nz_match(z, i + 1, "86")) return 0;
    national = country - 2;
    national_start = i + 3;
  } else {
    while ((tb_nz_at(z, j) == '-' || tb_nz_at(z, j) == ' ') && tb_nz_digits(z, j + 1) >= 1) {
      if (national == 0) national_start = j + 1;
      national += tb_nz_digits(z, j + 1);
      j += 1 + tb_nz_digits(z, j + 1);
    }
    if (national < SHORTEST_NATIONAL) return 0;
  }
  bool mobile = national == 11 && tb_nz_at(z, national_start) == '1';
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "加");
  for (size_t k = i + 1; k < j; k++)
    if (tb_nz_digit(tb_nz_at(z, k))) say_digit(&sb, tb_nz_at(z, k), mobile && k >= national_start);
  tb_piece *p = tb_nz_emit(z, TB_TOKEN_NUMBER, i, j - i, tb_strbuf_view(&sb));
  p->no_sandhi = true;
  tb_strbuf_free(&sb);
  return j - i;
}

/* ISBN 978-7-200-16523-8, ISSN 1002-4212: the digit groups of a book's or a serial's number,
 * the hyphens silent and a final X kept. */
static bool book_number_before(const tb_nz *z, size_t i) {
  size_t k = i;
  while (k > 0 && (tb_is_space_cp(tb_nz_at(z, k - 1)) || tb_nz_at(z, k - 1) == ':' ||
                   tb_nz_at(z, k - 1) == 0xFF1A))
    k--;
  return k >= 4 && (tb_nz_match(z, k - 4, "isbn") || tb_nz_match(z, k - 4, "issn")) &&
         !(k > 4 && tb_nz_latin(tb_nz_at(z, k - 5)));
}

static size_t book_number(tb_nz *z, size_t i) {
  if (!tb_nz_digit(tb_nz_at(z, i)) || !book_number_before(z, i)) return 0;
  size_t j = i;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (;;) {
    for (size_t k = j; k < j + tb_nz_digits(z, j); k++)
      say_digit(&sb, tb_nz_at(z, k), false);
    j += tb_nz_digits(z, j);
    uint32_t c = tb_nz_at(z, j);
    if (c == '-' && (tb_nz_digit(tb_nz_at(z, j + 1)) || tb_nz_at(z, j + 1) == 'X')) {
      j++;
      if (tb_nz_at(z, j) == 'X' && !tb_nz_latin(tb_nz_at(z, j + 1))) {
        tb_strbuf_puts(&sb, "X");
        j++;
        break;
      }
      continue;
    }
    break;
  }
  tb_piece *p = tb_nz_emit(z, TB_TOKEN_NUMBER, i, j - i, tb_strbuf_view(&sb));
  p->no_sandhi = true;
  tb_strbuf_free(&sb);
  return j - i;
}

/* H.264, H.265: one capital, a full stop and three digits or more name a video codec, said
 * 点二六五 as the trade does. Returns the chars used from the full stop. */
static size_t dotted_name(tb_nz *z, size_t i) {
  enum { SHORTEST_CODE = 3 };
  if (tb_nz_at(z, i) != '.' || i == 0) return 0;
  uint32_t letter = tb_nz_at(z, i - 1);
  if (letter < 'A' || letter > 'Z' || (i >= 2 && tb_nz_latin(tb_nz_at(z, i - 2)))) return 0;
  size_t n = tb_nz_digits(z, i + 1);
  size_t end = i + 1 + n;
  if (n < SHORTEST_CODE || tb_nz_at(z, end) == '.' || tb_nz_latin(tb_nz_at(z, end))) return 0;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "点");
  for (size_t k = i + 1; k < end; k++)
    say_digit(&sb, tb_nz_at(z, k), false);
  tb_piece *p = tb_nz_emit(z, TB_TOKEN_NUMBER, i, end - i, tb_strbuf_view(&sb));
  p->no_sandhi = true;
  tb_strbuf_free(&sb);
  return end - i;
}

size_t tb_nz_code(tb_nz *z, size_t i) {
  size_t used = international_phone(z, i);
  if (!used) used = book_number(z, i);
  if (!used) used = dotted_name(z, i);
  return used;
}
