/* truth.h — a hand coding of plans (a "truth" TSV) in memory.
 *
 * The format is documented in tests/fixtures/truth/README.md: one row per
 * place in a text where a measure, goal, § 15-1 requirement, legal basis or
 * cooperation model is stated. pd_truth_load() checks every row (each
 * problem is reported as FILE:LINE) and groups the rows into facts:
 * programmes, laws, models and requirements by (file, key), local measures
 * by (file, key), goals by (file, key, name). A fact's levels, statuses and
 * services are the union over its certain rows (a row whose note says
 * "borderline" is uncertain); a fact all of whose rows are borderline is
 * uncertain as a whole.
 *
 * The truth owns every string; pd_truth_free() releases them.
 */
#ifndef PLANDIFF_TRUTH_H
#define PLANDIFF_TRUTH_H

#include <stddef.h>

#include "compare_set.h"
#include "input.h"
#include "thesaurus.h"

typedef enum pd_truth_kind {
  PD_TRUTH_PROGRAMME,
  PD_TRUTH_LOCAL,
  PD_TRUTH_GOAL,
  PD_TRUTH_REQUIREMENT,
  PD_TRUTH_LAW,
  PD_TRUTH_MODEL,
  PD_TRUTH_KINDS
} pd_truth_kind;

/* A requirement's verdict, as compare_coverage.h names them. */
typedef enum pd_truth_verdict {
  PD_VERDICT_NONE = -1,
  PD_VERDICT_FOUND,
  PD_VERDICT_MISSING,
  PD_VERDICT_NOT_YET
} pd_truth_verdict;

/* One row: where the text states the fact. line 0 = no place (a
 * requirement judged missing); end_line is line when the row gives none. */
typedef struct pd_truth_place {
  unsigned long line, end_line;
  unsigned long row; /* the row's line in the truth file */
  char *name;
  int borderline;
} pd_truth_place;

typedef struct pd_truth_fact {
  pd_truth_kind kind;
  char *municipality, *file, *key;
  char *name; /* the first row's name */
  pd_truth_place *places;
  size_t nplaces;
  pd_set levels, statuses, responsible; /* certain rows only; finished sets */
  int use;                              /* pd_use of the strongest certain row; -1 none */
  pd_truth_verdict verdict;             /* requirements only */
  int uncertain;                        /* every row is borderline */
} pd_truth_fact;

typedef struct pd_truth {
  char *path;
  pd_truth_fact *facts; /* in the order of their first row */
  size_t n, cap;
  size_t rows; /* data rows read */
} pd_truth;

/* The column names of a truth file, in order (NULL-terminated). */
extern const char *const PD_TRUTH_COLUMNS[];

/* Reads the truth at PATH (read under LIMITS; "-" is standard input),
 * checking level, status, programme and model ids against TH. Returns 0,
 * or the number of problems found, each reported as PATH:LINE (OUT is
 * then empty). */
int pd_truth_load(const char *path, const pd_limits *limits, const pd_thesaurus *th, pd_truth *out);
void pd_truth_free(pd_truth *t);

const char *pd_truth_kind_name(pd_truth_kind kind);
/* "found", "missing", "not-yet". */
const char *pd_truth_verdict_name(pd_truth_verdict v);

/* The file name without its folders (a plan's document/@file may carry
 * them; the truth's file column does not). */
const char *pd_truth_basename(const char *path);

#endif
