/* test_lexicon.c — the domain words, as the bundled thesaurus data gives
 * them, and the matching rules the lexicon applies to them. */
#include <stdlib.h>

#include "diag.h"
#include "harness.h"
#include "lexicon.h"
#include "matcher.h"
#include "xmlio.h"

static pd_lexicon *lex;

/* The first cue of ROLE in TEXT, folded first as callers fold it. */
static const char *find(pd_cue role, const char *text) {
  return pd_lexicon_find_text(lex, role, text, strlen(text));
}

TEST(levels_in_canonical_order) {
  EXPECT(pd_lexicon_level_count(lex) == 3);
  EXPECT_STR(pd_lexicon_level_id(lex, 0), "universell");
  EXPECT_STR(pd_lexicon_level_id(lex, 1), "selektiv");
  EXPECT_STR(pd_lexicon_level_id(lex, 2), "indisert");
  EXPECT(pd_lexicon_level_id(lex, 3) == NULL);
  EXPECT_STR(pd_lexicon_level_label(lex, 2, "en"), "indicated");
  EXPECT(pd_lexicon_level_index(lex, "selektiv") == 1);
  EXPECT(pd_lexicon_level_index(lex, "grønt") == -1);
}

TEST(level_words_are_one_word_and_never_colours) {
  EXPECT(pd_lexicon_level_word(lex, "Allmenn", 7) == 0);
  EXPECT(pd_lexicon_level_word(lex, "SELEKTIVT.", 10) == 1);
  EXPECT(pd_lexicon_level_word(lex, "Indikert", 8) == 2);
  EXPECT(pd_lexicon_level_word(lex, "Grønt", strlen("Grønt")) == -1); /* a colour */
  EXPECT(pd_lexicon_level_word(lex, "forebygging", 11) == -1);
  EXPECT(pd_lexicon_level_word(lex, ".", 1) == -1);
}

TEST(status_words) {
  EXPECT(pd_lexicon_status_start(lex, "Pågående", strlen("Pågående")));
  EXPECT(pd_lexicon_status_start(lex, "Anbefales", 9));
  EXPECT(!pd_lexicon_status_start(lex, "Helsestasjon", 12));
  EXPECT(pd_lexicon_status_planned(lex, "planlagt"));
  EXPECT(pd_lexicon_status_planned(lex, "anbefalt"));
  EXPECT(!pd_lexicon_status_planned(lex, "pagaende"));
  EXPECT(!pd_lexicon_status_planned(lex, NULL));
  EXPECT_STR(pd_lexicon_status_other(lex), "annet");
}

TEST(table_columns) {
  const char *name, *tail;
  EXPECT(pd_lexicon_column(lex, "TILTAK", 6, &name, &tail) == PD_COL_MEASURE);
  EXPECT_STR(name, "Tiltak");
  EXPECT(tail == NULL);
  EXPECT(pd_lexicon_column(lex, "Hovedansvar", 11, &name, NULL) == PD_COL_RESPONSIBLE);
  /* a word holding a "contains" cue names its column, under its own name */
  EXPECT(pd_lexicon_column(lex, "Ansvarlig enhet", 15, &name, NULL) == PD_COL_RESPONSIBLE);
  EXPECT(name == NULL);
  EXPECT(pd_lexicon_column(lex, "Forebyggingsnivå", strlen("Forebyggingsnivå"), NULL, NULL) ==
         PD_COL_LEVEL);
  /* cut at the line end: the rest is on the next line */
  EXPECT(pd_lexicon_column(lex, "Forebyggings-", 13, &name, &tail) == PD_COL_LEVEL);
  EXPECT_STR(name, "Forebyggingsnivå");
  EXPECT_STR(tail, "nivå");
  EXPECT(pd_lexicon_column(lex, "Forebyggingsni", 14, &name, &tail) == PD_COL_LEVEL);
  EXPECT_STR(tail, "vå");
  /* too short a stump names nothing, and a cut word needs TAIL */
  EXPECT(pd_lexicon_column(lex, "Foreb", 5, &name, &tail) == PD_COL_NONE);
  EXPECT(pd_lexicon_column(lex, "Forebyggings", 12, NULL, NULL) == PD_COL_NONE);
  EXPECT(pd_lexicon_column(lex, "Kommentar", 9, NULL, NULL) == PD_COL_NONE);
  EXPECT_STR(pd_lexicon_column_name(lex, PD_COL_GAINS), "Forventede gevinster");
  EXPECT_STR(pd_lexicon_column_name(lex, PD_COL_NONE), "");
}

TEST(heading_cues) {
  EXPECT(find(PD_CUE_GOAL, "Mål for arbeidet") != NULL);
  EXPECT(find(PD_CUE_GOAL, "Målgruppe") == NULL);               /* "unless" */
  EXPECT(find(PD_CUE_GOAL, "Målgruppe og målsetting") != NULL); /* another occurrence */
  EXPECT(find(PD_CUE_VISION, "VÅR VISJON") != NULL);
  EXPECT(find(PD_CUE_LITERATURE, "Kilder og litteratur") != NULL);
  EXPECT(find(PD_CUE_LITERATURE, "Kilder") != NULL);
  EXPECT(find(PD_CUE_LITERATURE, "Andre kilder") == NULL); /* match="start" */
  EXPECT(find(PD_CUE_PLANNING_PROGRAMME, "Planprogram for forebyggende arbeid") != NULL);
  EXPECT(find(PD_CUE_USE_EXAMPLE, "som for  eksempel PMTO") != NULL); /* folded spaces */
  EXPECT(find(PD_CUE_USE_PLANNED, "Vi ønsker å innføre") != NULL);
  EXPECT(find(PD_CUE_REQ_COOPERATION, "Samarbeid mellom tjenestene") != NULL);
}

TEST(cues_in_data_order) {
  EXPECT_STR(pd_lexicon_cue_at(lex, PD_CUE_AREA, 0), "fylket");
  EXPECT_STR(pd_lexicon_cue_at(lex, PD_CUE_MODEL_LEVEL, 0), "nivå");
  EXPECT(pd_lexicon_cue_at(lex, PD_CUE_MODEL_LEVEL, 1) == NULL);
}

TEST(laws_of_the_duty_to_prevent) {
  EXPECT(pd_lexicon_law_duty(lex, "bvl-15-1") == PD_DUTY_CURRENT);
  EXPECT(pd_lexicon_law_duty(lex, "bvl-3-1") == PD_DUTY_OLD);
  EXPECT(pd_lexicon_law_duty(lex, "folkehelseloven") == PD_DUTY_NONE);
}

TEST(missing_file_is_an_error) { EXPECT(pd_lexicon_load("/nonexistent/thesaurus.xml") == NULL); }

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  lex = pd_lexicon_load(NULL);
  if (!lex) {
    printf("not ok - test_lexicon.c: the bundled thesaurus loads\n");
    return 1;
  }
  RUN(levels_in_canonical_order);
  RUN(level_words_are_one_word_and_never_colours);
  RUN(status_words);
  RUN(table_columns);
  RUN(heading_cues);
  RUN(cues_in_data_order);
  RUN(laws_of_the_duty_to_prevent);
  RUN(missing_file_is_an_error);
  pd_lexicon_free(lex);
  pd_xml_cleanup();
  return harness_done();
}
