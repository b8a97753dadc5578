/* help_topics.c — help on topics that are not commands. The manifest's
 * format is stated here, in man/plandiff.1 (MANIFEST) and in the README;
 * tests/cli/man.sh checks that all three name the same columns. */
#include "help_topics.h"

#include <string.h>

static const char MANIFEST[] =
    "MANIFEST.tsv: whose each document is\n"
    "\n"
    "A folder of documents may hold MANIFEST.tsv, one row per document. read,\n"
    "normalise and run look a document up in the manifest of its own folder;\n"
    "flags on the command line override it. A manifest is never read as a plan.\n"
    "\n"
    "Format: tab-separated text, UTF-8 (with or without a byte-order mark;\n"
    "UTF-16 with a byte-order mark and Windows-1252 are recognised and\n"
    "converted), LF or CRLF line ends. The first line names the columns, in any\n"
    "order; columns plandiff does not know are ignored (the bundled corpus has\n"
    "format and note). An empty cell is as if the column were absent.\n"
    "\n"
    "Columns:\n"
    "  file           required: the document's file name in the same folder,\n"
    "                 without a folder and without a trailing .gz\n"
    "  municipality   optional: the municipality's id, lowercase ASCII letters,\n"
    "                 digits and hyphens (larvik, naeroysund); without it the id\n"
    "                 comes from the name, the text or the file name\n"
    "  name           optional: the municipality's name as written (Nærøysund)\n"
    "  kommunenummer  optional: the four-digit municipality number\n"
    "                 (also read from a column kommunenummer_2024)\n"
    "  county         optional: the county's name (also county_2024)\n"
    "  doc_type       optional: plan, planprogram, presentation or other\n"
    "                 (default plan)\n"
    "  year           optional: the year of the document, four digits\n"
    "\n"
    "Example (columns separated by one tab):\n"
    "  file\tmunicipality\tname\tkommunenummer\tcounty\tdoc_type\tyear\n"
    "  skien-plan.pdf\tskien\tSkien\t4003\tTelemark\tplan\t2024\n";

static const struct {
  const char *name;
  const char *text;
} TOPICS[] = {{"manifest", MANIFEST}};

const char *pd_help_topic(const char *topic) {
  for (size_t i = 0; i < sizeof TOPICS / sizeof TOPICS[0]; i++)
    if (strcmp(topic, TOPICS[i].name) == 0)
      return TOPICS[i].text;
  return NULL;
}

const char *pd_help_topic_list(void) {
  return "  manifest   the columns of MANIFEST.tsv ('plandiff help manifest')\n";
}
