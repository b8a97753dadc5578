/* test_compare_profile.c — plan documents into profiles: merging a plan
 * and its presentation, versions, programme use, family coverage, level
 * counts, the loader, and independence from the order of the inputs. */
#include "compare_fixture.h"
#include "harness.h"
#include "xmlio.h"

TEST(plan_and_presentation_are_one_profile) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  fx_prog(a, "tibir", PD_USE_RUNS, "selektiv");
  pd_cmp_doc *pres = fx_doc(&f, "aheim", 2024, "presentation");
  fx_prog(pres, "icdp", PD_USE_RUNS, "universell");
  fx_build(&f);
  EXPECT(f.ps.n == 1 && f.ps.nall == 1);
  const pd_cmp_profile *p = fx_profile(&f, "aheim");
  EXPECT(p && p->ndocs == 2);
  EXPECT(p && pd_set_has(&p->programme_refs, "icdp") && pd_set_has(&p->programme_refs, "tibir"));
  /* the plan comes before its presentation whatever the order given */
  EXPECT(p && p->ndocs == 2 && strcmp(p->docs[0]->doc_type, "plan") == 0);
  fx_free(&f);
}

TEST(other_years_are_versions_latest_compared) {
  fx f;
  fx_init(&f);
  fx_prog(fx_doc(&f, "bby", 2023, "plan"), "tibir", PD_USE_RUNS, NULL);
  fx_prog(fx_doc(&f, "bby", 2019, "plan"), "bapp", PD_USE_RUNS, NULL);
  fx_build(&f);
  EXPECT(f.ps.nall == 2 && f.ps.n == 1);
  EXPECT(f.ps.n == 1 && f.ps.latest[0]->year == 2023);
  EXPECT(f.ps.nall == 2 && f.ps.all[0].year == 2019);
  fx_free(&f);
}

TEST(strongest_use_wins_and_literature_is_not_run) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  fx_prog(a, "pmto", PD_USE_LITERATURE, NULL);
  fx_prog(a, "icdp", PD_USE_EXAMPLE, NULL);
  fx_prog(fx_doc(&f, "aheim", 2024, "presentation"), "icdp", PD_USE_PLANNED, NULL);
  fx_build(&f);
  const pd_cmp_profile *p = fx_profile(&f, "aheim");
  EXPECT(p && !pd_set_has(&p->programme_refs, "pmto"));
  EXPECT(p && pd_set_has(&p->programme_refs, "icdp"));
  const pd_cmp_prog *g = p ? pd_cmp_profile_prog(p, "icdp") : NULL;
  EXPECT(g && g->use == PD_USE_PLANNED);
  /* the first document in profile order gives the provenance */
  EXPECT(g && g->where && strcmp(g->where->quote, "icdp") == 0);
  fx_free(&f);
}

TEST(family_programme_covers_its_members) {
  fx f;
  fx_init(&f);
  fx_prog(fx_doc(&f, "aheim", 2024, "plan"), "tibir", PD_USE_RUNS, NULL);
  fx_build(&f);
  const pd_cmp_profile *p = fx_profile(&f, "aheim");
  EXPECT(p && pd_set_has(&p->covered_refs, "pmto"));
  EXPECT(p && !pd_set_has(&p->programme_refs, "pmto"));
  EXPECT(p && pd_set_has(&p->closed, "pmto") && pd_set_has(&p->closed, "tibir"));
  fx_free(&f);
}

/* A local measure the plan and its presentation both name is one measure
 * of the municipality, with the levels of both. */
TEST(same_local_in_plan_and_presentation_counted_once) {
  fx f;
  fx_init(&f);
  fx_measure(fx_doc(&f, "aheim", 2024, "plan"), NULL, "Spesialpedagog i alle barnehagene",
             PD_USE_RUNS, NULL);
  pd_cmp_doc *pres = fx_doc(&f, "aheim", 2024, "presentation");
  fx_measure(pres, NULL, "spesialpedagog i alle barnehagene", PD_USE_RUNS, "universell");
  fx_local(pres, "Ung Arena");
  fx_build(&f);
  const pd_cmp_profile *p = fx_profile(&f, "aheim");
  EXPECT(p && p->nlocals == 2 && p->measures == 2);
  EXPECT(p && p->nlocals == 2 && pd_set_has(&p->locals[0].levels, "universell"));
  EXPECT(p && p->levels[0] == 1 && p->levels[PD_LEVEL_NONE] == 1);
  fx_free(&f);
}

TEST(levels_counted_per_measure) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "aheim", 2024, "plan");
  pd_cmp_measure *m = fx_measure(a, "tibir", NULL, PD_USE_RUNS, "selektiv");
  m->levels = pd_xrealloc(m->levels, 2 * sizeof *m->levels);
  m->levels[m->nlevels++] = pd_xstrdup("indisert");
  fx_prog(a, "cos-p", PD_USE_RUNS, "universell");
  fx_local(a, "Åpen barnehage");
  fx_build(&f);
  const pd_cmp_profile *p = fx_profile(&f, "aheim");
  EXPECT(p && p->measures == 3);
  EXPECT(p && p->levels[0] == 1 && p->levels[1] == 1 && p->levels[2] == 1);
  EXPECT(p && p->levels[PD_LEVEL_NONE] == 1);
  fx_free(&f);
}

TEST(order_of_documents_never_shows) {
  fx f;
  fx_init(&f);
  fx_prog(fx_doc(&f, "cdal", 2023, "planprogram"), "slt", PD_USE_RUNS, NULL);
  fx_prog(fx_doc(&f, "aheim", 2024, "presentation"), "icdp", PD_USE_RUNS, NULL);
  fx_prog(fx_doc(&f, "aheim", 2024, "plan"), "icdp", PD_USE_EXAMPLE, "universell");
  fx_prog(fx_doc(&f, "bby", 2019, "plan"), "bapp", PD_USE_RUNS, NULL);
  fx_prog(fx_doc(&f, "bby", 2023, "plan"), "tibir", PD_USE_RUNS, NULL);
  fx_build(&f);
  pd_cmp_profiles first = f.ps;
  pd_cmp_doc *reversed = fx_reversed(&f);
  pd_cmp_profiles second;
  pd_cmp_profiles_build(&second, reversed, f.n, f.th);
  EXPECT(first.nall == second.nall && first.n == second.n);
  for (size_t i = 0; i < first.nall && i < second.nall; i++) {
    const pd_cmp_profile *x = &first.all[i], *y = &second.all[i];
    EXPECT(strcmp(x->id, y->id) == 0 && x->year == y->year && x->ndocs == y->ndocs);
    for (size_t d = 0; d < x->ndocs && d < y->ndocs; d++)
      EXPECT(strcmp(x->docs[d]->file, y->docs[d]->file) == 0);
    const pd_cmp_prog *gx = pd_cmp_profile_prog(x, "icdp"), *gy = pd_cmp_profile_prog(y, "icdp");
    EXPECT((gx == NULL) == (gy == NULL));
    if (gx && gy)
      EXPECT(strcmp(gx->where->file, gy->where->file) == 0);
  }
  pd_cmp_profiles_free(&second);
  free(reversed);
  fx_free(&f);
}

static const char PLAN[] =
    "<plan schema-version=\"1\"><generator name=\"plandiff\" version=\"t\"/>"
    "<document file=\"a.txt\" doc-type=\"plan\"/>"
    "<legal-basis><law ref=\"bvl-15-1\" file=\"a.txt\" line=\"2\" quote=\"§ 15-1\"/></legal-basis>"
    "<goals><goal id=\"g1\" kind=\"goal\" file=\"a.txt\" line=\"5\" quote=\"q\">Trygge barn</goal>"
    "</goals><measures><measure id=\"m1\" ref=\"tibir\" kind=\"programme\" use=\"example\">"
    "<name>TIBIR</name><level value=\"selektiv\" file=\"a.txt\" line=\"3\" quote=\"s\"/>"
    "<status value=\"pagaende\" file=\"a.txt\" line=\"3\" quote=\"p\"/>"
    "<responsible quote=\"helsestasjonen\" file=\"a.txt\" line=\"3\" quote2=\"\"/>"
    "<mention file=\"a.txt\" line=\"3\" quote=\"TIBIR\"/></measure></measures>"
    "<cooperation><model ref=\"bti\" name=\"BTI\"><level number=\"0\"/><level number=\"1\"/>"
    "</model></cooperation></plan>";

TEST(loader_reads_what_compare_needs) {
  xmlDocPtr plan = pd_xml_parse("t.xml", PLAN, strlen(PLAN));
  EXPECT(plan != NULL);
  if (!plan)
    return;
  pd_cmp_doc d;
  pd_cmp_doc_load(&d, plan);
  xmlFreeDoc(plan);
  EXPECT_STR(d.id, "a"); /* the one rule (manifest.h): the file name without endings */
  EXPECT(d.year == 0 && d.year_text == NULL);
  EXPECT(d.nmeasures == 1);
  if (d.nmeasures == 1) {
    EXPECT_STR(d.measures[0].ref, "tibir");
    EXPECT(d.measures[0].use == PD_USE_EXAMPLE);
    EXPECT(d.measures[0].nlevels == 1);
    EXPECT_STR(d.measures[0].status, "pagaende");
    EXPECT(d.measures[0].nresponsible == 1);
    if (d.measures[0].nresponsible == 1)
      EXPECT_STR(d.measures[0].responsible[0], "helsestasjonen");
    EXPECT(d.measures[0].has_mention && d.measures[0].mention.line == 3);
  }
  EXPECT(d.ngoals == 1 && strcmp(d.goals[0].text, "Trygge barn") == 0);
  EXPECT(d.nlaws == 1 && strcmp(d.laws[0].value, "bvl-15-1") == 0);
  EXPECT(d.nmodels == 1 && d.models[0].nlevels == 2 && !d.models[0].has_mention);
  /* a missing mention reads as an empty provenance on line 1 */
  EXPECT(d.nmodels == 1 && d.models[0].mention.line == 1 && !*d.models[0].mention.file);
  pd_cmp_doc_free(&d);
}

int main(void) {
  pd_xml_init();
  RUN(plan_and_presentation_are_one_profile);
  RUN(other_years_are_versions_latest_compared);
  RUN(strongest_use_wins_and_literature_is_not_run);
  RUN(family_programme_covers_its_members);
  RUN(same_local_in_plan_and_presentation_counted_once);
  RUN(levels_counted_per_measure);
  RUN(order_of_documents_never_shows);
  RUN(loader_reads_what_compare_needs);
  pd_xml_cleanup();
  return harness_done();
}
