/* cli_export.c — `plandiff export measures`: plans into a TSV/CSV table. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "outfile.h"
#include "report_tables.h"
#include "xmlio.h"

static const char EXPORT_HELP[] =
    "Usage: plandiff export measures [OPTIONS] PLAN.xml...\n"
    "Writes the measures of the plans (from 'plandiff normalise') as one table,\n"
    "one row per measure. The first columns are exactly\n"
    "  municipality ref name level status responsible file line\n"
    "followed by use, kind, theme and quote. file and line say where the plan\n"
    "first names the measure; several levels or services are joined by ';'.\n"
    "A cell starting with = + - @, tab or CR gets a leading ' (no spreadsheet\n"
    "formulas).\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE      write to FILE instead of standard output\n"
    "  --format tsv|csv       TSV (default; \\t \\n \\\\ escaped) or CSV (RFC 4180)\n"
    "  --quiet                no warnings\n"
    "  --help                 this text\n";

int pd_cmd_export(int argc, char **argv) {
  enum { OPT_FORMAT = PD_OPT_FIRST_LOCAL };
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"format", required_argument, NULL, OPT_FORMAT},
                                           {"quiet", no_argument, NULL, PD_OPT_QUIET},
                                           {"help", no_argument, NULL, PD_OPT_HELP},
                                           {NULL, 0, NULL, 0}};
  const char *output = "-";
  pd_table_format format = PD_TABLE_TSV;
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
    if (c == 'o') {
      output = optarg;
    } else if (c == OPT_FORMAT) {
      if (pd_table_format_parse(optarg, &format) != 0)
        return pd_usage_error("export", "--format is tsv or csv");
    } else if (c == PD_OPT_QUIET) {
      pd_diag_set_quiet(1);
    } else if (c == PD_OPT_HELP) {
      fputs(EXPORT_HELP, stdout);
      return PD_EXIT_OK;
    } else {
      return pd_usage_error("export", "unknown option");
    }
  }
  if (optind >= argc || strcmp(argv[optind], "measures") != 0)
    return pd_usage_error("export", "the table to export is 'measures'");
  optind++;
  if (optind >= argc)
    return pd_usage_error("export", "no plan given");

  xmlDocPtr *plans = NULL;
  size_t kept = 0;
  int rc = pd_compare_load(argv + optind, (size_t)(argc - optind), &plans, &kept) ? PD_EXIT_FAILED
                                                                                  : PD_EXIT_OK;
  pd_buf table = PD_BUF_INIT;
  pd_table_measures(plans, kept, format, &table);
  for (size_t i = 0; i < kept; i++)
    xmlFreeDoc(plans[i]);
  free(plans);
  if (pd_write_file(output, pd_buf_cstr(&table), table.len) != 0)
    rc = PD_EXIT_FAILED;
  pd_buf_free(&table);
  return rc;
}
