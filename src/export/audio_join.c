/* The whole issue's files as its articles' files one after another: broadcast WAV here, MP3 and
 * Opus in their own files; which joiner a profile's formats take. */
#include "audio_join.h"
#include "render_private.h"

#include <sndfile.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { COPY_FRAMES = 1 << 16 };

/* Appends frames of silence (zero bytes are silence in signed PCM). */
static bool write_silence(SNDFILE *out, const unsigned char *zeros, size_t frame_bytes,
                          size_t frames) {
  while (frames > 0) {
    size_t n = frames < COPY_FRAMES ? frames : COPY_FRAMES;
    sf_count_t bytes = (sf_count_t)(n * frame_bytes);
    if (sf_write_raw(out, zeros, bytes) != bytes) return false;
    frames -= n;
  }
  return true;
}

/* Appends every frame of the part at path; *frames grows by its length. The part has the joined
 * file's format, so its bytes are copied as they are. */
static tb_status copy_part(SNDFILE *out, const char *path, int rate, int format, size_t frame_bytes,
                           unsigned char *buffer, size_t *frames, tb_error *err) {
  SF_INFO info = {0};
  SNDFILE *in = sf_open(path, SFM_READ, &info);
  if (!in) return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot read: %s", path, sf_strerror(NULL));
  tb_status st = TB_OK;
  if (info.samplerate != rate || info.channels != 1 || info.format != format)
    st = tb_error_set(err, TB_ERR_RUNTIME, "%s: not %d Hz mono in the joined file's format", path,
                      rate);
  /* bounded by the frame count: a data chunk of odd length ends in a pad byte */
  for (sf_count_t left = info.frames; st == TB_OK && left > 0;) {
    sf_count_t want = left < COPY_FRAMES ? left : COPY_FRAMES;
    sf_count_t bytes = want * (sf_count_t)frame_bytes;
    if (sf_read_raw(in, buffer, bytes) != bytes)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot read: %s", path, sf_strerror(in));
    else if (sf_write_raw(out, buffer, bytes) != bytes)
      st = tb_error_set(err, TB_ERR_RUNTIME, "write failed: %s", sf_strerror(out));
    left -= want;
    *frames += (size_t)want;
  }
  sf_close(in);
  return st;
}

tb_status tb_export_join_wav(const char *path, const char *const *parts, const size_t *starts,
                             const char *const *titles, size_t count, const tb_audio_tags *tags,
                             const tb_audio_options *opt, const tb_loudness *loudness,
                             tb_error *err) {
  int bits = opt->bits == 24 ? 24 : 16;
  SF_INFO info = {.samplerate = opt->sample_rate,
                  .channels = 1,
                  .format = SF_FORMAT_WAV | (bits == 24 ? SF_FORMAT_PCM_24 : SF_FORMAT_PCM_16)};
  char *temp = tb_temp_path_for(path);
  SNDFILE *out = sf_open(temp, SFM_WRITE, &info);
  if (!out) {
    free(temp);
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot write: %s", path, sf_strerror(NULL));
  }
  tb_export_sf_tags(out, tags);
  if (opt->broadcast_wav) tb_export_sf_bext(out, tags, loudness, opt->sample_rate, bits);
  size_t frame_bytes = (size_t)bits / 8;
  unsigned char *buffer = tb_xmalloc(COPY_FRAMES * frame_bytes);
  unsigned char *zeros = tb_xcalloc(COPY_FRAMES, frame_bytes);
  tb_audio_chapter *chapters = tb_xcalloc(count + 1, sizeof *chapters);
  tb_status st = TB_OK;
  size_t frames = 0;
  for (size_t i = 0; i < count && st == TB_OK; i++) {
    /* a part that ran long pushes the next one back rather than being cut */
    if (starts[i] > frames && !write_silence(out, zeros, frame_bytes, starts[i] - frames))
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed: %s", path, sf_strerror(out));
    if (starts[i] > frames) frames = starts[i];
    chapters[i] = (tb_audio_chapter){titles[i], frames};
    if (st == TB_OK)
      st = copy_part(out, parts[i], opt->sample_rate, info.format, frame_bytes, buffer, &frames,
                     err);
  }
  if (sf_close(out) != 0 && st == TB_OK)
    st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", path);
  if (st == TB_OK && count > 0) st = tb_export_wav_cues(temp, chapters, count, err);
  if (st == TB_OK)
    st = tb_file_commit(temp, path, err);
  else
    unlink(temp);
  free(chapters);
  free(zeros);
  free(buffer);
  free(temp);
  return st;
}

bool tb_export_join_supports(const char *extensions) {
  bool any = false;
  for (const char *e = extensions; *e;) {
    size_t n = strcspn(e, " ");
    if (n > 0) {
      if (!(n == 3 && (strncmp(e, "wav", 3) == 0 || strncmp(e, "mp3", 3) == 0)) &&
          !(n == 4 && strncmp(e, "opus", 4) == 0))
        return false;
      any = true;
    }
    e += n;
    while (*e == ' ')
      e++;
  }
  return any;
}

/* Joins <part>.<ext> of every part into path with the joiner of ext. */
static tb_status join_format(const char *ext, const char *path, const char *const *part_paths,
                             const size_t *starts, const char *const *titles, size_t count,
                             const tb_audio_tags *tags, const tb_audio_profile *profile,
                             const tb_loudness *loudness, bool *joined, tb_error *err) {
  tb_strlist parts = {0};
  for (size_t i = 0; i < count; i++)
    tb_strlist_push_owned(&parts, tb_xasprintf("%s.%s", part_paths[i], ext));
  tb_join_parts in = {.parts = (const char *const *)parts.items,
                      .starts = starts,
                      .titles = titles,
                      .count = count,
                      .rate = profile->options.sample_rate,
                      .tags = tags};
  tb_status st = TB_OK;
  *joined = false;
  if (strcmp(ext, "wav") == 0) {
    st = tb_export_join_wav(path, in.parts, starts, titles, count, tags, &profile->options,
                            loudness, err);
    *joined = st == TB_OK;
  } else if (strcmp(ext, "mp3") == 0) {
    st = tb_export_join_mp3(path, &in, joined, err);
  } else if (strcmp(ext, "opus") == 0) {
    st = tb_export_join_opus(path, &in, joined, err);
  }
  tb_strlist_free(&parts);
  return st;
}

tb_status tb_export_join_profile(const char *dir, const char *stem, const char *const *part_paths,
                                 const size_t *starts, const char *const *titles, size_t count,
                                 const tb_audio_tags *tags, const tb_audio_profile *profile,
                                 const tb_loudness *loudness, tb_strlist *names, bool *joined,
                                 tb_error *err) {
  *joined = tb_export_join_supports(profile->extensions);
  tb_status st = TB_OK;
  tb_strlist written = {0};
  for (const char *e = profile->extensions; *joined && st == TB_OK && *e;) {
    size_t n = strcspn(e, " ");
    if (n > 0) {
      char *ext = tb_xasprintf("%.*s", (int)n, e);
      char *name = tb_xasprintf("%s.%s", stem, ext);
      char *path = tb_path_join(dir, name);
      st = join_format(ext, path, part_paths, starts, titles, count, tags, profile, loudness,
                       joined, err);
      if (st == TB_OK && *joined) tb_strlist_push(&written, name);
      free(path);
      free(name);
      free(ext);
    }
    e += n;
    while (*e == ' ')
      e++;
  }
  if (st == TB_OK && *joined)
    for (size_t i = 0; i < written.count; i++)
      tb_strlist_push(names, written.items[i]);
  tb_strlist_free(&written);
  return st;
}
