/* cli_kwic.c — `plandiff kwic`: every passage around a term, across a
 * corpus, as a TSV table or an HTML page (kwic.h). A document that cannot
 * be read is reported and left out; the others are still searched. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "corpus.h"
#include "diag.h"
#include "kwic.h"
#include "municipalities.h"
#include "outfile.h"
#include "thesaurus.h"

static const pd_option_use KWIC_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},    {PD_OPT_HTML, NULL, NULL},
    {PD_OPT_THESAURUS, NULL, NULL}, {PD_OPT_MUNICIPALITY, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, NULL}, {PD_OPT_MAX_GZIP_RATIO, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},     {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static int S_kwic(const pd_options *opts) {
  if (opts->nargs < 1)
    return pd_usage_error("kwic", "no term given");
  if (opts->nargs < 2)
    return pd_usage_error("kwic", "no document given");
  const char *term = opts->args[0];
  if (!*term)
    return pd_usage_error("kwic", "the term is empty");
  int rc = PD_EXIT_OK;
  pd_corpus corpus = {NULL, 0, NULL, 0};
  if (pd_corpus_collect(&corpus, opts->args + 1, opts->nargs - 1) != 0)
    rc = PD_EXIT_FAILED;
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  if (!th) {
    pd_corpus_free(&corpus);
    return PD_EXIT_FAILED;
  }
  /* The register names a document's municipality and county when neither
   * the flags nor a manifest do, as normalise names it. */
  pd_municipalities *reg = pd_municipalities_load(NULL);
  if (!reg)
    rc = PD_EXIT_FAILED;
  pd_kwic_query q;
  pd_kwic_query_init(&q, th, term);
  pd_kwic_rows rows = {NULL, 0, 0, PD_BUF_INIT};
  for (size_t i = 0; i < corpus.count; i++) {
    int bad_meta = 0;
    xmlDocPtr doc = pd_doc_read(opts, corpus.paths[i], th->lexicon, reg, &bad_meta);
    if (bad_meta)
      rc = PD_EXIT_FAILED;
    if (!doc) {
      rc = PD_EXIT_FAILED;
      continue;
    }
    pd_kwic_document(&q, doc, &rows);
    xmlFreeDoc(doc);
  }
  pd_buf out = PD_BUF_INIT;
  if (opts->html)
    pd_kwic_html(&rows, &q, &out);
  else
    pd_kwic_tsv(&rows, term, &out);
  if (pd_write_file_named(opts->output ? opts->output : "-", pd_buf_cstr(&out), out.len) != 0)
    rc = PD_EXIT_FAILED;
  pd_buf_free(&out);
  pd_kwic_rows_free(&rows);
  pd_kwic_query_free(&q);
  pd_municipalities_free(reg);
  pd_thesaurus_free(th);
  pd_corpus_free(&corpus);
  return rc;
}

const pd_command pd_command_kwic = {
    "kwic",
    "TERM DOCUMENT|FOLDER...",
    "keyword in context: every passage around a term, across a corpus",
    "Finds TERM in each document and writes one row per hit: municipality,\n"
    "kommunenummer, county, file, line, page (PDF), term, the thesaurus entry hit,\n"
    "and the text left of the hit, the hit, and the text right of it (60\n"
    "characters each side). TSV by default; --html writes one HTML page.\n"
    "TERM is a thesaurus id (a programme, a family such as 'tibir', a prevention\n"
    "level, a status, a model ...): every alias and compound the thesaurus\n"
    "matcher finds for it, exactly as normalise sees the text. Any other TERM is\n"
    "a literal phrase, found regardless of case, hyphens and line breaks.\n"
    "Each document is read once and searched in one pass.\n",
    KWIC_OPTIONS,
    S_kwic};
