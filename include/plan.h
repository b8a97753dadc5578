/* plan.h — one plan in memory: what normalise extracts, compare and
 * evaluate read (schema/plan.rng is its XML form; plan_xml.c converts).
 *
 * Plain structs. Every string is owned by the struct that holds it and
 * freed by pd_plan_free(); a NULL string is an absent attribute. Lists are
 * arrays with a count, grown by the pd_plan_* adders below, so one function
 * owns each allocation. Every fact carries its provenance (pd_prov).
 */
#ifndef PLANDIFF_PLAN_H
#define PLANDIFF_PLAN_H

#include <stddef.h>

/* Where a value came from, strongest first. row/item/sentence: the fact's
 * own table row, list item or sentence; heading/colour/nearby: a heading
 * above, a colour heading mapped to a level, a neighbouring line;
 * aside: a sentence that touches the fact in passing (outside the plan's
 * own section on it, or about one service's inner order); tentative: a
 * sentence on what may come ("vil kunne", "skal vurderes"), not on what
 * is. heading to tentative are weak: reports show them as uncertain.
 * PD_EV_NONE: not said (a mention). */
typedef enum pd_evidence {
  PD_EV_NONE,
  PD_EV_ROW,
  PD_EV_ITEM,
  PD_EV_SENTENCE,
  PD_EV_HEADING,
  PD_EV_COLOUR,
  PD_EV_NEARBY,
  PD_EV_ASIDE,
  PD_EV_TENTATIVE,
  PD_EV_COUNT
} pd_evidence;

/* Provenance: the file, first and last line (end_line 0 = one line), the
 * page (0 = none; PDF), the plan's own words, and the evidence. */
typedef struct pd_prov {
  char *file;
  unsigned long line, end_line, page;
  char *quote;
  pd_evidence evidence;
} pd_prov;

/* A value with its provenance: a level, a status, a responsible service
 * (value NULL when the cell names no known service), a mention (value
 * NULL), a target group or arena (value = its text). */
typedef struct pd_fact {
  char *value;
  pd_prov where;
} pd_fact;

typedef struct pd_facts {
  pd_fact *v;
  size_t n, cap;
} pd_facts;

typedef struct pd_municipality {
  char *id, *name, *kommunenummer, *county;
} pd_municipality;

typedef struct pd_document {
  char *file;
  char *doc_type; /* plan | planprogram | presentation | other */
  long year;      /* -1 = not given */
  long lines;     /* -1 = not given */
  char *title, *encoding, *language;
  char *sha256; /* of the input file (provenance stamp); NULL = not given */
} pd_document;

/* A heading of the plan: its level in the document's nesting, its number
 * as printed ("2.1", NULL if none) and its text. */
typedef struct pd_section {
  int level;
  char *number;
  char *text;
  pd_prov where;
} pd_section;

typedef struct pd_law {
  char *ref, *name;
  pd_prov where;
} pd_law;

typedef enum pd_goal_kind {
  PD_GOAL_VISION,
  PD_GOAL_GOAL,
  PD_GOAL_SUBGOAL,
  PD_GOAL_STRATEGY
} pd_goal_kind;

typedef struct pd_goal {
  char *id;
  pd_goal_kind kind;
  char *section; /* the heading it stands under */
  char *text;
  pd_prov where;
} pd_goal;

/* How the plan uses a measure, weakest first. */
typedef enum pd_use { PD_USE_LITERATURE, PD_USE_EXAMPLE, PD_USE_PLANNED, PD_USE_RUNS } pd_use;

typedef struct pd_measure {
  char *id;
  char *ref; /* thesaurus id; NULL for a local measure */
  pd_use use;
  char *family;
  char *name;
  char *theme;
  pd_facts levels;      /* value: a level id */
  pd_facts status;      /* at most one; value: a status id */
  pd_facts responsible; /* value: a service id or NULL */
  pd_fact *target_group, *arena;
  pd_facts mentions;
} pd_measure;

typedef struct pd_model_level {
  unsigned long number;
  char *label;
  pd_prov where;
} pd_model_level;

typedef struct pd_model {
  char *ref, *name, *family;
  pd_model_level *levels;
  size_t nlevels, caplevels;
  pd_facts mentions;
} pd_model;

/* A service, risk factor or SDG the plan names. ref: the thesaurus id (an
 * SDG: its number); count: times named (services only; -1 = not given). */
typedef struct pd_item {
  char *ref, *name;
  long count;
  pd_facts mentions;
} pd_item;

typedef struct pd_items {
  pd_item *v;
  size_t n, cap;
} pd_items;

/* Who is responsible at which level for which risk area. */
typedef struct pd_matrix_entry {
  char *risk, *level, *service;
  pd_prov where;
} pd_matrix_entry;

typedef struct pd_comparison_figure {
  char *value, *unit, *area;
} pd_comparison_figure;

/* A figure the plan gives: value and year as written (decimal point). */
typedef struct pd_indicator {
  char *value, *unit, *year;
  char *what;
  pd_prov where;
  pd_comparison_figure *comparisons;
  size_t ncomparisons, capcomparisons;
} pd_indicator;

/* The plan. Empty lists are written as no element at all. */
typedef struct pd_plan {
  char *generator_version, *libxml2, *libxslt, *thesaurus_version;
  char *thesaurus_sha256; /* of the thesaurus file; NULL = not given */
  pd_municipality municipality;
  pd_document *documents;
  size_t ndocuments, capdocuments;
  pd_section *sections;
  size_t nsections, capsections;
  pd_law *laws;
  size_t nlaws, caplaws;
  pd_goal *goals;
  size_t ngoals, capgoals;
  pd_measure *measures;
  size_t nmeasures, capmeasures;
  pd_model *models;
  size_t nmodels, capmodels;
  pd_items services, risks, sdgs;
  pd_matrix_entry *matrix;
  size_t nmatrix, capmatrix;
  pd_indicator *indicators;
  size_t nindicators, capindicators;
  pd_facts outline;    /* a planning programme's proposed outline: value = a part */
  pd_facts statements; /* passages showing a § 15-1 requirement: value = organisation,
                          division or cooperation; evidence sentence or heading */
} pd_plan;

pd_plan *pd_plan_new(void);
void pd_plan_free(pd_plan *plan);

/* Names as the schema spells them, and back (-1 when unknown). */
const char *pd_evidence_name(pd_evidence e);
/* "strong" (row, item, sentence), "weak" (heading, colour, nearby, aside,
 * tentative: reports say "usikkert") or "" (a mention, no evidence). */
const char *pd_evidence_strength(pd_evidence e);
int pd_evidence_parse(const char *name);
const char *pd_use_name(pd_use u);
int pd_use_parse(const char *name);
const char *pd_goal_kind_name(pd_goal_kind k);
int pd_goal_kind_parse(const char *name);

/* Provenance: a copy of FILE and of QUOTE (LEN bytes) as a quote: one line
 * (tabs and line breaks as spaces), cut on a character at PD_MAX_QUOTE
 * bytes with "…". LINE 0 becomes 1. */
enum { PD_MAX_QUOTE = 300 };
void pd_prov_set(pd_prov *p, const char *file, unsigned long line, unsigned long end_line,
                 const char *quote, size_t len, pd_evidence evidence);
void pd_prov_copy(pd_prov *to, const pd_prov *from);
void pd_prov_free(pd_prov *p);

/* Appends a fact (VALUE copied, may be NULL) and returns it; its
 * provenance is for the caller to set. */
pd_fact *pd_facts_add(pd_facts *f, const char *value);
/* Whether a fact with VALUE is in F. */
int pd_facts_has(const pd_facts *f, const char *value);
void pd_facts_free(pd_facts *f);

/* Appends an empty element to one of the plan's lists; the plan owns it.
 * Pointers into a list stay valid only until the next add to that list. */
pd_measure *pd_plan_add_measure(pd_plan *plan);
pd_section *pd_plan_add_section(pd_plan *plan);
pd_law *pd_plan_add_law(pd_plan *plan);
pd_goal *pd_plan_add_goal(pd_plan *plan);
pd_model *pd_plan_add_model(pd_plan *plan);
pd_model_level *pd_model_add_level(pd_model *model);
pd_item *pd_items_add(pd_items *items);
pd_matrix_entry *pd_plan_add_matrix_entry(pd_plan *plan);
pd_indicator *pd_plan_add_indicator(pd_plan *plan);
pd_comparison_figure *pd_indicator_add_comparison(pd_indicator *ind);
pd_document *pd_plan_add_document(pd_plan *plan);

#endif
