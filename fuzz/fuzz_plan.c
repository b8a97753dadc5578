/* fuzz_plan.c — libFuzzer target, structure-aware: the input bytes are read
 * as choices that build a plan in memory (plan.h) whose every value the
 * schema allows (ids, levels, statuses, evidence from their lists; free text
 * from the bytes), so nearly every input is a valid plan and the fuzzer's
 * time goes into what comes after the parser: plan_xml.c's writer and reader
 * (the plan must validate and survive a round trip byte for byte), the
 * comparison of two such plans (must validate) and rendering. Random XML
 * rarely validates, so fuzz_xml.c seldom gets this far. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "plan.h"
#include "plan_xml.h"
#include "render.h"
#include "thesaurus.h"
#include "utf8.h"
#include "xmlio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* From compare.h, which cannot be included beside plan.h: compare_doc.h
 * names its own use levels with the same enumerators. */
xmlDocPtr pd_compare_plans(xmlDocPtr *plans, size_t n, const pd_thesaurus *th);

typedef struct bytes {
  const uint8_t *p;
  size_t n;
} bytes;

static unsigned S_byte(bytes *b) {
  if (!b->n)
    return 0;
  b->n--;
  return *b->p++;
}

static const char *S_pick(bytes *b, const char *const *list, size_t n) {
  return list[S_byte(b) % n];
}
#define PICK(b, list) S_pick(b, list, sizeof list / sizeof list[0])

static const char *const IDS[] = {"tibir", "cos-p", "bti", "barnevern", "helsestasjon",
                                  "pmto",  "a",     "x-1", "larvik",    "porsgrunn"};
static const char *const LEVELS[] = {"universell", "selektiv", "indisert"};
static const char *const STATUSES[] = {"pagaende",    "igangsatt", "planlagt", "anbefalt",
                                       "gjennomfort", "avsluttet", "annet"};
static const char *const DOC_TYPES[] = {"plan", "planprogram", "presentation", "other"};
static const char *const NUMBERS[] = {"0", "1", "12.5", "-3", "0.001", "100000"};

/* Up to MAX bytes of free text, repaired to XML characters (as every string
 * from outside is before it enters a tree). Caller frees. */
static char *S_text(bytes *b, size_t max) {
  size_t n = S_byte(b) % (max + 1);
  if (n > b->n)
    n = b->n;
  char *raw = malloc(n + 1);
  memcpy(raw, b->p, n);
  raw[n] = '\0';
  b->p += n;
  b->n -= n;
  char *text = pd_xml_string(raw);
  free(raw);
  return text;
}

static void S_prov(bytes *b, pd_prov *p) {
  char *quote = S_text(b, 40);
  unsigned long line = S_byte(b) * 37ul + 1;
  unsigned long end = S_byte(b) & 1 ? line + S_byte(b) : 0;
  pd_prov_set(p, S_byte(b) & 1 ? "a.txt" : "dir/b c.pdf", line, end, quote, strlen(quote),
              (pd_evidence)(S_byte(b) % PD_EV_COUNT));
  p->page = S_byte(b) & 1 ? S_byte(b) + 1ul : 0;
  free(quote);
}

static void S_fact(bytes *b, pd_facts *f, const char *value) {
  S_prov(b, &pd_facts_add(f, value)->where);
}

static pd_plan *S_plan(bytes *b, const char *municipality) {
  pd_plan *plan = pd_plan_new();
  plan->generator_version = strdup("fuzz");
  plan->municipality.id = strdup(municipality);
  plan->municipality.name = S_text(b, 20);
  pd_document *d = pd_plan_add_document(plan);
  d->file = S_text(b, 20);
  d->doc_type = strdup(PICK(b, DOC_TYPES));
  d->year = S_byte(b) & 1 ? 2000 + (long)S_byte(b) : -1;
  d->lines = -1;
  d->title = S_byte(b) & 1 ? S_text(b, 30) : NULL;
  for (unsigned i = 0, n = S_byte(b) % 6; i < n; i++) {
    pd_section *s = pd_plan_add_section(plan);
    s->level = 1 + (int)(S_byte(b) % 6);
    s->text = S_text(b, 30);
    S_prov(b, &s->where);
  }
  for (unsigned i = 0, n = S_byte(b) % 6; i < n; i++) {
    pd_goal *g = pd_plan_add_goal(plan);
    char id[16];
    snprintf(id, sizeof id, "g%u", i + 1);
    g->id = strdup(id);
    g->kind = (pd_goal_kind)(S_byte(b) % 4);
    g->text = S_text(b, 40);
    S_prov(b, &g->where);
  }
  for (unsigned i = 0, n = S_byte(b) % 12; i < n; i++) {
    pd_measure *m = pd_plan_add_measure(plan);
    char id[16];
    snprintf(id, sizeof id, "m%u", i + 1);
    m->id = strdup(id);
    m->ref = S_byte(b) & 1 ? strdup(PICK(b, IDS)) : NULL;
    m->use = (pd_use)(S_byte(b) % 4);
    m->name = S_text(b, 30);
    for (unsigned k = 0, nl = S_byte(b) % 3; k < nl; k++)
      S_fact(b, &m->levels, PICK(b, LEVELS));
    if (S_byte(b) & 1)
      S_fact(b, &m->status, PICK(b, STATUSES));
    for (unsigned k = 0, nr = S_byte(b) % 3; k < nr; k++)
      S_fact(b, &m->responsible, S_byte(b) & 1 ? PICK(b, IDS) : NULL);
    for (unsigned k = 0, nm = 1 + S_byte(b) % 3; k < nm; k++) /* the schema wants one */
      S_fact(b, &m->mentions, NULL);
  }
  for (unsigned i = 0, n = S_byte(b) % 4; i < n; i++) {
    pd_item *s = pd_items_add(&plan->services);
    s->ref = strdup(PICK(b, IDS));
    s->name = S_text(b, 20);
    s->count = 1 + (long)S_byte(b);
    S_fact(b, &s->mentions, NULL);
  }
  for (unsigned i = 0, n = S_byte(b) % 4; i < n; i++) {
    pd_matrix_entry *e = pd_plan_add_matrix_entry(plan);
    e->risk = S_text(b, 20);
    e->level = strdup(PICK(b, LEVELS));
    e->service = S_byte(b) & 1 ? strdup(PICK(b, IDS)) : NULL;
    S_prov(b, &e->where);
  }
  for (unsigned i = 0, n = S_byte(b) % 4; i < n; i++) {
    pd_indicator *ind = pd_plan_add_indicator(plan);
    ind->value = strdup(PICK(b, NUMBERS));
    ind->unit = S_text(b, 8);
    ind->what = S_text(b, 30);
    S_prov(b, &ind->where);
  }
  return plan;
}

static void S_render(xmlDocPtr doc, const char *lang) {
  pd_buf out = PD_BUF_INIT;
  const char *params[] = {"lang", lang, NULL};
  pd_render_apply("index", doc, params, NULL, "fuzz", &out);
  pd_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static pd_thesaurus *th;
  if (!th) {
    pd_xml_init();
    pd_diag_set_quiet(1);
    th = pd_thesaurus_load(NULL);
    if (!th)
      abort();
  }
  bytes b = {data, size};
  pd_plan *p1 = S_plan(&b, "aaa"), *p2 = S_plan(&b, "bbb");
  xmlDocPtr docs[2] = {pd_plan_to_xml(p1), pd_plan_to_xml(p2)};
  for (int i = 0; i < 2; i++) {
    /* What the writer makes from a valid plan must validate and read back
     * to the same bytes. */
    if (pd_xml_validate(docs[i], "plan", "fuzz") != 0)
      abort();
    pd_plan *back = pd_plan_from_xml(docs[i]);
    xmlDocPtr again = back ? pd_plan_to_xml(back) : NULL;
    xmlChar *x = NULL, *y = NULL;
    int nx = 0, ny = 0;
    xmlDocDumpMemory(docs[i], &x, &nx);
    if (again)
      xmlDocDumpMemory(again, &y, &ny);
    if (!y || nx != ny || memcmp(x, y, (size_t)nx) != 0)
      abort();
    xmlFree(x);
    xmlFree(y);
    xmlFreeDoc(again);
    pd_plan_free(back);
  }
  xmlDocPtr cmp = pd_compare_plans(docs, 2, th);
  if (pd_xml_validate(cmp, "comparison", "fuzz") != 0)
    abort();
  S_render(cmp, b.n & 1 ? "en" : "nb");
  xmlFreeDoc(cmp);
  xmlFreeDoc(docs[0]);
  xmlFreeDoc(docs[1]);
  pd_plan_free(p1);
  pd_plan_free(p2);
  return 0;
}
