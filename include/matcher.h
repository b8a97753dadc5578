/* matcher.h — find many names in text in one pass (Aho–Corasick).
 *
 * Text and patterns are folded once before matching: ASCII and Latin-1
 * letters (Æ Ø Å É ...) to lower case, runs of white space and hyphens to
 * one space, and the space after "§" dropped, so "Home-Start", "Home Start"
 * and "home start" are one name, and a name broken across lines is found.
 * The automaton is a dense DFA over byte classes; word boundaries are
 * checked only at hits (checking them while scanning is what makes
 * dictionary matchers slow). Matches are leftmost-longest and do not
 * overlap: "foreldreveiledning" wins over "foreldre".
 *
 * Pattern flags:
 *   PD_MATCH_COMPOUND  may be followed by more letters (the first part of a
 *                      compound: "Tibirkommuneprosjektet"); only for
 *                      patterns of at least four letters, so a short
 *                      acronym never matches inside an unrelated word.
 *   PD_MATCH_EXACT     matches only in the pattern's own letter case
 *                      ("MOT" the programme, not "mot" the preposition).
 */
#ifndef PLANDIFF_MATCHER_H
#define PLANDIFF_MATCHER_H

#include <stddef.h>

#include "buf.h"

enum { PD_MATCH_COMPOUND = 1, PD_MATCH_EXACT = 2 };

typedef struct pd_matcher pd_matcher;

typedef struct pd_match {
  size_t start, end; /* byte offsets in the original text */
  size_t pattern;    /* as returned by pd_matcher_add */
} pd_match;

pd_matcher *pd_matcher_new(void);
/* Adds a pattern; returns its number (0, 1, 2 ...). */
size_t pd_matcher_add(pd_matcher *m, const char *pattern, unsigned flags);
/* Builds the automaton; no pattern may be added afterwards. */
void pd_matcher_build(pd_matcher *m);
/* Finds the matches in TEXT; *OUT (caller frees) gets them in text order.
 * Returns their number. */
size_t pd_matcher_find(const pd_matcher *m, const char *text, size_t len, pd_match **out);
void pd_matcher_free(pd_matcher *m);

/* The folding described above. MAP (may be NULL) receives for each folded
 * byte the offset of the original byte it came from; the caller frees it.
 * KEEP_CASE folds white space and hyphens only. */
void pd_fold(const char *s, size_t len, int keep_case, pd_buf *out, size_t **map);
/* The letter folding of pd_fold alone, in place: the length and every
 * offset stay as they are. */
void pd_lower_in_place(char *s);

#endif
