/* Loudness: measurement with libebur128 (as dual mono), and plans that bring a recording to a
 * target under a true-peak ceiling: one gain plus a limiter's gain curve around the peaks. */
#include "render_private.h"

#include <ebur128.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static double to_db(double linear) {
  return linear > 0 ? 20.0 * log10(linear) : -HUGE_VAL;
}

/* The recording being planned: 16-bit speech or floats, read through value(). */
typedef struct {
  const int16_t *s16;
  const float *f32;
  size_t n;
  int rate;
} source;

static inline float value(const source *src, size_t i) {
  return src->s16 ? src->s16[i] * (1.0f / 32768.0f) : src->f32[i];
}

/* ---- true peak: 8× oversampling by windowed-sinc interpolation ------------------------------
 * Only between samples near the ceiling: an inter-sample peak more than 6 dB above both its
 * neighbours needs near-Nyquist content speech does not have, and skipping the rest makes the
 * estimate cost a small fraction of a full oversampling. */
enum { OVERSAMPLE = 8, HALF_TAPS = 16 };
static float taps[OVERSAMPLE][2 * HALF_TAPS];
static pthread_once_t taps_once = PTHREAD_ONCE_INIT;

static void init_taps(void) {
  for (int k = 1; k < OVERSAMPLE; k++) {
    double sum = 0, t = (double)k / OVERSAMPLE;
    for (int m = 0; m < 2 * HALF_TAPS; m++) {
      double d = (m - (HALF_TAPS - 1)) - t; /* distance from the point to sample i−15+m */
      double sinc = fabs(d) < 1e-12 ? 1.0 : sin(M_PI * d) / (M_PI * d);
      double w = 0.42 + 0.5 * cos(M_PI * d / HALF_TAPS) + 0.08 * cos(2 * M_PI * d / HALF_TAPS);
      taps[k][m] = (float)(sinc * w);
      sum += sinc * w;
    }
    for (int m = 0; m < 2 * HALF_TAPS; m++)
      taps[k][m] = (float)(taps[k][m] / sum);
  }
}

/* A stretch of the limiter's gain curve; outside every stretch the curve is 1. */
typedef struct {
  size_t from, to;
  float *gain; /* to − from values */
} stretch;

struct tb_loudness_plan {
  float gain; /* linear, applied everywhere */
  stretch *stretches;
  size_t count;
};

/* Gain curve at sample i; *hint walks the stretches forward for sequential reads. */
static inline float curve(const tb_loudness_plan *p, size_t i, size_t *hint) {
  if (!p) return 1.0f;
  while (*hint < p->count && p->stretches[*hint].to <= i)
    (*hint)++;
  if (*hint < p->count && p->stretches[*hint].from <= i) {
    const stretch *s = &p->stretches[*hint];
    return p->gain * s->gain[i - s->from];
  }
  return p->gain;
}

/* Index of the first stretch that ends after sample i. */
static size_t first_stretch(const tb_loudness_plan *p, size_t i) {
  size_t lo = 0, hi = p ? p->count : 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->stretches[mid].to <= i)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Largest magnitude strictly between samples i and i+1 of gain·(source·curve). */
static float between_peak(const source *src, const tb_loudness_plan *p, float gain, size_t i) {
  float window[2 * HALF_TAPS];
  size_t hint = first_stretch(p, i >= HALF_TAPS ? i - HALF_TAPS : 0);
  for (int m = 0; m < 2 * HALF_TAPS; m++) {
    ptrdiff_t j = (ptrdiff_t)i - (HALF_TAPS - 1) + m;
    window[m] = j >= 0 && (size_t)j < src->n
                    ? gain * value(src, (size_t)j) * (p ? curve(p, (size_t)j, &hint) : 1.0f)
                    : 0.0f;
  }
  float best = 0;
  for (int k = 1; k < OVERSAMPLE; k++) {
    float v = 0;
    for (int m = 0; m < 2 * HALF_TAPS; m++)
      v += taps[k][m] * window[m];
    if (fabsf(v) > best) best = fabsf(v);
  }
  return best;
}

/* Peaks of the unscaled source worth a look: every sample whose true peak (the sample or the
 * inter-sample peaks beside it) reaches floor, with that peak. Scaling is linear, so one scan
 * serves every gain the planning tries (gain·peak ≥ the limiter's threshold needs peak ≥
 * threshold/gain ≥ floor). */
typedef struct {
  size_t at;
  float peak;
} candidate;

typedef struct {
  candidate *items;
  size_t count, cap;
  float floor;
  double energy; /* of the unscaled source */
} candidates;

/* Candidates among samples [from, to), with before the inter-sample peak left of from. */
static float scan_candidates(const source *src, size_t from, size_t to, float floor, float before,
                             candidates *c) {
  for (size_t i = from; i < to; i++) {
    float a = fabsf(value(src, i)), after = 0;
    if (i + 1 < src->n && (a >= floor || fabsf(value(src, i + 1)) >= floor))
      after = between_peak(src, NULL, 1.0f, i);
    float p = a > before ? a : before;
    if (after > p) p = after;
    if (p >= floor) {
      tb_grow((void **)&c->items, &c->cap, c->count + 1, sizeof *c->items);
      c->items[c->count++] = (candidate){i, p};
    }
    before = after;
  }
  return before;
}

static double float_energy(const float *x, size_t n) {
  double e = 0;
  for (size_t i = 0; i < n; i++)
    e += (double)x[i] * x[i];
  return e;
}

/* Speech is mostly far under the floor: 16-bit samples go by blocks, whose largest magnitude and
 * energy take loops the compiler vectorizes, and only a block that reaches the floor (or whose
 * left neighbour left an inter-sample peak) is scanned sample by sample. */
enum { SCAN_BLOCK = 256 };

static void find_candidates(const source *src, float floor, candidates *c) {
  pthread_once(&taps_once, init_taps);
  c->count = 0;
  c->floor = floor;
  if (!src->s16) {
    c->energy = float_energy(src->f32, src->n);
    scan_candidates(src, 0, src->n, floor, 0, c);
    return;
  }
  /* |s| / 32768 ≥ floor ⇔ |s| ≥ floor · 32768, exactly: the scale is a power of two */
  float scaled = floor * 32768.0f;
  int32_t reach = scaled > 32768.0f ? 32769 : (int32_t)ceilf(scaled);
  uint64_t squares = 0;
  float before = 0;
  for (size_t from = 0; from < src->n; from += SCAN_BLOCK) {
    size_t to = from + SCAN_BLOCK < src->n ? from + SCAN_BLOCK : src->n;
    size_t look = to < src->n ? to + 1 : to; /* the sample after the block decides its last one */
    int32_t most = 0;
    uint64_t block_squares = 0;
    for (size_t i = from; i < look; i++) {
      int32_t v = src->s16[i], m = v < 0 ? -v : v;
      most = m > most ? m : most;
    }
    for (size_t i = from; i < to; i++)
      block_squares += (uint64_t)((int32_t)src->s16[i] * (int32_t)src->s16[i]);
    squares += block_squares;
    if (most < reach && before < floor) {
      before = 0; /* no sample here reaches the floor, so no inter-sample peak is looked at */
      continue;
    }
    before = scan_candidates(src, from, to, floor, before, c);
  }
  c->energy = (double)squares / (32768.0 * 32768.0);
}

/* True peak of the planned output: outside the limiter's stretches the output is gain·source,
 * whose peaks the candidates hold; inside them the gain curve varies, so interpolate there. */
static float planned_peak(const source *src, const tb_loudness_plan *p, const candidates *c,
                          float threshold) {
  float best = 0;
  size_t s = 0;
  for (size_t k = 0; k < c->count; k++) {
    while (s < p->count && p->stretches[s].to <= c->items[k].at)
      s++;
    bool inside = s < p->count && p->stretches[s].from <= c->items[k].at;
    if (!inside && p->gain * c->items[k].peak > best) best = p->gain * c->items[k].peak;
  }
  for (size_t k = 0; k < p->count; k++) {
    const stretch *st = &p->stretches[k];
    float prev = 0;
    size_t hint = k;
    for (size_t i = st->from; i < st->to; i++) {
      float a = fabsf(value(src, i) * curve(p, i, &hint));
      if (a > best) best = a;
      if (i > 0 && (a >= threshold || prev >= threshold)) {
        float v = between_peak(src, p, 1.0f, i - 1);
        if (v > best) best = v;
      }
      prev = a;
    }
  }
  return best;
}

/* ---- limiter ------------------------------------------------------------------------------ */

typedef struct {
  size_t at;
  float need; /* gain that brings this sample's true peak to the ceiling */
} over;

/* Samples of gain·source whose true peak exceeds the ceiling, in order. Caller frees. */
static over *find_overs(const candidates *c, float gain, float ceiling, size_t *count) {
  over *overs = NULL;
  size_t cap = 0, k = 0;
  for (size_t i = 0; i < c->count; i++) {
    float p = gain * c->items[i].peak;
    if (p > ceiling) {
      tb_grow((void **)&overs, &cap, k + 1, sizeof *overs);
      overs[k++] = (over){c->items[i].at, ceiling / p};
    }
  }
  *count = k;
  return overs;
}

/* The gain curve over one stretch holding the overs o[0..m). It never exceeds what keeps every
 * true peak under the ceiling: a running minimum of the needed gain over ±r samples, averaged
 * over the same window, stays under the need at every sample (each value averaged is a minimum
 * over a window that contains that sample) and turns each gain change into a ramp 2r long (the
 * look-ahead). The gain then recovers at a fixed slope. Returns the energy removed. */
static double shape_stretch(const source *src, float gain, stretch *s, const over *o, size_t m,
                            size_t r, double recover, float *need, size_t *dq) {
  size_t len = s->to - s->from, ring = 2 * r + 2, head = 0, tail = 0, next = 0;
  float *held = s->gain;
  for (size_t i = 0; i < len; i++)
    need[i] = 1.0f;
  for (size_t k = 0; k < m; k++)
    need[o[k].at - s->from] = o[k].need;
  for (size_t i = 0; i < len; i++) {
    size_t right = i + r < len ? i + r : len - 1;
    for (; next <= right; next++) {
      while (tail > head && need[dq[(tail - 1) % ring]] >= need[next])
        tail--;
      dq[tail++ % ring] = next;
    }
    while (dq[head % ring] + r < i)
      head++;
    held[i] = need[dq[head % ring]];
  }
  /* the average reads held ahead of i, so the curve goes to need[] and held moves behind it */
  double window = 0, removed = 0, g = 1.0;
  size_t lo = 0, hi = 0; /* held[lo, hi) is summed in window */
  for (size_t i = 0; i < len; i++) {
    size_t want_lo = i >= r ? i - r : 0, want_hi = i + r + 1 < len ? i + r + 1 : len;
    for (; hi < want_hi; hi++)
      window += held[hi];
    for (; lo < want_lo; lo++)
      window -= held[lo];
    double smooth = window / (double)(hi - lo);
    g = g + recover < 1.0 ? g + recover : 1.0;
    if (smooth < g) g = smooth;
    need[i] = (float)g;
    float x = gain * value(src, s->from + i);
    removed += (double)x * x * (1.0 - g * g);
  }
  memcpy(s->gain, need, len * sizeof *need);
  return removed;
}

static void plan_clear(tb_loudness_plan *p) {
  for (size_t i = 0; i < p->count; i++)
    free(p->stretches[i].gain);
  free(p->stretches);
  p->stretches = NULL;
  p->count = 0;
}

/* Builds the limiter's stretches for gain·source; returns the energy lost, in dB. */
static double plan_limiter(const source *src, const candidates *c, tb_loudness_plan *p,
                           float ceiling) {
  plan_clear(p);
  size_t count;
  double energy = c->energy * p->gain * p->gain;
  over *overs = find_overs(c, p->gain, ceiling, &count);
  size_t r = (size_t)(src->rate * 0.0015) + 1;    /* 1.5 ms each side */
  size_t release = (size_t)(src->rate * 0.1) + 1; /* full recovery from silence in 100 ms */
  double recover = 1.0 / (double)release, removed = 0;
  float *need = NULL;
  size_t need_cap = 0, cap = 0, *dq = tb_xmalloc((2 * r + 2) * sizeof *dq);
  for (size_t k = 0; k < count;) {
    /* overs closer than a ramp and a recovery share one stretch */
    size_t j = k;
    while (j + 1 < count && overs[j + 1].at <= overs[j].at + 4 * r + release)
      j++;
    stretch s = {.from = overs[k].at > 2 * r ? overs[k].at - 2 * r : 0,
                 .to = overs[j].at + 2 * r + release + 1};
    if (s.to > src->n) s.to = src->n;
    if (s.to - s.from > need_cap)
      need = tb_xrealloc(need, (need_cap = s.to - s.from) * sizeof *need);
    s.gain = tb_xmalloc((s.to - s.from) * sizeof *s.gain);
    removed += shape_stretch(src, p->gain, &s, overs + k, j + 1 - k, r, recover, need, dq);
    tb_grow((void **)&p->stretches, &cap, p->count + 1, sizeof *p->stretches);
    p->stretches[p->count++] = s;
    k = j + 1;
  }
  free(dq);
  free(need);
  free(overs);
  return energy > removed && removed > 0 ? 10.0 * log10(energy / (energy - removed)) : 0;
}

/* ---- measurement ---------------------------------------------------------------------------- */

/* Everything but the true peak in one libebur128 pass. The maxima (maxima = true) come from the
 * K-weighted energy of every 100 ms block (ebur128_loudness_window over the block just fed): a
 * momentary reading is the mean of the last 4 blocks, a short-term one of the last 30, exactly
 * what ebur128_loudness_momentary/shortterm return at that point. Asking the library for those
 * readings instead sums 400 ms and 3 s of audio at every step, which made the pass 1.7× slower. */
static double block_loudness(const double *ring, unsigned tick, unsigned blocks) {
  double sum = 0;
  for (unsigned i = 0; i < blocks; i++)
    sum += ring[(tick - i) % 30];
  return sum > 0 ? 10.0 * log10(sum / blocks) - 0.691 : -HUGE_VAL;
}

/* K-weighted energies of a recording's 100 ms blocks, kept for joined measurements. */
typedef struct {
  double *energy;
  size_t count, cap;
} block_list;

static tb_status measure_pass(const source *src, int extra_mode, bool maxima, tb_loudness *out,
                              ebur128_state **keep, block_list *blocks, tb_error *err) {
  memset(out, 0, sizeof *out);
  out->integrated_lufs = out->max_momentary_lufs = out->max_short_term_lufs = -HUGE_VAL;
  out->true_peak_dbtp = -HUGE_VAL;
  ebur128_state *st =
      ebur128_init(1, (unsigned long)src->rate, EBUR128_MODE_I | EBUR128_MODE_LRA | extra_mode);
  if (!st) return tb_error_set(err, TB_ERR_RUNTIME, "loudness: cannot measure at %d Hz", src->rate);
  ebur128_set_channel(st, 0, EBUR128_DUAL_MONO);
  size_t step = maxima ? (size_t)src->rate / 10 : src->n, fed = 0;
  if (step == 0) step = 1;
  double ring[30] = {0}; /* energies of the last 30 blocks of 100 ms */
  int rc = EBUR128_SUCCESS;
  for (unsigned tick = 0; fed < src->n && rc == EBUR128_SUCCESS; tick++) {
    size_t len = src->n - fed < step ? src->n - fed : step;
    rc = src->s16 ? ebur128_add_frames_short(st, src->s16 + fed, len)
                  : ebur128_add_frames_float(st, src->f32 + fed, len);
    fed += len;
    if (!maxima || rc != EBUR128_SUCCESS || len < step) continue;
    double block;
    if (ebur128_loudness_window(st, 100, &block) != EBUR128_SUCCESS) continue;
    ring[tick % 30] = isfinite(block) ? pow(10.0, (block + 0.691) / 10.0) : 0.0;
    if (blocks) {
      tb_grow((void **)&blocks->energy, &blocks->cap, blocks->count + 1, sizeof *blocks->energy);
      blocks->energy[blocks->count++] = ring[tick % 30];
    }
    double m = tick >= 3 ? block_loudness(ring, tick, 4) : -HUGE_VAL;
    if (m > out->max_momentary_lufs) out->max_momentary_lufs = m;
    double s = tick >= 29 ? block_loudness(ring, tick, 30) : -HUGE_VAL;
    if (s > out->max_short_term_lufs) out->max_short_term_lufs = s;
  }
  if (rc == EBUR128_SUCCESS) rc = ebur128_loudness_global(st, &out->integrated_lufs);
  if (rc == EBUR128_SUCCESS) rc = ebur128_loudness_range(st, &out->loudness_range_lu);
  if (rc != EBUR128_SUCCESS || !keep) ebur128_destroy(&st);
  if (rc != EBUR128_SUCCESS) return tb_error_set(err, TB_ERR_RUNTIME, "loudness: error %d", rc);
  if (keep) *keep = st;
  return TB_OK;
}

tb_status tb_export_measure(const float *samples, size_t count, int sample_rate, tb_loudness *out,
                            tb_error *err) {
  source src = {.f32 = samples, .n = count, .rate = sample_rate};
  ebur128_state *st;
  tb_status s = measure_pass(&src, EBUR128_MODE_TRUE_PEAK, true, out, &st, NULL, err);
  if (s != TB_OK) return s;
  double tp = 0;
  int rc = ebur128_true_peak(st, 0, &tp);
  ebur128_destroy(&st);
  if (rc != EBUR128_SUCCESS) return tb_error_set(err, TB_ERR_RUNTIME, "true peak: error %d", rc);
  out->true_peak_dbtp = to_db(tp);
  return TB_OK;
}

/* ---- plans ---------------------------------------------------------------------------------- */

/* measured: the source's loudness when already known (NULL: measure it here). */
static tb_status make_plan(const source *src, const tb_loudness *measured, double target_lufs,
                           double ceiling_dbtp, tb_loudness_plan **out, tb_loudness *result,
                           tb_error *err) {
  *out = NULL;
  tb_loudness l;
  if (measured) {
    l = *measured;
  } else {
    tb_status st = measure_pass(src, 0, result != NULL, &l, NULL, NULL, err);
    if (st != TB_OK) return st;
  }
  tb_loudness_plan *p = tb_xcalloc(1, sizeof *p);
  p->gain = 1.0f;
  if (!isfinite(l.integrated_lufs)) { /* silence: nothing to scale */
    if (result) *result = l;
    *out = p;
    return TB_OK;
  }
  /* Limiting costs loudness, so the gain has to cover it: find G = G0 + loss(G), which the
   * iteration reaches in a few rounds because the loss grows slowly with the gain. The energy
   * ratio stands in for the loudness change (only the loudest moments change, a little). The
   * limiter aims a little under the ceiling: its estimate interpolates 8×, a meter's 4× at
   * 48 kHz can land elsewhere between samples; if the output still overshoots, aim lower. */
  double g0 = target_lufs - l.integrated_lufs, g = g0, lost = 0, margin = 0.2;
  float tp = 0;
  candidates c = {0};
  for (int round = 0; round < 8; round++) {
    p->gain = (float)pow(10.0, g / 20.0);
    float ceiling = (float)pow(10.0, (ceiling_dbtp - margin) / 20.0);
    /* the scan covers 3 dB more gain and 1.5 dB more margin than this round needs */
    if (c.floor == 0 || ceiling * 0.5f / p->gain < c.floor)
      find_candidates(src, ceiling * 0.5f / p->gain * (float)pow(10.0, -4.5 / 20.0), &c);
    lost = plan_limiter(src, &c, p, ceiling);
    double next = g0 + lost;
    bool settled = fabs(next - g) < 0.02;
    if (settled || round == 7) {
      tp = planned_peak(src, p, &c, ceiling * 0.5f);
      if (to_db(tp) <= ceiling_dbtp - 0.05 || round == 7) break;
      margin += to_db(tp) - (ceiling_dbtp - 0.05) + 0.05;
    }
    g = next;
  }
  free(c.items);
  if (result) {
    *result = l;
    result->integrated_lufs = l.integrated_lufs + g - lost;
    result->max_momentary_lufs += g; /* limiting only lowers these: upper bounds */
    result->max_short_term_lufs += g;
    result->true_peak_dbtp = to_db(tp);
  }
  *out = p;
  return TB_OK;
}

tb_status tb_export_plan(const tb_pcm *pcm, double target_lufs, double ceiling_dbtp,
                         tb_loudness_plan **out, tb_loudness *result, tb_error *err) {
  return tb_export_plan_memo(pcm, NULL, false, target_lufs, ceiling_dbtp, out, result, err);
}

/* ---- measurements kept for the whole issue -------------------------------------------------- */

enum { MAX_TARGETS = 4 };

/* What a recording measured for the memo became under the plans made for it. */
typedef struct {
  block_list blocks;
  size_t samples;
  int rate;
  size_t target_count;
  double target_lufs[MAX_TARGETS], peak_dbtp[MAX_TARGETS]; /* true peak of each target's output */
} memo_extra;

struct tb_loudness_memo {
  const tb_pcm *last;     /* the recording measured last, alive while its files are written */
  ebur128_state **states; /* one per recording measured, in order */
  tb_loudness *loudness;  /* the same, as numbers */
  memo_extra *extra;      /* the same, for joining their outputs */
  size_t count, cap;
};

tb_loudness_memo *tb_export_memo_new(void) {
  return tb_xcalloc(1, sizeof(tb_loudness_memo));
}

void tb_export_memo_free(tb_loudness_memo *memo) {
  if (!memo) return;
  for (size_t i = 0; i < memo->count; i++) {
    ebur128_destroy(&memo->states[i]);
    free(memo->extra[i].blocks.energy);
  }
  free(memo->states);
  free(memo->loudness);
  free(memo->extra);
  free(memo);
}

/* The loudness of every recording of the memo joined (the whole issue: articles and the silence
 * between them, which the gate leaves out): gated blocks of all states together, as libebur128
 * measures several files as one programme; maxima are the largest of any recording. */
static tb_status joined_loudness(tb_loudness_memo *memo, tb_loudness *out, tb_error *err) {
  memset(out, 0, sizeof *out);
  out->max_momentary_lufs = out->max_short_term_lufs = out->true_peak_dbtp = -HUGE_VAL;
  int rc = ebur128_loudness_global_multiple(memo->states, memo->count, &out->integrated_lufs);
  if (rc == EBUR128_SUCCESS)
    rc = ebur128_loudness_range_multiple(memo->states, memo->count, &out->loudness_range_lu);
  if (rc != EBUR128_SUCCESS) return tb_error_set(err, TB_ERR_RUNTIME, "loudness: error %d", rc);
  for (size_t i = 0; i < memo->count; i++) {
    if (memo->loudness[i].max_momentary_lufs > out->max_momentary_lufs)
      out->max_momentary_lufs = memo->loudness[i].max_momentary_lufs;
    if (memo->loudness[i].max_short_term_lufs > out->max_short_term_lufs)
      out->max_short_term_lufs = memo->loudness[i].max_short_term_lufs;
  }
  return TB_OK;
}

/* Remembers the true peak the plan for target gives the memo's last recording. */
static void remember_peak(tb_loudness_memo *memo, double target_lufs, double peak_dbtp) {
  memo_extra *x = &memo->extra[memo->count - 1];
  for (size_t i = 0; i < x->target_count; i++)
    if (x->target_lufs[i] == target_lufs) {
      x->peak_dbtp[i] = peak_dbtp;
      return;
    }
  if (x->target_count == MAX_TARGETS) return;
  x->target_lufs[x->target_count] = target_lufs;
  x->peak_dbtp[x->target_count++] = peak_dbtp;
}

struct tb_measurement {
  ebur128_state *state;
  tb_loudness loudness;
  block_list blocks;
};

tb_status tb_export_plan_memo(const tb_pcm *pcm, tb_loudness_memo *memo, bool joined,
                              double target_lufs, double ceiling_dbtp, tb_loudness_plan **out,
                              tb_loudness *result, tb_error *err) {
  source src = {.s16 = pcm->samples, .n = pcm->sample_count, .rate = pcm->sample_rate};
  if (!memo) return make_plan(&src, NULL, target_lufs, ceiling_dbtp, out, result, err);
  tb_loudness l;
  tb_status st = TB_OK;
  if (joined && memo->count > 0) {
    st = joined_loudness(memo, &l, err);
  } else if (memo->last == pcm && memo->count > 0) {
    l = memo->loudness[memo->count - 1]; /* another profile of the same recording */
  } else if (joined) {
    st = measure_pass(&src, 0, true, &l, NULL, NULL, err);
  } else {
    tb_measurement *m;
    st = tb_export_measure_recording(pcm, &m, err);
    if (st == TB_OK) {
      l = m->loudness;
      tb_export_memo_take(memo, pcm, m);
    }
  }
  if (st != TB_OK) return st;
  tb_loudness planned;
  tb_loudness *want = result ? result : (!joined ? &planned : NULL);
  st = make_plan(&src, &l, target_lufs, ceiling_dbtp, out, want, err);
  if (st == TB_OK && !joined && memo->last == pcm)
    remember_peak(memo, target_lufs, want->true_peak_dbtp);
  return st;
}

tb_status tb_export_measure_recording(const tb_pcm *pcm, tb_measurement **out, tb_error *err) {
  source src = {.s16 = pcm->samples, .n = pcm->sample_count, .rate = pcm->sample_rate};
  tb_measurement *m = tb_xcalloc(1, sizeof *m);
  tb_status st = measure_pass(&src, 0, true, &m->loudness, &m->state, &m->blocks, err);
  if (st != TB_OK) {
    tb_export_measurement_free(m);
    m = NULL;
  }
  *out = m;
  return st;
}

void tb_export_measurement_free(tb_measurement *m) {
  if (!m) return;
  if (m->state) ebur128_destroy(&m->state);
  free(m->blocks.energy);
  free(m);
}

void tb_export_memo_take(tb_loudness_memo *memo, const tb_pcm *pcm, tb_measurement *m) {
  tb_grow((void **)&memo->states, &memo->cap, memo->count + 1, sizeof *memo->states);
  memo->loudness = tb_xrealloc(memo->loudness, memo->cap * sizeof *memo->loudness);
  memo->extra = tb_xrealloc(memo->extra, memo->cap * sizeof *memo->extra);
  memo->states[memo->count] = m->state;
  memo->loudness[memo->count] = m->loudness;
  memo->extra[memo->count++] =
      (memo_extra){.blocks = m->blocks, .samples = pcm->sample_count, .rate = pcm->sample_rate};
  memo->last = pcm;
  free(m);
}

void tb_export_memo_done(tb_loudness_memo *memo) {
  if (memo) memo->last = NULL;
}

size_t tb_export_memo_count(const tb_loudness_memo *memo) {
  return memo ? memo->count : 0;
}

/* ---- the joined output of several planned recordings ---------------------------------------- */

static double energy_lufs(double e) {
  return e > 0 ? 10.0 * log10(e) - 0.691 : -HUGE_VAL;
}

static int compare_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Mean energy of the windows (means of `span` consecutive blocks) above the absolute gate of
 * −70 LUFS and then above (that mean + relative_lu); their loudness values go to kept. */
static double gated_mean(const double *blocks, size_t n, size_t span, double relative_lu,
                         double *kept, size_t *kept_count, double *max_lufs) {
  double gate = pow(10.0, (-70.0 + 0.691) / 10.0), sum = 0, window = 0;
  size_t count = 0;
  *max_lufs = -HUGE_VAL;
  for (size_t i = 0; i < n; i++) {
    window += blocks[i] - (i >= span ? blocks[i - span] : 0);
    if (i + 1 < span) continue;
    double e = window / (double)span;
    if (energy_lufs(e) > *max_lufs) *max_lufs = energy_lufs(e);
    if (e > gate) sum += e, count++;
  }
  if (count == 0) return 0;
  double relative = sum / (double)count * pow(10.0, relative_lu / 10.0);
  sum = 0;
  count = 0;
  *kept_count = 0;
  window = 0;
  for (size_t i = 0; i < n; i++) {
    window += blocks[i] - (i >= span ? blocks[i - span] : 0);
    if (i + 1 < span) continue;
    double e = window / (double)span;
    if (e > gate && e > relative) {
      sum += e, count++;
      if (kept) kept[(*kept_count)++] = energy_lufs(e);
    }
  }
  return count ? sum / (double)count : 0;
}

tb_status tb_export_memo_joined_output(const tb_loudness_memo *memo, double target_lufs,
                                       const size_t *starts, tb_loudness *out, tb_error *err) {
  if (memo->count == 0)
    return tb_error_set(err, TB_ERR_RUNTIME, "joined loudness: no recording was measured");
  int rate = memo->extra[0].rate;
  size_t per_block = (size_t)rate / 10, total = 0;
  for (size_t k = 0; k < memo->count; k++) {
    if (memo->extra[k].rate != rate)
      return tb_error_set(err, TB_ERR_RUNTIME, "joined loudness: recordings at different rates");
    size_t end = starts[k] / per_block + memo->extra[k].blocks.count;
    if (end > total) total = end;
  }
  double *blocks = tb_xcalloc(total + 1, sizeof *blocks), peak = -HUGE_VAL;
  for (size_t k = 0; k < memo->count; k++) {
    const memo_extra *x = &memo->extra[k];
    size_t t = 0;
    while (t < x->target_count && x->target_lufs[t] != target_lufs)
      t++;
    if (t == x->target_count) {
      free(blocks);
      return tb_error_set(err, TB_ERR_RUNTIME, "joined loudness: recording %zu not planned", k + 1);
    }
    if (x->peak_dbtp[t] > peak) peak = x->peak_dbtp[t];
    /* the plan brings the recording to the target: its blocks scale by as much */
    double measured = memo->loudness[k].integrated_lufs;
    double scale = isfinite(measured) ? pow(10.0, (target_lufs - measured) / 10.0) : 1.0;
    for (size_t b = 0; b < x->blocks.count; b++)
      blocks[starts[k] / per_block + b] += x->blocks.energy[b] * scale;
  }
  memset(out, 0, sizeof *out);
  out->true_peak_dbtp = peak;
  double *short_term = tb_xmalloc((total + 1) * sizeof *short_term);
  size_t kept = 0;
  /* integrated: 400 ms windows, relative gate −10 LU (BS.1770-4) */
  out->integrated_lufs =
      energy_lufs(gated_mean(blocks, total, 4, -10.0, NULL, &kept, &out->max_momentary_lufs));
  /* range: 3 s windows, relative gate −20 LU, 10th to 95th percentile (EBU Tech 3342) */
  gated_mean(blocks, total, 30, -20.0, short_term, &kept, &out->max_short_term_lufs);
  if (kept > 0) {
    qsort(short_term, kept, sizeof *short_term, compare_double);
    size_t lo = (size_t)(0.10 * (double)(kept - 1) + 0.5),
           hi = (size_t)(0.95 * (double)(kept - 1) + 0.5);
    out->loudness_range_lu = short_term[hi] - short_term[lo];
  }
  free(short_term);
  free(blocks);
  return TB_OK;
}

void tb_export_plan_free(tb_loudness_plan *plan) {
  if (!plan) return;
  plan_clear(plan);
  free(plan);
}

void tb_export_plan_apply(const tb_loudness_plan *plan, const tb_pcm *pcm, size_t from,
                          size_t count, float *out) {
  size_t hint = 0;
  for (size_t i = 0; i < count; i++)
    out[i] = pcm->samples[from + i] * (1.0f / 32768.0f) * curve(plan, from + i, &hint);
}

tb_status tb_export_normalize(float *samples, size_t count, int sample_rate, double target_lufs,
                              double ceiling_dbtp, tb_loudness *result, tb_error *err) {
  source src = {.f32 = samples, .n = count, .rate = sample_rate};
  tb_loudness_plan *p;
  tb_status st = make_plan(&src, NULL, target_lufs, ceiling_dbtp, &p, result, err);
  if (st != TB_OK) return st;
  size_t hint = 0;
  for (size_t i = 0; i < count; i++)
    samples[i] *= curve(p, i, &hint);
  tb_export_plan_free(p);
  return TB_OK;
}
