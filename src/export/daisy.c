/* daisy/: the issue as a DAISY 2.02 talking book, the format of the talking-book players many
 * blind readers own (and of their libraries' download services). An audio-only book with an NCC:
 * ncc.html lists the articles as h1 headings, one SMIL file per article plays the article's
 * audio as one clip per sentence, so a player's phrase keys move by sentence. The audio is the
 * render's own MP3 (or WAV), linked into daisy/ since a DAISY fileset lives in one folder. */
#include "render_private.h"

#include <errno.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The formats DAISY 2.02 players play, most portable first. */
static const char *const daisy_extensions[] = {".mp3", ".wav"};

static const char *daisy_audio(const tb_rendered_article *r) {
  for (size_t e = 0; e < sizeof daisy_extensions / sizeof *daisy_extensions; e++)
    for (size_t i = 0; i < r->audio_files.count; i++) {
      const char *f = r->audio_files.items[i];
      size_t n = strlen(f), m = strlen(daisy_extensions[e]);
      if (n > m && strcmp(f + n - m, daisy_extensions[e]) == 0) return f;
    }
  return NULL;
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* DAISY's clock values: h:mm:ss for the NCC and SMIL metadata. */
static void clock_value(char *out, size_t size, double seconds) {
  long total = (long)(seconds + 0.5);
  snprintf(out, size, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
}

/* A hard link where the file system allows one (no second copy of the audio), else a copy. */
static tb_status link_or_copy(const char *from, const char *to, tb_error *err) {
  if (unlink(to) != 0 && errno != ENOENT)
    return tb_error_set(err, TB_ERR_RUNTIME, "%s: %s", to, strerror(errno));
  if (link(from, to) == 0) return TB_OK;
  return tb_file_copy(from, to, err);
}

typedef struct {
  xmlBufferPtr buffer;
  xmlTextWriterPtr w;
} xml_out;

static void xml_begin(xml_out *x, const char *doctype_name, const char *public_id,
                      const char *system_id) {
  x->buffer = xmlBufferCreate();
  x->w = xmlNewTextWriterMemory(x->buffer, 0);
  xmlTextWriterSetIndent(x->w, 1);
  xmlTextWriterStartDocument(x->w, NULL, "utf-8", NULL);
  xmlTextWriterWriteDTD(x->w, BAD_CAST doctype_name, BAD_CAST public_id, BAD_CAST system_id, NULL);
}

static tb_status xml_finish(xml_out *x, const char *path, tb_error *err) {
  int rc = xmlTextWriterEndDocument(x->w);
  xmlFreeTextWriter(x->w); /* flushes into the buffer */
  tb_status s = rc < 0 ? tb_error_set(err, TB_ERR_RUNTIME, "%s: cannot write the XML", path)
                       : tb_file_write_atomic(path, xmlBufferContent(x->buffer),
                                              (size_t)xmlBufferLength(x->buffer), err);
  xmlBufferFree(x->buffer);
  return s;
}

static void meta(xmlTextWriterPtr w, const char *name, const char *content) {
  if (!content) return;
  xmlTextWriterStartElement(w, BAD_CAST "meta");
  xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST name);
  xmlTextWriterWriteAttribute(w, BAD_CAST "content", BAD_CAST content);
  xmlTextWriterEndElement(w);
}

static void meta_number(xmlTextWriterPtr w, const char *name, size_t value) {
  char text[32];
  snprintf(text, sizeof text, "%zu", value);
  meta(w, name, text);
}

/* One book-wide part of the fileset: a SMIL file of a single par. */
typedef struct {
  const char *id;      /* NCC anchor: "title", "a01", … */
  const char *heading; /* text of the NCC heading */
  char smil[32];       /* its SMIL file */
  const char *audio;   /* file name inside daisy/ */
  double *clip_starts; /* seconds; clips end where the next starts, the last at duration */
  size_t clip_count;
  double duration;
  double elapsed; /* before this part */
} daisy_part;

typedef struct {
  const tb_issue *issue;
  const char *title;
  const char *identifier;
  double total;
} daisy_book;

static tb_status write_smil(const char *dir, const daisy_book *book, const daisy_part *part,
                            tb_error *err) {
  xml_out x;
  xml_begin(&x, "smil", "-//W3C//DTD SMIL 1.0//EN", "http://www.w3.org/TR/REC-smil/SMIL10.dtd");
  xmlTextWriterPtr w = x.w;
  char clock[32];
  xmlTextWriterStartElement(w, BAD_CAST "smil");
  xmlTextWriterStartElement(w, BAD_CAST "head");
  meta(w, "dc:format", "Daisy 2.02");
  meta(w, "dc:identifier", book->identifier);
  meta(w, "dc:title", book->title);
  meta(w, "ncc:generator", "tingbao " TB_VERSION);
  clock_value(clock, sizeof clock, part->elapsed);
  meta(w, "ncc:totalElapsedTime", clock);
  clock_value(clock, sizeof clock, part->duration);
  meta(w, "ncc:timeInThisSmil", clock);
  meta(w, "title", part->heading);
  xmlTextWriterStartElement(w, BAD_CAST "layout");
  xmlTextWriterStartElement(w, BAD_CAST "region");
  xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "txtView");
  xmlTextWriterEndElement(w);
  xmlTextWriterEndElement(w); /* layout */
  xmlTextWriterEndElement(w); /* head */
  xmlTextWriterStartElement(w, BAD_CAST "body");
  xmlTextWriterStartElement(w, BAD_CAST "seq");
  xmlTextWriterWriteFormatAttribute(w, BAD_CAST "dur", "%.3fs", part->duration);
  xmlTextWriterStartElement(w, BAD_CAST "par");
  xmlTextWriterWriteAttribute(w, BAD_CAST "endsync", BAD_CAST "last");
  xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "par1");
  xmlTextWriterStartElement(w, BAD_CAST "text");
  xmlTextWriterWriteFormatAttribute(w, BAD_CAST "src", "ncc.html#%s", part->id);
  xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "txt1");
  xmlTextWriterEndElement(w);
  xmlTextWriterStartElement(w, BAD_CAST "seq");
  for (size_t i = 0; i < part->clip_count; i++) {
    double begin = part->clip_starts[i];
    double end = i + 1 < part->clip_count ? part->clip_starts[i + 1] : part->duration;
    if (end <= begin) continue;
    xmlTextWriterStartElement(w, BAD_CAST "audio");
    xmlTextWriterWriteAttribute(w, BAD_CAST "src", BAD_CAST part->audio);
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "clip-begin", "npt=%.3fs", begin);
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "clip-end", "npt=%.3fs", end);
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "id", "aud%zu", i + 1);
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterEndElement(w); /* seq */
  xmlTextWriterEndElement(w); /* par */
  xmlTextWriterEndElement(w); /* seq */
  xmlTextWriterEndElement(w); /* body */
  xmlTextWriterEndElement(w); /* smil */
  char *path = tb_path_join(dir, part->smil);
  tb_status s = xml_finish(&x, path, err);
  free(path);
  return s;
}

static tb_status write_ncc(const char *dir, const daisy_book *book, const daisy_part *parts,
                           size_t count, size_t file_count, const char *narrator, tb_error *err) {
  xml_out x;
  xml_begin(&x, "html", "-//W3C//DTD XHTML 1.0 Transitional//EN",
            "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd");
  xmlTextWriterPtr w = x.w;
  const tb_issue *issue = book->issue;
  char clock[32];
  xmlTextWriterStartElement(w, BAD_CAST "html");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST "http://www.w3.org/1999/xhtml");
  xmlTextWriterWriteAttribute(w, BAD_CAST "lang", BAD_CAST "zh");
  xmlTextWriterWriteAttribute(w, BAD_CAST "xml:lang", BAD_CAST "zh");
  xmlTextWriterStartElement(w, BAD_CAST "head");
  xmlTextWriterStartElement(w, BAD_CAST "meta");
  xmlTextWriterWriteAttribute(w, BAD_CAST "http-equiv", BAD_CAST "Content-type");
  xmlTextWriterWriteAttribute(w, BAD_CAST "content", BAD_CAST "text/html; charset=utf-8");
  xmlTextWriterEndElement(w);
  xmlTextWriterWriteElement(w, BAD_CAST "title", BAD_CAST book->title);
  meta(w, "dc:title", book->title);
  meta(w, "dc:creator", issue->publication ? issue->publication : book->title);
  meta(w, "dc:publisher", issue->publication ? issue->publication : book->title);
  meta(w, "dc:date", issue->date);
  meta(w, "dc:format", "Daisy 2.02");
  meta(w, "dc:identifier", book->identifier);
  meta(w, "dc:language", "zh");
  meta(w, "ncc:charset", "utf-8");
  meta(w, "ncc:generator", "tingbao " TB_VERSION);
  meta(w, "ncc:narrator", narrator);
  meta(w, "ncc:multimediaType", "audioNcc");
  meta(w, "ncc:setInfo", "1 of 1");
  meta(w, "ncc:depth", "1");
  meta_number(w, "ncc:tocItems", count);
  meta_number(w, "ncc:files", file_count);
  clock_value(clock, sizeof clock, book->total);
  meta(w, "ncc:totalTime", clock);
  static const char *const zero_counts[] = {
      "ncc:pageFront", "ncc:pageNormal", "ncc:pageSpecial", "ncc:maxPageNormal",
      "ncc:footnotes", "ncc:prodNotes",  "ncc:sidebars"};
  for (size_t i = 0; i < sizeof zero_counts / sizeof *zero_counts; i++)
    meta(w, zero_counts[i], "0");
  xmlTextWriterEndElement(w); /* head */
  xmlTextWriterStartElement(w, BAD_CAST "body");
  for (size_t i = 0; i < count; i++) {
    xmlTextWriterStartElement(w, BAD_CAST "h1");
    if (i == 0) xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST "title");
    xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST parts[i].id);
    xmlTextWriterStartElement(w, BAD_CAST "a");
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST "href", "%s#txt1", parts[i].smil);
    xmlTextWriterWriteString(w, BAD_CAST parts[i].heading);
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
  }
  xmlTextWriterEndElement(w); /* body */
  xmlTextWriterEndElement(w); /* html */
  char *path = tb_path_join(dir, "ncc.html");
  tb_status s = xml_finish(&x, path, err);
  free(path);
  return s;
}

/* Sentence starts of an article in seconds, from its marks. Caller frees. */
static double *sentence_starts(const tb_rendered_article *r, size_t *count) {
  size_t n = json_array_size(r->marks);
  double *starts = tb_xcalloc(n ? n : 1, sizeof *starts);
  for (size_t i = 0; i < n; i++)
    starts[i] = (double)json_integer_value(json_object_get(json_array_get(r->marks, i), "sample")) /
                (double)r->sample_rate;
  if (n == 0) n = 1; /* one clip for the whole article */
  *count = n;
  return starts;
}

typedef struct {
  const char *text;  /* the NCC's title heading */
  const char *audio; /* file name inside daisy/ that speaks it */
  double seconds;
} daisy_title;

static tb_status write_book(const char *dir, const char *issue_dir, const tb_issue *issue,
                            const tb_rendered_article *rendered, const daisy_title *title,
                            const char *narrator, tb_strlist *files, tb_error *err) {
  tb_status s = TB_OK;
  size_t count = issue->article_count + 1;
  daisy_part *parts = tb_xcalloc(count, sizeof *parts);
  char **ids = tb_xcalloc(count, sizeof *ids);
  tb_strlist written = {0};
  daisy_book book = {.issue = issue, .title = title->text};
  char *identifier = tb_xasprintf("tingbao:%s:%s", issue->publication ? issue->publication : "",
                                  issue->date ? issue->date : (issue->source ? issue->source : ""));
  book.identifier = identifier;

  parts[0] = (daisy_part){
      .id = "title", .heading = title->text, .audio = title->audio, .duration = title->seconds};
  parts[0].clip_starts = tb_xcalloc(1, sizeof *parts[0].clip_starts);
  parts[0].clip_count = 1;
  snprintf(parts[0].smil, sizeof parts[0].smil, "title.smil");
  for (size_t i = 0; s == TB_OK && i < issue->article_count; i++) {
    const tb_rendered_article *r = &rendered[i];
    daisy_part *p = &parts[i + 1];
    ids[i + 1] = tb_xasprintf("a%02zu", i + 1);
    p->id = ids[i + 1];
    p->heading = issue->articles[i].headline ? issue->articles[i].headline : issue->articles[i].id;
    const char *audio = daisy_audio(r);
    p->audio = base_name(audio);
    p->duration = r->seconds;
    p->clip_starts = sentence_starts(r, &p->clip_count);
    snprintf(p->smil, sizeof p->smil, "a%02zu.smil", i + 1);
    char *from = tb_path_join(issue_dir, audio);
    char *to = tb_path_join(dir, p->audio);
    s = link_or_copy(from, to, err);
    free(from);
    free(to);
    tb_strlist_push_owned(&written, tb_xasprintf("daisy/%s", p->audio));
  }
  tb_strlist_push_owned(&written, tb_xasprintf("daisy/%s", title->audio));
  for (size_t i = 0; i < count; i++) {
    parts[i].elapsed = book.total;
    book.total += parts[i].duration;
  }
  for (size_t i = 0; s == TB_OK && i < count; i++) {
    s = write_smil(dir, &book, &parts[i], err);
    tb_strlist_push_owned(&written, tb_xasprintf("daisy/%s", parts[i].smil));
  }
  /* The NCC last: it is the book's entry point, and names how many files the set holds. */
  if (s == TB_OK) s = write_ncc(dir, &book, parts, count, written.count + 1, narrator, err);
  if (s == TB_OK) {
    tb_strlist_push(&written, "daisy/ncc.html");
    for (size_t i = 0; i < written.count; i++)
      tb_strlist_push(files, written.items[i]);
  }
  for (size_t i = 0; i < count; i++) {
    free(parts[i].clip_starts);
    free(ids[i]);
  }
  free(parts);
  free(ids);
  free(identifier);
  tb_strlist_free(&written);
  return s;
}

/* The book's title: the paper and date as printed, else the name of the file it came from. */
static char *book_heading(const tb_issue *issue) {
  if (issue->publication && issue->date)
    return tb_xasprintf("%s %s", issue->publication, issue->date);
  if (issue->publication) return tb_xstrdup(issue->publication);
  const char *source = issue->source ? base_name(issue->source) : "听报";
  const char *dot = strrchr(source, '.');
  return dot && dot != source ? tb_xstrndup(source, (size_t)(dot - source)) : tb_xstrdup(source);
}

/* What the title heading says aloud: the paper, the date as it is read, the number of articles. */
static char *spoken_title(const tb_issue *issue) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  char *heading = issue->publication ? NULL : book_heading(issue);
  tb_strbuf_puts(&sb, issue->publication ? issue->publication : heading);
  free(heading);
  int y, m, d;
  if (issue->date && sscanf(issue->date, "%4d-%2d-%2d", &y, &m, &d) == 3)
    tb_strbuf_printf(&sb, "，%d年%d月%d日", y, m, d);
  tb_strbuf_printf(&sb, "，共%zu篇。", issue->article_count);
  return tb_strbuf_take(&sb);
}

static tb_status take_title(size_t index, tb_pcm *pcm, void *ctx, tb_error *err) {
  (void)index;
  (void)err;
  *(tb_pcm **)ctx = pcm;
  return TB_OK;
}

/* The profile that wrote files of this extension ("mp3"), for the title to match them. */
static const tb_audio_profile *profile_for(const tb_audio_profile *const *profiles, size_t count,
                                           const char *extension) {
  for (size_t i = 0; i < count; i++) {
    const char *list = profiles[i]->extensions;
    size_t n = strlen(extension);
    for (const char *at = strstr(list, extension); at; at = strstr(at + 1, extension))
      if ((at == list || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' ')) return profiles[i];
  }
  return NULL;
}

tb_status tb_export_daisy(const tb_render_context *ctx, const char *issue_dir,
                          const tb_issue *issue, const tb_rendered_article *rendered,
                          const tb_audio_profile *const *profiles, size_t profile_count,
                          tb_strlist *files, tb_error *err) {
  const char *extension = NULL;
  for (size_t i = 0; i < issue->article_count; i++) {
    const char *audio = daisy_audio(&rendered[i]);
    if (!audio) return TB_OK; /* e.g. an archive-only render: no format DAISY players play */
    if (!extension) extension = strrchr(audio, '.') + 1;
  }
  const tb_audio_profile *profile = profile_for(profiles, profile_count, extension);
  if (!profile || !ctx->speech || issue->article_count == 0) return TB_OK;

  char *dir = tb_path_join(issue_dir, "daisy");
  char *spoken = spoken_title(issue);
  char *heading = book_heading(issue);
  char *audio_name = tb_xasprintf("title.%s", extension);
  char *audio_path = tb_path_join(dir, audio_name);
  tb_reading *reading = NULL;
  tb_pcm *pcm = NULL;
  const char *paragraphs[] = {spoken};
  tb_status s = tb_mkdir_p(dir, err);
  if (s == TB_OK) s = tb_mandarin_read(ctx->mandarin, paragraphs, 1, &reading, err);
  /* In a worker, as the articles are: the engine's state in this process has drifted with what it
   * spoke before, and the book must come out the same byte for byte on every render. */
  const tb_reading *readings[] = {reading};
  if (s == TB_OK) s = tb_speech_speak_all(ctx->speech, readings, 1, 1, take_title, &pcm, err);
  if (s == TB_OK) {
    tb_audio_tags tags = {
        .title = heading, .album = heading, .artist = issue->publication, .date = issue->date};
    s = tb_export_audio_with(audio_path, pcm, &tags, &profile->options, err);
  }
  if (s == TB_OK) {
    daisy_title title = {.text = heading, .audio = audio_name, .seconds = tb_pcm_seconds(pcm)};
    char *narrator = tb_xasprintf("eSpeak NG, %s", tb_speech_voice_name(ctx->speech));
    s = write_book(dir, issue_dir, issue, rendered, &title, narrator, files, err);
    free(narrator);
  }
  tb_pcm_free(pcm);
  tb_reading_free(reading);
  free(audio_path);
  free(audio_name);
  free(heading);
  free(spoken);
  free(dir);
  return s;
}
