/* cli.h — the command-line front end: one function per command.
 *
 * Each command parses its own options (getopt_long style, "--" ends
 * options, "-" is standard input) and returns an exit status:
 *   0  success
 *   1  some input failed (each failure reported on stderr)
 *   2  usage error
 */
#ifndef PLANDIFF_CLI_H
#define PLANDIFF_CLI_H

#include <getopt.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "manifest.h"

enum { PD_EXIT_OK = 0, PD_EXIT_FAILED = 1, PD_EXIT_USAGE = 2 };

int pd_cmd_read(int argc, char **argv);
int pd_cmd_normalise(int argc, char **argv);
int pd_cmd_export(int argc, char **argv);
int pd_cmd_compare(int argc, char **argv);
int pd_cmd_render(int argc, char **argv);
int pd_cmd_run(int argc, char **argv);

/* --lang: "nb" or "en" into *LANG; -1 for anything else. */
int pd_lang_option(const char *arg, const char **lang);

/* Loads and validates the plans at PATHS; the good ones go to *PLANS (caller
 * frees each and the array), the bad ones are reported. Returns how many
 * failed. */
int pd_compare_load(char *const *paths, size_t n, xmlDocPtr **plans, size_t *kept);

/* Options shared by the commands that take documents. */
typedef struct pd_doc_options {
  pd_docmeta meta; /* from flags; overrides the manifest */
  const char *output;
} pd_doc_options;

/* Long-option values for the shared flags (above any single-letter code). */
enum {
  PD_OPT_MUNICIPALITY = 1000,
  PD_OPT_NAME,
  PD_OPT_DOC_TYPE,
  PD_OPT_YEAR,
  PD_OPT_MAX_BYTES,
  PD_OPT_MAX_GZIP_RATIO,
  PD_OPT_QUIET,
  PD_OPT_HELP,
  PD_OPT_FIRST_LOCAL /* commands number their own options from here */
};

/* The shared flags, for a command's getopt_long table. */
#define PD_DOC_LONGOPTS                                                                            \
  {"municipality", required_argument, NULL, PD_OPT_MUNICIPALITY},                                  \
      {"name", required_argument, NULL, PD_OPT_NAME},                                              \
      {"doc-type", required_argument, NULL, PD_OPT_DOC_TYPE},                                      \
      {"year", required_argument, NULL, PD_OPT_YEAR},                                              \
      {"max-bytes", required_argument, NULL, PD_OPT_MAX_BYTES},                                    \
      {"max-gzip-ratio", required_argument, NULL, PD_OPT_MAX_GZIP_RATIO},                          \
      {"quiet", no_argument, NULL, PD_OPT_QUIET}, {                                                \
    "help", no_argument, NULL, PD_OPT_HELP                                                         \
  }

#define PD_DOC_OPTIONS_HELP                                                                        \
  "  --municipality ID      whose document it is (overrides the manifest)\n"                       \
  "  --name NAME            the municipality's name as written\n"                                  \
  "  --doc-type TYPE        plan, planprogram, presentation or other\n"                            \
  "  --year YEAR            the year of the document\n"                                            \
  "  --max-bytes SIZE       largest document read, after gzip (default 256M)\n"                    \
  "  --max-gzip-ratio N     largest inflation ratio of gzip input (default 1000)\n"                \
  "  --quiet                no warnings\n"                                                         \
  "  --help                 this text\n"

/* Handles one of the shared options; returns 1 if OPT was one, 0 if not,
 * -1 on a bad value (reported). */
int pd_doc_option(pd_doc_options *opts, int opt, const char *arg);

/* Metadata for PATH: the flags in OPTS over the manifest beside PATH.
 * The caller frees the result with pd_docmeta_free(). */
void pd_doc_meta(const pd_doc_options *opts, const char *path, pd_docmeta *meta);

/* Reports a usage error for COMMAND and returns PD_EXIT_USAGE. */
int pd_usage_error(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
