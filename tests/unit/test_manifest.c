/* The manifest (issue.json): a SHA-256 of every file, taken once per file (hard links share it)
 * and right after writing where the render hashed it ahead. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "export/render_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/tb-manifest-XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char *cmd = tb_xasprintf("rm -rf '%s'", dir);
  int rc = system(cmd);
  free(cmd);
  return rc == 0 ? 0 : -1;
}

static char *in_dir(const char *name) {
  return tb_path_join(dir, name);
}

static void write_file(const char *name, const char *text) {
  char *path = in_dir(name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  free(path);
}

/* sha256sum's digest of a file of the folder: a check independent of the code under test. */
static char *reference_sha256(const char *name) {
  char *cmd = tb_xasprintf("sha256sum '%s/%s'", dir, name);
  FILE *p = popen(cmd, "r");
  assert_non_null(p);
  char line[256] = {0};
  assert_non_null(fgets(line, sizeof line, p));
  pclose(p);
  free(cmd);
  line[64] = '\0';
  return tb_xstrdup(line);
}

/* Writes issue.json for a one-article issue listing files; returns its "files" array (owned). */
static json_t *manifest_files(const char *const *files, size_t count, tb_file_hashes *hashes) {
  tb_issue *issue = tb_issue_new();
  tb_set_string(&issue->publication, "新东城报");
  tb_article *a = tb_issue_add_article(issue);
  tb_set_string(&a->headline, "标题");
  tb_issue_assign_ids(issue);
  tb_rendered_article rendered = {0};
  tb_strlist list = {0};
  for (size_t i = 0; i < count; i++)
    tb_strlist_push(&list, files[i]);
  tb_error err;
  assert_int_equal(tb_export_manifest(dir, issue, &rendered, &list, hashes, &err), TB_OK);
  tb_strlist_free(&list);
  tb_issue_free(issue);
  char *path = in_dir("issue.json");
  json_error_t jerr;
  json_t *root = json_load_file(path, 0, &jerr);
  free(path);
  assert_non_null(root);
  json_t *listing = json_incref(json_object_get(root, "files"));
  json_decref(root);
  assert_int_equal(json_array_size(listing), count);
  return listing;
}

static const char *digest_of(json_t *listing, size_t i) {
  return json_string_value(json_object_get(json_array_get(listing, i), "sha256"));
}

/* Without a cache and with one filled ahead, every file's digest and size are the file's own; a
 * hard link gets its target's. */
static void digests_are_the_files(void **state) {
  (void)state;
  write_file("a.txt", "听报 one");
  write_file("b.txt", "a second, longer file of the issue");
  char *a = in_dir("a.txt"), *link_path = in_dir("a-link.txt");
  assert_int_equal(link(a, link_path), 0);
  static const char *const files[] = {"a.txt", "b.txt", "a-link.txt"};
  tb_file_hashes *ahead = tb_export_hashes_new();
  tb_error err;
  assert_int_equal(tb_export_hashes_add(ahead, a, &err), TB_OK);
  tb_file_hashes *caches[] = {NULL, ahead};
  for (size_t c = 0; c < 2; c++) {
    json_t *listing = manifest_files(files, 3, caches[c]);
    for (size_t i = 0; i < 3; i++) {
      char *want = reference_sha256(files[i]);
      assert_string_equal(digest_of(listing, i), want);
      free(want);
      char *path = in_dir(files[i]);
      struct stat st;
      assert_int_equal(stat(path, &st), 0);
      assert_int_equal(json_integer_value(json_object_get(json_array_get(listing, i), "bytes")),
                       st.st_size);
      free(path);
    }
    json_decref(listing);
  }
  tb_export_hashes_free(ahead);
  free(a);
  free(link_path);
}

/* A file hashed ahead and then rewritten (another size) is hashed again: the manifest never
 * vouches for old contents. */
static void rewritten_file_is_hashed_again(void **state) {
  (void)state;
  write_file("c.txt", "before");
  char *c = in_dir("c.txt");
  tb_file_hashes *hashes = tb_export_hashes_new();
  tb_error err;
  assert_int_equal(tb_export_hashes_add(hashes, c, &err), TB_OK);
  char *before = reference_sha256("c.txt");
  write_file("c.txt", "after, and longer");
  static const char *const files[] = {"c.txt"};
  json_t *listing = manifest_files(files, 1, hashes);
  char *after = reference_sha256("c.txt");
  assert_string_not_equal(before, after);
  assert_string_equal(digest_of(listing, 0), after);
  json_decref(listing);
  free(before);
  free(after);
  tb_export_hashes_free(hashes);
  free(c);
}

/* A hard link of a file hashed ahead is served from the cache, not read again: its digest stays
 * the one taken when the file was written, even when the bytes are changed behind the cache's
 * back with the same size and modification time (which a render never does). */
static void hard_link_is_not_read_again(void **state) {
  (void)state;
  write_file("d.txt", "original");
  char *d = in_dir("d.txt"), *link_path = in_dir("d-link.txt");
  assert_int_equal(link(d, link_path), 0);
  tb_file_hashes *hashes = tb_export_hashes_new();
  tb_error err;
  assert_int_equal(tb_export_hashes_add(hashes, d, &err), TB_OK);
  char *original = reference_sha256("d.txt");
  struct stat st;
  assert_int_equal(stat(d, &st), 0);
  write_file("d.txt", "changed!");
  struct timespec times[2] = {st.st_atim, st.st_mtim};
  assert_int_equal(utimensat(AT_FDCWD, d, times, 0), 0);
  static const char *const files[] = {"d-link.txt"};
  json_t *listing = manifest_files(files, 1, hashes);
  assert_string_equal(digest_of(listing, 0), original);
  json_decref(listing);
  json_t *fresh = manifest_files(files, 1, NULL);
  assert_string_not_equal(digest_of(fresh, 0), original);
  json_decref(fresh);
  tb_export_hashes_free(hashes);
  free(original);
  free(d);
  free(link_path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(digests_are_the_files),
      cmocka_unit_test(rewritten_file_is_hashed_again),
      cmocka_unit_test(hard_link_is_not_read_again),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
