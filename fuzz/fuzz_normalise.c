/* fuzz_normalise.c — libFuzzer target: bytes -> reader -> extractor; the
 * plan must always be valid against schema/plan.rng. */
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "extract.h"
#include "read.h"
#include "xmlio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static pd_thesaurus *th;
  if (!th) {
    pd_xml_init();
    pd_diag_set_quiet(1);
    th = pd_thesaurus_load(NULL);
    if (!th)
      abort();
  }
  pd_text text;
  pd_text_decode("fuzz", (const char *)data, size, &text);
  pd_docmeta meta = {0};
  meta.municipality = "fuzz";
  xmlDocPtr doc = pd_read_text("fuzz", &text, &meta, th->lexicon);
  xmlDocPtr plan = pd_extract_plan(doc, th);
  if (pd_xml_validate(plan, "plan", "fuzz") != 0)
    abort();
  xmlFreeDoc(plan);
  xmlFreeDoc(doc);
  pd_text_free(&text);
  return 0;
}
