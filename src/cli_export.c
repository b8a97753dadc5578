/* cli_export.c — `plandiff export measures`: plans into a TSV/CSV table. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "outfile.h"
#include "report_tables.h"
#include "xmlio.h"

static const pd_option_use EXPORT_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},
    {PD_OPT_FORMAT, NULL, "TSV (default; \\t \\n \\\\ escaped) or CSV (RFC 4180)"},
    {PD_OPT_MAX_BYTES, NULL, "largest plan read (default 256M)"},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

static int S_export(const pd_options *opts) {
  if (!opts->nargs || strcmp(opts->args[0], "measures") != 0)
    return pd_usage_error("export", "the table to export is 'measures'");
  if (opts->nargs < 2)
    return pd_usage_error("export", "no plan given");
  const char *output = opts->output ? opts->output : "-";
  xmlDocPtr *plans = NULL;
  size_t kept = 0;
  int rc = pd_plans_load(opts->args + 1, opts->nargs - 1, &opts->limits, &plans, &kept)
               ? PD_EXIT_FAILED
               : PD_EXIT_OK;
  pd_table_format format = PD_TABLE_TSV;
  pd_table_format_parse(opts->format, &format); /* checked by the option table */
  pd_buf table = PD_BUF_INIT;
  pd_table_measures(plans, kept, format, &table);
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  if (pd_write_file_named(output, pd_buf_cstr(&table), table.len) != 0)
    rc = PD_EXIT_FAILED;
  pd_buf_free(&table);
  return rc;
}

const pd_command pd_command_export = {
    "export",
    "measures PLAN.xml...",
    "plans -> table of measures (TSV or CSV) for researchers",
    "Writes the measures of the plans (from 'plandiff normalise') as one table,\n"
    "one row per measure. The first columns are exactly\n"
    "  municipality ref name level status responsible file line\n"
    "followed by use, kind, theme and quote. file and line say where the plan\n"
    "first names the measure; several levels or services are joined by ';'.\n"
    "A cell starting with = + - @, tab or CR gets a leading ' (no spreadsheet\n"
    "formulas).\n",
    EXPORT_OPTIONS,
    S_export};
