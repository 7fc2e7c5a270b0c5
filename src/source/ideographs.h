/* Private to the source stage: radical and compatibility code points replaced by the ideographs
 * they stand for. */
#ifndef TB_SOURCE_IDEOGRAPHS_H
#define TB_SOURCE_IDEOGRAPHS_H

#include "core/core.h"

#include <stdint.h>

/* The unified ideograph cp stands for (⼈ U+2F08 → 人), or cp itself. */
uint32_t tb_source_unified_ideograph(uint32_t cp);

/* Rewrites text in place so it holds unified ideographs only; returns how many were replaced. */
size_t tb_source_unify_ideographs(tb_strbuf *text);

#endif
