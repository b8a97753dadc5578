/* cli_common.c — helpers the commands share: document metadata by the one
 * rule, loading plans, usage errors. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "budget.h"
#include "diag.h"
#include "document.h"
#include "extract.h"
#include "naming.h"
#include "xmlio.h"

int pd_doc_meta(const pd_options *opts, const char *path, pd_docmeta *meta) {
  memset(meta, 0, sizeof *meta);
  const pd_docmeta *f = &opts->meta;
  pd_docmeta_set(&meta->municipality, f->municipality);
  pd_docmeta_set(&meta->municipality_name, f->municipality_name);
  pd_docmeta_set(&meta->kommunenummer, f->kommunenummer);
  pd_docmeta_set(&meta->county, f->county);
  pd_docmeta_set(&meta->doc_type, f->doc_type);
  meta->year = f->year;
  /* A municipality given on the command line makes the manifest row of
   * another municipality irrelevant. */
  if (!f->municipality && pd_manifest_lookup(path, meta) < 0)
    return -1;
  /* So does a name given alone (--name Skien): the row's id, kommunenummer
   * and county are another municipality's; its type and year still hold. */
  if (!f->municipality && f->municipality_name) {
    free(meta->municipality);
    meta->municipality = NULL;
    if (!f->kommunenummer) {
      free(meta->kommunenummer);
      meta->kommunenummer = NULL;
    }
    if (!f->county) {
      free(meta->county);
      meta->county = NULL;
    }
  }
  return 0;
}

xmlDocPtr pd_doc_read(const pd_options *opts, const char *path, const pd_lexicon *lex,
                      const pd_municipalities *reg, int *meta_failed) {
  pd_docmeta meta;
  int bad = pd_doc_meta(opts, path, &meta) != 0;
  if (meta_failed)
    *meta_failed = bad;
  xmlDocPtr doc = pd_document_load(path, &opts->limits, &meta, lex);
  pd_docmeta_free(&meta);
  pd_document_name(doc, path, reg);
  return doc;
}

xmlDocPtr pd_doc_plan(const pd_options *opts, const char *path, const pd_thesaurus *th,
                      const pd_municipalities *reg, int *meta_failed) {
  pd_budget_begin(opts->max_memory);
  xmlDocPtr doc = pd_doc_read(opts, path, th->lexicon, reg, meta_failed);
  xmlDocPtr plan = doc && !pd_budget_spent() ? pd_extract_plan(doc, th) : NULL;
  xmlFreeDoc(doc);
  if (plan && !pd_budget_spent() && pd_xml_validate(plan, "plan", path) != 0) {
    xmlFreeDoc(plan);
    plan = NULL;
  }
  if (pd_budget_end(path) != 0) {
    xmlFreeDoc(plan);
    plan = NULL;
  }
  return plan;
}

xmlDocPtr pd_plan_load(const char *path, const pd_limits *limits) {
  xmlDocPtr doc = pd_xml_load(path, limits);
  if (doc && pd_xml_validate(doc, "plan", path) != 0) {
    xmlFreeDoc(doc);
    doc = NULL;
  }
  return doc;
}

int pd_plans_load(char *const *paths, size_t n, const pd_limits *limits, xmlDocPtr **plans,
                  size_t *kept) {
  int failed = 0;
  *plans = pd_xcalloc(n ? n : 1, sizeof(xmlDocPtr));
  *kept = 0;
  for (size_t i = 0; i < n; i++) {
    xmlDocPtr doc = pd_plan_load(paths[i], limits);
    if (doc)
      (*plans)[(*kept)++] = doc;
    else
      failed++;
  }
  return failed;
}

int pd_usage_error(const char *command, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "plandiff %s: ", command);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, " (see 'plandiff help %s')\n", command);
  return PD_EXIT_USAGE;
}
