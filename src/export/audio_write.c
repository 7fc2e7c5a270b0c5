/* Audio files through libsndfile: format from the extension, written under a temporary name and
 * renamed into place. */
#include "render_private.h"

#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef enum { FMT_WAV, FMT_FLAC, FMT_OGG, FMT_OPUS, FMT_MP3 } file_format;

static bool format_of(const char *path, file_format *f) {
  const char *dot = strrchr(path, '.');
  const char *slash = strrchr(path, '/');
  if (!dot || (slash && dot < slash)) return false;
  static const struct {
    const char *ext;
    file_format f;
  } table[] = {{".wav", FMT_WAV},
               {".flac", FMT_FLAC},
               {".ogg", FMT_OGG},
               {".opus", FMT_OPUS},
               {".mp3", FMT_MP3}};
  for (size_t i = 0; i < sizeof table / sizeof *table; i++)
    if (strcasecmp(dot, table[i].ext) == 0) return *f = table[i].f, true;
  return false;
}

static bool opus_rate_ok(int rate) {
  return rate == 8000 || rate == 12000 || rate == 16000 || rate == 24000 || rate == 48000;
}

static int sf_format_for(file_format f, int bits) {
  int pcm = bits == 24 ? SF_FORMAT_PCM_24 : SF_FORMAT_PCM_16;
  switch (f) {
  case FMT_WAV:
    return SF_FORMAT_WAV | pcm;
  case FMT_FLAC:
    return SF_FORMAT_FLAC | pcm;
  case FMT_OGG:
    return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
  case FMT_OPUS:
    return SF_FORMAT_OGG | SF_FORMAT_OPUS;
  case FMT_MP3:
    return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
  }
  return 0;
}

/* libsndfile maps a compression level in [0, 1] linearly onto the bitrates of the MPEG version
 * the sample rate selects (MPEG-1: 320 → 32 kbps, MPEG-2: 160 → 8, MPEG-2.5: 64 → 8). */
static double mp3_level_for(int kbps, int rate) {
  double hi = 320, lo = 32;
  if (rate < 32000) hi = 160, lo = 8;
  if (rate < 16000) hi = 64, lo = 8;
  double level = (hi - kbps) / (hi - lo);
  return level < 0 ? 0 : level > 1 ? 1 : level;
}

void tb_export_sf_tags(SNDFILE *sf, const tb_audio_tags *tags) {
  if (!tags) return;
  if (tags->title) sf_set_string(sf, SF_STR_TITLE, tags->title);
  if (tags->artist) sf_set_string(sf, SF_STR_ARTIST, tags->artist);
  if (tags->album) sf_set_string(sf, SF_STR_ALBUM, tags->album);
  if (tags->date) sf_set_string(sf, SF_STR_DATE, tags->date);
  if (tags->track > 0) {
    char track[16];
    snprintf(track, sizeof track, "%d", tags->track);
    sf_set_string(sf, SF_STR_TRACKNUMBER, track);
  }
  sf_set_string(sf, SF_STR_SOFTWARE, "tingbao");
}

/* Copies at most cap−1 bytes of UTF-8 text without cutting a character. */
static void copy_utf8(char *dst, size_t cap, const char *src) {
  size_t n = src ? strlen(src) : 0;
  if (n >= cap) {
    n = cap - 1;
    while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
      n--;
  }
  if (n) memcpy(dst, src, n);
  dst[n] = '\0';
}

static int16_t centi(double v) {
  if (!isfinite(v)) return (int16_t)0x7FFF; /* bext: "not measured" */
  double c = round(v * 100.0);
  return (int16_t)(c < -32767 ? -32767 : c > 32767 ? 32767 : c);
}

void tb_export_sf_bext(SNDFILE *sf, const tb_audio_tags *tags, const tb_loudness *l, int rate,
                       int bits) {
  SF_BROADCAST_INFO info;
  memset(&info, 0, sizeof info);
  copy_utf8(info.description, sizeof info.description, tags ? tags->title : NULL);
  copy_utf8(info.originator, sizeof info.originator, "tingbao");
  if (tags && tags->date && strlen(tags->date) == 10) {
    memcpy(info.origination_date, tags->date, 10);
    memcpy(info.origination_time, "00:00:00", 8);
  }
  snprintf(info.originator_reference, sizeof info.originator_reference, "tingbao-%s-%02d",
           tags && tags->date ? tags->date : "", tags ? tags->track : 0);
  info.version = 2;
  info.loudness_value = centi(l->integrated_lufs);
  info.loudness_range = centi(l->loudness_range_lu);
  info.max_true_peak_level = centi(l->true_peak_dbtp);
  info.max_momentary_loudness = centi(l->max_momentary_lufs);
  info.max_shortterm_loudness = centi(l->max_short_term_lufs);
  int len = snprintf(info.coding_history, sizeof info.coding_history,
                     "A=PCM,F=%d,W=%d,M=mono,T=tingbao\r\n", rate, bits);
  info.coding_history_size = (uint32_t)len;
  sf_command(sf, SFC_SET_BROADCAST_INFO, &info, sizeof info);
}

/* What goes into the files: the speech, untouched or through a loudness plan; the files may run
 * at another rate (resampled on the way out). */
typedef struct {
  const tb_pcm *pcm;
  tb_loudness_plan *plan; /* NULL: samples unchanged */
  bool untouched;         /* written as 16-bit samples, bit-exact */
  int out_rate;
  tb_loudness loudness; /* of the output, for the bext chunk */
} audio_data;

typedef struct {
  const char *path;
  file_format format;
  char *temp;
  SNDFILE *sf;
  float gain;  /* undoes what the encoder does to the level */
  bool packed; /* 24-bit WAV: samples converted here and written as raw bytes */
} out_file;

static void configure_mp3(SNDFILE *sf, int rate, int kbps) {
  int mode = SF_BITRATE_MODE_CONSTANT;
  double level = mp3_level_for(kbps, rate);
  sf_command(sf, SFC_SET_BITRATE_MODE, &mode, sizeof mode);
  sf_command(sf, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
}

/* libsndfile's LAME encoder at a constant bitrate comes out 0.45 dB quieter at 64 and 128 kbps
 * (not at 320), the same through ffmpeg and through libsndfile's own decoder and the same in
 * every band: a plain gain, which would put a −16 LUFS target at −16.5. Encode a 1 kHz tone
 * with the same settings, decode it and return the gain that puts the level back. */
static float mp3_gain(const char *temp, int rate, int kbps) {
  char *probe = tb_xasprintf("%s.probe.mp3", temp);
  size_t n = (size_t)rate;
  float *tone = tb_xmalloc(n * sizeof *tone);
  for (size_t i = 0; i < n; i++)
    tone[i] = 0.25f * sinf((float)(2 * M_PI * 1000.0 * i / rate));
  SF_INFO info = {.samplerate = rate, .channels = 1, .format = sf_format_for(FMT_MP3, 16)};
  SNDFILE *sf = sf_open(probe, SFM_WRITE, &info);
  float gain = 1.0f;
  if (sf) {
    configure_mp3(sf, rate, kbps);
    sf_write_float(sf, tone, (sf_count_t)n);
    sf_close(sf);
    SF_INFO in = {0};
    sf = sf_open(probe, SFM_READ, &in);
    if (sf && in.frames >= (sf_count_t)n) {
      sf_read_float(sf, tone, (sf_count_t)n);
      double e = 0; /* the middle half: clear of the encoder's delay and ramp */
      for (size_t i = n / 4; i < 3 * n / 4; i++)
        e += (double)tone[i] * tone[i];
      double ratio = 0.25 / sqrt(2.0) / sqrt(e / (double)(n / 2));
      if (ratio > 0.8 && ratio < 1.25) gain = (float)ratio;
    }
    if (sf) sf_close(sf);
  }
  unlink(probe);
  free(probe);
  free(tone);
  return gain;
}

static tb_status open_out(out_file *o, const audio_data *a, const tb_audio_tags *tags,
                          const tb_audio_options *opt, tb_error *err) {
  int bits = opt->bits == 24 ? 24 : 16;
  SF_INFO info = {
      .samplerate = a->out_rate, .channels = 1, .format = sf_format_for(o->format, bits)};
  o->temp = tb_temp_path_for(o->path);
  o->sf = sf_open(o->temp, SFM_WRITE, &info);
  /* sf_format_check accepts formats that then fail to open: only sf_open tells. */
  if (!o->sf)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot write this format at %d Hz: %s", o->path,
                        a->out_rate, sf_strerror(NULL));
  o->gain = 1.0f;
  if (o->format == FMT_MP3) {
    int kbps = opt->mp3_kbps > 0 ? opt->mp3_kbps : 64;
    o->gain = mp3_gain(o->temp, a->out_rate, kbps);
    configure_mp3(o->sf, a->out_rate, kbps);
  } else {
    tb_export_sf_tags(o->sf, tags); /* MP3 gets its ID3v2.4 tag afterwards */
  }
  if (o->format == FMT_WAV && opt->broadcast_wav)
    tb_export_sf_bext(o->sf, tags, &a->loudness, a->out_rate, bits);
  sf_command(o->sf, SFC_SET_CLIPPING, NULL, SF_TRUE);
  o->packed = o->format == FMT_WAV && bits == 24 && o->gain == 1.0f;
  return TB_OK;
}

typedef struct {
  out_file *files;
  size_t count;
  float *scratch; /* for files with a gain of their own */
  size_t scratch_cap;
  unsigned char *bytes; /* 24-bit samples ready to write */
  size_t bytes_cap;
} out_set;

/* Floats to little-endian 24-bit samples, clipped: the very bytes libsndfile's own conversion
 * (SFC_SET_CLIPPING) gives: scaled to 32 bits, rounded to the nearest (ties to even, as lrintf),
 * the top 24 bits kept. libsndfile converts 8 KiB at a time and makes a write() of each, some
 * 70,000 system calls for an issue at 48 kHz; converted here, a chunk of speech is one. */
static inline int32_t to_s32(float sample) {
  float scaled = sample * 2147483648.0f;
  if (scaled >= 2147483647.0) return INT32_MAX;
  if (scaled <= -2147483648.0) return INT32_MIN;
  return (int32_t)lrintf(scaled);
}

void tb_export_pack_s24le(const float *src, size_t n, unsigned char *dst) {
  size_t i = 0;
#ifdef __SSE2__
  /* four at a time: clamped to [−2³¹, the largest float below 2³¹], whose top 24 bits are the
   * clipped values, then rounded by the CPU's default mode (to nearest, ties to even) */
  const __m128 scale = _mm_set1_ps(2147483648.0f), lo = _mm_set1_ps(-2147483648.0f),
               hi = _mm_set1_ps(2147483520.0f);
  for (; i + 4 <= n; i += 4, dst += 12) {
    __m128 x = _mm_mul_ps(_mm_loadu_ps(src + i), scale);
    int32_t v[4];
    _mm_storeu_si128((__m128i *)v, _mm_cvtps_epi32(_mm_min_ps(_mm_max_ps(x, lo), hi)));
    for (int k = 0; k < 4; k++) {
      dst[3 * k] = (unsigned char)(v[k] >> 8);
      dst[3 * k + 1] = (unsigned char)(v[k] >> 16);
      dst[3 * k + 2] = (unsigned char)(v[k] >> 24);
    }
  }
#endif
  for (; i < n; i++, dst += 3) {
    int32_t v = to_s32(src[i]);
    dst[0] = (unsigned char)(v >> 8);
    dst[1] = (unsigned char)(v >> 16);
    dst[2] = (unsigned char)(v >> 24);
  }
}

static bool write_packed(out_set *set, out_file *o, const float *s, size_t n) {
  if (3 * n > set->bytes_cap) set->bytes = tb_xrealloc(set->bytes, set->bytes_cap = 3 * n);
  tb_export_pack_s24le(s, n, set->bytes);
  return sf_write_raw(o->sf, set->bytes, (sf_count_t)(3 * n)) == (sf_count_t)(3 * n);
}

static tb_status write_floats(const float *s, size_t n, void *ctx, tb_error *err) {
  out_set *set = ctx;
  for (size_t i = 0; i < set->count; i++) {
    out_file *o = &set->files[i];
    if (o->packed) {
      if (!write_packed(set, o, s, n))
        return tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed: %s", o->path,
                            sf_strerror(o->sf));
      continue;
    }
    const float *data = s;
    if (o->gain != 1.0f) {
      if (n > set->scratch_cap)
        set->scratch = tb_xrealloc(set->scratch, (set->scratch_cap = n) * sizeof *set->scratch);
      for (size_t k = 0; k < n; k++)
        set->scratch[k] = s[k] * o->gain;
      data = set->scratch;
    }
    if (sf_write_float(o->sf, data, (sf_count_t)n) != (sf_count_t)n)
      return tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed: %s", o->path, sf_strerror(o->sf));
  }
  return TB_OK;
}

static tb_status write_samples(out_set *set, const audio_data *a, tb_error *err) {
  if (a->untouched) {
    sf_count_t n = (sf_count_t)a->pcm->sample_count;
    for (size_t i = 0; i < set->count; i++)
      if (sf_write_short(set->files[i].sf, a->pcm->samples, n) != n)
        return tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", set->files[i].path);
    return TB_OK;
  }
  return tb_export_stream(a->pcm, a->plan, a->out_rate, write_floats, set, err);
}

/* LAME delays the audio by its encoder delay (576 samples) plus the decoder's (529). In constant
 * bitrate (compression level set) libsndfile 1.2.0 writes a Xing/Info frame with LAME's gapless
 * fields at every rate, and decoders (ffmpeg, gapless players) trim the delay: chapter times then
 * need no correction. Without that frame (libsndfile's default VBR at 22,050 Hz) every decoder
 * plays the delay, measured with ffmpeg: 1,104–1,105 samples, 50 ms at 22,050 Hz. */
enum { MP3_DELAY_SAMPLES = 576 + 529 };

/* True when the first MPEG frame of mp3 is a Xing/Info frame (gapless information). */
static bool mp3_has_info_frame(const unsigned char *mp3, size_t len) {
  size_t at = 0;
  while (at + 1 < len && !(mp3[at] == 0xFF && (mp3[at + 1] & 0xE0) == 0xE0))
    at++;
  size_t end = at + 64 < len ? at + 64 : len;
  for (size_t i = at; i + 4 <= end; i++)
    if (memcmp(mp3 + i, "Info", 4) == 0 || memcmp(mp3 + i, "Xing", 4) == 0) return true;
  return false;
}

/* MP3: prepends the ID3v2.4 tag to what libsndfile wrote; chapter times are shifted by the
 * encoder's delay when decoders will not trim it, so that they point at the audio as heard. */
static tb_status add_id3(const out_file *o, const tb_audio_tags *tags, const tb_audio_options *opt,
                         int rate, size_t frames, tb_error *err) {
  unsigned char *mp3;
  size_t mp3_len;
  tb_status st = tb_file_read_all(o->temp, &mp3, &mp3_len, err);
  if (st != TB_OK) return st;
  unsigned char *tag;
  size_t tag_len;
  tb_audio_chapter *shifted = NULL;
  const tb_audio_chapter *chapters = opt->chapters;
  if (opt->chapter_count > 0 && !mp3_has_info_frame(mp3, mp3_len)) {
    shifted = tb_xmalloc(opt->chapter_count * sizeof *shifted);
    for (size_t i = 0; i < opt->chapter_count; i++) {
      shifted[i] = opt->chapters[i];
      shifted[i].sample += MP3_DELAY_SAMPLES;
    }
    chapters = shifted;
    frames += MP3_DELAY_SAMPLES;
  }
  tb_export_id3v2(tags, chapters, opt->chapter_count, rate, frames, &tag, &tag_len);
  free(shifted);
  tag = tb_xrealloc(tag, tag_len + mp3_len);
  memcpy(tag + tag_len, mp3, mp3_len);
  free(mp3);
  FILE *fp = fopen(o->temp, "wb");
  bool ok = fp && fwrite(tag, 1, tag_len + mp3_len, fp) == tag_len + mp3_len;
  if (fp && fclose(fp) != 0) ok = false;
  free(tag);
  if (!ok) return tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", o->path);
  return TB_OK;
}

/* Closes every file; on success adds what libsndfile cannot write and renames them into place,
 * on failure removes the temporary files. frames: length of the files, for the last chapter. */
static tb_status finish(out_set *set, tb_status st, const tb_audio_tags *tags,
                        const tb_audio_options *opt, int rate, size_t frames, tb_error *err) {
  for (size_t i = 0; i < set->count; i++) {
    out_file *o = &set->files[i];
    if (o->sf && sf_close(o->sf) != 0 && st == TB_OK)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", o->path);
    o->sf = NULL;
  }
  for (size_t i = 0; i < set->count && st == TB_OK; i++) {
    out_file *o = &set->files[i];
    if (o->format == FMT_MP3) st = add_id3(o, tags, opt, rate, frames, err);
    if (st == TB_OK && o->format == FMT_WAV && opt->chapter_count > 0)
      st = tb_export_wav_cues(o->temp, opt->chapters, opt->chapter_count, err);
    if (st == TB_OK && o->format == FMT_FLAC && opt->chapter_count > 0)
      st = tb_export_flac_chapters(o->temp, opt->chapters, opt->chapter_count, rate, err);
    if (st == TB_OK && (o->format == FMT_OGG || o->format == FMT_OPUS) && opt->chapter_count > 0)
      st = tb_export_ogg_chapters(o->temp, opt->chapters, opt->chapter_count, rate, err);
  }
  for (size_t i = 0; i < set->count; i++) {
    out_file *o = &set->files[i];
    if (!o->temp) continue;
    if (st == TB_OK)
      st = tb_file_commit(o->temp, o->path, err);
    else
      unlink(o->temp);
    free(o->temp);
    o->temp = NULL;
  }
  return st;
}

static bool is_lossy(file_format f) {
  return f == FMT_OGG || f == FMT_OPUS || f == FMT_MP3;
}

/* The loudness plan is made once for every file, at the speech's own rate (half the samples of
 * 48 kHz; resampling afterwards keeps loudness and the band-limited true peak). Speech written
 * at its own rate, level and 16 bits stays untouched, which keeps an archive bit-exact. */
static tb_status prepare(const tb_pcm *pcm, const tb_audio_options *opt, int rate, bool lossy,
                         bool bext, bool mp3, tb_loudness_memo *memo, bool joined, audio_data *a,
                         tb_error *err) {
  *a = (audio_data){.pcm = pcm, .out_rate = rate};
  a->untouched =
      rate == pcm->sample_rate && opt->target_lufs == 0 && opt->bits != 24 && !bext && !mp3;
  if (opt->target_lufs == 0) {
    if (!bext) return TB_OK;
    /* a bext chunk wants the loudness even when it is left alone */
    float *f;
    size_t n;
    tb_status st = tb_export_resample(pcm, pcm->sample_rate, &f, &n, err);
    if (st == TB_OK) st = tb_export_measure(f, n, pcm->sample_rate, &a->loudness, err);
    free(f);
    return st;
  }
  double ceiling = opt->ceiling_dbtp != 0 ? opt->ceiling_dbtp : -1.0;
  return tb_export_plan_memo(pcm, memo, joined, opt->target_lufs, lossy ? ceiling - 1.0 : ceiling,
                             &a->plan, bext ? &a->loudness : NULL, err);
}

tb_status tb_export_audio_files(const char *const *paths, size_t count, const tb_pcm *pcm,
                                const tb_audio_tags *tags, const tb_audio_options *options,
                                tb_error *err) {
  return tb_export_audio_files_memo(paths, count, pcm, tags, options, NULL, false, err);
}

tb_status tb_export_audio_files_memo(const char *const *paths, size_t count, const tb_pcm *pcm,
                                     const tb_audio_tags *tags, const tb_audio_options *options,
                                     tb_loudness_memo *memo, bool joined, tb_error *err) {
  tb_audio_options opt = options ? *options : (tb_audio_options){0};
  out_set set = {.files = tb_xcalloc(count + 1, sizeof *set.files), .count = count};
  int rate = opt.sample_rate > 0 ? opt.sample_rate : pcm->sample_rate;
  bool lossy = false, bext = false, mp3 = false;
  for (size_t i = 0; i < count; i++) {
    set.files[i].path = paths[i];
    if (!format_of(paths[i], &set.files[i].format)) {
      free(set.files);
      return tb_error_set(err, TB_ERR_INPUT,
                          "%s: unknown audio format (use .wav .flac .ogg .opus .mp3)", paths[i]);
    }
    if (set.files[i].format == FMT_OPUS && !opus_rate_ok(rate)) rate = 48000;
    lossy |= is_lossy(set.files[i].format);
    mp3 |= set.files[i].format == FMT_MP3;
    bext |= set.files[i].format == FMT_WAV && opt.broadcast_wav;
  }
  audio_data a;
  tb_status st = prepare(pcm, &opt, rate, lossy, bext, mp3, memo, joined, &a, err);
  if (st != TB_OK) {
    tb_export_plan_free(a.plan);
    free(set.files);
    return st;
  }
  /* Chapter starts are in the pcm's samples; the files may run at another rate. */
  tb_audio_chapter *scaled = NULL;
  if (opt.chapter_count > 0 && rate != pcm->sample_rate) {
    scaled = tb_xmalloc(opt.chapter_count * sizeof *scaled);
    for (size_t i = 0; i < opt.chapter_count; i++) {
      scaled[i] = opt.chapters[i];
      scaled[i].sample = (size_t)((double)opt.chapters[i].sample * rate / pcm->sample_rate + 0.5);
    }
    opt.chapters = scaled;
  }
  for (size_t i = 0; i < count && st == TB_OK; i++)
    st = open_out(&set.files[i], &a, tags, &opt, err);
  if (st == TB_OK) st = write_samples(&set, &a, err);
  size_t frames = (size_t)((double)pcm->sample_count * rate / pcm->sample_rate + 0.5);
  st = finish(&set, st, tags, &opt, rate, frames, err);
  free(scaled);
  tb_export_plan_free(a.plan);
  free(set.scratch);
  free(set.bytes);
  free(set.files);
  return st;
}

tb_status tb_export_audio_with(const char *path, const tb_pcm *pcm, const tb_audio_tags *tags,
                               const tb_audio_options *opt, tb_error *err) {
  return tb_export_audio_files(&path, 1, pcm, tags, opt, err);
}

tb_status tb_export_audio(const char *path, const tb_pcm *pcm, const tb_audio_tags *tags,
                          tb_error *err) {
  return tb_export_audio_with(path, pcm, tags, NULL, err);
}
