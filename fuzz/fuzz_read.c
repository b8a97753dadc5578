/* fuzz_read.c — libFuzzer target: any bytes through decoding and the
 * reader (text, or HTML when the first byte is odd). */
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "html.h"
#include "read.h"
#include "xmlio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int ready;
  static pd_lexicon *lex;
  if (!ready) {
    pd_xml_init();
    pd_diag_set_quiet(1);
    lex = pd_lexicon_load(NULL);
    ready = 1;
  }
  pd_text text;
  pd_text_decode("fuzz", (const char *)data, size, &text);
  xmlDocPtr doc = (size && (data[0] & 1)) ? pd_read_html("fuzz.html", &text, NULL)
                                          : pd_read_text("fuzz", &text, NULL, lex);
  if (!doc) { /* a refusal (HTML nested too deep) is a clean answer */
    pd_text_free(&text);
    return 0;
  }
  /* the tree must always be valid */
  if (pd_xml_validate(doc, "document", "fuzz") != 0)
    abort();
  xmlFreeDoc(doc);
  pd_text_free(&text);
  return 0;
}
