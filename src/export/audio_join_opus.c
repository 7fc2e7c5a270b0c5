/* The whole issue's Ogg Opus as one logical stream of its articles' Opus packets. Joining Ogg
 * files is not a byte copy: the packets are taken out of each article's pages (libogg) and put
 * into new pages with one OpusHead (the first article's, whose pre-skip the decoder trims), one
 * OpusTags with the chapters, granule positions counted over the whole and the last article's end
 * trim. Opus packets of one channel count at 48 kHz can follow each other: each says its own mode
 * and duration. A decoder carries CELT energy state from packet to packet, and an article's first
 * packet was coded against a fresh encoder's state; a decoder resets its CELT state when a CELT
 * packet follows a SILK one, so the silence before each article ends with a SILK packet and the
 * article decodes as it does alone (its pre-skip, which a decoder of the article alone trims, is
 * played here: the encoder's lead-in, silent). */
#include "audio_join.h"

#include <ogg/ogg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* Silent packets of a mono full-band stream, as libopus 1.3.1 codes digital silence: CELT frames
 * of 20 and 2.5 ms holding only the silence flag, and an independently coded 20 ms narrow-band
 * SILK frame. */
static const unsigned char celt_silence_20ms[] = {0xF8, 0xFF, 0xFE};
static const unsigned char celt_silence_2_5ms[] = {0xE0, 0xFF, 0xFE};
static const unsigned char silk_silence_20ms[] = {0x08, 0x0B, 0xE4, 0xB9, 0xA0, 0xBC, 0x84};
enum { SAMPLES_20MS = 960, SAMPLES_2_5MS = 120 };

/* Samples (at 48 kHz) an Opus packet decodes to (RFC 6716, 3.1); 0 when it is malformed. */
static size_t packet_samples(const unsigned char *p, size_t len) {
  if (len < 1) return 0;
  int config = p[0] >> 3;
  size_t frame;
  if (config < 12)
    frame = (size_t[]){480, 960, 1920, 2880}[config & 3];
  else if (config < 16)
    frame = (size_t[]){480, 960}[config & 1];
  else
    frame = (size_t[]){120, 240, 480, 960}[config & 3];
  int code = p[0] & 3;
  size_t frames = code == 0 ? 1 : code < 3 ? 2 : len >= 2 ? (size_t)(p[1] & 0x3F) : 0;
  size_t n = frame * frames;
  return n <= 5760 ? n : 0;
}

static uint32_t get_le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

typedef struct {
  size_t pre_skip;
  int output_gain; /* Q7.8 dB, applied by the decoder: the joined file has the first part's */
  size_t packets, samples; /* audio packets and what they decode to */
  size_t end;              /* last granule position: pre-skip plus the article's samples */
  int serial;
} opus_part;

/* Walks the packets of one Ogg Opus file: each audio packet goes to take (when not NULL); the
 * header packets are kept in head and tags (may be NULL). A reason when it is not one we join. */
typedef void (*packet_fn)(const ogg_packet *op, void *ctx);

static const char *walk(const unsigned char *data, size_t len, opus_part *part, tb_strbuf *head,
                        tb_strbuf *tags, packet_fn take, void *ctx) {
  ogg_sync_state oy;
  ogg_sync_init(&oy);
  char *buf = ogg_sync_buffer(&oy, (long)len);
  memcpy(buf, data, len);
  ogg_sync_wrote(&oy, (long)len);
  ogg_stream_state os;
  bool started = false;
  const char *why = NULL;
  size_t index = 0;
  *part = (opus_part){0};
  ogg_page og;
  int got;
  while (!why && (got = ogg_sync_pageout(&oy, &og)) != 0) {
    if (got < 0) {
      why = "bytes that are not Ogg pages";
      break;
    }
    if (!started) {
      part->serial = ogg_page_serialno(&og);
      ogg_stream_init(&os, part->serial);
      started = true;
    }
    if (ogg_page_serialno(&og) != part->serial) {
      why = "more than one logical stream";
      break;
    }
    ogg_stream_pagein(&os, &og);
    if (ogg_page_granulepos(&og) >= 0) part->end = (size_t)ogg_page_granulepos(&og);
    ogg_packet op;
    while (!why && ogg_stream_packetout(&os, &op) == 1) {
      const unsigned char *p = op.packet;
      size_t n = (size_t)op.bytes;
      if (index == 0) {
        /* OpusHead: version 1, mono, channel mapping family 0 */
        if (n < 19 || memcmp(p, "OpusHead", 8) != 0 || (p[8] & 0xF0) != 0)
          why = "no OpusHead";
        else if (p[9] != 1 || p[18] != 0)
          why = "not mono with the default channel mapping";
        else {
          part->pre_skip = (size_t)p[10] | (size_t)p[11] << 8;
          part->output_gain = (int16_t)(p[16] | p[17] << 8);
          if (head) tb_strbuf_append(head, (const char *)p, n);
        }
      } else if (index == 1) {
        if (n < 8 || memcmp(p, "OpusTags", 8) != 0)
          why = "no OpusTags";
        else if (tags)
          tb_strbuf_append(tags, (const char *)p + 8, n - 8);
      } else {
        size_t samples = packet_samples(p, n);
        if (samples == 0) why = "a malformed Opus packet";
        part->samples += samples;
        part->packets++;
        if (!why && take) take(&op, ctx);
      }
      index++;
    }
  }
  if (!why && index < 2) why = "no Opus headers";
  if (!why && part->packets == 0) why = "no audio";
  if (!why && (part->end < part->pre_skip || part->end > part->samples))
    why = "granule positions out of range";
  if (started) ogg_stream_clear(&os);
  ogg_sync_clear(&oy);
  return why;
}

/* The comment list of the joined file: the issue's tags, then the first part's other comments
 * (its encoder), without any of the part's own titles or chapters. */
static void issue_comments(tb_strbuf *out, const tb_strbuf *first, const tb_audio_tags *tags) {
  const unsigned char *p = (const unsigned char *)first->data;
  size_t len = first->len;
  tb_strbuf kept;
  tb_strbuf_init(&kept);
  uint32_t count = 0;
  const char *drop[] = {"TITLE=", "ARTIST=", "ALBUM=", "DATE=", "TRACKNUMBER=", "CHAPTER"};
  size_t vendor_len = len >= 4 ? get_le32(p) : 0;
  size_t at = 4 + vendor_len;
  if (len < 8 || at + 4 > len) vendor_len = 0, at = len; /* malformed: no vendor, nothing kept */
  uint32_t old_count = at + 4 <= len ? get_le32(p + at) : 0;
  at += 4;
  for (uint32_t i = 0; i < old_count && at + 4 <= len; i++) {
    size_t n = get_le32(p + at);
    if (n > len - at - 4) break;
    const char *c = (const char *)p + at + 4;
    bool dropped = false;
    for (size_t k = 0; k < sizeof drop / sizeof *drop; k++)
      dropped |= n >= strlen(drop[k]) && strncasecmp(c, drop[k], strlen(drop[k])) == 0;
    if (!dropped) {
      tb_strbuf_append(&kept, (const char *)p + at, 4 + n);
      count++;
    }
    at += 4 + n;
  }
  const char *keys[] = {"TITLE", "ARTIST", "ALBUM", "DATE"};
  const char *values[] = {tags ? tags->title : NULL, tags ? tags->artist : NULL,
                          tags ? tags->album : NULL, tags ? tags->date : NULL};
  tb_strbuf own;
  tb_strbuf_init(&own);
  for (size_t k = 0; k < 4; k++) {
    if (!values[k] || !*values[k]) continue;
    char *c = tb_xasprintf("%s=%s", keys[k], values[k]);
    uint32_t n = (uint32_t)strlen(c);
    char le[4] = {(char)n, (char)(n >> 8), (char)(n >> 16), (char)(n >> 24)};
    tb_strbuf_append(&own, le, 4);
    tb_strbuf_puts(&own, c);
    free(c);
    count++;
  }
  char le[4] = {(char)vendor_len, (char)(vendor_len >> 8), (char)(vendor_len >> 16),
                (char)(vendor_len >> 24)};
  tb_strbuf_append(out, le, 4);
  if (vendor_len) tb_strbuf_append(out, (const char *)p + 4, vendor_len);
  char ce[4] = {(char)count, (char)(count >> 8), (char)(count >> 16), (char)(count >> 24)};
  tb_strbuf_append(out, ce, 4);
  tb_strbuf_append(out, own.data, own.len);
  tb_strbuf_append(out, kept.data, kept.len);
  tb_strbuf_free(&own);
  tb_strbuf_free(&kept);
}

/* The stream being written: packets in, pages out to the file. */
typedef struct {
  ogg_stream_state os;
  FILE *fp;
  bool failed;
  ogg_int64_t packetno, granule; /* granule: samples of every packet so far */
  size_t remaining;              /* audio packets still to come */
  ogg_int64_t end;               /* the last packet's granule position (the end trim) */
} opus_out;

static void write_pages(opus_out *o, bool flush) {
  ogg_page og;
  while (flush ? ogg_stream_flush(&o->os, &og) : ogg_stream_pageout(&o->os, &og)) {
    if (fwrite(og.header, 1, (size_t)og.header_len, o->fp) != (size_t)og.header_len ||
        fwrite(og.body, 1, (size_t)og.body_len, o->fp) != (size_t)og.body_len)
      o->failed = true;
  }
}

static void put_packet(opus_out *o, const unsigned char *data, size_t len, size_t samples) {
  o->granule += (ogg_int64_t)samples;
  bool last = --o->remaining == 0;
  ogg_packet op = {.packet = (unsigned char *)data,
                   .bytes = (long)len,
                   .e_o_s = last,
                   .granulepos = last ? o->end : o->granule,
                   .packetno = o->packetno++};
  ogg_stream_packetin(&o->os, &op);
  write_pages(o, last);
}

static void take_packet(const ogg_packet *op, void *ctx) {
  put_packet(ctx, op->packet, (size_t)op->bytes, packet_samples(op->packet, (size_t)op->bytes));
}

static void put_header(opus_out *o, const char *data, size_t len, bool bos) {
  ogg_packet op = {.packet = (unsigned char *)data,
                   .bytes = (long)len,
                   .b_o_s = bos,
                   .granulepos = 0,
                   .packetno = o->packetno++};
  ogg_stream_packetin(&o->os, &op);
  write_pages(o, true); /* each header ends its page, as RFC 7845 wants */
}

/* Silence of about gap samples: 20 ms and 2.5 ms CELT packets, then a SILK packet when there is
 * room for one. Returns the samples written. */
static size_t silence_packets(size_t gap, size_t *celt20, size_t *celt2_5, bool *silk) {
  *silk = gap >= SAMPLES_20MS + SAMPLES_2_5MS / 2;
  size_t rest = *silk ? gap - SAMPLES_20MS : gap;
  *celt20 = rest / SAMPLES_20MS;
  *celt2_5 = (rest % SAMPLES_20MS + SAMPLES_2_5MS / 2) / SAMPLES_2_5MS;
  return (*silk ? SAMPLES_20MS : 0) + *celt20 * SAMPLES_20MS + *celt2_5 * SAMPLES_2_5MS;
}

typedef struct {
  opus_part *parts;
  size_t *gap; /* samples of silence before part i */
  tb_audio_chapter *chapters;
  size_t packets; /* audio packets of the joined stream */
  size_t end;     /* its last granule position */
} opus_plan;

static void plan_layout(const tb_join_parts *in, opus_plan *plan) {
  size_t granule = 0, p0 = plan->parts[0].pre_skip;
  for (size_t i = 0; i < in->count; i++) {
    const opus_part *p = &plan->parts[i];
    /* with the first pre-skip trimmed, part i's audio starts at granule + pre_skip_i − p0 */
    double at = (double)granule + (double)p->pre_skip - (double)p0;
    size_t c20, c2_5;
    bool silk;
    size_t gap = (double)in->starts[i] > at ? (size_t)((double)in->starts[i] - at) : 0;
    plan->gap[i] = silence_packets(gap, &c20, &c2_5, &silk);
    plan->packets += c20 + c2_5 + (silk ? 1 : 0) + p->packets;
    granule += plan->gap[i];
    plan->chapters[i] = (tb_audio_chapter){in->titles[i], granule + p->pre_skip - p0};
    plan->end = granule + p->end; /* the part's own end trim */
    granule += p->samples;
  }
}

static tb_status read_parts(const tb_join_parts *in, opus_plan *plan, tb_strbuf *head,
                            tb_strbuf *tags, const char **why, tb_error *err) {
  for (size_t i = 0; i < in->count && !*why; i++) {
    unsigned char *data;
    size_t len;
    tb_status st = tb_file_read_all(in->parts[i], &data, &len, err);
    if (st != TB_OK) return st;
    *why = walk(data, len, &plan->parts[i], i == 0 ? head : NULL, i == 0 ? tags : NULL, NULL, NULL);
    free(data);
    if (!*why && plan->parts[i].output_gain != plan->parts[0].output_gain)
      *why = "parts with different output gains";
    if (*why) tb_log(TB_LOG_DEBUG, "%s: not joined: %s", in->parts[i], *why);
  }
  return TB_OK;
}

static tb_status write_stream(const tb_join_parts *in, const opus_plan *plan, opus_out *o,
                              tb_error *err) {
  for (size_t i = 0; i < in->count; i++) {
    size_t c20, c2_5;
    bool silk;
    silence_packets(plan->gap[i], &c20, &c2_5, &silk);
    for (size_t k = 0; k < c20; k++)
      put_packet(o, celt_silence_20ms, sizeof celt_silence_20ms, SAMPLES_20MS);
    for (size_t k = 0; k < c2_5; k++)
      put_packet(o, celt_silence_2_5ms, sizeof celt_silence_2_5ms, SAMPLES_2_5MS);
    if (silk) put_packet(o, silk_silence_20ms, sizeof silk_silence_20ms, SAMPLES_20MS);
    unsigned char *data;
    size_t len;
    tb_status st = tb_file_read_all(in->parts[i], &data, &len, err);
    if (st != TB_OK) return st;
    opus_part again;
    const char *why = walk(data, len, &again, NULL, NULL, take_packet, o);
    free(data);
    if (why || again.packets != plan->parts[i].packets)
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: changed while being joined", in->parts[i]);
  }
  return o->failed ? tb_error_set(err, TB_ERR_RUNTIME, "write failed") : TB_OK;
}

tb_status tb_export_join_opus(const char *path, const tb_join_parts *in, bool *joined,
                              tb_error *err) {
  *joined = false;
  if (in->count == 0) return TB_OK;
  if (in->rate != 48000) return TB_OK; /* granule positions count 48 kHz samples */
  opus_plan plan = {.parts = tb_xcalloc(in->count, sizeof *plan.parts),
                    .gap = tb_xcalloc(in->count, sizeof *plan.gap),
                    .chapters = tb_xcalloc(in->count, sizeof *plan.chapters)};
  tb_strbuf head, tags;
  tb_strbuf_init(&head);
  tb_strbuf_init(&tags);
  const char *why = NULL;
  tb_status st = read_parts(in, &plan, &head, &tags, &why, err);
  if (st == TB_OK && !why) {
    plan_layout(in, &plan);
    tb_strbuf comments;
    tb_strbuf_init(&comments);
    tb_strbuf_append(&comments, "OpusTags", 8);
    tb_strbuf list;
    tb_strbuf_init(&list);
    issue_comments(&list, &tags, in->tags);
    tb_export_vorbis_comments(&comments, (const unsigned char *)list.data, list.len, plan.chapters,
                              in->count, 48000);
    tb_strbuf_free(&list);
    char *temp = tb_temp_path_for(path);
    opus_out o = {.fp = fopen(temp, "wb"), .remaining = plan.packets, .end = (ogg_int64_t)plan.end};
    if (!o.fp) {
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot write", path);
    } else {
      ogg_stream_init(&o.os, plan.parts[0].serial);
      put_header(&o, head.data, head.len, true);
      put_header(&o, comments.data, comments.len, false);
      st = write_stream(in, &plan, &o, err);
      ogg_stream_clear(&o.os);
      if (fclose(o.fp) != 0 && st == TB_OK)
        st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
      if (st == TB_OK) st = tb_file_commit(temp, path, err);
      if (st != TB_OK) unlink(temp);
      *joined = st == TB_OK;
    }
    free(temp);
    tb_strbuf_free(&comments);
  }
  tb_strbuf_free(&head);
  tb_strbuf_free(&tags);
  free(plan.parts);
  free(plan.gap);
  free(plan.chapters);
  return st;
}
