/* fuzz_xml.c — libFuzzer target: untrusted XML through the safe parser,
 * the schemas, and (for a valid plan) the comparison and the renderer. */
#include <stdint.h>
#include <stdlib.h>

#include "compare.h"
#include "diag.h"
#include "render.h"
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
  xmlDocPtr doc = pd_xml_parse("fuzz.xml", (const char *)data, size);
  if (!doc)
    return 0;
  if (pd_xml_validate(doc, "plan", "fuzz") == 0) {
    xmlDocPtr plans[2] = {doc, doc};
    xmlDocPtr cmp = pd_compare_plans(plans, 2, th);
    if (pd_xml_validate(cmp, "comparison", "fuzz") != 0)
      abort();
    pd_buf out = PD_BUF_INIT;
    const char *params[] = {"lang", "nb", NULL};
    pd_render_apply("index", cmp, params, NULL, "fuzz", &out);
    pd_buf_free(&out);
    xmlFreeDoc(cmp);
  } else if (pd_xml_validate(doc, "comparison", "fuzz") == 0) {
    pd_buf out = PD_BUF_INIT;
    const char *params[] = {"lang", "en", NULL};
    pd_render_apply("index", doc, params, NULL, "fuzz", &out);
    pd_buf_free(&out);
  }
  xmlFreeDoc(doc);
  return 0;
}
