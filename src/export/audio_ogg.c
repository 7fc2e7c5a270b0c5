/* Chapters in Ogg Vorbis and Ogg Opus: libsndfile writes only its fixed set of comments, so the
 * comment packet is rebuilt with CHAPTERnnn entries (the Xiph chapter extension ffmpeg reads).
 * The header packets are paginated anew with libogg (the id header alone on the first page, the
 * rest flushed after the last header, as both specifications want); the audio pages keep their
 * bytes but get new sequence numbers and checksums when the header took more or fewer pages. */
#include "export.h"

#include <ogg/ogg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_HEADERS = 3 };

static uint32_t get_le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Length of the comment list at p (vendor, count, comments), or 0 when it is malformed. */
static size_t comment_list_len(const unsigned char *p, size_t len) {
  if (len < 8) return 0;
  size_t at = 4 + (size_t)get_le32(p);
  if (at + 4 > len) return 0;
  uint32_t count = get_le32(p + at);
  at += 4;
  for (uint32_t i = 0; i < count; i++) {
    if (at + 4 > len) return 0;
    size_t n = get_le32(p + at);
    if (n > len - at - 4) return 0;
    at += 4 + n;
  }
  return at;
}

typedef struct {
  unsigned char *data;
  size_t len;
} packet;

static void put_page(tb_strbuf *out, const ogg_page *og) {
  tb_strbuf_append(out, (const char *)og->header, (size_t)og->header_len);
  tb_strbuf_append(out, (const char *)og->body, (size_t)og->body_len);
}

/* Flushes every page the stream holds; counts them. */
static void flush_pages(ogg_stream_state *os, tb_strbuf *out, long *pages) {
  ogg_page og;
  while (ogg_stream_flush(os, &og) != 0) {
    put_page(out, &og);
    (*pages)++;
  }
}

static void packet_in(ogg_stream_state *os, const unsigned char *data, size_t len, bool bos,
                      ogg_int64_t packetno) {
  ogg_packet op = {.packet = (unsigned char *)data,
                   .bytes = (long)len,
                   .b_o_s = bos,
                   .granulepos = 0,
                   .packetno = packetno};
  ogg_stream_packetin(os, &op);
}

tb_status tb_export_ogg_chapters(const char *path, const tb_audio_chapter *chapters, size_t count,
                                 int sample_rate, tb_error *err) {
  unsigned char *data;
  size_t len;
  tb_status st = tb_file_read_all(path, &data, &len, err);
  if (st != TB_OK) return st;
  ogg_sync_state oy;
  ogg_sync_init(&oy);
  char *buf = ogg_sync_buffer(&oy, (long)len);
  memcpy(buf, data, len);
  ogg_sync_wrote(&oy, (long)len);
  free(data);

  ogg_stream_state in, out;
  bool in_ready = false, out_ready = false, opus = false;
  packet headers[MAX_HEADERS] = {{0}};
  size_t header_count = 0, header_need = 0;
  long old_pages = 0, new_pages = 0;
  int serial = 0;
  tb_strbuf file;
  tb_strbuf_init(&file);
  const char *problem = NULL;
  ogg_page og;
  int got;
  while ((got = ogg_sync_pageout(&oy, &og)) != 0) {
    if (got < 0) continue; /* skipped bytes: not expected in our own files */
    if (!in_ready) {
      serial = ogg_page_serialno(&og);
      ogg_stream_init(&in, serial);
      in_ready = true;
    }
    if (ogg_page_serialno(&og) != serial) {
      problem = "more than one logical stream";
      break;
    }
    if (header_need == 0 || header_count < header_need) {
      /* A header page: take its packets. */
      old_pages++;
      ogg_stream_pagein(&in, &og);
      ogg_packet op;
      while (ogg_stream_packetout(&in, &op) == 1) {
        if (header_need == 0) {
          if (op.bytes >= 8 && memcmp(op.packet, "OpusHead", 8) == 0)
            opus = true, header_need = 2;
          else if (op.bytes >= 7 && memcmp(op.packet, "\x01vorbis", 7) == 0)
            header_need = 3;
          else {
            problem = "neither Vorbis nor Opus";
            break;
          }
        }
        if (header_count >= header_need) {
          problem = "audio on a header page";
          break;
        }
        packet *p = &headers[header_count++];
        p->len = (size_t)op.bytes;
        p->data = tb_xmalloc(p->len ? p->len : 1);
        memcpy(p->data, op.packet, p->len);
      }
      if (problem) break;
      if (header_need && header_count == header_need) {
        /* All headers read: write them anew, the comment packet with the chapters. */
        size_t skip = opus ? 8 : 7;
        packet *c = &headers[1];
        if (c->len < skip || memcmp(c->data, opus ? "OpusTags" : "\x03vorbis", skip) != 0) {
          problem = "no comment header";
          break;
        }
        size_t list = comment_list_len(c->data + skip, c->len - skip);
        tb_strbuf comments;
        tb_strbuf_init(&comments);
        tb_strbuf_append(&comments, (const char *)c->data, skip);
        tb_export_vorbis_comments(&comments, list ? c->data + skip : NULL, list, chapters, count,
                                  sample_rate);
        if (!opus) tb_strbuf_putc(&comments, 1); /* framing bit */
        ogg_stream_init(&out, serial);
        out_ready = true;
        packet_in(&out, headers[0].data, headers[0].len, true, 0);
        flush_pages(&out, &file, &new_pages);
        packet_in(&out, (const unsigned char *)comments.data, comments.len, false, 1);
        if (!opus) packet_in(&out, headers[2].data, headers[2].len, false, 2);
        flush_pages(&out, &file, &new_pages);
        tb_strbuf_free(&comments);
      }
      continue;
    }
    /* An audio page: renumbered after the new header pages. */
    long seq = ogg_page_pageno(&og) + (new_pages - old_pages);
    unsigned char *h = og.header;
    for (int i = 0; i < 4; i++)
      h[18 + i] = (unsigned char)((unsigned long)seq >> (8 * i));
    ogg_page_checksum_set(&og);
    put_page(&file, &og);
  }
  if (!problem && (header_need == 0 || header_count < header_need)) problem = "no complete header";
  for (size_t i = 0; i < MAX_HEADERS; i++)
    free(headers[i].data);
  if (in_ready) ogg_stream_clear(&in);
  if (out_ready) ogg_stream_clear(&out);
  ogg_sync_clear(&oy);
  if (problem) {
    tb_strbuf_free(&file);
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot add chapters: %s", path, problem);
  }
  FILE *fp = fopen(path, "wb");
  bool ok = fp && fwrite(file.data, 1, file.len, fp) == file.len;
  if (fp && fclose(fp) != 0) ok = false;
  tb_strbuf_free(&file);
  return ok ? TB_OK : tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
}
