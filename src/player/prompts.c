/* The player's own voice: short Mandarin prompts through the same front end and synthesizer as
 * the articles, resampled to the rate the sound card is playing at. */
#include "player_internal.h"

#include <math.h>
#include <soxr.h>
#include <stdlib.h>
#include <string.h>

tb_status tb_prompt_render(tb_mandarin *mandarin, tb_speech *speech, const char *text,
                           int sample_rate, int16_t **out, size_t *count, tb_error *err) {
  *out = NULL;
  *count = 0;
  tb_reading *reading = NULL;
  tb_pcm *pcm = NULL;
  const char *paragraphs[] = {text};
  tb_status status = tb_mandarin_read(mandarin, paragraphs, 1, &reading, err);
  if (status == TB_OK) status = tb_speech_speak(speech, reading, &pcm, err);
  tb_reading_free(reading);
  if (status != TB_OK) return status;
  if (pcm->sample_rate == sample_rate || pcm->sample_count == 0) {
    *out = pcm->samples;
    *count = pcm->sample_count;
    pcm->samples = NULL;
    pcm->sample_count = 0;
    tb_pcm_free(pcm);
    return TB_OK;
  }
  size_t capacity = (size_t)ceil((double)pcm->sample_count * sample_rate / pcm->sample_rate) + 64;
  int16_t *resampled = tb_xmalloc(capacity * sizeof *resampled);
  size_t done = 0;
  soxr_io_spec_t io = soxr_io_spec(SOXR_INT16_I, SOXR_INT16_I);
  soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  soxr_error_t e = soxr_oneshot(pcm->sample_rate, sample_rate, 1, pcm->samples, pcm->sample_count,
                                NULL, resampled, capacity, &done, &io, &quality, NULL);
  tb_pcm_free(pcm);
  if (e) {
    free(resampled);
    return tb_error_set(err, TB_ERR_RUNTIME, "prompt resampling: %s", e);
  }
  *out = resampled;
  *count = done;
  return TB_OK;
}
