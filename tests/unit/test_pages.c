/* test_pages.c — the page list: names, pair pages only when few enough
 * municipalities, measures tables only with plans, and the <pages> element
 * the stylesheets read. */
#include <stdlib.h>

#include "buf.h"
#include "harness.h"
#include "pages.h"
#include "xmlio.h"

/* A comparison skeleton with N municipalities and one programme; each
 * municipality lists every other as a peer (so each pair twice). */
static xmlDocPtr comparison(int n) {
  pd_buf x = PD_BUF_INIT;
  pd_buf_puts(&x, "<comparison><municipalities>");
  for (int i = 0; i < n; i++)
    pd_buf_printf(&x, "<municipality id='m%02d'/>", i);
  pd_buf_puts(&x, "</municipalities><programmes><programme ref='cos-p'/></programmes><similarity>");
  for (int a = 0; a < n; a++) {
    pd_buf_printf(&x, "<municipality id='m%02d'>", a);
    for (int b = 0; b < n; b++)
      if (b != a)
        pd_buf_printf(&x, "<peer id='m%02d'/>", b);
    pd_buf_puts(&x, "</municipality>");
  }
  pd_buf_puts(&x, "</similarity></comparison>");
  xmlDocPtr doc = pd_xml_parse("c.xml", x.data, x.len);
  pd_buf_free(&x);
  return doc;
}

static const pd_page *find(const pd_pages *p, pd_page_kind kind, const char *key) {
  for (size_t i = 0; i < p->n; i++)
    if (p->v[i].kind == kind && strcmp(p->v[i].key, key) == 0)
      return &p->v[i];
  return NULL;
}

TEST(names) {
  xmlDocPtr c = comparison(3);
  pd_pages p;
  pd_pages_plan(&p, c, 1);
  EXPECT_STR(find(&p, PD_PAGE_INDEX, "index")->href, "index.html");
  EXPECT_STR(find(&p, PD_PAGE_MUNICIPALITY, "m01")->href, "kommune-m01.html");
  EXPECT_STR(find(&p, PD_PAGE_PROGRAMME, "cos-p")->href, "program-cos-p.html");
  EXPECT_STR(find(&p, PD_PAGE_PAIR, "m00|m02")->href, "par-m00-m02.html");
  EXPECT_STR(find(&p, PD_PAGE_TABLE, "measures.csv")->href, "measures.csv");
  EXPECT(p.count[PD_PAGE_PAIR] == 3 && p.count[PD_PAGE_TABLE] == 8);
  pd_pages_free(&p);
  pd_pages_plan(&p, c, 0);
  EXPECT(find(&p, PD_PAGE_TABLE, "measures.tsv") == NULL && p.count[PD_PAGE_TABLE] == 6);
  pd_pages_free(&p);
  xmlFreeDoc(c);
}

/* m01 lists m00, m00 lists nobody: the page is par-m00-m01.html, keyed by
 * the list that explains it. */
TEST(a_pair_listed_by_one_side_only) {
  const char *x = "<comparison><municipalities><municipality id='m00'/><municipality id='m01'/>"
                  "</municipalities><similarity><municipality id='m00'/><municipality id='m01'>"
                  "<peer id='m00'/></municipality></similarity></comparison>";
  xmlDocPtr c = pd_xml_parse("c.xml", x, strlen(x));
  pd_pages p;
  pd_pages_plan(&p, c, 0);
  EXPECT(p.count[PD_PAGE_PAIR] == 1);
  const pd_page *pg = find(&p, PD_PAGE_PAIR, "m01|m00");
  EXPECT(pg && strcmp(pg->href, "par-m00-m01.html") == 0);
  pd_pages_free(&p);
  xmlFreeDoc(c);
}

TEST(no_pair_pages_for_many_municipalities) {
  xmlDocPtr c = comparison(PD_SMALL_CORPUS + 1);
  pd_pages p;
  pd_pages_plan(&p, c, 0);
  EXPECT(p.count[PD_PAGE_MUNICIPALITY] == PD_SMALL_CORPUS + 1);
  EXPECT(p.count[PD_PAGE_PAIR] == 0);
  pd_pages_free(&p);
  xmlFreeDoc(c);
}

TEST(attached_for_the_stylesheets_then_gone) {
  xmlDocPtr c = comparison(2);
  pd_pages p;
  pd_pages_plan(&p, c, 1);
  xmlNodePtr list = pd_pages_attach(&p, c);
  EXPECT(list->parent == xmlDocGetRootElement(c));
  int tables = 0, pairs = 0;
  for (xmlNodePtr e = list->children; e; e = e->next) {
    char *kind = pd_xml_attr(e, "kind"), *name = pd_xml_attr(e, "name");
    if (strcmp(kind, "table") == 0) {
      tables++;
      EXPECT(name != NULL);
    }
    if (strcmp(kind, "pair") == 0) {
      char *a = pd_xml_attr(e, "a"), *b = pd_xml_attr(e, "b");
      EXPECT_STR(a, "m00");
      EXPECT_STR(b, "m01");
      free(a);
      free(b);
      pairs++;
    }
    free(kind);
    free(name);
  }
  EXPECT(tables == 8 && pairs == 1);
  pd_pages_detach(list);
  EXPECT(xmlDocGetRootElement(c)->last->type != XML_ELEMENT_NODE ||
         !xmlStrEqual(xmlDocGetRootElement(c)->last->name, BAD_CAST "pages"));
  pd_pages_free(&p);
  xmlFreeDoc(c);
}

int main(void) {
  pd_xml_init();
  RUN(names);
  RUN(a_pair_listed_by_one_side_only);
  RUN(no_pair_pages_for_many_municipalities);
  RUN(attached_for_the_stylesheets_then_gone);
  pd_xml_cleanup();
  return harness_done();
}
