/* test_read.c — the reader's tricky cases, one at a time. */
#include <stdlib.h>

#include "diag.h"
#include "harness.h"
#include "read.h"
#include "xmlio.h"

static pd_lexicon *lexicon; /* the bundled words, loaded in main */

/* The document tree of TEXT, serialised (caller frees). */
static char *tree(const char *text) {
  pd_text t;
  pd_text_decode("t.txt", text, strlen(text), &t);
  xmlDocPtr doc = pd_read_text("t.txt", &t, NULL, lexicon);
  EXPECT(pd_xml_validate(doc, "document", "t.txt") == 0);
  pd_buf b = PD_BUF_INIT;
  pd_xml_to_buf(doc, &b);
  xmlFreeDoc(doc);
  pd_text_free(&t);
  return pd_buf_detach(&b);
}

#define HAS(xml, s) EXPECT(strstr((xml), (s)) != NULL)
#define HASNT(xml, s) EXPECT(strstr((xml), (s)) == NULL)

TEST(numbered_headings_nest) {
  char *x = tree("1.0 Innledning\n\nTekst her.\n\n2.1 Nasjonale føringer:\n\nMer.\n\n3.0 Mål\n");
  HAS(x, "kind=\"numbered\" number=\"1.0\">Innledning</heading>");
  HAS(x, "<section level=\"2\"");
  HAS(x, "number=\"2.1\">Nasjonale føringer</heading>"); /* trailing ":" dropped */
  free(x);
}

TEST(caps_heading_with_a_dash_inside_a_paragraph) {
  char *x =
      tree("til å gjennomføre løpet\n BARNEVERNSREFORMEN – EN OPPVEKSTREFORM \nMed reformen får "
           "kommunene mer ansvar.\n");
  HAS(x, "kind=\"caps\">BARNEVERNSREFORMEN – EN OPPVEKSTREFORM</heading>");
  free(x);
}

TEST(caps_and_markdown_headings) {
  char *x = tree("FORMÅL MED PLANEN\n\nTekst.\n\n## Mål\n\nTekst.\n");
  HAS(x, "kind=\"caps\">FORMÅL MED PLANEN</heading>");
  HAS(x, "kind=\"markdown\">Mål</heading>");
  free(x);
}

TEST(not_headings) {
  /* a numbered list, a long numbered sentence, a date line, a wrapped line */
  char *x = tree("1. Kommunen skal styrke sitt arbeid\n2. Hjelpen skal tilpasses\n\n"
                 "Vi har gode forutsetninger i vår kommune til å gi den oppvoksende slekt et\n\n"
                 "enda rausere samfunn.\n\nHKBU 14.12.22\n");
  HASNT(x, "<heading");
  HAS(x, "<item line=\"1\" end-line=\"1\" marker=\"1.\">Kommunen skal styrke sitt arbeid</item>");
  HAS(x, "slekt et enda rausere samfunn.</p>");
  free(x);
}

TEST(title_lines) {
  char *x = tree("Tekst før.\n\nLavinntektsfamilier\n\nAndelen er høy.\n");
  HAS(x, "kind=\"title\">Lavinntektsfamilier</heading>");
  free(x);
}

/* A web address below a title is its link, not the rest of a sentence. */
TEST(title_above_web_address) {
  char *x = tree("Tekst før.\n\nSe meg - sammen samtidig\n\nhttps://www.example.no/se-meg/\n");
  HAS(x, "kind=\"title\">Se meg - sammen samtidig</heading>");
  free(x);
}

TEST(paragraph_joined_across_blank_lines) {
  char *x = tree("Barns \n\nrett til trygghet er viktig. \n\nRapporten fra UIS\n");
  HAS(x,
      "<p line=\"1\" end-line=\"3\" sourcemap=\"1:0 3:6\">Barns rett til trygghet er viktig.</p>");
  free(x);
}

TEST(hyphenation_repaired_or_kept) {
  char *x = tree("Forebyggings-\nnivå og helsestasjons-\nprogrammet, barne-\nog ungdomsarbeider, "
                 "PMTO-\nveiledning.\n");
  HAS(x, "Forebyggingsnivå og helsestasjonsprogrammet, barne- og ungdomsarbeider, "
         "PMTO-veiledning.");
  free(x);
}

TEST(sourcemap_points_at_lines) {
  char *x = tree("Første linje\nandre linje med TIBIR\n");
  /* "andre" starts at byte 14 of the joined text ("ø" is two bytes), on line 2 */
  HAS(x, "sourcemap=\"1:0 2:14\"");
  free(x);
}

TEST(bullets_of_every_kind) {
  char *x = tree("● en\n• to\n➢ tre\n✓ fire\n- fem\n* seks\n\xEF\x82\xB7 sju\n");
  HAS(x, "marker=\"●\">en</item>");
  HAS(x, "marker=\"•\">to</item>");
  HAS(x, "marker=\"➢\">tre</item>");
  HAS(x, "marker=\"✓\">fire</item>");
  HAS(x, "marker=\"-\">fem</item>");
  HAS(x, "marker=\"*\">seks</item>");
  HAS(x, ">sju</item>");
  free(x);
}

TEST(bullet_continues_across_wrap) {
  char *x = tree("● vi har ikke lykkes godt nok med \n\narbeidet i oppvekstsektoren\n");
  HAS(x, ">vi har ikke lykkes godt nok med arbeidet i oppvekstsektoren</item>");
  free(x);
}

TEST(markdown_inline_and_links) {
  char *x = tree("Se **livsmestring** og *Mestring* i [planen](https://x.no/plan) og "
                 "<https://y.no/a> eller https://z.no/b. [Innledning](#)\n");
  HAS(x, "Se livsmestring og Mestring i <link href=\"https://x.no/plan\">planen</link>");
  HAS(x, "<link href=\"https://y.no/a\">https://y.no/a</link>");
  HAS(x, "<link href=\"https://z.no/b\">https://z.no/b</link>. Innledning</p>");
  free(x);
}

TEST(url_broken_at_hyphen_rejoined) {
  char *x = tree("https://www.h.no/samarbeid-om-tjenester-til-barn-unge-og-\n\nderes-familier\n");
  HAS(x, "<link href=\"https://www.h.no/samarbeid-om-tjenester-til-barn-unge-og-deres-familier\">");
  free(x);
}

TEST(autolink_with_spaces_from_pdf_rejoined) {
  char *x = tree("- Jordm\xC3\xB8"
                 "dre\n<https://www.l.no/barn/svangerskap-og-foed sel/>\n");
  HAS(x, "Jordm\xC3\xB8"
         "dre <link href=\"https://www.l.no/barn/svangerskap-og-foedsel/\">");
  HASNT(x, "sel/&gt;");
  free(x);
  /* Two spaces in a row, or text without a closing '>', is not a link. */
  x = tree("Se <https://a.no/x  y/> og <https://b.no/c d\n");
  HASNT(x, "href=\"https://a.no/xy/\"");
  HASNT(x, "href=\"https://b.no/cd\"");
  free(x);
}

TEST(numbered_heading_wrapped_by_pdf_rejoined) {
  char *x = tree("Satsinger:\n\n2. Strategisk temaplan for Oppvekst\nog kvalifisering\n\n"
                 "3. Kompetanseheving for ansatte\nFagerli skole\n");
  HAS(x, "number=\"2\">Strategisk temaplan for Oppvekst og kvalifisering</heading>");
  HASNT(x, ">og kvalifisering</p>");
  /* A capitalised line below is not a continuation. */
  HAS(x, "number=\"3\">Kompetanseheving for ansatte</heading>");
  free(x);
}

TEST(numbered_heading_with_full_stop) {
  char *x = tree("2.3 Prosess, organisering og medvirkning.\n\nTekst.\n\n"
                 "3 Barna skal ha det godt.\n\n4.1 Dette er en setning med ni ord i seg.\n");
  HAS(x, "number=\"2.3\">Prosess, organisering og medvirkning</heading>");
  /* After a one-part number, or with more than eight words, a full stop
   * ends a sentence. */
  HASNT(x, ">Barna skal ha det godt</heading>");
  HASNT(x, "number=\"4.1\"");
  free(x);
}

TEST(markdown_heading_without_title_is_text) {
  /* Found by the reader fuzzer: "### #" made an empty heading. */
  char *x = tree("### #\n\nTekst.\n");
  HASNT(x, "<heading");
  HAS(x, ">Tekst.</p>");
  free(x);
}

TEST(lone_pipe_rule_is_not_a_table) {
  /* Found by the reader fuzzer: a table with no row broke the schema. */
  char *x = tree("Tittel\n\n|---|---|\n\nTekst.\n");
  HASNT(x, "<table");
  HAS(x, ">|---|---|</p>");
  free(x);
}

TEST(running_footer_removed_table_header_kept) {
  /* Four pages of nine lines, each with a running header and a numbered
   * footer. The text lines also differ only in numbers, but they come
   * closer together than pages do, so they stay content. */
  pd_buf b = PD_BUF_INIT;
  for (int page = 1; page <= 4; page++) {
    pd_buf_printf(&b, "Plan for forebygging side %d\n", page);
    for (int line = 2; line <= 6; line++)
      pd_buf_printf(&b, "og linje %d p\xC3\xA5 siden g\xC3\xA5r videre\n", line);
    pd_buf_printf(&b, "\nSammen om Porsgrunn Forebyggende plan %d\n\n", page);
  }
  char *x = tree(b.data);
  HAS(x, "<furniture count=\"4\" lines=\"8 17 26 35\">Sammen om Porsgrunn Forebyggende plan "
         "1</furniture>");
  HASNT(x, "<p line=\"8\"");
  HAS(x, "<furniture count=\"4\" lines=\"1 10 19 28\">Plan for forebygging side 1</furniture>");
  HAS(x, "<p line=\"2\" end-line=\"6\"");
  HAS(x, ">og linje 2 p\xC3\xA5 siden g\xC3\xA5r videre og linje 3");
  free(x);
  pd_buf_free(&b);
}

TEST(tab_and_pipe_tables) {
  char *x = tree("Nivå\tTjeneste\nUniversell\tHelsestasjon\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  HAS(x, "kind=\"tabs\"");
  HAS(x, "<cell line=\"2\" end-line=\"2\">Helsestasjon</cell>");
  HAS(x, "kind=\"markdown\"");
  HAS(x, "<cell line=\"6\" end-line=\"6\">2</cell>");
  free(x);
}

TEST(flattened_table_recovered) {
  char *x = tree("Tiltak Tema Status Hovedansvar Forebyggings-\n\nnivå\n"
                 "Tibir Foreldrerådgiving – barn \ni risiko \n\nPågående Leder, \n"
                 "barnevernstjenesten \n\nSelektiv \n\n"
                 "Elevsamtale Fag. Trivsel Pågående Skolen Allmenn\n");
  HAS(x, "kind=\"recovered\"");
  HAS(x, "<cell line=\"1\" end-line=\"3\">Forebyggingsnivå</cell>");
  HAS(x, ">Tibir</cell>");
  HAS(x, ">Foreldrerådgiving – barn i risiko</cell>");
  HAS(x, ">Leder, barnevernstjenesten</cell>");
  HAS(x, ">Selektiv</cell>");
  HAS(x, ">Elevsamtale</cell>");
  HAS(x, ">Fag. Trivsel</cell>");
  HAS(x, ">Skolen</cell>");
  free(x);
}

/* Rows the first-line rules split badly: a name of several capitalised
 * words before a theme the table uses elsewhere, a status word inside a
 * name, a row that begins with the end of a cell cut by a page break, a
 * row whose cells lie far apart, and a level cell left over from a row the
 * PDF merged into the one above. */
TEST(flattened_table_rows_split_by_the_table) {
  char *x = tree("Tiltak Tema Status Hovedansvar Forebyggingsnivå\n"
                 "Lekegruppe Nord  Møteplass, mat Pågående Kultur Allmenn\n"
                 "Ung Arena Sør Møteplass Pågående Kultur Allmenn\n"
                 "Home Start Samarbeid om\nfamiliestøtte\n\nStarter opp Barnevernet Allmenn\n"
                 "rundt barn med\n\nbehov\n\nForeldresamtale Bygge\n\ngrunnmur\n\n"
                 "Pågående Skolen Allmenn\n"
                 "Kursrekke\n\n\n\n\n\n\n\nLæring\n\nPågår Skolen Selektiv\n"
                 "Allmenn og selektiv\n");
  HAS(x, ">Lekegruppe Nord</cell>");
  HAS(x, ">Møteplass, mat</cell>");
  HAS(x, ">Ung Arena Sør</cell>");
  HAS(x, ">Home Start</cell>");
  HAS(x, ">Samarbeid om familiestøtte</cell>");
  HAS(x, ">Starter opp</cell>");
  HAS(x,
      ">rundt barn med behov</cell>\n      <cell/>\n      <cell/>\n      <cell/>\n      <cell/>");
  HAS(x, ">Foreldresamtale</cell>");
  HAS(x, ">Bygge grunnmur</cell>");
  HAS(x, ">Kursrekke</cell>");
  HAS(x, "<cell/>\n      <cell line=\"28\" end-line=\"28\">Allmenn og selektiv</cell>");
  free(x);
}

TEST(flattened_table_service_after_a_second_status) {
  char *x =
      tree("Tiltak Tema Status Hovedansvar Forebyggingsnivå\n"
           "Foreldremøter\n\nRus\n\nPågående.\n\nAnbefaler\n\ngjennomgang\n\n"
           "Barnehage og skole\n\nAllmenn\n"
           "Losen\n\nFravær\n\nPågår, støtte\n\nAnbefales: vurdere\n\n- PPT Selektiv\n"
           "Drøfting\n\nBekymring\n\nPågående PPT, barnehager,\n\nHelsetjenesten\n\nAllmenn\n");
  HAS(x, ">Pågående. Anbefaler gjennomgang</cell>");
  HAS(x, ">Barnehage og skole</cell>");
  HAS(x, ">Pågår, støtte Anbefales: vurdere</cell>");
  HAS(x, ">Pågående</cell>\n      <cell line=\"28\" end-line=\"30\" sourcemap=\"28:0 30:17\">PPT, "
         "barnehager, Helsetjenesten</cell>");
  HAS(x, ">- PPT</cell>");
  free(x);
}

/* Layout 3, theme | measures | goal: a row without a theme takes the last
 * item of the goals above ("Foreldrerollen"); wide cells before one whose
 * first line holds a theme go on with the row above across a page; every
 * such cell is marked guessed. */
TEST(flattened_theme_measures_goal_table) {
  char *x = tree("Tema Iverksatte tiltak Anbefales Mål\nTrygge\noppvekstmiljø\n\n"
                 "Leksehjelp på alle skolene i\nkommunen\n\n"
                 "Utarbeide en felles plan for\nforeldremøter i barnehagene\n\n"
                 "Barn skal føle\nseg trygge\nForeldrerollen\n\n"
                 "Familiekurs for alle nye\nforeldre i kommunen\n\n"
                 "Systematisere samarbeidet med\nfrivillige lag og foreninger\n\nGod omsorg\n\n"
                 "Vurdere flere stillinger i\nskolene i kommunen\n\n"
                 "Læring Leksehjelp på biblioteket\nhver onsdag etter skolen\n\n"
                 "Revidere rutinene for\nskolemiljøet i kommunen\n\nAlle trives\n");
  HAS(x, "<table line=\"1\" end-line=\"32\" columns=\"4\" kind=\"recovered\">");
  HAS(x, ">Iverksatte tiltak</cell>");
  HAS(x, ">Trygge oppvekstmiljø</cell>");
  HAS(x, ">Barn skal føle seg trygge</cell>");
  HAS(x, "<cell line=\"13\" end-line=\"13\" guessed=\"true\">Foreldrerollen</cell>");
  HAS(x, "guessed=\"true\">Vurdere flere stillinger i skolene i kommunen</cell>");
  HAS(x, "<cell line=\"26\" end-line=\"26\" guessed=\"true\">Læring</cell>");
  HAS(x, ">Revidere rutinene for skolemiljøet i kommunen</cell>");
  free(x);
}

TEST(empty_and_blank_only) {
  char *x = tree("");
  HAS(x, "<document");
  free(x);
  x = tree("\n\n\n   \n\f\n");
  HASNT(x, "<p");
  free(x);
}

TEST(many_headings_do_not_overflow_the_stack) {
  pd_buf b = PD_BUF_INIT;
  for (int i = 0; i < 3000; i++)
    pd_buf_printf(&b, "%s %d\n\n", i % 2 ? "## Del" : "# Kapittel", i);
  char *x = tree(b.data);
  HAS(x, "Kapittel 2998");
  free(x);
  pd_buf_free(&b);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  lexicon = pd_lexicon_load(NULL);
  RUN(numbered_headings_nest);
  RUN(caps_and_markdown_headings);
  RUN(caps_heading_with_a_dash_inside_a_paragraph);
  RUN(not_headings);
  RUN(title_lines);
  RUN(title_above_web_address);
  RUN(paragraph_joined_across_blank_lines);
  RUN(hyphenation_repaired_or_kept);
  RUN(sourcemap_points_at_lines);
  RUN(bullets_of_every_kind);
  RUN(bullet_continues_across_wrap);
  RUN(markdown_inline_and_links);
  RUN(url_broken_at_hyphen_rejoined);
  RUN(autolink_with_spaces_from_pdf_rejoined);
  RUN(lone_pipe_rule_is_not_a_table);
  RUN(markdown_heading_without_title_is_text);
  RUN(numbered_heading_with_full_stop);
  RUN(numbered_heading_wrapped_by_pdf_rejoined);
  RUN(running_footer_removed_table_header_kept);
  RUN(tab_and_pipe_tables);
  RUN(flattened_table_rows_split_by_the_table);
  RUN(flattened_table_service_after_a_second_status);
  RUN(flattened_table_recovered);
  RUN(flattened_theme_measures_goal_table);
  RUN(empty_and_blank_only);
  RUN(many_headings_do_not_overflow_the_stack);
  pd_lexicon_free(lexicon);
  pd_xml_cleanup();
  return harness_done();
}
