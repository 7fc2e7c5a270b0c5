/* The whole issue's broadcast WAV grown while its articles are written: each article's file is
 * appended as soon as it is there (still in the page cache), so that when the last article is done
 * only the header, the loudness and the cue points are left, not a copy of an hour of audio. The
 * bytes are those tb_export_join_wav writes: the same tags and bext chunk set before any sample
 * (the bext's loudness set again at the end, which rewrites the header in place), the same parts
 * and silences. */
#include "render_private.h"

#include <sndfile.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { COPY_FRAMES = 1 << 16 };

struct tb_wav_joiner {
  char *path, *temp;
  SNDFILE *out;
  SF_INFO info;
  size_t frame_bytes;
  size_t frames; /* written so far */
  unsigned char *buffer;
  tb_audio_tags tags; /* borrowed from the caller, who keeps them until the end */
  bool has_tags;
  int bits;
  bool broadcast;
  size_t *part_starts; /* where each part begins, in frames */
  size_t part_count, part_cap;
};

tb_status tb_export_joiner_open(const char *path, const tb_audio_tags *tags,
                                const tb_audio_options *opt, tb_wav_joiner **out, tb_error *err) {
  *out = NULL;
  tb_wav_joiner *w = tb_xcalloc(1, sizeof *w);
  w->bits = opt->bits == 24 ? 24 : 16;
  w->broadcast = opt->broadcast_wav;
  w->info =
      (SF_INFO){.samplerate = opt->sample_rate,
                .channels = 1,
                .format = SF_FORMAT_WAV | (w->bits == 24 ? SF_FORMAT_PCM_24 : SF_FORMAT_PCM_16)};
  w->path = tb_xstrdup(path);
  w->temp = tb_temp_path_for(path);
  w->out = sf_open(w->temp, SFM_WRITE, &w->info);
  if (!w->out) {
    tb_status st =
        tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot write: %s", path, sf_strerror(NULL));
    free(w->temp);
    free(w->path);
    free(w);
    return st;
  }
  if (tags) w->tags = *tags, w->has_tags = true;
  tb_export_sf_tags(w->out, tags);
  /* the chunk must exist before the first sample; its loudness is known only at the end */
  tb_loudness unknown = {0};
  if (w->broadcast) tb_export_sf_bext(w->out, tags, &unknown, opt->sample_rate, w->bits);
  w->frame_bytes = (size_t)w->bits / 8;
  w->buffer = tb_xmalloc(COPY_FRAMES * w->frame_bytes);
  *out = w;
  return TB_OK;
}

/* Appends frames of silence (zero bytes are silence in signed PCM). */
static bool write_silence(tb_wav_joiner *w, size_t frames) {
  memset(w->buffer, 0, COPY_FRAMES * w->frame_bytes);
  while (frames > 0) {
    size_t n = frames < COPY_FRAMES ? frames : COPY_FRAMES;
    sf_count_t bytes = (sf_count_t)(n * w->frame_bytes);
    if (sf_write_raw(w->out, w->buffer, bytes) != bytes) return false;
    frames -= n;
    w->frames += n;
  }
  return true;
}

tb_status tb_export_joiner_append(tb_wav_joiner *w, const char *part, size_t start, tb_error *err) {
  /* a part that ran long pushes the next one back rather than being cut */
  if (start > w->frames && !write_silence(w, start - w->frames))
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed: %s", w->path, sf_strerror(w->out));
  tb_grow((void **)&w->part_starts, &w->part_cap, w->part_count + 1, sizeof *w->part_starts);
  w->part_starts[w->part_count++] = w->frames;
  SF_INFO info = {0};
  SNDFILE *in = sf_open(part, SFM_READ, &info);
  if (!in) return tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot read: %s", part, sf_strerror(NULL));
  tb_status st = TB_OK;
  if (info.samplerate != w->info.samplerate || info.channels != 1 || info.format != w->info.format)
    st = tb_error_set(err, TB_ERR_RUNTIME, "%s: not %d Hz mono in the joined file's format", part,
                      w->info.samplerate);
  /* bounded by the frame count: a data chunk of odd length ends in a pad byte */
  for (sf_count_t left = info.frames; st == TB_OK && left > 0;) {
    sf_count_t want = left < COPY_FRAMES ? left : COPY_FRAMES;
    sf_count_t bytes = want * (sf_count_t)w->frame_bytes;
    if (sf_read_raw(in, w->buffer, bytes) != bytes)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot read: %s", part, sf_strerror(in));
    else if (sf_write_raw(w->out, w->buffer, bytes) != bytes)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed: %s", w->path, sf_strerror(w->out));
    left -= want;
    w->frames += (size_t)want;
  }
  sf_close(in);
  return st;
}

size_t tb_export_joiner_parts(const tb_wav_joiner *w) {
  return w ? w->part_count : 0;
}

static void joiner_free(tb_wav_joiner *w) {
  free(w->part_starts);
  free(w->buffer);
  free(w->temp);
  free(w->path);
  free(w);
}

void tb_export_joiner_abandon(tb_wav_joiner *w) {
  if (!w) return;
  sf_close(w->out);
  unlink(w->temp);
  joiner_free(w);
}

tb_status tb_export_joiner_finish(tb_wav_joiner *w, const char *const *titles,
                                  const tb_loudness *loudness, tb_error *err) {
  if (w->broadcast)
    tb_export_sf_bext(w->out, w->has_tags ? &w->tags : NULL, loudness, w->info.samplerate, w->bits);
  tb_status st = TB_OK;
  if (sf_close(w->out) != 0) st = tb_error_set(err, TB_ERR_RUNTIME, "%s: write failed", w->path);
  size_t n = w->part_count;
  tb_audio_chapter *chapters = tb_xcalloc(n + 1, sizeof *chapters);
  for (size_t i = 0; i < n; i++)
    chapters[i] = (tb_audio_chapter){titles[i], w->part_starts[i]};
  if (st == TB_OK && n > 0) st = tb_export_wav_cues(w->temp, chapters, n, err);
  if (st == TB_OK)
    st = tb_file_commit(w->temp, w->path, err);
  else
    unlink(w->temp);
  free(chapters);
  joiner_free(w);
  return st;
}
