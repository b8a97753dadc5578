/* compare.h — stage 3: plans of many municipalities into one comparison.
 *
 * The documents of one municipality and year (a plan and its presentation)
 * are merged into one profile (compare_profile.h), keeping each fact's
 * provenance; other years are versions. Each analysis then turns the
 * profiles into plain results — the programme × municipality matrix,
 * local measures alike, goal clusters, legal coverage, cooperation models,
 * each municipality's nearest peers with the reasons they are alike, what
 * each municipality could borrow, and
 * the changes between versions — and comparison_xml.c writes them
 * (schema/comparison.rng). Everything is ordered by content, never by the
 * order the plans were given in.
 */
#ifndef PLANDIFF_COMPARE_H
#define PLANDIFF_COMPARE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "compare_borrow.h"
#include "compare_cooperation.h"
#include "compare_coverage.h"
#include "compare_doc.h"
#include "compare_goals.h"
#include "compare_locals.h"
#include "compare_matrix.h"
#include "compare_profile.h"
#include "compare_similarity.h"
#include "compare_versions.h"
#include "thesaurus.h"

typedef struct pd_comparison {
  const pd_thesaurus *th;
  size_t peers;     /* nearest peers kept per municipality; 0: PD_DEFAULT_PEERS */
  pd_cmp_doc *docs; /* as added */
  size_t ndocs, capdocs;
  pd_cmp_profiles profiles;
  pd_cmp_matrix matrix;
  pd_cmp_local_groups locals;
  pd_cmp_coverage coverage;
  pd_cmp_cooperation cooperation;
  pd_cmp_goal_clusters goals;
  pd_cmp_similarity similarity;
  pd_cmp_borrowing borrowing;
  pd_cmp_versions versions;
} pd_comparison;

/* An empty comparison over the vocabulary TH (families, evidence levels,
 * names), which must outlive it. */
void pd_comparison_init(pd_comparison *c, const pd_thesaurus *th);

/* Adds a plan (valid against schema/plan.rng). The comparison keeps what it
 * needs; the caller may free PLAN at once. */
void pd_comparison_add(pd_comparison *c, xmlDocPtr plan);

/* Builds the profiles and runs every analysis over the plans added. */
void pd_comparison_run(pd_comparison *c);

void pd_comparison_free(pd_comparison *c);

/* All of the above over PLANS (not modified), written as XML. The caller
 * frees the result. */
xmlDocPtr pd_compare_plans(xmlDocPtr *plans, size_t n, const pd_thesaurus *th);

#endif
