#include "cli.h"
#include "layout/layout.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: tingbao parse FILE [--format json|text]\n\n"
    "Recovers the articles of one issue (PDF-extracted text, Markdown, HTML or JSON; UTF-8,\n"
    "UTF-16 with BOM or GB18030) and prints them.\n\n"
    "  --format json   the issue model as JSON (default; schema in DESIGN.md)\n"
    "  --format text   an outline to check at a glance\n"
    "  -h, --help      this text\n";

int tb_cli_parse(int argc, char **argv) {
  static const struct option options[] = {
      {"format", required_argument, NULL, 'f'}, {"help", no_argument, NULL, 'h'}, {0}};
  bool as_text = false;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "f:h", options, NULL)) != -1) {
    switch (c) {
    case 'f':
      if (strcmp(optarg, "json") == 0)
        as_text = false;
      else if (strcmp(optarg, "text") == 0)
        as_text = true;
      else
        return tb_cli_usage_error("parse", "--format must be json or text, not '%s'", optarg);
      break;
    case 'h':
      fputs(usage, stdout);
      return 0;
    default:
      return tb_cli_usage_error("parse", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind != argc - 1) return tb_cli_usage_error("parse", "give exactly one FILE");
  tb_error err;
  tb_error_clear(&err);
  tb_source_doc *doc;
  if (tb_source_load_file(argv[optind], &doc, &err) != TB_OK)
    return tb_cli_fail(err.status, err.message);
  tb_issue *issue;
  tb_status s = tb_layout_parse(doc, &issue, &err);
  tb_source_doc_free(doc);
  if (s != TB_OK) return tb_cli_fail(s, err.message);
  char *out = as_text ? tb_issue_outline(issue) : tb_issue_to_json_text(issue);
  fputs(out, stdout);
  free(out);
  tb_issue_free(issue);
  return fflush(stdout) == 0 ? 0 : 1;
}
