/* Voice definitions: small "key = value" files under voices_dir, one per voice. */
#include "speech_internal.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *trim(char *s) {
  while (isspace((unsigned char)*s))
    s++;
  char *end = s + strlen(s);
  while (end > s && isspace((unsigned char)end[-1]))
    *--end = '\0';
  return s;
}

/* Voice names become file names: refuse anything that could leave voices_dir. */
static bool name_is_safe(const char *name) {
  if (!*name || strlen(name) >= 64) return false;
  for (const char *p = name; *p; p++)
    if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_') return false;
  return true;
}

static bool parse_int(const char *value, int lo, int hi, int *out) {
  char *end;
  errno = 0;
  long v = strtol(value, &end, 10);
  if (errno || end == value || *end || v < lo || v > hi) return false;
  *out = (int)v;
  return true;
}

static bool copy_word(char *dst, size_t cap, const char *value) {
  size_t n = strlen(value);
  if (n == 0 || n >= cap) return false;
  for (const char *p = value; *p; p++)
    if (isspace((unsigned char)*p) || *p == '+') return false;
  memcpy(dst, value, n + 1);
  return true;
}

static tb_status parse_line(const char *path, int line_no, char *line, tb_voice *voice,
                            tb_error *err) {
  char *eq = strchr(line, '=');
  if (!eq) return tb_error_set(err, TB_ERR_INPUT, "%s:%d: expected key = value", path, line_no);
  *eq = '\0';
  const char *key = trim(line), *value = trim(eq + 1);
  bool ok;
  if (strcmp(key, "espeak_voice") == 0)
    ok = copy_word(voice->espeak_voice, sizeof voice->espeak_voice, value);
  else if (strcmp(key, "variant") == 0)
    ok = !*value || copy_word(voice->variant, sizeof voice->variant, value);
  else if (strcmp(key, "gender") == 0)
    ok = (strcmp(value, "female") == 0 || strcmp(value, "male") == 0) &&
         copy_word(voice->gender, sizeof voice->gender, value);
  else if (strcmp(key, "rate") == 0)
    ok = parse_int(value, 80, 450, &voice->rate);
  else if (strcmp(key, "pitch") == 0)
    ok = parse_int(value, 0, 100, &voice->pitch);
  else if (strcmp(key, "range") == 0)
    ok = parse_int(value, 0, 100, &voice->range);
  else
    return tb_error_set(err, TB_ERR_INPUT, "%s:%d: unknown key '%s'", path, line_no, key);
  if (!ok)
    return tb_error_set(err, TB_ERR_INPUT, "%s:%d: bad value '%s' for %s", path, line_no, value,
                        key);
  return TB_OK;
}

tb_status tb_voice_load(const char *voices_dir, const char *name, tb_voice *voice, tb_error *err) {
  memset(voice, 0, sizeof *voice);
  if (!name || !name_is_safe(name))
    return tb_error_set(err, TB_ERR_INPUT, "bad voice name '%s'", name ? name : "(null)");
  char *file = tb_xasprintf("%s.voice", name);
  char *path = tb_path_join(voices_dir, file);
  free(file);
  unsigned char *data;
  size_t len;
  tb_status st = tb_file_read_all(path, &data, &len, err);
  if (st != TB_OK) {
    tb_error_set(err, TB_ERR_INPUT, "%s: no such voice '%s' (voices are *.voice files there)",
                 voices_dir, name);
    free(path);
    return st;
  }
  snprintf(voice->name, sizeof voice->name, "%s", name);
  voice->rate = 165;
  voice->pitch = 50;
  voice->range = 50;
  char *save = NULL;
  int line_no = 0;
  /* strtok_r would skip empty lines and so miscount them: split by hand. */
  for (char *line = (char *)data; line && st == TB_OK; line = save, line_no++) {
    save = strchr(line, '\n');
    if (save) *save++ = '\0';
    char *hash = strchr(line, '#');
    if (hash) *hash = '\0';
    char *text = trim(line);
    if (*text) st = parse_line(path, line_no + 1, text, voice, err);
  }
  if (st == TB_OK && !voice->espeak_voice[0])
    st = tb_error_set(err, TB_ERR_INPUT, "%s: missing espeak_voice", path);
  free(data);
  free(path);
  return st;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

tb_status tb_speech_list_voices(const char *voices_dir, tb_strlist *names, tb_error *err) {
  DIR *dir = opendir(voices_dir);
  if (!dir) return tb_error_set(err, TB_ERR_INPUT, "%s: %s", voices_dir, strerror(errno));
  size_t first = names->count;
  for (struct dirent *e; (e = readdir(dir));) {
    size_t n = strlen(e->d_name);
    if (n > 6 && strcmp(e->d_name + n - 6, ".voice") == 0 && e->d_name[0] != '.')
      tb_strlist_push_owned(names, tb_xstrndup(e->d_name, n - 6));
  }
  closedir(dir);
  /* readdir order is the file system's: sort so listings are stable. */
  qsort(names->items + first, names->count - first, sizeof *names->items, compare_names);
  return TB_OK;
}
