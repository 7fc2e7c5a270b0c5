/* Loads what the player needs from a rendered issue's issue.json: per article the headline, one
 * audio file libsndfile can read, and the sentence marks converted to seconds. */
#include "player.h"

#include <dirent.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* libsndfile reads all of these; lossless first, so seeking is exact. */
static const char *const preferred_extensions[] = {".flac", ".wav", ".ogg", ".mp3", ".opus"};

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool is_directory(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The newest issue.json at most two folders below dir (library/publication/date/issue.json);
 * caller frees; NULL when there is none. */
static char *newest_issue_below(const char *dir, int depth) {
  char *here = tb_path_join(dir, "issue.json");
  char *audio = tb_path_join(dir, "audio");
  bool playable = is_file(here) && is_directory(audio); /* rendered with --no-audio: skip */
  free(audio);
  if (playable) return here;
  free(here);
  if (depth == 0) return NULL;
  DIR *d = opendir(dir);
  if (!d) return NULL;
  char *best = NULL;
  struct timespec best_time = {0};
  struct dirent *entry;
  while ((entry = readdir(d))) {
    if (entry->d_name[0] == '.') continue; /* also the daemon's .staging */
    char *sub = tb_path_join(dir, entry->d_name);
    char *found = is_directory(sub) ? newest_issue_below(sub, depth - 1) : NULL;
    free(sub);
    struct stat st;
    if (found && stat(found, &st) == 0 &&
        (!best || st.st_mtim.tv_sec > best_time.tv_sec ||
         (st.st_mtim.tv_sec == best_time.tv_sec && st.st_mtim.tv_nsec > best_time.tv_nsec))) {
      free(best);
      best = found;
      best_time = st.st_mtim;
    } else {
      free(found);
    }
  }
  closedir(d);
  return best;
}

static const char *string_or(json_t *obj, const char *key, const char *fallback) {
  const char *s = json_string_value(json_object_get(obj, key));
  return s && *s ? s : fallback;
}

static char *pick_audio(const char *issue_dir, json_t *files) {
  for (size_t e = 0; e < sizeof preferred_extensions / sizeof *preferred_extensions; e++) {
    size_t i;
    json_t *file;
    json_array_foreach(files, i, file) {
      const char *rel = json_string_value(file);
      if (!rel || strstr(rel, "..") || !ends_with(rel, preferred_extensions[e])) continue;
      char *path = tb_path_join(issue_dir, rel);
      if (is_file(path)) return path;
      free(path);
    }
  }
  return NULL;
}

static tb_status load_article(const char *issue_dir, json_t *json, tb_book_article *article,
                              const char *where, tb_error *err) {
  article->headline = tb_xstrdup(string_or(json, "headline", ""));
  json_t *audio = json_object_get(json, "audio");
  article->audio_path = pick_audio(issue_dir, json_object_get(audio, "files"));
  if (!article->audio_path)
    return tb_error_set(err, TB_ERR_INPUT, "%s: article '%s' has no audio file the player reads",
                        where, article->headline);
  article->duration = json_number_value(json_object_get(audio, "duration"));
  double rate = json_number_value(json_object_get(audio, "sample_rate"));
  json_t *marks = json_object_get(audio, "marks");
  size_t n = json_array_size(marks);
  if (rate <= 0 || n == 0)
    return tb_error_set(err, TB_ERR_INPUT, "%s: article '%s' has no sentence marks", where,
                        article->headline);
  article->sentence_starts = tb_xcalloc(n, sizeof *article->sentence_starts);
  article->paragraph_starts = tb_xcalloc(n, sizeof *article->paragraph_starts);
  article->sentence_count = n;
  double previous = -1;
  for (size_t i = 0; i < n; i++) {
    json_t *mark = json_array_get(marks, i);
    double at = json_number_value(json_object_get(mark, "sample")) / rate;
    if (at < previous)
      return tb_error_set(err, TB_ERR_INPUT, "%s: article '%s': marks are not rising", where,
                          article->headline);
    article->sentence_starts[i] = previous = at;
    article->paragraph_starts[i] = i == 0 || json_is_true(json_object_get(mark, "paragraph_start"));
  }
  return TB_OK;
}

static char *book_key(json_t *root) {
  return tb_xasprintf("%s|%s|%s|%s", string_or(root, "publication", ""),
                      string_or(root, "date", ""), string_or(root, "issue_no", ""),
                      string_or(root, "source", ""));
}

static char *book_title(json_t *root) {
  const char *publication = string_or(root, "publication", NULL);
  const char *date = string_or(root, "date", NULL);
  if (publication && date) return tb_xasprintf("%s，%s", publication, date);
  if (publication) return tb_xstrdup(publication);
  const char *source = string_or(root, "source", "");
  const char *dot = strrchr(source, '.');
  return dot ? tb_xstrndup(source, (size_t)(dot - source)) : tb_xstrdup(source);
}

tb_status tb_book_load(const char *path, tb_book **out, tb_error *err) {
  *out = NULL;
  if (!tb_path_exists(path))
    return tb_error_set(err, TB_ERR_INPUT, "%s: no such file or folder", path);
  char *json_path = is_directory(path) ? newest_issue_below(path, 3) : tb_xstrdup(path);
  if (!json_path)
    return tb_error_set(err, TB_ERR_INPUT, "%s: no rendered issue (issue.json) here", path);
  json_error_t jerr;
  json_t *root = json_load_file(json_path, 0, &jerr);
  if (!root) {
    tb_status st = tb_error_set(err, TB_ERR_INPUT, "%s:%d: not a rendered issue: %s", json_path,
                                jerr.line, jerr.text);
    free(json_path);
    return st;
  }
  char *issue_dir = tb_xstrdup(json_path);
  char *slash = strrchr(issue_dir, '/');
  if (slash)
    *slash = '\0';
  else
    strcpy(issue_dir, ".");

  tb_book *book = tb_xcalloc(1, sizeof *book);
  tb_status status = TB_OK;
  json_t *articles = json_object_get(root, "articles");
  size_t n = json_array_size(articles);
  if (n == 0) status = tb_error_set(err, TB_ERR_INPUT, "%s: the issue has no articles", json_path);
  book->articles = tb_xcalloc(n ? n : 1, sizeof *book->articles);
  book->article_count = n; /* zeroed entries free cleanly if loading stops half way */
  for (size_t i = 0; status == TB_OK && i < n; i++)
    status =
        load_article(issue_dir, json_array_get(articles, i), &book->articles[i], json_path, err);
  if (status == TB_OK) {
    book->key = book_key(root);
    book->title = book_title(root);
    *out = book;
  } else {
    tb_book_free(book);
  }
  json_decref(root);
  free(issue_dir);
  free(json_path);
  return status;
}

void tb_book_free(tb_book *book) {
  if (!book) return;
  for (size_t i = 0; i < book->article_count; i++) {
    tb_book_article *a = &book->articles[i];
    free(a->headline);
    free(a->audio_path);
    free(a->sentence_starts);
    free(a->paragraph_starts);
  }
  free(book->articles);
  free(book->key);
  free(book->title);
  free(book);
}
