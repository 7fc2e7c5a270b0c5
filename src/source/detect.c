#include "detect.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool name_ends_with(const char *name, const char *suffix) {
  size_t n = strlen(name), k = strlen(suffix);
  return n >= k && strcasecmp(name + n - k, suffix) == 0;
}

static const char *skip_space(const char *s, const char *end) {
  while (s < end && isspace((unsigned char)*s))
    s++;
  return s;
}

static bool starts_with_ci(const char *s, const char *end, const char *prefix) {
  size_t k = strlen(prefix);
  return (size_t)(end - s) >= k && strncasecmp(s, prefix, k) == 0;
}

static bool looks_like_html(const char *s, const char *end) {
  if (starts_with_ci(s, end, "<!doctype html") || starts_with_ci(s, end, "<html")) return true;
  if (*s != '<') return false;
  /* A fragment: count block tags near the start. */
  size_t look = (size_t)(end - s) < 4096 ? (size_t)(end - s) : 4096;
  static const char *const tags[] = {"<p>",      "<p ",   "<h1",  "<h2",     "<h3",
                                     "<article", "<body", "<div", "<section"};
  int hits = 0;
  for (size_t i = 0; i + 4 < look; i++)
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++)
      if (starts_with_ci(s + i, s + look, tags[t])) hits++;
  return hits >= 2;
}

/* Markdown ATX headings ("# ", "## " …) at line starts; two or more mark a Markdown extract. */
static size_t count_atx_headings(const char *text, size_t n) {
  size_t count = 0;
  const char *end = text + n;
  for (const char *line = text; line < end;) {
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    const char *stop = nl ? nl : end;
    const char *p = line;
    size_t hashes = 0;
    while (p < stop && *p == '#')
      p++, hashes++;
    if (hashes >= 1 && hashes <= 6 && p < stop && *p == ' ') count++;
    line = nl ? nl + 1 : end;
  }
  return count;
}

tb_format tb_source_detect_format(const char *name, const char *text, size_t n) {
  const char *end = text + n;
  const char *s = skip_space(text, end);
  if (s < end && (*s == '{' || *s == '[')) {
    const char *last = end;
    while (last > s && isspace((unsigned char)last[-1]))
      last--;
    if (last > s && (last[-1] == '}' || last[-1] == ']')) return TB_FORMAT_JSON;
  }
  if (s < end && looks_like_html(s, end)) return TB_FORMAT_HTML;
  if (count_atx_headings(text, n) >= 2) return TB_FORMAT_MARKDOWN;
  if (name_ends_with(name, ".json")) return TB_FORMAT_JSON;
  if (name_ends_with(name, ".html") || name_ends_with(name, ".htm") ||
      name_ends_with(name, ".xhtml"))
    return TB_FORMAT_HTML;
  if (name_ends_with(name, ".md") || name_ends_with(name, ".markdown")) return TB_FORMAT_MARKDOWN;
  return TB_FORMAT_TEXT;
}
