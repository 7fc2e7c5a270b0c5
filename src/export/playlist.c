#include "render_private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

tb_status tb_export_playlist(const char *issue_dir, const tb_issue *issue,
                             const tb_rendered_article *rendered, tb_error *err) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "#EXTM3U\n");
  if (issue->publication)
    tb_strbuf_printf(&sb, "#PLAYLIST:%s %s\n", issue->publication, issue->date ? issue->date : "");
  for (size_t i = 0; i < issue->article_count; i++) {
    if (rendered[i].audio_files.count == 0) continue;
    const char *title = issue->articles[i].headline ? issue->articles[i].headline : "";
    /* Paths are relative to the playlist, which lives in audio/ beside the files. */
    const char *file = rendered[i].audio_files.items[0];
    const char *slash = strrchr(file, '/');
    tb_strbuf_printf(&sb, "#EXTINF:%ld,%s\n%s\n", lround(rendered[i].seconds), title,
                     slash ? slash + 1 : file);
  }
  char *path = tb_path_join(issue_dir, "audio/issue.m3u8");
  tb_status s = tb_file_write_atomic(path, sb.data, sb.len, err);
  free(path);
  tb_strbuf_free(&sb);
  return s;
}
