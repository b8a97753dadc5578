/* test_options.c — the one option table and its parser. */
#include <stdlib.h>

#include "cli.h"
#include "corpus.h"
#include "harness.h"
#include "options.h"

static const pd_option_use DOC[] = {{PD_OPT_OUTPUT, NULL, NULL}, {PD_OPT_MUNICIPALITY, NULL, NULL},
                                    {PD_OPT_YEAR, NULL, NULL},   {PD_OPT_MAX_BYTES, NULL, NULL},
                                    {PD_OPT_JOBS, NULL, NULL},   {PD_OPT_QUIET, NULL, NULL},
                                    {PD_OPT_HELP, NULL, NULL},   {PD_OPT_END, NULL, NULL}};

/* Parses the NULL-terminated words into a fresh OPTS (argv[0] is the command). */
static int parse(pd_options *opts, char **words) {
  int argc = 0;
  while (words[argc])
    argc++;
  pd_options_init(opts);
  return pd_options_parse(opts, "test", DOC, argc, words);
}

TEST(long_short_and_attached_values) {
  pd_options o;
  char *w[] = {"test",        "--output=a.xml",
               "-j3",         "--municipality",
               "Nærøysund",   "x.txt",
               "--max-bytes", "2k",
               "-",           NULL};
  EXPECT(parse(&o, w) == 0);
  EXPECT_STR(o.output, "a.xml");
  EXPECT(o.jobs == 3);
  EXPECT_STR(o.meta.municipality, "naeroysund");
  EXPECT(o.limits.max_bytes == 2048);
  EXPECT(o.nargs == 2);
  if (o.nargs == 2) {
    EXPECT_STR(o.args[0], "x.txt");
    EXPECT_STR(o.args[1], "-");
  }
  pd_options_free(&o);
}

TEST(double_dash_ends_options) {
  pd_options o;
  char *w[] = {"test", "-o", "out", "--", "-x.txt", "--quiet", NULL};
  EXPECT(parse(&o, w) == 0);
  EXPECT(o.nargs == 2 && !o.quiet);
  pd_options_free(&o);
}

TEST(bad_options_are_usage_errors) {
  pd_options o;
  char *unknown[] = {"test", "--bogus", NULL};
  EXPECT(parse(&o, unknown) == PD_EXIT_USAGE);
  pd_options_free(&o);
  char *not_here[] = {"test", "--lang", "en", NULL}; /* a real option this command lacks */
  EXPECT(parse(&o, not_here) == PD_EXIT_USAGE);
  pd_options_free(&o);
  char *missing[] = {"test", "-o", NULL};
  EXPECT(parse(&o, missing) == PD_EXIT_USAGE);
  pd_options_free(&o);
  char *year[] = {"test", "--year", "99999999999", NULL};
  EXPECT(parse(&o, year) == PD_EXIT_USAGE);
  pd_options_free(&o);
  char *flag_value[] = {"test", "--quiet=yes", NULL};
  EXPECT(parse(&o, flag_value) == PD_EXIT_USAGE);
  pd_options_free(&o);
  char *jobs[] = {"test", "-j", "0", NULL};
  EXPECT(parse(&o, jobs) == PD_EXIT_USAGE);
  pd_options_free(&o);
  char *empty_id[] = {"test", "--municipality", " - ", NULL};
  EXPECT(parse(&o, empty_id) == PD_EXIT_USAGE);
  pd_options_free(&o);
}

TEST(defaults_travel_in_the_struct) {
  pd_options o;
  char *w[] = {"test", NULL};
  EXPECT(parse(&o, w) == 0);
  EXPECT(o.limits.max_bytes == PD_DEFAULT_MAX_BYTES);
  EXPECT(o.limits.max_gzip_ratio == PD_DEFAULT_GZIP_RATIO);
  EXPECT(o.max_memory == PD_DEFAULT_MAX_MEMORY);
  EXPECT_STR(o.lang, "nb");
  EXPECT(o.output == NULL && o.jobs == 0);
  pd_options_free(&o);
}

TEST(every_command_lists_known_options_once) {
  const pd_command *all[] = {&pd_command_read,     &pd_command_normalise,  &pd_command_compare,
                             &pd_command_render,   &pd_command_run,        &pd_command_export,
                             &pd_command_evaluate, &pd_command_candidates, &pd_command_kwic};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    EXPECT(pd_options_check(all[i]->options) == 0);
  static const pd_option_use twice[] = {
      {PD_OPT_QUIET, NULL, NULL}, {PD_OPT_QUIET, NULL, NULL}, {PD_OPT_END, NULL, NULL}};
  EXPECT(pd_options_check(twice) == -1);
}

TEST(sizes) {
  size_t v = 0;
  EXPECT(pd_parse_size("500M", &v) == 0 && v == 500u * 1024 * 1024);
  EXPECT(pd_parse_size("0", &v) == -1);
  EXPECT(pd_parse_size("-5", &v) == -1);
  EXPECT(pd_parse_size("5T", &v) == -1);
  EXPECT(pd_parse_size("", &v) == -1);
}

TEST(one_rule_for_a_missing_municipality) {
  char *id = pd_municipality_fallback("some/where/Larvik plan.2024.txt.gz");
  EXPECT_STR(id, "larvik-plan-2024");
  free(id);
  id = pd_municipality_fallback("-");
  EXPECT_STR(id, "unknown");
  free(id);
  id = pd_municipality_fallback("dir/.txt");
  EXPECT_STR(id, "txt");
  free(id);
  id = pd_municipality_id(" Lar vik ");
  EXPECT_STR(id, "lar-vik");
  free(id);
  EXPECT(pd_municipality_id("--") == NULL);
  EXPECT(pd_year_parse("2024") == 2024);
  EXPECT(pd_year_parse("99999999999") == -1);
  EXPECT(pd_year_parse("abc") == -1);
  EXPECT(pd_year_parse("1899") == -1);
  EXPECT(pd_document_stem("plan.txt.gz") == 4);
}

int main(void) {
  RUN(long_short_and_attached_values);
  RUN(double_dash_ends_options);
  RUN(bad_options_are_usage_errors);
  RUN(defaults_travel_in_the_struct);
  RUN(every_command_lists_known_options_once);
  RUN(sizes);
  RUN(one_rule_for_a_missing_municipality);
  return harness_done();
}
