/* One issue → its folder in the library: per-article audio, the whole issue as one file, a
 * playlist, braille pages, and issue.json last (its presence means the issue is complete). */
#include "render_private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { TB_MAX_PROFILES = 3 };

/* The texts of an article in reading order; the first *heading_count are headings. Borrowed. */
static void article_texts(const tb_article *a, const char **texts, size_t *count,
                          size_t *heading_count) {
  size_t n = 0;
  if (a->headline && *a->headline) texts[n++] = a->headline;
  for (size_t i = 0; i < a->subheadlines.count; i++)
    if (*a->subheadlines.items[i]) texts[n++] = a->subheadlines.items[i];
  *heading_count = n;
  if (a->byline && *a->byline) texts[n++] = a->byline;
  for (size_t i = 0; i < a->paragraphs.count; i++)
    if (*a->paragraphs.items[i]) texts[n++] = a->paragraphs.items[i];
  *count = n;
}

static size_t article_text_slots(const tb_article *a) {
  return 2 + a->subheadlines.count + a->paragraphs.count;
}

static char *issue_folder(const char *library, const tb_issue *issue) {
  char *publication = tb_export_safe_component(issue->publication, 120, "unknown-publication");
  char *date = NULL;
  if (issue->date) {
    date = tb_export_safe_component(issue->date, 120, "undated");
  } else {
    /* No printed date: the source's file name without its extension keeps issues apart. */
    const char *slash = issue->source ? strrchr(issue->source, '/') : NULL;
    char *stem = tb_xstrdup(slash ? slash + 1 : issue->source ? issue->source : "");
    char *dot = strrchr(stem, '.');
    if (dot && dot != stem) *dot = '\0';
    date = tb_export_safe_component(stem, 120, "undated");
    free(stem);
  }
  char *pub_dir = tb_path_join(library, publication);
  char *dir = tb_path_join(pub_dir, date);
  free(pub_dir);
  free(publication);
  free(date);
  return dir;
}

/* Brailles an article once and lays it out twice: into the whole issue and into pages of its
 * own. */
static tb_status braille_article(const tb_render_context *ctx, const tb_reading *reading,
                                 size_t heading_count, tb_braille_pages *issue_pages,
                                 tb_braille_pages *article_pages, tb_error *err) {
  for (size_t p = 0; p < reading->paragraph_count; p++) {
    char *cells;
    tb_status s = tb_braille_paragraph(ctx->braille, reading, p, &cells, err);
    if (s != TB_OK) return s;
    tb_braille_pages *targets[] = {issue_pages, article_pages};
    for (size_t t = 0; t < 2; t++) {
      if (p < heading_count)
        tb_braille_pages_heading(targets[t], cells);
      else
        tb_braille_pages_paragraph(targets[t], cells);
    }
    free(cells);
  }
  tb_braille_pages_end_article(issue_pages);
  tb_braille_pages_end_article(article_pages);
  return TB_OK;
}

static json_t *marks_json(const tb_pcm *pcm) {
  json_t *marks = json_array();
  for (size_t i = 0; i < pcm->mark_count; i++)
    json_array_append_new(marks,
                          json_pack("{s:I,s:I,s:I,s:b}", "sample", (json_int_t)pcm->marks[i].sample,
                                    "sentence", (json_int_t)pcm->marks[i].sentence, "paragraph",
                                    (json_int_t)pcm->marks[i].paragraph, "paragraph_start",
                                    pcm->marks[i].paragraph_start));
  return marks;
}

static tb_audio_tags article_tags(const tb_issue *issue, const tb_article *a, const char *album,
                                  int track) {
  tb_audio_tags tags = {.title = a->headline ? a->headline : a->id,
                        .album = album,
                        .artist = issue->publication,
                        .date = issue->date,
                        .track = track,
                        .track_total = (int)issue->article_count};
  return tags;
}

typedef struct {
  const tb_render_context *ctx;
  const tb_issue *issue;
  char *dir;
  char *album;
  tb_rendered_article *rendered;
  tb_strlist files;       /* written so far, relative to dir */
  tb_pcm *whole;          /* the issue as one recording */
  bool whole_length_only; /* every profile joins the articles' files: whole keeps no samples */
  tb_braille_pages *pages;
  char *title_cells; /* the running title of every braille page */
  const tb_audio_profile *profiles[TB_MAX_PROFILES];
  size_t profile_count;
  tb_audio_chapter *chapters; /* one per article, into whole */
  tb_audio_queue *queue;      /* writes audio files while the next article is synthesized */
  tb_file_hashes *hashes;     /* of the audio files, taken as the queue writes them */
  tb_reading **readings;      /* one per article */
  size_t *heading_counts;     /* of each reading: its first paragraphs are headings */
} render_job;

/* Writes braille/<stem>.{txt,brf,pef} and lists them. */
static tb_status write_braille_files(render_job *job, const char *stem,
                                     const tb_braille_pages *pages, const char *title,
                                     tb_error *err) {
  char *braille_dir = tb_path_join(job->dir, "braille");
  tb_pef_meta meta = {.title = title, .date = job->issue->date};
  tb_status s = tb_export_braille(braille_dir, stem, pages, err);
  if (s == TB_OK) s = tb_export_pef(braille_dir, stem, pages, &meta, err);
  free(braille_dir);
  static const char *const extensions[] = {"txt", "brf", "pef"};
  for (size_t i = 0; s == TB_OK && i < 3; i++)
    tb_strlist_push_owned(&job->files, tb_xasprintf("braille/%s.%s", stem, extensions[i]));
  return s;
}

/* The configured profiles, by name; an unknown name is an input error. */
static tb_status resolve_profiles(const char *names, const tb_audio_profile **out, size_t *count,
                                  tb_error *err) {
  *count = 0;
  char *copy = tb_xstrdup(names ? names : "");
  char *save = NULL;
  tb_status s = TB_OK;
  for (char *name = strtok_r(copy, ", ", &save); name && s == TB_OK;
       name = strtok_r(NULL, ", ", &save)) {
    const tb_audio_profile *profile = tb_export_audio_profile(name);
    if (!profile) {
      s = tb_error_set(err, TB_ERR_INPUT, "no audio profile '%s' (radio, web, archive)", name);
    } else if (*count < TB_MAX_PROFILES) {
      bool seen = false;
      for (size_t i = 0; i < *count; i++)
        seen |= out[i] == profile;
      if (!seen) out[(*count)++] = profile;
    }
  }
  free(copy);
  if (s == TB_OK && *count == 0)
    s = tb_error_set(err, TB_ERR_INPUT, "no audio profile given (radio, web, archive)");
  return s;
}

/* The files a recording becomes, relative to the issue folder: one per extension of every
 * profile (the same names tb_export_audio_profiled writes). */
static void recording_files(const render_job *job, const char *stem, tb_strlist *out) {
  for (size_t p = 0; p < job->profile_count; p++) {
    char *extensions = tb_xstrdup(job->profiles[p]->extensions);
    char *save = NULL;
    for (char *ext = strtok_r(extensions, " ", &save); ext; ext = strtok_r(NULL, " ", &save))
      tb_strlist_push_owned(out, tb_xasprintf("audio/%s.%s", stem, ext));
    free(extensions);
  }
}

/* Hands a recording to the writer thread (which takes pcm), so that encoding one article
 * overlaps synthesizing the next; its file names go to files and to rendered (may be NULL). */
static tb_status queue_recording(render_job *job, const char *stem, tb_pcm *pcm,
                                 const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                                 size_t chapter_count, tb_strlist *rendered, tb_error *err) {
  char *audio_dir = tb_path_join(job->dir, "audio");
  /* the recording with chapters is the whole issue: its articles, queued before, joined */
  tb_status s =
      chapters ? tb_export_queue_push_joined(job->queue, audio_dir, stem, pcm, tags, chapters,
                                             chapter_count, job->profiles, job->profile_count, err)
               : tb_export_queue_push(job->queue, audio_dir, stem, pcm, tags, chapters,
                                      chapter_count, job->profiles, job->profile_count, err);
  free(audio_dir);
  if (s != TB_OK) return s;
  tb_strlist names = {0};
  recording_files(job, stem, &names);
  for (size_t i = 0; i < names.count; i++) {
    tb_strlist_push(&job->files, names.items[i]);
    if (rendered) tb_strlist_push(rendered, names.items[i]);
  }
  tb_strlist_free(&names);
  return TB_OK;
}

/* The reading of article i, made before any synthesis so that worker processes can speak the
 * articles in parallel; its headings are counted for the braille. */
static tb_status read_article(render_job *job, size_t i, tb_error *err) {
  const tb_article *a = &job->issue->articles[i];
  const char **texts = tb_xmalloc(article_text_slots(a) * sizeof *texts);
  size_t count;
  article_texts(a, texts, &count, &job->heading_counts[i]);
  tb_status s = tb_mandarin_read(job->ctx->mandarin, texts, count, &job->readings[i], err);
  free(texts);
  return s;
}

static char *article_stem(render_job *job, size_t i) {
  char *slug = tb_export_slug(job->ctx->mandarin, job->issue->articles[i].headline);
  char *stem = tb_xasprintf("%02zu-%s", i + 1, slug);
  free(slug);
  return stem;
}

/* The article's recording joins the whole issue and goes to the writer thread (which takes it). */
static tb_status take_recording(render_job *job, size_t i, const char *stem, tb_pcm *pcm,
                                tb_error *err) {
  const tb_article *a = &job->issue->articles[i];
  tb_rendered_article *r = &job->rendered[i];
  r->seconds = tb_pcm_seconds(pcm);
  r->sample_rate = (size_t)pcm->sample_rate;
  r->marks = marks_json(pcm);
  if (!job->whole) job->whole = tb_pcm_new(pcm->sample_rate);
  tb_pcm *whole = job->whole;
  size_t pause = (size_t)whole->sample_rate * TB_SPEECH_ARTICLE_PAUSE_MS / 1000;
  if (job->whole_length_only && whole->sample_count) whole->sample_count += pause;
  if (!job->whole_length_only && whole->sample_count)
    tb_pcm_append_silence(whole, TB_SPEECH_ARTICLE_PAUSE_MS);
  job->chapters[i].title = a->headline ? a->headline : a->id;
  job->chapters[i].sample = r->issue_start = whole->sample_count;
  if (job->whole_length_only)
    whole->sample_count += pcm->sample_count; /* a copy of 180 MB nobody would read */
  else
    tb_pcm_append(whole, pcm, 0);
  tb_audio_tags tags = article_tags(job->issue, a, job->album, (int)i + 1);
  return queue_recording(job, stem, pcm, &tags, NULL, 0, &r->audio_files, err);
}

/* Everything of article i once its recording (NULL without audio) is there: audio files queued,
 * braille laid out and written. Takes pcm. */
static tb_status finish_article(render_job *job, size_t i, tb_pcm *pcm, tb_error *err) {
  tb_progress("rendering article", i + 1, job->issue->article_count);
  const tb_article *a = &job->issue->articles[i];
  tb_rendered_article *r = &job->rendered[i];
  char *stem = article_stem(job, i);
  tb_status s = pcm ? take_recording(job, i, stem, pcm, err) : TB_OK;
  if (s == TB_OK && job->ctx->braille) {
    char *context = tb_xasprintf("article %zu 《%s》", i + 1, a->headline ? a->headline : "");
    tb_braille_set_context(job->ctx->braille, context);
    free(context);
    tb_page_size size = tb_braille_pages_size(job->pages);
    tb_braille_pages *own = tb_braille_pages_new(size, job->title_cells);
    s = braille_article(job->ctx, job->readings[i], job->heading_counts[i], job->pages, own, err);
    r->braille_page = tb_braille_pages_article_page(job->pages);
    tb_braille_pages_finish(own);
    if (s == TB_OK) s = write_braille_files(job, stem, own, a->headline, err);
    if (s == TB_OK) r->braille_file = tb_xasprintf("braille/%s.brf", stem);
    tb_braille_pages_free(own);
  }
  free(stem);
  return s;
}

static tb_status take_spoken_article(size_t i, tb_pcm *pcm, void *ctx, tb_error *err) {
  return finish_article(ctx, i, pcm, err);
}

static tb_status render_articles(render_job *job, tb_error *err) {
  size_t n = job->issue->article_count;
  tb_status s = TB_OK;
  for (size_t i = 0; i < n && s == TB_OK; i++)
    s = read_article(job, i, err);
  if (s != TB_OK) return s;
  if (job->ctx->speech)
    return tb_speech_speak_all(job->ctx->speech, (const tb_reading *const *)job->readings, n,
                               job->ctx->speech_jobs, take_spoken_article, job, err);
  for (size_t i = 0; i < n && s == TB_OK; i++)
    s = finish_article(job, i, NULL, err);
  return s;
}

static tb_audio_tags issue_tags(const render_job *job) {
  return (tb_audio_tags){.title = job->album,
                         .album = job->album,
                         .artist = job->issue->publication,
                         .date = job->issue->date};
}

static tb_status write_issue_files(render_job *job, tb_error *err) {
  tb_status s = TB_OK;
  if (job->whole) {
    tb_audio_tags tags = issue_tags(job);
    s = queue_recording(job, "issue", job->whole, &tags, job->chapters, job->issue->article_count,
                        NULL, err);
    job->whole = NULL; /* the queue owns it now */
    tb_status finished = tb_export_queue_finish(job->queue, NULL, s == TB_OK ? err : NULL);
    job->queue = NULL;
    if (s == TB_OK) s = finished;
    if (s == TB_OK) s = tb_export_playlist(job->dir, job->issue, job->rendered, err);
    if (s == TB_OK) tb_strlist_push(&job->files, "audio/issue.m3u8");
  }
  if (s == TB_OK && job->pages) {
    tb_braille_pages_finish(job->pages);
    s = write_braille_files(job, "issue", job->pages, job->album, err);
  }
  return s;
}

static tb_status make_folders(const char *dir, tb_error *err) {
  static const char *const subdirs[] = {"audio", "braille"};
  tb_status s = tb_mkdir_p(dir, err);
  for (size_t i = 0; s == TB_OK && i < sizeof subdirs / sizeof *subdirs; i++) {
    char *sub = tb_path_join(dir, subdirs[i]);
    s = tb_mkdir_p(sub, err);
    free(sub);
  }
  return s;
}

tb_status tb_export_render(const tb_render_context *ctx, const tb_issue *issue, const char *library,
                           char **out_dir, tb_error *err) {
  if (out_dir) *out_dir = NULL;
  if (issue->article_count == 0)
    return tb_error_set(err, TB_ERR_INPUT, "%s: no article to render",
                        issue->source ? issue->source : "issue");
  render_job job = {.ctx = ctx, .issue = issue};
  job.dir = issue_folder(library, issue);
  job.album = tb_xasprintf("%s %s", issue->publication ? issue->publication : "",
                           issue->date ? issue->date : "");
  job.rendered = tb_xcalloc(issue->article_count, sizeof *job.rendered);
  job.chapters = tb_xcalloc(issue->article_count, sizeof *job.chapters);
  tb_status s = TB_OK;
  if (ctx->speech)
    s = resolve_profiles(ctx->config->profiles, job.profiles, &job.profile_count, err);
  if (s == TB_OK) s = make_folders(job.dir, err);
  if (s == TB_OK && ctx->speech) {
    job.whole_length_only = true;
    for (size_t p = 0; p < job.profile_count; p++)
      job.whole_length_only &= tb_export_profile_joins_files(job.profiles[p]);
    job.queue = tb_export_queue_new();
    job.hashes = tb_export_hashes_new();
    tb_export_queue_hash_into(job.queue, job.hashes);
    /* the whole issue's radio file then grows while the articles are written */
    char *audio_dir = tb_path_join(job.dir, "audio");
    tb_audio_tags tags = issue_tags(&job);
    tb_export_queue_expect_joined(job.queue, audio_dir, "issue", &tags, TB_SPEECH_ARTICLE_PAUSE_MS);
    free(audio_dir);
  }
  if (s == TB_OK) {
    /* An old manifest would vouch for files this render is about to replace. */
    char *manifest = tb_path_join(job.dir, "issue.json");
    if (unlink(manifest) != 0 && errno != ENOENT)
      s = tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", manifest, strerror(errno));
    free(manifest);
  }
  if (s == TB_OK && ctx->braille) {
    tb_page_size size = {ctx->config->braille_cells, ctx->config->braille_lines};
    if (issue->publication) {
      tb_reading *title = NULL;
      const char *texts[] = {issue->publication};
      if (tb_mandarin_read(ctx->mandarin, texts, 1, &title, err) == TB_OK &&
          title->paragraph_count > 0)
        tb_braille_paragraph(ctx->braille, title, 0, &job.title_cells, err);
      tb_reading_free(title);
      tb_error_clear(err);
    }
    job.pages = tb_braille_pages_new(size, job.title_cells);
    tb_braille_pages_label_contents(job.pages, ctx->braille);
  }
  job.readings = tb_xcalloc(issue->article_count, sizeof *job.readings);
  job.heading_counts = tb_xcalloc(issue->article_count, sizeof *job.heading_counts);
  if (s == TB_OK) s = render_articles(&job, err);
  tb_progress_done();
  if (ctx->braille) tb_braille_set_context(ctx->braille, NULL);
  if (s == TB_OK) s = write_issue_files(&job, err);
  if (s == TB_OK)
    s = tb_export_daisy(ctx, job.dir, issue, job.rendered, job.profiles, job.profile_count,
                        &job.files, err);
  if (s == TB_OK) s = tb_export_manifest(job.dir, issue, job.rendered, &job.files, job.hashes, err);
  if (s == TB_OK && out_dir) {
    *out_dir = job.dir;
    job.dir = NULL;
  }
  for (size_t i = 0; i < issue->article_count; i++) {
    tb_reading_free(job.readings[i]);
    tb_strlist_free(&job.rendered[i].audio_files);
    free(job.rendered[i].braille_file);
    json_decref(job.rendered[i].marks);
  }
  free(job.rendered);
  free(job.chapters);
  free(job.readings);
  free(job.heading_counts);
  if (job.queue) tb_export_queue_finish(job.queue, NULL, NULL); /* after a failure: just wait */
  tb_export_hashes_free(job.hashes);
  tb_pcm_free(job.whole);
  tb_braille_pages_free(job.pages);
  free(job.title_cells);
  tb_strlist_free(&job.files);
  free(job.album);
  free(job.dir);
  return s;
}
