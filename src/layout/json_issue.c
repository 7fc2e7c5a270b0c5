/* JSON in a newsroom's own schema: the publication, date and issue number from the members
 * that are not stories. */
#include "json_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the issue ---------------------------------------------------------------------------- */

static bool is_publication_key(const char *key) {
  static const char *const words[] = {"publication", "newspaper", "paper",     "报名",     "报纸",
                                      "刊名",        "sitename",  "site_name", "publisher"};
  for (size_t i = 0; i < COUNT(words); i++)
    if (foreign_has_word(key, words[i])) return true;
  return false;
}

static bool is_issue_no_key(const char *key) {
  static const char *const words[] = {"issue", "期号", "期数", "总期", "qihao", "期次"};
  for (size_t i = 0; i < COUNT(words); i++)
    if (foreign_has_word(key, words[i])) return true;
  return false;
}

/* RFC 822 as in RSS: "Tue, 10 Nov 2026 08:00:00 +0800". */
static char *rfc822_date(const char *s) {
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  const char *comma = strchr(s, ',');
  int d = 0, y = 0;
  char mon[4] = {0};
  if (sscanf(comma ? comma + 1 : s, "%2d %3s %4d", &d, mon, &y) != 3 || strlen(mon) != 3)
    return NULL;
  const char *at = strstr(months, mon);
  if (!at || (at - months) % 3 || d < 1 || d > 31 || y < 1900) return NULL;
  return tb_xasprintf("%04d-%02d-%02d", y, (int)(at - months) / 3 + 1, d);
}

/* "2026-11-03T08:00", "2026年11月3日", "2026/11/3", "20261103" → "2026-11-03"; NULL otherwise. */
static char *iso_date(const char *s) {
  char *rfc = rfc822_date(s);
  if (rfc) return rfc;
  for (const char *p = s; *p; p++) {
    if (*p < '0' || *p > '9') continue;
    int y = 0, m = 0, d = 0, used = 0;
    if (sscanf(p, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3 ||
        sscanf(p, "%4d/%2d/%2d%n", &y, &m, &d, &used) == 3 ||
        sscanf(p, "%4d.%2d.%2d%n", &y, &m, &d, &used) == 3 ||
        sscanf(p, "%4d年%2d月%2d%n", &y, &m, &d, &used) == 3 ||
        (sscanf(p, "%8d%n", &y, &used) == 1 && used == 8 &&
         (m = y / 100 % 100, d = y % 100, y = y / 10000, true))) {
      if (y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
        return tb_xasprintf("%04d-%02d-%02d", y, m, d);
    }
    while (p[1] >= '0' && p[1] <= '9')
      p++;
  }
  return NULL;
}

/* Publication, date and issue number from the scalar members of o and of its nested objects that
 * are not stories (an "issue" or "meta" object). */
void foreign_read_issue_fields(json_t *o, tb_issue *issue, int depth) {
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    if (json_is_object(v) && depth < 2) {
      fields f = {0};
      foreign_read_fields(v, &f, 1);
      if (!foreign_story_shaped(&f)) foreign_read_issue_fields(v, issue, depth + 1);
      foreign_fields_free(&f);
      continue;
    }
    char *t = json_is_integer(v)  ? tb_xasprintf("%lld", (long long)json_integer_value(v))
              : json_is_string(v) ? foreign_text_of(v, " ")
                                  : NULL;
    if (!t) continue;
    field_role role = foreign_role_of_key(key);
    if (role == ROLE_DATE) {
      if (!issue->date) issue->date = iso_date(t);
    } else if (is_issue_no_key(key) && !issue->issue_no) {
      issue->issue_no = t, t = NULL;
    } else if (is_publication_key(key) && !issue->publication) {
      issue->publication = t, t = NULL;
    } else if (role == ROLE_TITLE && !issue->publication && foreign_title_shaped(t)) {
      issue->publication = t, t = NULL; /* a feed's own title names the publication */
    }
    free(t);
  }
}
