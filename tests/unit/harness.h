/* harness.h — a minimal unit-test harness (after cmark's api_test).
 *
 *   TEST(name) { EXPECT(cond); EXPECT_STR(a, b); }
 *   int main(void) { RUN(name); return harness_done(); }
 *
 * Prints "ok - FILE: name" or "not ok - FILE: name" with the failing
 * expectations, which tests/run.sh counts. */
#ifndef PLANDIFF_HARNESS_H
#define PLANDIFF_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_failures; /* in the current test */
static int harness_failed_tests;
static char harness_notes[4096];

#define TEST(name) static void name(void)

#define EXPECT(cond)                                                                               \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      harness_failures++;                                                                          \
      size_t n_ = strlen(harness_notes);                                                           \
      snprintf(harness_notes + n_, sizeof harness_notes - n_, "    line %d: %s\n", __LINE__,       \
               #cond);                                                                             \
    }                                                                                              \
  } while (0)

#define EXPECT_STR(got, want)                                                                      \
  do {                                                                                             \
    const char *g_ = (got), *w_ = (want);                                                          \
    if (!g_ || strcmp(g_, w_) != 0) {                                                              \
      harness_failures++;                                                                          \
      size_t n_ = strlen(harness_notes);                                                           \
      snprintf(harness_notes + n_, sizeof harness_notes - n_,                                      \
               "    line %d: got \"%s\", want \"%s\"\n", __LINE__, g_ ? g_ : "(null)", w_);        \
    }                                                                                              \
  } while (0)

static void harness_run(const char *file, const char *name, void (*fn)(void)) {
  harness_failures = 0;
  harness_notes[0] = '\0';
  fn();
  const char *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  if (harness_failures) {
    harness_failed_tests++;
    printf("not ok - %s: %s\n%s", base, name, harness_notes);
  } else {
    printf("ok - %s: %s\n", base, name);
  }
  fflush(stdout);
}

#define RUN(name) harness_run(__FILE__, #name, name)

static inline int harness_done(void) { return 0; }

#endif
