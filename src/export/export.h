/* export: everything → files of the library (layout in DESIGN.md). Every file is written under a
 * temporary name and renamed into place; issue.json is written last. */
#ifndef TB_EXPORT_H
#define TB_EXPORT_H

#include "braille/braille.h"
#include "core/core.h"
#include "issue/issue.h"
#include "mandarin/mandarin.h"
#include "speech/speech.h"

typedef struct {
  const char *title;      /* article headline */
  const char *album;      /* publication and date */
  const char *artist;     /* publication */
  const char *date;       /* YYYY-MM-DD */
  int track, track_total; /* article number, 0 when not one */
} tb_audio_tags;

/* Writes pcm to path in the format its extension names (.wav, .flac, .ogg, .opus, .mp3). */
tb_status tb_export_audio(const char *path, const tb_pcm *pcm, const tb_audio_tags *tags,
                          tb_error *err);

/* ---- audio post and audio files (speech → files a radio station can air) ---------------------
 * Mono throughout. Loudness is measured as dual mono (a mono file plays on both speakers; EBU
 * Tech 3341 and AES TD1004 measure it so): check with ffmpeg's ebur128=dualmono=true. */

/* A chapter of a recording: title (UTF-8) and start in samples of the tb_pcm written. */
typedef struct {
  const char *title;
  size_t sample;
} tb_audio_chapter;

/* How one file is made; zeroed fields mean "as the format's default". */
typedef struct {
  int sample_rate;     /* 0: the pcm's rate (Opus raises it to 48 kHz, which it needs) */
  double target_lufs;  /* 0: keep the level; else integrated loudness to reach */
  double ceiling_dbtp; /* true-peak ceiling when target_lufs is set; 0 means −1 dBTP */
  int bits;            /* WAV/FLAC sample size: 16 (default) or 24 */
  bool broadcast_wav;  /* .wav gets a bext chunk (BWF) with loudness and origin */
  int mp3_kbps;        /* constant bitrate of .mp3; 0: 64 */
  /* MP3: ID3v2.4 CHAP/CTOC; FLAC/Ogg/Opus: CHAPTERnnn; WAV: cue points with labels */
  const tb_audio_chapter *chapters;
  size_t chapter_count;
} tb_audio_options;

/* tb_export_audio with options (opt may be NULL). Lossy files (.mp3 .ogg .opus) are limited
 * 1 dB under the ceiling, since encoding raises true peaks by up to that much. */
tb_status tb_export_audio_with(const char *path, const tb_pcm *pcm, const tb_audio_tags *tags,
                               const tb_audio_options *opt, tb_error *err);
/* The same audio, processed once, to several files (formats from their extensions). */
tb_status tb_export_audio_files(const char *const *paths, size_t count, const tb_pcm *pcm,
                                const tb_audio_tags *tags, const tb_audio_options *opt,
                                tb_error *err);

/* A delivery profile: which files one recording becomes and at what loudness. */
typedef struct {
  const char *name;       /* "radio", "web", "archive" */
  const char *extensions; /* files written, space-separated: "wav", "mp3 opus", "flac" */
  tb_audio_options options;
} tb_audio_profile;

/* The built-in profile of that name (borrowed, static), or NULL. */
const tb_audio_profile *tb_export_audio_profile(const char *name);

/* Writes <dir>/<stem>.<ext> for every extension of the profile, processed as the profile says;
 * chapters may be NULL. Appends the names written ("<stem>.<ext>") to written (may be NULL). */
tb_status tb_export_audio_profiled(const char *dir, const char *stem, const tb_pcm *pcm,
                                   const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                                   size_t chapter_count, const tb_audio_profile *profile,
                                   tb_strlist *written, tb_error *err);

typedef struct {
  double integrated_lufs; /* −HUGE_VAL for silence */
  double true_peak_dbtp;
  double loudness_range_lu;
  double max_momentary_lufs;
  double max_short_term_lufs;
} tb_loudness;

/* Measures mono float samples (full scale ±1) as dual mono, true peak included (libebur128). */
tb_status tb_export_measure(const float *samples, size_t count, int sample_rate, tb_loudness *out,
                            tb_error *err);
/* Converts and resamples pcm to float at rate (soxr, high quality); *out is the caller's. */
tb_status tb_export_resample(const tb_pcm *pcm, int rate, float **out, size_t *out_count,
                             tb_error *err);
/* Scales samples to target_lufs, then limits true peaks to ceiling_dbtp (look-ahead limiter on
 * 8× oversampled peaks). Silence is left alone. result (may be NULL) receives the loudness of
 * the output as the processing estimates it, without another full measurement. */
tb_status tb_export_normalize(float *samples, size_t count, int sample_rate, double target_lufs,
                              double ceiling_dbtp, tb_loudness *result, tb_error *err);

/* A loudness plan: the gain and the limiter's gain curve that bring a recording to a target,
 * worked out without copying the recording and applied while it streams out, so a whole issue
 * never exists as floats in memory. */
typedef struct tb_loudness_plan tb_loudness_plan;
/* Plans for pcm as tb_export_normalize would process it; *out is the caller's
 * (tb_export_plan_free); result as for tb_export_normalize (may be NULL). */
tb_status tb_export_plan(const tb_pcm *pcm, double target_lufs, double ceiling_dbtp,
                         tb_loudness_plan **out, tb_loudness *result, tb_error *err);
void tb_export_plan_free(tb_loudness_plan *plan);
/* Samples [from, from + count) of pcm with the plan applied (NULL: unchanged) as floats. */
void tb_export_plan_apply(const tb_loudness_plan *plan, const tb_pcm *pcm, size_t from,
                          size_t count, float *out);

/* Receives processed audio in chunks; returns TB_OK to go on. */
typedef tb_status (*tb_audio_sink)(const float *samples, size_t count, void *ctx, tb_error *err);
/* Streams pcm through the plan (may be NULL) and, when out_rate differs, soxr, to sink. */
tb_status tb_export_stream(const tb_pcm *pcm, const tb_loudness_plan *plan, int out_rate,
                           tb_audio_sink sink, void *ctx, tb_error *err);
/* A worker thread that writes audio files while the caller synthesizes the next article: eSpeak
 * must stay on the calling thread, and post-processing and encoding need nothing of its state,
 * so the two overlap (on two cores the speech path then costs about as much as synthesis). At
 * most two jobs wait; a push blocks until there is room. */
typedef struct tb_audio_queue tb_audio_queue;
tb_audio_queue *tb_export_queue_new(void); /* caller ends it with tb_export_queue_finish */
/* Queues tb_export_audio_profiled(dir, stem, pcm, tags, chapters, …) for each profile. Takes
 * pcm (the queue frees it); copies everything else. Returns the error of an earlier job, if
 * any (then pcm is freed and nothing is queued). */
tb_status tb_export_queue_push(tb_audio_queue *q, const char *dir, const char *stem, tb_pcm *pcm,
                               const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                               size_t chapter_count, const tb_audio_profile *const *profiles,
                               size_t profile_count, tb_error *err);
/* Waits for every job and frees q. Returns the first error; written (may be NULL) receives
 * the names of the files written, in order. */
tb_status tb_export_queue_finish(tb_audio_queue *q, tb_strlist *written, tb_error *err);

/* An ID3v2.4 tag (UTF-8 text frames; CHAP and CTOC frames for chapters, times from sample_rate)
 * to put before MPEG audio. *out is the caller's. */
void tb_export_id3v2(const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                     size_t chapter_count, int sample_rate, size_t total_samples,
                     unsigned char **out, size_t *out_len);
/* Adds CHAPTERnnn / CHAPTERnnnNAME comments (Xiph chapter extension) to the FLAC file at path,
 * in place; chapter starts in samples at the file's rate. */
tb_status tb_export_flac_chapters(const char *path, const tb_audio_chapter *chapters, size_t count,
                                  int sample_rate, tb_error *err);
/* The same for an Ogg Vorbis or Ogg Opus file (single stream): the comment packet is rebuilt and
 * the header pages written anew with libogg; audio pages are copied, renumbered. */
tb_status tb_export_ogg_chapters(const char *path, const tb_audio_chapter *chapters, size_t count,
                                 int sample_rate, tb_error *err);
/* Adds a cue point per chapter, named by a label (RIFF `cue ` and LIST/adtl `labl`, UTF-8), to
 * the WAV file at path, in place; chapter starts in samples at the file's rate. */
tb_status tb_export_wav_cues(const char *path, const tb_audio_chapter *chapters, size_t count,
                             tb_error *err);
/* A Vorbis comment list (vendor, count, comments; no framing bit) holding the comments of old
 * (a list of the same form, may be NULL) plus CHAPTERnnn / CHAPTERnnnNAME for the chapters. */
void tb_export_vorbis_comments(tb_strbuf *out, const unsigned char *old, size_t old_len,
                               const tb_audio_chapter *chapters, size_t count, int rate);

/* Writes <dir>/<stem>.txt (Unicode braille, form feed between pages) and <dir>/<stem>.brf
 * (North American braille ASCII, CRLF lines, form feed between pages). */
tb_status tb_export_braille(const char *dir, const char *stem, const tb_braille_pages *pages,
                            tb_error *err);
/* One line of Unicode braille as BRF ASCII; caller frees. */
char *tb_export_brf_line(const char *cells);

/* ---- PEF (issue 6) ---------------------------------------------------------------------------
 * Metadata of a PEF file; every field may be NULL. */
typedef struct {
  const char *title;      /* dc:title, e.g. the publication and date */
  const char *identifier; /* dc:identifier; NULL: "tingbao:<date>:<stem>" */
  const char *date;       /* dc:date, YYYY-MM-DD; anything else is left out */
  const char *language;   /* dc:language; NULL: zh-CN */
} tb_pef_meta;

/* Writes <dir>/<stem>.pef: PEF 2008-1 (valid against the DAISY RELAX NG schema), one volume of
 * the pages' size, one section, a row per line. */
tb_status tb_export_pef(const char *dir, const char *stem, const tb_braille_pages *pages,
                        const tb_pef_meta *meta, tb_error *err);

typedef struct {
  const tb_config *config;
  tb_mandarin *mandarin;
  tb_speech *speech;   /* NULL: no audio */
  tb_braille *braille; /* NULL: no braille */
  int speech_jobs;     /* articles synthesized at once in worker processes; 0: one per core */
} tb_render_context;

/* Renders one issue into <library>/<publication>/<date>/. *out_dir (may be NULL) receives that
 * folder, which the caller frees. */
tb_status tb_export_render(const tb_render_context *ctx, const tb_issue *issue, const char *library,
                           char **out_dir, tb_error *err);

#endif
