/* cli_render.c — `plandiff render`: a comparison into the report set. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "render.h"
#include "report.h"
#include "thesaurus.h"
#include "xmlio.h"

static const pd_option_use RENDER_OPTIONS[] = {
    {PD_OPT_OUTPUT, "DIR", "the report folder (default: reports)"},
    {PD_OPT_LANG, NULL, NULL},
    {PD_OPT_THESAURUS, NULL,
     "names and programme facts (default: the bundled; give the one the plans were normalised "
     "with)"},
    {PD_OPT_MAX_BYTES, NULL, "largest comparison or plan read (default 256M)"},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static int S_render(const pd_options *opts) {
  if (!opts->nargs)
    return pd_usage_error("render", "no comparison given");
  const char *outdir = opts->output ? opts->output : "reports";
  const char *path = opts->args[0];
  if (opts->thesaurus) { /* a thesaurus named must be read, not passed over */
    pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
    if (!th)
      return PD_EXIT_FAILED;
    pd_thesaurus_free(th);
  }
  xmlDocPtr cmp = pd_xml_load(path, &opts->limits);
  if (!cmp || pd_xml_validate(cmp, "comparison", path) != 0) {
    if (cmp)
      xmlFreeDoc(cmp);
    return PD_EXIT_FAILED;
  }
  xmlDocPtr *plans = NULL;
  size_t kept = 0;
  int rc = pd_plans_load(opts->args + 1, opts->nargs - 1, &opts->limits, &plans, &kept)
               ? PD_EXIT_FAILED
               : PD_EXIT_OK;
  if (pd_render_reports(cmp, plans, kept, outdir, opts->lang, opts->thesaurus) != 0)
    rc = PD_EXIT_FAILED;
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  xmlFreeDoc(cmp);
  pd_render_cleanup();
  return rc;
}

const pd_command pd_command_render = {
    "render",
    "COMPARISON.xml [PLAN.xml...]",
    "comparison -> HTML/SVG pages and TSV/CSV tables",
    "Writes the report set of a comparison (from 'plandiff compare') into a folder:\n"
    "index.html, a page per municipality (kommune-ID.html), per programme\n"
    "(program-REF.html) and per pair of municipalities (par-A-B.html), and\n"
    "matrix, goals and coverage as TSV and CSV (measures too when the plans are\n"
    "given). Rendered by the embedded libxslt with the stylesheets in xslt/, under\n"
    "security preferences: no file reads, no network, writes only in the folder.\n",
    RENDER_OPTIONS,
    S_render};
