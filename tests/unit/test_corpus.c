/* test_corpus.c — collecting a corpus from files and folders. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "diag.h"
#include "harness.h"

static void touch(const char *dir, const char *name) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (f)
    fclose(f);
}

TEST(document_endings) {
  EXPECT(pd_corpus_is_document("plan.txt"));
  EXPECT(pd_corpus_is_document("plan.MD"));
  EXPECT(pd_corpus_is_document("plan.html"));
  EXPECT(pd_corpus_is_document("plan.txt.gz"));
  EXPECT(pd_corpus_is_document("plan.gz"));
  EXPECT(pd_corpus_is_document("plan.pdf"));
  EXPECT(pd_corpus_is_document("plan.DOCX"));
  EXPECT(pd_corpus_is_document("plan.odt.gz"));
  EXPECT(!pd_corpus_is_document("plan.odp"));
  EXPECT(!pd_corpus_is_document("MANIFEST.tsv"));
  EXPECT(!pd_corpus_is_document("gz"));
}

TEST(walks_sorted_and_recursive) {
  char dir[] = "/tmp/plandiff-corpus-XXXXXX";
  EXPECT(mkdtemp(dir) != NULL);
  char sub[100];
  snprintf(sub, sizeof sub, "%s/b-sub", dir);
  mkdir(sub, 0755);
  touch(dir, "c.txt");
  touch(dir, "a.md");
  touch(dir, "MANIFEST.tsv");
  touch(dir, ".hidden.txt");
  touch(dir, "notes.odp");
  touch(sub, "z.html");
  char link[200];
  snprintf(link, sizeof link, "%s/loop", sub);
  EXPECT(symlink(dir, link) == 0); /* a loop: must not be followed */
  pd_corpus c = {NULL, 0, NULL, 0};
  char *paths[] = {dir};
  EXPECT(pd_corpus_collect(&c, paths, 1) == 0);
  EXPECT(c.count == 3);
  if (c.count == 3) {
    EXPECT(strstr(c.paths[0], "/a.md") != NULL);
    EXPECT(strstr(c.paths[1], "/b-sub/z.html") != NULL);
    EXPECT(strstr(c.paths[2], "/c.txt") != NULL);
  }
  pd_corpus_free(&c);
  char cmd[200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  EXPECT(system(cmd) == 0);
}

TEST(missing_path_counted_others_kept) {
  pd_corpus c = {NULL, 0, NULL, 0};
  char *paths[] = {"/nonexistent/plandiff", "corpus/naroysund-forebyggende-plan.txt"};
  EXPECT(pd_corpus_collect(&c, paths, 2) == 1);
  EXPECT(c.count == 1);
  pd_corpus_free(&c);
}

int main(void) {
  pd_diag_set_quiet(1);
  RUN(document_endings);
  RUN(walks_sorted_and_recursive);
  RUN(missing_path_counted_others_kept);
  return harness_done();
}
