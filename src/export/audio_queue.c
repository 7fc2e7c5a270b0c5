/* tb_audio_queue: audio files written on a worker thread, in the order they were queued. */
#include "audio_join.h"
#include "render_private.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_WAITING = 2, LIVE_PROFILES = 3 };

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
  bool joined;              /* every recording queued before, joined */
  tb_measurement *measured; /* its loudness, measured as it was pushed; NULL: not yet */
} job;

/* The joined file of one profile, grown as the articles are written. */
typedef struct {
  const tb_audio_profile *profile;
  tb_wav_joiner *joiner; /* NULL when it could not be started: joined from the files at the end */
} live_join;

/* The joined recording announced by tb_export_queue_expect_joined. */
typedef struct {
  bool on;
  char *dir, *stem;
  char *title, *album, *artist, *date;
  tb_audio_tags tags;
  unsigned pause_ms;
  int rate;          /* of the recordings */
  size_t *starts;    /* of each recording written so far, in samples of rate */
  size_t count, cap; /* of starts */
  size_t end;        /* where the last recording ends */
  live_join live[LIVE_PROFILES];
  size_t live_count;
} expected_join;

struct tb_audio_queue {
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  job *head, *tail;
  size_t waiting;
  bool closing;
  bool started;           /* the worker thread is up and waiting for jobs */
  tb_loudness_memo *memo; /* used by the worker thread only */
  tb_file_hashes *hashes; /* borrowed, may be NULL: every file written is hashed into it */
  tb_strlist unhashed;    /* paths written and not yet hashed, oldest first */
  size_t hashed;          /* of unhashed, taken for hashing */
  tb_status status;       /* first failure */
  tb_error error;
  tb_strlist written;
  tb_strlist part_dirs, part_stems; /* of the recordings written so far, not joined */
  expected_join expect;             /* used by the worker thread only, once jobs are queued */
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
  tb_export_measurement_free(j->measured);
  free(j);
}

bool tb_export_profile_joins_files(const tb_audio_profile *profile) {
  return strcmp(profile->extensions, "wav") == 0 && profile->options.target_lufs != 0 &&
         profile->options.sample_rate > 0;
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

/* The live joined file of profile, started with the first recording; NULL when there is none. */
static live_join *live_for(tb_audio_queue *q, const tb_audio_profile *profile, bool start) {
  expected_join *e = &q->expect;
  for (size_t i = 0; i < e->live_count; i++)
    if (e->live[i].profile == profile) return &e->live[i];
  if (!start || e->live_count == LIVE_PROFILES) return NULL;
  live_join *l = &e->live[e->live_count++];
  *l = (live_join){.profile = profile};
  char *name = tb_xasprintf("%s.wav", e->stem);
  char *path = tb_path_join(e->dir, name);
  tb_error ignored; /* without it, the file is joined at the end, which reports any error */
  if (tb_export_joiner_open(path, &e->tags, &profile->options, &l->joiner, &ignored) != TB_OK)
    l->joiner = NULL;
  free(path);
  free(name);
  return l;
}

static void drop_live(live_join *l) {
  tb_export_joiner_abandon(l->joiner);
  l->joiner = NULL;
}

/* Where recording j starts in the expected joined recording; false when it cannot be known. */
static bool place_recording(tb_audio_queue *q, const job *j, size_t *start) {
  expected_join *e = &q->expect;
  if (e->count == 0) e->rate = j->pcm->sample_rate;
  if (j->pcm->sample_rate != e->rate) return false;
  *start = e->count ? e->end + (size_t)e->rate * e->pause_ms / 1000 : 0;
  tb_grow((void **)&e->starts, &e->cap, e->count + 1, sizeof *e->starts);
  e->starts[e->count++] = *start;
  e->end = *start + j->pcm->sample_count;
  return true;
}

/* Appends recording j's file of profile, written just now, to the profile's live joined file. */
static void grow_live(tb_audio_queue *q, const job *j, size_t start,
                      const tb_audio_profile *profile) {
  live_join *l = live_for(q, profile, q->expect.count == 1);
  if (!l || !l->joiner) return;
  if (tb_export_joiner_parts(l->joiner) + 1 != q->expect.count) {
    drop_live(l);
    return;
  }
  char *name = tb_xasprintf("%s.wav", j->stem);
  char *path = tb_path_join(j->dir, name);
  size_t out_start = (size_t)llround((double)start * profile->options.sample_rate / q->expect.rate);
  tb_error ignored;
  if (tb_export_joiner_append(l->joiner, path, out_start, &ignored) != TB_OK) drop_live(l);
  free(path);
  free(name);
}

/* The joined recording j finished from the profile's live file; *done is false when there is
 * none or it does not match j, and the file is then joined from the articles' files. */
static tb_status finish_live(tb_audio_queue *q, const job *j, const tb_audio_profile *profile,
                             tb_strlist *names, bool *done, tb_error *err) {
  *done = false;
  expected_join *e = &q->expect;
  live_join *l = e->on ? live_for(q, profile, false) : NULL;
  if (!l || !l->joiner) return TB_OK;
  bool matches = strcmp(j->dir, e->dir) == 0 && strcmp(j->stem, e->stem) == 0 &&
                 j->chapter_count == e->count && j->pcm->sample_rate == e->rate &&
                 tb_export_joiner_parts(l->joiner) == e->count;
  for (size_t i = 0; matches && i < j->chapter_count; i++)
    matches = j->chapters[i].sample == e->starts[i];
  tb_loudness loudness;
  tb_error ignored;
  if (!matches || tb_export_memo_joined_output(q->memo, profile->options.target_lufs, e->starts,
                                               &loudness, &ignored) != TB_OK) {
    drop_live(l);
    return TB_OK;
  }
  const char **titles = tb_xmalloc((j->chapter_count + 1) * sizeof *titles);
  for (size_t i = 0; i < j->chapter_count; i++)
    titles[i] = j->chapters[i].title;
  tb_wav_joiner *w = l->joiner;
  l->joiner = NULL;
  tb_status st = tb_export_joiner_finish(w, titles, &loudness, err);
  free(titles);
  if (st == TB_OK) tb_strlist_push_owned(names, tb_xasprintf("%s.wav", j->stem));
  *done = st == TB_OK;
  return st;
}

/* Writes a job's files for every profile. */
static tb_status write_job(tb_audio_queue *q, job *j, tb_strlist *names, tb_error *err) {
  tb_status st = TB_OK;
  if (j->measured) {
    tb_export_memo_take(q->memo, j->pcm, j->measured);
    j->measured = NULL;
  }
  size_t start = 0;
  bool placed = q->expect.on && !j->joined && place_recording(q, j, &start);
  if (q->expect.on && !j->joined && !placed)
    for (size_t i = 0; i < q->expect.live_count; i++)
      drop_live(&q->expect.live[i]);
  for (size_t i = 0; i < j->profile_count && st == TB_OK; i++) {
    bool done = false;
    if (joins_files(q, j, j->profiles[i]))
      st = finish_live(q, j, j->profiles[i], names, &done, err);
    if (st == TB_OK && !done && joins_files(q, j, j->profiles[i]))
      st = join_files(q, j, j->profiles[i], names, &done, err);
    if (st == TB_OK && !done && !j->pcm->samples && j->pcm->sample_count > 0)
      st = tb_error_set(err, TB_ERR_RUNTIME, "%s: the joined recording has no samples", j->stem);
    if (st == TB_OK && !done)
      st = tb_export_audio_profiled_memo(j->dir, j->stem, j->pcm, j->has_tags ? &j->tags : NULL,
                                         j->chapters, j->chapter_count, j->profiles[i], q->memo,
                                         j->joined, names, err);
    if (st == TB_OK && placed && tb_export_profile_joins_files(j->profiles[i]))
      grow_live(q, j, start, j->profiles[i]);
  }
  if (st == TB_OK && q->hashes) {
    pthread_mutex_lock(&q->lock);
    for (size_t i = 0; i < names->count; i++)
      tb_strlist_push_owned(&q->unhashed, tb_path_join(j->dir, names->items[i]));
    pthread_mutex_unlock(&q->lock);
  }
  tb_export_memo_done(q->memo); /* j->pcm is freed next */
  if (st == TB_OK && !j->joined) {
    tb_strlist_push(&q->part_dirs, j->dir);
    tb_strlist_push(&q->part_stems, j->stem);
  }
  return st;
}

/* Hashes the files written so far, on the caller's thread: they are still in the page cache, and
 * the writer thread, which does most of a render's work besides synthesis, is spared. */
static void hash_written(tb_audio_queue *q) {
  for (;;) {
    pthread_mutex_lock(&q->lock);
    char *path = q->hashes && q->hashed < q->unhashed.count
                     ? tb_xstrdup(q->unhashed.items[q->hashed++])
                     : NULL;
    pthread_mutex_unlock(&q->lock);
    if (!path) return;
    tb_error ignored; /* the manifest hashes it again and reports a failure */
    tb_export_hashes_add(q->hashes, path, &ignored);
    free(path);
  }
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

void tb_export_queue_expect_joined(tb_audio_queue *q, const char *dir, const char *stem,
                                   const tb_audio_tags *tags, unsigned pause_ms) {
  pthread_mutex_lock(&q->lock);
  expected_join *e = &q->expect;
  if (!e->on && !q->head) { /* only before the first recording */
    e->on = true;
    e->dir = tb_xstrdup(dir);
    e->stem = tb_xstrdup(stem);
    e->tags = tags ? *tags : (tb_audio_tags){0};
    e->tags.title = e->title = tags ? tb_xstrdup(tags->title) : NULL;
    e->tags.album = e->album = tags ? tb_xstrdup(tags->album) : NULL;
    e->tags.artist = e->artist = tags ? tb_xstrdup(tags->artist) : NULL;
    e->tags.date = e->date = tags ? tb_xstrdup(tags->date) : NULL;
    e->pause_ms = pause_ms;
  }
  pthread_mutex_unlock(&q->lock);
}

static void expected_join_free(expected_join *e) {
  for (size_t i = 0; i < e->live_count; i++)
    drop_live(&e->live[i]);
  free(e->dir);
  free(e->stem);
  free(e->title);
  free(e->album);
  free(e->artist);
  free(e->date);
  free(e->starts);
}

void tb_export_queue_hash_into(tb_audio_queue *q, tb_file_hashes *hashes) {
  pthread_mutex_lock(&q->lock);
  q->hashes = hashes;
  pthread_mutex_unlock(&q->lock);
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
  hash_written(q);
  /* Measuring is a third of the writer thread's work: done here, on the caller's thread, it runs
   * beside the writing of the recording before. When the writer is idle it measures instead, so
   * a caller that synthesizes the next recording itself is not held up. */
  bool planned = false;
  for (size_t i = 0; i < profile_count; i++)
    planned |= profiles[i]->options.target_lufs != 0;
  pthread_mutex_lock(&q->lock);
  bool writer_busy = q->waiting > 0;
  pthread_mutex_unlock(&q->lock);
  tb_error ignored; /* the writer thread measures again and reports a failure */
  if (planned && writer_busy && !joined && pcm->samples &&
      tb_export_measure_recording(pcm, &j->measured, &ignored) != TB_OK)
    j->measured = NULL;
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
  /* the files still to come are hashed as they appear, beside the writing of the next ones */
  while (threaded && q->hashes && (q->head || q->hashed < q->unhashed.count)) {
    if (q->hashed < q->unhashed.count) {
      pthread_mutex_unlock(&q->lock);
      hash_written(q);
      pthread_mutex_lock(&q->lock);
    } else {
      pthread_cond_wait(&q->changed, &q->lock);
    }
  }
  pthread_mutex_unlock(&q->lock);
  if (threaded) pthread_join(q->thread, NULL);
  tb_status st = q->status;
  if (st == TB_OK) hash_written(q);
  tb_strlist_free(&q->unhashed);
  if (st != TB_OK && err) *err = q->error;
  if (written)
    for (size_t i = 0; i < q->written.count; i++)
      tb_strlist_push(written, q->written.items[i]);
  tb_strlist_free(&q->written);
  tb_strlist_free(&q->part_dirs);
  tb_strlist_free(&q->part_stems);
  expected_join_free(&q->expect);
  tb_export_memo_free(q->memo);
  pthread_mutex_destroy(&q->lock);
  pthread_cond_destroy(&q->changed);
  free(q);
  return st;
}
