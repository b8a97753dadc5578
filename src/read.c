/* read.c — the document tree: blocks separated by blank lines.
 * (Headings, lists and tables are recognised by the reader modules.) */
#include "read.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "xmlio.h"

static void S_set_lines(xmlNodePtr node, unsigned long first, unsigned long last) {
  pd_xml_set_int(node, "line", (long)first);
  pd_xml_set_int(node, "end-line", (long)last);
}

static void S_set_meta(xmlNodePtr root, const pd_docmeta *meta) {
  if (!meta)
    return;
  if (meta->municipality)
    xmlSetProp(root, BAD_CAST "municipality", BAD_CAST meta->municipality);
  if (meta->municipality_name)
    xmlSetProp(root, BAD_CAST "municipality-name", BAD_CAST meta->municipality_name);
  if (meta->kommunenummer)
    xmlSetProp(root, BAD_CAST "kommunenummer", BAD_CAST meta->kommunenummer);
  if (meta->county)
    xmlSetProp(root, BAD_CAST "county", BAD_CAST meta->county);
  if (meta->doc_type)
    xmlSetProp(root, BAD_CAST "doc-type", BAD_CAST meta->doc_type);
  if (meta->year > 0)
    pd_xml_set_int(root, "year", meta->year);
}

xmlDocPtr pd_read_text(const char *name, const pd_text *text, const pd_docmeta *meta) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "document");
  xmlDocSetRootElement(doc, root);
  xmlSetProp(root, BAD_CAST "file", BAD_CAST name);
  xmlSetProp(root, BAD_CAST "encoding", BAD_CAST(text->encoding ? text->encoding : "UTF-8"));
  if (text->gzip)
    xmlSetProp(root, BAD_CAST "gzip", BAD_CAST "true");
  pd_xml_set_int(root, "lines", (long)text->lines);
  if (text->repaired)
    pd_xml_set_int(root, "repaired", (long)text->repaired);
  S_set_meta(root, meta);

  pd_buf para = PD_BUF_INIT, map = PD_BUF_INIT;
  unsigned long first = 0, last = 0, line = 1;
  const char *p = text->data, *end = text->data + text->len;
  while (p <= end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *eol = nl ? nl : end;
    const char *a = p, *b = eol;
    while (a < b && (*a == ' ' || *a == '\t' || *a == '\f'))
      a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\f'))
      b--;
    if (a < b) {
      if (!para.len) {
        first = line;
        pd_buf_truncate(&map, 0);
        pd_buf_printf(&map, "%lu:0", line);
      } else {
        pd_buf_putc(&para, ' ');
        pd_buf_printf(&map, " %lu:%zu", line, para.len);
      }
      pd_buf_put(&para, a, (size_t)(b - a));
      last = line;
    }
    if ((a == b || !nl) && para.len) {
      xmlNodePtr node = pd_xml_add(root, "p", para.data);
      S_set_lines(node, first, last);
      if (last != first)
        xmlSetProp(node, BAD_CAST "sourcemap", BAD_CAST map.data);
      pd_buf_truncate(&para, 0);
    }
    if (!nl)
      break;
    p = nl + 1;
    line++;
  }
  pd_buf_free(&para);
  pd_buf_free(&map);
  return doc;
}

xmlDocPtr pd_read_file(const char *path, const pd_limits *limits, const pd_docmeta *meta) {
  pd_text text;
  if (pd_text_load(path, limits, &text) != 0)
    return NULL;
  xmlDocPtr doc = pd_read_text(path, &text, meta);
  pd_text_free(&text);
  return doc;
}
