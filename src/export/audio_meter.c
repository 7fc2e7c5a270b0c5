/* The loudness meter: K-weighted energy of every 100 ms block (ITU-R BS.1770), and the integrated
 * loudness and loudness range gated from those blocks, with libebur128's filter, weights and
 * gates. libebur128 sums 400 ms again every 100 ms and 3 s again every second over the filtered
 * samples; here every figure comes from the block energies, summed once, which makes the measuring
 * pass of a recording about four times cheaper for the same readings. */
#include "render_private.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

/* The K-weighting of BS.1770 at a sample rate: a high shelf and a high pass, as one fourth-order
 * filter (the coefficients libebur128 derives). */
typedef struct {
  double b[5], a[5];
} k_filter;

static k_filter k_filter_at(int rate) {
  double f0 = 1681.974450955533, gain_db = 3.999843853973347, q = 0.7071752369554196;
  double k = tan(M_PI * f0 / rate), vh = pow(10.0, gain_db / 20.0),
         vb = pow(vh, 0.4996667741545416);
  double a0 = 1.0 + k / q + k * k;
  double pb[3] = {(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0,
                  (vh - vb * k / q + k * k) / a0};
  double pa[3] = {1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = tan(M_PI * f0 / rate);
  double rb[3] = {1.0, -2.0, 1.0};
  double ra[3] = {1.0, 2.0 * (k * k - 1.0) / (1.0 + k / q + k * k),
                  (1.0 - k / q + k * k) / (1.0 + k / q + k * k)};
  k_filter f;
  for (int i = 0; i < 5; i++) {
    f.b[i] = f.a[i] = 0;
    for (int j = 0; j < 3; j++)
      if (i - j >= 0 && i - j < 3) {
        f.b[i] += pb[j] * rb[i - j];
        f.a[i] += pa[j] * ra[i - j];
      }
  }
  return f;
}

size_t tb_export_block_samples(int rate) {
  return ((size_t)rate + 5) / 10; /* libebur128's rounding */
}

void tb_export_block_energies(const int16_t *s16, const float *f32, size_t n, int rate,
                              double **out, size_t *count) {
  k_filter f = k_filter_at(rate);
  size_t per_block = tb_export_block_samples(rate), blocks = per_block ? n / per_block : 0;
  double *energy = tb_xmalloc((blocks ? blocks : 1) * sizeof *energy);
  double v1 = 0, v2 = 0, v3 = 0, v4 = 0;
  size_t at = 0;
  for (size_t b = 0; b < blocks; b++) {
    double sum = 0;
    for (size_t end = at + per_block; at < end; at++) {
      double x = s16 ? s16[at] / 32768.0 : (double)f32[at];
      double v0 = x - f.a[1] * v1 - f.a[2] * v2 - f.a[3] * v3 - f.a[4] * v4;
      double y = f.b[0] * v0 + f.b[1] * v1 + f.b[2] * v2 + f.b[3] * v3 + f.b[4] * v4;
      sum += y * y;
      v4 = v3, v3 = v2, v2 = v1, v1 = v0;
    }
    if (fabs(v4) < DBL_MIN) v4 = 0; /* no denormals after silence */
    if (fabs(v3) < DBL_MIN) v3 = 0;
    if (fabs(v2) < DBL_MIN) v2 = 0;
    if (fabs(v1) < DBL_MIN) v1 = 0;
    /* mono counted as dual mono (both ears): libebur128's EBUR128_DUAL_MONO weight */
    energy[b] = 2.0 * sum / (double)per_block;
  }
  *out = energy;
  *count = blocks;
}

double tb_export_energy_lufs(double energy) {
  return energy > 0 ? 10.0 * log10(energy) - 0.691 : -HUGE_VAL;
}

/* Energies of the windows of span blocks every hop blocks, within each run (a window never
 * spans two recordings), at or above the absolute gate of −70 LUFS; appended to kept. */
static size_t gated_windows(const tb_block_run *runs, size_t run_count, size_t span, size_t hop,
                            double *kept) {
  double gate = pow(10.0, (-70.0 + 0.691) / 10.0);
  size_t count = 0;
  for (size_t r = 0; r < run_count; r++) {
    const double *e = runs[r].energy;
    for (size_t end = span; end <= runs[r].count; end += hop) {
      double sum = 0;
      for (size_t i = end - span; i < end; i++)
        sum += e[i];
      double w = sum / (double)span;
      if (w >= gate) kept[count++] = w;
    }
  }
  return count;
}

static size_t block_total(const tb_block_run *runs, size_t run_count) {
  size_t total = 0;
  for (size_t r = 0; r < run_count; r++)
    total += runs[r].count;
  return total;
}

double tb_export_integrated_lufs(const tb_block_run *runs, size_t run_count) {
  double *w = tb_xmalloc((block_total(runs, run_count) + 1) * sizeof *w);
  size_t n = gated_windows(runs, run_count, 4, 1, w); /* 400 ms every 100 ms */
  double sum = 0;
  for (size_t i = 0; i < n; i++)
    sum += w[i];
  double relative = n ? sum / (double)n * 0.1 : 0; /* −10 LU */
  double kept = 0;
  size_t above = 0;
  for (size_t i = 0; i < n; i++)
    if (w[i] >= relative) kept += w[i], above++;
  free(w);
  return above ? tb_export_energy_lufs(kept / (double)above) : -HUGE_VAL;
}

static int compare_energy(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

double tb_export_loudness_range_lu(const tb_block_run *runs, size_t run_count) {
  double *w = tb_xmalloc((block_total(runs, run_count) / 10 + 1) * sizeof *w);
  size_t n = gated_windows(runs, run_count, 30, 10, w); /* 3 s every second (EBU Tech 3342) */
  double sum = 0;
  for (size_t i = 0; i < n; i++)
    sum += w[i];
  double range = 0;
  if (n > 0) {
    qsort(w, n, sizeof *w, compare_energy);
    double relative = sum / (double)n * 0.01; /* −20 LU */
    size_t first = 0;
    while (first < n && w[first] < relative)
      first++;
    size_t kept = n - first;
    if (kept > 0) {
      size_t lo = (size_t)((double)(kept - 1) * 0.1 + 0.5),
             hi = (size_t)((double)(kept - 1) * 0.95 + 0.5);
      range = tb_export_energy_lufs(w[first + hi]) - tb_export_energy_lufs(w[first + lo]);
    }
  }
  free(w);
  return range;
}
