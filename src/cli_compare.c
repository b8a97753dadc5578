/* cli_compare.c — `plandiff compare`: plans into one comparison. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compare.h"
#include "comparison_xml.h"
#include "diag.h"
#include "xmlio.h"

static const char COMPARE_HELP[] =
    "Usage: plandiff compare [OPTIONS] PLAN.xml...\n"
    "Compares plans (from 'plandiff normalise') and writes one comparison\n"
    "(schema/comparison.rng): the programme x municipality matrix with level,\n"
    "status and responsible service; programmes all, some or one run; families;\n"
    "local measures alike across municipalities; goal clusters; legal coverage\n"
    "(barnevernsloven § 15-1); prevention profiles; pairwise similarity with what\n"
    "is shared; what each municipality could borrow from its peers; and the\n"
    "changes between versions of one municipality's plan. The same plans in any\n"
    "order give the same bytes. A plan that fails to load is reported and left\n"
    "out; the rest are compared and the exit status is 1.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  --thesaurus FILE       the vocabulary (default: thesaurus/thesaurus.xml)\n"
    "  --quiet                no warnings\n"
    "  --help                 this text\n";

/* PATH loaded and validated against schema/plan.rng, or NULL after the
 * error is reported. */
static xmlDocPtr S_load_plan(const char *path) {
  xmlDocPtr doc = pd_xml_load(path, pd_limits_global());
  if (doc && pd_xml_validate(doc, "plan", path) != 0) {
    xmlFreeDoc(doc);
    doc = NULL;
  }
  return doc;
}

int pd_compare_load(char *const *paths, size_t n, xmlDocPtr **plans, size_t *kept) {
  int failed = 0;
  *plans = pd_xcalloc(n ? n : 1, sizeof(xmlDocPtr));
  *kept = 0;
  for (size_t i = 0; i < n; i++) {
    xmlDocPtr doc = S_load_plan(paths[i]);
    if (doc)
      (*plans)[(*kept)++] = doc;
    else
      failed++;
  }
  return failed;
}

int pd_cmd_compare(int argc, char **argv) {
  enum { OPT_THESAURUS = PD_OPT_FIRST_LOCAL };
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"thesaurus", required_argument, NULL, OPT_THESAURUS},
                                           {"quiet", no_argument, NULL, PD_OPT_QUIET},
                                           {"help", no_argument, NULL, PD_OPT_HELP},
                                           {NULL, 0, NULL, 0}};
  const char *output = "-", *thesaurus = NULL;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
    if (c == 'o')
      output = optarg;
    else if (c == OPT_THESAURUS)
      thesaurus = optarg;
    else if (c == PD_OPT_QUIET)
      pd_diag_set_quiet(1);
    else if (c == PD_OPT_HELP) {
      fputs(COMPARE_HELP, stdout);
      return PD_EXIT_OK;
    } else
      return pd_usage_error("compare", "unknown option");
  }
  if (optind >= argc)
    return pd_usage_error("compare", "no plan given");
  pd_thesaurus *th = pd_thesaurus_load(thesaurus);
  if (!th)
    return PD_EXIT_FAILED;
  /* Each plan is freed as soon as the comparison has taken what it needs,
   * so memory grows with the facts compared, not with the plans' XML. */
  int rc = PD_EXIT_OK;
  pd_comparison cmp_state;
  pd_comparison_init(&cmp_state, th);
  for (int i = optind; i < argc; i++) {
    xmlDocPtr plan = S_load_plan(argv[i]);
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
  if (pd_xml_validate(cmp, "comparison", output) != 0 || pd_xml_save(cmp, output) != 0)
    rc = PD_EXIT_FAILED;
  xmlFreeDoc(cmp);
  pd_thesaurus_free(th);
  return rc;
}
