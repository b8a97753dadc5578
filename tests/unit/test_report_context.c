/* test_report_context.c — the <context> the pages read: the date from
 * SOURCE_DATE_EPOCH, the vocabulary without aliases, the plans copied, the
 * source text line by line, and the comparison unchanged once detached. */
#include <stdlib.h>

#include "diag.h"
#include "harness.h"
#include "report_context.h"
#include "xmlio.h"

TEST(date_from_source_date_epoch) {
  char d[11];
  setenv("SOURCE_DATE_EPOCH", "86400", 1);
  pd_report_date(d);
  EXPECT_STR(d, "1970-01-02");
  setenv("SOURCE_DATE_EPOCH", "1796256000", 1);
  pd_report_date(d);
  EXPECT_STR(d, "2026-12-03");
  setenv("SOURCE_DATE_EPOCH", "yesterday", 1); /* not a number: today, with a warning */
  pd_report_date(d);
  EXPECT(strlen(d) == 10 && strcmp(d, "1970-01-02") != 0);
  unsetenv("SOURCE_DATE_EPOCH");
}

static const char CMP[] =
    "<comparison><municipalities><municipality id='naroysund'>"
    "<document file='corpus/naroysund-forebyggende-plan.txt'/>"
    "<document file='corpus/naroysund-forebyggende-plan.txt'/>"
    "<document file='no/such/file.txt'/></municipality></municipalities></comparison>";

static xmlNodePtr child(xmlNodePtr n, const char *name) {
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    if (pd_xml_is(c, name))
      return c;
  return NULL;
}

static unsigned long count(xmlNodePtr n, const char *name) {
  unsigned long k = 0;
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    k += (unsigned long)pd_xml_is(c, name);
  return k;
}

TEST(context_carries_vocabulary_plans_and_sources) {
  xmlDocPtr cmp = pd_xml_parse("c.xml", CMP, sizeof CMP - 1);
  xmlDocPtr plan = pd_xml_parse("p.xml", "<plan><municipality id='naroysund'/></plan>", 43);
  pd_buf before = PD_BUF_INIT, after = PD_BUF_INIT;
  pd_xml_to_buf(cmp, &before);
  xmlNodePtr ctx = pd_report_context_attach(cmp, &plan, 1);
  EXPECT(ctx && ctx->parent == xmlDocGetRootElement(cmp));
  xmlNodePtr vocab = child(ctx, "vocabulary");
  EXPECT(count(vocab, "entry") > 50);
  int aliases = 0;
  for (xmlNodePtr e = vocab ? vocab->children : NULL; e; e = e->next)
    aliases += child(e, "alias") != NULL;
  EXPECT(aliases == 0);
  EXPECT(count(child(ctx, "plans"), "plan") == 1);
  xmlNodePtr sources = child(ctx, "sources");
  EXPECT(count(sources, "source") == 1); /* once per file; a missing file has none */
  xmlNodePtr first = child(child(sources, "source"), "l");
  char *n = first ? pd_xml_attr(first, "n") : NULL;
  EXPECT(n && strcmp(n, "1") == 0);
  free(n);
  pd_report_context_detach(ctx);
  pd_xml_to_buf(cmp, &after);
  EXPECT(before.len == after.len && memcmp(before.data, after.data, before.len) == 0);
  pd_buf_free(&before);
  pd_buf_free(&after);
  xmlFreeDoc(plan);
  xmlFreeDoc(cmp);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  RUN(date_from_source_date_epoch);
  RUN(context_carries_vocabulary_plans_and_sources);
  pd_xml_cleanup();
  return harness_done();
}
