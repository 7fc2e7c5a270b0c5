/* The production renderer: the whole pipeline in the worker process. The synthesizer and the
 * braille tables are opened once per worker and kept for every job it renders. */
#include "service.h"

#include "export/export.h"
#include "layout/layout.h"
#include "source/source.h"

#include <stdlib.h>
#include <unistd.h>

typedef struct {
  tb_mandarin *mandarin;
  tb_speech *speech;
  tb_braille *braille;
} pipeline;

static void pipeline_close(void *state) {
  pipeline *p = state;
  if (!p) return;
  tb_braille_free(p->braille);
  tb_speech_free(p->speech);
  tb_mandarin_free(p->mandarin);
  free(p);
}

static tb_status pipeline_open(const tb_config *cfg, void **state, tb_error *err) {
  pipeline *p = tb_xcalloc(1, sizeof *p);
  char *voices = tb_path_join(cfg->data_dir, "voices/espeak");
  char *tables = tb_path_join(cfg->data_dir, "tables");
  tb_status s = tb_mandarin_new(cfg->lexicon, &p->mandarin, err);
  if (s == TB_OK)
    s = tb_speech_new(voices, cfg->voice, cfg->speech_rate, cfg->speech_pitch, &p->speech, err);
  if (s == TB_OK) s = tb_braille_new(tables, cfg->braille_table, &p->braille, err);
  free(voices);
  free(tables);
  if (s != TB_OK) {
    pipeline_close(p);
    return s;
  }
  *state = p;
  return TB_OK;
}

/* Render workers run side by side: each synthesizes with its share of the cores, unless the
 * configuration says how many. */
static int speech_jobs_per_worker(const tb_config *cfg) {
  if (cfg->speech_jobs > 0) return cfg->speech_jobs;
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  int share = cores > 0 && cfg->workers > 0 ? (int)(cores / cfg->workers) : 1;
  return share > 0 ? share : 1;
}

static tb_status pipeline_render(void *state, const tb_config *cfg, const char *input,
                                 const char *library, char **out_dir, tb_error *err) {
  pipeline *p = state;
  tb_source_doc *doc = NULL;
  tb_issue *issue = NULL;
  tb_status s = tb_source_load_file(input, &doc, err);
  if (s == TB_OK) s = tb_layout_parse(doc, &issue, err);
  if (s == TB_OK) {
    tb_render_context ctx = {.config = cfg,
                             .mandarin = p->mandarin,
                             .speech = p->speech,
                             .braille = p->braille,
                             .speech_jobs = speech_jobs_per_worker(cfg)};
    s = tb_export_render(&ctx, issue, library, out_dir, err);
  }
  tb_issue_free(issue);
  tb_source_doc_free(doc);
  return s;
}

const tb_service_renderer tb_service_pipeline_renderer = {
    .open = pipeline_open, .render = pipeline_render, .close = pipeline_close};
