/* compare_doc.h — one plan document as compare sees it.
 *
 * Everything compare needs from a plan (schema/plan.rng) is copied into a
 * pd_cmp_doc once, by the one loader below; no analysis goes back to the
 * plan itself. Missing optional values are NULL (strings) or empty; a
 * provenance without file or quote holds "" and a line of 1.
 */
#ifndef PLANDIFF_COMPARE_DOC_H
#define PLANDIFF_COMPARE_DOC_H

#include <stddef.h>

#include <libxml/tree.h>

typedef struct pd_cmp_prov {
  char *file, *quote;
  char *evidence;               /* row, item, sentence, heading ...; NULL when not given */
  unsigned long line, end_line; /* end_line = line when not given */
} pd_cmp_prov;

/* How far a plan commits to a programme, weakest first. */
typedef enum pd_cmp_use {
  PD_USE_LITERATURE,
  PD_USE_EXAMPLE,
  PD_USE_PLANNED,
  PD_USE_RUNS
} pd_cmp_use;

/* The schema's name of USE. */
const char *pd_cmp_use_name(int use);

typedef struct pd_cmp_measure {
  char *ref;  /* programme id; NULL for a local measure */
  char *name; /* NULL when the plan gives none */
  int use;
  char **levels; /* level values in plan order ("" for a level without one) */
  size_t nlevels;
  char **responsible; /* each responsible's ref, else its quote */
  size_t nresponsible;
  char *status; /* the first status with a value, or NULL */
  int has_mention;
  pd_cmp_prov mention;
} pd_cmp_measure;

typedef struct pd_cmp_goal {
  char *kind; /* NULL when absent */
  char *text;
  pd_cmp_prov where;
} pd_cmp_goal;

typedef struct pd_cmp_fact { /* a law, a section heading, a responsibility-matrix entry */
  char *value;               /* law ref, heading text, entry service (NULL when absent) */
  pd_cmp_prov where;
} pd_cmp_fact;

typedef struct pd_cmp_model {
  char *ref, *name, *family; /* name and family NULL when absent */
  char **levels;             /* level numbers in plan order ("" when absent) */
  size_t nlevels;
  int has_mention;
  pd_cmp_prov mention;          /* the first */
  unsigned long *mention_lines; /* every mention's line */
  size_t nmention_lines;
} pd_cmp_model;

typedef struct pd_cmp_doc {
  char *id; /* the municipality id; "unknown" when the plan has none */
  char *name, *county, *kommunenummer;
  char *file;     /* "" when absent */
  char *doc_type; /* NULL when absent */
  char *year_text;
  char *sha256;       /* of the input file; NULL when the plan does not say */
  unsigned long year; /* 0 when absent */
  pd_cmp_measure *measures;
  size_t nmeasures;
  char **services;
  size_t nservices;
  pd_cmp_goal *goals;
  size_t ngoals;
  pd_cmp_fact *laws, *sections, *entries;
  size_t nlaws, nsections, nentries;
  pd_cmp_fact *statements; /* value: the § 15-1 requirement a passage shows */
  size_t nstatements;
  pd_cmp_model *models;
  size_t nmodels;
} pd_cmp_doc;

/* Copies what compare needs from PLAN (valid against schema/plan.rng) into
 * DOC. The only place compare reads a plan's XML. */
void pd_cmp_doc_load(pd_cmp_doc *doc, xmlDocPtr plan);
void pd_cmp_doc_free(pd_cmp_doc *doc);

#endif
