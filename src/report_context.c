/* report_context.c — the <context> the pages read besides the comparison:
 * date and version, the vocabulary, the plans and the source texts. */
#include "report_context.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "datadir.h"
#include "diag.h"
#include "format.h"
#include "input.h"
#include "xmlio.h"

void pd_report_date(char out[11]) {
  time_t when = time(NULL);
  const char *epoch = getenv("SOURCE_DATE_EPOCH");
  if (epoch && *epoch) {
    char *end = NULL;
    errno = 0;
    unsigned long long v = strtoull(epoch, &end, 10);
    if (errno == 0 && end && *end == '\0' && epoch[0] != '-')
      when = (time_t)v;
    else
      pd_warning("SOURCE_DATE_EPOCH", 0, "not a number of seconds: '%s'; using today's date",
                 epoch);
  }
  struct tm tm;
  if (!gmtime_r(&when, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
    snprintf(out, 11, "%s", "0000-00-00");
}

/* The thesaurus entries the pages name things by, without the aliases and
 * cues only the matcher needs. A thesaurus that cannot be read leaves the
 * vocabulary empty: the pages then show ids, and the reason was reported. */
static void S_vocabulary(xmlNodePtr context) {
  xmlNodePtr vocab = xmlNewChild(context, NULL, BAD_CAST "vocabulary", NULL);
  char *path = pd_data_path("thesaurus/thesaurus.xml");
  xmlDocPtr th = pd_xml_load(path, NULL);
  free(path);
  if (!th)
    return;
  for (xmlNodePtr e = xmlDocGetRootElement(th)->children; e; e = e->next) {
    if (!pd_xml_is(e, "entry"))
      continue;
    xmlNodePtr copy = xmlDocCopyNode(e, context->doc, 1);
    xmlNodePtr next;
    for (xmlNodePtr c = copy->children; c; c = next) {
      next = c->next;
      if (c->type != XML_ELEMENT_NODE || pd_xml_is(c, "alias") || pd_xml_is(c, "cue")) {
        xmlUnlinkNode(c);
        xmlFreeNode(c);
      }
    }
    xmlAddChild(vocab, copy);
  }
  xmlFreeDoc(th);
}

static void S_plans(xmlNodePtr context, xmlDocPtr *plans, size_t nplans) {
  xmlNodePtr list = xmlNewChild(context, NULL, BAD_CAST "plans", NULL);
  for (size_t i = 0; i < nplans; i++) {
    xmlNodePtr root = xmlDocGetRootElement(plans[i]);
    if (root)
      xmlAddChild(list, xmlDocCopyNode(root, context->doc, 1));
  }
}

/* Whether FILE was already added to SOURCES. */
static int S_has_source(xmlNodePtr sources, const xmlChar *file) {
  for (xmlNodePtr s = sources->children; s; s = s->next) {
    xmlChar *f = xmlGetProp(s, BAD_CAST "file");
    int same = f && xmlStrEqual(f, file);
    xmlFree(f);
    if (same)
      return 1;
  }
  return 0;
}

/* FILE's lines as <l n=>, when it is a text or HTML document readable from
 * here: the lines its provenance counts (after the reader's decoding). PDF,
 * DOCX and ODT count pages, paragraphs or extracted lines that only their
 * reader knows, so they get no source view. A file that is gone (a saved
 * comparison rendered elsewhere) is passed over in silence. */
static void S_source(xmlNodePtr sources, const xmlChar *file) {
  const char *path = (const char *)file;
  if (access(path, R_OK) != 0)
    return;
  pd_buf bytes = PD_BUF_INIT;
  if (pd_bytes_load(path, NULL, &bytes, NULL) != 0) {
    pd_buf_free(&bytes);
    return;
  }
  pd_format format = pd_format_sniff(path, pd_buf_cstr(&bytes), bytes.len, NULL);
  if (format == PD_FORMAT_TEXT || format == PD_FORMAT_HTML) {
    pd_text text;
    int quiet = pd_diag_is_quiet();
    pd_diag_set_quiet(1); /* the reader reported the repairs already */
    pd_text_decode(path, pd_buf_cstr(&bytes), bytes.len, &text);
    pd_diag_set_quiet(quiet);
    xmlNodePtr src = xmlNewChild(sources, NULL, BAD_CAST "source", NULL);
    xmlNewProp(src, BAD_CAST "file", file);
    long n = 1;
    for (char *line = text.data; line && *line; n++) {
      char *nl = strchr(line, '\n');
      if (nl)
        *nl = '\0';
      for (char *p = line; *p; p++)
        if (*p == '\f' || *p == '\t')
          *p = ' '; /* \f (a PDF page break) is not allowed in XML */
      xmlNodePtr l = xmlNewTextChild(src, NULL, BAD_CAST "l", BAD_CAST line);
      pd_xml_set_int(l, "n", n);
      line = nl ? nl + 1 : NULL;
    }
    pd_text_free(&text);
  }
  pd_buf_free(&bytes);
}

static void S_sources(xmlNodePtr context, xmlNodePtr root) {
  xmlNodePtr sources = xmlNewChild(context, NULL, BAD_CAST "sources", NULL);
  for (xmlNodePtr s = root->children; s; s = s->next) {
    if (!pd_xml_is(s, "municipalities"))
      continue;
    for (xmlNodePtr m = s->children; m; m = m->next)
      for (xmlNodePtr d = pd_xml_is(m, "municipality") ? m->children : NULL; d; d = d->next) {
        xmlChar *file = pd_xml_is(d, "document") ? xmlGetProp(d, BAD_CAST "file") : NULL;
        if (file && !S_has_source(sources, file))
          S_source(sources, file);
        xmlFree(file);
      }
  }
}

xmlNodePtr pd_report_context_attach(xmlDocPtr cmp, xmlDocPtr *plans, size_t nplans) {
  xmlNodePtr root = xmlDocGetRootElement(cmp);
  xmlNodePtr context = xmlNewDocNode(cmp, NULL, BAD_CAST "context", NULL);
  char date[11];
  pd_report_date(date);
  xmlNewProp(context, BAD_CAST "date", BAD_CAST date);
  xmlNewProp(context, BAD_CAST "version", BAD_CAST PLANDIFF_VERSION);
  xmlAddChild(root, context);
  S_vocabulary(context);
  S_plans(context, plans, nplans);
  S_sources(context, root);
  return context;
}

void pd_report_context_detach(xmlNodePtr context) {
  xmlUnlinkNode(context);
  xmlFreeNode(context);
}
