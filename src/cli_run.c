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
#include "outdir.h"
#include "outfile.h"
#include "plan_batch.h"
#include "plan_names.h"
#include "document.h"
#include "render.h"
#include "report.h"
#include "run_record.h"
#include "run_key.h"
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
    {PD_OPT_JOBS, NULL, NULL},
    {PD_OPT_CACHE, NULL, NULL},
    {PD_OPT_NO_CACHE, NULL, NULL},
    {PD_OPT_MAX_PAGES, NULL, NULL},
    {PD_OPT_MAX_MEMORY, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

/* The plans of the corpus as they arrive from the workers or the cache:
 * their bytes, kept until the run knows whether anything changed. */
typedef struct run_plans {
  char **names;  /* pd_plan_names, in corpus order */
  pd_buf *bytes; /* in corpus order; empty for a document that failed */
} run_plans;

static void S_keep_plan(size_t i, const char *path, const pd_buf *xml, void *ctx) {
  (void)path;
  run_plans *rp = ctx;
  pd_buf_put(&rp->bytes[i], xml->data, xml->len);
}

/* Writes each plan to PLANSDIR and parses it for compare, freeing its
 * bytes; returns how many were kept in PLANS (*FAILED set when one could
 * not be written or read back). */
static size_t S_plans_out(run_plans *rp, size_t n, const char *plansdir, xmlDocPtr *plans,
                          int *failed) {
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (!rp->bytes[i].len)
      continue;
    pd_buf name = PD_BUF_INIT;
    pd_buf_printf(&name, "%s/%s", plansdir, rp->names[i]);
    xmlDocPtr plan = pd_xml_parse(name.data, rp->bytes[i].data, rp->bytes[i].len);
    if (!plan || pd_write_file(name.data, rp->bytes[i].data, rp->bytes[i].len) != 0) {
      xmlFreeDoc(plan);
      *failed = 1;
    } else {
      plans[kept++] = plan;
    }
    pd_buf_free(&rp->bytes[i]);
    pd_buf_free(&name);
  }
  return kept;
}

static int S_run(const pd_options *opts) {
  const char *outdir = opts->output ? opts->output : "reports";
  int rc = PD_EXIT_OK;
  char *default_corpus[] = {"corpus"};
  char *const *paths = opts->nargs ? opts->args : default_corpus;
  size_t npaths = opts->nargs ? opts->nargs : 1;

  pd_corpus corpus = {NULL, 0, NULL, 0};
  pd_corpus_skip(&corpus, outdir); /* reports inside the corpus are never read back */
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
  /* The set is built beside OUT and switched in whole (outdir.h). */
  pd_outdir od;
  pd_buf plansdir = PD_BUF_INIT;
  if (!reg || pd_outdir_begin(&od, outdir) != 0) {
    pd_municipalities_free(reg);
    pd_thesaurus_free(th);
    pd_corpus_free(&corpus);
    return PD_EXIT_FAILED;
  }
  const char *stage = od.stage;
  pd_buf_printf(&plansdir, "%s/plans", stage);
  char **names = pd_plan_names(corpus.paths, corpus.count);
  size_t todo = pd_mkdirs(plansdir.data) == 0 ? corpus.count : 0; /* else reported */
  int tty = isatty(2);
  run_plans rp = {names, pd_xcalloc(corpus.count ? corpus.count : 1, sizeof(pd_buf))};
  if (pd_plans_make(opts, corpus.paths, todo, th, reg, S_keep_plan, &rp) != PD_EXIT_OK)
    rc = PD_EXIT_FAILED;
  /* Nothing changed since the run that wrote OUT: it is kept as it is. */
  pd_run_key key;
  char hex[PD_SHA256_HEX_SIZE];
  pd_run_key_init(&key, opts->thesaurus, opts->lang);
  for (size_t i = 0; i < corpus.count; i++)
    pd_run_key_add_source(&key, corpus.paths[i]);
  size_t have = 0;
  for (size_t i = 0; i < todo; i++)
    if (rp.bytes[i].len) {
      pd_run_key_add(&key, names[i], rp.bytes[i].data, rp.bytes[i].len);
      have++;
    }
  pd_run_key_finish(&key, hex);
  xmlDocPtr *plans = pd_xcalloc(corpus.count ? corpus.count : 1, sizeof(xmlDocPtr));
  size_t kept = 0;
  int failed = 0, unchanged = have && pd_run_key_matches(od.final, hex);
  if (unchanged) {
    pd_note(outdir, 0,
            "nothing changed since the last run (same plans, program, data, language "
            "and date); the report set is kept as it is");
    pd_outdir_abort(&od);
    kept = have;
    for (size_t i = 0; i < todo; i++)
      pd_buf_free(&rp.bytes[i]);
  } else {
    kept = S_plans_out(&rp, todo, plansdir.data, plans, &failed);
  }
  if (failed)
    rc = PD_EXIT_FAILED;
  if (unchanged) {
    /* OUT is kept as it is */
  } else if (kept) {
    xmlDocPtr cmp = pd_compare_plans(plans, kept, th);
    pd_buf cmpname = PD_BUF_INIT;
    pd_buf_printf(&cmpname, "%s/comparison.xml", stage);
    if (pd_xml_validate(cmp, "comparison", cmpname.data) != 0 ||
        pd_xml_save(cmp, cmpname.data) != 0 ||
        pd_render_reports(cmp, plans, kept, stage, opts->lang, opts->thesaurus) != 0)
      rc = PD_EXIT_FAILED;
    /* last into the set, so that it lists every output with its digest */
    if (pd_run_record_write(stage, corpus.paths, corpus.count, th, opts->thesaurus) != 0)
      rc = PD_EXIT_FAILED;
    /* and the key after it: it lists the whole set, RUN.tsv included */
    if (pd_run_key_write(stage, hex) != 0)
      rc = PD_EXIT_FAILED;
    if (pd_outdir_commit(&od) != 0)
      rc = PD_EXIT_FAILED;
    pd_buf_free(&cmpname);
    xmlFreeDoc(cmp);
  } else {
    pd_error(NULL, 0, "no document could be read; no reports written");
    pd_outdir_abort(&od); /* OUT keeps its earlier set */
    rc = PD_EXIT_FAILED;
  }
  if (tty)
    fprintf(stderr, "plandiff: %zu of %zu documents in %s/index.html\n", kept, corpus.count,
            outdir);
  for (size_t i = 0; i < kept && !unchanged; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  free(rp.bytes);
  pd_render_cleanup();
  pd_municipalities_free(reg);
  pd_thesaurus_free(th);
  pd_buf_free(&plansdir);
  pd_plan_names_free(names, corpus.count);
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
    "The set is built beside OUT and switched in whole (OUT never mixes two\n"
    "runs); OUT must be new, empty or a set an earlier run wrote.\n"
    "OUT/RUN.tsv records the run: plandiff and library versions, the date (UTC;\n"
    "SOURCE_DATE_EPOCH fixes it), and the SHA-256 and size of the thesaurus, the\n"
    "register, each MANIFEST.tsv, every input and every output. With the date\n"
    "fixed, two runs on the same inputs give the same files byte for byte.\n"
    "A progress line is shown on a terminal.\n",
    RUN_OPTIONS,
    S_run};
