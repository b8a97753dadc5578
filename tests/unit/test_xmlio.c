/* test_xmlio.c — untrusted XML: no DTDs, no entities, no network, no
 * XML_PARSE_HUGE, size caps through the same reader as text. */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "diag.h"
#include "harness.h"
#include "xmlio.h"

static xmlDocPtr parse(const char *s) { return pd_xml_parse("t.xml", s, strlen(s)); }

TEST(doctype_refused) {
  EXPECT(parse("<!DOCTYPE plan [<!ELEMENT plan ANY>]><plan/>") == NULL);
  EXPECT(parse("<!DOCTYPE plan SYSTEM \"plan.dtd\"><plan/>") == NULL);
}

TEST(external_entity_not_read) {
  unsigned long before = pd_error_count();
  xmlDocPtr d = parse("<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><p>&x;</p>");
  EXPECT(d == NULL);
  EXPECT(pd_error_count() > before);
}

TEST(billion_laughs_refused_quickly) {
  pd_buf b = PD_BUF_INIT;
  pd_buf_puts(&b, "<!DOCTYPE l [<!ENTITY l0 \"lol\">");
  for (int i = 1; i < 10; i++)
    pd_buf_printf(&b, "<!ENTITY l%d \"&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;\">", i,
                  i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
  pd_buf_puts(&b, "]><l>&l9;</l>");
  clock_t t0 = clock();
  EXPECT(parse(b.data) == NULL);
  /* not a timing assertion on speed: only that it did not expand 10^9 */
  EXPECT((double)(clock() - t0) / CLOCKS_PER_SEC < 30);
  pd_buf_free(&b);
}

TEST(huge_is_never_set) {
  EXPECT((PD_XML_PARSE_OPTIONS & XML_PARSE_HUGE) == 0);
  EXPECT((PD_XML_PARSE_OPTIONS & XML_PARSE_NOENT) == 0);
  EXPECT((PD_XML_PARSE_OPTIONS & XML_PARSE_DTDLOAD) == 0);
  EXPECT((PD_XML_PARSE_OPTIONS & XML_PARSE_XINCLUDE) == 0);
  EXPECT((PD_XML_PARSE_OPTIONS & XML_PARSE_NONET) != 0);
}

/* A giant text node: libxml2 2.9.14 parses an 11 MB node from memory
 * without XML_PARSE_HUGE, so the byte cap of our own reader is what bounds
 * memory: a document over --max-bytes is refused before parsing. */
TEST(giant_document_refused_by_the_cap) {
  char path[] = "/tmp/plandiff-big-XXXXXX";
  int fd = mkstemp(path);
  size_t n = 11u << 20;
  char *s = malloc(n);
  memset(s, 'x', n);
  EXPECT(write(fd, "<a>", 3) == 3);
  EXPECT(write(fd, s, n) == (ssize_t)n);
  EXPECT(write(fd, "</a>", 4) == 4);
  close(fd);
  pd_limits cap = {1u << 20, 0, PD_DEFAULT_MAX_PAGES};
  EXPECT(pd_xml_load(path, &cap) == NULL);
  unlink(path);
  free(s);
}

TEST(xinclude_is_inert) {
  xmlDocPtr d = parse("<p xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                      "<xi:include href=\"file:///etc/hostname\" parse=\"text\"/></p>");
  EXPECT(d != NULL);
  if (d) {
    xmlChar *c = xmlNodeGetContent(xmlDocGetRootElement(d));
    EXPECT(c && c[0] == '\0');
    xmlFree(c);
    xmlFreeDoc(d);
  }
}

TEST(not_well_formed_names_the_line) {
  unsigned long before = pd_error_count();
  EXPECT(parse("<a>\n<b>\n</a>") == NULL);
  EXPECT(pd_error_count() == before + 1);
}

TEST(gzip_xml_through_the_capped_reader) {
  char path[] = "/tmp/plandiff-xml-XXXXXX";
  int fd = mkstemp(path);
  close(fd);
  gzFile gz = gzopen(path, "wb");
  gzputs(gz, "<plan schema-version=\"1\"/>");
  gzclose(gz);
  xmlDocPtr d = pd_xml_load(path, NULL);
  EXPECT(d != NULL);
  xmlFreeDoc(d);
  pd_limits tiny = {8, 0, PD_DEFAULT_MAX_PAGES};
  EXPECT(pd_xml_load(path, &tiny) == NULL);
  unlink(path);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  RUN(doctype_refused);
  RUN(external_entity_not_read);
  RUN(billion_laughs_refused_quickly);
  RUN(huge_is_never_set);
  RUN(giant_document_refused_by_the_cap);
  RUN(xinclude_is_inert);
  RUN(not_well_formed_names_the_line);
  RUN(gzip_xml_through_the_capped_reader);
  pd_xml_cleanup();
  return harness_done();
}
