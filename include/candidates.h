/* candidates.h — names in plans that look like programmes but that the
 * thesaurus does not know, so a researcher can grow the thesaurus from
 * real plans (`plandiff candidates`).
 *
 * What looks like a programme, in one block of text (a paragraph, list
 * item, table cell or heading):
 *   - acronym: a word in capitals of two to six letters and digits, also
 *     in parts ("COS-P", "MST-CAN"), in a block that is not itself written
 *     in capitals (a heading in capitals is not a row of acronyms);
 *   - suffix: a word ending in "modellen", "programmet" or "metoden" that
 *     is capitalised or follows capitalised words ("Larviksmodellen",
 *     "SE MEG-modellen"), with those words;
 *   - mark: capitalised words right before ® or ™;
 *   - name: two to five capitalised words in a row ("Ung Fritid Heistad").
 * A candidate is left out when the thesaurus knows it: a programme or model
 * alias overlaps it ("IPS" of "IPS ung"), an alias of any entry covers it
 * whole ("NAV"), or, for a name, aliases cover half of it ("PPT Selektiv":
 * a service and a level; not "Ung Fritid Heistad"). A short word opening
 * a sentence or in a definite form ("I Porsgrunn", "Tilbudet Ung Fritid") and the first part of a
 * suspended compound
 * ("Barne- og ...") start no name.
 * Acronyms and names count only when they occur at least twice in the
 * corpus (a name used once is more often a heading than a programme).
 * Candidates are ranked by the number of municipalities using them, then
 * by how often they occur, then by name.
 */
#ifndef PLANDIFF_CANDIDATES_H
#define PLANDIFF_CANDIDATES_H

#include <stddef.h>

#include "compare_set.h"
#include "thesaurus.h"

typedef enum pd_cand_kind {
  PD_CAND_ACRONYM,
  PD_CAND_SUFFIX,
  PD_CAND_MARK,
  PD_CAND_NAME
} pd_cand_kind;

/* "acronym", "suffix", "mark", "name". */
const char *pd_cand_kind_name(pd_cand_kind kind);

typedef struct pd_cand_hit {
  size_t start, end; /* byte offsets in the text */
  pd_cand_kind kind;
} pd_cand_hit;

/* The programme-like names in TEXT (one block), in text order; *OUT
 * (caller frees) gets them. Returns their number. */
size_t pd_candidates_scan(const char *text, size_t len, pd_cand_hit **out);

/* Whether TH knows HIT, given KNOWN, the thesaurus' matches in the same
 * block (see above). */
int pd_candidate_known(const pd_thesaurus *th, const pd_match *known, size_t nknown,
                       const pd_cand_hit *hit);

/* One use of a candidate. */
typedef struct pd_cand_use {
  char *key; /* the name folded: lower case, hyphens and spaces as one space */
  char *name, *municipality, *file, *quote;
  unsigned long line;
  pd_cand_kind kind;
} pd_cand_use;

/* A candidate with its uses counted. Strings borrowed from its first use. */
typedef struct pd_candidate {
  const pd_cand_use *first;
  size_t count, municipalities;
  pd_set ids; /* the municipalities' ids */
} pd_candidate;

typedef struct pd_candidates {
  pd_cand_use *uses;
  size_t nuses, capuses;
  pd_candidate *v;
  size_t n;
} pd_candidates;

/* Records one use; every string is copied. */
void pd_candidates_add(pd_candidates *c, const char *name, size_t len, pd_cand_kind kind,
                       const char *municipality, const char *file, unsigned long line,
                       const char *quote);
/* Groups the uses into candidates, drops those seen too rarely, ranks
 * them. The order the documents were given in does not matter. */
void pd_candidates_finish(pd_candidates *c);
void pd_candidates_free(pd_candidates *c);

#endif
