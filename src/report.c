/* report.c — the report set: pages and tables written from a comparison. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "outfile.h"
#include "render.h"

typedef struct bundled {
  char *municipality;
  size_t order;
  xmlDocPtr doc;
} bundled;

static int S_by_municipality(const void *a, const void *b) {
  const bundled *x = a, *y = b;
  int c = strcmp(x->municipality, y->municipality);
  return c ? c : (x->order < y->order ? -1 : x->order > y->order);
}

xmlDocPtr pd_plans_bundle(xmlDocPtr *plans, size_t n) {
  bundled *v = pd_xcalloc(n ? n : 1, sizeof *v);
  for (size_t i = 0; i < n; i++) {
    xmlNodePtr mun = xmlDocGetRootElement(plans[i])->children;
    while (mun &&
           !(mun->type == XML_ELEMENT_NODE && xmlStrEqual(mun->name, BAD_CAST "municipality")))
      mun = mun->next;
    xmlChar *id = mun ? xmlGetProp(mun, BAD_CAST "id") : NULL;
    v[i].municipality = pd_xstrdup(id ? (const char *)id : "");
    xmlFree(id);
    v[i].order = i;
    v[i].doc = plans[i];
  }
  qsort(v, n, sizeof *v, S_by_municipality);
  xmlDocPtr all = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "plans");
  xmlDocSetRootElement(all, root);
  for (size_t i = 0; i < n; i++) {
    xmlAddChild(root, xmlDocCopyNode(xmlDocGetRootElement(v[i].doc), all, 1));
    free(v[i].municipality);
  }
  free(v);
  return all;
}

/* Renders STYLESHEET with PARAMS into OUTDIR/NAME. */
static int S_page(const char *outdir, const char *name, const char *stylesheet, xmlDocPtr doc,
                  const char **params) {
  pd_buf path = PD_BUF_INIT, out = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", outdir, name);
  int rc = pd_render_apply(stylesheet, doc, params, outdir, path.data, &out);
  if (rc == 0)
    rc = pd_write_file(path.data, pd_buf_cstr(&out), out.len);
  pd_buf_free(&path);
  pd_buf_free(&out);
  return rc == 0 ? 0 : 1;
}

static void S_ids(xmlDocPtr cmp, const char *section, const char *element, const char *attr,
                  char ***out, size_t *n) {
  *out = NULL;
  *n = 0;
  for (xmlNodePtr s = xmlDocGetRootElement(cmp)->children; s; s = s->next) {
    if (s->type != XML_ELEMENT_NODE || !xmlStrEqual(s->name, BAD_CAST section))
      continue;
    for (xmlNodePtr e = s->children; e; e = e->next) {
      if (e->type != XML_ELEMENT_NODE || !xmlStrEqual(e->name, BAD_CAST element))
        continue;
      xmlChar *v = xmlGetProp(e, BAD_CAST attr);
      if (v) {
        *out = pd_xrealloc(*out, (*n + 1) * sizeof **out);
        (*out)[(*n)++] = pd_xstrdup((const char *)v);
      }
      xmlFree(v);
    }
  }
}

int pd_render_reports(xmlDocPtr cmp, xmlDocPtr *plans, size_t nplans, const char *outdir,
                      const char *lang) {
  if (pd_mkdirs(outdir) != 0)
    return 1;
  int failed = 0;
  const char *base[] = {"lang", lang, NULL};
  failed += S_page(outdir, "index.html", "index", cmp, base);

  char **ids = NULL;
  size_t nids = 0;
  S_ids(cmp, "municipalities", "municipality", "id", &ids, &nids);
  for (size_t i = 0; i < nids; i++) {
    pd_buf name = PD_BUF_INIT;
    pd_buf_printf(&name, "kommune-%s.html", ids[i]);
    const char *params[] = {"lang", lang, "id", ids[i], NULL};
    failed += S_page(outdir, name.data, "municipality", cmp, params);
    pd_buf_free(&name);
  }
  char **refs = NULL;
  size_t nrefs = 0;
  S_ids(cmp, "programmes", "programme", "ref", &refs, &nrefs);
  for (size_t i = 0; i < nrefs; i++) {
    pd_buf name = PD_BUF_INIT;
    pd_buf_printf(&name, "program-%s.html", refs[i]);
    const char *params[] = {"lang", lang, "ref", refs[i], NULL};
    failed += S_page(outdir, name.data, "programme", cmp, params);
    pd_buf_free(&name);
    free(refs[i]);
  }
  free(refs);
  if (nids <= PD_MAX_PAIR_PAGES_MUNICIPALITIES)
    for (size_t a = 0; a < nids; a++)
      for (size_t b = a + 1; b < nids; b++) {
        pd_buf name = PD_BUF_INIT;
        pd_buf_printf(&name, "par-%s-%s.html", ids[a], ids[b]);
        const char *params[] = {"lang", lang, "a", ids[a], "b", ids[b], NULL};
        failed += S_page(outdir, name.data, "pair", cmp, params);
        pd_buf_free(&name);
      }
  for (size_t i = 0; i < nids; i++)
    free(ids[i]);
  free(ids);

  static const char *const formats[] = {"tsv", "csv"};
  static const char *const tables[] = {"matrix", "goals", "coverage"};
  for (int f = 0; f < 2; f++) {
    for (int t = 0; t < 3; t++) {
      pd_buf name = PD_BUF_INIT;
      pd_buf_printf(&name, "%s.%s", tables[t], formats[f]);
      const char *params[] = {"table", tables[t], "format", formats[f], NULL};
      failed += S_page(outdir, name.data, "tables", cmp, params);
      pd_buf_free(&name);
    }
    if (nplans) {
      xmlDocPtr bundle = pd_plans_bundle(plans, nplans);
      pd_buf name = PD_BUF_INIT;
      pd_buf_printf(&name, "measures.%s", formats[f]);
      const char *params[] = {"format", formats[f], NULL};
      failed += S_page(outdir, name.data, "measures-table", bundle, params);
      pd_buf_free(&name);
      xmlFreeDoc(bundle);
    }
  }
  return failed;
}
