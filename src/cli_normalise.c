/* cli_normalise.c — `plandiff normalise`: one document into one plan. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "extract.h"
#include "document.h"
#include "xmlio.h"

static const pd_option_use NORMALISE_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},       {PD_OPT_THESAURUS, NULL, NULL},
    {PD_OPT_MUNICIPALITY, NULL, NULL}, {PD_OPT_NAME, NULL, NULL},
    {PD_OPT_DOC_TYPE, NULL, NULL},     {PD_OPT_YEAR, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, NULL},    {PD_OPT_MAX_GZIP_RATIO, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},        {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static int S_normalise(const pd_options *opts) {
  if (opts->nargs > 1)
    return pd_usage_error("normalise", "normalises one file at a time (use 'run' for a corpus)");
  const char *path = opts->nargs ? opts->args[0] : "-";
  const char *output = opts->output ? opts->output : "-";
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  pd_municipalities *reg = th ? pd_municipalities_load(NULL) : NULL;
  if (!reg) {
    pd_thesaurus_free(th);
    return PD_EXIT_FAILED;
  }
  int bad_meta = 0;
  xmlDocPtr doc = pd_doc_read(opts, path, th->lexicon, reg, &bad_meta);
  int rc = bad_meta ? PD_EXIT_FAILED : PD_EXIT_OK;
  pd_municipalities_free(reg);
  if (!doc) {
    rc = PD_EXIT_FAILED;
  } else {
    xmlDocPtr plan = pd_extract_plan(doc, th);
    if (pd_xml_validate(plan, "plan", path) != 0 || pd_xml_save_named(plan, output) != 0)
      rc = PD_EXIT_FAILED;
    xmlFreeDoc(plan);
    xmlFreeDoc(doc);
  }
  pd_thesaurus_free(th);
  return rc;
}

const pd_command pd_command_normalise = {
    "normalise",
    "FILE|-",
    "plan text or tree -> plan in the common schema (XML)",
    "Reads one plan (a text, or a document tree written by 'plandiff read') and\n"
    "writes it in plandiff's common plan schema (schema/plan.rng): goals, measures\n"
    "with level, status and responsible service, the cooperation model, services,\n"
    "legal basis, risk factors, SDGs and indicators, each with file, line and the\n"
    "quoted words. The plan is validated before it is written.\n",
    NORMALISE_OPTIONS,
    S_normalise};
