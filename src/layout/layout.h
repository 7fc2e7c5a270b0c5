/* layout: a decoded document → the issue's articles, whole and in reading order.
 * Plain text (PDF extractions) is recovered by evidence: rejoined hard wraps, healed column
 * breaks, classified blocks (masthead, headline, kicker, byline, body, caption, credit,
 * continuation, column title), headlines paired with bodies, continued parts joined.
 * Markdown, HTML and JSON carry their structure and are read directly. */
#ifndef TB_LAYOUT_H
#define TB_LAYOUT_H

#include "core/core.h"
#include "issue/issue.h"
#include "source/source.h"

/* On success *out is the caller's (tb_issue_free). A document with no article in it is an error
 * (TB_ERR_INPUT naming the file). */
tb_status tb_layout_parse(const tb_source_doc *doc, tb_issue **out, tb_error *err);

#endif
