/* compare_profile.h — the documents of one municipality and year merged
 * into one profile: everything compare's analyses need, computed once.
 *
 * Profiles borrow strings and provenance from their documents, which must
 * outlive them. Programmes are kept sorted by ref; local measures and goals
 * in document order (documents in profile order: plan, planning programme,
 * presentation, other; then file name).
 */
#ifndef PLANDIFF_COMPARE_PROFILE_H
#define PLANDIFF_COMPARE_PROFILE_H

#include <stddef.h>

#include "compare_doc.h"
#include "compare_set.h"
#include "thesaurus.h"

/* A named programme in one profile: the strongest use any document makes
 * of it, every level and responsible service named, the first status, and
 * where the first document naming it does so. */
typedef struct pd_cmp_prog {
  const char *ref, *name;
  int use;
  pd_set levels, responsible;
  const char *status;
  const pd_cmp_prov *where;
} pd_cmp_prog;

typedef struct pd_cmp_local {
  const char *name;
  char *key;    /* its terms joined by spaces; "" when the name has none */
  pd_set terms; /* pd_compare_terms of the name */
  pd_set levels;
  const pd_cmp_prov *where;
} pd_cmp_local;

typedef struct pd_cmp_goalrec {
  const char *kind; /* NULL when the plan gives none */
  pd_set terms;
  const pd_cmp_prov *where;
} pd_cmp_goalrec;

/* Measure counts per prevention level; index PD_LEVEL_NONE counts measures
 * without one. */
enum { PD_LEVEL_NONE = 3, PD_LEVEL_COUNT = 4 };
/* The id of level L (0 .. PD_LEVEL_NONE - 1), as the lexicon names it;
 * "" when the thesaurus has fewer levels. */
const char *pd_cmp_level_id(const pd_thesaurus *th, int l);

typedef struct pd_cmp_profile {
  const char *id, *name, *county, *kommunenummer; /* NULL when no document names them */
  unsigned long year;
  const pd_cmp_doc **docs;
  size_t ndocs;
  pd_cmp_prog *progs;
  size_t nprogs;
  pd_cmp_local *locals;
  size_t nlocals;
  pd_cmp_goalrec *goals;
  size_t ngoals;
  pd_set services;
  pd_set programme_refs; /* programmes planned or run */
  pd_set covered_refs;   /* programmes a family programme of programme_refs contains */
  pd_set closed;         /* programme_refs and covered_refs together */
  pd_set goal_terms;
  size_t levels[PD_LEVEL_COUNT];
  size_t measures;
} pd_cmp_profile;

typedef struct pd_cmp_profiles {
  pd_cmp_profile *all; /* one per municipality and year, in (id, year) order */
  size_t nall;
  pd_cmp_profile **latest; /* each municipality's latest year, in id order */
  size_t n;
} pd_cmp_profiles;

/* Groups DOCS by municipality and year and merges each group; TH supplies
 * the families. The order of DOCS does not matter. */
void pd_cmp_profiles_build(pd_cmp_profiles *out, const pd_cmp_doc *docs, size_t n,
                           const pd_thesaurus *th);
void pd_cmp_profiles_free(pd_cmp_profiles *ps);

/* P's programme REF, or NULL. */
const pd_cmp_prog *pd_cmp_profile_prog(const pd_cmp_profile *p, const char *ref);

#endif
