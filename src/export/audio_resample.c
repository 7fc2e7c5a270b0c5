/* Streaming the processed recording out: the loudness plan applied chunk by chunk, resampled
 * with soxr on the way. */
#include "export.h"

#include <math.h>
#include <soxr.h>
#include <stdlib.h>
#include <string.h>

/* soxr_oneshot on a whole issue is several times slower per sample than on a minute of speech,
 * and a whole issue at 48 kHz is hundreds of megabytes: feed soxr in chunks instead. */
enum { CHUNK = 1 << 16 };

tb_status tb_export_stream(const tb_pcm *pcm, const tb_loudness_plan *plan, int out_rate,
                           tb_audio_sink sink, void *ctx, tb_error *err) {
  float *in = tb_xmalloc(CHUNK * sizeof *in);
  tb_status st = TB_OK;
  if (out_rate == pcm->sample_rate) {
    for (size_t at = 0; at < pcm->sample_count && st == TB_OK; at += CHUNK) {
      size_t len = pcm->sample_count - at < CHUNK ? pcm->sample_count - at : CHUNK;
      tb_export_plan_apply(plan, pcm, at, len, in);
      st = sink(in, len, ctx, err);
    }
    free(in);
    return st;
  }
  soxr_error_t e = NULL;
  soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
  soxr_t soxr = soxr_create(pcm->sample_rate, out_rate, 1, &e, &io, &q, NULL);
  if (!soxr) {
    free(in);
    return tb_error_set(err, TB_ERR_RUNTIME, "resampling: %s", e ? e : "failed");
  }
  size_t cap = (size_t)ceil((double)CHUNK * out_rate / pcm->sample_rate) + 4096;
  float *out = tb_xmalloc(cap * sizeof *out);
  size_t fed = 0, ready = 0, used_in_chunk = 0;
  for (;;) {
    if (used_in_chunk == ready && fed < pcm->sample_count) {
      ready = pcm->sample_count - fed < CHUNK ? pcm->sample_count - fed : CHUNK;
      tb_export_plan_apply(plan, pcm, fed, ready, in);
      fed += ready;
      used_in_chunk = 0;
    }
    size_t left = ready - used_in_chunk, used = 0, made = 0;
    /* a NULL input tells soxr to flush what its filter still holds */
    e = soxr_process(soxr, left ? in + used_in_chunk : NULL, left, &used, out, cap, &made);
    if (e) {
      st = tb_error_set(err, TB_ERR_RUNTIME, "resampling: %s", e);
      break;
    }
    used_in_chunk += used;
    if (made > 0 && (st = sink(out, made, ctx, err)) != TB_OK) break;
    if (left == 0 && made == 0) break;
  }
  soxr_delete(soxr);
  free(out);
  free(in);
  return st;
}

typedef struct {
  float *data;
  size_t count, cap;
} collect;

static tb_status collect_sink(const float *samples, size_t count, void *ctx, tb_error *err) {
  (void)err;
  collect *c = ctx;
  if (c->count + count > c->cap) {
    c->cap = (c->count + count) * 5 / 4;
    c->data = tb_xrealloc(c->data, c->cap * sizeof *c->data);
  }
  memcpy(c->data + c->count, samples, count * sizeof *samples);
  c->count += count;
  return TB_OK;
}

tb_status tb_export_resample(const tb_pcm *pcm, int rate, float **out, size_t *out_count,
                             tb_error *err) {
  *out = NULL;
  *out_count = 0;
  if (pcm->sample_rate <= 0 || rate <= 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "resampling: bad rate %d → %d", pcm->sample_rate,
                        rate);
  collect c = {.cap = (size_t)ceil((double)pcm->sample_count * rate / pcm->sample_rate) + 1024};
  c.data = tb_xmalloc(c.cap * sizeof *c.data);
  tb_status st = tb_export_stream(pcm, NULL, rate, collect_sink, &c, err);
  if (st != TB_OK) {
    free(c.data);
    return st;
  }
  *out = c.data;
  *out_count = c.count;
  return TB_OK;
}
