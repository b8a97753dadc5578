/* test_render.c — libxslt runs under plandiff's security preferences. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "harness.h"
#include "render.h"
#include "xmlio.h"

static xmlDocPtr tiny(void) { return pd_xml_parse("t.xml", "<a>x</a>", 8); }

TEST(document_cannot_read_local_files) {
  xmlDocPtr doc = tiny();
  pd_buf out = PD_BUF_INIT;
  EXPECT(pd_render_apply_file("tests/fixtures/xslt/read-local-file.xsl", doc, NULL, NULL, "t",
                              &out) == -1);
  EXPECT(out.len == 0);
  pd_buf_free(&out);
  xmlFreeDoc(doc);
}

TEST(writes_only_inside_the_output_folder) {
  char dir[] = "/tmp/plandiff-render-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char inside[128], outside[128];
  snprintf(inside, sizeof inside, "%s/ok.txt", dir);
  snprintf(outside, sizeof outside, "%s-outside.txt", dir);
  xmlDocPtr doc = tiny();
  pd_buf out = PD_BUF_INIT;
  const char *p1[] = {"target", outside, NULL};
  EXPECT(pd_render_apply_file("tests/fixtures/xslt/write-outside.xsl", doc, p1, dir, "t", &out) ==
         -1);
  struct stat st;
  EXPECT(stat(outside, &st) != 0);
  pd_buf_truncate(&out, 0);
  const char *p2[] = {"target", inside, NULL};
  EXPECT(pd_render_apply_file("tests/fixtures/xslt/write-outside.xsl", doc, p2, dir, "t", &out) ==
         0);
  EXPECT(stat(inside, &st) == 0);
  unlink(inside);
  rmdir(dir);
  pd_buf_free(&out);
  xmlFreeDoc(doc);
}

TEST(parameters_are_strings) {
  xmlDocPtr doc = tiny();
  pd_buf out = PD_BUF_INIT;
  const char *params[] = {"p", "document('/etc/hostname') | 1 + 1", NULL};
  EXPECT(pd_render_apply_file("tests/fixtures/xslt/echo-param.xsl", doc, params, NULL, "t", &out) ==
         0);
  EXPECT_STR(pd_buf_cstr(&out), "document('/etc/hostname') | 1 + 1");
  pd_buf_free(&out);
  xmlFreeDoc(doc);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  RUN(document_cannot_read_local_files);
  RUN(writes_only_inside_the_output_folder);
  RUN(parameters_are_strings);
  pd_render_cleanup();
  pd_xml_cleanup();
  return harness_done();
}
