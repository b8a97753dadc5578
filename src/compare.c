/* compare.c — the comparison's stages in order: plans into documents,
 * documents into profiles, profiles into results. */
#include "compare.h"

#include <stdlib.h>
#include <string.h>

#include "comparison_xml.h"

void pd_comparison_init(pd_comparison *c, const pd_thesaurus *th) {
  memset(c, 0, sizeof *c);
  c->th = th;
}

void pd_comparison_add(pd_comparison *c, xmlDocPtr plan) {
  if (c->ndocs == c->capdocs) {
    c->capdocs = c->capdocs ? c->capdocs * 2 : 16;
    c->docs = pd_xrealloc(c->docs, c->capdocs * sizeof *c->docs);
  }
  pd_cmp_doc_load(&c->docs[c->ndocs++], plan);
}

void pd_comparison_run(pd_comparison *c) {
  pd_cmp_profiles_build(&c->profiles, c->docs, c->ndocs, c->th);
  pd_cmp_matrix_build(&c->matrix, &c->profiles, c->th);
  pd_cmp_locals_group(&c->locals, &c->profiles);
  pd_cmp_coverage_judge(&c->coverage, &c->profiles);
  pd_cmp_cooperation_collect(&c->cooperation, &c->profiles);
  pd_cmp_goals_cluster(&c->goals, &c->profiles);
  pd_cmp_similarity_peers(&c->similarity, &c->profiles, c->peers);
  pd_cmp_borrowing_rank(&c->borrowing, &c->profiles, &c->similarity, c->th);
  pd_cmp_versions_diff(&c->versions, &c->profiles);
}

void pd_comparison_free(pd_comparison *c) {
  pd_cmp_versions_free(&c->versions);
  pd_cmp_borrowing_free(&c->borrowing);
  pd_cmp_similarity_free(&c->similarity);
  pd_cmp_goal_clusters_free(&c->goals);
  pd_cmp_cooperation_free(&c->cooperation);
  pd_cmp_coverage_free(&c->coverage);
  pd_cmp_local_groups_free(&c->locals);
  pd_cmp_matrix_free(&c->matrix);
  pd_cmp_profiles_free(&c->profiles);
  for (size_t i = 0; i < c->ndocs; i++)
    pd_cmp_doc_free(&c->docs[i]);
  free(c->docs);
  memset(c, 0, sizeof *c);
}

xmlDocPtr pd_compare_plans(xmlDocPtr *plans, size_t n, const pd_thesaurus *th) {
  pd_comparison c;
  pd_comparison_init(&c, th);
  for (size_t i = 0; i < n; i++)
    pd_comparison_add(&c, plans[i]);
  pd_comparison_run(&c);
  xmlDocPtr out = pd_comparison_xml(&c);
  pd_comparison_free(&c);
  return out;
}
