/* Where each issue was left: one JSON file for all issues,
 * {"tingbao_bookmarks": 1, "issues": {KEY: {"article": N, "seconds": S}}}, replaced atomically. */
#include "player.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FORMAT_KEY "tingbao_bookmarks"

char *tb_bookmark_default_path(void) {
  const char *state = getenv("XDG_STATE_HOME");
  if (state && *state == '/') return tb_xasprintf("%s/tingbao/bookmarks.json", state);
  const char *home = getenv("HOME");
  if (home && *home) return tb_xasprintf("%s/.local/state/tingbao/bookmarks.json", home);
  return NULL;
}

/* *root is the caller's: the file's object, or a new empty one when the file does not exist. */
static tb_status read_file(const char *path, json_t **root, tb_error *err) {
  struct stat st;
  if (stat(path, &st) != 0 && errno == ENOENT) {
    *root = json_pack("{s:i,s:{}}", FORMAT_KEY, 1, "issues");
    return TB_OK;
  }
  json_error_t jerr;
  *root = json_load_file(path, 0, &jerr);
  if (!*root)
    return tb_error_set(err, TB_ERR_INPUT, "%s:%d: not a bookmark file: %s", path, jerr.line,
                        jerr.text);
  if (!json_is_object(json_object_get(*root, "issues")) ||
      json_integer_value(json_object_get(*root, FORMAT_KEY)) != 1) {
    json_decref(*root);
    *root = NULL;
    return tb_error_set(err, TB_ERR_INPUT, "%s: not a tingbao bookmark file", path);
  }
  return TB_OK;
}

tb_status tb_bookmark_load(const char *path, const char *key, tb_position *at, bool *found,
                           tb_error *err) {
  *found = false;
  json_t *root;
  if (read_file(path, &root, err) != TB_OK) return err ? err->status : TB_ERR_INPUT;
  json_t *entry = json_object_get(json_object_get(root, "issues"), key);
  json_t *article = json_object_get(entry, "article");
  json_t *seconds = json_object_get(entry, "seconds");
  if (json_is_integer(article) && json_integer_value(article) >= 0 && json_is_number(seconds) &&
      json_number_value(seconds) >= 0) {
    *at = (tb_position){(size_t)json_integer_value(article), json_number_value(seconds)};
    *found = true;
  }
  json_decref(root);
  return TB_OK;
}

tb_status tb_bookmark_save(const char *path, const char *key, tb_position at, tb_error *err) {
  json_t *root;
  if (read_file(path, &root, err) != TB_OK) return err ? err->status : TB_ERR_INPUT;
  json_object_set_new(
      json_object_get(root, "issues"), key,
      json_pack("{s:I,s:f}", "article", (json_int_t)at.article, "seconds", at.seconds));
  char *text = json_dumps(root, JSON_INDENT(1) | JSON_SORT_KEYS);
  json_decref(root);
  char *dir = tb_xstrdup(path);
  char *slash = strrchr(dir, '/');
  tb_status status = TB_OK;
  if (slash && slash != dir) {
    *slash = '\0';
    status = tb_mkdir_p(dir, err);
  }
  if (status == TB_OK) status = tb_file_write_atomic(path, text, strlen(text), err);
  free(dir);
  free(text);
  return status;
}
