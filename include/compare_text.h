/* compare_text.h — the words of a goal or measure name, for similarity. */
#ifndef PLANDIFF_COMPARE_TEXT_H
#define PLANDIFF_COMPARE_TEXT_H

#include <stddef.h>

/* Words of TEXT for similarity: lower case, Norwegian stop words dropped,
 * nynorsk forms mapped to bokmål, light suffix stemming; sorted, unique.
 * Returns the count; *WORDS (caller frees each and the array). */
size_t pd_compare_terms(const char *text, char ***words);

#endif
