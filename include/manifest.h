/* manifest.h — whose document is this? Metadata from a corpus manifest.
 *
 * A corpus folder may hold MANIFEST.tsv (UTF-8, tab-separated, header row)
 * with at least the columns file and municipality, and optionally name,
 * kommunenummer (or kommunenummer_2024), county (or county_2024), doc_type
 * and year. pd_manifest_lookup() finds the row for a file by its base name
 * (a ".gz" suffix is ignored) in the manifest beside it. Command-line flags
 * override what the manifest says.
 */
#ifndef PLANDIFF_MANIFEST_H
#define PLANDIFF_MANIFEST_H

typedef struct pd_docmeta {
  char *municipality;      /* lowercase ASCII id, e.g. "naeroysund" */
  char *municipality_name; /* as written, e.g. "Nærøysund" */
  char *kommunenummer;
  char *county;
  char *doc_type; /* plan | planprogram | presentation | other */
  int year;       /* 0 = unknown */
} pd_docmeta;

/* Fills the fields of META that are still NULL/0 from the manifest row of
 * PATH. Returns 1 when a row was found, 0 when not, -1 when the manifest
 * exists but cannot be read (reported). */
int pd_manifest_lookup(const char *path, pd_docmeta *meta);

/* Sets FIELD (owned by META) to a copy of VALUE, replacing any value. */
void pd_docmeta_set(char **field, const char *value);
void pd_docmeta_free(pd_docmeta *meta);

/* The municipality id for NAME as written on the command line or in a
 * manifest ("Nærøysund", "lar vik", "Larvik "): its slug (below). NULL when
 * NAME has no letter or digit. Caller frees. */
char *pd_municipality_id(const char *name);

/* The one rule for a document whose municipality no flag and no manifest
 * gives: the slug of its file name without the document endings
 * ("Larvik plan.txt.gz" -> "larvik-plan"), or "unknown" when that leaves
 * nothing (standard input). Caller frees. */
char *pd_municipality_fallback(const char *path);

/* 1 when TYPE is plan, planprogram, presentation or other. */
int pd_doc_type_valid(const char *type);

/* The year in TEXT (1900-2999, digits only), or -1. */
int pd_year_parse(const char *text);

/* The lowercase ASCII slug of NAME: æ->ae, ø->o, å->a, other letters and
 * digits kept, runs of anything else become one '-'. Caller frees. */
char *pd_slug(const char *name);

#endif
