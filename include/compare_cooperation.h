/* compare_cooperation.h — the cooperation models (BTI and its kin) each
 * municipality uses, with the model's levels and the services its
 * responsibility matrix names.
 */
#ifndef PLANDIFF_COMPARE_COOPERATION_H
#define PLANDIFF_COMPARE_COOPERATION_H

#include <stddef.h>

#include "compare_profile.h"
#include "compare_set.h"

typedef struct pd_cmp_model_use {
  const pd_cmp_profile *municipality;
  const pd_cmp_model *model; /* the first mention of the model in profile order */
  const pd_set *services;    /* the municipality's matrix services */
  int family_named;          /* the municipality's text names the model's family itself */
} pd_cmp_model_use;

typedef struct pd_cmp_cooperation {
  pd_cmp_model_use *v; /* by municipality, then first mention */
  size_t n;
  pd_set *services; /* one per latest profile */
  size_t nservices;
} pd_cmp_cooperation;

void pd_cmp_cooperation_collect(pd_cmp_cooperation *out, const pd_cmp_profiles *ps);
void pd_cmp_cooperation_free(pd_cmp_cooperation *c);

#endif
