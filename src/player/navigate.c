/* Moving through an issue by article, paragraph or sentence, from the speech stage's marks. */
#include "player.h"

/* A jump lands on a unit's start; being this close after it counts as being at it. */
#define AT_START_SECONDS 0.05

static bool is_unit_start(const tb_book_article *a, size_t sentence, tb_nav_level level) {
  return level == TB_LEVEL_SENTENCE || a->paragraph_starts[sentence];
}

size_t tb_nav_sentence_at(const tb_book_article *article, double seconds) {
  size_t found = 0;
  for (size_t i = 0; i < article->sentence_count; i++)
    if (article->sentence_starts[i] <= seconds + AT_START_SECONDS) found = i;
  return found;
}

size_t tb_nav_paragraph_number(const tb_book_article *article, double seconds) {
  size_t sentence = tb_nav_sentence_at(article, seconds), number = 0;
  for (size_t i = 1; i <= sentence; i++) /* sentence 0 is the headline, not a paragraph */
    if (article->paragraph_starts[i]) number++;
  return number;
}

/* The start of the last unit in article at or before seconds; -1 when there is none. */
static double unit_start_at(const tb_book_article *a, double seconds, tb_nav_level level) {
  double start = -1;
  for (size_t i = 0; i < a->sentence_count; i++)
    if (a->sentence_starts[i] <= seconds + AT_START_SECONDS && is_unit_start(a, i, level))
      start = a->sentence_starts[i];
  return start;
}

static double last_unit_start(const tb_book_article *a, tb_nav_level level) {
  return unit_start_at(a, a->duration + 1e9, level);
}

static bool step_forward(const tb_book *book, tb_position at, tb_nav_level level, tb_position *to) {
  const tb_book_article *a = &book->articles[at.article];
  if (level != TB_LEVEL_ARTICLE) {
    for (size_t i = 0; i < a->sentence_count; i++) {
      if (a->sentence_starts[i] > at.seconds + AT_START_SECONDS && is_unit_start(a, i, level)) {
        *to = (tb_position){at.article, a->sentence_starts[i]};
        return true;
      }
    }
  }
  if (at.article + 1 >= book->article_count) return false;
  *to = (tb_position){at.article + 1, 0};
  return true;
}

static bool step_back(const tb_book *book, tb_position at, tb_nav_level level, tb_position *to) {
  const tb_book_article *a = &book->articles[at.article];
  double start = level == TB_LEVEL_ARTICLE ? 0 : unit_start_at(a, at.seconds, level);
  if (start < 0) start = 0;
  if (at.seconds - start > TB_NAV_RESTART_SECONDS) {
    *to = (tb_position){at.article, start};
    return true;
  }
  if (level != TB_LEVEL_ARTICLE && start > 0) {
    double before = unit_start_at(a, start - 2 * AT_START_SECONDS, level);
    *to = (tb_position){at.article, before < 0 ? 0 : before};
    return true;
  }
  if (at.article == 0) {
    if (at.seconds <= AT_START_SECONDS) return false;
    *to = (tb_position){0, 0};
    return true;
  }
  const tb_book_article *previous = &book->articles[at.article - 1];
  double last = level == TB_LEVEL_ARTICLE ? 0 : last_unit_start(previous, level);
  *to = (tb_position){at.article - 1, last < 0 ? 0 : last};
  return true;
}

bool tb_nav_step(const tb_book *book, tb_position at, tb_nav_level level, int direction,
                 tb_position *to) {
  if (book->article_count == 0 || at.article >= book->article_count || direction == 0) return false;
  return direction > 0 ? step_forward(book, at, level, to) : step_back(book, at, level, to);
}
