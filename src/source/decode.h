/* Private to the source stage. */
#ifndef TB_SOURCE_DECODE_H
#define TB_SOURCE_DECODE_H

#include "core/core.h"

/* Appends the UTF-8 form of bytes to out and names the encoding found (static string). */
tb_status tb_source_decode(const char *name, const unsigned char *bytes, size_t n, tb_strbuf *out,
                           const char **encoding, tb_error *err);
/* 1-based line of a byte offset. */
size_t tb_source_line_of(const unsigned char *bytes, size_t offset);

#endif
