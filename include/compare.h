/* compare.h — stage 3: plans of many municipalities into one comparison
 * (schema/comparison.rng).
 *
 * The documents of one municipality and year (a plan and its presentation)
 * are merged into one profile, keeping each fact's provenance; other years
 * are versions, diffed one to the next. Everything a report shows is
 * computed here — the programme x municipality matrix, sharing, families,
 * local measures alike across municipalities, goal clusters, legal
 * coverage, prevention profiles, pairwise similarity with its reasons, and
 * what each municipality could borrow from its peers — in an order that
 * depends only on the plans' contents, never on the order they were given.
 */
#ifndef PLANDIFF_COMPARE_H
#define PLANDIFF_COMPARE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "thesaurus.h"

/* Compares PLANS (documents valid against schema/plan.rng; not modified).
 * TH supplies families and evidence levels. The caller frees the result. */
xmlDocPtr pd_compare_plans(xmlDocPtr *plans, size_t n, const pd_thesaurus *th);

/* Words of TEXT for similarity: lower case, Norwegian stop words dropped,
 * nynorsk forms mapped to bokmål, light suffix stemming; sorted, unique.
 * Returns the count; *WORDS (caller frees each and the array). */
size_t pd_compare_terms(const char *text, char ***words);

#endif
