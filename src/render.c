/* render.c — libxslt embedded, with security preferences and limits. */
#include "render.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libexslt/exslt.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "datadir.h"
#include "diag.h"
#include "xmlio.h"

enum { MAX_SHEETS = 16 };
static struct {
  char *path;
  xsltStylesheetPtr sheet;
} sheets[MAX_SHEETS];
static int exslt_ready;

/* The output folder a transformation may write into, for the callback. */
static char allowed_dir[PATH_MAX];

static int S_allow_in_outdir(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
                             const char *value) {
  (void)sec;
  (void)ctxt;
  if (!allowed_dir[0] || !value)
    return 0;
  const char *path = strncmp(value, "file://", 7) == 0 ? value + 7 : value;
  if (strstr(path, "://") || strstr(path, "/../") || strncmp(path, "../", 3) == 0)
    return 0;
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (slash)
    *slash = '\0';
  else
    snprintf(dir, sizeof dir, ".");
  char real[PATH_MAX];
  if (!realpath(dir, real))
    return 0;
  size_t n = strlen(allowed_dir);
  return strncmp(real, allowed_dir, n) == 0 && (real[n] == '\0' || real[n] == '/');
}

static xsltStylesheetPtr S_compile(const char *path) {
  for (int i = 0; i < MAX_SHEETS; i++)
    if (sheets[i].path && strcmp(sheets[i].path, path) == 0)
      return sheets[i].sheet;
  if (!exslt_ready) {
    exsltRegisterAll();
    exslt_ready = 1;
  }
  xmlDocPtr doc = pd_xml_load(path, NULL);
  if (!doc)
    return NULL;
  xsltStylesheetPtr sheet = xsltParseStylesheetDoc(doc); /* owns doc on success */
  if (!sheet) {
    pd_error(path, 0, "not a usable stylesheet");
    xmlFreeDoc(doc);
    return NULL;
  }
  for (int i = 0; i < MAX_SHEETS; i++)
    if (!sheets[i].path) {
      sheets[i].path = pd_xstrdup(path);
      sheets[i].sheet = sheet;
      return sheet;
    }
  return sheet; /* cache full: still usable, freed at exit by the OS */
}

int pd_render_apply_file(const char *path, xmlDocPtr doc, const char **params, const char *outdir,
                         const char *name, pd_buf *out) {
  xsltStylesheetPtr sheet = S_compile(path);
  if (!sheet)
    return -1;
  allowed_dir[0] = '\0';
  if (outdir && !realpath(outdir, allowed_dir))
    allowed_dir[0] = '\0';
  xsltTransformContextPtr ctxt = xsltNewTransformContext(sheet, doc);
  xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();
  xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, xsltSecurityForbid);
  xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, S_allow_in_outdir);
  xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, S_allow_in_outdir);
  xsltSetCtxtSecurityPrefs(sec, ctxt);
  xsltSetCtxtParseOptions(ctxt, PD_XML_PARSE_OPTIONS);
  /* Generous but finite: a pathological document stops with an error. */
  ctxt->maxTemplateDepth = 2000;
  ctxt->opLimit = 500000000UL;
  if (ctxt->xpathCtxt)
    ctxt->xpathCtxt->opLimit = 500000000UL;
  int rc = 0;
  if (params && xsltQuoteUserParams(ctxt, params) != 0) {
    pd_error(name, 0, "bad stylesheet parameter");
    rc = -1;
  }
  xmlDocPtr res = rc == 0 ? xsltApplyStylesheetUser(sheet, doc, NULL, NULL, NULL, ctxt) : NULL;
  if (rc == 0 && (!res || ctxt->state != XSLT_STATE_OK)) {
    pd_error(name, 0, "rendering with %s failed (a forbidden read or write, or a limit)", path);
    rc = -1;
  }
  if (rc == 0) {
    xmlChar *mem = NULL;
    int len = 0;
    if (xsltSaveResultToString(&mem, &len, res, sheet) == 0 && mem)
      pd_buf_put(out, mem, (size_t)len);
    else if (len != 0) {
      pd_error(name, 0, "cannot serialise the %s result", path);
      rc = -1;
    }
    xmlFree(mem);
  }
  if (res)
    xmlFreeDoc(res);
  xsltFreeTransformContext(ctxt);
  xsltFreeSecurityPrefs(sec);
  return rc;
}

int pd_render_apply(const char *stylesheet, xmlDocPtr doc, const char **params, const char *outdir,
                    const char *name, pd_buf *out) {
  pd_buf rel = PD_BUF_INIT;
  pd_buf_printf(&rel, "xslt/%s.xsl", stylesheet);
  char *path = pd_data_path(rel.data);
  pd_buf_free(&rel);
  int rc = pd_render_apply_file(path, doc, params, outdir, name, out);
  free(path);
  return rc;
}

void pd_render_cleanup(void) {
  for (int i = 0; i < MAX_SHEETS; i++) {
    if (sheets[i].sheet)
      xsltFreeStylesheet(sheets[i].sheet);
    free(sheets[i].path);
    sheets[i].path = NULL;
    sheets[i].sheet = NULL;
  }
  if (exslt_ready)
    xsltCleanupGlobals();
}
