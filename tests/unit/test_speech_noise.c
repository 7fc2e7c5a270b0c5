/* speech: the lock-free rand()/srand() that libespeak-ng's noise binds to (espeak_rand.c). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "speech/speech.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { DRAWS = 4096 };

static void draw(unsigned seed, int *out) {
  srand(seed);
  for (int i = 0; i < DRAWS; i++)
    out[i] = rand();
}

/* Shared libraries (libespeak-ng among them) resolve rand through the global scope: the program
 * must export its own definition there, or eSpeak keeps calling the C library's locked one. */
static void libraries_bind_to_the_program(void **state) {
  (void)state;
  void *bound = dlsym(RTLD_DEFAULT, "rand");
  assert_non_null(bound);
  int (*ours)(void) = rand;
  assert_ptr_equal(bound, (void *)ours);
  void *bound_srand = dlsym(RTLD_DEFAULT, "srand");
  void (*ours_srand)(unsigned) = srand;
  assert_ptr_equal(bound_srand, (void *)ours_srand);
}

/* The same seed gives the same sequence, a different seed another; values cover 0..RAND_MAX. */
static void seeded_sequence_repeats(void **state) {
  (void)state;
  static int a[DRAWS], b[DRAWS], c[DRAWS];
  draw(1, a);
  draw(7, c);
  draw(1, b);
  assert_memory_equal(a, b, sizeof a);
  assert_memory_not_equal(a, c, sizeof a);
  int low = RAND_MAX, high = 0;
  for (int i = 0; i < DRAWS; i++) {
    assert_true(a[i] >= 0 && a[i] <= RAND_MAX);
    if (a[i] < low) low = a[i];
    if (a[i] > high) high = a[i];
  }
  assert_true(low < RAND_MAX / 64);
  assert_true(high > RAND_MAX - RAND_MAX / 64);
}

/* eSpeak uses the low bits as noise (rand() & 0x3fff and the like): they must not repeat with a
 * short period, as the low bits of a bare linear congruential generator do. */
static void low_bits_are_noise(void **state) {
  (void)state;
  static int a[DRAWS];
  draw(1, a);
  int counts[16] = {0};
  for (int i = 0; i < DRAWS; i++)
    counts[a[i] & 15]++;
  for (int k = 0; k < 16; k++) /* each value near DRAWS/16 = 256 */
    assert_true(counts[k] > 160 && counts[k] < 352);
  for (int period = 1; period <= 64; period++) {
    int same = 0;
    for (int i = period; i < DRAWS; i++)
      same += (a[i] & 0xff) == (a[i - period] & 0xff);
    assert_true(same < DRAWS / 32);
  }
}

typedef struct {
  unsigned seed;
  int values[DRAWS];
} thread_draw;

static void *draw_in_thread(void *arg) {
  thread_draw *t = arg;
  draw(t->seed, t->values);
  return NULL;
}

/* Each thread has its own state: a thread seeding and drawing does not move another's sequence. */
static void state_is_per_thread(void **state) {
  (void)state;
  static int alone[DRAWS];
  draw(3, alone);
  static thread_draw t1 = {.seed = 3}, t2 = {.seed = 3};
  srand(99);
  int before = rand();
  pthread_t p1, p2;
  assert_int_equal(pthread_create(&p1, NULL, draw_in_thread, &t1), 0);
  assert_int_equal(pthread_create(&p2, NULL, draw_in_thread, &t2), 0);
  pthread_join(p1, NULL);
  pthread_join(p2, NULL);
  assert_memory_equal(t1.values, alone, sizeof alone);
  assert_memory_equal(t2.values, alone, sizeof alone);
  int after = rand();
  srand(99);
  int expected_first = rand(), expected_second = rand();
  assert_int_equal(before, expected_first);
  assert_int_equal(after, expected_second);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(libraries_bind_to_the_program),
      cmocka_unit_test(seeded_sequence_repeats),
      cmocka_unit_test(low_bits_are_noise),
      cmocka_unit_test(state_is_per_thread),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
