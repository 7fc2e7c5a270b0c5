/* JSON in a newsroom's own schema (a CMS export, a WordPress REST answer, a JSON Feed): the
 * articles are found by shape, not by one schema's names. Candidates are objects in arrays
 * (at any depth: pages → stories, data.list, items) that carry a short title and a long body or
 * a photo caption. Fields are mapped by their names (English, pinyin, Chinese) and, where the
 * names say nothing, by the shape of their values. Bodies in HTML are read by the HTML reader
 * (html.c) inside a synthetic <article>, after a few CMS habits are made explicit: bold-only
 * paragraphs are crossheads, an indent after a single <br> starts a paragraph, an image's alt
 * text is a caption. Plain-text bodies are split at blank lines, or at line breaks. */
#include "layout_internal.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define COUNT(a) (sizeof(a) / sizeof *(a))

typedef enum {
  ROLE_NONE,
  ROLE_SKIP,
  ROLE_KICKER,
  ROLE_SUBTITLE,
  ROLE_TITLE,
  ROLE_CAPTION,
  ROLE_IMAGES,
  ROLE_BYLINE,
  ROLE_SOURCE,
  ROLE_BODY,
  ROLE_KIND,
  ROLE_COLUMN,
  ROLE_DATE,
  ROLE_PAGE,
  ROLE_COUNT
} field_role;

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
static field_role role_of_key(const char *key) {
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
static char *text_of(json_t *v, const char *sep) {
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
      char *t = text_of(item, sep);
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
static bool has_word(const char *s, const char *word) {
  size_t n = strlen(word);
  for (const char *p = s; *p; p++)
    if (strncasecmp(p, word, n) == 0) return true;
  return false;
}

static bool looks_like_url(const char *s) {
  if (strpbrk(s, "< \n")) return false; /* a URL is one word */
  if (strstr(s, "://") || tb_lo_starts(s, "/") || tb_lo_starts(s, "www.")) return true;
  const char *dot = strrchr(s, '.');
  static const char *const files[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".html", ".htm"};
  for (size_t i = 0; dot && i < COUNT(files); i++)
    if (strcasecmp(dot, files[i]) == 0) return true;
  return false;
}

static bool has_html_tags(const char *s) {
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
static bool looks_like_date(const char *s) {
  size_t digits = 0, chars = tb_utf8_length(s);
  for (const char *p = s; *p; p++)
    if (*p >= '0' && *p <= '9') digits++;
  return chars && digits * 2 >= chars;
}

/* Shape of a body: long, with sentences, or marked up. */
static bool body_shaped(const char *s) {
  if (looks_like_url(s)) return false;
  size_t len = tb_utf8_length(s);
  return has_html_tags(s) || (len >= 40 && count_cp(s, "。！？!?.") >= 2);
}

/* Shape of a title: a short line that does not end a sentence. */
static bool title_shaped(const char *s) {
  size_t len = tb_utf8_length(s);
  if (len < 4 || len > 64 || looks_like_url(s) || looks_like_date(s) || has_html_tags(s))
    return false;
  uint32_t last = tb_lo_last_cp(s);
  return last != 0x3002 && last != '.' && !strchr(s, '\n');
}

/* ---- one candidate's fields ---------------------------------------------------------------- */

typedef struct {
  char *text[ROLE_COUNT]; /* first value per role; owned */
  tb_strlist captions;    /* from image objects and caption fields */
  char *photo_credit;     /* the first image author */
  char *shape_title, *shape_body;
  bool body_is_list; /* the body came as an array of paragraphs */
} fields;

static void fields_free(fields *f) {
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
      field_role role = role_of_key(key);
      char *t = text_of(m, " ");
      if (t && looks_like_url(t)) role = ROLE_NONE;
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
  if (!has_html_tags(s)) return s;
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
static void read_fields(json_t *o, fields *f, int depth) {
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    field_role role = role_of_key(key);
    if (role == ROLE_SKIP) continue;
    if (role == ROLE_IMAGES && (json_is_array(v) || json_is_object(v))) {
      read_images(v, f);
      continue;
    }
    if (role == ROLE_NONE && json_is_object(v)) { /* "data", "_embedded": look inside */
      if (depth < 1) read_fields(v, f, depth + 1);
      continue;
    }
    bool list = json_is_array(v) && json_array_size(v) > 0 && json_is_string(json_array_get(v, 0));
    /* an array of objects is a list of things (stories, pages), except the authors of one */
    if (json_is_array(v) && !list && role != ROLE_BYLINE) continue;
    char *t = text_of(v, role == ROLE_BODY || role == ROLE_NONE ? "\n\n" : " ");
    if (t && is_short_field(role)) t = without_tags(t);
    if (!t) continue;
    if (role == ROLE_NONE) {
      /* an array of sentences is a body however short */
      if (!f->shape_body && (body_shaped(t) || (list && count_cp(t, "。！？!?") >= 2)))
        f->shape_body = t;
      else if (!f->shape_title && title_shaped(t))
        f->shape_title = t;
      else
        free(t);
      continue;
    }
    if (role == ROLE_CAPTION && !looks_like_url(t)) {
      tb_strlist_push_owned(&f->captions, t);
      continue;
    }
    if (role == ROLE_BODY && f->text[ROLE_BODY] && !body_shaped(f->text[ROLE_BODY]) &&
        body_shaped(t)) {
      /* "text": "short" next to "content": "long…": the longer body wins */
      free(f->text[ROLE_BODY]);
      f->text[ROLE_BODY] = NULL;
    }
    if (role == ROLE_TITLE && f->text[ROLE_TITLE] && !title_shaped(f->text[ROLE_TITLE]) &&
        title_shaped(t)) {
      free(f->text[ROLE_TITLE]);
      f->text[ROLE_TITLE] = NULL;
    }
    if (f->text[role] || looks_like_url(t)) {
      free(t);
      continue;
    }
    f->text[role] = t;
    if (role == ROLE_BODY) f->body_is_list = list;
  }
}

static const char *title_of(const fields *f) {
  const char *t = f->text[ROLE_TITLE];
  return t && !body_shaped(t) ? t : f->shape_title;
}

static const char *body_of(const fields *f) {
  const char *b = f->text[ROLE_BODY];
  if (b && (body_shaped(b) || !f->shape_body || f->body_is_list)) return b;
  return f->shape_body ? f->shape_body : b;
}

/* Advertisements and other items that are not stories. */
static bool is_advert(const fields *f) {
  static const char *const ads[] = {"广告", "advert", "推广", "sponsor", "promo"};
  for (int r = ROLE_KIND; r <= ROLE_COLUMN; r++) {
    const char *k = f->text[r];
    for (size_t i = 0; k && i < COUNT(ads); i++)
      if (has_word(k, ads[i])) return true;
    if (k && (strcasecmp(k, "ad") == 0 || strcasecmp(k, "ads") == 0)) return true;
  }
  return false;
}

/* ---- bodies ------------------------------------------------------------------------------- */

static void put_escaped(tb_strbuf *sb, const char *s) {
  for (const char *p = s; *p; p++) {
    if (*p == '<')
      tb_strbuf_puts(sb, "&lt;");
    else if (*p == '>')
      tb_strbuf_puts(sb, "&gt;");
    else
      tb_strbuf_putc(sb, *p);
  }
}

/* Plain text as <p> paragraphs: blank lines part paragraphs and single line breaks are wraps;
 * without any blank line, every line is a paragraph. */
static void plain_to_html(const char *text, tb_strbuf *out) {
  bool blank_parted = false;
  for (const char *p = strchr(text, '\n'); p && !blank_parted; p = strchr(p + 1, '\n')) {
    const char *q = p + 1;
    while (*q == ' ' || *q == '\t' || *q == '\r')
      q++;
    if (*q == '\n') blank_parted = true;
  }
  tb_strbuf para;
  tb_strbuf_init(&para);
  const char *p = text;
  while (true) {
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    char *line = tb_lo_trim(p, n);
    if (line[0]) tb_layout_join_wrapped(&para, line);
    bool close = !end || !blank_parted || !line[0];
    free(line);
    if (close && para.len) {
      tb_strbuf_puts(out, "<p>");
      put_escaped(out, para.data);
      tb_strbuf_puts(out, "</p>\n");
      tb_strbuf_clear(&para);
    }
    if (!end) break;
    p = end + 1;
  }
  tb_strbuf_free(&para);
}

static bool is_named(const xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

static bool is_bold(const xmlNode *n) {
  return is_named(n, "strong") || is_named(n, "b");
}

/* The block's only content is bold text (white space and <br> aside). */
static bool only_bold(xmlNode *block) {
  bool bold = false;
  for (xmlNode *c = block->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      for (const xmlChar *p = c->content; p && *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') return false;
    } else if (is_bold(c) || (is_named(c, "span") && c->children && only_bold(c))) {
      bold = true;
    } else if (!is_named(c, "br")) {
      return false;
    }
  }
  return bold;
}

enum { CROSSHEAD_MAX_CHARS = 40 };

/* Text that starts with an indent: a non-breaking or ideographic space after optional newlines. */
static bool starts_indented(const xmlNode *n) {
  if (!n || n->type != XML_TEXT_NODE || !n->content) return false;
  const char *s = (const char *)n->content;
  while (*s == '\n' || *s == '\r')
    s++;
  return tb_lo_starts(s, "\xC2\xA0") || tb_lo_starts(s, "\xE3\x80\x80");
}

/* Text that opens a numbered item ("2.完成…", "三、…"): a list set with single <br>s. */
static bool starts_list_item(const xmlNode *n) {
  if (!n || n->type != XML_TEXT_NODE || !n->content) return false;
  const char *s = (const char *)n->content;
  while (*s == '\n' || *s == '\r' || *s == ' ')
    s++;
  return tb_layout_list_number(s) > 0;
}

/* A block whose class names a caption ("pic-desc", "img-caption", "photo_note") and that holds
 * no image itself. */
static bool has_caption_class(xmlNode *block) {
  static const char *const words[] = {"caption", "desc", "pic", "photo", "img", "image", "figure"};
  xmlChar *cls = xmlGetProp(block, (const xmlChar *)"class");
  bool named = false;
  for (size_t i = 0; cls && i < COUNT(words) && !named; i++)
    named = has_word((const char *)cls, words[i]);
  xmlFree(cls);
  for (xmlNode *c = block->children; named && c; c = c->next)
    if (is_named(c, "img")) named = false;
  return named;
}

static bool good_alt(const char *alt) {
  return alt && tb_utf8_length(alt) >= 4 && !looks_like_url(alt) && !looks_like_date(alt);
}

/* Makes the CMS's habits explicit for the HTML reader (see the top of this file). */
static void fix_up(xmlNode *n, const char *headline) {
  for (xmlNode *c = n ? n->children : NULL, *next; c; c = next) {
    next = c->next;
    if (c->type != XML_ELEMENT_NODE) continue;
    if ((is_named(c, "p") || is_named(c, "div")) && only_bold(c)) {
      xmlChar *t = xmlNodeGetContent(c);
      char *trimmed = tb_lo_trim((const char *)t, strlen((const char *)t));
      if (tb_utf8_length(trimmed) <= CROSSHEAD_MAX_CHARS && tb_lo_last_cp(trimmed) != 0x3002)
        xmlNodeSetName(c, (const xmlChar *)"h3");
      free(trimmed);
      xmlFree(t);
    } else if ((is_named(c, "p") || is_named(c, "div")) && has_caption_class(c)) {
      xmlNodeSetName(c, (const xmlChar *)"figcaption");
    } else if (is_named(c, "br") && (starts_indented(c->next) || starts_list_item(c->next))) {
      xmlAddPrevSibling(c, xmlNewNode(NULL, (const xmlChar *)"br"));
    } else if (is_named(c, "img")) {
      xmlChar *alt = xmlGetProp(c, (const xmlChar *)"alt");
      if (good_alt((const char *)alt) && strcmp((const char *)alt, headline) != 0) {
        xmlNode *cap = xmlNewNode(NULL, (const xmlChar *)"figcaption");
        xmlNodeAddContent(cap, alt);
        xmlAddNextSibling(c, cap);
      }
      xmlFree(alt);
    }
    fix_up(c, headline);
  }
}

static bool is_body_of(const xmlNode *n) {
  return is_named(n, "body");
}

static xmlNode *find_body(xmlNode *n) {
  for (; n; n = n->next) {
    if (is_body_of(n)) return n;
    xmlNode *inner = n->type == XML_ELEMENT_NODE ? find_body(n->children) : NULL;
    if (inner) return inner;
  }
  return NULL;
}

/* Reads body (HTML or plain text) into a, which has its headline already. */
static void read_body(const char *body, tb_article *a) {
  tb_strbuf html;
  tb_strbuf_init(&html);
  tb_strbuf_puts(&html, "<html><body><article><h1>");
  put_escaped(&html, a->headline ? a->headline : "");
  tb_strbuf_puts(&html, "</h1>\n");
  if (has_html_tags(body))
    tb_strbuf_puts(&html, body);
  else
    plain_to_html(body, &html);
  tb_strbuf_puts(&html, "</article></body></html>");
  htmlDocPtr doc = htmlReadMemory(html.data, (int)html.len, "body", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_RECOVER);
  tb_strbuf_free(&html);
  if (!doc) return;
  fix_up(find_body(xmlDocGetRootElement(doc)), a->headline ? a->headline : "");
  xmlChar *fixed = NULL;
  int fixed_len = 0;
  htmlDocDumpMemoryFormat(doc, &fixed, &fixed_len, 0);
  xmlFreeDoc(doc);
  if (!fixed) return;
  tb_source_doc inner = {.name = "body",
                         .text = (char *)fixed,
                         .length = (size_t)fixed_len,
                         .format = TB_FORMAT_HTML,
                         .encoding = "UTF-8"};
  tb_issue *parsed = tb_issue_new();
  tb_error err = {0};
  if (tb_layout_parse_html(&inner, parsed, &err) == TB_OK) {
    for (size_t i = 0; i < parsed->article_count; i++) {
      tb_article *p = &parsed->articles[i];
      size_t base = a->paragraphs.count;
      /* headings in the body above its text: a ——subtitle, else a crosshead at the top */
      for (size_t k = 0; k < p->subheadlines.count; k++) {
        const char *s = p->subheadlines.items[k];
        if (tb_lo_starts(s, "——") && !a->paragraphs.count)
          tb_strlist_push(&a->subheadlines, s);
        else
          tb_article_add_crosshead(a, base, s);
      }
      if (i > 0 && p->headline) tb_article_add_crosshead(a, base, p->headline);
      for (size_t k = 0; k < p->crosshead_count; k++)
        tb_article_add_crosshead(a, base + p->crossheads[k].before, p->crossheads[k].text);
      for (size_t k = 0; k < p->paragraphs.count; k++)
        tb_strlist_push(&a->paragraphs, p->paragraphs.items[k]);
      for (size_t k = 0; k < p->captions.count; k++)
        tb_strlist_push(&a->captions, p->captions.items[k]);
      if (!a->byline && p->byline) a->byline = tb_xstrdup(p->byline);
      if (!a->editor_note && p->editor_note) a->editor_note = tb_xstrdup(p->editor_note);
    }
  }
  tb_issue_free(parsed);
  xmlFree(fixed);
}

/* ---- articles ----------------------------------------------------------------------------- */

static void set_kind(tb_article *a, const char *kind) {
  if (!kind) return;
  static const struct {
    const char *word;
    tb_article_kind kind;
  } kinds[] = {{"photo", TB_KIND_PHOTO},     {"图片", TB_KIND_PHOTO},   {"组图", TB_KIND_PHOTO},
               {"opinion", TB_KIND_OPINION}, {"评论", TB_KIND_OPINION}, {"时评", TB_KIND_OPINION},
               {"feature", TB_KIND_FEATURE}, {"特稿", TB_KIND_FEATURE}, {"通讯", TB_KIND_FEATURE},
               {"notice", TB_KIND_NOTICE},   {"公告", TB_KIND_NOTICE},  {"通知", TB_KIND_NOTICE}};
  for (size_t i = 0; i < COUNT(kinds); i++)
    if (has_word(kind, kinds[i].word)) {
      a->kind = kinds[i].kind;
      return;
    }
}

static bool caption_known(const tb_article *a, const char *c) {
  for (size_t i = 0; i < a->captions.count; i++)
    if (strstr(a->captions.items[i], c)) return true;
  return false;
}

/* The text is its captions and nothing else (html.c makes a lone caption the text). */
static bool text_is_captions(const tb_article *a) {
  if (!a->paragraphs.count || a->paragraphs.count != a->captions.count) return false;
  for (size_t i = 0; i < a->paragraphs.count; i++)
    if (strcmp(a->paragraphs.items[i], a->captions.items[i]) != 0) return false;
  return true;
}

/* "（记者 张三）" printed as the last paragraph: the byline is what the brackets hold. */
static void unbracket(char *s) {
  static const char *const pairs[][2] = {{"（", "）"}, {"(", ")"}, {"【", "】"}};
  size_t n = s ? strlen(s) : 0;
  for (size_t i = 0; i < COUNT(pairs); i++) {
    size_t open = strlen(pairs[i][0]), close = strlen(pairs[i][1]);
    if (n > open + close && tb_lo_starts(s, pairs[i][0]) && tb_lo_ends(s, pairs[i][1])) {
      memmove(s, s + open, n - open - close);
      s[n - open - close] = '\0';
      return;
    }
  }
}

/* Builds one article from its fields; false when the item is not a story. */
static bool build_article(const fields *f, tb_article *a) {
  const char *title = title_of(f), *body = body_of(f);
  if (!title || is_advert(f)) return false;
  a->headline = tb_lo_trim(title, strlen(title));
  if (f->text[ROLE_KICKER]) tb_strlist_push(&a->subheadlines, f->text[ROLE_KICKER]);
  if (f->text[ROLE_SUBTITLE]) tb_strlist_push(&a->subheadlines, f->text[ROLE_SUBTITLE]);
  if (body) read_body(body, a);
  /* an image's alt text often repeats its caption: each caption once */
  tb_strlist body_captions = a->captions;
  a->captions = (tb_strlist){0};
  for (size_t i = 0; i < body_captions.count; i++)
    if (!caption_known(a, body_captions.items[i]))
      tb_strlist_push(&a->captions, body_captions.items[i]);
  tb_strlist_free(&body_captions);
  for (size_t i = 0; i < f->captions.count; i++)
    if (!caption_known(a, f->captions.items[i]))
      tb_strlist_push(&a->captions, f->captions.items[i]);
  /* ▲ and 图为 paragraphs are captions printed in the text */
  for (size_t i = a->paragraphs.count; i-- > 0;) {
    if (!tb_layout_is_caption_mark(a->paragraphs.items[i]) || a->paragraphs.count < 2) continue;
    tb_strlist_push(&a->captions, a->paragraphs.items[i]);
    free(a->paragraphs.items[i]);
    memmove(&a->paragraphs.items[i], &a->paragraphs.items[i + 1],
            (a->paragraphs.count - i - 1) * sizeof *a->paragraphs.items);
    a->paragraphs.count--;
  }
  const char *by = f->text[ROLE_BYLINE] ? f->text[ROLE_BYLINE] : f->text[ROLE_SOURCE];
  if (!a->byline && by) a->byline = tb_xstrdup(by);
  bool photo = !a->paragraphs.count && a->captions.count;
  if (photo) /* a photo story: its captions are its text */
    for (size_t i = 0; i < a->captions.count; i++)
      tb_strlist_push(&a->paragraphs, a->captions.items[i]);
  photo = photo || text_is_captions(a);
  if (photo) {
    a->kind = TB_KIND_PHOTO;
    if (!a->byline && f->photo_credit) a->byline = tb_xstrdup(f->photo_credit);
  }
  if (!a->paragraphs.count) return false;
  unbracket(a->byline);
  if (!photo) set_kind(a, f->text[ROLE_KIND]);
  if (!photo && a->kind == TB_KIND_NEWS) set_kind(a, f->text[ROLE_COLUMN]);
  if (a->kind == TB_KIND_NEWS && a->byline && strstr(a->byline, "评论员"))
    a->kind = TB_KIND_OPINION;
  const char *column = f->text[ROLE_COLUMN];
  if (column && !has_html_tags(column) && tb_utf8_length(column) <= 8 &&
      tb_lo_first_cp(column) >= 0x2E80)
    a->column = tb_xstrdup(column);
  return true;
}

typedef struct {
  tb_issue *issue;
  size_t candidates; /* objects that read as stories, adverts included */
} finder;

static bool story_shaped(const fields *f) {
  return title_of(f) && (body_of(f) || f->captions.count);
}

static void find_articles(finder *fd, json_t *v, bool in_array) {
  if (json_is_array(v)) {
    size_t i;
    json_t *item;
    json_array_foreach(v, i, item) find_articles(fd, item, true);
    return;
  }
  if (!json_is_object(v)) return;
  if (in_array) {
    fields f = {0};
    read_fields(v, &f, 0);
    bool story = story_shaped(&f);
    if (story) {
      fd->candidates++;
      tb_article *a = tb_issue_add_article(fd->issue);
      if (!build_article(&f, a)) tb_issue_remove_article(fd->issue, fd->issue->article_count - 1);
    }
    fields_free(&f);
    if (story) return;
  }
  const char *key;
  json_t *m;
  json_object_foreach(v, key, m) {
    if (json_is_array(m) || json_is_object(m)) find_articles(fd, m, false);
  }
}

/* ---- the issue ---------------------------------------------------------------------------- */

static bool is_publication_key(const char *key) {
  static const char *const words[] = {"publication", "newspaper", "paper",     "报名",     "报纸",
                                      "刊名",        "sitename",  "site_name", "publisher"};
  for (size_t i = 0; i < COUNT(words); i++)
    if (has_word(key, words[i])) return true;
  return false;
}

static bool is_issue_no_key(const char *key) {
  static const char *const words[] = {"issue", "期号", "期数", "总期", "qihao", "期次"};
  for (size_t i = 0; i < COUNT(words); i++)
    if (has_word(key, words[i])) return true;
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
static void read_issue_fields(json_t *o, tb_issue *issue, int depth) {
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    if (json_is_object(v) && depth < 2) {
      fields f = {0};
      read_fields(v, &f, 1);
      if (!story_shaped(&f)) read_issue_fields(v, issue, depth + 1);
      fields_free(&f);
      continue;
    }
    char *t = json_is_integer(v)  ? tb_xasprintf("%lld", (long long)json_integer_value(v))
              : json_is_string(v) ? text_of(v, " ")
                                  : NULL;
    if (!t) continue;
    field_role role = role_of_key(key);
    if (role == ROLE_DATE) {
      if (!issue->date) issue->date = iso_date(t);
    } else if (is_issue_no_key(key) && !issue->issue_no) {
      issue->issue_no = t, t = NULL;
    } else if (is_publication_key(key) && !issue->publication) {
      issue->publication = t, t = NULL;
    } else if (role == ROLE_TITLE && !issue->publication && title_shaped(t)) {
      issue->publication = t, t = NULL; /* a feed's own title names the publication */
    }
    free(t);
  }
}

bool tb_layout_parse_json_foreign(const tb_source_doc *doc, tb_issue **out) {
  *out = NULL;
  json_t *root = json_loads(doc->text ? doc->text : "", 0, NULL);
  if (!root) return false;
  tb_issue *issue = tb_issue_new();
  const char *name = doc->name ? doc->name : "<input>";
  const char *base = strrchr(name, '/');
  tb_set_string(&issue->source, base ? base + 1 : name);
  finder fd = {.issue = issue};
  find_articles(&fd, root, false);
  if (!fd.candidates && json_is_object(root)) {
    find_articles(&fd, root, true); /* the file is one story */
  } else if (json_is_object(root)) {
    read_issue_fields(root, issue, 0);
  }
  json_decref(root);
  if (!issue->article_count) {
    tb_issue_free(issue);
    return false;
  }
  tb_issue_tidy(issue);
  tb_layout_kinds(issue);
  tb_issue_assign_ids(issue);
  *out = issue;
  return true;
}
