/* The default output device through PortAudio's blocking API. */
#include "player_internal.h"

#include <fcntl.h>
#include <portaudio.h>
#include <stdlib.h>
#include <unistd.h>

struct tb_output {
  PaStream *stream;
  int sample_rate;
};

static tb_status pa_failure(tb_error *err, const char *what, PaError code) {
  return tb_error_set(err, TB_ERR_RUNTIME, "audio output: %s: %s", what, Pa_GetErrorText(code));
}

/* PortAudio's host APIs (ALSA, JACK, OSS) print dozens of lines while they probe for devices:
 * noise in a listener's screen reader. They go to /dev/null unless TINGBAO_AUDIO_DEBUG is set;
 * what went wrong still reaches the caller as an error. */
static int silence_stderr(void) {
  if (getenv("TINGBAO_AUDIO_DEBUG")) return -1;
  int saved = dup(STDERR_FILENO);
  int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (saved < 0 || null < 0) {
    if (saved >= 0) close(saved);
    if (null >= 0) close(null);
    return -1;
  }
  dup2(null, STDERR_FILENO);
  close(null);
  return saved;
}

static void restore_stderr(int saved) {
  if (saved < 0) return;
  dup2(saved, STDERR_FILENO);
  close(saved);
}

static tb_status open_stream(int sample_rate, tb_output **out, tb_error *err) {
  PaError rc = Pa_Initialize();
  if (rc != paNoError) return pa_failure(err, "cannot start PortAudio", rc);
  if (Pa_GetDefaultOutputDevice() == paNoDevice) {
    Pa_Terminate();
    return tb_error_set(err, TB_ERR_RUNTIME, "audio output: no output device");
  }
  PaStream *stream = NULL;
  rc = Pa_OpenDefaultStream(&stream, 0, 1, paInt16, sample_rate, paFramesPerBufferUnspecified, NULL,
                            NULL);
  if (rc == paNoError) rc = Pa_StartStream(stream);
  if (rc != paNoError) {
    if (stream) Pa_CloseStream(stream);
    Pa_Terminate();
    return pa_failure(err, "cannot open the default device", rc);
  }
  tb_output *output = tb_xcalloc(1, sizeof *output);
  output->stream = stream;
  output->sample_rate = sample_rate;
  *out = output;
  return TB_OK;
}

tb_status tb_output_open(int sample_rate, tb_output **out, tb_error *err) {
  *out = NULL;
  int saved = silence_stderr();
  tb_status status = open_stream(sample_rate, out, err);
  restore_stderr(saved);
  return status;
}

void tb_output_close(tb_output *output) {
  if (!output) return;
  Pa_StopStream(output->stream);
  Pa_CloseStream(output->stream);
  Pa_Terminate();
  free(output);
}

int tb_output_rate(const tb_output *output) {
  return output->sample_rate;
}

tb_status tb_output_write(tb_output *output, const int16_t *samples, size_t count, tb_error *err) {
  enum { CHUNK = 1024 };
  for (size_t at = 0; at < count; at += CHUNK) {
    size_t n = count - at < CHUNK ? count - at : CHUNK;
    PaError rc = Pa_WriteStream(output->stream, samples + at, (unsigned long)n);
    /* An underflow only means a late buffer; the sound still plays. */
    if (rc != paNoError && rc != paOutputUnderflowed) return pa_failure(err, "write failed", rc);
  }
  return TB_OK;
}

tb_status tb_output_flush(tb_output *output, tb_error *err) {
  PaError rc = Pa_AbortStream(output->stream);
  if (rc == paNoError) rc = Pa_StartStream(output->stream);
  return rc == paNoError ? TB_OK : pa_failure(err, "cannot restart the stream", rc);
}
