/* cli_run.c — `plandiff run`: a corpus into plans, a comparison and the
 * report set, in one command. A document that fails is reported and left
 * out; everything else still reaches the reports, and the exit status is 1. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "compare.h"
#include "corpus.h"
#include "diag.h"
#include "extract.h"
#include "outfile.h"
#include "document.h"
#include "render.h"
#include "report.h"
#include "xmlio.h"

static const pd_option_use RUN_OPTIONS[] = {
    {PD_OPT_OUTPUT, "DIR", "the output folder (default: reports)"},
    {PD_OPT_LANG, NULL, NULL},
    {PD_OPT_THESAURUS, NULL, NULL},
    {PD_OPT_MUNICIPALITY, NULL, NULL},
    {PD_OPT_NAME, NULL, NULL},
    {PD_OPT_DOC_TYPE, NULL, NULL},
    {PD_OPT_YEAR, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, NULL},
    {PD_OPT_MAX_GZIP_RATIO, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static char *S_plan_name(const char *outdir, const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  pd_buf name = PD_BUF_INIT;
  pd_buf_printf(&name, "%s/plans/", outdir);
  size_t start = name.len;
  for (const char *p = base; *p; p++) {
    char ch = *p;
    if (ch == '/' || ch == ' ')
      ch = '_';
    pd_buf_putc(&name, ch);
  }
  /* plan.txt.gz -> plan.xml */
  char *dot = strchr(name.data + start, '.');
  if (dot)
    pd_buf_truncate(&name, (size_t)(dot - name.data));
  pd_buf_puts(&name, ".xml");
  return pd_buf_detach(&name);
}

static int S_run(const pd_options *opts) {
  const char *outdir = opts->output ? opts->output : "reports";
  int rc = PD_EXIT_OK;
  char *default_corpus[] = {"corpus"};
  char *const *paths = opts->nargs ? opts->args : default_corpus;
  size_t npaths = opts->nargs ? opts->nargs : 1;

  pd_corpus corpus = {NULL, 0, NULL, 0};
  if (pd_corpus_collect(&corpus, paths, npaths) != 0)
    rc = PD_EXIT_FAILED;
  /* Metadata flags describe one document; given to a corpus they would
   * rename or merge every municipality in it. */
  const pd_docmeta *f = &opts->meta;
  if (corpus.count > 1 && (f->municipality || f->municipality_name || f->kommunenummer ||
                           f->county || f->doc_type || f->year)) {
    size_t n = corpus.count;
    pd_corpus_free(&corpus);
    return pd_usage_error("run",
                          "--municipality, --name, --doc-type and --year describe one "
                          "document, and %zu were given; give each its row in a "
                          "MANIFEST.tsv instead",
                          n);
  }
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  pd_municipalities *reg = th ? pd_municipalities_load(NULL) : NULL;
  pd_buf plansdir = PD_BUF_INIT;
  pd_buf_printf(&plansdir, "%s/plans", outdir);
  if (!reg || pd_mkdirs(plansdir.data) != 0) {
    pd_buf_free(&plansdir);
    pd_municipalities_free(reg);
    pd_thesaurus_free(th);
    pd_corpus_free(&corpus);
    return PD_EXIT_FAILED;
  }
  int tty = isatty(2);
  xmlDocPtr *plans = pd_xcalloc(corpus.count ? corpus.count : 1, sizeof(xmlDocPtr));
  size_t kept = 0;
  for (size_t i = 0; i < corpus.count; i++) {
    const char *path = corpus.paths[i];
    if (tty)
      fprintf(stderr, "\rplandiff: [%zu/%zu] %-60.60s", i + 1, corpus.count, path);
    int bad_meta = 0;
    xmlDocPtr doc = pd_doc_read(opts, path, th->lexicon, reg, &bad_meta);
    if (bad_meta)
      rc = PD_EXIT_FAILED; /* reported; the document is still read */
    if (!doc) {
      rc = PD_EXIT_FAILED;
      continue;
    }
    xmlDocPtr plan = pd_extract_plan(doc, th);
    xmlFreeDoc(doc);
    char *name = S_plan_name(outdir, path);
    if (pd_xml_validate(plan, "plan", path) != 0 || pd_xml_save(plan, name) != 0) {
      xmlFreeDoc(plan);
      rc = PD_EXIT_FAILED;
    } else {
      plans[kept++] = plan;
    }
    free(name);
  }
  if (tty)
    fprintf(stderr, "\r%80s\r", "");
  if (kept) {
    xmlDocPtr cmp = pd_compare_plans(plans, kept, th);
    pd_buf cmpname = PD_BUF_INIT;
    pd_buf_printf(&cmpname, "%s/comparison.xml", outdir);
    if (pd_xml_validate(cmp, "comparison", cmpname.data) != 0 ||
        pd_xml_save(cmp, cmpname.data) != 0 ||
        pd_render_reports(cmp, plans, kept, outdir, opts->lang) != 0)
      rc = PD_EXIT_FAILED;
    pd_buf_free(&cmpname);
    xmlFreeDoc(cmp);
  } else {
    pd_error(NULL, 0, "no document could be read; no reports written");
    rc = PD_EXIT_FAILED;
  }
  if (tty)
    fprintf(stderr, "plandiff: %zu of %zu documents in %s/index.html\n", kept, corpus.count,
            outdir);
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  pd_render_cleanup();
  pd_municipalities_free(reg);
  pd_thesaurus_free(th);
  pd_buf_free(&plansdir);
  pd_corpus_free(&corpus);
  return rc;
}

const pd_command pd_command_run = {
    "run",
    "[CORPUS...]",
    "corpus -> plans, comparison and reports, in one go",
    "Reads every document of the corpus (files, or folders walked recursively for\n"
    ".txt, .md, .html and .gz), normalises each, compares them and renders the\n"
    "reports. Writes OUT/plans/*.xml, OUT/comparison.xml and the report set (see\n"
    "'plandiff help render') into OUT. Defaults: corpus/ into reports/.\n"
    "A progress line is shown on a terminal.\n",
    RUN_OPTIONS,
    S_run};
