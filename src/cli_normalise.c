/* cli_normalise.c — `plandiff normalise`: one document into one plan. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "extract.h"
#include "document.h"
#include "xmlio.h"

static const char NORMALISE_HELP[] =
    "Usage: plandiff normalise [OPTIONS] FILE|-\n"
    "Reads one plan (a text, or a document tree written by 'plandiff read') and\n"
    "writes it in plandiff's common plan schema (schema/plan.rng): goals, measures\n"
    "with level, status and responsible service, the cooperation model, services,\n"
    "legal basis, risk factors, SDGs and indicators, each with file, line and the\n"
    "quoted words. The plan is validated before it is written.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  --thesaurus FILE       the vocabulary (default: "
    "thesaurus/thesaurus.xml)\n" PD_DOC_OPTIONS_HELP;

int pd_cmd_normalise(int argc, char **argv) {
  enum { OPT_THESAURUS = PD_OPT_FIRST_LOCAL };
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"thesaurus", required_argument, NULL, OPT_THESAURUS},
                                           PD_DOC_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  pd_doc_options opts;
  memset(&opts, 0, sizeof opts);
  opts.output = "-";
  const char *thesaurus = NULL;
  int c, rc = PD_EXIT_OK;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
    int handled = pd_doc_option(&opts, c, optarg);
    if (handled < 0) {
      rc = PD_EXIT_USAGE;
      goto out;
    }
    if (handled)
      continue;
    if (c == 'o') {
      opts.output = optarg;
    } else if (c == OPT_THESAURUS) {
      thesaurus = optarg;
    } else if (c == PD_OPT_HELP) {
      fputs(NORMALISE_HELP, stdout);
      goto out;
    } else {
      rc = pd_usage_error("normalise", "unknown option");
      goto out;
    }
  }
  if (argc - optind > 1) {
    rc = pd_usage_error("normalise", "normalises one file at a time (use 'run' for a corpus)");
    goto out;
  }
  const char *path = optind < argc ? argv[optind] : "-";
  pd_thesaurus *th = pd_thesaurus_load(thesaurus);
  if (!th) {
    rc = PD_EXIT_FAILED;
    goto out;
  }
  pd_docmeta meta;
  pd_doc_meta(&opts, path, &meta);
  xmlDocPtr doc = pd_document_load(path, pd_limits_global(), &meta);
  pd_docmeta_free(&meta);
  if (!doc) {
    rc = PD_EXIT_FAILED;
  } else {
    xmlDocPtr plan = pd_extract_plan(doc, th);
    if (pd_xml_validate(plan, "plan", path) != 0 || pd_xml_save(plan, opts.output) != 0)
      rc = PD_EXIT_FAILED;
    xmlFreeDoc(plan);
    xmlFreeDoc(doc);
  }
  pd_thesaurus_free(th);
out:
  pd_docmeta_free(&opts.meta);
  return rc;
}
