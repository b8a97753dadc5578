/* test_evaluate.c — evaluate's numbers and rules: precision and recall at
 * zero counts, Cohen's kappa on a worked example, names alike, the truth
 * file's checks, and matching a small plan against a small truth. */
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "evaluate.h"
#include "harness.h"
#include "plan.h"
#include "thesaurus.h"
#include "truth.h"
#include "xmlio.h"

static pd_thesaurus *th;

static int close_to(double a, double b) { return fabs(a - b) < 1e-9; }

TEST(precision_recall_ordinary) {
  EXPECT(close_to(pd_eval_precision(3, 1, 2), 0.75));
  EXPECT(close_to(pd_eval_recall(3, 1, 2), 0.6));
  EXPECT(close_to(pd_eval_f1(0.75, 0.6), 2 * 0.75 * 0.6 / 1.35));
}

TEST(precision_recall_zero_counts) {
  /* nothing to find, nothing found: perfect */
  EXPECT(close_to(pd_eval_precision(0, 0, 0), 1.0));
  EXPECT(close_to(pd_eval_recall(0, 0, 0), 1.0));
  /* something to find, nothing found: precision 0, recall 0 */
  EXPECT(close_to(pd_eval_precision(0, 0, 4), 0.0));
  EXPECT(close_to(pd_eval_recall(0, 0, 4), 0.0));
  /* nothing to find, something found: recall 0, precision 0 */
  EXPECT(close_to(pd_eval_recall(0, 2, 0), 0.0));
  EXPECT(close_to(pd_eval_precision(0, 2, 0), 0.0));
  EXPECT(close_to(pd_eval_f1(0, 0), 0.0));
}

/* The worked example: 50 measures, truth and plan say yes/no.
 * both yes 20, truth yes plan no 5, truth no plan yes 10, both no 15.
 * po = 35/50 = 0.7; truth yes 25/50, plan yes 30/50;
 * pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4. */
TEST(kappa_worked_example) {
  const char *a[50], *b[50];
  for (int i = 0; i < 50; i++) {
    a[i] = i < 25 ? "yes" : "no";
    b[i] = i < 20 ? "yes" : i < 25 ? "no" : i < 35 ? "yes" : "no";
  }
  EXPECT(close_to(pd_eval_kappa(a, b, 50), 0.4));
}

TEST(kappa_edge_cases) {
  const char *same[] = {"universell", "universell", "universell"};
  EXPECT(close_to(pd_eval_kappa(same, same, 3), 1.0)); /* one label throughout */
  EXPECT(isnan(pd_eval_kappa(same, same, 0)));
  const char *a[] = {"universell", "selektiv"}, *b[] = {"selektiv", "universell"};
  EXPECT(close_to(pd_eval_kappa(a, b, 2), -1.0)); /* always opposite */
  const char *c[] = {"", "selektiv"};             /* "" (no level) is a label */
  EXPECT(close_to(pd_eval_kappa(c, c, 2), 1.0));
}

TEST(names_alike) {
  EXPECT(pd_eval_names_alike("Jordmortjenesten", "Jordmor og helsestasjonstjenesten"));
  EXPECT(pd_eval_names_alike("* TPO-team", "TPO-team i skole"));
  EXPECT(pd_eval_names_alike("Barneteamet", "barneteamet"));
  EXPECT(!pd_eval_names_alike("Ung", "Ung Fritid Heistad")); /* a cut name is not the name */
  EXPECT(!pd_eval_names_alike("rundt barn med behov", "Barneteamet"));
  EXPECT(!pd_eval_names_alike("", "Barneteamet"));
  EXPECT(pd_eval_names_alike("Flerspråklig team", "flerspråklige barnehageteam"));
}

static char *write_tmp(const char *text) {
  char *path = strdup("/tmp/plandiff-truth-XXXXXX");
  int fd = mkstemp(path);
  size_t len = strlen(text);
  if (fd < 0 || write(fd, text, len) != (ssize_t)len)
    abort();
  close(fd);
  return path;
}

#define HEADER                                                                                     \
  "municipality\tfile\tkind\tkey\tname\tlevel\tstatus\tresponsible\tuse\tline\tend_line\tverdict"  \
  "\tnote\n"

TEST(truth_groups_rows_into_facts) {
  char *path =
      write_tmp("# a comment\n" HEADER
                "aheim\ta.txt\tprogramme\ttibir\tTIBIR\tselektiv\t\tbarnevern\truns\t10\t\t\t\n"
                "aheim\ta.txt\tprogramme\ttibir\tTibir\tuniversell\tpagaende|igangsatt\t\t"
                "planned\t20\t22\t\t\n"
                "aheim\ta.txt\tlocal\tteam\tBarneteamet\t\t\t\truns\t30\t\t\tborderline\n"
                "aheim\ta.txt\trequirement\tgoals\tMål\t\t\t\t\t\t\tmissing\n"
                "\n");
  pd_truth t;
  EXPECT(pd_truth_load(path, NULL, th, &t) == 0);
  EXPECT(t.n == 3 && t.rows == 4);
  if (t.n == 3) {
    EXPECT(t.facts[0].nplaces == 2);
    EXPECT(t.facts[0].levels.n == 2 && t.facts[0].statuses.n == 2);
    EXPECT(t.facts[0].use == 3); /* runs beats planned */
    EXPECT(t.facts[0].places[1].end_line == 22);
    EXPECT(t.facts[1].uncertain);
    EXPECT(t.facts[2].verdict == PD_VERDICT_MISSING);
  }
  pd_truth_free(&t);
  unlink(path);
  free(path);
}

TEST(truth_problems_are_counted) {
  char *path = write_tmp(HEADER "aheim\ta.txt\tprogram\ttibir\t\t\t\t\t\t10\t\t\t\n"  /* kind */
                                "aheim\ta.txt\tprogramme\tnope\t\t\t\t\t\t10\t\t\t\n" /* id */
                                "aheim\ta.txt\tlocal\tx\t\tgrønn\t\t\t\t10\t\t\t\n"   /* level */
                                "aheim\ta.txt\tlocal\tx\t\t\t\t\t\tten\t\t\t\n"       /* line */
                                "aheim\ta.txt\trequirement\tgoals\t\t\t\t\t\t5\t\tyes\t\n");
  pd_truth t;
  EXPECT(pd_truth_load(path, NULL, th, &t) == 5);
  EXPECT(t.n == 0);
  unlink(path);
  free(path);
  path = write_tmp("municipality\tfile\n");
  EXPECT(pd_truth_load(path, NULL, th, &t) == 1); /* a wrong header */
  unlink(path);
  free(path);
}

/* A plan of a.txt: TIBIR (selektiv) at line 10, a local "Barneteamet" at
 * line 31, a local "Ung" at 40, a goal at 50. */
static pd_plan *small_plan(void) {
  pd_plan *p = pd_plan_new();
  pd_document *d = pd_plan_add_document(p);
  d->file = strdup("corpus/a.txt");
  pd_measure *m = pd_plan_add_measure(p);
  m->ref = strdup("tibir");
  m->name = strdup("TIBIR");
  m->use = PD_USE_RUNS;
  pd_prov_set(&pd_facts_add(&m->levels, "selektiv")->where, "corpus/a.txt", 10, 0, "Selektiv", 8,
              PD_EV_ROW);
  pd_prov_set(&pd_facts_add(&m->mentions, NULL)->where, "corpus/a.txt", 10, 0, "TIBIR", 5,
              PD_EV_NONE);
  m = pd_plan_add_measure(p);
  m->name = strdup("Barneteamet");
  m->use = PD_USE_RUNS;
  pd_prov_set(&pd_facts_add(&m->mentions, NULL)->where, "corpus/a.txt", 31, 0, "Barneteamet", 11,
              PD_EV_NONE);
  m = pd_plan_add_measure(p);
  m->name = strdup("Ung");
  m->use = PD_USE_RUNS;
  pd_prov_set(&pd_facts_add(&m->mentions, NULL)->where, "corpus/a.txt", 40, 0, "Ung", 3,
              PD_EV_NONE);
  pd_goal *g = pd_plan_add_goal(p);
  g->kind = PD_GOAL_SUBGOAL;
  g->text = strdup("Alle barn skal ha det godt");
  pd_prov_set(&g->where, "corpus/a.txt", 50, 0, g->text, strlen(g->text), PD_EV_SENTENCE);
  return p;
}

TEST(matching_a_small_plan) {
  char *path =
      write_tmp(HEADER "aheim\ta.txt\tprogramme\ttibir\tTIBIR\tuniversell\t\t\truns\t9\t\t\t\n"
                       "aheim\ta.txt\tlocal\tbarneteam\tbarneteamet\t\t\t\truns\t30\t\t\t\n"
                       "aheim\ta.txt\tlocal\tungfritid\tUng Fritid Heistad\t\t\t\truns\t40\t\t\t\n"
                       "aheim\ta.txt\tgoal\tgoal\tAlle barn skal ha det godt\t\t\t\t\t49\t50\t\t\n"
                       "aheim\tb.txt\tlocal\tother\tOther\t\t\t\truns\t1\t\t\t\n");
  pd_truth t;
  EXPECT(pd_truth_load(path, NULL, th, &t) == 0);
  pd_plan *p = small_plan();
  pd_eval ev;
  pd_eval_init(&ev);
  EXPECT(pd_eval_plan(&ev, &t, p, NULL) == 0);
  pd_eval_finish(&ev);
  EXPECT(ev.documents == 1);
  EXPECT(ev.count[PD_TRUTH_PROGRAMME].tp == 1 && ev.count[PD_TRUTH_PROGRAMME].fp == 0);
  /* Barneteamet found (one line off); "Ung" is not Ung Fritid Heistad */
  EXPECT(ev.count[PD_TRUTH_LOCAL].tp == 1);
  EXPECT(ev.count[PD_TRUTH_LOCAL].fn == 1 && ev.count[PD_TRUTH_LOCAL].fp == 1);
  EXPECT(ev.count[PD_TRUTH_GOAL].tp == 1);
  /* b.txt has no plan: its fact is neither missing nor found */
  EXPECT(ev.values[PD_VALUE_LEVEL].n == 2 && ev.values[PD_VALUE_LEVEL].agree == 1);
  int level_diff = 0, kind_diff = 0;
  for (size_t i = 0; i < ev.ndiffs; i++) {
    level_diff += strcmp(ev.diffs[i].what, "level") == 0 && ev.diffs[i].line == 9;
    kind_diff += strcmp(ev.diffs[i].what, "goal-kind") == 0;
  }
  EXPECT(level_diff == 1 && kind_diff == 1);
  pd_eval_free(&ev);
  /* a plan of a document the truth does not code scores nothing */
  free(p->documents[0].file);
  p->documents[0].file = strdup("c.txt");
  pd_eval_init(&ev);
  EXPECT(pd_eval_plan(&ev, &t, p, NULL) == -1);
  EXPECT(ev.documents == 0);
  pd_eval_free(&ev);
  pd_plan_free(p);
  pd_truth_free(&t);
  unlink(path);
  free(path);
}

/* A wrong list of services counts as shown uncertain when the page marks
 * it "delvis usikkert": one of its services rests on a nearby line. */
TEST(partly_uncertain_services_count_as_shown) {
  char *path = write_tmp(HEADER "aheim\ta.txt\tprogramme\ttibir\tTIBIR\tselektiv\t\tbarnevern\truns"
                                "\t10\t\t\t\n");
  pd_truth t;
  EXPECT(pd_truth_load(path, NULL, th, &t) == 0);
  pd_plan *p = small_plan();
  pd_measure *m = &p->measures[0];
  pd_prov_set(&pd_facts_add(&m->responsible, "barnevern")->where, "corpus/a.txt", 10, 0,
              "Barnevernet", 11, PD_EV_ROW);
  pd_prov_set(&pd_facts_add(&m->responsible, "ppt")->where, "corpus/a.txt", 12, 0, "PPT", 3,
              PD_EV_NEARBY);
  pd_eval ev;
  pd_eval_init(&ev);
  EXPECT(pd_eval_plan(&ev, &t, p, NULL) == 0);
  pd_eval_finish(&ev);
  int wrong = 0, marked = 0;
  for (size_t i = 0; i < ev.ndiffs; i++)
    if (strcmp(ev.diffs[i].what, "responsible") == 0) {
      wrong++;
      marked += ev.diffs[i].marked;
    }
  EXPECT(wrong == 1 && marked == 1);
  pd_eval_free(&ev);
  /* with both services on their own row, nothing is marked */
  m->responsible.v[1].where.evidence = PD_EV_ROW;
  pd_eval_init(&ev);
  EXPECT(pd_eval_plan(&ev, &t, p, NULL) == 0);
  pd_eval_finish(&ev);
  marked = 0;
  for (size_t i = 0; i < ev.ndiffs; i++)
    marked += ev.diffs[i].marked;
  EXPECT(marked == 0);
  pd_eval_free(&ev);
  pd_plan_free(p);
  pd_truth_free(&t);
  unlink(path);
  free(path);
}

int main(void) {
  pd_xml_init();
  RUN(precision_recall_ordinary);
  RUN(precision_recall_zero_counts);
  RUN(kappa_worked_example);
  RUN(kappa_edge_cases);
  RUN(names_alike);
  th = pd_thesaurus_load(NULL);
  EXPECT(th != NULL);
  if (th) {
    RUN(truth_groups_rows_into_facts);
    RUN(truth_problems_are_counted);
    RUN(matching_a_small_plan);
    RUN(partly_uncertain_services_count_as_shown);
    pd_thesaurus_free(th);
  }
  pd_xml_cleanup();
  return harness_done();
}
