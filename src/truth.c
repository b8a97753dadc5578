/* truth.c — read and check a truth TSV, and group its rows into facts.
 *
 * Every problem is reported with the row's line, and reading goes on, so
 * a coder sees all of them in one run; a truth with problems is not used
 * at all (a score against half a coding would mislead). */
#include "truth.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "plan.h"

const char *const PD_TRUTH_COLUMNS[] = {"municipality", "file",    "kind",        "key", "name",
                                        "level",        "status",  "responsible", "use", "line",
                                        "end_line",     "verdict", "note",        NULL};
enum {
  C_MUNICIPALITY,
  C_FILE,
  C_KIND,
  C_KEY,
  C_NAME,
  C_LEVEL,
  C_STATUS,
  C_RESPONSIBLE,
  C_USE,
  C_LINE,
  C_END_LINE,
  C_VERDICT,
  C_NOTE,
  NCOLUMNS
};

static const char *const KIND_NAMES[PD_TRUTH_KINDS] = {"programme",   "local", "goal",
                                                       "requirement", "law",   "model"};
static const char *const VERDICT_NAMES[] = {"found", "missing", "not-yet"};
static const char *const GOAL_KEYS[] = {"vision", "goal", "subgoal", "strategy", NULL};
static const char *const REQUIREMENT_KEYS[] = {"goals", "organisation", "division", "cooperation",
                                               NULL};

const char *pd_truth_kind_name(pd_truth_kind kind) {
  return kind < PD_TRUTH_KINDS ? KIND_NAMES[kind] : "?";
}

const char *pd_truth_verdict_name(pd_truth_verdict v) {
  return v >= PD_VERDICT_FOUND && v <= PD_VERDICT_NOT_YET ? VERDICT_NAMES[v] : "";
}

const char *pd_truth_basename(const char *path) {
  const char *slash = path ? strrchr(path, '/') : NULL;
  return slash ? slash + 1 : path ? path : "";
}

static int S_in(const char *s, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (strcmp(s, list[i]) == 0)
      return 1;
  return 0;
}

/* A reader's state: the file's name for messages and the problems so far. */
typedef struct reader {
  const char *path;
  const pd_thesaurus *th;
  int problems;
} reader;

static void S_problem(reader *r, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void S_problem(reader *r, unsigned long line, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  pd_error(r->path, (long)line, "%s", msg);
  r->problems++;
}

/* A line number: digits only, at least 1. 0 when empty; -1 when bad. */
static long S_number(const char *s) {
  if (!*s)
    return 0;
  for (const char *p = s; *p; p++)
    if (*p < '0' || *p > '9')
      return -1;
  errno = 0;
  long v = strtol(s, NULL, 10);
  return errno || v < 1 ? -1 : v;
}

/* Checks each SEP-separated part of VALUE against the thesaurus entries of
 * KIND (their value), and adds the good ones to SET when SET is given. */
static void S_ids(reader *r, unsigned long line, const char *value, char sep, pd_kind kind,
                  const char *column, pd_set *set) {
  const char *p = value;
  while (*p) {
    const char *end = strchr(p, sep);
    size_t len = end ? (size_t)(end - p) : strlen(p);
    char *part = pd_xstrndup(p, len);
    int known = 0;
    for (size_t i = 0; i < r->th->count && !known; i++) {
      const pd_entry *e = &r->th->entries[i];
      known = e->kind == kind && strcmp(e->value ? e->value : e->id, part) == 0;
    }
    if (!known)
      S_problem(r, line, "%s '%s' is not a thesaurus %s id", column, part, pd_kind_name(kind));
    else if (set)
      pd_set_add(set, part);
    free(part);
    p = end ? end + 1 : p + len;
  }
}

static void S_list(const char *value, pd_set *set) {
  const char *p = value;
  while (*p) {
    const char *end = strchr(p, ';');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if (len) {
      char *part = pd_xstrndup(p, len);
      pd_set_add(set, part);
      free(part);
    }
    p = end ? end + 1 : p + len;
  }
}

static pd_truth_fact *S_find(pd_truth *t, pd_truth_kind kind, const char *file, const char *key,
                             const char *name) {
  for (size_t i = 0; i < t->n; i++) {
    pd_truth_fact *f = &t->facts[i];
    if (f->kind == kind && strcmp(f->file, file) == 0 && strcmp(f->key, key) == 0 &&
        (kind != PD_TRUTH_GOAL || strcmp(f->name, name) == 0))
      return f;
  }
  return NULL;
}

static pd_truth_fact *S_new_fact(pd_truth *t, pd_truth_kind kind, char **cols) {
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 64;
    t->facts = pd_xrealloc(t->facts, t->cap * sizeof *t->facts);
  }
  pd_truth_fact *f = &t->facts[t->n++];
  memset(f, 0, sizeof *f);
  f->kind = kind;
  f->municipality = pd_xstrdup(cols[C_MUNICIPALITY]);
  f->file = pd_xstrdup(cols[C_FILE]);
  f->key = pd_xstrdup(cols[C_KEY]);
  f->name = pd_xstrdup(cols[C_NAME]);
  f->use = -1;
  f->verdict = PD_VERDICT_NONE;
  f->uncertain = 1;
  return f;
}

/* One data row, split into NCOLUMNS fields (missing trailing fields are
 * empty). Checks it and adds it to its fact. */
static void S_row(reader *r, pd_truth *t, char **cols, unsigned long line) {
  int before = r->problems;
  int kind = -1;
  for (int k = 0; k < PD_TRUTH_KINDS; k++)
    if (strcmp(cols[C_KIND], KIND_NAMES[k]) == 0)
      kind = k;
  if (kind < 0) {
    S_problem(r, line, "kind '%s' is not programme, local, goal, requirement, law or model",
              cols[C_KIND]);
    return;
  }
  static const int required[] = {C_MUNICIPALITY, C_FILE, C_KEY};
  for (size_t i = 0; i < sizeof required / sizeof *required; i++)
    if (!*cols[required[i]])
      S_problem(r, line, "the %s column is empty", PD_TRUTH_COLUMNS[required[i]]);
  if (strchr(cols[C_FILE], '/'))
    S_problem(r, line, "file '%s' names folders; give the file name only", cols[C_FILE]);
  int measure = kind == PD_TRUTH_PROGRAMME || kind == PD_TRUTH_LOCAL;
  if (!measure) {
    static const int only[] = {C_LEVEL, C_STATUS, C_RESPONSIBLE, C_USE};
    for (size_t i = 0; i < sizeof only / sizeof *only; i++)
      if (*cols[only[i]])
        S_problem(r, line, "the %s column is for measures only", PD_TRUTH_COLUMNS[only[i]]);
  }
  if (kind == PD_TRUTH_PROGRAMME && *cols[C_KEY] &&
      !pd_thesaurus_find(r->th, PD_KIND_PROGRAMME, cols[C_KEY]))
    S_problem(r, line, "programme '%s' is not in the thesaurus (code it as local)", cols[C_KEY]);
  if (kind == PD_TRUTH_MODEL && *cols[C_KEY] &&
      !pd_thesaurus_find(r->th, PD_KIND_MODEL, cols[C_KEY]))
    S_problem(r, line, "model '%s' is not a thesaurus cooperation model", cols[C_KEY]);
  if (kind == PD_TRUTH_GOAL && !S_in(cols[C_KEY], GOAL_KEYS))
    S_problem(r, line, "goal key '%s' is not vision, goal, subgoal or strategy", cols[C_KEY]);
  if (kind == PD_TRUTH_REQUIREMENT && !S_in(cols[C_KEY], REQUIREMENT_KEYS))
    S_problem(r, line, "requirement '%s' is not goals, organisation, division or cooperation",
              cols[C_KEY]);
  int verdict = PD_VERDICT_NONE;
  for (int v = 0; v < 3; v++)
    if (strcmp(cols[C_VERDICT], VERDICT_NAMES[v]) == 0)
      verdict = v;
  if (kind == PD_TRUTH_REQUIREMENT && verdict == PD_VERDICT_NONE)
    S_problem(r, line, "verdict '%s' is not found, missing or not-yet", cols[C_VERDICT]);
  if (kind != PD_TRUTH_REQUIREMENT && *cols[C_VERDICT])
    S_problem(r, line, "the verdict column is for requirements only");
  long first = S_number(cols[C_LINE]), last = S_number(cols[C_END_LINE]);
  if (first < 0)
    S_problem(r, line, "line '%s' is not a line number", cols[C_LINE]);
  if (first == 0 && !(kind == PD_TRUTH_REQUIREMENT && verdict != PD_VERDICT_FOUND))
    S_problem(r, line, "the line column is empty");
  if (last < 0 || (last > 0 && last < first))
    S_problem(r, line, "end_line '%s' is not a line number at or after line", cols[C_END_LINE]);
  int use = -1;
  if (*cols[C_USE] && (use = pd_use_parse(cols[C_USE])) < 0)
    S_problem(r, line, "use '%s' is not runs, planned, example or literature", cols[C_USE]);
  pd_set levels = PD_SET_INIT, statuses = PD_SET_INIT;
  S_ids(r, line, cols[C_LEVEL], ';', PD_KIND_LEVEL, "level", &levels);
  S_ids(r, line, cols[C_STATUS], '|', PD_KIND_STATUS, "status", &statuses);
  if (r->problems > before) {
    pd_set_free(&levels);
    pd_set_free(&statuses);
    return;
  }
  int borderline = strstr(cols[C_NOTE], "borderline") != NULL;
  pd_truth_fact *f = S_find(t, (pd_truth_kind)kind, cols[C_FILE], cols[C_KEY], cols[C_NAME]);
  if (!f)
    f = S_new_fact(t, (pd_truth_kind)kind, cols);
  if (kind == PD_TRUTH_REQUIREMENT && f->verdict != PD_VERDICT_NONE && f->verdict != verdict) {
    S_problem(r, line, "verdict '%s' differs from an earlier row of the same requirement",
              cols[C_VERDICT]);
  } else {
    f->verdict = (pd_truth_verdict)verdict;
  }
  f->places = pd_xrealloc(f->places, (f->nplaces + 1) * sizeof *f->places);
  pd_truth_place *p = &f->places[f->nplaces++];
  p->line = (unsigned long)first;
  p->end_line = last > 0 ? (unsigned long)last : (unsigned long)first;
  p->row = line;
  p->name = pd_xstrdup(cols[C_NAME]);
  p->borderline = borderline;
  if (!borderline) {
    f->uncertain = 0;
    for (size_t i = 0; i < levels.n; i++)
      pd_set_add(&f->levels, levels.v[i]);
    for (size_t i = 0; i < statuses.n; i++)
      pd_set_add(&f->statuses, statuses.v[i]);
    S_list(cols[C_RESPONSIBLE], &f->responsible);
    if (use > f->use)
      f->use = use;
  }
  pd_set_free(&levels);
  pd_set_free(&statuses);
}

/* Splits LINE (modified) at tabs into COLS; returns the number of fields. */
static size_t S_split(char *line, char **cols, size_t max) {
  size_t n = 0;
  char *p = line;
  while (n < max) {
    cols[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab)
      return n;
    *tab = '\0';
    p = tab + 1;
  }
  return n + 1; /* more fields than MAX */
}

static void S_parse(reader *r, pd_truth *t, char *text) {
  int header = 0;
  unsigned long line = 0;
  char *next = text;
  while (next && *next) {
    char *s = next;
    char *nl = strchr(s, '\n');
    next = nl ? nl + 1 : NULL;
    if (nl)
      *nl = '\0';
    line++;
    if (*s == '#' || *s == '\0')
      continue;
    char *cols[NCOLUMNS + 1];
    size_t n = S_split(s, cols, NCOLUMNS);
    if (!header) {
      header = 1;
      int ok = n == NCOLUMNS;
      for (size_t i = 0; ok && i < NCOLUMNS; i++)
        ok = strcmp(cols[i], PD_TRUTH_COLUMNS[i]) == 0;
      if (!ok)
        S_problem(r, line,
                  "the header must be the columns municipality file kind key name level status "
                  "responsible use line end_line verdict note (tab-separated, in this order)");
      continue;
    }
    if (n > NCOLUMNS) {
      S_problem(r, line, "more than %d tab-separated fields", NCOLUMNS);
      continue;
    }
    for (size_t i = n; i < NCOLUMNS; i++)
      cols[i] = "";
    t->rows++;
    S_row(r, t, cols, line);
  }
  if (!header)
    S_problem(r, line, "no header row");
}

int pd_truth_load(const char *path, const pd_limits *limits, const pd_thesaurus *th,
                  pd_truth *out) {
  memset(out, 0, sizeof *out);
  pd_text text;
  if (pd_text_load(path, limits, &text) != 0)
    return 1;
  reader r = {path, th, 0};
  out->path = pd_xstrdup(path);
  S_parse(&r, out, text.data);
  pd_text_free(&text);
  for (size_t i = 0; i < out->n; i++) {
    pd_set_finish(&out->facts[i].levels);
    pd_set_finish(&out->facts[i].statuses);
    pd_set_finish(&out->facts[i].responsible);
  }
  if (r.problems)
    pd_truth_free(out);
  return r.problems;
}

void pd_truth_free(pd_truth *t) {
  for (size_t i = 0; i < t->n; i++) {
    pd_truth_fact *f = &t->facts[i];
    free(f->municipality);
    free(f->file);
    free(f->key);
    free(f->name);
    for (size_t k = 0; k < f->nplaces; k++)
      free(f->places[k].name);
    free(f->places);
    pd_set_free(&f->levels);
    pd_set_free(&f->statuses);
    pd_set_free(&f->responsible);
  }
  free(t->facts);
  free(t->path);
  memset(t, 0, sizeof *t);
}
