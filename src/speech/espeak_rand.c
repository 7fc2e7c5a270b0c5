/* rand() and srand() for libespeak-ng's noise, defined in the program so that eSpeak's calls bind
 * here instead of to the C library's.
 *
 * eSpeak NG draws breath and frication noise from rand() for every sample of a breathy variant
 * such as f2. glibc's rand() takes a process-wide lock on each call: profiling `espeak-ng -v
 * cmn-latn-pinyin+f2` on a whole issue puts 21 % of its time in __random, nearly all of it the
 * lock. This generator keeps the contract eSpeak relies on (values 0..RAND_MAX, a sequence fixed
 * by srand) with its state per thread, so no lock is needed and a synthesis thread's noise does
 * not depend on what other threads draw. The noise differs from glibc's sequence, not in kind:
 * it is uniform white noise either way. */
#include "speech_internal.h"

#include <stdint.h>
#include <stdlib.h>

/* A 64-bit linear congruential generator (Knuth's MMIX constants); the top 31 bits of the state
 * are the output, since the low bits of such a generator repeat with short periods. */
static _Thread_local uint64_t noise_state = 1;

int rand(void) {
  noise_state = noise_state * 6364136223846793005u + 1442695040888963407u;
  return (int)(noise_state >> 33);
}

void srand(unsigned int seed) {
  noise_state = seed;
}
