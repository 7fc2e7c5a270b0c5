/* Speed without pitch change: libsonic's stream (pitch-synchronous overlap-add, made for
 * speech), mono 16-bit. */
#include "player.h"

#include <sonic.h>
#include <stdlib.h>

struct tb_tempo {
  sonicStream stream;
  int sample_rate;
  double speed;
};

static double clamp_speed(double speed) {
  return speed < TB_TEMPO_MIN ? TB_TEMPO_MIN : speed > TB_TEMPO_MAX ? TB_TEMPO_MAX : speed;
}

tb_status tb_tempo_new(int sample_rate, double speed, tb_tempo **out, tb_error *err) {
  *out = NULL;
  sonicStream stream = sonicCreateStream(sample_rate, 1);
  if (!stream)
    return tb_error_set(err, TB_ERR_RUNTIME, "speed control: cannot start at %d Hz", sample_rate);
  tb_tempo *tempo = tb_xcalloc(1, sizeof *tempo);
  tempo->stream = stream;
  tempo->sample_rate = sample_rate;
  tb_tempo_set_speed(tempo, speed);
  *out = tempo;
  return TB_OK;
}

void tb_tempo_free(tb_tempo *tempo) {
  if (!tempo) return;
  sonicDestroyStream(tempo->stream);
  free(tempo);
}

void tb_tempo_set_speed(tb_tempo *tempo, double speed) {
  tempo->speed = clamp_speed(speed);
  sonicSetSpeed(tempo->stream, (float)tempo->speed);
}

double tb_tempo_speed(const tb_tempo *tempo) {
  return tempo->speed;
}

size_t tb_tempo_process(tb_tempo *tempo, const int16_t *in, size_t count, int16_t *out,
                        size_t capacity, bool finish) {
  /* sonic's API takes non-const buffers but only reads the input. */
  if (count > 0) sonicWriteShortToStream(tempo->stream, (short *)in, (int)count);
  if (finish) sonicFlushStream(tempo->stream);
  int got = sonicReadShortFromStream(tempo->stream, out, (int)capacity);
  return got > 0 ? (size_t)got : 0;
}

void tb_tempo_discard(tb_tempo *tempo) {
  /* sonic has no "drop what is buffered": a new stream at the same settings does it. */
  sonicStream fresh = sonicCreateStream(tempo->sample_rate, 1);
  if (!fresh) return;
  sonicDestroyStream(tempo->stream);
  tempo->stream = fresh;
  sonicSetSpeed(tempo->stream, (float)tempo->speed);
}
