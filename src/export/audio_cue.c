/* Cue points in WAV/BWF files for radio automation: a `cue ` chunk with one point per chapter
 * and a LIST/adtl chunk with a `labl` per point. libsndfile 1.2.0 writes the cue chunk
 * (SFC_SET_CUE) but drops the names (NOTES.md), and automation systems show the names, so both
 * chunks are written here, appended after everything libsndfile wrote. Appending touches only
 * the end of the file and the RIFF size, never the hundreds of megabytes of samples. */
#include "export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_u32(tb_strbuf *b, uint32_t v) {
  char bytes[4] = {(char)v, (char)(v >> 8), (char)(v >> 16), (char)(v >> 24)};
  tb_strbuf_append(b, bytes, 4);
}

static void put_chunk_id(tb_strbuf *b, const char *id) {
  tb_strbuf_append(b, id, 4);
}

static uint32_t sample_offset(size_t sample) {
  return sample > UINT32_MAX ? UINT32_MAX : (uint32_t)sample;
}

static void cue_chunks(tb_strbuf *out, const tb_audio_chapter *chapters, size_t count) {
  put_chunk_id(out, "cue ");
  put_u32(out, (uint32_t)(4 + 24 * count));
  put_u32(out, (uint32_t)count);
  for (size_t i = 0; i < count; i++) {
    put_u32(out, (uint32_t)(i + 1));                 /* the point's id, which its label names */
    put_u32(out, sample_offset(chapters[i].sample)); /* position in play order */
    put_chunk_id(out, "data");
    put_u32(out, 0); /* chunk start and block start: 0 for plain PCM data */
    put_u32(out, 0);
    put_u32(out, sample_offset(chapters[i].sample));
  }
  tb_strbuf labels;
  tb_strbuf_init(&labels);
  put_chunk_id(&labels, "adtl");
  for (size_t i = 0; i < count; i++) {
    /* UTF-8, NUL-terminated; chunks are padded to an even size */
    const char *title = chapters[i].title ? chapters[i].title : "";
    size_t len = strlen(title) + 1;
    put_chunk_id(&labels, "labl");
    put_u32(&labels, (uint32_t)(4 + len));
    put_u32(&labels, (uint32_t)(i + 1));
    tb_strbuf_append(&labels, title, len);
    if ((4 + len) % 2) tb_strbuf_append(&labels, "", 1);
  }
  put_chunk_id(out, "LIST");
  put_u32(out, (uint32_t)labels.len);
  tb_strbuf_append(out, labels.data, labels.len);
  tb_strbuf_free(&labels);
}

static uint32_t get_u32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

tb_status tb_export_wav_cues(const char *path, const tb_audio_chapter *chapters, size_t count,
                             tb_error *err) {
  if (count == 0) return TB_OK;
  FILE *f = fopen(path, "r+b");
  if (!f) return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", path, strerror(errno));
  unsigned char header[12];
  tb_status st = TB_OK;
  long end = -1;
  if (fread(header, 1, sizeof header, f) != sizeof header || memcmp(header, "RIFF", 4) != 0 ||
      memcmp(header + 8, "WAVE", 4) != 0)
    st = tb_error_set(err, TB_ERR_RUNTIME, "%s: not a RIFF WAVE file", path);
  if (st == TB_OK && (fseek(f, 0, SEEK_END) != 0 || (end = ftell(f)) < 12))
    st = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot seek", path);
  tb_strbuf chunks;
  tb_strbuf_init(&chunks);
  if (st == TB_OK) {
    /* the RIFF size may still count a pad byte libsndfile did not write: chunks start even */
    if (end % 2) tb_strbuf_append(&chunks, "", 1);
    cue_chunks(&chunks, chapters, count);
    uint64_t riff = (uint64_t)end + chunks.len - 8;
    if (riff > UINT32_MAX || get_u32(header + 4) > (uint64_t)end)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot add cue points to this file", path);
    unsigned char size[4] = {(unsigned char)riff, (unsigned char)(riff >> 8),
                             (unsigned char)(riff >> 16), (unsigned char)(riff >> 24)};
    if (st == TB_OK && (fwrite(chunks.data, 1, chunks.len, f) != chunks.len ||
                        fseek(f, 4, SEEK_SET) != 0 || fwrite(size, 1, 4, f) != 4))
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
  }
  tb_strbuf_free(&chunks);
  if (fclose(f) != 0 && st == TB_OK)
    st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
  return st;
}
