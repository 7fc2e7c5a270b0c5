/* Braille pages → files: Unicode braille text, BRF (North American braille ASCII, what embosser
 * drivers take) and PEF 2008-1 (the DAISY Portable Embosser Format). Each file is written whole
 * and renamed into place. */
#include "export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* North American braille ASCII for the 64 six-dot cells, indexed by dots (bit 0 = dot 1). */
static const char brf_ascii[] =
    " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

char *tb_export_brf_line(const char *cells) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, ""); /* "" rather than NULL for an empty line */
  size_t len = cells ? strlen(cells) : 0;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(cells + i, len - i, &cp);
    i += used ? used : 1;
    if (used && cp >= 0x2800 && cp <= 0x28FF)
      tb_strbuf_putc(&sb, brf_ascii[(cp - 0x2800) & 0x3F]); /* dots 7 and 8 have no BRF */
    else if (used && cp == ' ')
      tb_strbuf_putc(&sb, ' ');
    /* anything else is not braille: BRF has no way to say it, so it is left out */
  }
  return tb_strbuf_take(&sb);
}

static tb_status write_file(const char *dir, const char *stem, const char *ext, const tb_strbuf *sb,
                            tb_error *err) {
  char *name = tb_xasprintf("%s.%s", stem, ext);
  char *path = tb_path_join(dir, name);
  tb_status s = tb_file_write_atomic(path, sb->data ? sb->data : "", sb->len, err);
  free(path);
  free(name);
  return s;
}

tb_status tb_export_braille(const char *dir, const char *stem, const tb_braille_pages *pages,
                            tb_error *err) {
  tb_status s = tb_mkdir_p(dir, err);
  if (s != TB_OK) return s;
  tb_strbuf txt, brf;
  tb_strbuf_init(&txt);
  tb_strbuf_init(&brf);
  tb_strbuf_puts(&txt, "");
  tb_strbuf_puts(&brf, "");
  for (size_t p = 0; p < tb_braille_pages_count(pages); p++) {
    if (p > 0) {
      tb_strbuf_putc(&txt, '\f');
      tb_strbuf_putc(&brf, '\f');
    }
    const tb_strlist *lines = tb_braille_pages_page(pages, p);
    for (size_t i = 0; i < lines->count; i++) {
      tb_strbuf_puts(&txt, lines->items[i]);
      tb_strbuf_putc(&txt, '\n');
      char *ascii = tb_export_brf_line(lines->items[i]);
      tb_strbuf_puts(&brf, ascii);
      tb_strbuf_puts(&brf, "\r\n");
      free(ascii);
    }
  }
  s = write_file(dir, stem, "txt", &txt, err);
  if (s == TB_OK) s = write_file(dir, stem, "brf", &brf, err);
  tb_strbuf_free(&txt);
  tb_strbuf_free(&brf);
  return s;
}

static void put_xml_text(tb_strbuf *sb, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '&':
      tb_strbuf_puts(sb, "&amp;");
      break;
    case '<':
      tb_strbuf_puts(sb, "&lt;");
      break;
    case '>':
      tb_strbuf_puts(sb, "&gt;");
      break;
    case '"':
      tb_strbuf_puts(sb, "&quot;");
      break;
    default:
      /* XML 1.0 forbids most control characters even as references */
      if ((unsigned char)*s >= 0x20 || *s == '\t' || *s == '\n') tb_strbuf_putc(sb, *s);
    }
  }
}

static bool is_iso_date(const char *d) {
  if (!d || strlen(d) != 10) return false;
  for (int i = 0; i < 10; i++) {
    bool digit = d[i] >= '0' && d[i] <= '9';
    if ((i == 4 || i == 7) ? d[i] != '-' : !digit) return false;
  }
  return true;
}

static void put_meta(tb_strbuf *sb, const char *element, const char *value) {
  tb_strbuf_printf(sb, "      <dc:%s>", element);
  put_xml_text(sb, value);
  tb_strbuf_printf(sb, "</dc:%s>\n", element);
}

tb_status tb_export_pef(const char *dir, const char *stem, const tb_braille_pages *pages,
                        const tb_pef_meta *meta, tb_error *err) {
  tb_status s = tb_mkdir_p(dir, err);
  if (s != TB_OK) return s;
  tb_pef_meta m = meta ? *meta : (tb_pef_meta){0};
  tb_page_size size = tb_braille_pages_size(pages);
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<pef version=\"2008-1\" xmlns=\"http://www.daisy.org/ns/2008/pef\">\n"
                      "  <head>\n"
                      "    <meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
  put_meta(&sb, "format", "application/x-pef+xml");
  char *identifier =
      m.identifier && *m.identifier
          ? tb_xstrdup(m.identifier)
          : tb_xasprintf("tingbao:%s:%s", is_iso_date(m.date) ? m.date : "undated", stem);
  put_meta(&sb, "identifier", identifier);
  free(identifier);
  if (m.title && *m.title) put_meta(&sb, "title", m.title);
  if (is_iso_date(m.date)) put_meta(&sb, "date", m.date);
  put_meta(&sb, "language", m.language && *m.language ? m.language : "zh-CN");
  put_meta(&sb, "creator", "tingbao");
  tb_strbuf_printf(&sb,
                   "    </meta>\n"
                   "  </head>\n"
                   "  <body>\n"
                   "    <volume cols=\"%d\" rows=\"%d\" rowgap=\"0\" duplex=\"false\">\n"
                   "      <section>\n",
                   size.cells_per_line, size.lines_per_page);
  size_t count = tb_braille_pages_count(pages);
  /* a section holds at least one page, even for an issue with no braille */
  if (count == 0) tb_strbuf_puts(&sb, "        <page/>\n");
  for (size_t p = 0; p < count; p++) {
    const tb_strlist *lines = tb_braille_pages_page(pages, p);
    tb_strbuf_puts(&sb, "        <page>\n");
    for (size_t i = 0; i < lines->count; i++) {
      tb_strbuf_puts(&sb, "          <row>");
      tb_strbuf_puts(&sb, lines->items[i]); /* cells only: nothing to escape */
      tb_strbuf_puts(&sb, "</row>\n");
    }
    tb_strbuf_puts(&sb, "        </page>\n");
  }
  tb_strbuf_puts(&sb, "      </section>\n    </volume>\n  </body>\n</pef>\n");
  s = write_file(dir, stem, "pef", &sb, err);
  tb_strbuf_free(&sb);
  return s;
}
