/* lexicon.h — the domain words plandiff reads structure by, in one place.
 *
 * Every word the reader, the extractor and the comparison look for — level
 * and status words, table column headers, heading cues (goals, literature,
 * outline, planning programme), use cues ("for eksempel"), § 15-1
 * requirement words, the areas figures are compared with, the laws that
 * state the duty to prevent and the canonical order of the prevention
 * levels — comes from the thesaurus data (thesaurus/thesaurus.xml: the
 * level, status and law entries and its <lexicon> section). No other
 * source file spells them; `make lint` checks that for the level and
 * status words.
 *
 * Cues are matched on folded text (pd_fold: lower case, white space and
 * hyphens as one space), so "Mål og Målsetting" and "mål og målsetting"
 * read alike. A lexicon is immutable once built; it owns every string it
 * hands out.
 */
#ifndef PLANDIFF_LEXICON_H
#define PLANDIFF_LEXICON_H

#include <stddef.h>

#include <libxml/tree.h>

typedef enum pd_cue {
  PD_CUE_NONE = -1,
  PD_CUE_USE_EXAMPLE,        /* a programme cited as an example */
  PD_CUE_USE_PLANNED,        /* a programme planned or recommended */
  PD_CUE_LITERATURE,         /* a heading over a literature list */
  PD_CUE_OUTLINE,            /* a heading over a proposed outline */
  PD_CUE_PLANNING_PROGRAMME, /* a heading naming a planning programme */
  PD_CUE_VISION,             /* goal headings, by kind */
  PD_CUE_SUBGOAL,
  PD_CUE_GOAL,
  PD_CUE_STRATEGY,
  PD_CUE_MODEL_LEVEL, /* the word before a cooperation model's level number */
  PD_CUE_STATUS_START,
  PD_CUE_AREA,
  PD_CUE_REQ_ORGANISATION, /* barnevernsloven § 15-1 */
  PD_CUE_REQ_DIVISION,
  PD_CUE_REQ_COOPERATION,
  PD_CUE_PURPOSE_LEAD, /* a lead-in presenting a list of purposes, not measures */
  PD_CUE_EXAMPLE_LEAD, /* a lead-in presenting a list of the plan's own measures by example */
  PD_CUE_NOT_GOAL,     /* a heading that looks like a goal heading but is not ("formål") */
  PD_CUE_BACKGROUND,   /* a heading over the planning process, guidelines or the law */
  PD_CUE_OTHER_PLAN,   /* a heading naming another plan the text summarises */
  PD_CUE_CLAUSE_VERB,  /* a finite verb: a list line with one near its start is a clause */
  PD_CUE_ESTABLISHED,  /* "det er etablert": the noun phrase after it is a local measure */
  PD_CUE_COUNT
} pd_cue;

/* Table columns, named by their header cells. */
typedef enum pd_column {
  PD_COL_NONE = -1,
  PD_COL_MEASURE,
  PD_COL_THEME,
  PD_COL_STATUS,
  PD_COL_RESPONSIBLE,
  PD_COL_LEVEL,
  PD_COL_TARGET_GROUP,
  PD_COL_GOAL,
  PD_COL_ARENA,
  PD_COL_PERIOD,
  PD_COL_GAINS,
  PD_COL_COUNT
} pd_column;

/* The law that states the municipalities' duty to prevent. */
typedef enum pd_duty { PD_DUTY_NONE, PD_DUTY_CURRENT, PD_DUTY_OLD } pd_duty;

typedef struct pd_lexicon pd_lexicon;

/* Builds the lexicon of a thesaurus document's root element (already valid
 * against schema/thesaurus.rng). Never fails. */
pd_lexicon *pd_lexicon_build(xmlNodePtr thesaurus);
/* Loads PATH (NULL: the data folder's thesaurus/thesaurus.xml), validated,
 * for callers that need the words but not the vocabulary (the reader).
 * NULL after reporting an error. */
pd_lexicon *pd_lexicon_load(const char *path);
void pd_lexicon_free(pd_lexicon *lex);

/* ---- cues ---- */

/* The first cue of ROLE found in FOLDED (text folded by pd_fold, lower
 * case), in data order, or NULL. The cue is returned as the data spells it
 * (folded). */
const char *pd_lexicon_find(const pd_lexicon *lex, pd_cue role, const char *folded);
/* The same on unfolded TEXT of LEN bytes (folded here, once). */
const char *pd_lexicon_find_text(const pd_lexicon *lex, pd_cue role, const char *text, size_t len);
/* The I-th cue of ROLE in data order (folded), or NULL past the last: for
 * callers that look for cues at positions of their own (areas near a
 * figure, "nivå 2"). */
const char *pd_lexicon_cue_at(const pd_lexicon *lex, pd_cue role, size_t i);

/* ---- table headers ---- */

/* The column a header cell or header word of LEN bytes names, or
 * PD_COL_NONE: the whole text is one of the column's words, or holds one
 * the data marks match="contains" ("Hovedansvar" holds "ansvar"). *NAME
 * (may be NULL) gets the word as the data spells it, or NULL for a
 * "contains" match. A word cut short at a line end ("Forebyggings-",
 * "Forebyggingsni", eight letters at least) names its column too when TAIL
 * is non-NULL: *TAIL then gets the missing end of the name, else NULL. */
pd_column pd_lexicon_column(const pd_lexicon *lex, const char *text, size_t len, const char **name,
                            const char **tail);
/* The name a column goes by ("Forebyggingsnivå"): its first cue. */
const char *pd_lexicon_column_name(const pd_lexicon *lex, pd_column col);

/* ---- prevention levels ---- */

/* Levels in canonical order (universell, selektiv, indisert in the bundled
 * data). */
size_t pd_lexicon_level_count(const pd_lexicon *lex);
const char *pd_lexicon_level_id(const pd_lexicon *lex, size_t i);
/* LANG "nb" or "en"; falls back to the id. */
const char *pd_lexicon_level_label(const pd_lexicon *lex, size_t i, const char *lang);
/* The index of level ID, or -1. */
int pd_lexicon_level_index(const pd_lexicon *lex, const char *id);
/* The level a single word of LEN bytes names ("Allmenn", "selektivt",
 * trailing ".,;:" ignored; colour words never), or -1. */
int pd_lexicon_level_word(const pd_lexicon *lex, const char *word, size_t len);

/* ---- statuses and laws ---- */

/* Whether a word of LEN bytes begins a status cell ("Pågående",
 * "Anbefales"). Case is the caller's rule. */
int pd_lexicon_status_start(const pd_lexicon *lex, const char *word, size_t len);
/* Whether status VALUE means the measure is not run yet (planned,
 * recommended). */
int pd_lexicon_status_planned(const pd_lexicon *lex, const char *value);
/* The status value given when a status cell names no known status. */
const char *pd_lexicon_status_other(const pd_lexicon *lex);
/* Whether law REF states the duty to prevent, now or before. */
pd_duty pd_lexicon_law_duty(const pd_lexicon *lex, const char *ref);

#endif
