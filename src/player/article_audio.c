/* An article's file through libsndfile, down-mixed to mono 16-bit. */
#include "player_internal.h"

#include <sndfile.h>
#include <stdlib.h>

struct tb_article_audio {
  SNDFILE *file;
  SF_INFO info;
  int16_t *frames; /* interleaved, when the file has more than one channel */
  size_t frames_capacity;
};

tb_status tb_article_audio_open(const char *path, tb_article_audio **out, tb_error *err) {
  *out = NULL;
  tb_article_audio *audio = tb_xcalloc(1, sizeof *audio);
  audio->file = sf_open(path, SFM_READ, &audio->info);
  if (!audio->file) {
    free(audio);
    return tb_error_set(err, TB_ERR_INPUT, "%s: cannot read the audio: %s", path,
                        sf_strerror(NULL));
  }
  *out = audio;
  return TB_OK;
}

void tb_article_audio_close(tb_article_audio *audio) {
  if (!audio) return;
  sf_close(audio->file);
  free(audio->frames);
  free(audio);
}

int tb_article_audio_rate(const tb_article_audio *audio) {
  return audio->info.samplerate;
}

tb_status tb_article_audio_seek(tb_article_audio *audio, double seconds, tb_error *err) {
  sf_count_t frame = (sf_count_t)(seconds * audio->info.samplerate + 0.5);
  if (frame > audio->info.frames) frame = audio->info.frames;
  if (frame < 0) frame = 0;
  if (sf_seek(audio->file, frame, SEEK_SET) < 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "cannot seek in the audio: %s",
                        sf_strerror(audio->file));
  return TB_OK;
}

size_t tb_article_audio_read(tb_article_audio *audio, int16_t *out, size_t capacity) {
  int channels = audio->info.channels;
  if (channels == 1) {
    sf_count_t got = sf_readf_short(audio->file, out, (sf_count_t)capacity);
    return got > 0 ? (size_t)got : 0;
  }
  tb_grow((void **)&audio->frames, &audio->frames_capacity, capacity * (size_t)channels,
          sizeof *audio->frames);
  sf_count_t got = sf_readf_short(audio->file, audio->frames, (sf_count_t)capacity);
  for (sf_count_t i = 0; i < got; i++) {
    int sum = 0;
    for (int c = 0; c < channels; c++)
      sum += audio->frames[i * channels + c];
    out[i] = (int16_t)(sum / channels);
  }
  return got > 0 ? (size_t)got : 0;
}
