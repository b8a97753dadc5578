/* cli_read.c — `plandiff read`: print the document tree of one text. */
#include <stdio.h>
#include <string.h>

#include "budget.h"
#include "cli.h"
#include "diag.h"
#include "document.h"
#include "xmlio.h"

static const pd_option_use READ_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},       {PD_OPT_THESAURUS, NULL, NULL},
    {PD_OPT_MUNICIPALITY, NULL, NULL}, {PD_OPT_NAME, NULL, NULL},
    {PD_OPT_DOC_TYPE, NULL, NULL},     {PD_OPT_YEAR, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, NULL},    {PD_OPT_MAX_GZIP_RATIO, NULL, NULL},
    {PD_OPT_MAX_PAGES, NULL, NULL},    {PD_OPT_MAX_MEMORY, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},        {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static int S_read(const pd_options *opts) {
  if (opts->nargs > 1)
    return pd_usage_error("read", "reads one file at a time (use 'run' for a corpus)");
  const char *path = opts->nargs ? opts->args[0] : "-";
  const char *output = opts->output ? opts->output : "-";
  pd_lexicon *lex = pd_lexicon_load(opts->thesaurus);
  pd_municipalities *reg = lex ? pd_municipalities_load(NULL) : NULL;
  int bad_meta = 0;
  pd_budget_begin(opts->max_memory);
  xmlDocPtr doc = reg ? pd_doc_read(opts, path, lex, reg, &bad_meta) : NULL;
  if (pd_budget_end(path) != 0) {
    xmlFreeDoc(doc);
    doc = NULL;
  }
  pd_municipalities_free(reg);
  pd_lexicon_free(lex);
  if (!doc)
    return PD_EXIT_FAILED;
  int rc = bad_meta ? PD_EXIT_FAILED : PD_EXIT_OK;
  if (pd_xml_validate(doc, "document", path) != 0 || pd_xml_save_named(doc, output) != 0)
    rc = PD_EXIT_FAILED;
  xmlFreeDoc(doc);
  return rc;
}

const pd_command pd_command_read = {
    "read",
    "[FILE|-]",
    "plan text -> document tree with source lines (XML)",
    "Reads one plan text (UTF-8, UTF-16, Windows-1252; plain or gzip) and prints\n"
    "its document tree as XML (schema/document.rng): sections, headings,\n"
    "paragraphs, lists and tables, each with the source lines it came from.\n"
    "Metadata come from MANIFEST.tsv beside FILE unless given as flags.\n",
    READ_OPTIONS,
    S_read};
