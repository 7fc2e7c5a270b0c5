/* Opening and closing the mandarin stage. */
#include "mandarin_internal.h"

#include <stdlib.h>

tb_status tb_mandarin_new(const char *lexicon_path, tb_mandarin **out, tb_error *err) {
  *out = NULL;
  if (!lexicon_path || !*lexicon_path)
    return tb_error_set(err, TB_ERR_INPUT, "no lexicon path given");
  tb_mandarin *m = tb_xcalloc(1, sizeof *m);
  tb_status s = tb_lexicon_open(&m->lex, lexicon_path, err);
  if (s == TB_OK) s = tb_polyphone_load(&m->poly, &m->lex, err);
  if (s != TB_OK) {
    tb_mandarin_free(m);
    return s;
  }
  *out = m;
  return TB_OK;
}

void tb_mandarin_free(tb_mandarin *m) {
  if (!m) return;
  tb_polyphone_free(&m->poly);
  tb_lexicon_close(&m->lex);
  free(m);
}
