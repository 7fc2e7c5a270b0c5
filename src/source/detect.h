/* Private to the source stage. */
#ifndef TB_SOURCE_DETECT_H
#define TB_SOURCE_DETECT_H

#include "source.h"

/* The format of decoded text: its content decides where it is unambiguous, then its name. */
tb_format tb_source_detect_format(const char *name, const char *text, size_t n);

#endif
