/* test_html.c — HTML pages into the document tree, on the page's own lines. */
#include <stdlib.h>

#include "harness.h"
#include "diag.h"
#include "html.h"
#include "xmlio.h"

static xmlDocPtr html_tree(const char *html) {
  pd_text in;
  pd_text_decode("t.html", html, strlen(html), &in);
  xmlDocPtr doc = pd_read_html("t.html", &in, NULL);
  pd_text_free(&in);
  return doc;
}

/* The string value of the first element named NAME whose text contains
 * WORD, and its ATTR attribute (caller frees both with free()). */
static xmlNodePtr find(xmlNodePtr n, const char *name, const char *word) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (xmlStrEqual(n->name, BAD_CAST name)) {
      xmlChar *t = xmlNodeGetContent(n);
      int hit = t && strstr((char *)t, word);
      xmlFree(t);
      if (hit)
        return n;
    }
    xmlNodePtr in = find(n->children, name, word);
    if (in)
      return in;
  }
  return NULL;
}

static int attr_is(xmlNodePtr n, const char *attr, const char *want) {
  char *v = pd_xml_attr(n, attr);
  int same = v && strcmp(v, want) == 0;
  free(v);
  return same;
}

static int text_is(xmlNodePtr n, const char *want) {
  xmlChar *t = n ? xmlNodeGetContent(n) : NULL;
  int same = t && strcmp((char *)t, want) == 0;
  xmlFree(t);
  return same;
}

TEST(blocks_lists_tables_links) {
  xmlDocPtr doc = html_tree(
      "<html><head><title>T</title><style>p{}</style></head><body>\n"
      "<h2>Tiltak</h2>\n"
      "<p>Kommunen  bruker\n<b>TIBIR</b>.</p>\n"
      "<ul><li>PMTO</li>\n<li>COS-P, se <a href=\"https://x.no/cos\">omtale</a></li></ul>\n"
      "<table><tr><th>Tiltak</th><th>Nivå</th></tr>\n"
      "<tr><td>Home-Start</td><td>Selektiv</td></tr></table>\n"
      "<script>var x = 1;</script></body></html>\n");
  EXPECT(pd_xml_validate(doc, "document", "t.html") == 0);
  xmlNodePtr root = xmlDocGetRootElement(doc);
  EXPECT(attr_is(root, "format", "html"));
  xmlNodePtr h = find(root, "heading", "Tiltak");
  EXPECT(h && attr_is(h, "line", "2") && attr_is(h, "kind", "style"));
  EXPECT(h && attr_is(h->parent, "level", "2"));
  xmlNodePtr p = find(root, "p", "Kommunen");
  EXPECT(text_is(p, "Kommunen bruker TIBIR."));
  /* joined from two source lines: the sourcemap leads TIBIR to line 4 */
  EXPECT(p && attr_is(p, "line", "3") && attr_is(p, "end-line", "4"));
  EXPECT(p && attr_is(p, "sourcemap", "3:0 4:16"));
  xmlNodePtr item = find(root, "item", "COS-P");
  EXPECT(item && attr_is(item, "line", "6") && attr_is(item->parent, "line", "5"));
  xmlNodePtr link = find(root, "link", "omtale");
  EXPECT(link && attr_is(link, "href", "https://x.no/cos"));
  xmlNodePtr row = find(root, "row", "Home-Start");
  EXPECT(row && attr_is(row, "line", "8"));
  EXPECT(row && text_is(row->children, "Home-Start") && text_is(row->children->next, "Selektiv"));
  xmlNodePtr head = find(root, "row", "Nivå");
  EXPECT(head && attr_is(head, "header", "true"));
  EXPECT(find(root, "p", "var x") == NULL && find(root, "p", "p{}") == NULL);
  xmlFreeDoc(doc);
}

TEST(spanned_cells_make_a_grid) {
  xmlDocPtr doc = html_tree("<table><tr><th>Tiltak</th><th>Tema</th><th>Ansvar</th></tr>\n"
                            "<tr><td>PMTO</td><td colspan=\"2\">Foreldre</td></tr>\n"
                            "<tr><td rowspan=\"2\">TIBIR</td><td>A</td><td>Helse</td></tr>\n"
                            "<tr><td>B</td><td>Skole</td></tr></table>\n");
  EXPECT(pd_xml_validate(doc, "document", "t.html") == 0);
  xmlNodePtr root = xmlDocGetRootElement(doc);
  xmlNodePtr wide = find(root, "row", "PMTO");
  xmlNodePtr span = wide ? wide->children->next : NULL;
  EXPECT(span && attr_is(span, "colspan", "2") && span->next &&
         attr_is(span->next, "merged", "left"));
  xmlNodePtr last = find(root, "row", "Skole");
  /* the TIBIR cell is copied into the row below, keeping its own line */
  EXPECT(last && text_is(last->children, "TIBIR") && attr_is(last->children, "merged", "above") &&
         attr_is(last->children, "line", "3") && attr_is(last, "line", "4"));
  xmlFreeDoc(doc);
}

TEST(deep_html_is_refused_not_cut) {
  pd_buf html = PD_BUF_INIT;
  pd_buf_puts(&html, "<html><body>");
  for (int i = 0; i < 400; i++)
    pd_buf_puts(&html, "<div>");
  pd_buf_puts(&html, "deep</body></html>");
  pd_text in;
  pd_text_decode("deep.html", html.data, html.len, &in);
  pd_diag_set_quiet(1);
  xmlDocPtr doc = pd_read_html("deep.html", &in, NULL);
  EXPECT(doc == NULL);
  xmlFreeDoc(doc);
  pd_text_free(&in);
  pd_buf_free(&html);
  /* 200 levels are read whole, text below them kept */
  pd_buf_puts(&html, "<html><body>");
  for (int i = 0; i < 200; i++)
    pd_buf_puts(&html, "<div>");
  pd_buf_puts(&html, "under 200 levels</body></html>");
  pd_text_decode("d.html", html.data, html.len, &in);
  doc = pd_read_html("d.html", &in, NULL);
  EXPECT(doc && find(xmlDocGetRootElement(doc), "p", "under 200 levels"));
  xmlFreeDoc(doc);
  pd_text_free(&in);
  pd_buf_free(&html);
}

TEST(garbage_html_does_not_crash) {
  xmlDocPtr doc = html_tree("<html><body><table><tr><td><ul><li><a href=\"x\"><h1>");
  EXPECT(doc != NULL);
  EXPECT(pd_xml_validate(doc, "document", "t.html") == 0);
  xmlFreeDoc(doc);
}

int main(void) {
  pd_xml_init();
  RUN(blocks_lists_tables_links);
  RUN(spanned_cells_make_a_grid);
  RUN(deep_html_is_refused_not_cut);
  RUN(garbage_html_does_not_crash);
  pd_xml_cleanup();
  return harness_done();
}
