/* player: PCM → the sound card through PortAudio. This first version plays one buffer to the
 * default output device; navigation, speed and bookmarks build on it. */
#ifndef TB_PLAYER_H
#define TB_PLAYER_H

#include "core/core.h"
#include "speech/speech.h"

/* Plays pcm on the default output device and returns when it has been heard (blocking). */
tb_status tb_player_play_pcm(const tb_pcm *pcm, tb_error *err);

#endif
