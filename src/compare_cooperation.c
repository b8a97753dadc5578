/* compare_cooperation.c — cooperation models per municipality, each model
 * once (its first mention), with the services of the municipality's
 * responsibility matrix. A model family's generic name (BTI) is left out
 * where the municipality runs a local brand of that family (Larvik's "SE
 * MEG" is its BTI): the plan names one model, not two. Whether a brand
 * belongs to its family is the thesaurus's word unless the text names the
 * family too; the reports say which ("Fra bekymring til handling" is in
 * the BTI family by plandiff's grouping, the plan does not say so). */
#include "compare_cooperation.h"

#include <stdlib.h>
#include <string.h>

void pd_cmp_cooperation_collect(pd_cmp_cooperation *out, const pd_cmp_profiles *ps) {
  memset(out, 0, sizeof *out);
  out->nservices = ps->n;
  out->services = pd_xcalloc(ps->n ? ps->n : 1, sizeof *out->services);
  size_t cap = 0;
  for (size_t i = 0; i < ps->n; i++) {
    const pd_cmp_profile *p = ps->latest[i];
    pd_set *matrix = &out->services[i];
    for (size_t d = 0; d < p->ndocs; d++)
      for (size_t e = 0; e < p->docs[d]->nentries; e++)
        if (p->docs[d]->entries[e].value)
          pd_set_add(matrix, p->docs[d]->entries[e].value);
    pd_set_finish(matrix);
    pd_set seen = PD_SET_INIT, branded = PD_SET_INIT, named = PD_SET_INIT;
    for (size_t d = 0; d < p->ndocs; d++)
      for (size_t m = 0; m < p->docs[d]->nmodels; m++) {
        const pd_cmp_model *model = &p->docs[d]->models[m];
        if (model->ref)
          pd_set_add(&named, model->ref);
        if (model->ref && model->family && strcmp(model->ref, model->family) != 0)
          pd_set_add(&branded, model->family);
      }
    pd_set_finish(&branded);
    pd_set_finish(&named);
    for (size_t d = 0; d < p->ndocs; d++)
      for (size_t m = 0; m < p->docs[d]->nmodels; m++) {
        const pd_cmp_model *model = &p->docs[d]->models[m];
        if (!model->ref || pd_set_has(&seen, model->ref) || pd_set_has(&branded, model->ref))
          continue;
        pd_set_add(&seen, model->ref);
        pd_set_finish(&seen);
        if (out->n == cap) {
          cap = cap ? cap * 2 : 16;
          out->v = pd_xrealloc(out->v, cap * sizeof *out->v);
        }
        out->v[out->n++] = (pd_cmp_model_use){p, model, matrix,
                                              model->family && pd_set_has(&named, model->family)};
      }
    pd_set_free(&seen);
    pd_set_free(&branded);
    pd_set_free(&named);
  }
}

void pd_cmp_cooperation_free(pd_cmp_cooperation *c) {
  for (size_t i = 0; i < c->nservices; i++)
    pd_set_free(&c->services[i]);
  free(c->services);
  free(c->v);
  memset(c, 0, sizeof *c);
}
