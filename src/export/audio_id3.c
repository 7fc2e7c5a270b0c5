/* ID3v2.4 tags for MP3: libsndfile writes MP3 tags as Latin-1 (Chinese titles come back as
 * garbage) and no C library here writes chapter frames, so the few frames needed are built here. */
#include "export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_u32(tb_strbuf *b, uint32_t v) {
  char bytes[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
  tb_strbuf_append(b, bytes, 4);
}

static void put_syncsafe(char out[4], size_t v) {
  for (int i = 3; i >= 0; i--, v >>= 7)
    out[i] = (char)(v & 0x7F);
}

/* Appends one frame: id, syncsafe size, no flags, body. */
static void put_frame(tb_strbuf *b, const char *id, const char *body, size_t len) {
  char header[10];
  memcpy(header, id, 4);
  put_syncsafe(header + 4, len);
  header[8] = header[9] = 0;
  tb_strbuf_append(b, header, 10);
  tb_strbuf_append(b, body, len);
}

static void put_text_frame(tb_strbuf *b, const char *id, const char *text) {
  if (!text || !*text) return;
  tb_strbuf body;
  tb_strbuf_init(&body);
  tb_strbuf_putc(&body, 3); /* UTF-8 */
  tb_strbuf_puts(&body, text);
  put_frame(b, id, body.data, body.len);
  tb_strbuf_free(&body);
}

static uint32_t to_ms(size_t sample, int rate) {
  return rate > 0 ? (uint32_t)((double)sample * 1000.0 / rate + 0.5) : 0;
}

void tb_export_id3v2(const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                     size_t chapter_count, int sample_rate, size_t total_samples,
                     unsigned char **out, size_t *out_len) {
  tb_strbuf frames;
  tb_strbuf_init(&frames);
  if (tags) {
    put_text_frame(&frames, "TIT2", tags->title);
    put_text_frame(&frames, "TPE1", tags->artist);
    put_text_frame(&frames, "TALB", tags->album);
    put_text_frame(&frames, "TDRC", tags->date);
    if (tags->track > 0) {
      char track[32];
      if (tags->track_total > 0)
        snprintf(track, sizeof track, "%d/%d", tags->track, tags->track_total);
      else
        snprintf(track, sizeof track, "%d", tags->track);
      put_text_frame(&frames, "TRCK", track);
    }
  }
  put_text_frame(&frames, "TLAN", "zho");
  /* CTOC holds at most 255 children. */
  if (chapter_count > 255) chapter_count = 255;
  if (chapter_count > 0) {
    tb_strbuf toc;
    tb_strbuf_init(&toc);
    tb_strbuf_append(&toc, "toc", 4);
    tb_strbuf_putc(&toc, 0x03); /* top level, ordered */
    tb_strbuf_putc(&toc, (char)chapter_count);
    for (size_t i = 0; i < chapter_count; i++) {
      char id[16];
      int n = snprintf(id, sizeof id, "ch%zu", i);
      tb_strbuf_append(&toc, id, (size_t)n + 1);
    }
    put_frame(&frames, "CTOC", toc.data, toc.len);
    tb_strbuf_free(&toc);
    for (size_t i = 0; i < chapter_count; i++) {
      tb_strbuf chap;
      tb_strbuf_init(&chap);
      char id[16];
      int n = snprintf(id, sizeof id, "ch%zu", i);
      tb_strbuf_append(&chap, id, (size_t)n + 1);
      size_t end = i + 1 < chapter_count ? chapters[i + 1].sample : total_samples;
      put_u32(&chap, to_ms(chapters[i].sample, sample_rate));
      put_u32(&chap, to_ms(end, sample_rate));
      put_u32(&chap, 0xFFFFFFFFu); /* byte offsets unused */
      put_u32(&chap, 0xFFFFFFFFu);
      put_text_frame(&chap, "TIT2", chapters[i].title);
      put_frame(&frames, "CHAP", chap.data, chap.len);
      tb_strbuf_free(&chap);
    }
  }
  size_t len = 10 + frames.len;
  unsigned char *tag = tb_xmalloc(len);
  memcpy(tag, "ID3\x04\x00\x00", 6);
  put_syncsafe((char *)tag + 6, frames.len);
  if (frames.len) memcpy(tag + 10, frames.data, frames.len);
  tb_strbuf_free(&frames);
  *out = tag;
  *out_len = len;
}
