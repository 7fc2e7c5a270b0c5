/* source: bytes of a submitted file → UTF-8 text and its format.
 * Detects UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK (iconv), refuses binary
 * data, normalizes line ends to \n and cleans extraction artefacts that no later stage wants. */
#ifndef TB_SOURCE_H
#define TB_SOURCE_H

#include "core/core.h"

typedef enum {
  TB_FORMAT_TEXT, /* plain text extracted from PDF pages */
  TB_FORMAT_MARKDOWN,
  TB_FORMAT_HTML,
  TB_FORMAT_JSON, /* the issue model, as `tingbao parse --format json` prints it */
} tb_format;

typedef struct {
  char *name;           /* the file name used in messages */
  char *text;           /* UTF-8, NUL-terminated, no BOM, \n line ends */
  size_t length;        /* bytes in text */
  tb_format format;     /* detected from content, then name */
  const char *encoding; /* static: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" */
} tb_source_doc;

/* Reads and decodes a file. On success *out is the caller's (tb_source_doc_free). Errors are
 * TB_ERR_INPUT with a message naming the file and, for an encoding error, the byte offset. */
tb_status tb_source_load_file(const char *path, tb_source_doc **out, tb_error *err);
/* The same for bytes already in memory; name is used in messages and for format detection. */
tb_status tb_source_load_bytes(const char *name, const unsigned char *bytes, size_t n,
                               tb_source_doc **out, tb_error *err);
void tb_source_doc_free(tb_source_doc *doc);

const char *tb_format_name(tb_format format); /* "text", "markdown", "html", "json" */

#endif
