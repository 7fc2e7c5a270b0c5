/* audio export: files written through libsndfile, checked by decoding them again and, where it
 * matters, with an independent tool (ffmpeg/ffprobe). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "export/export.h"
#include "export/render_private.h"

#include <dirent.h>
#include <ebur128.h>
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define VOICES TB_SOURCE_DIR "/voices/espeak"

static const char *const TITLE = "区政府召开2026年工作会议";
static const tb_audio_tags TAGS = {.title = "区政府召开2026年工作会议",
                                   .album = "新东城报 2026-03-10",
                                   .artist = "新东城报",
                                   .date = "2026-03-10",
                                   .track = 3,
                                   .track_total = 12};

static char dir[64];
static tb_pcm *speech_pcm; /* real eSpeak speech, two readings joined */

/* ---- fixtures ----------------------------------------------------------------------------- */

typedef struct {
  tb_token_kind kind;
  const char *pinyin;
  tb_break brk;
} spec;

static tb_pcm *speak(tb_speech *sp, const spec *specs, size_t n) {
  tb_reading r = {0};
  r.tokens = calloc(n, sizeof *r.tokens);
  r.sentences = calloc(n, sizeof *r.sentences);
  size_t first = 0;
  for (size_t i = 0; i < n; i++) {
    r.tokens[i] = (tb_token){.text = "x",
                             .spoken = "x",
                             .pinyin = specs[i].pinyin,
                             .pinyin_speech = specs[i].pinyin,
                             .kind = specs[i].kind,
                             .break_after = specs[i].brk,
                             .sentence = (uint32_t)r.sentence_count};
    if (specs[i].brk >= TB_BREAK_SENTENCE) {
      r.sentences[r.sentence_count++] = (tb_sentence){first, i + 1 - first, 0};
      first = i + 1;
    }
  }
  r.token_count = n;
  r.paragraph_count = 1;
  tb_pcm *pcm = NULL;
  tb_error err;
  if (tb_speech_speak(sp, &r, &pcm, &err) != TB_OK) fprintf(stderr, "%s\n", err.message);
  free(r.tokens);
  free(r.sentences);
  return pcm;
}

#define H TB_TOKEN_HANZI
#define P TB_TOKEN_PUNCT
static const spec headline[] = {{H, "qu1 zheng4 fu3", TB_BREAK_WORD},
                                {H, "zhao4 kai1", TB_BREAK_WORD},
                                {H, "gong1 zuo4", TB_BREAK_WORD},
                                {H, "hui4 yi4", TB_BREAK_NONE},
                                {P, "", TB_BREAK_SENTENCE}};
static const spec body[] = {
    {H, "ben3 bao4 xun4", TB_BREAK_WORD},
    {H, "jin1 tian1", TB_BREAK_WORD},
    {H, "shang4 wu3", TB_BREAK_NONE},
    {P, "", TB_BREAK_PHRASE},
    {H, "qu1 zheng4 fu3", TB_BREAK_WORD},
    {H, "zhao4 kai1", TB_BREAK_WORD},
    {H, "quan2 qu1", TB_BREAK_WORD},
    {H, "gong1 zuo4", TB_BREAK_WORD},
    {H, "hui4 yi4", TB_BREAK_NONE},
    {P, "", TB_BREAK_SENTENCE},
    {H, "hui4 yi4", TB_BREAK_WORD},
    {H, "zong3 jie2", TB_BREAK_WORD},
    {H, "le5", TB_BREAK_WORD},
    {H, "qu4 nian2", TB_BREAK_WORD},
    {H, "de5", TB_BREAK_WORD},
    {H, "gong1 zuo4", TB_BREAK_NONE},
    {P, "", TB_BREAK_PHRASE},
    {H, "bu4 shu3", TB_BREAK_WORD},
    {H, "le5", TB_BREAK_WORD},
    {H, "jin1 nian2", TB_BREAK_WORD},
    {H, "de5", TB_BREAK_WORD},
    {H, "zhong4 dian3", TB_BREAK_WORD},
    {H, "ren4 wu5", TB_BREAK_NONE},
    {P, "", TB_BREAK_SENTENCE},
};

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/tb-audio-XXXXXX");
  if (!mkdtemp(dir)) return -1;
  tb_speech *sp;
  tb_error err;
  if (tb_speech_new(VOICES, "tingbao-female", 0, 0, &sp, &err) != TB_OK) {
    fprintf(stderr, "%s\n", err.message);
    return -1;
  }
  tb_pcm *a = speak(sp, headline, sizeof headline / sizeof *headline);
  tb_pcm *b = speak(sp, body, sizeof body / sizeof *body);
  tb_speech_free(sp);
  if (!a || !b) return -1;
  speech_pcm = tb_pcm_new(a->sample_rate);
  tb_pcm_append(speech_pcm, a, 0);
  tb_pcm_append(speech_pcm, b, TB_SPEECH_HEADLINE_PAUSE_MS);
  tb_pcm_free(a);
  tb_pcm_free(b);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  tb_pcm_free(speech_pcm);
  DIR *d = opendir(dir);
  for (struct dirent *e; d && (e = readdir(d));) {
    if (e->d_name[0] == '.' && (!e->d_name[1] || e->d_name[1] == '.')) continue;
    char *p = tb_path_join(dir, e->d_name);
    unlink(p);
    free(p);
  }
  if (d) closedir(d);
  rmdir(dir);
  return 0;
}

static char *path_in_dir(const char *name) {
  return tb_path_join(dir, name);
}

/* Whatever a command prints on stdout (stderr folded in when asked); caller frees. */
static char *run(const char *cmd) {
  FILE *p = popen(cmd, "r");
  if (!p) return NULL;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    tb_strbuf_append(&sb, buf, n);
  pclose(p);
  return tb_strbuf_take(&sb);
}

static bool have(const char *tool) {
  char *cmd = tb_xasprintf("command -v %s >/dev/null 2>&1 && echo yes", tool);
  char *out = run(cmd);
  bool yes = out && strncmp(out, "yes", 3) == 0;
  free(cmd);
  free(out);
  return yes;
}

static char *ffprobe(const char *args, const char *path) {
  char *cmd = tb_xasprintf("ffprobe -v error %s '%s'", args, path);
  char *out = run(cmd);
  free(cmd);
  return out;
}

/* ffmpeg's EBU R128 meter, mono measured as dual mono like the export. */
static void ffmpeg_loudness(const char *path, double *lufs, double *true_peak) {
  char *cmd = tb_xasprintf(
      "ffmpeg -nostats -hide_banner -i '%s' -af ebur128=peak=true:dualmono=true -f null - 2>&1",
      path);
  char *out = run(cmd);
  free(cmd);
  assert_non_null(out);
  const char *summary = strstr(out, "Summary:");
  assert_non_null(summary);
  const char *i = strstr(summary, "I:");
  const char *peak = strstr(summary, "Peak:");
  assert_non_null(i);
  assert_non_null(peak);
  *lufs = strtod(i + 2, NULL);
  *true_peak = strtod(peak + 5, NULL);
  free(out);
}

typedef struct {
  int rate, channels, format;
  size_t frames;
} decoded;

static decoded decode(const char *path, int16_t **samples) {
  SF_INFO info = {0};
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  assert_non_null(sf);
  decoded d = {info.samplerate, info.channels, info.format, (size_t)info.frames};
  if (samples) {
    *samples = calloc(d.frames + 1, sizeof **samples);
    assert_int_equal(sf_read_short(sf, *samples, (sf_count_t)d.frames), (sf_count_t)d.frames);
  }
  sf_close(sf);
  return d;
}

static bool temp_files_left(void) {
  DIR *d = opendir(dir);
  bool found = false;
  for (struct dirent *e; d && (e = readdir(d));)
    if (strstr(e->d_name, ".tmp-")) found = true;
  if (d) closedir(d);
  return found;
}

/* ---- formats ------------------------------------------------------------------------------ */

static void every_format_decodes_with_its_length(void **state) {
  (void)state;
  static const char *const names[] = {"a.wav", "a.flac", "a.ogg", "a.opus", "a.mp3"};
  double seconds = tb_pcm_seconds(speech_pcm);
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char *path = path_in_dir(names[i]);
    tb_error err;
    assert_int_equal(tb_export_audio(path, speech_pcm, &TAGS, &err), TB_OK);
    decoded d = decode(path, NULL);
    assert_int_equal(d.channels, 1);
    assert_int_equal(d.rate, strstr(names[i], "opus") ? 48000 : speech_pcm->sample_rate);
    /* lossy encoders add up to a few frames of padding */
    double got = (double)d.frames / d.rate;
    assert_true(fabs(got - seconds) < 0.1);
    free(path);
  }
  assert_false(temp_files_left());
}

static void wav_is_bit_exact(void **state) {
  (void)state;
  char *path = path_in_dir("exact.wav");
  tb_error err;
  assert_int_equal(tb_export_audio(path, speech_pcm, NULL, &err), TB_OK);
  int16_t *s;
  decoded d = decode(path, &s);
  assert_int_equal(d.frames, speech_pcm->sample_count);
  assert_memory_equal(s, speech_pcm->samples, d.frames * sizeof *s);
  free(s);
  free(path);
}

static void unknown_format_is_refused(void **state) {
  (void)state;
  char *path = path_in_dir("a.mp2");
  tb_error err;
  assert_int_equal(tb_export_audio(path, speech_pcm, NULL, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "a.mp2"));
  assert_false(tb_path_exists(path));
  free(path);
  char *missing = tb_xasprintf("%s/no/such/dir/a.wav", dir);
  assert_int_equal(tb_export_audio(missing, speech_pcm, NULL, &err), TB_ERR_RUNTIME);
  free(missing);
  assert_false(temp_files_left());
}

/* Tags read back as the right Chinese, by an independent reader. */
static void tags_read_back_as_chinese(void **state) {
  (void)state;
  if (!have("ffprobe")) skip();
  static const char *const names[] = {"t.mp3", "t.flac", "t.ogg", "t.opus", "t.wav"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char *path = path_in_dir(names[i]);
    tb_error err;
    assert_int_equal(tb_export_audio(path, speech_pcm, &TAGS, &err), TB_OK);
    /* Ogg keeps its comments in the stream, the others in the container */
    char *out = ffprobe("-show_entries format_tags:stream_tags -of default=nw=1", path);
    assert_non_null(out);
    assert_true(strstr(out, "title=") || strstr(out, "TITLE="));
    assert_non_null(strstr(out, TITLE));
    assert_non_null(strstr(out, "新东城报"));
    if (!strstr(names[i], "wav")) assert_non_null(strstr(out, "2026-03-10"));
    free(out);
    free(path);
  }
}

/* ---- MP3 ---------------------------------------------------------------------------------- */

/* Bitrate of every MPEG-1 layer III frame after the ID3 tag; all equal for CBR. */
static void mp3_frame_bitrates(const char *path, int *first, bool *constant, size_t *frames) {
  unsigned char *data;
  size_t len;
  tb_error err;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  assert_memory_equal(data, "ID3\x04", 4);
  size_t at = 10 + ((size_t)data[6] << 21 | (size_t)data[7] << 14 | (size_t)data[8] << 7 | data[9]);
  static const int kbps[] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
  static const int rates[] = {44100, 48000, 32000};
  *first = 0;
  *constant = true;
  *frames = 0;
  while (at + 4 <= len && data[at] == 0xFF && (data[at + 1] & 0xFE) == 0xFA) {
    int bi = data[at + 2] >> 4, ri = (data[at + 2] >> 2) & 3, pad = (data[at + 2] >> 1) & 1;
    assert_true(bi > 0 && bi < 15 && ri < 3);
    int rate = kbps[bi];
    if (*frames > 1 && rate != *first) *constant = false; /* frame 0 may be an info frame */
    if (*frames == 1) *first = rate;
    at += (size_t)(144000 * rate / rates[ri] + pad);
    (*frames)++;
  }
  free(data);
}

static void web_profile_mp3_is_cbr_at_loudness(void **state) {
  (void)state;
  const tb_audio_profile *web = tb_export_audio_profile("web");
  assert_non_null(web);
  tb_strlist written = {0};
  tb_error err;
  assert_int_equal(
      tb_export_audio_profiled(dir, "web", speech_pcm, &TAGS, NULL, 0, web, &written, &err), TB_OK);
  assert_int_equal(written.count, 2);
  assert_string_equal(written.items[0], "web.mp3");
  assert_string_equal(written.items[1], "web.opus");
  tb_strlist_free(&written);
  char *mp3 = path_in_dir("web.mp3"), *opus = path_in_dir("web.opus");
  int kbps;
  bool constant;
  size_t frames;
  mp3_frame_bitrates(mp3, &kbps, &constant, &frames);
  assert_true(frames > 100);
  assert_true(constant);
  assert_int_equal(kbps, web->options.mp3_kbps);
  assert_int_equal(decode(opus, NULL).rate, 48000);
  if (have("ffmpeg")) {
    const char *files[] = {mp3, opus};
    for (int i = 0; i < 2; i++) {
      double lufs, tp;
      ffmpeg_loudness(files[i], &lufs, &tp);
      assert_true(fabs(lufs - web->options.target_lufs) <= 0.5);
      assert_true(tp <= web->options.ceiling_dbtp);
    }
  }
  free(mp3);
  free(opus);
}

/* ---- radio: broadcast WAV ----------------------------------------------------------------- */

static void radio_profile_is_r128_bwf(void **state) {
  (void)state;
  const tb_audio_profile *radio = tb_export_audio_profile("radio");
  assert_non_null(radio);
  tb_error err;
  assert_int_equal(
      tb_export_audio_profiled(dir, "radio", speech_pcm, &TAGS, NULL, 0, radio, NULL, &err), TB_OK);
  char *path = path_in_dir("radio.wav");
  SF_INFO info = {0};
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  assert_non_null(sf);
  assert_int_equal(info.samplerate, 48000);
  assert_int_equal(info.format, SF_FORMAT_WAV | SF_FORMAT_PCM_24);
  SF_BROADCAST_INFO bext;
  memset(&bext, 0, sizeof bext);
  assert_int_equal(sf_command(sf, SFC_GET_BROADCAST_INFO, &bext, sizeof bext), SF_TRUE);
  sf_close(sf);
  assert_string_equal(bext.description, TITLE);
  assert_memory_equal(bext.origination_date, "2026-03-10", 10);
  assert_int_equal(bext.version, 2);
  assert_true(abs(bext.loudness_value - (int)(radio->options.target_lufs * 100)) <= 20);
  assert_true(bext.max_true_peak_level <= (int)(radio->options.ceiling_dbtp * 100));
  double seconds = (double)info.frames / info.samplerate;
  assert_true(fabs(seconds - tb_pcm_seconds(speech_pcm)) < 0.01);
  if (have("ffmpeg")) {
    double lufs, tp;
    ffmpeg_loudness(path, &lufs, &tp);
    assert_true(fabs(lufs - radio->options.target_lufs) <= 0.5);
    assert_true(tp <= radio->options.ceiling_dbtp);
  }
  free(path);
}

static void archive_profile_is_untouched_flac(void **state) {
  (void)state;
  const tb_audio_profile *archive = tb_export_audio_profile("archive");
  assert_non_null(archive);
  assert_null(tb_export_audio_profile("podcast"));
  tb_error err;
  assert_int_equal(
      tb_export_audio_profiled(dir, "arch", speech_pcm, &TAGS, NULL, 0, archive, NULL, &err),
      TB_OK);
  char *path = path_in_dir("arch.flac");
  int16_t *s;
  decoded d = decode(path, &s);
  assert_int_equal(d.format, SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
  assert_int_equal(d.frames, speech_pcm->sample_count);
  assert_memory_equal(s, speech_pcm->samples, d.frames * sizeof *s);
  free(s);
  free(path);
}

/* ---- chapters ----------------------------------------------------------------------------- */

static void chapters_round_trip(void **state) {
  (void)state;
  if (!have("ffprobe")) skip();
  size_t second = speech_pcm->marks[1].sample;
  tb_audio_chapter chapters[] = {{"头版：区政府召开会议", 0}, {"第二篇　社区新闻", second}};
  static const char *const names[] = {"c.mp3", "c.flac", "c.ogg", "c.opus", "c.wav"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char *path = path_in_dir(names[i]);
    tb_audio_options opt = {.chapters = chapters, .chapter_count = 2};
    tb_error err;
    assert_int_equal(tb_export_audio_with(path, speech_pcm, &TAGS, &opt, &err), TB_OK);
    char *out = ffprobe("-show_chapters -of compact=p=0:nk=0", path);
    assert_non_null(out);
    assert_non_null(strstr(out, chapters[0].title));
    assert_non_null(strstr(out, chapters[1].title));
    /* the line of the second chapter, whatever id the demuxer gives it */
    const char *line2 = strstr(out, chapters[1].title);
    while (line2 > out && line2[-1] != '\n')
      line2--;
    const char *start = strstr(line2, "start_time=");
    assert_non_null(start);
    double want = (double)second / speech_pcm->sample_rate;
    assert_true(fabs(strtod(start + 11, NULL) - want) < 0.002);
    /* tags survive the rewrite (Ogg keeps them on the stream) and the audio still decodes whole */
    char *tags = ffprobe("-show_entries format_tags:stream_tags -of default=nw=1:nk=1", path);
    assert_non_null(strstr(tags, TITLE));
    free(tags);
    char *cmd = tb_xasprintf("ffmpeg -v error -xerror -i '%s' -f null - 2>&1", path);
    FILE *p = popen(cmd, "r");
    char line[256] = "";
    bool errors = p && fgets(line, sizeof line, p) != NULL;
    assert_true(p && pclose(p) == 0);
    assert_false(errors);
    free(cmd);
    char *dur = ffprobe("-show_entries format=duration -of default=nw=1:nk=1", path);
    double seconds = tb_pcm_seconds(speech_pcm);
    assert_true(fabs(strtod(dur, NULL) - seconds) < 0.1);
    free(dur);
    free(out);
    free(path);
  }
}

/* The radio file of a whole issue carries a cue point per article, named by its title, at the
 * article's start in the file's own 48 kHz samples, and stays at the loudness of the profile. */
static void radio_cues_at_article_starts(void **state) {
  (void)state;
  if (!have("ffprobe") || !have("ffmpeg")) skip();
  size_t second = speech_pcm->marks[1].sample;
  tb_audio_chapter chapters[] = {{"区政府召开会议", 0}, {"社区新闻 (二)", second}};
  tb_error err;
  tb_strlist written = {0};
  assert_int_equal(tb_export_audio_profiled(dir, "cued", speech_pcm, &TAGS, chapters, 2,
                                            tb_export_audio_profile("radio"), &written, &err),
                   TB_OK);
  char *path = path_in_dir("cued.wav");
  char *out = ffprobe("-show_chapters -of compact=p=0:nk=0", path);
  assert_non_null(out);
  for (size_t i = 0; i < 2; i++) {
    const char *line = strstr(out, chapters[i].title);
    assert_non_null(line);
    while (line > out && line[-1] != '\n')
      line--;
    const char *start = strstr(line, "|start=");
    assert_non_null(start);
    double want = (double)chapters[i].sample * 48000 / speech_pcm->sample_rate;
    assert_true(fabs(strtod(start + 7, NULL) - want) <= 1.0);
  }
  free(out);
  /* the RIFF size still covers the whole file, and the bext chunk is still read */
  FILE *f = fopen(path, "rb");
  unsigned char head[8];
  assert_true(f && fread(head, 1, 8, f) == 8);
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fclose(f);
  uint32_t riff = head[4] | head[5] << 8 | head[6] << 16 | (uint32_t)head[7] << 24;
  assert_int_equal((long)riff + 8, size);
  SF_INFO info = {0};
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  assert_non_null(sf);
  SF_BROADCAST_INFO bext;
  assert_int_equal(sf_command(sf, SFC_GET_BROADCAST_INFO, &bext, sizeof bext), SF_TRUE);
  assert_int_equal(info.frames, (sf_count_t)(tb_pcm_seconds(speech_pcm) * 48000 + 0.5));
  sf_close(sf);
  double lufs, tp;
  ffmpeg_loudness(path, &lufs, &tp);
  assert_true(fabs(lufs + 23) <= 0.5);
  assert_true(tp <= -1.0);
  tb_strlist_free(&written);
  free(path);
}

/* The whole issue's broadcast WAV copies its articles' processed files: each article's samples
 * unchanged at its start, silence between, cue points there, and a bext chunk whose loudness a
 * libebur128 measurement of the joined file confirms. Articles at different levels make the
 * per-article normalization show. */
static void issue_wav_joins_article_files(void **state) {
  (void)state;
  static const float levels[] = {0.2f, 1.0f, 0.5f};
  enum { PARTS = 3 };
  const tb_audio_profile *radio = tb_export_audio_profile("radio");
  tb_audio_queue *q = tb_export_queue_new();
  tb_pcm *whole = tb_pcm_new(speech_pcm->sample_rate);
  tb_audio_chapter chapters[PARTS];
  static const char *const titles[PARTS] = {"第一篇", "第二篇", "第三篇"};
  tb_error err;
  for (size_t i = 0; i < PARTS; i++) {
    tb_pcm *part = tb_pcm_new(speech_pcm->sample_rate);
    tb_pcm_append(part, speech_pcm, 0);
    for (size_t k = 0; k < part->sample_count; k++)
      part->samples[k] = (int16_t)(part->samples[k] * levels[i]);
    if (whole->sample_count) tb_pcm_append_silence(whole, TB_SPEECH_ARTICLE_PAUSE_MS);
    chapters[i] = (tb_audio_chapter){titles[i], whole->sample_count};
    tb_pcm_append(whole, part, 0);
    char stem[16];
    snprintf(stem, sizeof stem, "part%zu", i);
    assert_int_equal(tb_export_queue_push(q, dir, stem, part, NULL, NULL, 0, &radio, 1, &err),
                     TB_OK);
  }
  assert_int_equal(
      tb_export_queue_push_joined(q, dir, "joined", whole, &TAGS, chapters, PARTS, &radio, 1, &err),
      TB_OK);
  tb_strlist written = {0};
  assert_int_equal(tb_export_queue_finish(q, &written, &err), TB_OK);
  assert_int_equal(written.count, PARTS + 1);
  assert_string_equal(written.items[PARTS], "joined.wav");
  tb_strlist_free(&written);

  char *path = path_in_dir("joined.wav");
  SF_INFO info = {0};
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  assert_non_null(sf);
  assert_int_equal(info.samplerate, 48000);
  assert_int_equal(info.format, SF_FORMAT_WAV | SF_FORMAT_PCM_24);
  int *joined = malloc((size_t)info.frames * sizeof *joined);
  assert_int_equal(sf_readf_int(sf, joined, info.frames), info.frames);
  SF_BROADCAST_INFO bext;
  assert_int_equal(sf_command(sf, SFC_GET_BROADCAST_INFO, &bext, sizeof bext), SF_TRUE);
  sf_close(sf);
  size_t end = 0;
  for (size_t i = 0; i < PARTS; i++) {
    char name[16];
    snprintf(name, sizeof name, "part%zu.wav", i);
    char *part_path = path_in_dir(name);
    SF_INFO part_info = {0};
    SNDFILE *p = sf_open(part_path, SFM_READ, &part_info);
    assert_non_null(p);
    int *samples = malloc((size_t)part_info.frames * sizeof *samples);
    assert_int_equal(sf_readf_int(p, samples, part_info.frames), part_info.frames);
    sf_close(p);
    size_t start = (size_t)llround((double)chapters[i].sample * 48000 / speech_pcm->sample_rate);
    for (size_t k = end; k < start; k++)
      assert_int_equal(joined[k], 0);
    assert_true(start + (size_t)part_info.frames <= (size_t)info.frames);
    assert_memory_equal(joined + start, samples, (size_t)part_info.frames * sizeof *samples);
    end = start + (size_t)part_info.frames;
    free(samples);
    free(part_path);
  }
  assert_int_equal(end, (size_t)info.frames);
  float *as_float = malloc((size_t)info.frames * sizeof *as_float);
  for (size_t k = 0; k < (size_t)info.frames; k++)
    as_float[k] = (float)joined[k] / 2147483648.0f;
  tb_loudness measured;
  assert_int_equal(tb_export_measure(as_float, (size_t)info.frames, 48000, &measured, &err), TB_OK);
  assert_true(fabs(measured.integrated_lufs + 23.0) <= 0.2);
  assert_true(fabs(bext.loudness_value / 100.0 - measured.integrated_lufs) <= 0.1);
  assert_true(fabs(bext.max_true_peak_level / 100.0 - measured.true_peak_dbtp) <= 0.3);
  assert_true(fabs(bext.loudness_range / 100.0 - measured.loudness_range_lu) <= 1.0);
  assert_true(fabs(bext.max_momentary_loudness / 100.0 - measured.max_momentary_lufs) <= 0.3);
  assert_true(measured.true_peak_dbtp <= -1.0);
  if (have("ffprobe")) {
    char *out = ffprobe("-show_chapters -of compact=p=0:nk=0", path);
    assert_non_null(out);
    for (size_t i = 0; i < PARTS; i++) {
      const char *line = strstr(out, titles[i]);
      assert_non_null(line);
      while (line > out && line[-1] != '\n')
        line--;
      const char *start = strstr(line, "|start=");
      assert_non_null(start);
      double want = (double)chapters[i].sample * 48000 / speech_pcm->sample_rate;
      assert_true(fabs(strtod(start + 7, NULL) - want) <= 1.0);
    }
    free(out);
  }
  assert_false(temp_files_left());
  free(as_float);
  free(joined);
  free(path);
}

static unsigned char *file_bytes(const char *name, size_t *len) {
  char *path = path_in_dir(name);
  unsigned char *data = NULL;
  tb_error err;
  assert_int_equal(tb_file_read_all(path, &data, len, &err), TB_OK);
  free(path);
  return data;
}

/* Queues articles at different levels and their joined recording named stem; with expect, the
 * joined file is announced first (grown as the articles are written) under expected_stem. */
static void queue_issue(const char *prefix, const char *stem, bool expect,
                        const char *expected_stem) {
  static const float levels[] = {0.3f, 1.0f};
  enum { PARTS = 2 };
  static const char *const titles[PARTS] = {"第一篇", "第二篇"};
  const tb_audio_profile *radio = tb_export_audio_profile("radio");
  tb_audio_queue *q = tb_export_queue_new();
  if (expect)
    tb_export_queue_expect_joined(q, dir, expected_stem, &TAGS, TB_SPEECH_ARTICLE_PAUSE_MS);
  tb_pcm *whole = tb_pcm_new(speech_pcm->sample_rate);
  tb_audio_chapter chapters[PARTS];
  tb_error err;
  for (size_t i = 0; i < PARTS; i++) {
    tb_pcm *part = tb_pcm_new(speech_pcm->sample_rate);
    tb_pcm_append(part, speech_pcm, 0);
    for (size_t k = 0; k < part->sample_count; k++)
      part->samples[k] = (int16_t)(part->samples[k] * levels[i]);
    if (whole->sample_count) tb_pcm_append_silence(whole, TB_SPEECH_ARTICLE_PAUSE_MS);
    chapters[i] = (tb_audio_chapter){titles[i], whole->sample_count};
    tb_pcm_append(whole, part, 0);
    char part_stem[32];
    snprintf(part_stem, sizeof part_stem, "%s%zu", prefix, i);
    assert_int_equal(tb_export_queue_push(q, dir, part_stem, part, NULL, NULL, 0, &radio, 1, &err),
                     TB_OK);
  }
  assert_int_equal(
      tb_export_queue_push_joined(q, dir, stem, whole, &TAGS, chapters, PARTS, &radio, 1, &err),
      TB_OK);
  assert_int_equal(tb_export_queue_finish(q, NULL, &err), TB_OK);
}

/* The issue WAV grown while its articles are written is, byte for byte, the one joined from their
 * files at the end; and a joined recording other than the one announced is still joined right. */
static void live_issue_wav_matches_joined_files(void **state) {
  (void)state;
  queue_issue("late", "late-joined", false, NULL);
  queue_issue("live", "live-joined", true, "live-joined");
  queue_issue("other", "other-joined", true, "not-this-one");
  size_t late_len, live_len, other_len;
  unsigned char *late = file_bytes("late-joined.wav", &late_len);
  unsigned char *live = file_bytes("live-joined.wav", &live_len);
  unsigned char *other = file_bytes("other-joined.wav", &other_len);
  assert_true(late_len > 1000);
  assert_int_equal(live_len, late_len);
  assert_memory_equal(live, late, late_len);
  assert_int_equal(other_len, late_len);
  assert_memory_equal(other, late, late_len);
  char *never = path_in_dir("not-this-one.wav");
  assert_int_equal(access(never, F_OK), -1);
  free(never);
  assert_false(temp_files_left());
  free(late);
  free(live);
  free(other);
}

/* Every file of a render, byte for byte, at the given number of speech workers: the folder's
 * issue.json lists a SHA-256 of every file it wrote. Caller frees. */
static char *render_listing(tb_render_context *ctx, const tb_issue *issue, const char *name,
                            int jobs) {
  char *library = path_in_dir(name);
  char *out_dir = NULL;
  tb_error err;
  ctx->speech_jobs = jobs;
  tb_status st = tb_export_render(ctx, issue, library, &out_dir, &err);
  if (st != TB_OK) fprintf(stderr, "%s\n", err.message);
  assert_int_equal(st, TB_OK);
  char *manifest = tb_path_join(out_dir, "issue.json");
  unsigned char *text;
  size_t len;
  assert_int_equal(tb_file_read_all(manifest, &text, &len, &err), TB_OK);
  json_t *root = json_loadb((const char *)text, len, 0, NULL);
  assert_non_null(root);
  char *listing = json_dumps(json_object_get(root, "files"), JSON_SORT_KEYS);
  size_t audio_files = 0;
  json_t *file;
  size_t i;
  json_array_foreach(json_object_get(root, "files"), i, file) audio_files +=
      strncmp(json_string_value(json_object_get(file, "path")), "audio/", 6) == 0;
  assert_true(audio_files >= 2 * issue->article_count + 2);
  json_decref(root);
  free(text);
  free(manifest);
  char *rm = tb_xasprintf("rm -rf '%s'", library);
  assert_int_equal(system(rm), 0);
  free(rm);
  free(out_dir);
  free(library);
  return listing;
}

/* Articles synthesized in worker processes give the very files of the sequential path. */
static void render_in_workers_matches_sequential(void **state) {
  (void)state;
  static const char *const texts[][2] = {
      {"区政府召开工作会议", "本报讯　今天上午，区政府召开全区工作会议，部署今年的重点任务。"},
      {"社区开展垃圾分类宣传", "居民们在志愿者的带领下学习垃圾分类知识。活动持续两个小时。"},
      {"图书馆延长开放时间", "从下周一起，区图书馆每天开放到晚上九点。"},
  };
  tb_error err;
  tb_config cfg;
  tb_config_defaults(&cfg);
  tb_set_string(&cfg.profiles, "radio,archive");
  tb_mandarin *mandarin;
  assert_int_equal(tb_mandarin_new(TB_TEST_LEXICON, &mandarin, &err), TB_OK);
  tb_speech *speech;
  assert_int_equal(tb_speech_new(VOICES, "tingbao-female", 0, 0, &speech, &err), TB_OK);
  tb_issue *issue = tb_issue_new();
  tb_set_string(&issue->publication, "新东城报");
  tb_set_string(&issue->date, "2026-03-10");
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    tb_article *a = tb_issue_add_article(issue);
    tb_set_string(&a->headline, texts[i][0]);
    tb_strlist_push(&a->paragraphs, texts[i][1]);
  }
  tb_issue_assign_ids(issue);
  tb_render_context ctx = {.config = &cfg, .mandarin = mandarin, .speech = speech};
  char *sequential = render_listing(&ctx, issue, "sequential", 1);
  char *parallel = render_listing(&ctx, issue, "parallel", 3);
  assert_string_equal(parallel, sequential);
  /* and again in the same process: nothing of one synthesis leaks into the next */
  char *again = render_listing(&ctx, issue, "again", 2);
  assert_string_equal(again, sequential);
  free(again);
  free(parallel);
  free(sequential);
  tb_issue_free(issue);
  tb_speech_free(speech);
  tb_mandarin_free(mandarin);
  tb_config_free(&cfg);
}

/* Where a chapter points in an MP3 is where its sound starts as ffmpeg decodes it (LAME delays
 * the audio by 1,105 samples; the Info frame libsndfile writes in CBR lets decoders trim it). */
static void mp3_chapters_follow_audio(void **state) {
  (void)state;
  if (!have("ffprobe") || !have("ffmpeg")) skip();
  tb_pcm *pcm = tb_pcm_new(22050);
  tb_pcm_append_silence(pcm, 1000);
  int16_t tone[4410];
  for (size_t i = 0; i < 4410; i++)
    tone[i] = (int16_t)(12000 * sin(2 * M_PI * 440.0 * (double)(i + 1) / 22050));
  tb_pcm_append_samples(pcm, tone, 4410);
  tb_pcm_append_silence(pcm, 500);
  tb_audio_chapter chapters[] = {{"开头", 0}, {"音", 22050}};
  static const int rates[] = {22050, 48000};
  for (size_t r = 0; r < 2; r++) {
    char *path = path_in_dir(r ? "delay48.mp3" : "delay22.mp3");
    tb_audio_options opt = {.sample_rate = rates[r], .chapters = chapters, .chapter_count = 2};
    tb_error err;
    assert_int_equal(tb_export_audio_with(path, pcm, NULL, &opt, &err), TB_OK);
    char *out = ffprobe("-show_chapters -of default=nw=1", path);
    const char *line = strstr(out, "start_time=");
    assert_non_null(line);
    line = strstr(line + 1, "start_time="); /* the second chapter's */
    assert_non_null(line);
    double chapter = strtod(line + 11, NULL);
    free(out);
    char *cmd = tb_xasprintf("ffmpeg -v error -i '%s' -f s16le -ac 1 -", path);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    int16_t s[1024];
    size_t n, at = 0, onset = SIZE_MAX;
    while ((n = fread(s, sizeof *s, 1024, p)) > 0) {
      for (size_t i = 0; i < n && onset == SIZE_MAX; i++)
        if (abs(s[i]) > 1000) onset = at + i;
      at += n;
    }
    assert_int_equal(pclose(p), 0);
    free(cmd);
    assert_true(onset != SIZE_MAX);
    double heard = (double)onset / rates[r];
    assert_true(fabs(chapter - heard) < 0.004);
    free(path);
  }
  tb_pcm_free(pcm);
}

/* 24-bit samples converted by tingbao are the bytes libsndfile writes for the same floats:
 * rounding ties, values too small for 24 bits, clipping at and beyond full scale. */
static void packed_24_bit_matches_libsndfile(void **state) {
  (void)state;
  enum { N = 4099 }; /* not a multiple of 4: the last samples take the scalar path */
  float *s = malloc(N * sizeof *s);
  for (size_t i = 0; i < N; i++)
    s[i] = (float)sin((double)i * 0.37) * (float)(i % 7 == 0 ? 1.3 : i % 5 == 0 ? 1e-6 : 0.9);
  static const float edges[] = {1.0f,
                                -1.0f,
                                1.0000001f,
                                -1.0000001f,
                                0.99999994f,
                                -0.99999994f,
                                40.0f,
                                -40.0f,
                                0.0f,
                                -0.0f,
                                1.5f / 8388608.0f,
                                2.5f / 8388608.0f,
                                -1.5f / 8388608.0f,
                                0.5f / 2147483648.0f,
                                1.5f / 2147483648.0f,
                                3.0f / 4294967296.0f};
  memcpy(s, edges, sizeof edges);
  unsigned char *ours = malloc(3 * N), *theirs = malloc(3 * N);
  tb_export_pack_s24le(s, N, ours);
  char path[] = "/tmp/tb-test-s24-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  SF_INFO info = {.samplerate = 48000, .channels = 1, .format = SF_FORMAT_RAW | SF_FORMAT_PCM_24};
  SNDFILE *sf = sf_open(path, SFM_WRITE, &info);
  assert_non_null(sf);
  sf_command(sf, SFC_SET_CLIPPING, NULL, SF_TRUE);
  assert_int_equal(sf_write_float(sf, s, N), N);
  sf_close(sf);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  assert_int_equal(fread(theirs, 1, 3 * N, f), 3 * N);
  fclose(f);
  unlink(path);
  assert_memory_equal(ours, theirs, 3 * N);
  assert_int_equal(ours[2], 0x7f); /* full scale clips to the largest value */
  assert_int_equal(ours[5], 0x80);
  free(s);
  free(ours);
  free(theirs);
}

/* ---- loudness ----------------------------------------------------------------------------- */

/* The maxima tb_export_measure takes from 100 ms block energies are the readings libebur128
 * itself gives at every 100 ms step. */
static void maxima_match_libebur128(void **state) {
  (void)state;
  float *s;
  size_t n;
  tb_error err;
  assert_int_equal(tb_export_resample(speech_pcm, speech_pcm->sample_rate, &s, &n, &err), TB_OK);
  tb_loudness l;
  assert_int_equal(tb_export_measure(s, n, speech_pcm->sample_rate, &l, &err), TB_OK);
  size_t rate = (size_t)speech_pcm->sample_rate, step = rate / 10;
  ebur128_state *st = ebur128_init(1, rate, EBUR128_MODE_M | EBUR128_MODE_S);
  ebur128_set_channel(st, 0, EBUR128_DUAL_MONO);
  double mm = -HUGE_VAL, ms = -HUGE_VAL;
  for (size_t fed = 0, tick = 0; fed + step <= n; fed += step, tick++) {
    ebur128_add_frames_float(st, s + fed, step);
    double m, q;
    if (tick >= 3 && ebur128_loudness_momentary(st, &m) == EBUR128_SUCCESS && m > mm) mm = m;
    if (tick >= 29 && ebur128_loudness_shortterm(st, &q) == EBUR128_SUCCESS && q > ms) ms = q;
  }
  ebur128_destroy(&st);
  assert_true(fabs(l.max_momentary_lufs - mm) < 0.01);
  assert_true(fabs(l.max_short_term_lufs - ms) < 0.01);
  free(s);
}

static void normalize_reaches_target_under_ceiling(void **state) {
  (void)state;
  float *s;
  size_t n;
  tb_error err;
  assert_int_equal(tb_export_resample(speech_pcm, 48000, &s, &n, &err), TB_OK);
  assert_true(fabs((double)n / 48000 - tb_pcm_seconds(speech_pcm)) < 0.001);
  const double targets[][2] = {{-23, -1}, {-16, -1}, {-14, -2}};
  float *work = malloc(n * sizeof *work);
  for (size_t t = 0; t < 3; t++) {
    memcpy(work, s, n * sizeof *s);
    tb_loudness estimate, l;
    assert_int_equal(
        tb_export_normalize(work, n, 48000, targets[t][0], targets[t][1], &estimate, &err), TB_OK);
    /* libebur128's own meter, true peak included, agrees with the target and the estimate */
    assert_int_equal(tb_export_measure(work, n, 48000, &l, &err), TB_OK);
    assert_true(fabs(l.integrated_lufs - targets[t][0]) <= 0.2);
    assert_true(fabs(l.integrated_lufs - estimate.integrated_lufs) <= 0.2);
    assert_true(l.true_peak_dbtp <= targets[t][1]);
    assert_true(fabs(l.true_peak_dbtp - estimate.true_peak_dbtp) <= 0.3);
    assert_true(l.max_momentary_lufs > l.integrated_lufs);
    assert_true(estimate.max_momentary_lufs >= l.max_momentary_lufs - 0.1);
  }
  /* silence stays silence */
  memset(work, 0, n * sizeof *work);
  assert_int_equal(tb_export_normalize(work, n, 48000, -23, -1, NULL, &err), TB_OK);
  for (size_t i = 0; i < n; i++)
    assert_true(work[i] == 0.0f);
  free(work);
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_format_decodes_with_its_length),
      cmocka_unit_test(wav_is_bit_exact),
      cmocka_unit_test(unknown_format_is_refused),
      cmocka_unit_test(tags_read_back_as_chinese),
      cmocka_unit_test(web_profile_mp3_is_cbr_at_loudness),
      cmocka_unit_test(radio_profile_is_r128_bwf),
      cmocka_unit_test(archive_profile_is_untouched_flac),
      cmocka_unit_test(chapters_round_trip),
      cmocka_unit_test(mp3_chapters_follow_audio),
      cmocka_unit_test(radio_cues_at_article_starts),
      cmocka_unit_test(issue_wav_joins_article_files),
      cmocka_unit_test(live_issue_wav_matches_joined_files),
      cmocka_unit_test(render_in_workers_matches_sequential),
      cmocka_unit_test(maxima_match_libebur128),
      cmocka_unit_test(packed_24_bit_matches_libsndfile),
      cmocka_unit_test(normalize_reaches_target_under_ceiling),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
