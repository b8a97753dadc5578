/* cli_read.c — `plandiff read`: print the document tree of one text. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "document.h"
#include "xmlio.h"

static const char READ_HELP[] =
    "Usage: plandiff read [OPTIONS] [FILE|-]\n"
    "Reads one plan text (UTF-8, UTF-16, Windows-1252; plain or gzip) and prints\n"
    "its document tree as XML (schema/document.rng): sections, headings,\n"
    "paragraphs, lists and tables, each with the source lines it came from.\n"
    "Metadata come from MANIFEST.tsv beside FILE unless given as flags.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE      write to FILE instead of standard output\n" PD_DOC_OPTIONS_HELP;

int pd_cmd_read(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'}, PD_DOC_LONGOPTS, {NULL, 0, NULL, 0}};
  pd_doc_options opts;
  memset(&opts, 0, sizeof opts);
  opts.output = "-";
  int c, rc = PD_EXIT_OK;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
    int handled = pd_doc_option(&opts, c, optarg);
    if (handled < 0) {
      rc = PD_EXIT_USAGE;
      goto out;
    }
    if (handled)
      continue;
    if (c == 'o') {
      opts.output = optarg;
    } else if (c == PD_OPT_HELP) {
      fputs(READ_HELP, stdout);
      goto out;
    } else {
      rc = pd_usage_error("read", "unknown option");
      goto out;
    }
  }
  if (argc - optind > 1) {
    rc = pd_usage_error("read", "reads one file at a time (use 'run' for a corpus)");
    goto out;
  }
  const char *path = optind < argc ? argv[optind] : "-";
  pd_docmeta meta;
  pd_doc_meta(&opts, path, &meta);
  xmlDocPtr doc = pd_document_load(path, pd_limits_global(), &meta);
  pd_docmeta_free(&meta);
  if (!doc) {
    rc = PD_EXIT_FAILED;
    goto out;
  }
  if (pd_xml_validate(doc, "document", path) != 0 || pd_xml_save(doc, opts.output) != 0)
    rc = PD_EXIT_FAILED;
  xmlFreeDoc(doc);
out:
  pd_docmeta_free(&opts.meta);
  return rc;
}
