/* Private to the export stage: the pieces of one render. */
#ifndef TB_EXPORT_RENDER_PRIVATE_H
#define TB_EXPORT_RENDER_PRIVATE_H

#include "export.h"

#include <jansson.h>

/* A name safe as one path component: no '/', no leading '.', no control characters, at most
 * max_bytes (cut at a character boundary); fallback when nothing is left. Caller frees. */
char *tb_export_safe_component(const char *name, size_t max_bytes, const char *fallback);
/* An ASCII file-name slug from word pinyin ("lian4-jiu4 gan4" → "lianjiu-gan"). Caller frees. */
char *tb_export_slug(tb_mandarin *mandarin, const char *headline);

/* What one article became, for the manifest and the playlist. */
typedef struct {
  tb_strlist audio_files; /* relative to the issue folder, one per profile format */
  double seconds;
  size_t sample_rate;
  json_t *marks;       /* array of {sample, sentence, paragraph}; owned */
  size_t braille_page; /* page of the issue's braille it starts on (1-based), 0 without */
  char *braille_file;  /* its own BRF, relative to the issue folder; NULL without braille */
} tb_rendered_article;

/* Writes audio/issue.m3u8. */
tb_status tb_export_playlist(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, tb_error *err);
/* Writes issue.json: the issue model plus what was rendered and a SHA-256 of every file. */
tb_status tb_export_manifest(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, const tb_strlist *files,
                             tb_error *err);

#endif
