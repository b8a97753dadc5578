/* test_html.c — HTML pages into reader text with a line map. */
#include <stdlib.h>

#include "harness.h"
#include "html.h"
#include "read.h"
#include "xmlio.h"

static pd_text html_text(const char *html) {
  pd_text in;
  pd_text_decode("t.html", html, strlen(html), &in);
  return in;
}

TEST(detects_html) {
  pd_text a = html_text("<!DOCTYPE html><html><body>x</body></html>");
  pd_text b = html_text("Plan for forebygging\n<ikke html>\n");
  EXPECT(pd_html_detect("plan.txt", &a) == 1);
  EXPECT(pd_html_detect("plan.txt", &b) == 0);
  EXPECT(pd_html_detect("plan.html", &b) == 1);
  pd_text_free(&a);
  pd_text_free(&b);
}

TEST(blocks_lists_tables_links) {
  pd_text in = html_text(
      "<html><head><title>T</title><style>p{}</style></head><body>\n"
      "<h2>Tiltak</h2>\n"
      "<p>Kommunen  bruker\n<b>TIBIR</b>.</p>\n"
      "<ul><li>PMTO</li>\n<li>COS-P, se <a href=\"https://x.no/cos\">omtale</a></li></ul>\n"
      "<table><tr><th>Tiltak</th><th>Nivå</th></tr>\n"
      "<tr><td>Home-Start</td><td>Selektiv</td></tr></table>\n"
      "<script>var x = 1;</script></body></html>\n");
  pd_text out;
  unsigned long *map = NULL;
  size_t lines = 0;
  pd_html_to_text("t.html", &in, &out, &map, &lines);
  EXPECT(strstr(out.data, "## Tiltak\n") != NULL);
  EXPECT(strstr(out.data, "Kommunen bruker TIBIR.") != NULL);
  EXPECT(strstr(out.data, "- PMTO\n") != NULL);
  EXPECT(strstr(out.data, "- COS-P, se [omtale](https://x.no/cos)\n") != NULL);
  EXPECT(strstr(out.data, "Tiltak\tNivå\n") != NULL);
  EXPECT(strstr(out.data, "Home-Start\tSelektiv\n") != NULL);
  EXPECT(strstr(out.data, "var x") == NULL);
  EXPECT(strstr(out.data, "p{}") == NULL);
  /* "## Tiltak" is output line 1 and stands on HTML line 2. */
  EXPECT(lines > 3 && map[0] == 2);
  /* The Home-Start row is on HTML line 8. */
  unsigned long row_line = 0, l = 1;
  for (const char *p = out.data; *p; p++) {
    if (strncmp(p, "Home-Start", 10) == 0 && (p == out.data || p[-1] == '\n'))
      row_line = map[l - 1];
    if (*p == '\n')
      l++;
  }
  EXPECT(row_line == 8);
  free(map);
  pd_text_free(&out);
  pd_text_free(&in);
}

TEST(linemap_rewrites_tree) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "document");
  xmlDocSetRootElement(doc, root);
  xmlNodePtr p = xmlNewTextChild(root, NULL, BAD_CAST "p", BAD_CAST "abc def");
  xmlSetProp(p, BAD_CAST "line", BAD_CAST "1");
  xmlSetProp(p, BAD_CAST "end-line", BAD_CAST "2");
  xmlSetProp(p, BAD_CAST "sourcemap", BAD_CAST "1:0 2:4");
  unsigned long map[] = {10, 14};
  pd_linemap_apply(doc, map, 2);
  xmlChar *v = xmlGetProp(p, BAD_CAST "end-line");
  EXPECT_STR((char *)v, "14");
  xmlFree(v);
  v = xmlGetProp(p, BAD_CAST "sourcemap");
  EXPECT_STR((char *)v, "10:0 14:4");
  xmlFree(v);
  xmlFreeDoc(doc);
}

TEST(garbage_html_does_not_crash) {
  pd_text in = html_text("<html><body><table><tr><td><ul><li><a href=\"x\"><h1>");
  pd_text out;
  unsigned long *map = NULL;
  size_t lines = 0;
  pd_html_to_text("t.html", &in, &out, &map, &lines);
  EXPECT(out.data != NULL);
  free(map);
  pd_text_free(&out);
  pd_text_free(&in);
}

int main(void) {
  pd_xml_init();
  RUN(detects_html);
  RUN(blocks_lists_tables_links);
  RUN(linemap_rewrites_tree);
  RUN(garbage_html_does_not_crash);
  pd_xml_cleanup();
  return harness_done();
}
