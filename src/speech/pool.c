/* Readings spoken in worker processes. libespeak-ng keeps global state, so parallel synthesizers
 * must be processes; and that state carries over from one synthesis to the next (the same
 * reading spoken twice in a row in one process differs in length and samples), so a reading's
 * audio would depend on what the same process spoke before it. Each reading is therefore spoken
 * by a fresh fork of an engine that never speaks itself: every reading starts from the same state
 * and the same random seed (engine.c), and the recordings are the same bytes whatever the number
 * of workers or the order they finish in. The caller reads the recordings back, in reading order,
 * from a pipe per reading while the next ones are spoken.
 *
 * The workers are forked by a spawner, forked once: every fork write-protects the forking
 * process's memory, and the caller (a render, hundreds of megabytes of audio and a writer thread)
 * then pays a copy-on-write fault and a TLB shootdown for each page it writes again. Forking the
 * caller once per reading cost more CPU than the synthesis it spread over the cores. */
#include "speech_internal.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* What precedes each recording on a worker's pipe. */
typedef struct {
  int32_t status; /* tb_status of the synthesis; on failure a message follows instead */
  int32_t sample_rate;
  uint64_t sample_count;
  uint64_t mark_count;
  uint64_t message_len;
} wire_header;

static bool write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= (size_t)n;
  }
  return true;
}

static bool read_all(int fd, void *data, size_t len) {
  char *p = data;
  while (len > 0) {
    ssize_t n = read(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= (size_t)n;
  }
  return true;
}

static void send_recording(int fd, tb_status st, const tb_pcm *pcm, const tb_error *err) {
  wire_header h = {.status = (int32_t)st};
  if (st == TB_OK) {
    h.sample_rate = pcm->sample_rate;
    h.sample_count = pcm->sample_count;
    h.mark_count = pcm->mark_count;
  } else {
    h.message_len = strlen(err->message);
  }
  bool ok = write_all(fd, &h, sizeof h);
  if (ok && st == TB_OK) {
    ok = write_all(fd, pcm->samples, pcm->sample_count * sizeof *pcm->samples) &&
         write_all(fd, pcm->marks, pcm->mark_count * sizeof *pcm->marks);
  } else if (ok) {
    ok = write_all(fd, err->message, h.message_len);
  }
  if (!ok) _exit(1); /* the caller went away */
}

static tb_status receive_recording(int fd, tb_pcm **out, tb_error *err) {
  *out = NULL;
  wire_header h;
  if (!read_all(fd, &h, sizeof h))
    return tb_error_set(err, TB_ERR_RUNTIME, "speech worker: ended without a recording");
  if (h.status != TB_OK) {
    char message[sizeof err->message];
    size_t len = h.message_len < sizeof message - 1 ? h.message_len : sizeof message - 1;
    if (!read_all(fd, message, len)) len = 0;
    message[len] = '\0';
    return tb_error_set(err, (tb_status)h.status, "%s", message);
  }
  tb_pcm *pcm = tb_pcm_new(h.sample_rate);
  pcm->samples = tb_xmalloc((h.sample_count ? h.sample_count : 1) * sizeof *pcm->samples);
  tb_pcm_prefault(pcm->samples, h.sample_count * sizeof *pcm->samples);
  pcm->marks = tb_xmalloc((h.mark_count ? h.mark_count : 1) * sizeof *pcm->marks);
  pcm->sample_count = h.sample_count;
  pcm->mark_count = h.mark_count;
  if (!read_all(fd, pcm->samples, h.sample_count * sizeof *pcm->samples) ||
      !read_all(fd, pcm->marks, h.mark_count * sizeof *pcm->marks)) {
    tb_pcm_free(pcm);
    return tb_error_set(err, TB_ERR_RUNTIME, "speech worker: recording cut short");
  }
  *out = pcm;
  return TB_OK;
}

static void reap(pid_t pid, int *status) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR)
    ;
}

/* A process that must not outlive parent (killed with it: its work would be for nobody). */
static void die_with(pid_t parent) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1); /* it died before the line above */
}

/* The spawner: forks a worker per reading, at most window at a time, and waits for them; each
 * worker speaks its reading down its own pipe. Runs in a process of its own. */
static _Noreturn void spawner_main(tb_speech *speech, const tb_reading *const *readings,
                                   size_t count, size_t window, const int (*pipes)[2]) {
  pid_t spawner = getpid();
  size_t live = 0, next = 0;
  int failed = 0;
  while (next < count || live > 0) {
    for (; live < window && next < count; next++) {
      pid_t pid = fork();
      if (pid < 0) _exit(1); /* the caller reads a cut-short pipe and reports it */
      if (pid == 0) {
        die_with(spawner);
        for (size_t j = next + 1; j < count; j++)
          close(pipes[j][1]); /* every other pipe sees its end only through its own worker */
        tb_pcm *pcm = NULL;
        tb_error err = {0};
        tb_status st = tb_speech_speak(speech, readings[next], &pcm, &err);
        send_recording(pipes[next][1], st, pcm, &err);
        _exit(0);
      }
      close(pipes[next][1]);
      live++;
    }
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, 0)) < 0 && errno == EINTR)
      ;
    if (pid < 0) break;
    live--;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) failed = 1;
  }
  _exit(failed);
}

/* One batch of readings, few enough for a pipe each. */
static tb_status speak_batch(tb_speech *speech, const tb_reading *const *readings, size_t first,
                             size_t count, size_t window, tb_speech_consumer take, void *ctx,
                             tb_error *err) {
  int(*pipes)[2] = tb_xmalloc(count * sizeof *pipes);
  size_t opened = 0;
  for (; opened < count; opened++)
    if (pipe(pipes[opened]) != 0) break;
  pid_t caller = getpid(), spawner = -1;
  if (opened == count) {
    fflush(NULL); /* nothing buffered may be written twice */
    spawner = fork();
  }
  if (spawner == 0) {
    die_with(caller);
    for (size_t i = 0; i < count; i++)
      close(pipes[i][0]);
    spawner_main(speech, readings + first, count, window, (const int(*)[2])pipes);
  }
  tb_status st = TB_OK;
  if (spawner < 0)
    st = tb_error_set(err, TB_ERR_RUNTIME, "speech workers: cannot start: %s", strerror(errno));
  for (size_t i = 0; i < opened; i++)
    close(pipes[i][1]);
  for (size_t i = 0; i < opened; i++) {
    tb_pcm *pcm = NULL;
    if (st == TB_OK) st = receive_recording(pipes[i][0], &pcm, err);
    close(pipes[i][0]);
    if (st == TB_OK) st = take(first + i, pcm, ctx, err);
  }
  free(pipes);
  if (spawner > 0) {
    if (st != TB_OK) kill(spawner, SIGKILL); /* our own spawner; its workers die with it */
    int status = 0;
    reap(spawner, &status);
    if (st == TB_OK && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
      st = tb_error_set(err, TB_ERR_RUNTIME, "speech workers failed");
  }
  return st;
}

int tb_speech_default_jobs(void) {
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  return cores < 1 ? 1 : cores > 64 ? 64 : (int)cores;
}

tb_status tb_speech_speak_all(tb_speech *speech, const tb_reading *const *readings, size_t count,
                              int jobs, tb_speech_consumer take, void *ctx, tb_error *err) {
  size_t window = jobs > 0 ? (size_t)jobs : (size_t)tb_speech_default_jobs();
  enum { BATCH = 128 }; /* two descriptors a reading until its worker is started */
  tb_status st = TB_OK;
  for (size_t first = 0; first < count && st == TB_OK; first += BATCH)
    st = speak_batch(speech, readings, first, count - first < BATCH ? count - first : BATCH, window,
                     take, ctx, err);
  return st;
}
