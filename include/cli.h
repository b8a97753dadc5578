/* cli.h — the command-line front end: one pd_command per command.
 *
 * Each command lives in src/cli_NAME.c and defines its pd_command: its
 * usage, its help text and the options it accepts (from the one table of
 * options.h). main.c lists the commands, parses argv once into a pd_options
 * and calls run(). A command returns an exit status:
 *   0  success
 *   1  some input failed (each failure reported on stderr)
 *   2  usage error
 * Adding a command: write src/cli_NAME.c with its pd_command, declare it
 * below, add it to the list in main.c (and any new option to options.c).
 */
#ifndef PLANDIFF_CLI_H
#define PLANDIFF_CLI_H

#include <stddef.h>

#include <libxml/tree.h>

#include "manifest.h"
#include "lexicon.h"
#include "municipalities.h"
#include "options.h"
#include "thesaurus.h"

enum { PD_EXIT_OK = 0, PD_EXIT_FAILED = 1, PD_EXIT_USAGE = 2 };

typedef struct pd_command {
  const char *name;
  const char *operands;    /* after "plandiff NAME [OPTIONS] " in the usage line */
  const char *summary;     /* one line for 'plandiff help' */
  const char *description; /* the paragraphs of 'plandiff help NAME' */
  const pd_option_use *options;
  int (*run)(const pd_options *opts);
} pd_command;

extern const pd_command pd_command_read;
extern const pd_command pd_command_normalise;
extern const pd_command pd_command_compare;
extern const pd_command pd_command_render;
extern const pd_command pd_command_run;
extern const pd_command pd_command_export;
extern const pd_command pd_command_evaluate;
extern const pd_command pd_command_candidates;
extern const pd_command pd_command_kwic;

/* Helpers the commands share (cli_common.c). */

/* Metadata for the document at PATH: the flags in OPTS over the manifest
 * beside PATH (a document tree's own metadata come next, and a municipality
 * id still missing then is pd_municipality_fallback()'s, at extraction).
 * The caller frees META with pd_docmeta_free(). Returns 0, or -1 when the
 * manifest or its row is bad (reported naming MANIFEST.tsv, the row and
 * the value; META still holds what could be used). */
int pd_doc_meta(const pd_options *opts, const char *path, pd_docmeta *meta);

/* The document tree of PATH with its metadata by the rule above, then named
 * from its own text or file name where that rule gave no municipality
 * (naming.h; REG may be NULL). NULL after the error is reported.
 * *META_FAILED (when not NULL) is set to 1 when the manifest was bad
 * (reported; the document is still read): the command's exit status is 1. */
xmlDocPtr pd_doc_read(const pd_options *opts, const char *path, const pd_lexicon *lex,
                      const pd_municipalities *reg, int *meta_failed);

/* pd_doc_read, then the plan extracted with TH and validated, all under the
 * memory budget of one document (opts->max_memory, budget.h). The plan, or
 * NULL after the error is reported ("out of memory" past the budget); other
 * documents of a batch are not affected. *META_FAILED as for pd_doc_read. */
xmlDocPtr pd_doc_plan(const pd_options *opts, const char *path, const pd_thesaurus *th,
                      const pd_municipalities *reg, int *meta_failed);

/* The plan at PATH (read under LIMITS) validated against schema/plan.rng,
 * or NULL after the error is reported. */
xmlDocPtr pd_plan_load(const char *path, const pd_limits *limits);

/* Loads and validates the plans at PATHS (read under LIMITS); the good ones
 * go to *PLANS (caller frees each and the array), the bad ones are
 * reported. Returns how many failed. */
int pd_plans_load(char *const *paths, size_t n, const pd_limits *limits, xmlDocPtr **plans,
                  size_t *kept);

/* Reports a usage error for COMMAND in one line and returns PD_EXIT_USAGE. */
int pd_usage_error(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
