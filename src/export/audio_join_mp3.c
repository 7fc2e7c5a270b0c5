/* The whole issue's MP3 as its articles' MPEG frames one after another. Each article file is LAME
 * output in constant bitrate: an ID3v2 tag, a Xing/Info frame (LAME's encoder delay and padding),
 * then audio frames. The first audio frame of a LAME stream takes nothing from the bit reservoir
 * (main_data_begin 0, checked), so frames of different files can follow each other; between
 * articles go frames with empty side information, which decode to silence and also empty the
 * decoder's filter memory, so each article decodes as it does alone. One Info frame for the whole
 * keeps the first article's delay and the last one's padding, which gapless decoders trim. */
#include "audio_join.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  size_t audio_at, audio_len; /* the audio frames after the Info frame */
  size_t frames;              /* audio frames */
  size_t delay, padding;      /* LAME's, in samples */
  size_t info_at, info_len;   /* the Info frame */
  unsigned char header[4];    /* of the first audio frame */
} mp3_part;

/* Samples per frame and frame length of the MPEG audio frame header at p; 0 when it is not one of
 * Layer III. */
static size_t frame_length(const unsigned char *p, int *rate, size_t *samples, size_t *side) {
  static const int kbps_v1[16] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  static const int kbps_v2[16] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
  static const int rates[4] = {44100, 48000, 32000, 0};
  if (p[0] != 0xFF || (p[1] & 0xE0) != 0xE0) return 0;
  int version = (p[1] >> 3) & 3; /* 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5 */
  int layer = (p[1] >> 1) & 3;   /* 1: Layer III */
  int bitrate = p[2] >> 4, rate_index = (p[2] >> 2) & 3, padding = (p[2] >> 1) & 1;
  if (version == 1 || layer != 1 || bitrate == 0 || bitrate == 15 || rate_index == 3) return 0;
  bool mono = (p[3] >> 6) == 3;
  *rate = rates[rate_index] >> (version == 3 ? 0 : version == 2 ? 1 : 2);
  *samples = version == 3 ? 1152 : 576;
  *side = version == 3 ? (mono ? 17 : 32) : (mono ? 9 : 17);
  int kbps = version == 3 ? kbps_v1[bitrate] : kbps_v2[bitrate];
  return (size_t)(*samples / 8) * (size_t)kbps * 1000 / (size_t)*rate + (size_t)padding;
}

/* Header fields that must agree between frames of one constant-bitrate stream: version, layer,
 * protection, bitrate, rate and channel mode. */
static bool same_stream(const unsigned char *a, const unsigned char *b) {
  return a[1] == b[1] && (a[2] & 0xFC) == (b[2] & 0xFC) && (a[3] & 0xC0) == (b[3] & 0xC0);
}

static uint32_t get_be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void set_be32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++)
    p[i] = (unsigned char)(v >> (24 - 8 * i));
}

/* Where the LAME extension of a Xing/Info frame starts (after its optional fields), or 0. */
static size_t lame_tag_at(const unsigned char *frame, size_t len, size_t xing) {
  if (xing + 8 > len) return 0;
  uint32_t flags = get_be32(frame + xing + 4);
  size_t at = xing + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) +
              (flags & 8 ? 4 : 0);
  return at + 36 <= len && memcmp(frame + at, "LAME", 4) == 0 ? at : 0;
}

/* Reads the structure of one part; a reason when it cannot be joined. */
static const char *parse_part(const unsigned char *d, size_t len, int want_rate, mp3_part *part) {
  size_t at = 0;
  if (len >= 10 && memcmp(d, "ID3", 3) == 0) {
    at = 10 + ((size_t)(d[6] & 0x7F) << 21 | (size_t)(d[7] & 0x7F) << 14 |
               (size_t)(d[8] & 0x7F) << 7 | (size_t)(d[9] & 0x7F));
    if (d[5] & 0x10) at += 10; /* footer */
  }
  int rate;
  size_t samples, side, flen;
  if (at + 4 > len || !(flen = frame_length(d + at, &rate, &samples, &side)) || at + flen > len)
    return "no MPEG audio frame after the tag";
  if (rate != want_rate) return "another sample rate";
  size_t xing = 4 + side;
  const unsigned char *info = d + at;
  if (xing + 4 > flen || (memcmp(info + xing, "Info", 4) != 0 && memcmp(info + xing, "Xing", 4)))
    return "no Xing/Info frame";
  size_t lame = lame_tag_at(info, flen, xing);
  if (!lame) return "no LAME tag with the encoder delay";
  const unsigned char *dp = info + lame + 21;
  *part = (mp3_part){.info_at = at,
                     .info_len = flen,
                     .delay = (size_t)dp[0] << 4 | dp[1] >> 4,
                     .padding = (size_t)(dp[1] & 0x0F) << 8 | dp[2],
                     .audio_at = at + flen};
  at += flen;
  while (at + 4 <= len) {
    int r;
    size_t s, sd, n = frame_length(d + at, &r, &s, &sd);
    if (n == 0) break; /* an ID3v1 or APE tag, or junk, ends the audio */
    if (at + n > len) return "a frame cut short";
    if (part->frames == 0) {
      memcpy(part->header, d + at, 4);
      /* main_data_begin: the first 9 bits (MPEG-1) or 8 bits after the header and CRC */
      size_t mdb = at + 4 + ((d[at + 1] & 1) ? 0 : 2);
      bool mpeg1 = ((d[at + 1] >> 3) & 3) == 3;
      if (mdb + 2 > len || d[mdb] != 0 || (mpeg1 && (d[mdb + 1] & 0x80)))
        return "the first frame uses the bit reservoir";
    } else if (!same_stream(part->header, d + at)) {
      return "not one constant-bitrate stream";
    }
    part->frames++;
    at += n;
  }
  part->audio_len = at - part->audio_at;
  if (part->frames * samples < part->delay + part->padding) return "delay longer than the audio";
  return NULL;
}

static uint16_t crc_table[256];

static void make_crc_table(void) {
  for (unsigned i = 0; i < 256; i++) {
    uint16_t c = (uint16_t)i;
    for (int k = 0; k < 8; k++)
      c = (uint16_t)(c & 1 ? (c >> 1) ^ 0xA001 : c >> 1);
    crc_table[i] = c;
  }
}

/* CRC-16 as LAME computes it for its tag (polynomial 0x8005, reflected). */
static uint16_t crc16(uint16_t crc, const unsigned char *p, size_t n) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, make_crc_table);
  const uint16_t *table = crc_table;
  for (size_t i = 0; i < n; i++)
    crc = (uint16_t)(crc >> 8 ^ table[(crc ^ p[i]) & 0xFF]);
  return crc;
}

typedef struct {
  FILE *fp;
  uint16_t crc; /* of the audio after the Info frame */
  size_t bytes, frames;
} mp3_out;

static bool put(mp3_out *o, const unsigned char *p, size_t n, size_t frames) {
  o->crc = crc16(o->crc, p, n);
  o->bytes += n;
  o->frames += frames;
  return fwrite(p, 1, n, o->fp) == n;
}

/* The plan: where each part goes, in frames, and the chapters that gives. */
typedef struct {
  mp3_part *parts;
  size_t *silent_before; /* frames of silence before part i */
  tb_audio_chapter *chapters;
  size_t total_frames, end_sample, samples_per_frame;
} mp3_plan;

static void plan_layout(const tb_join_parts *in, mp3_plan *plan) {
  size_t spf = plan->samples_per_frame, frames = 0, d0 = plan->parts[0].delay;
  for (size_t i = 0; i < in->count; i++) {
    const mp3_part *p = &plan->parts[i];
    /* with decoders trimming the first part's delay, part i's audio starts at
     * frames·spf + delay_i − delay_0 */
    double at = (double)frames * (double)spf + (double)p->delay - (double)d0;
    double gap = ((double)in->starts[i] - at) / (double)spf;
    size_t silent = gap > 0 ? (size_t)llround(gap) : 0;
    plan->silent_before[i] = silent;
    frames += silent;
    size_t start = frames * spf + p->delay - d0;
    plan->chapters[i] = (tb_audio_chapter){in->titles[i], start};
    frames += p->frames;
    plan->end_sample = start + p->frames * spf - p->delay - p->padding;
  }
  plan->total_frames = frames;
}

/* The first part's Info frame made to describe the joined stream. */
static void patch_info(unsigned char *info, size_t len, const mp3_plan *plan, size_t audio_bytes,
                       uint16_t audio_crc, size_t xing) {
  uint32_t flags = get_be32(info + xing + 4);
  size_t at = xing + 8;
  if (flags & 1) set_be32(info + at, (uint32_t)plan->total_frames), at += 4;
  if (flags & 2) set_be32(info + at, (uint32_t)(len + audio_bytes)), at += 4;
  if (flags & 4) /* constant bitrate: byte position proportional to time */
    for (int i = 0; i < 100; i++)
      info[at + (size_t)i] = (unsigned char)(i * 256 / 100);
  size_t lame = lame_tag_at(info, len, xing);
  size_t delay = plan->parts[0].delay;
  size_t padding = plan->total_frames * plan->samples_per_frame - delay - plan->end_sample;
  unsigned char *dp = info + lame + 21;
  dp[0] = (unsigned char)(delay >> 4);
  dp[1] = (unsigned char)((delay & 0x0F) << 4 | (padding >> 8 & 0x0F));
  dp[2] = (unsigned char)padding;
  set_be32(info + lame + 28, (uint32_t)(len + audio_bytes));
  info[lame + 32] = (unsigned char)(audio_crc >> 8);
  info[lame + 33] = (unsigned char)audio_crc;
  uint16_t tag_crc = crc16(0, info, lame + 34);
  info[lame + 34] = (unsigned char)(tag_crc >> 8);
  info[lame + 35] = (unsigned char)tag_crc;
}

/* Writes the parts' frames with silent frames between; the Info frame's place is kept empty. */
static tb_status write_frames(const tb_join_parts *in, const mp3_plan *plan, mp3_out *o,
                              tb_error *err) {
  int rate;
  size_t spf, side;
  size_t silent_len = frame_length(plan->parts[0].header, &rate, &spf, &side);
  unsigned char *silent = tb_xcalloc(silent_len, 1);
  memcpy(silent, plan->parts[0].header, 4);
  silent[2] &= (unsigned char)~0x02; /* no padding byte: the frame is as long as silent_len */
  silent_len = frame_length(silent, &rate, &spf, &side);
  silent[1] |= 1; /* no CRC: the side information, all zero, follows the header */
  tb_status st = TB_OK;
  for (size_t i = 0; i < in->count && st == TB_OK; i++) {
    for (size_t k = 0; k < plan->silent_before[i] && st == TB_OK; k++)
      if (!put(o, silent, silent_len, 1)) st = tb_error_set(err, TB_ERR_RUNTIME, "write failed");
    unsigned char *data;
    size_t len;
    if (st == TB_OK) st = tb_file_read_all(in->parts[i], &data, &len, err);
    if (st != TB_OK) break;
    const mp3_part *p = &plan->parts[i];
    if (p->audio_at + p->audio_len > len) /* changed since it was read */
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: changed while being joined", in->parts[i]);
    else if (!put(o, data + p->audio_at, p->audio_len, p->frames))
      st = tb_error_set(err, TB_ERR_RUNTIME, "write failed");
    free(data);
  }
  free(silent);
  return st;
}

/* Reads every part's structure into plan; a reason when they cannot be joined. */
static tb_status read_parts(const tb_join_parts *in, mp3_plan *plan, unsigned char **info,
                            size_t *xing, const char **why, tb_error *err) {
  for (size_t i = 0; i < in->count && !*why; i++) {
    unsigned char *data;
    size_t len;
    tb_status st = tb_file_read_all(in->parts[i], &data, &len, err);
    if (st != TB_OK) return st;
    *why = parse_part(data, len, in->rate, &plan->parts[i]);
    if (!*why && i > 0 && !same_stream(plan->parts[0].header, plan->parts[i].header))
      *why = "parts of different bitrates or channels";
    if (!*why && plan->parts[i].frames == 0) *why = "a part without audio";
    if (!*why && i == 0) {
      int rate;
      size_t side;
      frame_length(data + plan->parts[0].info_at, &rate, &plan->samples_per_frame, &side);
      *info = tb_xmalloc(plan->parts[0].info_len);
      memcpy(*info, data + plan->parts[0].info_at, plan->parts[0].info_len);
      *xing = 4 + side;
    }
    if (*why) tb_log(TB_LOG_DEBUG, "%s: not joined: %s", in->parts[i], *why);
    free(data);
  }
  return TB_OK;
}

tb_status tb_export_join_mp3(const char *path, const tb_join_parts *in, bool *joined,
                             tb_error *err) {
  *joined = false;
  if (in->count == 0) return TB_OK;
  mp3_plan plan = {.parts = tb_xcalloc(in->count, sizeof *plan.parts),
                   .silent_before = tb_xcalloc(in->count, sizeof *plan.silent_before),
                   .chapters = tb_xcalloc(in->count, sizeof *plan.chapters)};
  unsigned char *info = NULL, *tag = NULL;
  size_t xing = 0, tag_len = 0;
  const char *why = NULL;
  tb_status st = read_parts(in, &plan, &info, &xing, &why, err);
  char *temp = NULL;
  FILE *fp = NULL;
  if (st == TB_OK && !why) {
    plan_layout(in, &plan);
    size_t padding =
        plan.total_frames * plan.samples_per_frame - plan.parts[0].delay - plan.end_sample;
    if (padding > 4095) why = "padding too long for the LAME tag";
  }
  if (st == TB_OK && !why) {
    tb_export_id3v2(in->tags, plan.chapters, in->count, in->rate, plan.end_sample, &tag, &tag_len);
    temp = tb_temp_path_for(path);
    fp = fopen(temp, "wb");
    if (!fp) st = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot write", path);
  }
  if (fp) {
    size_t info_len = plan.parts[0].info_len;
    /* the Info frame needs the audio's length and CRC: written after it, in place */
    mp3_out o = {.fp = fp};
    if (fwrite(tag, 1, tag_len, fp) != tag_len || fwrite(info, 1, info_len, fp) != info_len)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
    if (st == TB_OK) st = write_frames(in, &plan, &o, err);
    if (st == TB_OK) {
      patch_info(info, info_len, &plan, o.bytes, o.crc, xing);
      if (fseek(fp, (long)tag_len, SEEK_SET) != 0 || fwrite(info, 1, info_len, fp) != info_len)
        st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
    }
    if (fclose(fp) != 0 && st == TB_OK)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
    if (st == TB_OK) st = tb_file_commit(temp, path, err);
    if (st != TB_OK) unlink(temp);
    *joined = st == TB_OK;
  }
  free(temp);
  free(tag);
  free(info);
  free(plan.parts);
  free(plan.silent_before);
  free(plan.chapters);
  return st;
}
