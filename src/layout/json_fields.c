/* JSON in a newsroom's own schema: one candidate object's fields, mapped to roles by their
 * names (English, pinyin, Chinese) and, where the names say nothing, by the shape of their
 * values. */
#include "json_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
  field_role role;
  const char *const *words;
  size_t count;
} role_words;

/* Key fragments per role, lower case, without separators. Order matters: the first role whose
 * fragment is in the key wins ("subtitle" before "title", "图片说明" before "图片"). */
static const char *const skip_words[] = {"excerpt", "summary", "摘要",  "abstract", "url",
                                         "link",    "slug",    "guid",  "href",     "src",
                                         "path",    "keyword", "tags",  "status",   "format",
                                         "lang",    "seo",     "thumb", "导读",     "template"};
static const char *const kicker_words[] = {"pretitle", "kicker",   "引题",       "yinti",  "肩题",
                                           "jianti",   "overline", "supertitle", "uptitle"};
static const char *const subtitle_words[] = {"subtitle", "subheadline", "subhead",  "副题",
                                             "副标题",   "futi",        "fubiaoti", "deck"};
static const char *const title_words[] = {"title",   "headline", "标题", "biaoti",
                                          "heading", "题目",     "主题", "zhuti"};
static const char *const caption_words[] = {"caption", "图说",      "说明",      "tushuo",
                                            "picnote", "photonote", "imagenote", "alt"};
static const char *const images_words[] = {"pics",   "pic",  "image",  "photo",  "图片",
                                           "tupian", "图像", "media",  "figure", "img",
                                           "组图",   "配图", "attach", "album",  "gallery"};
static const char *const byline_words[] = {"author", "byline", "作者",  "记者", "reporter",
                                           "writer", "zuozhe", "jizhe", "署名", "creator"};
static const char *const source_words[] = {"source", "来源", "laiyuan"};
static const char *const body_words[] = {"content", "body", "正文", "zhengwen",   "内容",
                                         "neirong", "text", "html", "description"};
static const char *const kind_words[] = {"kind", "type", "类别", "类型", "genre", "分类", "fenlei"};
static const char *const column_words[] = {"栏目",    "column",  "lanmu", "category",
                                           "section", "channel", "专栏"};
static const char *const date_words[] = {"date", "time", "发布",    "pubdate",  "published",
                                         "日期", "riqi", "created", "modified", "updated"};
static const char *const page_words[] = {"page", "版面", "版次", "banmian", "banci", "版"};

static const role_words roles[] = {
    {ROLE_SKIP, skip_words, COUNT(skip_words)},
    {ROLE_KICKER, kicker_words, COUNT(kicker_words)},
    {ROLE_SUBTITLE, subtitle_words, COUNT(subtitle_words)},
    {ROLE_TITLE, title_words, COUNT(title_words)},
    {ROLE_CAPTION, caption_words, COUNT(caption_words)},
    {ROLE_IMAGES, images_words, COUNT(images_words)},
    {ROLE_BYLINE, byline_words, COUNT(byline_words)},
    {ROLE_SOURCE, source_words, COUNT(source_words)},
    {ROLE_BODY, body_words, COUNT(body_words)},
    {ROLE_KIND, kind_words, COUNT(kind_words)},
    {ROLE_COLUMN, column_words, COUNT(column_words)},
    {ROLE_DATE, date_words, COUNT(date_words)},
    {ROLE_PAGE, page_words, COUNT(page_words)},
};

/* The role a key names: lower-cased, with _ - . : space and # left out. */
field_role foreign_role_of_key(const char *key) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (const char *p = key; *p; p++) {
    char c = *p;
    if (c == '_' || c == '-' || c == '.' || c == ':' || c == ' ' || c == '#') continue;
    tb_strbuf_putc(&sb, (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  const char *k = sb.len ? sb.data : "";
  field_role role = ROLE_NONE;
  if (strcmp(k, "desc") == 0) role = ROLE_CAPTION; /* "description" is a body, "desc" a caption */
  if (strcmp(k, "id") == 0) role = ROLE_SKIP;
  for (size_t r = 0; r < COUNT(roles) && role == ROLE_NONE; r++)
    for (size_t i = 0; i < roles[r].count && role == ROLE_NONE; i++)
      if (strstr(k, roles[r].words[i])) role = roles[r].role;
  tb_strbuf_free(&sb);
  return role;
}

/* ---- values ------------------------------------------------------------------------------- */

/* The text a value holds: a string; an object's rendered/value/text/name member (WordPress's
 * {"rendered": …}, an author {"name": …}); an array's strings or texts joined with sep. NULL when
 * there is none; the result is the caller's. */
char *foreign_text_of(json_t *v, const char *sep) {
  if (json_is_string(v)) return json_string_value(v)[0] ? tb_xstrdup(json_string_value(v)) : NULL;
  if (json_is_object(v)) {
    static const char *const inner[] = {"rendered", "value", "text",    "name", "display_name",
                                        "nickname", "html",  "content", "姓名", "名称"};
    for (size_t i = 0; i < COUNT(inner); i++) {
      json_t *m = json_object_get(v, inner[i]);
      if (json_is_string(m) && json_string_value(m)[0]) return tb_xstrdup(json_string_value(m));
    }
    return NULL;
  }
  if (json_is_array(v)) {
    tb_strbuf sb;
    tb_strbuf_init(&sb);
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
      char *t = foreign_text_of(item, sep);
      if (!t) continue;
      if (sb.len) tb_strbuf_puts(&sb, sep);
      tb_strbuf_puts(&sb, t);
      free(t);
    }
    return sb.len ? tb_strbuf_take(&sb) : (tb_strbuf_free(&sb), NULL);
  }
  return NULL;
}

/* Does s hold word, ASCII letters compared without case? */
bool foreign_has_word(const char *s, const char *word) {
  size_t n = strlen(word);
  for (const char *p = s; *p; p++)
    if (strncasecmp(p, word, n) == 0) return true;
  return false;
}

bool foreign_looks_like_url(const char *s) {
  if (strpbrk(s, "< \n")) return false; /* a URL is one word */
  if (strstr(s, "://") || tb_lo_starts(s, "/") || tb_lo_starts(s, "www.")) return true;
  const char *dot = strrchr(s, '.');
  static const char *const files[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".html", ".htm"};
  for (size_t i = 0; dot && i < COUNT(files); i++)
    if (strcasecmp(dot, files[i]) == 0) return true;
  return false;
}

bool foreign_has_html_tags(const char *s) {
  for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
    const char *q = p + 1;
    if (*q == '/') q++;
    if (((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')) && strchr(q, '>')) return true;
  }
  return false;
}

static size_t count_cp(const char *s, const char *set) {
  size_t n = 0;
  for (const char *p = s; *p;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(p, strlen(p), &cp);
    if (!used) break;
    char one[5] = {0};
    memcpy(one, p, used);
    if (strstr(set, one)) n++;
    p += used;
  }
  return n;
}

/* Mostly digits and date marks ("2026-11-03 08:00", "2026年11月3日"). */
bool foreign_looks_like_date(const char *s) {
  size_t digits = 0, chars = tb_utf8_length(s);
  for (const char *p = s; *p; p++)
    if (*p >= '0' && *p <= '9') digits++;
  return chars && digits * 2 >= chars;
}

/* Shape of a body: long, with sentences, or marked up. */
static bool body_shaped(const char *s) {
  if (foreign_looks_like_url(s)) return false;
  size_t len = tb_utf8_length(s);
  return foreign_has_html_tags(s) || (len >= 40 && count_cp(s, "。！？!?.") >= 2);
}

/* Shape of a title: a short line that does not end a sentence. */
bool foreign_title_shaped(const char *s) {
  size_t len = tb_utf8_length(s);
  if (len < 4 || len > 64 || foreign_looks_like_url(s) || foreign_looks_like_date(s) ||
      foreign_has_html_tags(s))
    return false;
  uint32_t last = tb_lo_last_cp(s);
  return last != 0x3002 && last != '.' && !strchr(s, '\n');
}

/* ---- one candidate's fields ---------------------------------------------------------------- */

void foreign_fields_free(fields *f) {
  for (int r = 0; r < ROLE_COUNT; r++)
    free(f->text[r]);
  tb_strlist_free(&f->captions);
  free(f->photo_credit);
  free(f->shape_title);
  free(f->shape_body);
}

static void read_images(json_t *v, fields *f) {
  if (json_is_object(v)) {
    const char *key;
    json_t *m;
    json_object_foreach(v, key, m) {
      field_role role = foreign_role_of_key(key);
      char *t = foreign_text_of(m, " ");
      if (t && foreign_looks_like_url(t)) role = ROLE_NONE;
      if (t && (role == ROLE_CAPTION || role == ROLE_BODY || role == ROLE_TITLE))
        tb_strlist_push_owned(&f->captions, t), t = NULL;
      else if (t && role == ROLE_BYLINE && !f->photo_credit)
        f->photo_credit = t, t = NULL;
      free(t);
    }
  } else if (json_is_array(v)) {
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) {
      if (json_is_object(item)) read_images(item, f);
    }
  }
}

/* A short field written in HTML ("云溪镇为独居老人<br/>安装&ldquo;一键呼&rdquo;"): its text with
 * the tags left out, a line break read as a space only between two Latin letters or digits
 * (entities are decoded later with the rest of the issue). Takes s; the result is the caller's. */
static char *without_tags(char *s) {
  if (!foreign_has_html_tags(s)) return s;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (const char *p = s; *p;) {
    if (*p != '<' || !strchr(p, '>')) {
      tb_strbuf_putc(&sb, *p++);
      continue;
    }
    const char *close = strchr(p, '>');
    bool line_break = strncasecmp(p, "<br", 3) == 0 || strncasecmp(p, "</p", 3) == 0 ||
                      strncasecmp(p, "</div", 5) == 0;
    char before = sb.len ? sb.data[sb.len - 1] : ' ', after = close[1];
    bool latin = (before & 0x80) == 0 && before != ' ' && after && (after & 0x80) == 0 &&
                 after != ' ' && after != '<';
    if (line_break && latin) tb_strbuf_putc(&sb, ' ');
    p = close + 1;
  }
  free(s);
  char *plain = sb.len ? tb_strbuf_take(&sb) : (tb_strbuf_free(&sb), NULL);
  if (!plain) return NULL;
  char *trimmed = tb_lo_trim(plain, strlen(plain));
  free(plain);
  if (trimmed[0]) return trimmed;
  free(trimmed);
  return NULL;
}

static bool is_short_field(field_role role) {
  return role == ROLE_KICKER || role == ROLE_SUBTITLE || role == ROLE_TITLE ||
         role == ROLE_BYLINE || role == ROLE_SOURCE || role == ROLE_COLUMN || role == ROLE_KIND;
}

/* Sorts the members of o into f; depth > 0 for an unnamed nested object (WordPress's
 * "_embedded"), whose members never override what o says itself. */
void foreign_read_fields(json_t *o, fields *f, int depth) {
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    field_role role = foreign_role_of_key(key);
    if (role == ROLE_SKIP) continue;
    if (role == ROLE_IMAGES && (json_is_array(v) || json_is_object(v))) {
      read_images(v, f);
      continue;
    }
    if (role == ROLE_NONE && json_is_object(v)) { /* "data", "_embedded": look inside */
      if (depth < 1) foreign_read_fields(v, f, depth + 1);
      continue;
    }
    bool list = json_is_array(v) && json_array_size(v) > 0 && json_is_string(json_array_get(v, 0));
    /* an array of objects is a list of things (stories, pages), except the authors of one */
    if (json_is_array(v) && !list && role != ROLE_BYLINE) continue;
    char *t = foreign_text_of(v, role == ROLE_BODY || role == ROLE_NONE ? "\n\n" : " ");
    if (t && is_short_field(role)) t = without_tags(t);
    if (!t) continue;
    if (role == ROLE_NONE) {
      /* an array of sentences is a body however short */
      if (!f->shape_body && (body_shaped(t) || (list && count_cp(t, "。！？!?") >= 2)))
        f->shape_body = t;
      else if (!f->shape_title && foreign_title_shaped(t))
        f->shape_title = t;
      else
        free(t);
      continue;
    }
    if (role == ROLE_CAPTION && !foreign_looks_like_url(t)) {
      tb_strlist_push_owned(&f->captions, t);
      continue;
    }
    if (role == ROLE_BODY && f->text[ROLE_BODY] && !body_shaped(f->text[ROLE_BODY]) &&
        body_shaped(t)) {
      /* "text": "short" next to "content": "long…": the longer body wins */
      free(f->text[ROLE_BODY]);
      f->text[ROLE_BODY] = NULL;
    }
    if (role == ROLE_TITLE && f->text[ROLE_TITLE] && !foreign_title_shaped(f->text[ROLE_TITLE]) &&
        foreign_title_shaped(t)) {
      free(f->text[ROLE_TITLE]);
      f->text[ROLE_TITLE] = NULL;
    }
    if (f->text[role] || foreign_looks_like_url(t)) {
      free(t);
      continue;
    }
    f->text[role] = t;
    if (role == ROLE_BODY) f->body_is_list = list;
  }
}

const char *foreign_title_of(const fields *f) {
  const char *t = f->text[ROLE_TITLE];
  return t && !body_shaped(t) ? t : f->shape_title;
}

const char *foreign_body_of(const fields *f) {
  const char *b = f->text[ROLE_BODY];
  if (b && (body_shaped(b) || !f->shape_body || f->body_is_list)) return b;
  return f->shape_body ? f->shape_body : b;
}

/* Advertisements and other items that are not stories. */
bool foreign_is_advert(const fields *f) {
  static const char *const ads[] = {"广告", "advert", "推广", "sponsor", "promo"};
  for (int r = ROLE_KIND; r <= ROLE_COLUMN; r++) {
    const char *k = f->text[r];
    for (size_t i = 0; k && i < COUNT(ads); i++)
      if (foreign_has_word(k, ads[i])) return true;
    if (k && (strcasecmp(k, "ad") == 0 || strcasecmp(k, "ads") == 0)) return true;
  }
  return false;
}

/* Reads as a story: a title with a body or a photo caption. */
bool foreign_story_shaped(const fields *f) {
  return foreign_title_of(f) && (foreign_body_of(f) || f->captions.count);
}
