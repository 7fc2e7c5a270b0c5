/* Chapters in FLAC: libsndfile writes only its fixed set of Vorbis comments, so the comment block
 * is rewritten here with CHAPTERnnn entries (the Xiph chapter extension ffmpeg and players read).
 */
#include "export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BLOCK_VORBIS_COMMENT = 4 };

static void put_le32(tb_strbuf *b, uint32_t v) {
  char bytes[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
  tb_strbuf_append(b, bytes, 4);
}

static uint32_t get_le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_comment(tb_strbuf *b, const char *text) {
  put_le32(b, (uint32_t)strlen(text));
  tb_strbuf_puts(b, text);
}

void tb_export_vorbis_comments(tb_strbuf *out, const unsigned char *old, size_t old_len,
                               const tb_audio_chapter *chapters, size_t count, int rate) {
  uint32_t old_count = 0;
  const char *vendor = "tingbao";
  size_t vendor_len = strlen(vendor), body_at = 0;
  if (old && old_len >= 8) {
    uint32_t vlen = get_le32(old);
    if (4 + (size_t)vlen + 4 <= old_len) {
      vendor = (const char *)old + 4;
      vendor_len = vlen;
      old_count = get_le32(old + 4 + vlen);
      body_at = 8 + vlen;
    }
  }
  put_le32(out, (uint32_t)vendor_len);
  tb_strbuf_append(out, vendor, vendor_len);
  put_le32(out, old_count + 2 * (uint32_t)count);
  if (body_at) tb_strbuf_append(out, (const char *)old + body_at, old_len - body_at);
  for (size_t i = 0; i < count; i++) {
    double t = rate > 0 ? (double)chapters[i].sample / rate : 0;
    unsigned long ms = (unsigned long)(t * 1000.0 + 0.5);
    char *time = tb_xasprintf("CHAPTER%03zu=%02lu:%02lu:%02lu.%03lu", i + 1, ms / 3600000,
                              ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
    char *name =
        tb_xasprintf("CHAPTER%03zuNAME=%s", i + 1, chapters[i].title ? chapters[i].title : "");
    put_comment(out, time);
    put_comment(out, name);
    free(time);
    free(name);
  }
}

static void put_block_header(tb_strbuf *b, bool last, int type, size_t len) {
  char h[4] = {(char)((last ? 0x80 : 0) | type), (char)(len >> 16), (char)(len >> 8), (char)len};
  tb_strbuf_append(b, h, 4);
}

tb_status tb_export_flac_chapters(const char *path, const tb_audio_chapter *chapters, size_t count,
                                  int sample_rate, tb_error *err) {
  unsigned char *data;
  size_t len;
  tb_status st = tb_file_read_all(path, &data, &len, err);
  if (st != TB_OK) return st;
  if (len < 8 || memcmp(data, "fLaC", 4) != 0) {
    free(data);
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: not a FLAC file", path);
  }
  /* Walk the metadata blocks; copy all but the old comment block, add the new one last. */
  tb_strbuf out;
  tb_strbuf_init(&out);
  tb_strbuf_append(&out, "fLaC", 4);
  size_t at = 4;
  const unsigned char *old = NULL;
  size_t old_len = 0;
  bool last = false;
  while (!last) {
    if (at + 4 > len) {
      tb_strbuf_free(&out);
      free(data);
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: truncated FLAC metadata", path);
    }
    last = data[at] & 0x80;
    int type = data[at] & 0x7F;
    size_t blen = (size_t)data[at + 1] << 16 | (size_t)data[at + 2] << 8 | data[at + 3];
    if (at + 4 + blen > len) {
      tb_strbuf_free(&out);
      free(data);
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: truncated FLAC metadata", path);
    }
    if (type == BLOCK_VORBIS_COMMENT) {
      old = data + at + 4;
      old_len = blen;
    } else {
      put_block_header(&out, false, type, blen);
      tb_strbuf_append(&out, (const char *)data + at + 4, blen);
    }
    at += 4 + blen;
  }
  tb_strbuf comments;
  tb_strbuf_init(&comments);
  tb_export_vorbis_comments(&comments, old, old_len, chapters, count, sample_rate);
  put_block_header(&out, true, BLOCK_VORBIS_COMMENT, comments.len);
  tb_strbuf_append(&out, comments.data, comments.len);
  tb_strbuf_free(&comments);
  tb_strbuf_append(&out, (const char *)data + at, len - at);
  free(data);
  FILE *fp = fopen(path, "wb");
  bool ok = fp && fwrite(out.data, 1, out.len, fp) == out.len;
  if (fp && fclose(fp) != 0) ok = false;
  tb_strbuf_free(&out);
  return ok ? TB_OK : tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
}
