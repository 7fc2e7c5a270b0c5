/* Delivery profiles: what a radio station, a web page and an archive each get. */
#include "render_private.h"

#include <stdlib.h>
#include <string.h>

static const tb_audio_profile profiles[] = {
    /* EBU R 128 for air: −23 LUFS, −1 dBTP, 48 kHz 24-bit broadcast WAV with a bext chunk. */
    {"radio",
     "wav",
     {.sample_rate = 48000,
      .target_lufs = -23.0,
      .ceiling_dbtp = -1.0,
      .bits = 24,
      .broadcast_wav = true}},
    /* Podcast level (AES TD1004 −16 LUFS), constant-bitrate MP3 for DAISY players and radio
     * automation, Opus at the 48 kHz it needs. */
    {"web",
     "mp3 opus",
     {.sample_rate = 48000, .target_lufs = -16.0, .ceiling_dbtp = -1.0, .mp3_kbps = 64}},
    /* The synthesizer's own samples, lossless and untouched. */
    {"archive", "flac", {0}},
};

const tb_audio_profile *tb_export_audio_profile(const char *name) {
  for (size_t i = 0; name && i < sizeof profiles / sizeof *profiles; i++)
    if (strcmp(profiles[i].name, name) == 0) return &profiles[i];
  return NULL;
}

tb_status tb_export_audio_profiled(const char *dir, const char *stem, const tb_pcm *pcm,
                                   const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                                   size_t chapter_count, const tb_audio_profile *profile,
                                   tb_strlist *written, tb_error *err) {
  return tb_export_audio_profiled_memo(dir, stem, pcm, tags, chapters, chapter_count, profile, NULL,
                                       false, written, err);
}

tb_status tb_export_audio_profiled_memo(const char *dir, const char *stem, const tb_pcm *pcm,
                                        const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                                        size_t chapter_count, const tb_audio_profile *profile,
                                        tb_loudness_memo *memo, bool joined, tb_strlist *written,
                                        tb_error *err) {
  tb_strlist names = {0}, paths = {0};
  const char *ext = profile->extensions;
  while (*ext) {
    size_t n = strcspn(ext, " ");
    if (n > 0) {
      char *name = tb_xasprintf("%s.%.*s", stem, (int)n, ext);
      tb_strlist_push_owned(&paths, tb_path_join(dir, name));
      tb_strlist_push_owned(&names, name);
    }
    ext += n;
    while (*ext == ' ')
      ext++;
  }
  tb_audio_options opt = profile->options;
  opt.chapters = chapters;
  opt.chapter_count = chapters ? chapter_count : 0;
  tb_status st = tb_export_audio_files_memo((const char *const *)paths.items, paths.count, pcm,
                                            tags, &opt, memo, joined, err);
  if (st == TB_OK && written)
    for (size_t i = 0; i < names.count; i++)
      tb_strlist_push(written, names.items[i]);
  tb_strlist_free(&names);
  tb_strlist_free(&paths);
  return st;
}
