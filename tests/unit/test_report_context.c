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

/* The checklist's evidence at line 40: lines 38-43 come along, no other. */
static const char CITED[] =
    "<comparison><municipalities><municipality id='naroysund'>"
    "<document file='corpus/naroysund-forebyggende-plan.txt'/></municipality></municipalities>"
    "<coverage><plan municipality='naroysund'><requirement id='goals'>"
    "<evidence file='corpus/naroysund-forebyggende-plan.txt' line='40' quote='q'/>"
    "</requirement></plan></coverage></comparison>";

TEST(context_keeps_only_the_quoted_lines) {
  xmlDocPtr cmp = pd_xml_parse("c.xml", CITED, sizeof CITED - 1);
  xmlNodePtr ctx = pd_report_context_attach(cmp, NULL, 0, NULL);
  xmlNodePtr src = child(child(ctx, "sources"), "source");
  unsigned long lo = 0, hi = 0, k = 0;
  for (xmlNodePtr l = src ? src->children : NULL; l; l = l->next) {
    char *n = pd_xml_attr(l, "n");
    unsigned long v = strtoul(n, NULL, 10);
    lo = k++ ? lo : v;
    hi = v;
    free(n);
  }
  EXPECT(k == 6 && lo == 38 && hi == 43);
  pd_report_context_detach(ctx, NULL, 0);
  xmlFreeDoc(cmp);
}

TEST(context_carries_vocabulary_plans_and_sources) {
  xmlDocPtr cmp = pd_xml_parse("c.xml", CMP, sizeof CMP - 1);
  xmlDocPtr plan = pd_xml_parse("p.xml", "<plan><municipality id='naroysund'/></plan>", 43);
  pd_buf before = PD_BUF_INIT, after = PD_BUF_INIT;
  pd_xml_to_buf(cmp, &before);
  xmlNodePtr ctx = pd_report_context_attach(cmp, &plan, 1, NULL);
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
  /* nothing cites a line: the context holds none of the text */
  EXPECT(count(child(sources, "source"), "l") == 0);
  /* the source pages' own document has every line, and only its file */
  const char *files[] = {"corpus/naroysund-forebyggende-plan.txt"};
  xmlDocPtr src = pd_report_sources_doc(cmp, files, 1);
  xmlNodePtr sctx = child(xmlDocGetRootElement(src), "context");
  xmlNodePtr ssrc = child(child(sctx, "sources"), "source");
  xmlNodePtr first = child(ssrc, "div");
  char *n = first ? pd_xml_attr(first, "id") : NULL;
  EXPECT(n && strcmp(n, "L1") == 0);
  EXPECT(count(ssrc, "div") > 50);
  EXPECT(count(child(sctx, "plans"), "plan") == 1);
  free(n);
  xmlFreeDoc(src);
  pd_report_context_detach(ctx, &plan, 1);
  EXPECT(xmlDocGetRootElement(plan) && pd_xml_is(xmlDocGetRootElement(plan), "plan"));
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
  RUN(context_keeps_only_the_quoted_lines);
  pd_xml_cleanup();
  return harness_done();
}
