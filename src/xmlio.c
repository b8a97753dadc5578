/* xmlio.c — safe parsing, validation and atomic saving of XML. */
#include "xmlio.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

#include "buf.h"
#include "datadir.h"
#include "budget.h"
#include "diag.h"
#include "markup_scan.h"
#include "outfile.h"

/* Errors from libxml2 arrive through one global handler; this says which
 * document they belong to and whether one was reported already. */
typedef struct error_route {
  const char *name;
  int reported;
  int limit; /* how many to report; the rest are counted */
  int count;
} error_route;

static error_route *current_route;

static void S_route_error(void *data, xmlErrorPtr err) {
  error_route *route = data ? data : current_route;
  if (!route || !err || err->level == XML_ERR_WARNING)
    return;
  route->count++;
  if (route->reported >= route->limit)
    return;
  route->reported++;
  char msg[512];
  snprintf(msg, sizeof msg, "%s", err->message ? err->message : "XML error");
  size_t n = strlen(msg);
  while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
    msg[--n] = '\0';
  if (err->node && err->domain == XML_FROM_RELAXNGV) {
    xmlChar *path = xmlGetNodePath((xmlNodePtr)err->node);
    pd_error(route->name, err->line, "%s: %s", path ? (const char *)path : "?", msg);
    xmlFree(path);
  } else {
    pd_error(route->name, err->line, "%s", msg);
  }
}

static void S_silence(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

/* Serves files below the data folder (our own stylesheets and schemas) and
 * refuses every other URL: no network, no local files named by a document. */
static xmlParserInputPtr S_restricted_loader(const char *url, const char *id,
                                             xmlParserCtxtPtr ctxt) {
  (void)id;
  if (url) {
    const char *path = strncmp(url, "file://", 7) == 0 ? url + 7 : url;
    char real[PATH_MAX], dir[PATH_MAX];
    if (!strstr(path, "://") && realpath(path, real) && realpath(pd_datadir(), dir)) {
      size_t n = strlen(dir);
      if (strncmp(real, dir, n) == 0 && real[n] == '/')
        return xmlNewInputFromFile(ctxt, real);
    }
  }
  if (current_route)
    pd_error(current_route->name, 0, "refused to load external resource %s",
             url ? url : "(unnamed)");
  return NULL;
}

void pd_xml_init(void) {
  xmlInitParser();
  xmlSetGenericErrorFunc(NULL, S_silence);
  xmlSetStructuredErrorFunc(NULL, S_route_error);
  xmlSetExternalEntityLoader(S_restricted_loader);
  xmlLineNumbersDefault(1);
}

static xmlRelaxNGPtr schema_cache[8];
static char *schema_names[8];

void pd_xml_cleanup(void) {
  for (int i = 0; i < 8; i++) {
    if (schema_cache[i])
      xmlRelaxNGFree(schema_cache[i]);
    free(schema_names[i]);
    schema_cache[i] = NULL;
    schema_names[i] = NULL;
  }
  xmlCleanupParser();
}

xmlDocPtr pd_xml_parse(const char *name, const char *data, size_t len) {
  if (len > INT_MAX) {
    pd_error(name, 0, "XML document too large");
    return NULL;
  }
  if (pd_markup_check(name, data, len, 1) != 0)
    return NULL;
  if (!pd_budget_room(len * PD_BUDGET_PARSE_FACTOR))
    return NULL; /* pd_budget_end says out of memory */
  error_route route = {name, 0, 1, 0};
  error_route *saved = current_route;
  current_route = &route;
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  xmlDocPtr doc = NULL;
  if (ctxt) {
    doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL, PD_XML_PARSE_OPTIONS);
    if (doc && !ctxt->wellFormed) {
      xmlFreeDoc(doc);
      doc = NULL;
    }
    xmlFreeParserCtxt(ctxt);
  }
  current_route = saved;
  if (doc && pd_budget_spent()) { /* a tree the parser may have cut short */
    xmlFreeDoc(doc);
    doc = NULL;
  }
  if (!doc) {
    if (!route.reported && !pd_budget_spent()) /* else pd_budget_end says out of memory */
      pd_error(name, 0, "not well-formed XML");
    return NULL;
  }
  if (doc->intSubset || doc->extSubset) {
    pd_error(name, doc->intSubset ? (long)xmlGetLineNo((xmlNodePtr)doc->intSubset) : 0,
             "refused: the document declares a DOCTYPE (plandiff reads no DTDs)");
    xmlFreeDoc(doc);
    return NULL;
  }
  if (!xmlDocGetRootElement(doc)) {
    pd_error(name, 0, "XML document has no root element");
    xmlFreeDoc(doc);
    return NULL;
  }
  return doc;
}

xmlDocPtr pd_xml_load(const char *path, const pd_limits *limits) {
  pd_buf bytes = PD_BUF_INIT;
  if (pd_bytes_load(path, limits, &bytes, NULL) != 0)
    return NULL;
  xmlDocPtr doc = pd_xml_parse(path, pd_buf_cstr(&bytes), bytes.len);
  pd_buf_free(&bytes);
  return doc;
}

static xmlRelaxNGPtr S_schema(const char *schema) {
  int slot = -1;
  for (int i = 0; i < 8; i++) {
    if (schema_names[i] && strcmp(schema_names[i], schema) == 0)
      return schema_cache[i];
    if (!schema_names[i] && slot < 0)
      slot = i;
  }
  if (slot < 0)
    return NULL;
  pd_buf rel = PD_BUF_INIT;
  pd_buf_printf(&rel, "schema/%s.rng", schema);
  char *path = pd_data_path(rel.data);
  pd_buf_free(&rel);
  xmlDocPtr sdoc = pd_xml_load(path, NULL);
  xmlRelaxNGPtr rng = NULL;
  if (sdoc) {
    error_route route = {path, 0, 5, 0};
    error_route *saved = current_route;
    current_route = &route;
    xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewDocParserCtxt(sdoc);
    xmlRelaxNGSetParserStructuredErrors(pctxt, S_route_error, &route);
    rng = xmlRelaxNGParse(pctxt);
    xmlRelaxNGFreeParserCtxt(pctxt);
    xmlFreeDoc(sdoc);
    current_route = saved;
    if (!rng && !route.reported)
      pd_error(path, 0, "cannot compile the schema");
  }
  free(path);
  if (rng) {
    schema_names[slot] = pd_xstrdup(schema);
    schema_cache[slot] = rng;
  }
  return rng;
}

int pd_xml_schema_preload(const char *schema) { return S_schema(schema) ? 0 : -1; }

int pd_xml_validate(xmlDocPtr doc, const char *schema, const char *docname) {
  xmlRelaxNGPtr rng = S_schema(schema);
  if (!rng)
    return -1;
  error_route route = {docname, 0, 5, 0};
  xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(rng);
  xmlRelaxNGSetValidStructuredErrors(vctxt, S_route_error, &route);
  int rc = xmlRelaxNGValidateDoc(vctxt, doc);
  xmlRelaxNGFreeValidCtxt(vctxt);
  if (rc == 0)
    return 0;
  if (pd_budget_spent())
    return -1; /* validated past the budget: pd_budget_end says out of memory */
  pd_error(docname, 0, "does not match schema/%s.rng (%d error%s)", schema, route.count,
           route.count == 1 ? "" : "s");
  return -1;
}

void pd_xml_to_buf(xmlDocPtr doc, pd_buf *buf) {
  xmlChar *mem = NULL;
  int size = 0;
  xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
  if (mem)
    pd_buf_put(buf, mem, (size_t)size);
  xmlFree(mem);
}

/* Streams the serialisation straight into the output file: building the
 * whole text in memory first costs a copy and a realloc chain per document. */
static int S_write_cb(void *ctx, const char *buf, int len) {
  FILE *fp = ctx;
  return (len > 0 && fwrite(buf, 1, (size_t)len, fp) != (size_t)len) ? -1 : len;
}

static int S_close_cb(void *ctx) {
  (void)ctx;
  return 0;
}

static int S_save(xmlDocPtr doc, const char *path, int named) {
  pd_outfile out;
  if ((named ? pd_outfile_open_named(&out, path) : pd_outfile_open(&out, path)) != 0)
    return -1;
  xmlSaveCtxtPtr save = xmlSaveToIO(S_write_cb, S_close_cb, out.fp, "UTF-8", XML_SAVE_FORMAT);
  long rc = save ? xmlSaveDoc(save, doc) : -1;
  if (save && xmlSaveClose(save) < 0)
    rc = -1;
  if (rc < 0 || ferror(out.fp)) {
    pd_error(path, 0, "cannot write: %s", strerror(errno ? errno : EIO));
    pd_outfile_abort(&out);
    return -1;
  }
  return pd_outfile_commit(&out);
}

int pd_xml_save(xmlDocPtr doc, const char *path) { return S_save(doc, path, 0); }

int pd_xml_save_named(xmlDocPtr doc, const char *path) { return S_save(doc, path, 1); }

char *pd_xml_attr(xmlNodePtr n, const char *name) {
  xmlChar *v = n ? xmlGetProp(n, BAD_CAST name) : NULL;
  char *s = v ? pd_xstrdup((const char *)v) : NULL;
  xmlFree(v);
  return s;
}

char *pd_xml_text(xmlNodePtr n) {
  xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
  char *s = pd_xstrdup(v ? (const char *)v : "");
  xmlFree(v);
  return s;
}

int pd_xml_is(xmlNodePtr n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

xmlNodePtr pd_xml_add(xmlNodePtr parent, const char *name, const char *text) {
  return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

void pd_xml_set_int(xmlNodePtr node, const char *name, long value) {
  char num[32];
  snprintf(num, sizeof num, "%ld", value);
  xmlSetProp(node, BAD_CAST name, BAD_CAST num);
}
