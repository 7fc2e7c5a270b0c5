#include "player_internal.h"

tb_status tb_player_play_pcm(const tb_pcm *pcm, tb_error *err) {
  tb_output *output = NULL;
  tb_status status = tb_output_open(pcm->sample_rate, &output, err);
  if (status == TB_OK) status = tb_output_write(output, pcm->samples, pcm->sample_count, err);
  tb_output_close(output); /* lets what is queued play out */
  return status;
}
