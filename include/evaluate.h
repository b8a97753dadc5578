/* evaluate.h — plandiff's plans scored against a hand coding (truth.h).
 *
 * How a plan's fact matches a truth fact (the rule the README states):
 *   - only facts of the same document count: the plan's document file name
 *     (without folders) equals the truth's file column;
 *   - programmes, cooperation models and laws by id (a programme's thesaurus
 *     ref, a model's ref, a law's ref); only the law ids the truth codes
 *     somewhere are scored;
 *   - local measures and goals by name and place: the plan's fact is named
 *     within PD_EVAL_LINE_TOLERANCE lines of one of the truth fact's rows,
 *     and the two names are alike (pd_eval_names_alike); goals also need
 *     the same kind for their kind to count as agreeing, not to be found;
 *   - each truth fact and each plan fact is matched at most once; where
 *     several pairs qualify, the closest (same name, then same line, then
 *     the longest shared word start) wins.
 * Only the kinds of fact the truth codes somewhere are scored (a coding of
 * programmes alone scores programmes alone), and of laws only the ids it
 * codes somewhere. A truth fact whose rows are all borderline is uncertain: finding it or
 * not changes no score (it is counted apart), and a plan fact matched to
 * it is not spurious. The § 15-1 checklist is judged per document by
 * compare's rule (evaluate_checklist.c); a verdict counts as right when it
 * equals the truth's and, for "found", one of its evidence lines lies
 * within the tolerance of one of the truth's rows.
 */
#ifndef PLANDIFF_EVALUATE_H
#define PLANDIFF_EVALUATE_H

#include <stddef.h>

#include <libxml/tree.h>

#include "evaluate_checklist.h"
#include "thesaurus.h"

/* plan.h's plan; not included here, so that the command-line code can use
 * this header beside cli.h. */
struct pd_plan;
#include "truth.h"

enum { PD_EVAL_LINE_TOLERANCE = 2 };

/* Precision tp / (tp + fp) and recall tp / (tp + fn). With nothing found
 * (tp + fp = 0) precision is 1 when there was nothing to find and 0
 * otherwise; recall likewise with nothing to find. */
double pd_eval_precision(size_t tp, size_t fp, size_t fn);
double pd_eval_recall(size_t tp, size_t fp, size_t fn);
/* The harmonic mean of P and R; 0 when both are 0. */
double pd_eval_f1(double p, double r);
/* Cohen's kappa of N paired labels A[i], B[i] (any strings; "" is a
 * label too): (po - pe) / (1 - pe). 1 when both coders used one and the
 * same label throughout (pe = 1); NaN when N is 0. */
double pd_eval_kappa(const char *const *a, const char *const *b, size_t n);

/* Whether two names are alike enough to be the same measure or goal:
 * folded (lower case; hyphens, punctuation and white space as one space),
 * they are equal, or one holds the other at word boundaries and the held
 * one has at least five letters, or a word of each starts with the same
 * five letters. */
int pd_eval_names_alike(const char *a, const char *b);

typedef struct pd_eval_count {
  size_t tp, fp, fn;
  size_t uncertain_found, uncertain_missed;
} pd_eval_count;

/* Paired labels for an agreement: truth[i] against plan[i]. */
typedef enum pd_eval_value {
  PD_VALUE_LEVEL,
  PD_VALUE_STATUS,
  PD_VALUE_RESPONSIBLE,
  PD_VALUE_USE,
  PD_VALUE_KINDS
} pd_eval_value;

typedef struct pd_eval_pairs {
  char **truth, **plan;
  size_t n, cap, agree;
} pd_eval_pairs;

typedef enum pd_eval_problem { PD_EVAL_MISSING, PD_EVAL_SPURIOUS, PD_EVAL_WRONG } pd_eval_problem;

/* One disagreement. what: "fact" (missing or spurious), or the value that
 * differs: "level", "status", "responsible", "use", "goal-kind",
 * "verdict", "evidence". file:line is the truth's place (missing, wrong)
 * or the plan's (spurious); quote is the plan's words where it has any. */
typedef struct pd_eval_diff {
  pd_eval_problem problem;
  pd_truth_kind kind;
  const char *what;
  char *file, *key, *truth, *plan, *quote;
  unsigned long line;
  int marked; /* a wrong value the reports show as uncertain or partly uncertain */
} pd_eval_diff;

typedef struct pd_eval {
  pd_eval_count count[PD_TRUTH_KINDS]; /* requirements: tp right, fn wrong */
  size_t verdicts_right;               /* requirements whose verdict alone is right */
  pd_eval_pairs values[PD_VALUE_KINDS];
  pd_eval_diff *diffs;
  size_t ndiffs, capdiffs;
  size_t documents;          /* plan documents the truth codes */
  int coded[PD_TRUTH_KINDS]; /* the kinds the truth codes somewhere */
} pd_eval;

void pd_eval_init(pd_eval *ev);
/* Scores PLAN against the facts of T for the plan's document. CHECK is the
 * document's checklist (NULL: requirements are not scored). Returns 0, or
 * -1 when the truth codes no document of the plan (nothing scored). */
int pd_eval_plan(pd_eval *ev, const pd_truth *t, const struct pd_plan *plan,
                 const pd_eval_checklist *check);
/* Scores the plan DOC (valid against schema/plan.rng; read through
 * plan_xml.c) named PATH, with its checklist judged by TH's lexicon.
 * Returns the file name of its document (the caller frees it), or NULL
 * after a warning when the truth codes no document of the plan. */
char *pd_eval_plan_doc(pd_eval *ev, const pd_truth *t, const pd_thesaurus *th, xmlDocPtr doc,
                       const char *path);
/* Sorts the disagreements by file, line, kind and what (the order the plans
 * were given in does not matter). */
void pd_eval_finish(pd_eval *ev);
void pd_eval_free(pd_eval *ev);

/* The schema's name of a disagreement's problem: missing, spurious, wrong. */
const char *pd_eval_problem_name(pd_eval_problem p);
const char *pd_eval_value_name(pd_eval_value v);

#endif
