/* Shared by the files that read JSON in a newsroom's own schema (json_*.c): the roles a field
 * can play, one candidate object's fields, and what each file offers the others. */
#ifndef TB_LAYOUT_JSON_INTERNAL_H
#define TB_LAYOUT_JSON_INTERNAL_H

#include "layout_internal.h"

#include <jansson.h>

#define COUNT(a) (sizeof(a) / sizeof *(a))

typedef enum {
  ROLE_NONE,
  ROLE_SKIP,
  ROLE_KICKER,
  ROLE_SUBTITLE,
  ROLE_TITLE,
  ROLE_CAPTION,
  ROLE_IMAGES,
  ROLE_BYLINE,
  ROLE_SOURCE,
  ROLE_BODY,
  ROLE_KIND,
  ROLE_COLUMN,
  ROLE_DATE,
  ROLE_PAGE,
  ROLE_COUNT
} field_role;

/* One candidate's fields, as read_fields sorts them. */
typedef struct {
  char *text[ROLE_COUNT]; /* first value per role; owned */
  tb_strlist captions;    /* from image objects and caption fields */
  char *photo_credit;     /* the first image author */
  char *shape_title, *shape_body;
  bool body_is_list; /* the body came as an array of paragraphs */
} fields;

/* ---- json_fields.c ---- */
/* The role a key names: lower-cased, with _ - . : space and # left out. */
field_role foreign_role_of_key(const char *key);
/* The text a value holds: a string; an object's rendered/value/text/name member (WordPress's
 * {"rendered": …}, an author {"name": …}); an array's strings or texts joined with sep. NULL when
 * there is none; the result is the caller's. */
char *foreign_text_of(json_t *v, const char *sep);
/* Does s hold word, ASCII letters compared without case? */
bool foreign_has_word(const char *s, const char *word);
bool foreign_looks_like_url(const char *s);
bool foreign_has_html_tags(const char *s);
/* Mostly digits and date marks ("2026-11-03 08:00", "2026年11月3日"). */
bool foreign_looks_like_date(const char *s);
/* Shape of a title: a short line that does not end a sentence. */
bool foreign_title_shaped(const char *s);
void foreign_fields_free(fields *f);
/* Sorts the members of o into f; depth > 0 for an unnamed nested object (WordPress's
 * "_embedded"), whose members never override what o says itself. */
void foreign_read_fields(json_t *o, fields *f, int depth);
const char *foreign_title_of(const fields *f);
const char *foreign_body_of(const fields *f);
/* Advertisements and other items that are not stories. */
bool foreign_is_advert(const fields *f);
/* Reads as a story: a title with a body or a photo caption. */
bool foreign_story_shaped(const fields *f);

/* ---- json_body.c ---- */
/* Reads body (HTML or plain text) into a, which has its headline already. */
void foreign_read_body(const char *body, tb_article *a);

/* ---- json_issue.c ---- */
/* Publication, date and issue number from the scalar members of o and of its nested objects that
 * are not stories (an "issue" or "meta" object). */
void foreign_read_issue_fields(json_t *o, tb_issue *issue, int depth);

#endif
