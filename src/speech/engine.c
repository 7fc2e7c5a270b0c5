/* The libespeak-ng synthesizer: one per process, because libespeak-ng keeps global state. */
#include "speech_internal.h"

#include <espeak-ng/espeak_ng.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tb_speech {
  tb_voice voice;
  char espeak_name[160]; /* "cmn-latn-pinyin+f2" */
  int sample_rate;
};

/* What one synthesis call collects; eSpeak's callback has no other way to reach it. */
typedef struct {
  tb_pcm *pcm;
  size_t capacity; /* of pcm->samples */
  size_t mapped;   /* samples whose pages are mapped already */
  size_t sentence_count;
  size_t *mark_sample; /* per sentence; SIZE_MAX until its mark event arrives */
} synth_job;

/* A recording's buffer is reserved for this many samples (25 minutes at 22,050 Hz) and its pages
 * are mapped a step at a time as eSpeak reaches them. Memory first touched costs far more than the
 * copy into it on the virtual machines we render on (about 8 ms a megabyte, against 0.2 ms once
 * mapped): growing a buffer by copies touched three times the recording's size in fresh pages,
 * reserving address space touches each page once. Longer readings grow by copies beyond it. */
enum { RESERVED_SAMPLES = 32 << 20, MAP_STEP_SAMPLES = 1 << 20 };

static bool engine_in_use;
static bool engine_initialized;
static synth_job *current_job;

static tb_status espeak_error(tb_error *err, espeak_ng_STATUS status, const char *what) {
  char message[256];
  espeak_ng_GetStatusCodeMessage(status, message, sizeof message);
  return tb_error_set(err, TB_ERR_RUNTIME, "eSpeak NG: %s: %s", what, message);
}

static int on_synth(short *wav, int sample_count, espeak_EVENT *events) {
  synth_job *job = current_job;
  if (!job) return 0;
  for (espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED; e++) {
    if (e->type != espeakEVENT_MARK || !e->id.name || e->id.name[0] != 's') continue;
    char *end;
    unsigned long index = strtoul(e->id.name + 1, &end, 10);
    if (*end == '\0' && index < job->sentence_count && e->sample >= 0)
      job->mark_sample[index] = (size_t)e->sample;
  }
  if (wav && sample_count > 0) {
    tb_pcm *pcm = job->pcm;
    size_t need = pcm->sample_count + (size_t)sample_count;
    if (need > job->capacity) {
      /* not realloc: it may copy into fresh pages one fault at a time */
      size_t capacity = job->capacity ? need + need / 2 : RESERVED_SAMPLES;
      int16_t *grown = tb_xmalloc(capacity * sizeof *grown);
      job->mapped = need + MAP_STEP_SAMPLES < capacity ? need + MAP_STEP_SAMPLES : capacity;
      tb_pcm_prefault(grown, job->mapped * sizeof *grown);
      if (pcm->sample_count) memcpy(grown, pcm->samples, pcm->sample_count * sizeof *grown);
      free(pcm->samples);
      pcm->samples = grown;
      job->capacity = capacity;
    } else if (need > job->mapped) {
      size_t upto =
          need + MAP_STEP_SAMPLES < job->capacity ? need + MAP_STEP_SAMPLES : job->capacity;
      tb_pcm_prefault(pcm->samples + job->mapped, (upto - job->mapped) * sizeof *pcm->samples);
      job->mapped = upto;
    }
    memcpy(pcm->samples + pcm->sample_count, wav, (size_t)sample_count * sizeof *wav);
    pcm->sample_count = need;
  }
  return 0; /* 0 = continue */
}

static tb_status engine_start(tb_error *err) {
  if (engine_initialized) return TB_OK;
  espeak_ng_InitializePath(NULL);
  espeak_ng_ERROR_CONTEXT context = NULL;
  espeak_ng_STATUS st = espeak_ng_Initialize(&context);
  if (st != ENS_OK) {
    espeak_ng_ClearErrorContext(&context);
    return espeak_error(err, st, "initialize");
  }
  st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 100, NULL);
  if (st != ENS_OK) return espeak_error(err, st, "initialize output");
  espeak_SetSynthCallback(on_synth);
  engine_initialized = true;
  return TB_OK;
}

/* Voice and parameters are set again before every call: in one process a later SSML call with
 * this voice otherwise comes out ~22% slower (NOTES.md). */
static tb_status select_voice(const tb_speech *speech, tb_error *err) {
  espeak_ng_STATUS st = espeak_ng_SetVoiceByName(speech->espeak_name);
  if (st != ENS_OK) return espeak_error(err, st, speech->espeak_name);
  espeak_ng_SetParameter(espeakRATE, speech->voice.rate, 0);
  espeak_ng_SetParameter(espeakPITCH, speech->voice.pitch, 0);
  espeak_ng_SetParameter(espeakRANGE, speech->voice.range, 0);
  return TB_OK;
}

tb_status tb_speech_new(const char *voices_dir, const char *voice, int rate, int pitch,
                        tb_speech **out, tb_error *err) {
  *out = NULL;
  if (engine_in_use)
    return tb_error_set(err, TB_ERR_RUNTIME, "one speech synthesizer per process (eSpeak NG)");
  tb_speech *speech = tb_xcalloc(1, sizeof *speech);
  tb_status st = tb_voice_load(voices_dir, voice, &speech->voice, err);
  if (st == TB_OK) st = engine_start(err);
  if (st != TB_OK) {
    free(speech);
    return st;
  }
  if (rate > 0) speech->voice.rate = rate;
  if (pitch > 0) speech->voice.pitch = pitch;
  if (speech->voice.variant[0])
    snprintf(speech->espeak_name, sizeof speech->espeak_name, "%s+%s", speech->voice.espeak_voice,
             speech->voice.variant);
  else
    snprintf(speech->espeak_name, sizeof speech->espeak_name, "%s", speech->voice.espeak_voice);
  st = select_voice(speech, err);
  if (st != TB_OK) {
    free(speech);
    return st;
  }
  speech->sample_rate = espeak_ng_GetSampleRate();
  engine_in_use = true;
  *out = speech;
  return TB_OK;
}

void tb_speech_free(tb_speech *speech) {
  if (!speech) return;
  free(speech);
  /* eSpeak stays initialized: loading its data again costs time and buys nothing. */
  engine_in_use = false;
}

const char *tb_speech_voice_name(const tb_speech *speech) {
  return speech->voice.name;
}

static tb_status synthesize(tb_speech *speech, const char *markup, synth_job *job, tb_error *err) {
  tb_status st = select_voice(speech, err);
  if (st != TB_OK) return st;
  current_job = job;
  /* eSpeak draws its noise (breath, frication) from rand(): one seed per call makes a reading's
   * samples independent of what was spoken before, so worker processes (tb_speech_speak_all)
   * give the same bytes as one process speaking everything in turn. */
  srand(1);
  espeak_ng_STATUS es = espeak_ng_Synthesize(markup, strlen(markup) + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8 | espeakSSML, NULL, NULL);
  current_job = NULL;
  if (es != ENS_OK) return espeak_error(err, es, "synthesize");
  return TB_OK;
}

static void fill_marks(tb_pcm *pcm, const tb_reading *reading, const size_t *mark_sample) {
  pcm->marks =
      tb_xcalloc(reading->sentence_count ? reading->sentence_count : 1, sizeof *pcm->marks);
  pcm->mark_count = reading->sentence_count;
  size_t last = 0;
  for (size_t s = 0; s < reading->sentence_count; s++) {
    /* A sentence with nothing to say may get no event: it starts where the next one would. */
    size_t at = mark_sample[s];
    if (at == SIZE_MAX || at < last) at = last;
    if (at > pcm->sample_count) at = pcm->sample_count;
    uint32_t paragraph = reading->sentences[s].paragraph;
    pcm->marks[s] = (tb_mark){
        .sample = at,
        .sentence = (uint32_t)s,
        .paragraph = paragraph,
        .paragraph_start = s == 0 || reading->sentences[s - 1].paragraph != paragraph,
    };
    last = at;
  }
}

tb_status tb_speech_speak(tb_speech *speech, const tb_reading *reading, tb_pcm **out,
                          tb_error *err) {
  *out = NULL;
  char *markup = tb_speech_markup(reading);
  synth_job job = {.pcm = tb_pcm_new(speech->sample_rate),
                   .sentence_count = reading->sentence_count,
                   .mark_sample = tb_xmalloc((reading->sentence_count + 1) * sizeof(size_t))};
  for (size_t s = 0; s < reading->sentence_count; s++)
    job.mark_sample[s] = SIZE_MAX;
  tb_status st = synthesize(speech, markup, &job, err);
  free(markup);
  if (st == TB_OK) {
    fill_marks(job.pcm, reading, job.mark_sample);
    *out = job.pcm;
  } else {
    tb_pcm_free(job.pcm);
  }
  free(job.mark_sample);
  return st;
}

tb_status tb_speech_phonemes(tb_speech *speech, const tb_reading *reading, char **out,
                             tb_error *err) {
  *out = NULL;
  char *buf = NULL;
  size_t len = 0;
  FILE *trace = open_memstream(&buf, &len);
  if (!trace) return tb_error_set(err, TB_ERR_RUNTIME, "phoneme trace: out of memory");
  char *markup = tb_speech_markup(reading);
  synth_job job = {.pcm = tb_pcm_new(speech->sample_rate),
                   .mark_sample = tb_xmalloc((reading->sentence_count + 1) * sizeof(size_t))};
  espeak_SetPhonemeTrace(1, trace);
  tb_status st = synthesize(speech, markup, &job, err);
  espeak_SetPhonemeTrace(0, NULL);
  fclose(trace);
  free(markup);
  tb_pcm_free(job.pcm);
  free(job.mark_sample);
  if (st != TB_OK) {
    free(buf);
    return st;
  }
  *out = buf;
  return TB_OK;
}
