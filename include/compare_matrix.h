/* compare_matrix.h — the programme × municipality matrix: which
 * municipality runs, plans or mentions each named programme, how many run
 * it (sharing), and which are covered by a family programme instead.
 */
#ifndef PLANDIFF_COMPARE_MATRIX_H
#define PLANDIFF_COMPARE_MATRIX_H

#include <stddef.h>

#include "compare_profile.h"
#include "thesaurus.h"

typedef enum pd_cmp_sharing {
  PD_SHARING_NONE,
  PD_SHARING_ONE,
  PD_SHARING_SOME,
  PD_SHARING_ALL
} pd_cmp_sharing;

const char *pd_cmp_sharing_name(pd_cmp_sharing s);

/* One municipality's cell: its own programme, or (prog NULL) the family
 * programme it runs that contains this one. */
typedef struct pd_cmp_cell {
  const pd_cmp_profile *municipality;
  const pd_cmp_prog *prog;
  const char *covered_by;
} pd_cmp_cell;

typedef struct pd_cmp_programme {
  const char *ref, *name, *family; /* family NULL when none */
  int evidence_level;              /* -1 when unknown */
  size_t holders;                  /* municipalities planning or running it */
  pd_cmp_sharing sharing;
  pd_cmp_cell *cells; /* in municipality order */
  size_t ncells;
} pd_cmp_programme;

typedef struct pd_cmp_matrix {
  pd_cmp_programme *rows; /* most holders first, then by ref */
  size_t n;
} pd_cmp_matrix;

/* Rows for every programme any latest profile names. Costs O(m log m) for
 * m programme mentions in all profiles. */
void pd_cmp_matrix_build(pd_cmp_matrix *out, const pd_cmp_profiles *ps, const pd_thesaurus *th);
void pd_cmp_matrix_free(pd_cmp_matrix *m);

/* The display name of programme REF: its short name, else its bokmål name,
 * else REF. */
const char *pd_cmp_programme_name(const pd_thesaurus *th, const char *ref);

#endif
