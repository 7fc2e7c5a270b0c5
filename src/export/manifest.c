#include "render_private.h"

#include <errno.h>
#include <fcntl.h>
#include <nettle/sha2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef char hex_digest[2 * SHA256_DIGEST_SIZE + 1];

/* A file's identity: hard links share it (daisy/ links the articles' audio), and a file rewritten
 * since it was hashed does not (another size or modification time). */
typedef struct {
  dev_t dev;
  ino_t ino;
  off_t size;
  struct timespec mtime;
  hex_digest hex;
} known_file;

struct tb_file_hashes {
  pthread_mutex_t lock;
  known_file *files;
  size_t count, cap;
};

tb_file_hashes *tb_export_hashes_new(void) {
  tb_file_hashes *h = tb_xcalloc(1, sizeof *h);
  pthread_mutex_init(&h->lock, NULL);
  return h;
}

void tb_export_hashes_free(tb_file_hashes *h) {
  if (!h) return;
  pthread_mutex_destroy(&h->lock);
  free(h->files);
  free(h);
}

static known_file identity(const struct stat *st) {
  return (known_file){
      .dev = st->st_dev, .ino = st->st_ino, .size = st->st_size, .mtime = st->st_mtim};
}

static bool same_file(const known_file *k, const struct stat *st) {
  return k->dev == st->st_dev && k->ino == st->st_ino && k->size == st->st_size &&
         k->mtime.tv_sec == st->st_mtim.tv_sec && k->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

/* The remembered hash of the file st describes, copied to hex; false when there is none. */
static bool lookup(tb_file_hashes *h, const struct stat *st, hex_digest hex) {
  bool found = false;
  pthread_mutex_lock(&h->lock);
  for (size_t i = h->count; i-- > 0 && !found;)
    if (same_file(&h->files[i], st)) {
      memcpy(hex, h->files[i].hex, sizeof(hex_digest));
      found = true;
    }
  pthread_mutex_unlock(&h->lock);
  return found;
}

static void remember(tb_file_hashes *h, const struct stat *st, const hex_digest hex) {
  pthread_mutex_lock(&h->lock);
  tb_grow((void **)&h->files, &h->cap, h->count + 1, sizeof *h->files);
  known_file *k = &h->files[h->count++];
  *k =
      (known_file){.dev = st->st_dev, .ino = st->st_ino, .size = st->st_size, .mtime = st->st_mtim};
  memcpy(k->hex, hex, sizeof(hex_digest));
  pthread_mutex_unlock(&h->lock);
}

/* Hashes an open file in blocks (an issue's WAV files run to hundreds of megabytes); the block is
 * on the stack, so no fresh memory is faulted in for it. */
static tb_status fd_sha256(int fd, const char *path, hex_digest hex, tb_error *err) {
  struct sha256_ctx ctx;
  sha256_init(&ctx);
  enum { BLOCK = 128 << 10 };
  unsigned char block[BLOCK];
  for (;;) {
    ssize_t n = read(fd, block, BLOCK);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(errno));
    if (n == 0) break;
    sha256_update(&ctx, (size_t)n, block);
  }
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  for (size_t i = 0; i < sizeof digest; i++)
    snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  return TB_OK;
}

/* The SHA-256 and size of the file at path; through hashes (may be NULL) when it was hashed
 * already, else hashed and remembered there. */
static tb_status file_sha256(tb_file_hashes *hashes, const char *path, hex_digest hex,
                             size_t *bytes, tb_error *err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(errno));
  struct stat st;
  tb_status s = TB_OK;
  if (fstat(fd, &st) != 0) s = tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(errno));
  if (s == TB_OK && !(hashes && lookup(hashes, &st, hex))) {
    s = fd_sha256(fd, path, hex, err);
    /* a file still being written could change under the hash: remember only what stood still */
    struct stat after;
    known_file before = identity(&st);
    if (s == TB_OK && hashes && fstat(fd, &after) == 0 && same_file(&before, &after))
      remember(hashes, &st, hex);
  }
  close(fd);
  if (s == TB_OK) *bytes = (size_t)st.st_size;
  return s;
}

tb_status tb_export_hashes_add(tb_file_hashes *hashes, const char *path, tb_error *err) {
  hex_digest hex;
  size_t bytes;
  return file_sha256(hashes, path, hex, &bytes, err);
}

tb_status tb_export_manifest(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, const tb_strlist *files,
                             tb_file_hashes *hashes, tb_error *err) {
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
    hex_digest hex;
    size_t bytes = 0;
    s = file_sha256(hashes, path, hex, &bytes, err);
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
