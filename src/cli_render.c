/* cli_render.c — `plandiff render`: a comparison into the report set. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "render.h"
#include "report.h"
#include "xmlio.h"

static const char RENDER_HELP[] =
    "Usage: plandiff render [OPTIONS] COMPARISON.xml [PLAN.xml...]\n"
    "Writes the report set of a comparison (from 'plandiff compare') into a folder:\n"
    "index.html, a page per municipality (kommune-ID.html), per programme\n"
    "(program-REF.html) and per pair of municipalities (par-A-B.html), and\n"
    "matrix, goals and coverage as TSV and CSV (measures too when the plans are\n"
    "given). Rendered by the embedded libxslt with the stylesheets in xslt/, under\n"
    "security preferences: no file reads, no network, writes only in the folder.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR       the report folder (default: reports)\n"
    "  --lang nb|en           bokmål (default) or English\n"
    "  --quiet                no warnings\n"
    "  --help                 this text\n";

int pd_lang_option(const char *arg, const char **lang) {
  if (strcmp(arg, "nb") != 0 && strcmp(arg, "en") != 0)
    return -1;
  *lang = arg;
  return 0;
}

int pd_cmd_render(int argc, char **argv) {
  enum { OPT_LANG = PD_OPT_FIRST_LOCAL };
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"lang", required_argument, NULL, OPT_LANG},
                                           {"quiet", no_argument, NULL, PD_OPT_QUIET},
                                           {"help", no_argument, NULL, PD_OPT_HELP},
                                           {NULL, 0, NULL, 0}};
  const char *outdir = "reports", *lang = "nb";
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
    if (c == 'o')
      outdir = optarg;
    else if (c == OPT_LANG) {
      if (pd_lang_option(optarg, &lang) != 0)
        return pd_usage_error("render", "--lang is nb or en");
    } else if (c == PD_OPT_QUIET)
      pd_diag_set_quiet(1);
    else if (c == PD_OPT_HELP) {
      fputs(RENDER_HELP, stdout);
      return PD_EXIT_OK;
    } else
      return pd_usage_error("render", "unknown option");
  }
  if (optind >= argc)
    return pd_usage_error("render", "no comparison given");
  xmlDocPtr cmp = pd_xml_load(argv[optind], pd_limits_global());
  if (!cmp || pd_xml_validate(cmp, "comparison", argv[optind]) != 0) {
    if (cmp)
      xmlFreeDoc(cmp);
    return PD_EXIT_FAILED;
  }
  xmlDocPtr *plans = NULL;
  size_t kept = 0;
  int rc = pd_compare_load(argv + optind + 1, (size_t)(argc - optind - 1), &plans, &kept)
               ? PD_EXIT_FAILED
               : PD_EXIT_OK;
  if (pd_render_reports(cmp, plans, kept, outdir, lang) != 0)
    rc = PD_EXIT_FAILED;
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  xmlFreeDoc(cmp);
  pd_render_cleanup();
  return rc;
}
