#include "player.h"

#include <portaudio.h>

static tb_status pa_failure(tb_error *err, const char *what, PaError code) {
  return tb_error_set(err, TB_ERR_RUNTIME, "audio output: %s: %s", what, Pa_GetErrorText(code));
}

tb_status tb_player_play_pcm(const tb_pcm *pcm, tb_error *err) {
  PaError rc = Pa_Initialize();
  if (rc != paNoError) return pa_failure(err, "cannot start PortAudio", rc);
  tb_status status = TB_OK;
  PaStream *stream = NULL;
  if (Pa_GetDefaultOutputDevice() == paNoDevice) {
    status = tb_error_set(err, TB_ERR_RUNTIME, "audio output: no output device");
    goto done;
  }
  rc = Pa_OpenDefaultStream(&stream, 0, 1, paInt16, pcm->sample_rate, paFramesPerBufferUnspecified,
                            NULL, NULL);
  if (rc != paNoError) {
    status = pa_failure(err, "cannot open the default device", rc);
    goto done;
  }
  rc = Pa_StartStream(stream);
  if (rc != paNoError) {
    status = pa_failure(err, "cannot start the stream", rc);
    goto done;
  }
  enum { CHUNK = 2048 };
  for (size_t at = 0; at < pcm->sample_count; at += CHUNK) {
    size_t n = pcm->sample_count - at < CHUNK ? pcm->sample_count - at : CHUNK;
    rc = Pa_WriteStream(stream, pcm->samples + at, (unsigned long)n);
    /* An underflow only means a late buffer; the sound still plays. */
    if (rc != paNoError && rc != paOutputUnderflowed) {
      status = pa_failure(err, "write failed", rc);
      break;
    }
  }
  Pa_StopStream(stream); /* drains what is queued */
done:
  if (stream) Pa_CloseStream(stream);
  Pa_Terminate();
  return status;
}
