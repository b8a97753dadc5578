/* main.c — plandiff's command dispatcher. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "outfile.h"
#include "xmlio.h"

typedef struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} command;

static const command COMMANDS[] = {
    {"read", pd_cmd_read, "plan text -> document tree with source lines (XML)"},
    {"normalise", pd_cmd_normalise, "plan text or tree -> plan in the common schema (XML)"},
    {"compare", pd_cmd_compare, "plans -> comparison of municipalities (XML)"},
    {"render", pd_cmd_render, "comparison -> HTML/SVG pages and TSV/CSV tables"},
    {"run", pd_cmd_run, "corpus -> plans, comparison and reports, in one go"},
    {"export", pd_cmd_export, "plans -> table of measures (TSV or CSV) for researchers"},
};

static void S_usage(FILE *to) {
  fputs("Usage: plandiff COMMAND [OPTIONS] [FILE...]\n"
        "Reads Norwegian municipalities' prevention plans (barnevernsloven § 15-1),\n"
        "normalises them into one XML schema, compares them and renders reports.\n\n"
        "Commands:\n",
        to);
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
    fprintf(to, "  %-10s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
  fputs("\n'plandiff COMMAND --help' describes a command.\n"
        "Exit status: 0 success, 1 some input failed, 2 usage error.\n",
        to);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    S_usage(stderr);
    return PD_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
    printf("plandiff %s\n", PLANDIFF_VERSION);
    return PD_EXIT_OK;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
      strcmp(argv[1], "help") == 0) {
    S_usage(stdout);
    return PD_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++) {
    if (strcmp(argv[1], COMMANDS[i].name) == 0) {
      pd_outfile_init();
      pd_xml_init();
      int rc = COMMANDS[i].run(argc - 1, argv + 1);
      pd_xml_cleanup();
      return rc;
    }
  }
  fprintf(stderr, "plandiff: unknown command '%s'\n", argv[1]);
  S_usage(stderr);
  return PD_EXIT_USAGE;
}
