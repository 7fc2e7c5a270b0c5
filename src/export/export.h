/* export: everything → files of the library (layout in DESIGN.md). Every file is written under a
 * temporary name and renamed into place; issue.json is written last. */
#ifndef TB_EXPORT_H
#define TB_EXPORT_H

#include "braille/braille.h"
#include "core/core.h"
#include "issue/issue.h"
#include "mandarin/mandarin.h"
#include "speech/speech.h"

typedef struct {
  const char *title;       /* article headline */
  const char *album;       /* publication and date */
  const char *artist;      /* publication */
  const char *date;        /* YYYY-MM-DD */
  int track, track_total;  /* article number, 0 when not one */
} tb_audio_tags;

/* Writes pcm to path in the format its extension names (.wav, .flac, .ogg, .opus, .mp3). */
tb_status tb_export_audio(const char *path, const tb_pcm *pcm, const tb_audio_tags *tags,
                          tb_error *err);

/* Writes <dir>/<stem>.txt (Unicode braille, form feed between pages) and <dir>/<stem>.brf
 * (North American braille ASCII, CRLF lines, form feed between pages). */
tb_status tb_export_braille(const char *dir, const char *stem, const tb_braille_pages *pages,
                            tb_error *err);
/* One line of Unicode braille as BRF ASCII; caller frees. */
char *tb_export_brf_line(const char *cells);

typedef struct {
  const tb_config *config;
  tb_mandarin *mandarin;
  tb_speech *speech;   /* NULL: no audio */
  tb_braille *braille; /* NULL: no braille */
} tb_render_context;

/* Renders one issue into <library>/<publication>/<date>/. *out_dir (may be NULL) receives that
 * folder, which the caller frees. */
tb_status tb_export_render(const tb_render_context *ctx, const tb_issue *issue,
                           const char *library, char **out_dir, tb_error *err);

#endif
