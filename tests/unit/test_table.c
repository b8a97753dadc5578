/* test_table.c — TSV/CSV cells: escaping and formula neutralisation. */
#include <stdlib.h>

#include "harness.h"
#include "table.h"

/* One row of the given cells in FORMAT, as a string (static buffer). */
static const char *row(pd_table_format format, const char *a, const char *b) {
  static char text[16384];
  pd_buf out = PD_BUF_INIT;
  pd_table t;
  pd_table_init(&t, &out, format);
  pd_table_cell(&t, a);
  pd_table_cell(&t, b);
  pd_table_end_row(&t);
  snprintf(text, sizeof text, "%s", pd_buf_cstr(&out));
  pd_buf_free(&out);
  return text;
}

TEST(tsv_escapes) {
  EXPECT_STR(row(PD_TABLE_TSV, "a\tb", "c\nd\\e\rf"), "a\\tb\tc\\nd\\\\e\\rf\n");
  EXPECT_STR(row(PD_TABLE_TSV, NULL, ""), "\t\n");
}

TEST(tsv_quotes_a_value_with_quotes) {
  EXPECT_STR(row(PD_TABLE_TSV, "\"Barnas stemme\"", "say \"hi\"\tnow"),
             "\"\"\"Barnas stemme\"\"\"\t\"say \"\"hi\"\"\\tnow\"\n");
  EXPECT_STR(row(PD_TABLE_TSV, "=\"x\"", "plain"), "\"'=\"\"x\"\"\"\tplain\n");
}

TEST(csv_quotes_only_when_needed) {
  EXPECT_STR(row(PD_TABLE_CSV, "plain", "a,b"), "plain,\"a,b\"\r\n");
  EXPECT_STR(row(PD_TABLE_CSV, "say \"hi\"", "x\ny"), "\"say \"\"hi\"\"\",\"x\ny\"\r\n");
  EXPECT_STR(row(PD_TABLE_CSV, "\"", "tab\tonly"), "\"\"\"\",tab\tonly\r\n");
}

TEST(formulas_are_neutralised) {
  EXPECT_STR(row(PD_TABLE_TSV, "=1+1", "+47"), "'=1+1\t'+47\n");
  EXPECT_STR(row(PD_TABLE_TSV, "-x", "@SUM(A1)"), "'-x\t'@SUM(A1)\n");
  EXPECT_STR(row(PD_TABLE_TSV, "\tx", "\ry"), "'\\tx\t'\\ry\n");
  EXPECT_STR(row(PD_TABLE_CSV, "=cmd|' /C calc'!A0", "=HYPERLINK(\"u\",\"v\")"),
             "'=cmd|' /C calc'!A0,\"'=HYPERLINK(\"\"u\"\",\"\"v\"\")\"\r\n");
  EXPECT_STR(row(PD_TABLE_CSV, "a=b", "x-y"), "a=b,x-y\r\n");
}

TEST(long_values_are_escaped_whole) {
  char *q = malloc(3001), *b = malloc(3001);
  memset(q, '"', 3000);
  memset(b, '\\', 3000);
  q[3000] = b[3000] = '\0';
  pd_buf out = PD_BUF_INIT;
  pd_table t;
  pd_table_init(&t, &out, PD_TABLE_CSV);
  pd_table_cell(&t, q);
  EXPECT(out.len == 6002);
  pd_buf_truncate(&out, 0);
  pd_table_init(&t, &out, PD_TABLE_TSV);
  pd_table_cell(&t, b);
  EXPECT(out.len == 6000);
  pd_buf_free(&out);
  free(q);
  free(b);
}

TEST(format_names) {
  pd_table_format f;
  EXPECT(pd_table_format_parse("csv", &f) == 0 && f == PD_TABLE_CSV);
  EXPECT(pd_table_format_parse("tsv", &f) == 0 && f == PD_TABLE_TSV);
  EXPECT(pd_table_format_parse("xlsx", &f) == -1);
  EXPECT_STR(pd_table_format_name(PD_TABLE_CSV), "csv");
}

int main(void) {
  RUN(tsv_escapes);
  RUN(tsv_quotes_a_value_with_quotes);
  RUN(csv_quotes_only_when_needed);
  RUN(formulas_are_neutralised);
  RUN(long_values_are_escaped_whole);
  RUN(format_names);
  return harness_done();
}
