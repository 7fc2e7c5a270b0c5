/* tb_audio_queue: audio files written on a worker thread, in the order they were queued. */
#include "audio_join.h"
#include "render_private.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_WAITING = 2 };

typedef struct job {
  struct job *next;
  char *dir, *stem;
  tb_pcm *pcm;
  char *title, *album, *artist, *date;
  tb_audio_tags tags;
  bool has_tags;
  tb_audio_chapter *chapters;
  size_t chapter_count;
  const tb_audio_profile **profiles;
  size_t profile_count;
  bool joined; /* every recording queued before, joined */
} job;

struct tb_audio_queue {
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  job *head, *tail;
  size_t waiting;
  bool closing;
  bool started;           /* the worker thread is up and waiting for jobs */
  tb_loudness_memo *memo; /* used by the worker thread only */
  tb_status status;       /* first failure */
  tb_error error;
  tb_strlist written;
  tb_strlist part_dirs, part_stems; /* of the recordings written so far, not joined */
};

static void job_free(job *j) {
  free(j->dir);
  free(j->stem);
  tb_pcm_free(j->pcm);
  free(j->title);
  free(j->album);
  free(j->artist);
  free(j->date);
  for (size_t i = 0; i < j->chapter_count; i++)
    free((char *)j->chapters[i].title);
  free(j->chapters);
  free(j->profiles);
  free(j);
}

/* A joined recording to a profile whose formats all have a joiner (broadcast WAV, MP3, Opus) can
 * be the files of the recordings before it, copied: the same audio, already processed. */
static bool joins_files(const tb_audio_queue *q, const job *j, const tb_audio_profile *profile) {
  return j->joined && tb_export_join_supports(profile->extensions) &&
         profile->options.target_lufs != 0 && profile->options.sample_rate > 0 &&
         j->chapter_count > 0 && j->chapter_count == q->part_stems.count &&
         j->chapter_count == tb_export_memo_count(q->memo);
}

/* The joined files from the parts' files; *done is false when the parts' loudness is not known
 * or their files cannot be joined, and the recording is then processed as any other. */
static tb_status join_files(tb_audio_queue *q, const job *j, const tb_audio_profile *profile,
                            tb_strlist *names, bool *done, tb_error *err) {
  size_t n = j->chapter_count;
  size_t *starts = tb_xmalloc(n * sizeof *starts), *out_starts = tb_xmalloc(n * sizeof *starts);
  const char **titles = tb_xmalloc(n * sizeof *titles);
  tb_strlist parts = {0};
  int rate = profile->options.sample_rate;
  for (size_t i = 0; i < n; i++) {
    starts[i] = j->chapters[i].sample;
    out_starts[i] = (size_t)llround((double)starts[i] * rate / j->pcm->sample_rate);
    titles[i] = j->chapters[i].title;
    tb_strlist_push_owned(&parts, tb_path_join(q->part_dirs.items[i], q->part_stems.items[i]));
  }
  tb_loudness loudness;
  tb_error ignored;
  *done = tb_export_memo_joined_output(q->memo, profile->options.target_lufs, starts, &loudness,
                                       &ignored) == TB_OK;
  tb_status st = TB_OK;
  if (*done)
    st = tb_export_join_profile(j->dir, j->stem, (const char *const *)parts.items, out_starts,
                                titles, n, j->has_tags ? &j->tags : NULL, profile, &loudness, names,
                                done, err);
  tb_strlist_free(&parts);
  free(titles);
  free(out_starts);
  free(starts);
  return st;
}

/* Writes a job's files for every profile. */
static tb_status write_job(tb_audio_queue *q, const job *j, tb_strlist *names, tb_error *err) {
  tb_status st = TB_OK;
  for (size_t i = 0; i < j->profile_count && st == TB_OK; i++) {
    bool done = false;
    if (joins_files(q, j, j->profiles[i])) st = join_files(q, j, j->profiles[i], names, &done, err);
    if (st == TB_OK && !done)
      st = tb_export_audio_profiled_memo(j->dir, j->stem, j->pcm, j->has_tags ? &j->tags : NULL,
                                         j->chapters, j->chapter_count, j->profiles[i], q->memo,
                                         j->joined, names, err);
  }
  if (st == TB_OK && !j->joined) {
    tb_strlist_push(&q->part_dirs, j->dir);
    tb_strlist_push(&q->part_stems, j->stem);
  }
  return st;
}

static void *worker(void *arg) {
  tb_audio_queue *q = arg;
  pthread_mutex_lock(&q->lock);
  q->started = true;
  pthread_cond_broadcast(&q->changed);
  for (;;) {
    while (!q->head && !q->closing)
      pthread_cond_wait(&q->changed, &q->lock);
    job *j = q->head;
    if (!j) break;
    bool failed = q->status != TB_OK;
    pthread_mutex_unlock(&q->lock);
    tb_strlist names = {0};
    tb_error err;
    tb_status st = failed ? TB_OK : write_job(q, j, &names, &err);
    pthread_mutex_lock(&q->lock);
    if (st != TB_OK && q->status == TB_OK) {
      q->status = st;
      q->error = err;
    }
    for (size_t i = 0; i < names.count; i++)
      tb_strlist_push(&q->written, names.items[i]);
    tb_strlist_free(&names);
    q->head = j->next;
    if (!q->head) q->tail = NULL;
    q->waiting--;
    pthread_cond_broadcast(&q->changed);
    pthread_mutex_unlock(&q->lock);
    job_free(j);
    pthread_mutex_lock(&q->lock);
  }
  pthread_mutex_unlock(&q->lock);
  return NULL;
}

tb_audio_queue *tb_export_queue_new(void) {
  tb_audio_queue *q = tb_xcalloc(1, sizeof *q);
  q->memo = tb_export_memo_new();
  pthread_mutex_init(&q->lock, NULL);
  pthread_cond_init(&q->changed, NULL);
  if (pthread_create(&q->thread, NULL, worker, q) != 0) {
    /* no thread: run jobs in push instead (see there) */
    q->closing = true;
    return q;
  }
  /* The speech workers are forked right after this; a thread still starting up may hold an
   * allocator lock (AddressSanitizer's is not fork-safe), which a forked child would inherit
   * locked. So return only once the thread is idle. */
  pthread_mutex_lock(&q->lock);
  while (!q->started)
    pthread_cond_wait(&q->changed, &q->lock);
  pthread_mutex_unlock(&q->lock);
  return q;
}

static tb_status push(tb_audio_queue *q, const char *dir, const char *stem, tb_pcm *pcm,
                      const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                      size_t chapter_count, const tb_audio_profile *const *profiles,
                      size_t profile_count, bool joined, tb_error *err) {
  job *j = tb_xcalloc(1, sizeof *j);
  j->joined = joined;
  j->dir = tb_xstrdup(dir);
  j->stem = tb_xstrdup(stem);
  j->pcm = pcm;
  if (tags) {
    j->has_tags = true;
    j->tags = *tags;
    j->tags.title = j->title = tb_xstrdup(tags->title);
    j->tags.album = j->album = tb_xstrdup(tags->album);
    j->tags.artist = j->artist = tb_xstrdup(tags->artist);
    j->tags.date = j->date = tb_xstrdup(tags->date);
  }
  if (chapters && chapter_count) {
    j->chapters = tb_xmalloc(chapter_count * sizeof *j->chapters);
    for (size_t i = 0; i < chapter_count; i++)
      j->chapters[i] = (tb_audio_chapter){tb_xstrdup(chapters[i].title), chapters[i].sample};
    j->chapter_count = chapter_count;
  }
  j->profiles = tb_xmalloc((profile_count + 1) * sizeof *j->profiles);
  memcpy(j->profiles, profiles, profile_count * sizeof *profiles);
  j->profile_count = profile_count;
  pthread_mutex_lock(&q->lock);
  if (q->closing) { /* the thread could not start: write here */
    pthread_mutex_unlock(&q->lock);
    tb_status st = write_job(q, j, &q->written, err);
    job_free(j);
    return st;
  }
  while (q->waiting >= MAX_WAITING && q->status == TB_OK)
    pthread_cond_wait(&q->changed, &q->lock);
  if (q->status != TB_OK) {
    tb_status st = q->status;
    if (err) *err = q->error;
    pthread_mutex_unlock(&q->lock);
    job_free(j);
    return st;
  }
  if (q->tail)
    q->tail->next = j;
  else
    q->head = j;
  q->tail = j;
  q->waiting++;
  pthread_cond_broadcast(&q->changed);
  pthread_mutex_unlock(&q->lock);
  return TB_OK;
}

tb_status tb_export_queue_push(tb_audio_queue *q, const char *dir, const char *stem, tb_pcm *pcm,
                               const tb_audio_tags *tags, const tb_audio_chapter *chapters,
                               size_t chapter_count, const tb_audio_profile *const *profiles,
                               size_t profile_count, tb_error *err) {
  return push(q, dir, stem, pcm, tags, chapters, chapter_count, profiles, profile_count, false,
              err);
}

tb_status tb_export_queue_push_joined(tb_audio_queue *q, const char *dir, const char *stem,
                                      tb_pcm *pcm, const tb_audio_tags *tags,
                                      const tb_audio_chapter *chapters, size_t chapter_count,
                                      const tb_audio_profile *const *profiles, size_t profile_count,
                                      tb_error *err) {
  return push(q, dir, stem, pcm, tags, chapters, chapter_count, profiles, profile_count, true, err);
}

tb_status tb_export_queue_finish(tb_audio_queue *q, tb_strlist *written, tb_error *err) {
  pthread_mutex_lock(&q->lock);
  bool threaded = !q->closing;
  q->closing = true;
  pthread_cond_broadcast(&q->changed);
  pthread_mutex_unlock(&q->lock);
  if (threaded) pthread_join(q->thread, NULL);
  tb_status st = q->status;
  if (st != TB_OK && err) *err = q->error;
  if (written)
    for (size_t i = 0; i < q->written.count; i++)
      tb_strlist_push(written, q->written.items[i]);
  tb_strlist_free(&q->written);
  tb_strlist_free(&q->part_dirs);
  tb_strlist_free(&q->part_stems);
  tb_export_memo_free(q->memo);
  pthread_mutex_destroy(&q->lock);
  pthread_cond_destroy(&q->changed);
  free(q);
  return st;
}
