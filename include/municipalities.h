/* municipalities.h — Norway's official register of municipalities, and
 * naming a plan's municipality from its own words.
 *
 * The register is data/kommuner.tsv (Statistics Norway's classification 131:
 * kommunenummer, official name, county number, county). An official name
 * may hold a Sami or Kven form after " - " ("Harstad - Hárstták"); each part
 * is a name the municipality is known by. Plans still use older forms
 * ("Oslo"), so every lookup accepts any part.
 *
 * Ids follow pd_slug (manifest.h) on the first name part: "Nærøysund" ->
 * "naeroysund". Lookups are loose: a key matches when its letters agree with
 * æ, ø, å folded to a, o, a ("naroysund" finds Nærøysund), because corpora
 * and web addresses spell these both ways.
 */
#ifndef PLANDIFF_MUNICIPALITIES_H
#define PLANDIFF_MUNICIPALITIES_H

#include <stddef.h>

typedef struct pd_municipality {
  char *number;        /* kommunenummer, four digits, e.g. "3907" */
  char *official;      /* as in the register, e.g. "Harstad - Hárstták" */
  char *name;          /* first part, e.g. "Harstad" */
  char *id;            /* pd_slug(name), e.g. "harstad" */
  char *id_key;        /* the loose key of id, made once for lookups */
  char *county_number; /* e.g. "55" */
  char *county;        /* e.g. "Troms" */
  char **parts;        /* every name part, NULL-terminated */
  char **loose;        /* loose key of each part, parallel to parts */
} pd_municipality;

typedef struct pd_municipalities {
  pd_municipality *v;
  size_t n;
} pd_municipalities;

/* Loads PATH (NULL: the data folder's data/kommuner.tsv). NULL after an
 * error naming the file and line. */
pd_municipalities *pd_municipalities_load(const char *path);
void pd_municipalities_free(pd_municipalities *reg);

/* The municipality whose id, kommunenummer or any name part is KEY (case
 * and æøå spelling aside), or NULL. */
const pd_municipality *pd_municipality_find(const pd_municipalities *reg, const char *key);

/* One line of a document, as the naming below reads it. */
typedef struct pd_text_line {
  const char *text; /* UTF-8 */
  long line;        /* its source line (or paragraph) */
  long page;        /* 0 when the format has no pages */
} pd_text_line;

/* What named a municipality, for the report to the user. */
typedef struct pd_naming {
  const pd_municipality *found;
  long line; /* of the strongest mention; 0 for a file name */
  long page;
  int score;
} pd_naming;

/* The municipality a document's opening names as its own: "X kommune" or
 * x.kommune.no count five, a bare name one, twice as much in the first
 * lines (the title page). A winner needs five points and twice the points
 * of the next, so a plan that mentions its neighbours is not named after
 * them. Returns 1 and fills OUT when one municipality wins, else 0. */
int pd_municipality_in_text(const pd_municipalities *reg, const pd_text_line *lines, size_t n,
                            pd_naming *out);

/* The municipality a file name names, one word or two joined words of its
 * base name ("skien-plan-2024.pdf", "nord-aurdal_plan.docx"); 1 when exactly
 * one municipality is named, else 0. */
int pd_municipality_in_file_name(const pd_municipalities *reg, const char *path, pd_naming *out);

/* The loose key of S: lowercase ASCII letters and digits only, æ and å as
 * a, ø as o, other accented letters as their base. Caller frees. */
char *pd_municipality_key(const char *s);

#endif
