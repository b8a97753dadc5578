/* options.h — one options struct and one option table for every command.
 *
 * Every command-line option plandiff knows is described once, in the table
 * of options.c: its name, its argument, its help line and how its value is
 * checked. A command lists which of them it accepts (pd_option_use); one
 * parser fills one pd_options from argv, and the same lists print
 * 'plandiff help COMMAND' and 'plandiff COMMAND --help'. Nothing an option
 * sets lives in a global: limits, the memory budget and the metadata flags
 * travel in the struct to the code that needs them.
 *
 * Syntax (GNU style): "--name VALUE", "--name=VALUE", "-o VALUE", "-oVALUE";
 * options and operands may mix; "--" ends the options; "-" is an operand
 * (standard input). A bad option or value prints one line naming the command
 * and the option, and the parse fails with PD_EXIT_USAGE.
 */
#ifndef PLANDIFF_OPTIONS_H
#define PLANDIFF_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

#include "input.h"
#include "manifest.h"

typedef enum pd_opt_id {
  PD_OPT_END = 0, /* ends a command's list */
  PD_OPT_OUTPUT,
  PD_OPT_THESAURUS,
  PD_OPT_LANG,
  PD_OPT_FORMAT,
  PD_OPT_MUNICIPALITY,
  PD_OPT_NAME,
  PD_OPT_DOC_TYPE,
  PD_OPT_YEAR,
  PD_OPT_MAX_BYTES,
  PD_OPT_MAX_GZIP_RATIO,
  PD_OPT_MAX_PAGES,
  PD_OPT_MAX_MEMORY,
  PD_OPT_JOBS,
  PD_OPT_CACHE,
  PD_OPT_NO_CACHE,
  PD_OPT_HTML,
  PD_OPT_QUIET,
  PD_OPT_HELP,
  PD_OPT_COUNT
} pd_opt_id;

/* The per-document memory budget when --max-memory is not given (budget.h
 * counts the XML trees and the input's big buffers): a document past it
 * peaks at about 420 MB in all, so a worker stays under 500 MB (README,
 * Robustness); real plans need a tenth of it. */
#define PD_DEFAULT_MAX_MEMORY ((size_t)256 * 1024 * 1024)

typedef struct pd_options {
  char **args; /* operands in the order given (point into argv) */
  size_t nargs;
  const char *output;    /* -o; NULL = the command's default */
  const char *thesaurus; /* NULL = the bundled thesaurus */
  const char *lang;      /* "nb" (default) or "en" */
  const char *format;    /* "tsv" (default) or "csv" */
  pd_docmeta meta;       /* metadata flags; override the manifest (owned) */
  pd_limits limits;      /* input caps (--max-bytes, --max-gzip-ratio) */
  size_t max_memory;     /* memory budget of one document, bytes */
  unsigned jobs;         /* worker processes (-j); 0 = one per core */
  const char *cache;     /* cache folder; NULL = the default place */
  int no_cache;          /* --no-cache */
  int html;              /* --html: an HTML page instead of a table */
  int quiet;             /* --quiet: no warnings */
  int help;              /* --help was given: print help, do nothing else */
} pd_options;

/* One option a command accepts. ARG and HELP override the table's argument
 * name and help line for this command (NULL: the table's). */
typedef struct pd_option_use {
  pd_opt_id id;
  const char *arg;
  const char *help;
} pd_option_use;

/* Sets every field to its default. */
void pd_options_init(pd_options *opts);

/* Parses ARGV[1..ARGC-1] (ARGV[0] is the command's name) into OPTS, which
 * must have been initialised, accepting the options in ACCEPTED. Returns 0,
 * or PD_EXIT_USAGE after printing one line naming COMMAND. */
int pd_options_parse(pd_options *opts, const char *command, const pd_option_use *accepted, int argc,
                     char **argv);

/* Prints the "Options:" section for ACCEPTED. */
void pd_options_help(FILE *to, const pd_option_use *accepted);

void pd_options_free(pd_options *opts);

/* 0 when ACCEPTED names only known options, each once; -1 otherwise (the
 * command table's test checks every command with it). */
int pd_options_check(const pd_option_use *accepted);

/* Parses a size such as 500, 64k, 50M or 2G (powers of 1024) into *OUT.
 * Returns 0, or -1 for anything else (and for 0). */
int pd_parse_size(const char *s, size_t *out);

#endif
