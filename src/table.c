/* table.c — TSV and CSV cells: escaping and formula neutralisation. */
#include "table.h"

#include <string.h>

int pd_table_format_parse(const char *name, pd_table_format *format) {
  if (strcmp(name, "tsv") == 0)
    *format = PD_TABLE_TSV;
  else if (strcmp(name, "csv") == 0)
    *format = PD_TABLE_CSV;
  else
    return -1;
  return 0;
}

const char *pd_table_format_name(pd_table_format format) {
  return format == PD_TABLE_CSV ? "csv" : "tsv";
}

void pd_table_init(pd_table *t, pd_buf *out, pd_table_format format) {
  t->out = out;
  t->format = format;
  t->cells = 0;
}

/* A spreadsheet reads a cell starting with one of these as a formula (or,
 * for tab and CR, strips them and reads what follows). */
static int S_formula_start(char c) { return c && strchr("=+-@\t\r", c) != NULL; }

/* QUOTED: the value stands in double quotes, so its own are doubled. */
static void S_tsv(pd_buf *out, const char *v, int quoted) {
  const char *run = v;
  for (const char *p = v; *p; p++) {
    const char *esc = *p == '\\'            ? "\\\\"
                      : *p == '"' && quoted ? "\"\""
                      : *p == '\t'          ? "\\t"
                      : *p == '\n'          ? "\\n"
                      : *p == '\r'          ? "\\r"
                                            : NULL;
    if (!esc)
      continue;
    pd_buf_put(out, run, (size_t)(p - run));
    pd_buf_puts(out, esc);
    run = p + 1;
  }
  pd_buf_puts(out, run);
}

static void S_csv(pd_buf *out, const char *v, int neutralise) {
  int quote = strpbrk(v, ",\"\n\r") != NULL;
  if (quote)
    pd_buf_putc(out, '"');
  if (neutralise)
    pd_buf_putc(out, '\'');
  const char *run = v;
  for (const char *p = v; *p; p++)
    if (*p == '"') {
      pd_buf_put(out, run, (size_t)(p + 1 - run)); /* the quote, then its double */
      run = p;
    }
  pd_buf_puts(out, run);
  if (quote)
    pd_buf_putc(out, '"');
}

void pd_table_cell(pd_table *t, const char *value) {
  if (t->cells++ > 0)
    pd_buf_putc(t->out, t->format == PD_TABLE_CSV ? ',' : '\t');
  if (!value || !*value)
    return;
  int neutralise = S_formula_start(value[0]);
  if (t->format == PD_TABLE_CSV) {
    S_csv(t->out, value, neutralise);
    return;
  }
  /* pandas, readr and Python's csv module read a double quote at the start
   * of a TSV field as an opening quote; quoting every value that holds one
   * (its quotes doubled) makes all three read it back unchanged */
  int quoted = strchr(value, '"') != NULL;
  if (quoted)
    pd_buf_putc(t->out, '"');
  if (neutralise)
    pd_buf_putc(t->out, '\'');
  S_tsv(t->out, value, quoted);
  if (quoted)
    pd_buf_putc(t->out, '"');
}

void pd_table_end_row(pd_table *t) {
  pd_buf_puts(t->out, t->format == PD_TABLE_CSV ? "\r\n" : "\n");
  t->cells = 0;
}

void pd_table_row(pd_table *t, const char *const *cells, int n) {
  for (int i = 0; i < n; i++)
    pd_table_cell(t, cells[i]);
  pd_table_end_row(t);
}
