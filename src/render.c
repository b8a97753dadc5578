/* render.c — libxslt embedded, with security preferences and limits. */
#include "render.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libexslt/exslt.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "datadir.h"
#include "diag.h"
#include "outfile.h"
#include "xmlio.h"

enum { MAX_SHEETS = 16 };
static struct {
  char *path;
  xsltStylesheetPtr sheet;
} sheets[MAX_SHEETS];
static int exslt_ready;

/* The output folder a transformation may write into (its real path), for
 * the callbacks below; empty outside a transformation or when it may write
 * nowhere. */
static char allowed_dir[PATH_MAX];
/* Pages written whole by the running transformation. */
static int pages_written;

/* Whether PATH (a file path as libxslt and libxml2 hand it over, already
 * unescaped, maybe behind file://) lies inside allowed_dir. No component
 * may be "..", and the deepest folder of PATH that exists must resolve
 * inside allowed_dir (folders below it are created there). */
static int S_inside_outdir(const char *path) {
  if (!allowed_dir[0] || !path)
    return 0;
  if (strncmp(path, "file://", 7) == 0)
    path += 7;
  if (strstr(path, "://") || strcmp(path, "..") == 0 || strncmp(path, "../", 3) == 0 ||
      strstr(path, "/../"))
    return 0;
  size_t len = strlen(path);
  if (len >= PATH_MAX || (len >= 3 && strcmp(path + len - 3, "/..") == 0))
    return 0;
  char dir[PATH_MAX], real[PATH_MAX];
  snprintf(dir, sizeof dir, "%s", path);
  for (;;) {
    char *slash = strrchr(dir, '/');
    if (!slash) {
      snprintf(dir, sizeof dir, ".");
      break;
    }
    *slash = '\0';
    if (slash == dir) {
      snprintf(dir, sizeof dir, "/");
      break;
    }
    struct stat st;
    if (stat(dir, &st) == 0)
      break;
  }
  size_t n = strlen(allowed_dir);
  return realpath(dir, real) && strncmp(real, allowed_dir, n) == 0 &&
         (real[n] == '\0' || real[n] == '/');
}

static int S_allow_in_outdir(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
                             const char *value) {
  (void)sec;
  (void)ctxt;
  return S_inside_outdir(value);
}

/* Pages written with exsl:document go through outfile.h (temporary file,
 * rename when whole) instead of libxml2's plain fopen. While a
 * transformation runs these callbacks take every output URL, so libxml2
 * never falls back to its own file writer: a page that may not be written
 * gets a context that fails every write. */
static pd_outfile refused_page;

static int S_out_match(const char *url) {
  (void)url;
  return allowed_dir[0] != '\0';
}

static void *S_out_open(const char *url) {
  const char *start = strncmp(url, "file://", 7) == 0 ? url + 7 : url;
  pd_outfile *out = NULL;
  if (S_inside_outdir(url)) {
    out = pd_xmalloc(sizeof *out);
    if (pd_outfile_open(out, start) != 0) {
      free(out);
      out = NULL;
    }
  }
  return out ? out : &refused_page;
}

static int S_out_write(void *context, const char *data, int len) {
  pd_outfile *out = context;
  if (out == &refused_page || len < 0)
    return -1;
  return fwrite(data, 1, (size_t)len, out->fp) == (size_t)len ? len : -1;
}

static int S_out_close(void *context) {
  pd_outfile *out = context;
  if (out == &refused_page)
    return -1;
  int rc = pd_outfile_commit(out);
  free(out);
  if (rc == 0)
    pages_written++;
  return rc;
}

static void S_init(void) {
  if (exslt_ready)
    return;
  exsltRegisterAll();
  xmlRegisterOutputCallbacks(S_out_match, S_out_open, S_out_write, S_out_close);
  exslt_ready = 1;
}

static xsltStylesheetPtr S_compile(const char *path) {
  for (int i = 0; i < MAX_SHEETS; i++)
    if (sheets[i].path && strcmp(sheets[i].path, path) == 0)
      return sheets[i].sheet;
  S_init();
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

/* The base that exsl:document hrefs resolve against: the output folder as
 * an escaped URI path ending in '/'. */
static char *S_base_uri(void) {
  xmlChar *esc = xmlURIEscapeStr(BAD_CAST allowed_dir, BAD_CAST "/");
  pd_buf base = PD_BUF_INIT;
  pd_buf_printf(&base, "%s/", esc ? (const char *)esc : allowed_dir);
  xmlFree(esc);
  return pd_buf_detach(&base);
}

/* One transformation of DOC by the stylesheet at PATH. The main result is
 * appended to OUT, or discarded when OUT is NULL. */
static int S_transform(const char *path, xmlDocPtr doc, const char **params, const char *outdir,
                       const char *name, pd_buf *out) {
  xsltStylesheetPtr sheet = S_compile(path);
  if (!sheet)
    return -1;
  allowed_dir[0] = '\0';
  if (outdir && !realpath(outdir, allowed_dir))
    allowed_dir[0] = '\0';
  char *base = allowed_dir[0] ? S_base_uri() : NULL;
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
  xmlDocPtr res = rc == 0 ? xsltApplyStylesheetUser(sheet, doc, NULL, base, NULL, ctxt) : NULL;
  if (rc == 0 && (!res || ctxt->state != XSLT_STATE_OK)) {
    pd_error(name, 0, "rendering with %s failed (a forbidden read or write, or a limit)", path);
    rc = -1;
  }
  if (rc == 0 && out) {
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
  free(base);
  allowed_dir[0] = '\0';
  return rc;
}

int pd_render_apply_file(const char *path, xmlDocPtr doc, const char **params, const char *outdir,
                         const char *name, pd_buf *out) {
  return S_transform(path, doc, params, outdir, name, out);
}

static char *S_sheet_path(const char *stylesheet) {
  pd_buf rel = PD_BUF_INIT;
  pd_buf_printf(&rel, "xslt/%s.xsl", stylesheet);
  char *path = pd_data_path(rel.data);
  pd_buf_free(&rel);
  return path;
}

int pd_render_apply(const char *stylesheet, xmlDocPtr doc, const char **params, const char *outdir,
                    const char *name, pd_buf *out) {
  char *path = S_sheet_path(stylesheet);
  int rc = S_transform(path, doc, params, outdir, name, out);
  free(path);
  return rc;
}

int pd_render_pages(const char *stylesheet, xmlDocPtr doc, const char **params, const char *outdir,
                    const char *name) {
  char *path = S_sheet_path(stylesheet);
  pages_written = 0;
  int rc = S_transform(path, doc, params, outdir, name, NULL);
  free(path);
  return rc == 0 ? pages_written : -1;
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
