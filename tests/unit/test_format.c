/* test_format.c — formats recognised from bytes, the name only a hint. */
#include "format.h"
#include "harness.h"

static pd_format sniff(const char *name, const char *bytes, size_t len) {
  return pd_format_sniff(name, bytes, len, NULL);
}

#define S(name, lit) sniff(name, lit, sizeof lit - 1)

TEST(magic_numbers_decide) {
  EXPECT(S("plan.txt", "%PDF-1.7\n%\xe2\xe3\n1 0 obj") == PD_FORMAT_PDF);
  EXPECT(S("plan.pdf", "Plan for forebygging\n") == PD_FORMAT_TEXT);
  EXPECT(S("x", "junk before\n%PDF-1.4\n") == PD_FORMAT_PDF);
  EXPECT(S("plan.docx", "PK\x03\x04....[Content_Types].xml....word/document.xml") ==
         PD_FORMAT_DOCX);
  EXPECT(S("plan.zip",
           "PK\x03\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0mimetypeapplication/"
           "vnd.oasis.opendocument.text") == PD_FORMAT_ODT);
}

TEST(other_binaries_are_refused_with_what_they_are) {
  const char *seen = NULL;
  EXPECT(pd_format_sniff("a.odt", "PK\x03\x04 application/vnd.oasis.opendocument.spreadsheet", 55,
                         &seen) == PD_FORMAT_REFUSED);
  EXPECT(seen && strstr(seen, "not a text document"));
  EXPECT(pd_format_sniff("a.txt",
                         "\x7f"
                         "ELF\x02\x01\x01",
                         7, &seen) == PD_FORMAT_REFUSED);
  EXPECT(seen && strstr(seen, "executable"));
  EXPECT(S("a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0") == PD_FORMAT_REFUSED);
  EXPECT(S("a.txt", "\0\0\0\0\x01\x02\x03 abc") == PD_FORMAT_REFUSED);
  EXPECT(S("a.xml", "<?xml version=\"1.0\"?>\n<plan schema-version=\"1\"/>") == PD_FORMAT_REFUSED);
}

TEST(text_trees_and_pages) {
  EXPECT(S("t.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<document file=\"x\"/>") ==
         PD_FORMAT_TREE);
  EXPECT(S("t.xml", "\xEF\xBB\xBF<document file=\"x\"/>") == PD_FORMAT_TREE);
  EXPECT(S("p.txt", "<!DOCTYPE html>\n<html><body>x</body></html>") == PD_FORMAT_HTML);
  EXPECT(S("p.html", "Plan uten markup\n") == PD_FORMAT_HTML);
  EXPECT(S("p.txt", "Plan med <b>markup</b> i Markdown\n") == PD_FORMAT_TEXT);
  /* UTF-16 has NUL bytes but is text */
  EXPECT(S("u.txt", "P\0l\0a\0n\0 \0f\0o\0r\0\n\0") == PD_FORMAT_TEXT);
  /* one stray NUL in a text is repaired by the decoder, not refused */
  EXPECT(S("n.txt", "Plan for forebygging med en NUL \0 midt i en lang nok linje\n") ==
         PD_FORMAT_TEXT);
  EXPECT(S("e.txt", "") == PD_FORMAT_TEXT);
}

TEST(extension_helper) {
  EXPECT(pd_format_has_ext("a/PLAN.PDF", ".pdf"));
  EXPECT(pd_format_has_ext("plan.docx.gz", ".docx"));
  EXPECT(!pd_format_has_ext(".pdf", ".pdf"));
}

int main(void) {
  RUN(magic_numbers_decide);
  RUN(other_binaries_are_refused_with_what_they_are);
  RUN(text_trees_and_pages);
  RUN(extension_helper);
  return harness_done();
}
