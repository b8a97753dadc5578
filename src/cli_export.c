/* cli_export.c — `plandiff export`: plans into a TSV/CSV table of
 * measures, a REFI-QDA project (qdpx) or the codebook alone (qdc). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "diag.h"
#include "outfile.h"
#include "qdpx.h"
#include "report_tables.h"
#include "xmlio.h"

static const pd_option_use EXPORT_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},
    {PD_OPT_FORMAT, NULL, "TSV (default; \\t \\n \\\\ escaped) or CSV (RFC 4180)"},
    {PD_OPT_THESAURUS, NULL, NULL},
    {PD_OPT_MAX_BYTES, NULL, "largest plan or source read (default 256M)"},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

/* `export qdc`: the thesaurus as a REFI-QDA codebook. */
static int S_qdc(const pd_options *opts) {
  if (opts->nargs > 1)
    return pd_usage_error("export", "qdc takes no plan (the codebook is the thesaurus)");
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  if (!th)
    return PD_EXIT_FAILED;
  xmlDocPtr doc = pd_qdc_document(th);
  xmlChar *mem = NULL;
  int len = 0;
  xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
  int rc = pd_write_file_named(opts->output ? opts->output : "-", mem, (size_t)len) == 0
               ? PD_EXIT_OK
               : PD_EXIT_FAILED;
  xmlFree(mem);
  xmlFreeDoc(doc);
  pd_thesaurus_free(th);
  return rc;
}

/* `export qdpx`: plans, their sources and their codings as a REFI-QDA
 * project. */
static int S_qdpx(const pd_options *opts) {
  if (!opts->output)
    return pd_usage_error("export", "qdpx needs -o FILE.qdpx (it is a ZIP archive)");
  if (opts->nargs < 2)
    return pd_usage_error("export", "no plan given");
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  if (!th)
    return PD_EXIT_FAILED;
  xmlDocPtr *docs = NULL;
  size_t kept = 0;
  int rc = pd_plans_load(opts->args + 1, opts->nargs - 1, &opts->limits, &docs, &kept)
               ? PD_EXIT_FAILED
               : PD_EXIT_OK;
  char **names = pd_xcalloc(kept ? kept : 1, sizeof(char *));
  for (size_t i = 0; i < kept; i++)
    names[i] = (char *)(docs[i]->URL ? (const char *)docs[i]->URL : "plan");
  pd_buf zip = PD_BUF_INIT;
  pd_qdpx_stats st;
  if (pd_qdpx_build(docs, names, kept, th, &opts->limits, &zip, &st) != 0)
    rc = PD_EXIT_FAILED;
  if (zip.len && pd_write_file_named(opts->output, zip.data, zip.len) != 0)
    rc = PD_EXIT_FAILED;
  if (st.unplaced)
    pd_warning(NULL, 0, "%zu facts left uncoded: their quote is not on their lines of the source",
               st.unplaced);
  if (isatty(2))
    fprintf(stderr, "plandiff: %zu sources, %zu codings in %s\n", st.sources, st.codings,
            opts->output);
  pd_buf_free(&zip);
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(docs[i]);
  free(names);
  free(docs);
  pd_thesaurus_free(th);
  return rc;
}

/* A table of plans (`export measures`, `export facts`): the plans that
 * load are written, the others reported (exit 1). */
typedef void (*plans_table)(xmlDocPtr *plans, size_t n, pd_table_format format, pd_buf *out);

static int S_table(const pd_options *opts, plans_table write) {
  if (opts->nargs < 2)
    return pd_usage_error("export", "no plan given");
  xmlDocPtr *plans = NULL;
  size_t kept = 0;
  int rc = pd_plans_load(opts->args + 1, opts->nargs - 1, &opts->limits, &plans, &kept)
               ? PD_EXIT_FAILED
               : PD_EXIT_OK;
  pd_table_format format = PD_TABLE_TSV;
  pd_table_format_parse(opts->format, &format); /* checked by the option table */
  pd_buf table = PD_BUF_INIT;
  write(plans, kept, format, &table);
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  if (pd_write_file_named(opts->output ? opts->output : "-", pd_buf_cstr(&table), table.len) != 0)
    rc = PD_EXIT_FAILED;
  pd_buf_free(&table);
  return rc;
}

static int S_export(const pd_options *opts) {
  const char *what = opts->nargs ? opts->args[0] : "";
  if (strcmp(what, "qdc") == 0)
    return S_qdc(opts);
  if (strcmp(what, "qdpx") == 0)
    return S_qdpx(opts);
  if (strcmp(what, "facts") == 0)
    return S_table(opts, pd_table_facts);
  if (strcmp(what, "measures") == 0)
    return S_table(opts, pd_table_measures);
  return pd_usage_error("export", "export what: 'measures', 'facts', 'qdpx' or 'qdc'");
}

const pd_command pd_command_export = {
    "export",
    "measures|facts|qdpx PLAN.xml... | qdc",
    "plans -> table of measures or facts, REFI-QDA project (qdpx) or codebook (qdc)",
    "export measures PLAN.xml...: the measures of the plans (from 'plandiff\n"
    "normalise') as one table, one row per measure. The first columns are exactly\n"
    "  municipality ref name level status responsible file line\n"
    "followed by use, kind, theme, quote, kommunenummer and county. file and line\n"
    "say where the plan first names the measure; several levels or services are\n"
    "joined by ';'.\n"
    "A cell starting with = + - @, tab or CR gets a leading ' (no spreadsheet\n"
    "formulas).\n\n"
    "export facts PLAN.xml...: every extracted fact (programme and model mentions,\n"
    "levels, statuses, services, laws, goals) as one row with its keys (fact_id,\n"
    "municipality, kommunenummer, county, document) and provenance (file, line,\n"
    "page, evidence, quote): the long table of docs/data.md.\n\n"
    "export qdpx -o corpus.qdpx PLAN.xml...: a REFI-QDA project (QualCoder, NVivo,\n"
    "MAXQDA, ATLAS.ti): project.qde (urn:QDA-XML:project:1.0) and each plan's source\n"
    "text under sources/; the codebook is the thesaurus, and every fact the plan\n"
    "extracted (programme and model mentions, levels, statuses) is a coding of its\n"
    "exact words, with the evidence strength as a note. GUIDs come from the content:\n"
    "the same plans give the same project. Sources must be plain text or Markdown\n"
    "and lie where the plan's document/@file says.\n\n"
    "export qdc: the codebook alone (urn:QDA-XML:codebook:1.0), from the thesaurus.\n",
    EXPORT_OPTIONS,
    S_export};
