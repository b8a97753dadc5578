/* test_report.c — the report set from a comparison whose similarity
 * section lists each municipality's peers (sets as elements, an order and
 * a county table), at a small and at a large number of municipalities. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "harness.h"
#include "render.h"
#include "report.h"
#include "xmlio.h"

/* N municipalities m00.. in two counties; each lists its next K peers. */
static xmlDocPtr comparison(int n, int k) {
  pd_buf x = PD_BUF_INIT;
  pd_buf_puts(&x, "<comparison schema-version='1'><generator name='plandiff' version='t'/>"
                  "<municipalities>");
  for (int i = 0; i < n; i++)
    pd_buf_printf(&x,
                  "<municipality id='m%02d' name='Kommune %02d' county='Fylke %d' year='2024' "
                  "doc-type='plan' measures='1' programmes='1'><document file='m%02d.txt' "
                  "doc-type='plan'/></municipality>",
                  i, i, i % 2, i);
  pd_buf_puts(&x, "</municipalities><programmes><programme ref='cos-p' name='COS-P' "
                  "municipalities='1' sharing='one'/></programmes><similarity k='10'><order>");
  for (int i = n - 1; i >= 0; i--)
    pd_buf_printf(&x, "<m id='m%02d'/>", i);
  pd_buf_puts(&x, "</order><counties><cell a='Fylke 0' b='Fylke 0' mean='0.5' pairs='3'/>"
                  "<cell a='Fylke 0' b='Fylke 1' mean='0.25' pairs='4'/>"
                  "<cell a='Fylke 1' b='Fylke 1' mean='0.75' pairs='1'/></counties>");
  for (int i = 0; i < n; i++) {
    pd_buf_printf(&x, "<municipality id='m%02d'>", i);
    for (int j = 1; j <= k; j++)
      pd_buf_printf(&x,
                    "<peer id='m%02d' rank='%d' overall='0.%d' measures='0.5' services='0.5' "
                    "goals='0.1' goal-terms='3'><programme ref='cos-p'/><service ref='barnevern'/>"
                    "<goal-term>trygg</goal-term></peer>",
                    (i + j) % n, j, 9 - j);
    pd_buf_puts(&x, "</municipality>");
  }
  pd_buf_puts(&x, "</similarity></comparison>");
  xmlDocPtr doc = pd_xml_parse("c.xml", x.data, x.len);
  pd_buf_free(&x);
  return doc;
}

static char *slurp(const char *dir, const char *name) {
  pd_buf path = PD_BUF_INIT, text = PD_BUF_INIT;
  pd_buf_printf(&path, "%s/%s", dir, name);
  FILE *f = fopen(path.data, "r");
  char chunk[4096];
  for (size_t n; f && (n = fread(chunk, 1, sizeof chunk, f)) > 0;)
    pd_buf_put(&text, chunk, n);
  if (f)
    fclose(f);
  pd_buf_free(&path);
  return pd_buf_detach(&text);
}

static int exists(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  struct stat st;
  return stat(path, &st) == 0;
}

static void remove_tree(const char *dir) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  EXPECT(system(cmd) == 0);
}

TEST(small_corpus_grid_and_pair_pages_from_peers) {
  char dir[] = "/tmp/plandiff-report-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  xmlDocPtr c = comparison(3, 2);
  EXPECT(pd_render_reports(c, NULL, 0, dir, "nb", NULL) == 0);
  EXPECT(exists(dir, "par-m00-m01.html") && exists(dir, "par-m00-m02.html") &&
         exists(dir, "par-m01-m02.html"));
  EXPECT(!exists(dir, "par-m01-m00.html"));
  char *index = slurp(dir, "index.html");
  EXPECT(strstr(index, "xlink:href=\"par-m00-m01.html\"") != NULL);
  /* The grid follows the comparison's order: m02 is the first row. */
  char *grid = strstr(index, "xmlns:xlink");
  char *first = grid ? strstr(grid, "Kommune 02") : NULL;
  char *second = grid ? strstr(grid, "Kommune 00") : NULL;
  EXPECT(first && second && first < second);
  free(index);
  char *pair = slurp(dir, "par-m00-m01.html");
  EXPECT(strstr(pair, "<td>COS-P</td>") != NULL);
  /* goal words are counted, not shown as stems */
  EXPECT(strstr(pair, "<td>3 felles ord i målene</td>") != NULL);
  EXPECT(strstr(pair, "<title>Kommune 00 – Kommune 01</title>") != NULL);
  free(pair);
  xmlFreeDoc(c);
  remove_tree(dir);
}

TEST(large_corpus_county_table_and_peer_lists) {
  char dir[] = "/tmp/plandiff-report-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  xmlDocPtr c = comparison(61, 3);
  EXPECT(pd_render_reports(c, NULL, 0, dir, "en", NULL) == 0);
  EXPECT(!exists(dir, "par-m00-m01.html"));
  char *index = slurp(dir, "index.html");
  EXPECT(strstr(index, "par-") == NULL);
  EXPECT(strstr(index, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink") == NULL);
  EXPECT(strstr(index, "id=\"counties\"") != NULL);
  EXPECT(strstr(index, "<th>Fylke 1</th><td class=\"lv\" style=\"background: rgb(195,195,255)\">"
                       "0.25</td>") != NULL);
  /* m05's peers, most similar first, by name and linked. */
  EXPECT(strstr(index, "<a href=\"kommune-m06.html\">Kommune 06</a> <span class=\"prov\">0.80"
                       "</span>, <a href=\"kommune-m07.html\">Kommune 07</a>") != NULL);
  free(index);
  xmlFreeDoc(c);
  remove_tree(dir);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  RUN(small_corpus_grid_and_pair_pages_from_peers);
  RUN(large_corpus_county_table_and_peer_lists);
  pd_render_cleanup();
  pd_xml_cleanup();
  return harness_done();
}
