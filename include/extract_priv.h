/* extract_priv.h — shared between the extractor's modules (extract.c: the
 * walk; extract_match.c: text, lines and thesaurus hits; extract_measures.c:
 * programmes and local measures; extract_tables.c: measure, matrix and
 * model-level tables; extract_goals.c; extract_indicators.c). Not part of
 * the public API: the extractor's result is a pd_plan (plan.h).
 */
#ifndef PLANDIFF_EXTRACT_PRIV_H
#define PLANDIFF_EXTRACT_PRIV_H

#include <stddef.h>

#include <libxml/tree.h>

#include "plan.h"
#include "thesaurus.h"

enum { PD_X_MAX_MENTIONS = 50, PD_X_MAX_FACT_MENTIONS = 10 };

/* One element's source map, parsed (see pd_x_line_at). */
typedef struct pd_x_linemap {
  xmlNodePtr node;
  unsigned long first; /* the element's "line" */
  unsigned long *line;
  size_t *off;
  size_t n, cap;
} pd_x_linemap;

/* Services, laws, risk factors, SDGs or cooperation models named so far:
 * the thesaurus entry of each, and its mentions (item.count = times named). */
typedef struct pd_x_items {
  const pd_entry **entry;
  pd_items items;
} pd_x_items;

/* A measure's name folded and split into content words once, for
 * comparing a table's names with the plan's (extract_tables.c). */
typedef struct pd_x_folded {
  const char *name; /* the name it was made from */
  char *folded;
  size_t nwords;
  size_t *word; /* start and length of each content word, in pairs */
} pd_x_folded;

/* The extractor's state while it walks one document tree. It fills PLAN
 * (the caller owns it); everything else is working state. */
typedef struct pd_extractor {
  const pd_thesaurus *th;
  pd_plan *plan;
  const char *file;
  int colours;    /* the plan maps colours to levels */
  size_t *mindex; /* hash index of plan->measures: slot = index + 1, 0 empty */
  size_t mslots;
  pd_x_folded *mfolded; /* [i]: plan->measures[i].name folded */
  size_t nmfolded;
  pd_x_items services, laws, risks, sdgs, models;
  pd_facts model_levels; /* value = the level's number; quote = its label */
  pd_x_linemap linemap;
  int other_plan; /* in a summary of another plan ("Kommuneplanens samfunnsdel") */
  /* After a goal heading with nothing under it ("Overordnet mål og
   * strategier" on a slide): how many more headings of its kind may still
   * name its strategies, and that kind. */
  int heading_goals;
  char *heading_goals_kind, *heading_goals_section;
  /* After a lead-in that announces strategies ("... fire strategiske
   * innsatsområder som fører oss ønsket retning:", "Satsinger:"): how many
   * may still follow (the number it gives, else a bound), whether it gave
   * the number, and whether the points taken so far are numbered. */
  int announced, announced_counted, announced_numbered;
} pd_extractor;

/* What the structure above an element says about it. */
typedef struct pd_x_context {
  int literature;              /* under a literature heading */
  int background;              /* under a heading on the planning process, guidelines or the law */
  const char *colour_level;    /* level a colour heading stands for */
  size_t colour_at;            /* its heading: index + 1 into plan->sections */
  pd_evidence colour_evidence; /* colour (a colour word) or heading (a level word) */
  size_t level_heading;        /* the last heading naming levels: index + 1, 0 none */
  int goal_kind;               /* a pd_goal_kind, or -1: not a goal section */
  const char *section;         /* heading text */
  int outline;                 /* under a planning programme's proposed outline */
  size_t goals_here;
  int goal_paragraph;       /* a paragraph here stated the goal */
  xmlNodePtr service_label; /* a paragraph such as "NAV:" naming the service of the lists below */
  int requirement_section; /* under a heading naming a § 15-1 requirement (its organisation ...) */
} pd_x_context;

/* A thesaurus hit in a text: the entry, whether the alias is a colour
 * word, and its byte span. */
typedef struct pd_x_hit {
  const pd_entry *entry;
  int colour;
  size_t start, end;
} pd_x_hit;

/* A paragraph N (TEXT) that announces strategies arms the extractor;
 * list items and numbered headings that follow are then taken as the
 * strategies announced (extract_goals.c). */
void pd_x_strategies_announced(pd_extractor *x, const pd_x_context *c, xmlNodePtr n,
                               const char *text);
void pd_x_announced_strategy(pd_extractor *x, const pd_x_context *c, xmlNodePtr n,
                             const char *text);

/* ---- extract_match.c ---- */
int pd_x_is(xmlNodePtr n, const char *name);
unsigned long pd_x_attr_ul(xmlNodePtr n, const char *name);
/* The element's text (xmlNodeGetContent), never NULL; free with free(). */
char *pd_x_text(xmlNodePtr n);
/* The source line of byte OFFSET of element N's text. */
unsigned long pd_x_line_at(pd_extractor *x, xmlNodePtr n, size_t offset);
/* Folded (lower-cased, white space collapsed) copy for cue tests. */
char *pd_x_lower(const char *s);
/* Whether byte I of TEXT (LEN bytes) ends a sentence: . ! ? ; before a
 * space or the end. */
int pd_x_sentence_end(const char *text, size_t len, size_t i);
/* Words in TEXT: one more than its spaces (cue tests on short texts). */
size_t pd_x_words(const char *text);
/* The sentence of TEXT around [A, B) as [*SA, *SB). */
void pd_x_sentence(const char *text, size_t len, size_t a, size_t b, size_t *sa, size_t *sb);
/* The thesaurus hits of TEXT, in text order; *OUT freed by the caller. */
size_t pd_x_hits(const pd_extractor *x, const char *text, pd_x_hit **out);
/* The single level the hits state, or NULL (none, or several). */
const pd_x_hit *pd_x_one_level(const pd_x_hit *h, size_t n, int colours);
/* Services, laws, risk factors, SDGs and cooperation models among the hits. */
void pd_x_collect_items(pd_extractor *x, xmlNodePtr n, const char *text, const pd_x_hit *h,
                        size_t nh);
/* Sets a fact's provenance in the extractor's file. */
void pd_x_prov(const pd_extractor *x, pd_prov *p, unsigned long line, unsigned long end,
               const char *quote, size_t len, pd_evidence ev);
/* Appends a fact with VALUE (may be NULL) and its provenance. */
pd_fact *pd_x_fact(const pd_extractor *x, pd_facts *f, const char *value, unsigned long line,
                   unsigned long end, const char *quote, size_t len, pd_evidence ev);

/* ---- extract_measures.c ---- */
/* The measure of a programme (REF) or a local measure (NAME, NLEN bytes),
 * made on first sight. Pointers into plan->measures move on the next add. */
pd_measure *pd_x_measure(pd_extractor *x, const char *ref, const char *name, size_t nlen);
void pd_x_mention(pd_extractor *x, pd_measure *m, xmlNodePtr n, const char *text, const pd_x_hit *h,
                  pd_use u);
void pd_x_add_level(const pd_extractor *x, pd_measure *m, const char *value, unsigned long line,
                    const char *quote, size_t qlen, pd_evidence ev);
/* The length of a local measure's name in TEXT (0: none), from *START
 * (after bullet marks). */
size_t pd_x_local_name(const char *text, size_t len, char stop, size_t *start);
int pd_x_leads_with_model(const char *text, const pd_x_hit *h, size_t nh);
/* Whether paragraph N labels the lists below it with a service ("NAV:",
 * "Barnehage:"): short, ending in ':', naming a service. */
int pd_x_is_service_label(const pd_extractor *x, xmlNodePtr n);
/* A paragraph, list item or plain table cell. */
void pd_x_text_block(pd_extractor *x, const pd_x_context *c, xmlNodePtr n);
void pd_x_appendix_title(pd_extractor *x, const pd_x_context *c, xmlNodePtr heading);

/* ---- extract_tables.c ---- */
void pd_x_table(pd_extractor *x, const pd_x_context *c, xmlNodePtr table);

/* ---- extract_goals.c ---- */
/* A goal section's kind from its folded heading, or -1. */
int pd_x_goal_kind(const pd_extractor *x, const char *heading_lower);
void pd_x_goal(pd_extractor *x, pd_x_context *c, xmlNodePtr n);
/* HEADING (TEXT, folded LOWER) of SECTION, after the context C it sets:
 * a strategy when it follows an empty goal heading of its kind. */
void pd_x_heading_goal(pd_extractor *x, const pd_x_context *c, xmlNodePtr section,
                       xmlNodePtr heading, const char *text, const char *lower);

/* ---- extract_requirements.c ---- */
/* A heading (FOLDED, and its TEXT at LINE..END) that names a § 15-1
 * requirement: weak evidence for it; what stands under it (C) is the
 * plan's own section on it. */
void pd_x_requirement_heading(pd_extractor *x, pd_x_context *c, const char *folded,
                              const char *text, unsigned long line, unsigned long end);
/* Whether FOLDED names a § 15-1 requirement (organisation, division,
 * cooperation). */
int pd_x_names_requirement(const pd_extractor *x, const char *folded);
/* The sentences of element N's TEXT (hits H) that show a requirement. */
void pd_x_requirement_sentences(pd_extractor *x, const pd_x_context *c, xmlNodePtr n,
                                const char *text, const pd_x_hit *h, size_t nh);

/* ---- extract_indicators.c ---- */
void pd_x_indicators(pd_extractor *x, xmlNodePtr n, const char *text);

#endif
