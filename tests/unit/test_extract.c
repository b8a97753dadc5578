/* test_extract.c — the extraction rules on plan structs: a small text is
 * read into a document tree and extracted with the bundled thesaurus, and
 * the struct (plan.h) is asked what the rule should have given. */
#include <stdlib.h>

#include "diag.h"
#include "extract.h"
#include "harness.h"
#include "plan.h"
#include "read.h"
#include "xmlio.h"

static pd_thesaurus *th; /* the bundled thesaurus, loaded in main */

/* The plan of TEXT (caller frees). */
static pd_plan *plan_of(const char *text) {
  pd_text t;
  pd_text_decode("t.txt", text, strlen(text), &t);
  xmlDocPtr doc = pd_read_text("t.txt", &t, NULL, th->lexicon);
  pd_plan *p = pd_extract(doc, th);
  xmlFreeDoc(doc);
  pd_text_free(&t);
  return p;
}

static const pd_measure *measure(const pd_plan *p, const char *ref_or_name) {
  for (size_t i = 0; i < p->nmeasures; i++) {
    const pd_measure *m = &p->measures[i];
    if ((m->ref && strcmp(m->ref, ref_or_name) == 0) || strcmp(m->name, ref_or_name) == 0)
      return m;
  }
  return NULL;
}

static const char *value(const pd_facts *f, size_t i) { return i < f->n ? f->v[i].value : NULL; }

#define TABLE_HEAD "Tiltak\tStatus\tHovedansvar\tForebyggingsnivå\n"

TEST(table_row_gives_its_own_values) {
  pd_plan *p = plan_of(TABLE_HEAD "TIBIR\tPågående\tBarnevern\tSelektiv\n"
                                  "Ressursteam 2.0. Et team.\tPlanlagt\tPPT\tUniversell\n");
  const pd_measure *tibir = measure(p, "tibir");
  EXPECT(tibir != NULL);
  if (tibir) {
    EXPECT(tibir->levels.n == 1);
    EXPECT_STR(value(&tibir->levels, 0), "selektiv");
    EXPECT_STR(value(&tibir->status, 0), "pagaende");
    EXPECT_STR(value(&tibir->responsible, 0), "barnevern");
    EXPECT(tibir->levels.v[0].where.line == 2);
    EXPECT(tibir->use == PD_USE_RUNS);
    /* the row's own cells: strong evidence */
    EXPECT(tibir->levels.v[0].where.evidence == PD_EV_ROW);
    EXPECT(tibir->status.v[0].where.evidence == PD_EV_ROW);
    EXPECT(tibir->responsible.v[0].where.evidence == PD_EV_ROW);
  }
  const pd_measure *team = measure(p, "Ressursteam 2.0"); /* name ends at the sentence */
  EXPECT(team != NULL);
  if (team) {
    EXPECT(team->ref == NULL);
    EXPECT_STR(value(&team->levels, 0), "universell");
    EXPECT_STR(value(&team->responsible, 0), "ppt");
    EXPECT(team->use == PD_USE_PLANNED); /* planned, named once */
  }
  EXPECT(p->nmeasures == 2);
  EXPECT_STR(p->measures[0].id, "m1");
  EXPECT_STR(p->measures[1].id, "m2");
  pd_plan_free(p);
}

TEST(table_row_about_the_model_or_a_level_word_is_no_measure) {
  pd_plan *p = plan_of(TABLE_HEAD "BTI (bedre tverrfaglig innsats) gir samhandling.\tPågående\t\t"
                                  "Universell\n"
                                  "Selektiv\tPågående\t\tSelektiv\n");
  EXPECT(p->nmeasures == 0);
  EXPECT(p->nmodels == 1);
  pd_plan_free(p);
}

TEST(local_names_stop_at_web_addresses) {
  pd_plan *p = plan_of(TABLE_HEAD "Foreldrekurs https://www.x.no/kurs\tPlanlagt\t\tSelektiv\n");
  EXPECT(measure(p, "Foreldrekurs") != NULL);
  pd_plan_free(p);
}

TEST(level_from_the_same_sentence) {
  pd_plan *p = plan_of("# Tiltak\n\nVi tilbyr PMTO som et selektivt tiltak for familier.\n");
  const pd_measure *m = measure(p, "pmto");
  EXPECT(m != NULL);
  if (m) {
    EXPECT_STR(value(&m->levels, 0), "selektiv");
    EXPECT(m->levels.v[0].where.evidence == PD_EV_SENTENCE);
    EXPECT(m->use == PD_USE_RUNS);
    EXPECT(m->mentions.n == 1 && m->mentions.v[0].where.line == 3);
  }
  pd_plan_free(p);
}

TEST(level_from_another_sentence_or_a_heading_is_weak) {
  pd_plan *p = plan_of("# Om tiltak\n\nVi bruker PMTO. Det er indisert forebygging.\n\n"
                       "# Selektive tiltak\n\nVi tilbyr COS-P til foreldre.\n");
  const pd_measure *m = measure(p, "pmto");
  EXPECT(m && m->levels.n == 1 && m->levels.v[0].where.evidence == PD_EV_NEARBY);
  m = measure(p, "cos-p");
  EXPECT(m && m->levels.n == 1);
  if (m && m->levels.n) {
    EXPECT_STR(m->levels.v[0].value, "selektiv");
    EXPECT(m->levels.v[0].where.evidence == PD_EV_HEADING);
  }
  pd_plan_free(p);
}

TEST(literature_gives_no_level) {
  pd_plan *p = plan_of("# Litteratur\n\nOm PMTO som selektivt tiltak (2019).\n");
  const pd_measure *m = measure(p, "pmto");
  EXPECT(m != NULL);
  if (m) {
    EXPECT(m->use == PD_USE_LITERATURE);
    EXPECT(m->levels.n == 0);
  }
  pd_plan_free(p);
}

TEST(colour_headings_give_list_items_their_level) {
  pd_plan *p = plan_of("# Nivåer\n\nUniversell forebygging (grønt) gjelder alle.\n\n"
                       "# GRØNT\n\n- Åpen barnehage: et tilbud til alle\n- Foreldremøter\n");
  const pd_measure *m = measure(p, "Åpen barnehage");
  EXPECT(m != NULL);
  if (m) {
    EXPECT_STR(value(&m->levels, 0), "universell");
    EXPECT(m->levels.v[0].where.line == 5); /* the heading */
    EXPECT(m->levels.v[0].where.evidence == PD_EV_COLOUR);
  }
  EXPECT(measure(p, "Foreldremøter") != NULL);
  pd_plan_free(p);
}

TEST(colours_without_a_mapping_give_no_measures) {
  pd_plan *p = plan_of("# GRØNT\n\n- Åpen barnehage\n");
  EXPECT(p->nmeasures == 0);
  pd_plan_free(p);
}

TEST(goals_under_a_goal_heading) {
  pd_plan *p = plan_of("# Overordnet mål\n\nOvergripende:\n\n"
                       "Alle barn skal oppleve mestring og trygghet.\n");
  EXPECT(p->ngoals == 1); /* the label ending in ':' is not a goal */
  if (p->ngoals) {
    EXPECT(p->goals[0].kind == PD_GOAL_GOAL);
    EXPECT_STR(p->goals[0].section, "Overordnet mål");
    EXPECT_STR(p->goals[0].id, "g1");
    EXPECT(p->goals[0].where.line == 5);
  }
  pd_plan_free(p);
}

TEST(indicator_with_year_and_comparison) {
  pd_plan *p = plan_of("I 2022 svarte 13 % av elevene at de ble mobbet, mot 9 % i landet.\n");
  EXPECT(p->nindicators == 1);
  if (p->nindicators) {
    const pd_indicator *ind = &p->indicators[0];
    EXPECT_STR(ind->value, "13");
    EXPECT_STR(ind->year, "2022");
    EXPECT(ind->ncomparisons == 1);
    if (ind->ncomparisons)
      EXPECT_STR(ind->comparisons[0].value, "9");
  }
  pd_plan_free(p);
}

TEST(head_of_the_plan) {
  pd_plan *p = plan_of("PLANPROGRAM FOR FOREBYGGENDE ARBEID\n\nTekst etter § 15-1.\n");
  EXPECT(p->ndocuments == 1);
  EXPECT_STR(p->documents[0].file, "t.txt");
  EXPECT_STR(p->documents[0].doc_type, "planprogram");
  EXPECT_STR(p->municipality.id, "t"); /* the one fallback of manifest.h */
  pd_plan_free(p);
}

/* A plan that maps colours to levels, then TAIL. */
#define COLOURS "# Nivåer\n\nUniversell forebygging (grønt) gjelder alle.\n\n"

TEST(heading_naming_several_levels_gives_none) {
  pd_plan *p = plan_of(COLOURS "# GRØNT\n\n- Åpen barnehage\n\n"
                               "# Utprøving av rødt og grønt tiltak\n\n- Veivalg for alle\n");
  EXPECT(measure(p, "Åpen barnehage") != NULL);
  EXPECT(measure(p, "Veivalg for alle") == NULL); /* no level holds under it */
  pd_plan_free(p);
}

TEST(local_names_without_marks_addresses_or_fragments) {
  pd_plan *p =
      plan_of(COLOURS "# GRØNT\n\n- * Foreldresamarbeid i skolen\n- https://www.x.no/kurs\n"
                      "- Oppfølging ung: samarbeider med skole, opplæringstjenesten,\n"
                      "- tiltaksarrangører og flere for å hjelpe unge\n");
  EXPECT(measure(p, "Foreldresamarbeid i skolen") != NULL);
  EXPECT(measure(p, "Oppfølging ung") != NULL);
  EXPECT(p->nmeasures == 2); /* no "https", no fragment of the wrapped item */
  pd_plan_free(p);
}

TEST(purposes_are_no_measures) {
  pd_plan *p = plan_of(COLOURS "# GRØNT\n\nTjenesten skal bidra til å:\n\n"
                               "- fremme god psykisk helse\n- forebygge sykdom\n");
  EXPECT(p->nmeasures == 0);
  pd_plan_free(p);
}

TEST(service_label_gives_the_responsible_service) {
  pd_plan *p = plan_of(COLOURS "# GRØNT\n\nNAV:\n\nNAV består av etaten.\n\n"
                               "- Oppfølging ung: samarbeider med skole\n");
  const pd_measure *m = measure(p, "Oppfølging ung");
  EXPECT(m && m->responsible.n == 1);
  if (m && m->responsible.n) {
    EXPECT_STR(m->responsible.v[0].value, "nav"); /* the label's, not the partner's */
    EXPECT(m->responsible.v[0].where.evidence == PD_EV_HEADING);
  }
  pd_plan_free(p);
}

TEST(goal_labels_and_goal_headings) {
  pd_plan *p = plan_of("# Formål med planen\n\nPlanen skal vedtas etter loven om barnevern.\n\n"
                       "# Tiltak\n\nMål: Et hovedmål er å sette barnet i sentrum.\n\n"
                       "# Strategiplan for oppvekst\n\nAlle elever skal fullføre skolen.\n\n"
                       "# Mål\n\nplan-2019-2025.pdf\n");
  EXPECT(p->ngoals == 1);
  if (p->ngoals) {
    EXPECT_STR(p->goals[0].text, "Et hovedmål er å sette barnet i sentrum.");
    EXPECT(p->goals[0].kind == PD_GOAL_GOAL);
  }
  pd_plan_free(p);
}

static size_t statements(const pd_plan *p, const char *requirement, pd_evidence ev) {
  size_t n = 0;
  for (size_t i = 0; i < p->statements.n; i++)
    n += strcmp(p->statements.v[i].value, requirement) == 0 &&
         p->statements.v[i].where.evidence == ev;
  return n;
}

TEST(requirement_statements_from_the_plans_own_substance) {
  pd_plan *p = plan_of("Organisering av arbeidet\n\n"
                       "Barnehagen og skolen samarbeider tett med helsestasjonen om overganger.\n\n"
                       "Barneverntjenesten og PPT har ansvar for selektive tiltak.\n\n"
                       "Arbeidet er organisert gjennom Oppvekst og BTI-modellen.\n\n"
                       "Prosess og medvirkning\n\n"
                       "Planen er organisert i samarbeid med skolen og barnehagen.\n\n"
                       "Kommuneplanens samfunnsdel\n\n"
                       "- Skolen samarbeider med barnehagen om alt\n\n"
                       "Lovgrunnlag og føringer\n\n"
                       "Ny tekst om barnehagen og skolen i samarbeid etter § 15-1.\n");
  EXPECT(statements(p, "organisation", PD_EV_HEADING) == 1);
  EXPECT(statements(p, "organisation", PD_EV_SENTENCE) == 1);
  EXPECT(statements(p, "division", PD_EV_SENTENCE) == 1);
  /* the cooperation sentence of the plan; not the planning process, not
   * another plan's summary, not the law's section */
  EXPECT(statements(p, "cooperation", PD_EV_SENTENCE) == 1);
  EXPECT(p->statements.n == 4);
  for (size_t i = 0; i < p->statements.n; i++)
    EXPECT(p->statements.v[i].where.line <= 7);
  pd_plan_free(p);
}

/* Only the plan's own section on a requirement, or a sentence naming the
 * cooperation model, shows it strongly; a service's description touches it
 * in passing, one service's inner order is no organisation of the work,
 * and a sentence on what may come states no fact. */
TEST(requirement_sentences_in_passing_or_on_what_may_come_are_weak) {
  pd_plan *p = plan_of("Barnets nettverk\n\n"
                       "Kulturskolen har et samarbeid med barnehager og skoler.\n\n"
                       "Helsestasjonen har ansvar for kurs sammen med barnevernet.\n\n"
                       "Organisering av det forebyggende arbeidet\n\n"
                       "Ledere i barnehager og skoler har ansvar for universelle tiltak.\n\n"
                       "Arbeidet er organisert gjennom Oppvekst, barnehager og skoler.\n\n"
                       "En del av arbeidet i PPT er organisert som eget tilbud.\n\n"
                       "Samarbeidet mellom skolen og barnevernet vil kunne styrkes.\n");
  EXPECT(statements(p, "cooperation", PD_EV_ASIDE) == 1);
  EXPECT(statements(p, "division", PD_EV_ASIDE) == 1);
  EXPECT(statements(p, "division", PD_EV_SENTENCE) == 1);
  EXPECT(statements(p, "organisation", PD_EV_SENTENCE) == 1);
  EXPECT(statements(p, "organisation", PD_EV_ASIDE) == 1);
  EXPECT(statements(p, "cooperation", PD_EV_TENTATIVE) == 1);
  EXPECT(statements(p, "cooperation", PD_EV_SENTENCE) == 0);
  pd_plan_free(p);
}

TEST(wrapped_title_and_subgoals) {
  pd_plan *p =
      plan_of("Mål\n\n"
              "Alle barn skal få rett hjelp til rett tid i kommunen vår.\n\n"
              "Foreldre får veiledning tidlig i barnets liv og oppvekst.\n\n"
              "Organisering av kommunens arbeid med å forebygge\n\n"
              "omsorgssvikt og atferdsvansker.\n"
              "Hoveddelen av arbeidet er organisert gjennom Oppvekst og helsestasjonen.\n");
  EXPECT(p->ngoals == 2);
  if (p->ngoals == 2) {
    EXPECT(p->goals[0].kind == PD_GOAL_GOAL);
    EXPECT(p->goals[1].kind == PD_GOAL_SUBGOAL);
  }
  int whole = 0;
  for (size_t i = 0; i < p->nsections; i++)
    whole |= strcmp(p->sections[i].text,
                    "Organisering av kommunens arbeid med å forebygge omsorgssvikt og "
                    "atferdsvansker") == 0;
  EXPECT(whole);
  pd_plan_free(p);
}

/* A flattened theme | measures | goal table (read_table.c layout 3): the
 * theme is a strategy, the goal cell's items subgoals, each measure cell's
 * items measures with the status their column names; cells whose column
 * was guessed ("Helse Skolelege": the theme's line holds the first measure
 * cell) give weak facts. */
static const pd_goal *goal(const pd_plan *p, const char *text) {
  for (size_t i = 0; i < p->ngoals; i++)
    if (strcmp(p->goals[i].text, text) == 0)
      return &p->goals[i];
  return NULL;
}

TEST(theme_measures_goal_table) {
  pd_plan *p = plan_of("Tema Iverksatte tiltak 2024 Anbefales Mål\n"
                       "Trygge\noppvekstmiljø\n\n"
                       "Leksehjelp på alle skolene i\nkommunen.\n \n"
                       "Natteravner i helgene ved\nungdomsklubben.\n \n"
                       "Nye rutiner for barnehage- og\nskolemiljøet\n\n"
                       "Utarbeide en felles plan for\nforeldremøter i barnehagene\n\n"
                       "Barn skal føle\nseg trygge.\nFærre barn\nutenfor skolen\n\n"
                       "Helse Skolelege\nmed åpen dør\n\n"
                       "Evaluere ordningen etter første\nskoleår sammen med elevrådet\n\n"
                       "Bedre psykisk\nhelse\n");
  const pd_goal *g = goal(p, "Trygge oppvekstmiljø");
  EXPECT(g && g->kind == PD_GOAL_STRATEGY && g->where.line == 2 && g->where.evidence == PD_EV_ROW);
  g = goal(p, "Helse");
  EXPECT(g && g->kind == PD_GOAL_STRATEGY && g->where.evidence == PD_EV_NEARBY);
  g = goal(p, "Barn skal føle seg trygge");
  EXPECT(g && g->kind == PD_GOAL_SUBGOAL && g->where.line == 17);
  g = goal(p, "Færre barn utenfor skolen");
  EXPECT(g && g->kind == PD_GOAL_SUBGOAL && g->where.line == 19);
  g = goal(p, "Bedre psykisk helse");
  EXPECT(g && g->kind == PD_GOAL_SUBGOAL);
  const pd_measure *m = measure(p, "Leksehjelp på alle skolene i kommunen");
  EXPECT(m && m->use == PD_USE_RUNS && m->status.n == 1);
  if (m && m->status.n) {
    EXPECT_STR(value(&m->status, 0), "igangsatt");
    EXPECT(m->status.v[0].where.evidence == PD_EV_ROW);
    EXPECT(m->mentions.n && m->mentions.v[0].where.line == 5);
  }
  m = measure(p, "Natteravner i helgene ved ungdomsklubben");
  EXPECT(m && m->status.n && strcmp(value(&m->status, 0), "igangsatt") == 0);
  m = measure(p, "Nye rutiner for barnehage- og skolemiljøet");
  EXPECT(m && m->responsible.n == 0); /* "barnehage-" is part of a compound, not a doer */
  m = measure(p, "Utarbeide en felles plan for foreldremøter i barnehagene");
  EXPECT(m && m->use == PD_USE_PLANNED && m->status.n);
  if (m && m->status.n) {
    EXPECT_STR(value(&m->status, 0), "anbefalt");
    EXPECT_STR(value(&m->responsible, 0), "barnehage"); /* named in the item: a guess */
    EXPECT(m->responsible.n && m->responsible.v[0].where.evidence == PD_EV_NEARBY);
  }
  m = measure(p, "Skolelege med åpen dør");
  EXPECT(m && m->status.n && m->status.v[0].where.evidence == PD_EV_NEARBY);
  m = measure(p, "Evaluere ordningen etter første skoleår sammen med elevrådet");
  EXPECT(m && m->status.n && m->status.v[0].where.evidence == PD_EV_NEARBY);
  pd_plan_free(p);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  th = pd_thesaurus_load(NULL);
  if (!th) {
    printf("not ok - test_extract.c: the bundled thesaurus loads\n");
    return 1;
  }
  RUN(table_row_gives_its_own_values);
  RUN(table_row_about_the_model_or_a_level_word_is_no_measure);
  RUN(local_names_stop_at_web_addresses);
  RUN(level_from_the_same_sentence);
  RUN(level_from_another_sentence_or_a_heading_is_weak);
  RUN(literature_gives_no_level);
  RUN(colour_headings_give_list_items_their_level);
  RUN(colours_without_a_mapping_give_no_measures);
  RUN(goals_under_a_goal_heading);
  RUN(indicator_with_year_and_comparison);
  RUN(head_of_the_plan);
  RUN(heading_naming_several_levels_gives_none);
  RUN(local_names_without_marks_addresses_or_fragments);
  RUN(purposes_are_no_measures);
  RUN(service_label_gives_the_responsible_service);
  RUN(goal_labels_and_goal_headings);
  RUN(requirement_statements_from_the_plans_own_substance);
  RUN(requirement_sentences_in_passing_or_on_what_may_come_are_weak);
  RUN(wrapped_title_and_subgoals);
  RUN(theme_measures_goal_table);
  pd_thesaurus_free(th);
  pd_xml_cleanup();
  return harness_done();
}
