#include "render_private.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Hashes in blocks: an issue's WAV files run to hundreds of megabytes. */
static tb_status file_sha256(const char *path, char hex[2 * SHA256_DIGEST_SIZE + 1], size_t *bytes,
                             tb_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(errno));
  struct sha256_ctx ctx;
  sha256_init(&ctx);
  enum { BLOCK = 1 << 20 };
  unsigned char *block = tb_xmalloc(BLOCK);
  size_t n, total = 0;
  while ((n = fread(block, 1, BLOCK, f)) > 0) {
    sha256_update(&ctx, n, block);
    total += n;
  }
  bool failed = ferror(f);
  fclose(f);
  free(block);
  if (failed) return tb_error_set(err, TB_ERR_RUNTIME, "%s: read error", path);
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  for (size_t i = 0; i < sizeof digest; i++)
    snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  *bytes = total;
  return TB_OK;
}

tb_status tb_export_manifest(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, const tb_strlist *files,
                             tb_error *err) {
  json_t *root = tb_issue_to_json(issue);
  json_object_set_new(root, "generator", json_string("tingbao " TB_VERSION));
  json_t *articles = json_object_get(root, "articles");
  double total = 0;
  for (size_t i = 0; i < issue->article_count; i++) {
    json_t *a = json_array_get(articles, i);
    const tb_rendered_article *r = &rendered[i];
    if (r->audio_files.count) {
      json_t *names = json_array();
      for (size_t k = 0; k < r->audio_files.count; k++)
        json_array_append_new(names, json_string(r->audio_files.items[k]));
      json_object_set_new(a, "audio",
                          json_pack("{s:o,s:f,s:I,s:I,s:O}", "files", names, "duration", r->seconds,
                                    "sample_rate", (json_int_t)r->sample_rate, "issue_start",
                                    (json_int_t)r->issue_start, "marks", r->marks));
      total += r->seconds;
    }
    if (r->braille_file)
      json_object_set_new(
          a, "braille",
          json_pack("{s:s,s:I}", "file", r->braille_file, "page", (json_int_t)r->braille_page));
  }
  json_object_set_new(root, "duration", json_real(total));
  json_t *listing = json_array();
  tb_status s = TB_OK;
  for (size_t i = 0; i < files->count && s == TB_OK; i++) {
    char *path = tb_path_join(issue_dir, files->items[i]);
    char hex[2 * SHA256_DIGEST_SIZE + 1];
    size_t bytes = 0;
    s = file_sha256(path, hex, &bytes, err);
    if (s == TB_OK)
      json_array_append_new(listing, json_pack("{s:s,s:I,s:s}", "path", files->items[i], "bytes",
                                               (json_int_t)bytes, "sha256", hex));
    free(path);
  }
  json_object_set_new(root, "files", listing);
  if (s == TB_OK) {
    char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    char *path = tb_path_join(issue_dir, "issue.json");
    char *with_newline = tb_xasprintf("%s\n", text);
    s = tb_file_write_atomic(path, with_newline, strlen(with_newline), err);
    free(with_newline);
    free(path);
    free(text);
  }
  json_decref(root);
  return s;
}
