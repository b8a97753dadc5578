/* fuzz_pdf.c — libFuzzer target: any bytes through Poppler and the PDF
 * layout (words, lines, columns, furniture, tables, headings, lists). The
 * reader must end in a tree valid against the schema or a clean error,
 * and never crash, hang or leak. Seeds: the PDF fixtures. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "pdf.h"
#include "xmlio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int ready;
  if (!ready) {
    pd_xml_init();
    pd_diag_set_quiet(1);
    ready = 1;
  }
  pd_input in;
  memset(&in, 0, sizeof in);
  pd_buf_put(&in.bytes, data, size);
  in.format = PD_FORMAT_PDF;
  /* few pages: a fuzzed page tree may claim thousands of copies of one page */
  pd_limits limits = {PD_DEFAULT_MAX_BYTES, PD_DEFAULT_GZIP_RATIO, 50};
  xmlDocPtr doc = pd_read_pdf("fuzz.pdf", &in, &limits, NULL);
  if (doc && pd_xml_validate(doc, "document", "fuzz.pdf") != 0)
    abort();
  xmlFreeDoc(doc);
  pd_buf_free(&in.bytes);
  return 0;
}
