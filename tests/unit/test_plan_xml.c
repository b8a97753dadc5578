/* test_plan_xml.c — plan XML -> struct -> XML gives the same bytes (the
 * golden plans of the bundled corpus), and the struct holds what the XML
 * says. */
#include <stdlib.h>

#include "diag.h"
#include "harness.h"
#include "plan_xml.h"
#include "xmlio.h"

static const char *const GOLDEN[] = {
    "tests/golden/plan/larvik-forebyggende-plan-2024.xml",
    "tests/golden/plan/larvik-presentasjon-hok-2024-03-06.xml",
    "tests/golden/plan/naroysund-forebyggende-plan.xml",
    "tests/golden/plan/porsgrunn-forebyggende-plan.xml",
    "tests/golden/plan/sandefjord-planprogram-forebyggende-arbeid.xml",
    "tests/fixtures/plans/example-a.xml",
    NULL};

static char *S_serialise(xmlDocPtr doc) {
  pd_buf b = PD_BUF_INIT;
  pd_xml_to_buf(doc, &b);
  return pd_buf_detach(&b);
}

TEST(round_trip_is_byte_identical) {
  for (int i = 0; GOLDEN[i]; i++) {
    xmlDocPtr doc = pd_xml_load(GOLDEN[i], NULL);
    EXPECT(doc != NULL);
    if (!doc)
      continue;
    pd_plan *plan = pd_plan_from_xml(doc);
    xmlDocPtr again = pd_plan_to_xml(plan);
    char *a = S_serialise(doc), *b = S_serialise(again);
    EXPECT(strcmp(a, b) == 0);
    if (strcmp(a, b) != 0) {
      size_t k = 0;
      while (a[k] && a[k] == b[k])
        k++;
      fprintf(stderr, "%s differs at byte %zu: ...%.80s\n", GOLDEN[i], k,
              b + (k > 20 ? k - 20 : 0));
    }
    EXPECT(pd_xml_validate(again, "plan", GOLDEN[i]) == 0);
    free(a);
    free(b);
    xmlFreeDoc(again);
    pd_plan_free(plan);
    xmlFreeDoc(doc);
  }
}

TEST(struct_holds_the_facts) {
  xmlDocPtr doc = pd_xml_load("tests/golden/plan/porsgrunn-forebyggende-plan.xml", NULL);
  pd_plan *p = pd_plan_from_xml(doc);
  EXPECT_STR(p->municipality.id, "porsgrunn");
  EXPECT(p->ndocuments == 1);
  EXPECT_STR(p->documents[0].doc_type, "plan");
  const pd_measure *tibir = NULL;
  for (size_t i = 0; i < p->nmeasures; i++)
    if (p->measures[i].ref && strcmp(p->measures[i].ref, "tibir") == 0)
      tibir = &p->measures[i];
  EXPECT(tibir != NULL);
  if (tibir) {
    EXPECT(tibir->use == PD_USE_RUNS);
    EXPECT(pd_facts_has(&tibir->responsible, "barnevern"));
    EXPECT(tibir->mentions.n >= 1 && tibir->mentions.v[0].where.line > 0);
  }
  EXPECT(p->nsections > 0 && p->sections[0].level >= 1);
  pd_plan_free(p);
  xmlFreeDoc(doc);
}

TEST(provenance_attributes_written_when_set) {
  pd_plan *p = pd_plan_new();
  p->municipality.id = pd_xstrdup("x");
  pd_document *d = pd_plan_add_document(p);
  d->file = pd_xstrdup("x.pdf");
  d->doc_type = pd_xstrdup("plan");
  pd_measure *m = pd_plan_add_measure(p);
  m->id = pd_xstrdup("m1");
  m->name = pd_xstrdup("Foreldrekurs");
  m->use = PD_USE_RUNS;
  pd_fact *l = pd_facts_add(&m->levels, "selektiv");
  pd_prov_set(&l->where, "x.pdf", 12, 14, "Selektiv\tog", 11, PD_EV_COLOUR);
  l->where.page = 3;
  pd_fact *mn = pd_facts_add(&m->mentions, NULL);
  pd_prov_set(&mn->where, "x.pdf", 0, 0, "Foreldrekurs", 12, PD_EV_NONE);
  xmlDocPtr doc = pd_plan_to_xml(p);
  char *x = S_serialise(doc);
  EXPECT(strstr(x,
                "<level value=\"selektiv\" file=\"x.pdf\" line=\"12\" end-line=\"14\" page=\"3\" "
                "quote=\"Selektiv og\" evidence=\"colour\"/>") != NULL);
  EXPECT(strstr(x, "<mention file=\"x.pdf\" line=\"1\" quote=\"Foreldrekurs\"/>") != NULL);
  EXPECT(pd_xml_validate(doc, "plan", "built") == 0);
  pd_plan *back = pd_plan_from_xml(doc);
  EXPECT(back->measures[0].levels.v[0].where.evidence == PD_EV_COLOUR);
  EXPECT(back->measures[0].levels.v[0].where.page == 3);
  pd_plan_free(back);
  free(x);
  xmlFreeDoc(doc);
  pd_plan_free(p);
}

/* The provenance stamps (thesaurus and document SHA-256) are read into the
 * struct and written back where they were: a golden plan (stamps left out
 * of goldens) given stamps round-trips to the same bytes. */
TEST(stamps_round_trip) {
  static const char TH[] = "c508ec7052ef366f8b5b627bcdfb52973f3d412486518d6e491c4b42d8cd41e0";
  static const char DOC[] = "8aa6bd9a6ce95e2768a6387b790f99d899174211b996dbc37cf74b7fdfeb8386";
  xmlDocPtr doc = pd_xml_load("tests/golden/plan/naroysund-forebyggende-plan.xml", NULL);
  EXPECT(doc != NULL);
  if (!doc)
    return;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  for (xmlNodePtr n = root->children; n; n = n->next) {
    if (pd_xml_is(n, "generator"))
      xmlSetProp(n, BAD_CAST "thesaurus-sha256", BAD_CAST TH);
    else if (pd_xml_is(n, "document"))
      xmlSetProp(n, BAD_CAST "sha256", BAD_CAST DOC);
  }
  pd_plan *p = pd_plan_from_xml(doc);
  EXPECT_STR(p->thesaurus_sha256, TH);
  EXPECT(p->ndocuments == 1);
  EXPECT_STR(p->documents[0].sha256, DOC);
  xmlDocPtr again = pd_plan_to_xml(p);
  char *a = S_serialise(doc), *b = S_serialise(again);
  EXPECT(strcmp(a, b) == 0);
  EXPECT(pd_xml_validate(again, "plan", "stamped") == 0);
  free(a);
  free(b);
  xmlFreeDoc(again);
  pd_plan_free(p);
  xmlFreeDoc(doc);
}

TEST(quotes_are_one_line_and_cut_on_a_character) {
  char text[400];
  memset(text, 'a', sizeof text);
  memcpy(text + 299, "\xc3\xa5", 2); /* å across the cut */
  pd_prov p;
  pd_prov_set(&p, "f", 5, 0, text, sizeof text, PD_EV_ROW);
  EXPECT(strlen(p.quote) == 299 + strlen("…"));
  EXPECT(strcmp(p.quote + 299, "…") == 0);
  pd_prov_free(&p);
}

/* Footnote addresses flattened into a sentence are not part of the quote;
 * the words around them, and a quote that is only an address, stay. */
TEST(quotes_drop_bare_web_addresses) {
  const char *text = "Det er et samarbeid mellom\nhttps://example.org/a.pdf\nHTTP://x.no/3806 "
                     "www.example.org oppvekst og helse. https://example.org/b";
  pd_prov p;
  pd_prov_set(&p, "f", 7, 9, text, strlen(text), PD_EV_SENTENCE);
  EXPECT_STR(p.quote, "Det er et samarbeid mellom oppvekst og helse.");
  EXPECT(p.line == 7 && p.end_line == 9);
  pd_prov_free(&p);
  pd_prov_set(&p, "f", 7, 0, "https://example.org/b", 21, PD_EV_NONE);
  EXPECT_STR(p.quote, "https://example.org/b");
  pd_prov_free(&p);
  pd_prov_set(&p, "f", 7, 0, "les https-protokollen", 21, PD_EV_NONE);
  EXPECT_STR(p.quote, "les https-protokollen");
  pd_prov_free(&p);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  RUN(round_trip_is_byte_identical);
  RUN(struct_holds_the_facts);
  RUN(provenance_attributes_written_when_set);
  RUN(stamps_round_trip);
  RUN(quotes_are_one_line_and_cut_on_a_character);
  RUN(quotes_drop_bare_web_addresses);
  pd_xml_cleanup();
  return harness_done();
}
