/* test_compare_borrow.c — what a municipality could borrow from its peers. */
#include "compare_borrow.h"
#include "compare_fixture.h"
#include "harness.h"
#include "xmlio.h"

static const pd_cmp_borrower *S_borrower(const pd_cmp_borrowing *b, const char *id) {
  for (size_t i = 0; i < b->n; i++)
    if (strcmp(b->v[i].municipality->id, id) == 0)
      return &b->v[i];
  return NULL;
}

static int S_suggested(const pd_cmp_borrower *b, const char *ref) {
  for (size_t i = 0; b && i < b->n; i++)
    if (strcmp(b->v[i].ref, ref) == 0)
      return 1;
  return 0;
}

TEST(ranked_by_peers_then_evidence_then_ref) {
  fx f;
  fx_init(&f);
  pd_cmp_doc *a = fx_doc(&f, "a", 2024, "plan");
  fx_prog(a, "icdp", PD_USE_RUNS, NULL);
  fx_prog(a, "slt", PD_USE_RUNS, NULL);
  fx_prog(a, "de-utrolige-arene", PD_USE_PLANNED, NULL);
  pd_cmp_doc *b = fx_doc(&f, "b", 2024, "plan");
  fx_prog(b, "icdp", PD_USE_RUNS, NULL);
  fx_prog(b, "slt", PD_USE_RUNS, NULL);
  fx_prog(b, "de-utrolige-arene", PD_USE_RUNS, NULL);
  fx_prog(b, "bapp", PD_USE_RUNS, NULL);
  fx_prog(b, "cos-p", PD_USE_LITERATURE, NULL); /* only read about: nothing to borrow */
  pd_cmp_doc *d = fx_doc(&f, "d", 2024, "plan");
  fx_prog(d, "tibir", PD_USE_RUNS, NULL);
  fx_prog(fx_doc(&f, "e", 2024, "plan"), "pmto", PD_USE_RUNS, NULL);
  fx_build(&f);
  pd_cmp_borrowing bw;
  pd_cmp_borrowing_rank(&bw, &f.ps, NULL, f.th);
  const pd_cmp_borrower *bd = S_borrower(&bw, "d");
  EXPECT(bd && bd->n == 4);
  if (bd && bd->n == 4) {
    EXPECT_STR(bd->v[0].ref, "de-utrolige-arene"); /* 2 peers, evidence 5 */
    EXPECT_STR(bd->v[1].ref, "icdp");              /* 2 peers, evidence 3 */
    EXPECT_STR(bd->v[2].ref, "slt");               /* 2 peers, no evidence level */
    EXPECT_STR(bd->v[3].ref, "bapp");              /* 1 peer */
    EXPECT(bd->v[0].peers == 2 && bd->v[0].nshown == 2);
    EXPECT(bd->v[0].nshown == 2 && strcmp(bd->v[0].shown[0].municipality->id, "a") == 0);
  }
  /* d's TIBIR covers PMTO: not suggested; cos-p is only literature */
  EXPECT(!S_suggested(bd, "pmto"));
  EXPECT(!S_suggested(bd, "cos-p"));
  /* nothing a municipality already runs */
  EXPECT(!S_suggested(S_borrower(&bw, "a"), "icdp"));
  EXPECT(S_suggested(S_borrower(&bw, "a"), "bapp"));
  pd_cmp_borrowing_free(&bw);
  fx_free(&f);
}

TEST(peers_shown_are_capped_and_in_id_order) {
  fx f;
  fx_init(&f);
  char id[16];
  for (int i = 0; i < 15; i++) {
    snprintf(id, sizeof id, "k%02d", 14 - i);
    fx_prog(fx_doc(&f, id, 2024, "plan"), "icdp", PD_USE_RUNS, NULL);
  }
  fx_doc(&f, "none", 2024, "plan");
  fx_build(&f);
  pd_cmp_borrowing bw;
  pd_cmp_borrowing_rank(&bw, &f.ps, NULL, f.th);
  const pd_cmp_borrower *b = S_borrower(&bw, "none");
  EXPECT(b && b->n == 1);
  if (b && b->n == 1) {
    EXPECT(b->v[0].peers == 15);
    EXPECT(b->v[0].nshown == PD_MAX_PEERS_SHOWN);
    EXPECT_STR(b->v[0].shown[0].municipality->id, "k00");
    EXPECT_STR(b->v[0].shown[PD_MAX_PEERS_SHOWN - 1].municipality->id, "k04");
  }
  pd_cmp_borrowing_free(&bw);
  fx_free(&f);
}

/* Fifteen hold ICDP; the card shows the one of the borrower's county first,
 * then its nearest peers with their similarity, then the rest by id. */
TEST(peers_shown_same_county_then_nearest) {
  fx f;
  fx_init(&f);
  char id[16];
  for (int i = 0; i < 15; i++) {
    snprintf(id, sizeof id, "k%02d", i);
    pd_cmp_doc *d = fx_doc(&f, id, 2024, "plan");
    fx_prog(d, "icdp", PD_USE_RUNS, NULL);
    fx_county(d, i == 14 ? "Heim" : "Borte");
    if (i >= 12)
      fx_prog(d, "slt", PD_USE_RUNS, NULL); /* k12, k13, k14 alike the borrower */
  }
  pd_cmp_doc *me = fx_doc(&f, "me", 2024, "plan");
  fx_county(me, "Heim");
  fx_prog(me, "slt", PD_USE_RUNS, NULL);
  fx_build(&f);
  pd_cmp_similarity sim;
  pd_cmp_similarity_peers(&sim, &f.ps, 3);
  pd_cmp_borrowing bw;
  pd_cmp_borrowing_rank(&bw, &f.ps, &sim, f.th);
  const pd_cmp_borrower *b = S_borrower(&bw, "me");
  EXPECT(b && b->n == 1 && b->v[0].nshown == PD_MAX_PEERS_SHOWN);
  if (b && b->n == 1) {
    EXPECT_STR(b->v[0].shown[0].municipality->id, "k14"); /* same county, and near */
    EXPECT(b->v[0].shown[0].similarity > 0);
    EXPECT_STR(b->v[0].shown[1].municipality->id, "k12"); /* near */
    EXPECT(b->v[0].shown[1].similarity > 0);
    EXPECT_STR(b->v[0].shown[2].municipality->id, "k13");
    EXPECT_STR(b->v[0].shown[3].municipality->id, "k00"); /* then by id */
    EXPECT(b->v[0].shown[3].similarity < 0);
  }
  pd_cmp_borrowing_free(&bw);
  pd_cmp_similarity_free(&sim);
  fx_free(&f);
}

int main(void) {
  pd_xml_init();
  RUN(ranked_by_peers_then_evidence_then_ref);
  RUN(peers_shown_are_capped_and_in_id_order);
  RUN(peers_shown_same_county_then_nearest);
  pd_xml_cleanup();
  return harness_done();
}
