/* cli_normalise.c — `plandiff normalise`: one document into one plan, or
 * many documents into a folder of plans in one process (workers and cache
 * as in `run`: plan_batch.h). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "extract.h"
#include "document.h"
#include "outfile.h"
#include "plan_batch.h"
#include "plan_names.h"
#include "xmlio.h"

static const pd_option_use NORMALISE_OPTIONS[] = {
    {PD_OPT_OUTPUT, "FILE", "the plan (default: standard output); for several files, their folder"},
    {PD_OPT_THESAURUS, NULL, NULL},
    {PD_OPT_MUNICIPALITY, NULL, NULL},
    {PD_OPT_NAME, NULL, NULL},
    {PD_OPT_DOC_TYPE, NULL, NULL},
    {PD_OPT_YEAR, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, NULL},
    {PD_OPT_MAX_GZIP_RATIO, NULL, NULL},
    {PD_OPT_MAX_PAGES, NULL, NULL},
    {PD_OPT_MAX_MEMORY, NULL, NULL},
    {PD_OPT_JOBS, NULL, NULL},
    {PD_OPT_CACHE, NULL, NULL},
    {PD_OPT_NO_CACHE, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

/* Where the plans of several documents go. */
typedef struct many_out {
  const char *dir;
  char **names; /* pd_plan_names */
  int failed;
} many_out;

static void S_write_plan(size_t i, const char *path, const pd_buf *xml, void *ctx) {
  (void)path;
  many_out *mo = ctx;
  pd_buf name = PD_BUF_INIT;
  pd_buf_printf(&name, "%s/%s", mo->dir, mo->names[i]);
  if (pd_write_file(name.data, xml->data, xml->len) != 0)
    mo->failed = 1;
  pd_buf_free(&name);
}

/* Several documents into the folder -o, one plan each, named as `run` names
 * them: one process for many files spares each its start-up (a map step
 * under GNU parallel or a job array can hand over files in batches). */
static int S_normalise_many(const pd_options *opts) {
  const pd_docmeta *f = &opts->meta;
  if (!opts->output)
    return pd_usage_error("normalise", "several files need -o FOLDER for their plans");
  if (f->municipality || f->municipality_name || f->kommunenummer || f->county || f->doc_type ||
      f->year)
    return pd_usage_error("normalise",
                          "--municipality, --name, --doc-type and --year describe one "
                          "document, and %zu were given; give each its row in a "
                          "MANIFEST.tsv instead",
                          opts->nargs);
  for (size_t i = 0; i < opts->nargs; i++)
    if (strcmp(opts->args[i], "-") == 0)
      return pd_usage_error("normalise", "standard input ('-') is read alone");
  if (pd_mkdirs(opts->output) != 0)
    return PD_EXIT_FAILED;
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  pd_municipalities *reg = th ? pd_municipalities_load(NULL) : NULL;
  if (!reg) {
    pd_thesaurus_free(th);
    return PD_EXIT_FAILED;
  }
  many_out mo = {opts->output, pd_plan_names(opts->args, opts->nargs), 0};
  int rc = pd_plans_make(opts, opts->args, opts->nargs, th, reg, S_write_plan, &mo);
  if (mo.failed)
    rc = PD_EXIT_FAILED;
  pd_plan_names_free(mo.names, opts->nargs);
  pd_municipalities_free(reg);
  pd_thesaurus_free(th);
  return rc;
}

static int S_normalise(const pd_options *opts) {
  if (opts->nargs > 1)
    return S_normalise_many(opts);
  const char *path = opts->nargs ? opts->args[0] : "-";
  const char *output = opts->output ? opts->output : "-";
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  pd_municipalities *reg = th ? pd_municipalities_load(NULL) : NULL;
  if (!reg) {
    pd_thesaurus_free(th);
    return PD_EXIT_FAILED;
  }
  int bad_meta = 0;
  xmlDocPtr plan = pd_doc_plan(opts, path, th, reg, &bad_meta);
  int rc = bad_meta ? PD_EXIT_FAILED : PD_EXIT_OK;
  pd_municipalities_free(reg);
  if (!plan || pd_xml_save_named(plan, output) != 0)
    rc = PD_EXIT_FAILED;
  xmlFreeDoc(plan);
  pd_thesaurus_free(th);
  return rc;
}

const pd_command pd_command_normalise = {
    "normalise",
    "FILE|- (or -o FOLDER FILE...)",
    "plan text or tree -> plan in the common schema (XML)",
    "Reads one plan (a text, or a document tree written by 'plandiff read') and\n"
    "writes it in plandiff's common plan schema (schema/plan.rng): goals, measures\n"
    "with level, status and responsible service, the cooperation model, services,\n"
    "legal basis, risk factors, SDGs and indicators, each with file, line and the\n"
    "quoted words. The plan is validated before it is written.\n"
    "Given several files, writes one plan each into the folder -o (named as 'run'\n"
    "names them), reading them in -j worker processes through the cache of plans\n"
    "(see 'plandiff help run'); a file that fails is reported and the rest go on.\n",
    NORMALISE_OPTIONS,
    S_normalise};
