/* main.c — plandiff's command dispatcher: finds the command, parses its
 * options once (options.c) and runs it. */
#include <stdio.h>
#include <string.h>

#include "budget.h"
#include "cli.h"
#include "diag.h"
#include "help_topics.h"
#include "outfile.h"
#include "xmlio.h"

static const pd_command *const COMMANDS[] = {
    &pd_command_read,     &pd_command_normalise,  &pd_command_compare,
    &pd_command_render,   &pd_command_run,        &pd_command_export,
    &pd_command_evaluate, &pd_command_candidates, &pd_command_kwic,
};

enum { NCOMMANDS = sizeof COMMANDS / sizeof COMMANDS[0] };

static const pd_command *S_find(const char *name) {
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (strcmp(name, COMMANDS[i]->name) == 0)
      return COMMANDS[i];
  return NULL;
}

static void S_usage(FILE *to) {
  fputs("Usage: plandiff COMMAND [OPTIONS] [FILE...]\n"
        "Reads Norwegian municipalities' prevention plans (barnevernsloven § 15-1),\n"
        "normalises them into one XML schema, compares them and renders reports.\n\n"
        "Commands:\n",
        to);
  for (size_t i = 0; i < NCOMMANDS; i++)
    fprintf(to, "  %-10s %s\n", COMMANDS[i]->name, COMMANDS[i]->summary);
  fputs("\nTopics:\n", to);
  fputs(pd_help_topic_list(), to);
  fputs("\n'plandiff help COMMAND' (or 'plandiff COMMAND --help') describes a command;\n"
        "'man plandiff' describes them all.\n"
        "Exit status: 0 success, 1 some input failed, 2 usage error.\n",
        to);
}

static void S_command_help(FILE *to, const pd_command *cmd) {
  fprintf(to, "Usage: plandiff %s [OPTIONS] %s\n%s", cmd->name, cmd->operands, cmd->description);
  pd_options_help(to, cmd->options);
}

int main(int argc, char **argv) {
  pd_budget_install(); /* before libxml2 allocates anything */
  if (argc < 2) {
    S_usage(stderr);
    return PD_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
    printf("plandiff %s\n", PLANDIFF_VERSION);
    return PD_EXIT_OK;
  }
  if (strcmp(argv[1], "help") == 0 && argc > 2) {
    const pd_command *cmd = S_find(argv[2]);
    const char *topic = cmd ? NULL : pd_help_topic(argv[2]);
    if (topic) {
      fputs(topic, stdout);
      return PD_EXIT_OK;
    }
    if (!cmd) {
      fprintf(stderr, "plandiff help: unknown command '%s' (see 'plandiff help')\n", argv[2]);
      return PD_EXIT_USAGE;
    }
    S_command_help(stdout, cmd);
    return PD_EXIT_OK;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
      strcmp(argv[1], "help") == 0) {
    S_usage(stdout);
    return PD_EXIT_OK;
  }
  const pd_command *cmd = S_find(argv[1]);
  if (!cmd) {
    fprintf(stderr, "plandiff: unknown command '%s' (see 'plandiff help')\n", argv[1]);
    return PD_EXIT_USAGE;
  }
  pd_options opts;
  pd_options_init(&opts);
  int rc = pd_options_parse(&opts, cmd->name, cmd->options, argc - 1, argv + 1);
  if (rc == 0 && opts.help) {
    S_command_help(stdout, cmd);
  } else if (rc == 0) {
    pd_diag_set_quiet(opts.quiet);
    pd_outfile_init();
    pd_xml_init();
    rc = cmd->run(&opts);
    pd_xml_cleanup();
  }
  pd_options_free(&opts);
  return rc;
}
