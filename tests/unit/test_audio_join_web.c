/* The web profile's whole-issue MP3 and Opus joined from the article files: checked by decoding
 * them again (libsndfile: mpg123 with LAME's gapless fields, libopus) against the articles
 * decoded alone, and by reading the chapters, tags and Ogg pages back from the bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "export/audio_join.h"
#include "export/render_private.h"

#include <dirent.h>
#include <math.h>
#include <ogg/ogg.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { PARTS = 3, SPEECH_RATE = 22050, WEB_RATE = 48000 };
static const char *const TITLES[PARTS] = {"练就干事创业真本领", "扛起核心区使命担当",
                                          "以疏整促实效"};
static const tb_audio_tags ISSUE_TAGS = {.title = "新东城报 2026-03-10",
                                         .album = "新东城报 2026-03-10",
                                         .artist = "新东城报",
                                         .date = "2026-03-10"};

static char dir[64];
static size_t asked[PARTS]; /* where each article should start, in samples at WEB_RATE */

/* ---- fixtures ----------------------------------------------------------------------------- */

/* A voice-like test recording that starts sounding at its first sample (so a join that disturbs
 * an article's first packets shows): syllables of a few hundred ms at pitches of their own, with
 * short gaps. Differs per part in length, pitch and rhythm, so a part put in another's place
 * does not match. */
static tb_pcm *article_pcm(size_t part) {
  tb_pcm *pcm = tb_pcm_new(SPEECH_RATE);
  size_t syllables = 9 + 5 * part;
  for (size_t s = 0; s < syllables; s++) {
    size_t len = SPEECH_RATE * (180 + 37 * ((s + part) % 5)) / 1000;
    double f0 = 140.0 + 25.0 * (double)part + 9.0 * (double)((s * 7) % 6);
    int16_t *samples = malloc(len * sizeof *samples);
    for (size_t k = 0; k < len; k++) {
      double t = (double)k / SPEECH_RATE;
      double env = sin(M_PI * (double)k / (double)len);
      double v = 0;
      for (int h = 1; h <= 6; h++)
        v += sin(2 * M_PI * f0 * h * t) / h;
      samples[k] = (int16_t)(6000.0 * (0.3 + 0.7 * env) * v);
    }
    if (s > 0) tb_pcm_append_silence(pcm, 40 + 30 * (unsigned)(s % 3));
    tb_pcm_append_samples(pcm, samples, len);
    free(samples);
  }
  return pcm;
}

/* Writes part0..2 and joined.{mp3,opus} through the audio queue, as a render does. */
static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/tb-join-XXXXXX");
  if (!mkdtemp(dir)) return -1;
  const tb_audio_profile *web = tb_export_audio_profile("web");
  tb_audio_queue *q = tb_export_queue_new();
  tb_pcm *whole = tb_pcm_new(SPEECH_RATE);
  tb_audio_chapter chapters[PARTS];
  tb_error err;
  for (size_t i = 0; i < PARTS; i++) {
    tb_pcm *part = article_pcm(i);
    if (whole->sample_count) tb_pcm_append_silence(whole, TB_SPEECH_ARTICLE_PAUSE_MS);
    chapters[i] = (tb_audio_chapter){TITLES[i], whole->sample_count};
    asked[i] = (size_t)llround((double)whole->sample_count * WEB_RATE / SPEECH_RATE);
    tb_pcm_append(whole, part, 0);
    char stem[16];
    snprintf(stem, sizeof stem, "part%zu", i);
    tb_audio_tags tags = {.title = TITLES[i], .track = (int)i + 1};
    if (tb_export_queue_push(q, dir, stem, part, &tags, NULL, 0, &web, 1, &err) != TB_OK) return -1;
  }
  if (tb_export_queue_push_joined(q, dir, "joined", whole, &ISSUE_TAGS, chapters, PARTS, &web, 1,
                                  &err) != TB_OK)
    return -1;
  tb_strlist written = {0};
  tb_status st = tb_export_queue_finish(q, &written, &err);
  if (st != TB_OK) fprintf(stderr, "%s\n", err.message);
  bool both = written.count == 2 * PARTS + 2 &&
              strcmp(written.items[2 * PARTS], "joined.mp3") == 0 &&
              strcmp(written.items[2 * PARTS + 1], "joined.opus") == 0;
  tb_strlist_free(&written);
  return st == TB_OK && both ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  DIR *d = opendir(dir);
  for (struct dirent *e; d && (e = readdir(d));) {
    if (e->d_name[0] == '.' && (!e->d_name[1] || e->d_name[1] == '.')) continue;
    char *p = tb_path_join(dir, e->d_name);
    unlink(p);
    free(p);
  }
  if (d) closedir(d);
  rmdir(dir);
  return 0;
}

static char *file_in_dir(const char *stem, const char *ext) {
  char *name = tb_xasprintf("%s.%s", stem, ext);
  char *path = tb_path_join(dir, name);
  free(name);
  return path;
}

static bool temp_files_left(void) {
  DIR *d = opendir(dir);
  bool found = false;
  for (struct dirent *e; d && (e = readdir(d));)
    if (strstr(e->d_name, ".tmp-")) found = true;
  if (d) closedir(d);
  return found;
}

typedef struct {
  float *samples;
  size_t count;
  int rate;
  char *title;
} decoded;

static decoded decode(const char *path) {
  SF_INFO info = {0};
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  assert_non_null(sf);
  assert_int_equal(info.channels, 1);
  decoded d = {malloc(((size_t)info.frames + 1) * sizeof(float)), (size_t)info.frames,
               info.samplerate, NULL};
  assert_int_equal(sf_read_float(sf, d.samples, info.frames), info.frames);
  const char *title = sf_get_string(sf, SF_STR_TITLE);
  d.title = title ? strdup(title) : NULL;
  sf_close(sf);
  return d;
}

static void decoded_free(decoded *d) {
  free(d->samples);
  free(d->title);
}

/* Signal to difference ratio (dB) of part against whole from at, at the best shift within
 * ±slack samples (chapter times are whole milliseconds); *shift receives it. */
static double match_db(const decoded *whole, size_t at, const decoded *part, size_t slack,
                       long *shift) {
  double best = -INFINITY;
  for (long lag = -(long)slack; lag <= (long)slack; lag++) {
    if ((long)at + lag < 0 || (size_t)((long)at + lag) + part->count > whole->count) continue;
    const float *w = whole->samples + at + lag;
    double signal = 0, diff = 0;
    for (size_t k = 0; k < part->count; k++) {
      signal += (double)part->samples[k] * part->samples[k];
      diff += ((double)w[k] - part->samples[k]) * ((double)w[k] - part->samples[k]);
    }
    double db = 10 * log10(signal / (diff > 1e-30 ? diff : 1e-30));
    if (db > best) best = db, *shift = lag;
  }
  return best;
}

/* ---- reading the files back --------------------------------------------------------------- */

static size_t syncsafe(const unsigned char *p) {
  return (size_t)p[0] << 21 | (size_t)p[1] << 14 | (size_t)p[2] << 7 | p[3];
}

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The CHAP frames of an ID3v2.4 tag: start times (ms) and titles (TIT2, UTF-8). */
static size_t id3_chapters(const unsigned char *d, size_t len, uint32_t *ms, char **titles,
                           size_t max) {
  assert_true(len > 10 && memcmp(d, "ID3\x04", 4) == 0);
  size_t end = 10 + syncsafe(d + 6), n = 0;
  for (size_t at = 10; at + 10 <= end && d[at];) {
    size_t size = syncsafe(d + at + 4);
    if (memcmp(d + at, "CHAP", 4) == 0 && n < max) {
      const unsigned char *body = d + at + 10;
      size_t id_len = strlen((const char *)body) + 1;
      ms[n] = be32(body + id_len);
      const unsigned char *sub = body + id_len + 16;
      assert_memory_equal(sub, "TIT2", 4);
      size_t text_len = syncsafe(sub + 4) - 1; /* after the encoding byte */
      assert_int_equal(sub[10], 3);            /* UTF-8 */
      titles[n++] = strndup((const char *)sub + 11, text_len);
    }
    at += 10 + size;
  }
  return n;
}

typedef struct {
  size_t pages, pre_skip, bos, eos;
  bool one_serial, sequence_ok, granules_ok;
  ogg_int64_t last_granule;
  char *comments; /* the OpusTags packet's comments, joined by '\n' */
} ogg_report;

static ogg_report read_ogg(const unsigned char *data, size_t len) {
  ogg_report r = {.one_serial = true, .sequence_ok = true, .granules_ok = true};
  ogg_sync_state oy;
  ogg_sync_init(&oy);
  memcpy(ogg_sync_buffer(&oy, (long)len), data, len);
  ogg_sync_wrote(&oy, (long)len);
  ogg_stream_state os;
  ogg_page og;
  int serial = 0;
  long seq = -1;
  ogg_int64_t granule = 0;
  size_t packet = 0;
  tb_strbuf comments;
  tb_strbuf_init(&comments);
  while (ogg_sync_pageout(&oy, &og) == 1) {
    if (r.pages == 0) {
      serial = ogg_page_serialno(&og);
      ogg_stream_init(&os, serial);
    }
    r.one_serial &= ogg_page_serialno(&og) == serial;
    r.sequence_ok &= ogg_page_pageno(&og) == seq + 1;
    seq = ogg_page_pageno(&og);
    r.bos += ogg_page_bos(&og) != 0;
    r.eos += ogg_page_eos(&og) != 0;
    if (ogg_page_granulepos(&og) >= 0) {
      r.granules_ok &= ogg_page_granulepos(&og) >= granule;
      granule = r.last_granule = ogg_page_granulepos(&og);
    }
    r.pages++;
    ogg_stream_pagein(&os, &og);
    ogg_packet op;
    while (ogg_stream_packetout(&os, &op) == 1) {
      if (packet == 0) r.pre_skip = (size_t)op.packet[10] | (size_t)op.packet[11] << 8;
      if (packet == 1) {
        const unsigned char *p = op.packet + 8;
        size_t at = 4 + (p[0] | (size_t)p[1] << 8), count = p[at] | (size_t)p[at + 1] << 8;
        at += 4;
        for (size_t i = 0; i < count; i++) {
          size_t n = p[at] | (size_t)p[at + 1] << 8 | (size_t)p[at + 2] << 16;
          tb_strbuf_append(&comments, (const char *)p + at + 4, n);
          tb_strbuf_putc(&comments, '\n');
          at += 4 + n;
        }
      }
      packet++;
    }
  }
  if (r.pages) ogg_stream_clear(&os);
  ogg_sync_clear(&oy);
  r.comments = tb_strbuf_take(&comments);
  return r;
}

/* The start (ms) of CHAPTERnnn in a comment list, or -1. */
static long chapter_ms(const char *comments, size_t n) {
  char key[32];
  snprintf(key, sizeof key, "CHAPTER%03zu=", n);
  const char *at = strstr(comments, key);
  if (!at) return -1;
  unsigned h, m, s, ms;
  if (sscanf(at + strlen(key), "%u:%u:%u.%u", &h, &m, &s, &ms) != 4) return -1;
  return (long)(((h * 60 + m) * 60 + s) * 1000 + ms);
}

/* ---- the joined files --------------------------------------------------------------------- */

/* Each article decodes in the issue file exactly as it does alone, where the chapter says it
 * starts, and that is where the issue asked it to start, within the format's frame. */
static void articles_decode_as_alone(const char *ext, const size_t *chapter_samples,
                                     size_t tolerance) {
  char *path = file_in_dir("joined", ext);
  decoded whole = decode(path);
  assert_int_equal(whole.rate, WEB_RATE);
  size_t end = 0;
  for (size_t i = 0; i < PARTS; i++) {
    assert_true(labs((long)chapter_samples[i] - (long)asked[i]) <= (long)tolerance);
    char stem[16];
    snprintf(stem, sizeof stem, "part%zu", i);
    char *part_path = file_in_dir(stem, ext);
    decoded part = decode(part_path);
    long shift = 0;
    double db = match_db(&whole, chapter_samples[i], &part, WEB_RATE / 1000, &shift);
    assert_true(db > 90.0);
    size_t start = (size_t)((long)chapter_samples[i] + shift);
    /* silence between the articles */
    for (size_t k = end + WEB_RATE / 50; k + WEB_RATE / 50 < start; k++)
      assert_true(fabsf(whole.samples[k]) < 1e-3f);
    end = start + part.count;
    decoded_free(&part);
    free(part_path);
  }
  /* the issue ends with the last article: gapless decoders trim the padding */
  assert_true(labs((long)whole.count - (long)end) <= 2);
  assert_string_equal(whole.title, ISSUE_TAGS.title);
  /* each article at −16 LUFS, so the issue too; the lossy ceiling holds */
  tb_loudness l;
  tb_error err;
  assert_int_equal(tb_export_measure(whole.samples, whole.count, WEB_RATE, &l, &err), TB_OK);
  assert_true(fabs(l.integrated_lufs + 16.0) <= 0.5);
  assert_true(l.true_peak_dbtp <= -1.0);
  decoded_free(&whole);
  free(path);
}

static void mp3_joins_frames_with_chapters(void **state) {
  (void)state;
  char *path = file_in_dir("joined", "mp3");
  unsigned char *data;
  size_t len;
  tb_error err;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  uint32_t ms[PARTS + 1];
  char *titles[PARTS + 1];
  assert_int_equal(id3_chapters(data, len, ms, titles, PARTS + 1), PARTS);
  size_t samples[PARTS];
  for (size_t i = 0; i < PARTS; i++) {
    assert_string_equal(titles[i], TITLES[i]);
    free(titles[i]);
    samples[i] = (size_t)ms[i] * WEB_RATE / 1000;
  }
  /* one Info frame, and every frame after it at the profile's constant bitrate */
  static const int kbps[16] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  size_t at = 10 + syncsafe(data + 6), frames = 0, info = 0;
  unsigned char bitrate = data[at + 2] & 0xF0;
  assert_int_equal(kbps[bitrate >> 4], tb_export_audio_profile("web")->options.mp3_kbps);
  for (; at + 4 <= len && data[at] == 0xFF; frames++) {
    assert_int_equal(data[at + 2] & 0xF0, bitrate);
    if (memcmp(data + at + 21, "Info", 4) == 0) info++;
    at += (size_t)(144 * kbps[bitrate >> 4] * 1000 / WEB_RATE) + ((data[at + 2] >> 1) & 1);
  }
  assert_int_equal(at, len);
  assert_int_equal(info, 1);
  assert_int_equal(be32(data + 10 + syncsafe(data + 6) + 21 + 8), frames - 1);
  free(data);
  free(path);
  /* a chapter starts on a frame: at most half of one (576 samples) from where it was asked */
  articles_decode_as_alone("mp3", samples, 576 + WEB_RATE / 1000);
}

static void opus_remuxes_packets_into_one_stream(void **state) {
  (void)state;
  char *path = file_in_dir("joined", "opus");
  unsigned char *data;
  size_t len;
  tb_error err;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  ogg_report r = read_ogg(data, len);
  free(data);
  assert_true(r.one_serial);
  assert_true(r.sequence_ok);
  assert_true(r.granules_ok);
  assert_int_equal(r.bos, 1);
  assert_int_equal(r.eos, 1);
  char *part_path = file_in_dir("part0", "opus");
  assert_int_equal(tb_file_read_all(part_path, &data, &len, &err), TB_OK);
  ogg_report first = read_ogg(data, len);
  free(data);
  free(part_path);
  assert_int_equal(r.pre_skip, first.pre_skip); /* one pre-skip: the first article's */
  assert_non_null(strstr(r.comments, "TITLE=新东城报 2026-03-10\n"));
  assert_non_null(strstr(r.comments, "ALBUM=新东城报 2026-03-10\n"));
  assert_null(strstr(r.comments, "TRACKNUMBER=")); /* the articles' own tags stay theirs */
  size_t samples[PARTS];
  for (size_t i = 0; i < PARTS; i++) {
    long ms = chapter_ms(r.comments, i + 1);
    assert_true(ms >= 0);
    samples[i] = (size_t)ms * WEB_RATE / 1000;
    char *name = tb_xasprintf("CHAPTER%03zuNAME=%s\n", i + 1, TITLES[i]);
    assert_non_null(strstr(r.comments, name));
    free(name);
  }
  assert_null(strstr(r.comments, "CHAPTER004"));
  /* the stream's end trim makes its length the articles' span */
  decoded whole = decode(path);
  assert_int_equal((size_t)r.last_granule - r.pre_skip, whole.count);
  decoded_free(&whole);
  free(first.comments);
  free(r.comments);
  free(path);
  /* 2.5 ms packets of silence place an article within 60 samples, plus the ms of the chapter */
  articles_decode_as_alone("opus", samples, 60 + WEB_RATE / 1000);
}

/* Removes the first MPEG frame after the ID3v2 tag (LAME's Info frame) from the file at path. */
static void drop_info_frame(const char *path) {
  unsigned char *data;
  size_t len;
  tb_error err;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  size_t at = memcmp(data, "ID3", 3) == 0 ? 10 + syncsafe(data + 6) : 0;
  size_t next = at + 1;
  while (next + 1 < len && !(data[next] == 0xFF && (data[next + 1] & 0xE0) == 0xE0))
    next++;
  memmove(data + at, data + next, len - next);
  assert_int_equal(tb_file_write_atomic(path, data, len - (next - at), &err), TB_OK);
  free(data);
}

/* Parts the joiners cannot join (MP3 at another rate or without LAME's Info frame, Ogg Vorbis)
 * are refused without writing anything, so that the caller encodes the issue instead. */
static void unknown_parts_are_left_to_encoding(void **state) {
  (void)state;
  tb_pcm *pcm = article_pcm(0);
  char *mp3 = file_in_dir("plain", "mp3"), *ogg = file_in_dir("vorbis", "opus");
  char *vorbis = file_in_dir("vorbis", "ogg");
  tb_error err;
  /* libsndfile's MP3 at the speech's 22,050 Hz */
  assert_int_equal(tb_export_audio(mp3, pcm, NULL, &err), TB_OK);
  assert_int_equal(tb_export_audio(vorbis, pcm, NULL, &err), TB_OK);
  assert_int_equal(rename(vorbis, ogg), 0);
  const char *mp3_parts[] = {mp3}, *ogg_parts[] = {ogg};
  size_t starts[] = {0};
  const char *titles[] = {"甲"};
  char *out_mp3 = file_in_dir("refused", "mp3"), *out_opus = file_in_dir("refused", "opus");
  bool joined = true;
  tb_join_parts in = {mp3_parts, starts, titles, 1, WEB_RATE, NULL};
  assert_int_equal(tb_export_join_mp3(out_mp3, &in, &joined, &err), TB_OK);
  assert_false(joined); /* not at the rate the chapters count in */
  in.rate = SPEECH_RATE;
  drop_info_frame(mp3);
  joined = true;
  assert_int_equal(tb_export_join_mp3(out_mp3, &in, &joined, &err), TB_OK);
  assert_false(joined); /* no encoder delay to count with */
  in = (tb_join_parts){ogg_parts, starts, titles, 1, WEB_RATE, NULL};
  joined = true;
  assert_int_equal(tb_export_join_opus(out_opus, &in, &joined, &err), TB_OK);
  assert_false(joined);
  assert_int_equal(access(out_mp3, F_OK), -1);
  assert_int_equal(access(out_opus, F_OK), -1);
  assert_false(temp_files_left());
  /* and a missing part is an error, not a silent skip */
  const char *missing[] = {"/nonexistent/part.mp3"};
  in = (tb_join_parts){missing, starts, titles, 1, WEB_RATE, NULL};
  assert_int_not_equal(tb_export_join_mp3(out_mp3, &in, &joined, &err), TB_OK);
  assert_false(joined);
  unlink(mp3);
  unlink(ogg);
  free(mp3);
  free(ogg);
  free(vorbis);
  free(out_mp3);
  free(out_opus);
  tb_pcm_free(pcm);
}

static void supported_formats(void **state) {
  (void)state;
  assert_true(tb_export_join_supports("mp3 opus"));
  assert_true(tb_export_join_supports("wav"));
  assert_false(tb_export_join_supports("flac"));
  assert_false(tb_export_join_supports("mp3 ogg"));
  assert_false(tb_export_join_supports(""));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(supported_formats),
      cmocka_unit_test(mp3_joins_frames_with_chapters),
      cmocka_unit_test(opus_remuxes_packets_into_one_stream),
      cmocka_unit_test(unknown_parts_are_left_to_encoding),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
