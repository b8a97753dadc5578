/* test_render.c — libxslt runs under plandiff's security preferences. */
#include <dirent.h>
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

/* The pages stylesheet run the way report.c runs a kind of page. */
static int pages(const char *dir, const char *xml) {
  xmlDocPtr doc = pd_xml_parse("p.xml", xml, strlen(xml));
  pd_buf out = PD_BUF_INIT;
  int rc = pd_render_apply_file("tests/fixtures/xslt/pages.xsl", doc, NULL, dir, "t", &out);
  pd_buf_free(&out);
  xmlFreeDoc(doc);
  return rc;
}

static char *slurp(const char *dir, const char *name) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (!f)
    return NULL;
  static char text[256];
  size_t n = fread(text, 1, sizeof text - 1, f);
  text[n] = '\0';
  fclose(f);
  return text;
}

static int leftovers(const char *dir) {
  DIR *d = opendir(dir);
  int n = 0;
  for (struct dirent *e; d && (e = readdir(d));)
    n += strstr(e->d_name, ".tmp-") != NULL;
  if (d)
    closedir(d);
  return n;
}

static void remove_tree(const char *dir) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  EXPECT(system(cmd) == 0);
}

TEST(many_pages_in_one_transformation) {
  char dir[] = "/tmp/plandiff-pages-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  EXPECT(pages(dir, "<ps><p href='one.html'>1</p><p href='sub/two.html'>2</p></ps>") == 0);
  EXPECT_STR(slurp(dir, "one.html"), "1");
  EXPECT_STR(slurp(dir, "sub/two.html"), "2");
  EXPECT(leftovers(dir) == 0);
  xmlDocPtr doc = pd_xml_parse("p.xml", "<ps><p href='three.html'>3</p></ps>", 35);
  EXPECT(pd_render_pages("../tests/fixtures/xslt/pages", doc, NULL, dir, "t") == 1);
  EXPECT_STR(slurp(dir, "three.html"), "3");
  xmlFreeDoc(doc);
  remove_tree(dir);
}

TEST(pages_never_leave_the_output_folder) {
  char dir[] = "/tmp/plandiff-pages-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char outside[128];
  snprintf(outside, sizeof outside, "%s-outside.html", dir);
  EXPECT(pages(dir, "<ps><p href='../escape.html'>x</p></ps>") == -1);
  char xml[512];
  snprintf(xml, sizeof xml, "<ps><p href='%s'>x</p></ps>", outside);
  EXPECT(pages(dir, xml) == -1);
  snprintf(xml, sizeof xml, "<ps><p href='file://%s'>x</p></ps>", outside);
  EXPECT(pages(dir, xml) == -1);
  struct stat st;
  EXPECT(stat(outside, &st) != 0);
  EXPECT(pages(dir, "<ps><p href='http://example.invalid/x.html'>x</p></ps>") == -1);
  EXPECT(pages(NULL, "<ps><p href='/tmp/x.html'>x</p></ps>") == -1);
  remove_tree(dir);
}

TEST(a_planted_link_is_replaced_not_followed) {
  char dir[] = "/tmp/plandiff-pages-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char target[128], link[160];
  snprintf(target, sizeof target, "%s-target.txt", dir);
  snprintf(link, sizeof link, "%s/one.html", dir);
  FILE *f = fopen(target, "w");
  EXPECT(f != NULL);
  if (f) {
    fputs("keep", f);
    fclose(f);
  }
  EXPECT(symlink(target, link) == 0);
  EXPECT(pages(dir, "<ps><p href='one.html'>new</p></ps>") == 0);
  struct stat st;
  EXPECT(lstat(link, &st) == 0 && S_ISREG(st.st_mode));
  EXPECT_STR(slurp(dir, "one.html"), "new");
  const char *slash = strrchr(target, '/');
  char tdir[128];
  snprintf(tdir, sizeof tdir, "%.*s", (int)(slash - target), target);
  EXPECT_STR(slurp(tdir, slash + 1), "keep");
  unlink(target);
  remove_tree(dir);
}

TEST(an_output_folder_with_odd_characters) {
  char dir[] = "/tmp/plandiff pages %41 #?-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  EXPECT(pages(dir, "<ps><p href='one.html'>1</p></ps>") == 0);
  EXPECT_STR(slurp(dir, "one.html"), "1");
  EXPECT(leftovers(dir) == 0);
  remove_tree(dir);
}

int main(void) {
  pd_xml_init();
  pd_diag_set_quiet(1);
  RUN(document_cannot_read_local_files);
  RUN(writes_only_inside_the_output_folder);
  RUN(parameters_are_strings);
  RUN(many_pages_in_one_transformation);
  RUN(pages_never_leave_the_output_folder);
  RUN(a_planted_link_is_replaced_not_followed);
  RUN(an_output_folder_with_odd_characters);
  pd_render_cleanup();
  pd_xml_cleanup();
  return harness_done();
}
