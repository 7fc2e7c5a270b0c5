/* tb_pcm: mono 16-bit audio with sentence marks. */
#include "speech_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

void tb_pcm_prefault(void *p, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  enum { SMALL = 1 << 20 }; /* below this, faults cost less than the call */
  uintptr_t page = 4096;
  uintptr_t from = ((uintptr_t)p + page - 1) & ~(page - 1);
  uintptr_t to = ((uintptr_t)p + bytes) & ~(page - 1);
  if (to > from + SMALL) madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)bytes;
#endif
}

/* Grows pcm's samples to hold count more. */
static void grow(tb_pcm *pcm, size_t count) {
  size_t had = pcm->sample_count * sizeof *pcm->samples, more = count * sizeof *pcm->samples;
  pcm->samples = tb_xrealloc(pcm->samples, had + more);
  tb_pcm_prefault((char *)pcm->samples + had, more);
}

tb_pcm *tb_pcm_new(int sample_rate) {
  tb_pcm *pcm = tb_xcalloc(1, sizeof *pcm);
  pcm->sample_rate = sample_rate;
  return pcm;
}

void tb_pcm_free(tb_pcm *pcm) {
  if (!pcm) return;
  free(pcm->samples);
  free(pcm->marks);
  free(pcm);
}

/* tb_pcm keeps no capacity: these grow by exactly what is appended, which suits a few large
 * appends (articles into an issue), not a stream of small ones (the engine keeps its own). */
void tb_pcm_append_samples(tb_pcm *pcm, const int16_t *samples, size_t count) {
  if (count == 0) return;
  grow(pcm, count);
  memcpy(pcm->samples + pcm->sample_count, samples, count * sizeof *samples);
  pcm->sample_count += count;
}

void tb_pcm_append_silence(tb_pcm *pcm, unsigned ms) {
  size_t count = (size_t)pcm->sample_rate * ms / 1000;
  if (count == 0) return;
  grow(pcm, count);
  memset(pcm->samples + pcm->sample_count, 0, count * sizeof *pcm->samples);
  pcm->sample_count += count;
}

void tb_pcm_append(tb_pcm *dst, const tb_pcm *src, unsigned silence_ms) {
  if (src->sample_count == 0 && src->mark_count == 0 && silence_ms == 0) return;
  if (dst->sample_count == 0 && dst->mark_count == 0) dst->sample_rate = src->sample_rate;
  if (dst->sample_rate != src->sample_rate) {
    /* Resampling belongs to audio post; mixing rates here would change the pitch. */
    tb_log(TB_LOG_ERROR, "tb_pcm_append: %d Hz audio appended to %d Hz audio ignored",
           src->sample_rate, dst->sample_rate);
    return;
  }
  tb_pcm_append_silence(dst, silence_ms);
  size_t offset = dst->sample_count;
  tb_pcm_append_samples(dst, src->samples, src->sample_count);
  if (src->mark_count == 0) return;
  dst->marks = tb_xrealloc(dst->marks, (dst->mark_count + src->mark_count) * sizeof *dst->marks);
  for (size_t i = 0; i < src->mark_count; i++) {
    tb_mark m = src->marks[i];
    m.sample += offset;
    dst->marks[dst->mark_count++] = m;
  }
}

double tb_pcm_seconds(const tb_pcm *pcm) {
  return pcm->sample_rate > 0 ? (double)pcm->sample_count / pcm->sample_rate : 0.0;
}
