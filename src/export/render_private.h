/* Private to the export stage: the pieces of one render. */
#ifndef TB_EXPORT_RENDER_PRIVATE_H
#define TB_EXPORT_RENDER_PRIVATE_H

#include "export.h"

#include <jansson.h>

/* A name safe as one path component: no '/', no leading '.', no control characters, at most
 * max_bytes (cut at a character boundary); fallback when nothing is left. Caller frees. */
char *tb_export_safe_component(const char *name, size_t max_bytes, const char *fallback);
/* An ASCII file-name slug from word pinyin ("lian4-jiu4 gan4" → "lianjiu-gan"). Caller frees. */
char *tb_export_slug(tb_mandarin *mandarin, const char *headline);

/* n samples as little-endian 24-bit PCM (3n bytes at dst), clipped: the bytes libsndfile writes
 * for them with SFC_SET_CLIPPING (audio_write.c converts 24-bit WAV itself, in large writes). */
void tb_export_pack_s24le(const float *src, size_t n, unsigned char *dst);

/* ---- loudness measured once per recording ---------------------------------------------------
 * The radio and web files of an article share one measurement, and the whole issue's loudness is
 * that of its articles taken together (ebur128_loudness_global_multiple) instead of another pass
 * over an hour of audio. A memo serves one writer thread. */
typedef struct tb_loudness_memo tb_loudness_memo;
tb_loudness_memo *tb_export_memo_new(void); /* caller frees with tb_export_memo_free */
void tb_export_memo_free(tb_loudness_memo *memo);
/* tb_export_plan through memo (may be NULL): a recording not yet measured is measured and kept;
 * joined: pcm is every recording of the memo joined, with silence between them. */
tb_status tb_export_plan_memo(const tb_pcm *pcm, tb_loudness_memo *memo, bool joined,
                              double target_lufs, double ceiling_dbtp, tb_loudness_plan **out,
                              tb_loudness *result, tb_error *err);
/* The loudness of the memo's recordings as the plans for target_lufs made them, joined with
 * recording k starting at starts[k] (samples of their rate) and silence between: from their
 * K-weighted 100 ms blocks, gated as BS.1770 and EBU Tech 3342 do; the true peak is the largest
 * of theirs. An error when a recording was not planned for that target. */
tb_status tb_export_memo_joined_output(const tb_loudness_memo *memo, double target_lufs,
                                       const size_t *starts, tb_loudness *out, tb_error *err);
/* A recording measured ahead, on another thread than the memo's (the queue measures a recording
 * as it is pushed, so that the writer thread does not have to). */
typedef struct tb_measurement tb_measurement;
/* *out is the caller's: tb_export_memo_take or tb_export_measurement_free. */
tb_status tb_export_measure_recording(const tb_pcm *pcm, tb_measurement **out, tb_error *err);
void tb_export_measurement_free(tb_measurement *m);
/* The memo keeps m (and frees it) as the measurement of pcm, its next recording: the plans made
 * for pcm through the memo then measure nothing. */
void tb_export_memo_take(tb_loudness_memo *memo, const tb_pcm *pcm, tb_measurement *m);
/* The memo's last recording is done with: its memory may hold another recording next, which must
 * not pass for it. */
void tb_export_memo_done(tb_loudness_memo *memo);
/* Number of recordings the memo measured. */
size_t tb_export_memo_count(const tb_loudness_memo *memo);
/* tb_export_audio_files and tb_export_audio_profiled with a memo, as tb_export_plan_memo. */
tb_status tb_export_audio_files_memo(const char *const *paths, size_t count, const tb_pcm *pcm,
                                     const tb_audio_tags *tags, const tb_audio_options *opt,
                                     tb_loudness_memo *memo, bool joined, tb_error *err);
tb_status tb_export_audio_profiled_memo(const char *dir, const char *stem, const tb_pcm *pcm,
                                        const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                                        size_t chapter_count, const tb_audio_profile *profile,
                                        tb_loudness_memo *memo, bool joined, tb_strlist *written,
                                        tb_error *err);
/* tb_export_queue_push of a recording that joins every recording queued before it (the whole
 * issue after its articles), whose loudness the queue then knows without measuring it. */
tb_status tb_export_queue_push_joined(tb_audio_queue *q, const char *dir, const char *stem,
                                      tb_pcm *pcm, const tb_audio_tags *tags,
                                      const tb_audio_chapter *chapters, size_t chapter_count,
                                      const tb_audio_profile *const *profiles, size_t profile_count,
                                      tb_error *err);

/* True when the queue writes a profile's whole-issue WAV by joining its articles' WAV files
 * (tb_export_queue_push_joined): the joined recording's samples are then not read, only its
 * length, rate and chapters; a recording with sample_count but no samples stands for it. */
bool tb_export_profile_joins_files(const tb_audio_profile *profile);

/* ---- a whole issue joined from its articles' broadcast WAV files ------------------------------
 * The articles' files already hold processed 48 kHz samples: the issue file copies them instead
 * of processing an hour of audio again. Part i starts at starts[i] (samples of the parts' rate,
 * silence before it) with a cue point titled titles[i]; the parts must share rate and sample
 * size; opt gives bits and bext, loudness the bext chunk's figures. */
tb_status tb_export_join_wav(const char *path, const char *const *parts, const size_t *starts,
                             const char *const *titles, size_t count, const tb_audio_tags *tags,
                             const tb_audio_options *opt, const tb_loudness *loudness,
                             tb_error *err);
/* ---- the same file grown while the articles are written (audio_join_live.c) -------------------
 * Opens a temporary file beside path for a WAV of opt's rate and bits, with tags (borrowed until
 * the end) and, when opt says so, a bext chunk whose loudness is set at the end. *out is the
 * caller's: it ends with tb_export_joiner_finish or tb_export_joiner_abandon. */
typedef struct tb_wav_joiner tb_wav_joiner;
tb_status tb_export_joiner_open(const char *path, const tb_audio_tags *tags,
                                const tb_audio_options *opt, tb_wav_joiner **out, tb_error *err);
/* Appends the WAV file part (the joined file's rate and format) at frame start, after silence;
 * a part that ran long pushes it back. */
tb_status tb_export_joiner_append(tb_wav_joiner *w, const char *part, size_t start, tb_error *err);
size_t tb_export_joiner_parts(const tb_wav_joiner *w); /* appended so far */
/* Sets the bext chunk's loudness, closes, adds a cue point per part titled titles[i] (one per
 * part) and renames the file into place. Frees w. */
tb_status tb_export_joiner_finish(tb_wav_joiner *w, const char *const *titles,
                                  const tb_loudness *loudness, tb_error *err);
/* Removes the temporary file and frees w (may be NULL). */
void tb_export_joiner_abandon(tb_wav_joiner *w);
/* The queue grows the joined file of every profile that joins files (see below) from the
 * articles as they are written: the recording pushed joined at the end must be dir/stem with
 * tags (copied), its chapters where the articles were appended, one after another with
 * pause_ms between them; otherwise the joined file is made from the files at the end, as before. */
void tb_export_queue_expect_joined(tb_audio_queue *q, const char *dir, const char *stem,
                                   const tb_audio_tags *tags, unsigned pause_ms);

/* libsndfile's text tags and bext chunk for a file being written (audio_write.c). */
struct sf_private_tag;
void tb_export_sf_tags(struct sf_private_tag *sf, const tb_audio_tags *tags);
void tb_export_sf_bext(struct sf_private_tag *sf, const tb_audio_tags *tags, const tb_loudness *l,
                       int rate, int bits);

/* What one article became, for the manifest and the playlist. */
typedef struct {
  tb_strlist audio_files; /* relative to the issue folder, one per profile format */
  double seconds;
  size_t sample_rate;
  size_t issue_start;  /* where it starts in the whole-issue recording, in samples at sample_rate */
  json_t *marks;       /* array of {sample, sentence, paragraph}; owned */
  size_t braille_page; /* page of the issue's braille it starts on (1-based), 0 without */
  char *braille_file;  /* its own BRF, relative to the issue folder; NULL without braille */
} tb_rendered_article;

/* Writes audio/issue.m3u8. */
tb_status tb_export_playlist(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, tb_error *err);
/* SHA-256 digests of files, kept by file identity (device, inode, size, modification time): a
 * file is hashed once, right after it is written (while its pages are still in memory, on the
 * writer thread, in parallel with synthesis), and its hard links share the digest. Safe to use
 * from several threads. */
typedef struct tb_file_hashes tb_file_hashes;
tb_file_hashes *tb_export_hashes_new(void); /* caller frees with tb_export_hashes_free */
void tb_export_hashes_free(tb_file_hashes *hashes);
/* Hashes the file at path unless an identical file was hashed before, and remembers it. */
tb_status tb_export_hashes_add(tb_file_hashes *hashes, const char *path, tb_error *err);
/* Files the queue writes from now on are hashed into hashes (borrowed; it must outlive the queue)
 * right after each is written. */
void tb_export_queue_hash_into(tb_audio_queue *q, tb_file_hashes *hashes);

/* Writes issue.json: the issue model plus what was rendered and a SHA-256 of every file, taken
 * from hashes (may be NULL) for the files hashed before, hashed here for the others. */
tb_status tb_export_manifest(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, const tb_strlist *files,
                             tb_file_hashes *hashes, tb_error *err);

/* Writes daisy/: the issue as a DAISY 2.02 talking book (ncc.html, a SMIL file per article with a
 * clip per sentence, the articles' MP3 or WAV files linked in, and a spoken title). Does nothing
 * when the articles have neither (an archive-only render) or there is no speech. Appends the files
 * written, relative to issue_dir, to files. */
tb_status tb_export_daisy(const tb_render_context *ctx, const char *issue_dir,
                          const tb_issue *issue, const tb_rendered_article *rendered,
                          const tb_audio_profile *const *profiles, size_t profile_count,
                          tb_strlist *files, tb_error *err);

#endif
