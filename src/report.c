/* report.c — the report set: pages and tables written from a comparison. */
#include "report.h"

#include <string.h>

#include "buf.h"
#include "diag.h"
#include "outfile.h"
#include "pages.h"
#include "render.h"
#include "report_context.h"
#include "report_tables.h"

/* The one-page index, rendered to a buffer and written atomically. */
static int S_index(xmlDocPtr cmp, const char *outdir, const char *href, const char **params) {
  pd_buf path = PD_BUF_INIT, out = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", outdir, href);
  int rc = pd_render_apply("index", cmp, params, outdir, path.data, &out);
  if (rc == 0)
    rc = pd_write_file(path.data, pd_buf_cstr(&out), out.len);
  pd_buf_free(&path);
  pd_buf_free(&out);
  return rc == 0 ? 0 : 1;
}

/* Every page of KIND, in one transformation by the stylesheet of the same
 * name; each page on the list must have been written. */
static int S_kind(xmlDocPtr cmp, const pd_pages *pages, pd_page_kind kind, const char *outdir,
                  const char **params) {
  size_t want = pages->count[kind];
  if (want == 0)
    return 0;
  const char *sheet = pd_page_kind_name(kind);
  int got = pd_render_pages(sheet, cmp, params, outdir, outdir);
  if (got < 0)
    return 1;
  if ((size_t)got != want) {
    pd_error(outdir, 0, "%s pages: %d written of %zu", sheet, got, want);
    return 1;
  }
  return 0;
}

/* Whether the LEN bytes at KEY are exactly NAME. */
static int S_is(const char *key, size_t len, const char *name) {
  return strlen(name) == len && strncmp(key, name, len) == 0;
}

static int S_table(const pd_page *page, xmlDocPtr cmp, xmlDocPtr *plans, size_t nplans,
                   const char *outdir) {
  const char *dot = strrchr(page->key, '.');
  pd_table_format format;
  if (!dot || pd_table_format_parse(dot + 1, &format) != 0)
    return 1;
  size_t len = (size_t)(dot - page->key);
  pd_buf out = PD_BUF_INIT, path = PD_BUF_INIT;
  if (S_is(page->key, len, "measures"))
    pd_table_measures(plans, nplans, format, &out);
  else if (S_is(page->key, len, "matrix"))
    pd_table_matrix(cmp, format, &out);
  else if (S_is(page->key, len, "goals"))
    pd_table_goals(cmp, format, &out);
  else
    pd_table_coverage(cmp, format, &out);
  pd_buf_printf(&path, "%s/%s", outdir, page->href);
  int rc = pd_write_file(path.data, pd_buf_cstr(&out), out.len);
  pd_buf_free(&out);
  pd_buf_free(&path);
  return rc == 0 ? 0 : 1;
}

/* Source pages a transformation renders at a time: each gets a document of
 * its own holding only these documents' lines (pd_report_sources_doc), so
 * no transformation indexes the text of the whole corpus. */
enum { SOURCES_PER_DOC = 8 };

static int S_sources(xmlDocPtr cmp, const pd_pages *pages, const char *outdir,
                     const char **params) {
  const char *batch[SOURCES_PER_DOC];
  size_t n = 0, written = 0;
  int failed = 0;
  for (size_t i = 0; i <= pages->n; i++) {
    if (i < pages->n && pages->v[i].kind == PD_PAGE_SOURCE)
      batch[n++] = pages->v[i].key;
    if (n && (n == SOURCES_PER_DOC || i == pages->n)) {
      xmlDocPtr doc = pd_report_sources_doc(cmp, batch, n);
      int got = pd_render_pages("source", doc, params, outdir, outdir);
      xmlFreeDoc(doc);
      if (got < 0)
        failed = 1;
      else
        written += (size_t)got;
      n = 0;
    }
  }
  if (!failed && written != pages->count[PD_PAGE_SOURCE]) {
    pd_error(outdir, 0, "source pages: %zu written of %zu", written, pages->count[PD_PAGE_SOURCE]);
    failed = 1;
  }
  return failed;
}

int pd_render_reports(xmlDocPtr cmp, xmlDocPtr *plans, size_t nplans, const char *outdir,
                      const char *lang, const char *thesaurus) {
  if (pd_mkdirs(outdir) != 0)
    return 1;
  pd_pages pages;
  xmlNodePtr context = pd_report_context_attach(cmp, plans, nplans, thesaurus);
  pd_pages_plan(&pages, cmp, nplans > 0);
  xmlNodePtr list = pd_pages_attach(&pages, cmp);
  const char *params[] = {"lang", lang, NULL};
  int failed = 0;
  for (size_t i = 0; i < pages.n; i++)
    if (pages.v[i].kind == PD_PAGE_INDEX)
      failed += S_index(cmp, outdir, pages.v[i].href, params);
  failed += S_kind(cmp, &pages, PD_PAGE_MUNICIPALITY, outdir, params);
  failed += S_kind(cmp, &pages, PD_PAGE_PROGRAMME, outdir, params);
  failed += S_kind(cmp, &pages, PD_PAGE_PAIR, outdir, params);
  failed += S_sources(cmp, &pages, outdir, params);
  pd_pages_detach(list);
  pd_report_context_detach(context, plans, nplans); /* the plans get their roots back */
  for (size_t i = 0; i < pages.n; i++)
    if (pages.v[i].kind == PD_PAGE_TABLE)
      failed += S_table(&pages.v[i], cmp, plans, nplans, outdir);
  pd_pages_free(&pages);
  return failed;
}
