/* The library as the API lists it: <library>/<publication>/<date>/ folders that hold an
 * issue.json (written last by the render, so its presence means the issue is complete). */
#include "svc.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

char *tb_svc_url_segment(const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~", *p)) {
      tb_strbuf_putc(&sb, (char)*p);
    } else {
      tb_strbuf_putc(&sb, '%');
      tb_strbuf_putc(&sb, hex[*p >> 4]);
      tb_strbuf_putc(&sb, hex[*p & 15]);
    }
  }
  return tb_strbuf_take(&sb);
}

static void list_dirs(const char *dir, tb_strlist *out) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue; /* also hides temporary and half-made folders */
    char *path = tb_path_join(dir, e->d_name);
    if (tb_path_is_dir(path)) tb_strlist_push(out, e->d_name);
    free(path);
  }
  closedir(d);
}

static json_t *summary(const char *pub_dir_name, const char *date_dir_name, json_t *issue) {
  json_t *articles = json_object_get(issue, "articles");
  const char *publication = json_string_value(json_object_get(issue, "publication"));
  const char *date = json_string_value(json_object_get(issue, "date"));
  json_t *issue_no = json_object_get(issue, "issue_no");
  char *p = tb_svc_url_segment(pub_dir_name);
  char *d = tb_svc_url_segment(date_dir_name);
  json_t *o = json_object();
  json_object_set_new(o, "publication", json_string(publication ? publication : pub_dir_name));
  json_object_set_new(o, "date", json_string(date ? date : date_dir_name));
  json_object_set_new(o, "issue_no", json_is_string(issue_no) ? json_copy(issue_no) : json_null());
  json_object_set_new(o, "articles", json_integer((json_int_t)json_array_size(articles)));
  json_t *duration = json_object_get(issue, "duration");
  json_object_set_new(o, "duration", json_is_number(duration) ? json_copy(duration) : json_null());
  json_object_set_new(o, "path", json_sprintf("%s/%s", pub_dir_name, date_dir_name));
  json_object_set_new(o, "url", json_sprintf("/v1/issues/%s/%s", p, d));
  json_object_set_new(o, "files_url", json_sprintf("/library/%s/%s/", p, d));
  free(p);
  free(d);
  return o;
}

static int newest_first(const void *a, const void *b) {
  json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
  int c = strcmp(json_string_value(json_object_get(y, "date")),
                 json_string_value(json_object_get(x, "date")));
  if (c) return c;
  return strcmp(json_string_value(json_object_get(x, "path")),
                json_string_value(json_object_get(y, "path")));
}

json_t *tb_svc_library_list(const char *library) {
  tb_strlist pubs = {0};
  list_dirs(library, &pubs);
  json_t **items = NULL;
  size_t count = 0, cap = 0;
  for (size_t i = 0; i < pubs.count; i++) {
    char *pub_dir = tb_path_join(library, pubs.items[i]);
    tb_strlist dates = {0};
    list_dirs(pub_dir, &dates);
    for (size_t j = 0; j < dates.count; j++) {
      char *date_dir = tb_path_join(pub_dir, dates.items[j]);
      char *manifest = tb_path_join(date_dir, "issue.json");
      json_t *issue = json_load_file(manifest, 0, NULL);
      if (json_is_object(issue)) {
        tb_grow((void **)&items, &cap, count + 1, sizeof *items);
        items[count++] = summary(pubs.items[i], dates.items[j], issue);
      }
      json_decref(issue);
      free(manifest);
      free(date_dir);
    }
    tb_strlist_free(&dates);
    free(pub_dir);
  }
  tb_strlist_free(&pubs);
  if (count) qsort(items, count, sizeof *items, newest_first);
  json_t *list = json_array();
  for (size_t i = 0; i < count; i++)
    json_array_append_new(list, items[i]);
  free(items);
  return list;
}
