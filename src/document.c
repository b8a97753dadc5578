/* document.c — dispatch an opened input to the reader for its format. */
#include "document.h"

#include <string.h>

#include "budget.h"
#include "diag.h"
#include "docx.h"
#include "doctree.h"
#include "html.h"
#include "odt.h"
#include "pdf.h"
#include "read.h"
#include "sha256.h"
#include "xmlio.h"

/* A document tree from `plandiff read`: parsed as untrusted XML, validated,
 * and given the metadata the command line or manifest supply. */
static xmlDocPtr S_tree(const char *path, const pd_input *in, const pd_docmeta *meta) {
  xmlDocPtr doc = pd_xml_parse(path, pd_buf_cstr((pd_buf *)&in->bytes), in->bytes.len);
  if (!doc)
    return NULL;
  if (pd_xml_validate(doc, "document", path) != 0) {
    xmlFreeDoc(doc);
    return NULL;
  }
  pd_tree_set_meta(xmlDocGetRootElement(doc), meta);
  return doc;
}

/* Stamps DOC's root with the SHA-256 of its input: of the file as it lies
 * on disk, so `sha256sum FILE` checks it (the compressed file, for gzip),
 * or of the bytes read from standard input. A tree from `plandiff read`
 * keeps the stamp of the file it was read from. */
static xmlDocPtr S_stamp(xmlDocPtr doc, const char *path, const pd_input *in) {
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root || xmlHasProp(root, BAD_CAST "sha256"))
    return doc;
  char hex[PD_SHA256_HEX_SIZE];
  if (!in->gzip || strcmp(path, "-") == 0 || pd_sha256_file(path, hex) != 0)
    pd_sha256_hex(pd_buf_cstr((pd_buf *)&in->bytes), in->bytes.len, hex);
  xmlSetProp(root, BAD_CAST "sha256", BAD_CAST hex);
  return doc;
}

static xmlDocPtr S_read(const char *path, const pd_input *in, const pd_limits *limits,
                        const pd_docmeta *meta, const pd_lexicon *lex);

xmlDocPtr pd_document_read(const char *path, const pd_input *in, const pd_limits *limits,
                           const pd_docmeta *meta, const pd_lexicon *lex) {
  return S_stamp(S_read(path, in, limits, meta, lex), path, in);
}

static xmlDocPtr S_read(const char *path, const pd_input *in, const pd_limits *limits,
                        const pd_docmeta *meta, const pd_lexicon *lex) {
  static const pd_docmeta none;
  if (!meta)
    meta = &none;
  switch (in->format) {
  case PD_FORMAT_TREE:
    return S_tree(path, in, meta);
  case PD_FORMAT_TEXT:
  case PD_FORMAT_HTML: {
    if (!pd_budget_room(in->bytes.len))
      return NULL; /* no room for the decoded text: pd_budget_end says out of memory */
    pd_text text;
    pd_text_decode(path, pd_buf_cstr((pd_buf *)&in->bytes), in->bytes.len, &text);
    text.gzip = in->gzip;
    xmlDocPtr doc = in->format == PD_FORMAT_HTML ? pd_read_html(path, &text, meta)
                                                 : pd_read_text(path, &text, meta, lex);
    pd_text_free(&text);
    return doc;
  }
  case PD_FORMAT_DOCX:
    return pd_read_docx(path, in, limits, meta);
  case PD_FORMAT_ODT:
    return pd_read_odt(path, in, limits, meta);
  case PD_FORMAT_PDF:
    return pd_read_pdf(path, in, limits, meta);
  case PD_FORMAT_REFUSED:
    break;
  }
  pd_error(path, 0, "not a document plandiff reads");
  return NULL;
}

xmlDocPtr pd_document_load(const char *path, const pd_limits *limits, const pd_docmeta *meta,
                           const pd_lexicon *lex) {
  pd_input in;
  if (pd_input_open(path, limits, &in) != 0)
    return NULL;
  xmlDocPtr doc = pd_document_read(path, &in, limits, meta, lex);
  pd_input_close(&in);
  return doc;
}
