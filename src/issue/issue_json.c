/* The issue model to and from the JSON of `tingbao parse --format json` (DESIGN.md). */
#include "issue.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static json_t *string_or_null(const char *s) {
  return s ? json_string(s) : json_null();
}

static json_t *string_array(const tb_strlist *list) {
  json_t *array = json_array();
  for (size_t i = 0; i < list->count; i++)
    json_array_append_new(array, json_string(list->items[i]));
  return array;
}

static json_t *article_to_json(const tb_article *a) {
  json_t *o = json_object();
  json_object_set_new(o, "id", string_or_null(a->id));
  json_object_set_new(o, "kind", json_string(tb_article_kind_name(a->kind)));
  json_object_set_new(o, "headline", string_or_null(a->headline));
  json_object_set_new(o, "subheadlines", string_array(&a->subheadlines));
  json_object_set_new(o, "byline", string_or_null(a->byline));
  json_object_set_new(o, "paragraphs", string_array(&a->paragraphs));
  json_t *crossheads = json_array();
  for (size_t i = 0; i < a->crosshead_count; i++)
    json_array_append_new(crossheads,
                          json_pack("{s:I,s:s}", "before", (json_int_t)a->crossheads[i].before,
                                    "text", a->crossheads[i].text));
  json_object_set_new(o, "crossheads", crossheads);
  json_object_set_new(o, "captions", string_array(&a->captions));
  json_object_set_new(o, "editor_note", string_or_null(a->editor_note));
  json_object_set_new(o, "column", string_or_null(a->column));
  json_object_set_new(o, "continued", json_boolean(a->continued));
  if (a->first_line)
    json_object_set_new(o, "source_lines",
                        json_pack("[I,I]", (json_int_t)a->first_line, (json_int_t)a->last_line));
  return o;
}

json_t *tb_issue_to_json(const tb_issue *issue) {
  json_t *o = json_object();
  json_object_set_new(o, "source", string_or_null(issue->source));
  json_object_set_new(o, "publication", string_or_null(issue->publication));
  json_object_set_new(o, "date", string_or_null(issue->date));
  json_object_set_new(o, "issue_no", string_or_null(issue->issue_no));
  json_t *articles = json_array();
  for (size_t i = 0; i < issue->article_count; i++)
    json_array_append_new(articles, article_to_json(&issue->articles[i]));
  json_object_set_new(o, "articles", articles);
  return o;
}

char *tb_issue_to_json_text(const tb_issue *issue) {
  json_t *o = tb_issue_to_json(issue);
  char *dumped = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(o);
  char *text = tb_xasprintf("%s\n", dumped);
  free(dumped);
  return text;
}

/* ---- reading ----------------------------------------------------------------------------------
 */

typedef struct {
  const char *name;
  tb_error *err;
} reader;

static tb_status bad(reader *r, const char *where, const char *what) {
  return tb_error_set(r->err, TB_ERR_INPUT, "%s: %s: %s", r->name, where, what);
}

/* Optional string member: absent or null → NULL; anything else but a string is an error. */
static tb_status get_string(reader *r, json_t *o, const char *key, const char *where, char **out) {
  json_t *v = json_object_get(o, key);
  if (!v || json_is_null(v)) return TB_OK;
  if (!json_is_string(v)) {
    char what[96];
    snprintf(what, sizeof what, "\"%s\" must be a string", key);
    return bad(r, where, what);
  }
  tb_set_string(out, json_string_value(v));
  return TB_OK;
}

static tb_status get_strings(reader *r, json_t *o, const char *key, const char *where,
                             tb_strlist *out) {
  json_t *v = json_object_get(o, key);
  if (!v || json_is_null(v)) return TB_OK;
  char what[96];
  snprintf(what, sizeof what, "\"%s\" must be an array of strings", key);
  if (!json_is_array(v)) return bad(r, where, what);
  size_t i;
  json_t *item;
  json_array_foreach(v, i, item) {
    if (!json_is_string(item)) return bad(r, where, what);
    tb_strlist_push(out, json_string_value(item));
  }
  return TB_OK;
}

static tb_status read_article(reader *r, json_t *o, size_t index, tb_article *a) {
  char where[48];
  snprintf(where, sizeof where, "article %zu", index + 1);
  if (!json_is_object(o)) return bad(r, where, "must be an object");
  json_t *kind = json_object_get(o, "kind");
  if (kind && !json_is_null(kind)) {
    if (!json_is_string(kind) || !tb_article_kind_parse(json_string_value(kind), &a->kind))
      return bad(r, where, "\"kind\" must be news, photo, feature, opinion, list or notice");
  }
  tb_status s;
  if ((s = get_string(r, o, "headline", where, &a->headline)) ||
      (s = get_strings(r, o, "subheadlines", where, &a->subheadlines)) ||
      (s = get_string(r, o, "byline", where, &a->byline)) ||
      (s = get_strings(r, o, "paragraphs", where, &a->paragraphs)) ||
      (s = get_strings(r, o, "captions", where, &a->captions)) ||
      (s = get_string(r, o, "editor_note", where, &a->editor_note)) ||
      (s = get_string(r, o, "column", where, &a->column)))
    return s;
  json_t *continued = json_object_get(o, "continued");
  if (continued && !json_is_null(continued)) {
    if (!json_is_boolean(continued)) return bad(r, where, "\"continued\" must be true or false");
    a->continued = json_is_true(continued);
  }
  json_t *crossheads = json_object_get(o, "crossheads");
  if (crossheads && !json_is_null(crossheads)) {
    if (!json_is_array(crossheads)) return bad(r, where, "\"crossheads\" must be an array");
    size_t i;
    json_t *c;
    json_array_foreach(crossheads, i, c) {
      json_t *before = json_object_get(c, "before"), *text = json_object_get(c, "text");
      if (!json_is_integer(before) || json_integer_value(before) < 0 || !json_is_string(text))
        return bad(r, where, "a crosshead needs \"before\" (paragraph index) and \"text\"");
      tb_article_add_crosshead(a, (size_t)json_integer_value(before), json_string_value(text));
    }
  }
  if (!a->headline && a->paragraphs.count == 0) return bad(r, where, "has no headline and no text");
  return TB_OK;
}

tb_status tb_issue_from_json(const char *name, const char *text, tb_issue **out, tb_error *err) {
  *out = NULL;
  json_error_t jerr;
  json_t *root = json_loads(text, JSON_REJECT_DUPLICATES, &jerr);
  if (!root)
    return tb_error_set(err, TB_ERR_INPUT, "%s:%d: invalid JSON: %s", name, jerr.line, jerr.text);
  reader r = {name, err};
  tb_issue *issue = tb_issue_new();
  tb_status s = TB_OK;
  json_t *articles = json_is_object(root) ? json_object_get(root, "articles") : NULL;
  if (!json_is_array(articles)) {
    s = bad(&r, "top level", "must be an object with an \"articles\" array");
  } else if (json_array_size(articles) == 0) {
    s = bad(&r, "articles", "no article in the issue");
  } else {
    if ((s = get_string(&r, root, "publication", "top level", &issue->publication)) == TB_OK &&
        (s = get_string(&r, root, "date", "top level", &issue->date)) == TB_OK)
      s = get_string(&r, root, "issue_no", "top level", &issue->issue_no);
    size_t i;
    json_t *a;
    json_array_foreach(articles, i, a) {
      if (s != TB_OK) break;
      s = read_article(&r, a, i, tb_issue_add_article(issue));
    }
  }
  json_decref(root);
  if (s != TB_OK) {
    tb_issue_free(issue);
    return s;
  }
  tb_set_string(&issue->source, name);
  tb_issue_tidy(issue);
  tb_issue_assign_ids(issue);
  *out = issue;
  return TB_OK;
}
