/* cli_compare.c — `plandiff compare`: plans into one comparison. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compare.h"
#include "comparison_xml.h"
#include "diag.h"
#include "xmlio.h"

static const pd_option_use COMPARE_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},
    {PD_OPT_THESAURUS, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, "largest plan read (default 256M)"},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static int S_compare(const pd_options *opts) {
  if (!opts->nargs)
    return pd_usage_error("compare", "no plan given");
  const char *output = opts->output ? opts->output : "-";
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  if (!th)
    return PD_EXIT_FAILED;
  /* Each plan is freed as soon as the comparison has taken what it needs,
   * so memory grows with the facts compared, not with the plans' XML. */
  int rc = PD_EXIT_OK;
  pd_comparison cmp_state;
  pd_comparison_init(&cmp_state, th);
  for (size_t i = 0; i < opts->nargs; i++) {
    xmlDocPtr plan = pd_plan_load(opts->args[i], &opts->limits);
    if (!plan) {
      rc = PD_EXIT_FAILED;
      continue;
    }
    pd_comparison_add(&cmp_state, plan);
    xmlFreeDoc(plan);
  }
  pd_comparison_run(&cmp_state);
  xmlDocPtr cmp = pd_comparison_xml(&cmp_state);
  pd_comparison_free(&cmp_state);
  if (pd_xml_validate(cmp, "comparison", output) != 0 || pd_xml_save_named(cmp, output) != 0)
    rc = PD_EXIT_FAILED;
  xmlFreeDoc(cmp);
  pd_thesaurus_free(th);
  return rc;
}

const pd_command pd_command_compare = {
    "compare",
    "PLAN.xml...",
    "plans -> comparison of municipalities (XML)",
    "Compares plans (from 'plandiff normalise') and writes one comparison\n"
    "(schema/comparison.rng): the programme x municipality matrix with level,\n"
    "status and responsible service; programmes all, some or one run; families;\n"
    "local measures alike across municipalities; goal clusters; legal coverage\n"
    "(barnevernsloven § 15-1); prevention profiles; each municipality's 10 nearest\n"
    "peers with what they share; what each municipality could borrow from its\n"
    "peers; and the\n"
    "changes between versions of one municipality's plan. The same plans in any\n"
    "order give the same bytes. A plan that fails to load is reported and left\n"
    "out; the rest are compared and the exit status is 1.\n",
    COMPARE_OPTIONS,
    S_compare};
