/* cli_evaluate.c — `plandiff evaluate TRUTH.tsv PLAN.xml...`: plans scored
 * against a hand coding; a summary on stdout and, with -o, every score and
 * disagreement as one table. The matching rule is evaluate.h's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "evaluate.h"
#include "evaluate_checklist.h"
#include "outfile.h"
#include "table.h"
#include "thesaurus.h"
#include "truth.h"
#include "xmlio.h"

static const pd_option_use EVALUATE_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL,
     "the table of scores and disagreements ('-': standard output instead of the summary)"},
    {PD_OPT_FORMAT, NULL, "the table as TSV (default; \\t \\n \\\\ escaped) or CSV (RFC 4180)"},
    {PD_OPT_LANG, NULL, "the summary in bokmål (default) or English"},
    {PD_OPT_THESAURUS, NULL, "the thesaurus the truth's ids are checked against"},
    {PD_OPT_MAX_BYTES, NULL, "largest truth or plan read (default 256M)"},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

/* The words of the summary: bokmål, English. */
typedef struct words {
  const char *truth_file, *rows, *scored, *kind, *truth, *plan, *hits, *p, *r;
  const char *checklist, *of, *right, *verdict_right, *agreement, *values[4];
  const char *uncertain, *found, *not_found, *diffs, *missing, *spurious, *wrong, *marked;
  const char *kinds[PD_TRUTH_KINDS];
} words;

static const words NB = {
    "Fasit",
    "rader",
    "dokumenter vurdert",
    "fakta",
    "fasit",
    "plandiff",
    "treff",
    "presisjon",
    "gjenfinning",
    "§ 15-1-sjekkliste",
    "av",
    "krav riktig",
    "med riktig konklusjon",
    "Samsvar for tiltak funnet av begge",
    {"nivå", "status", "ansvarlig", "bruk"},
    "Usikre fakta (borderline, teller ikke)",
    "funnet",
    "ikke funnet",
    "Uenigheter",
    "mangler",
    "overflødige",
    "feil verdi",
    "vist som usikre",
    {"programmer", "lokale tiltak", "mål", "krav", "lovgrunnlag", "samarbeidsmodeller"}};

static const words EN = {
    "Truth",
    "rows",
    "documents scored",
    "facts",
    "truth",
    "plandiff",
    "hits",
    "precision",
    "recall",
    "§ 15-1 checklist",
    "of",
    "requirements right",
    "with the right verdict",
    "Agreement on measures both found",
    {"level", "status", "responsible", "use"},
    "Uncertain facts (borderline, not scored)",
    "found",
    "not found",
    "Disagreements",
    "missing",
    "spurious",
    "wrong value",
    "shown as uncertain",
    {"programmes", "local measures", "goals", "requirements", "legal basis", "cooperation models"}};

static void S_number(char *out, size_t size, double v) {
  if (isnan(v))
    snprintf(out, size, "NA");
  else
    snprintf(out, size, "%.3f", v);
}

static void S_score(pd_table *t, const char *kind, const char *what, const char *value) {
  const char *cells[] = {"score", kind, what, value, "", "", "", "", "", "", "", "", ""};
  pd_table_row(t, cells, 13);
}

static void S_count(pd_table *t, const char *kind, const char *what, size_t n) {
  char v[32];
  snprintf(v, sizeof v, "%zu", n);
  S_score(t, kind, what, v);
}

static void S_ratio(pd_table *t, const char *kind, const char *what, double x) {
  char v[32];
  S_number(v, sizeof v, x);
  S_score(t, kind, what, v);
}

/* Wrong values the reports show as uncertain or partly uncertain (some
 * of their facts on weak evidence). */
static size_t S_marked(const pd_eval *ev) {
  size_t n = 0;
  for (size_t i = 0; i < ev->ndiffs; i++)
    n += ev->diffs[i].problem == PD_EVAL_WRONG && ev->diffs[i].marked;
  return n;
}

/* A document scored: its file name (pd_eval_plan_doc's) and its plan's
 * municipality keys, so a disagreement row joins with the other tables. */
typedef struct scored_doc {
  char *file, *municipality, *kommunenummer, *county;
} scored_doc;

static const scored_doc *S_scored(const scored_doc *docs, size_t n, const char *file) {
  for (size_t i = 0; i < n; i++)
    if (file && strcmp(docs[i].file, file) == 0)
      return &docs[i];
  return NULL;
}

/* The table: every score, then every disagreement (pd_eval_finish order);
 * a disagreement ends with its document's municipality keys (DOCS, N). */
static void S_table(const pd_eval *ev, const scored_doc *docs, size_t n, pd_table_format format,
                    pd_buf *out) {
  pd_table t;
  pd_table_init(&t, out, format);
  static const char *const head[] = {"record",       "kind",          "what",  "value", "file",
                                     "line",         "key",           "truth", "plan",  "quote",
                                     "municipality", "kommunenummer", "county"};
  pd_table_row(&t, head, 13);
  for (int k = 0; k < PD_TRUTH_KINDS; k++) {
    const pd_eval_count *c = &ev->count[k];
    const char *kind = pd_truth_kind_name((pd_truth_kind)k);
    if (!ev->coded[k])
      continue;
    if (k == PD_TRUTH_REQUIREMENT) {
      S_count(&t, kind, "checked", c->tp + c->fn);
      S_count(&t, kind, "right", c->tp);
      S_count(&t, kind, "verdict-right", ev->verdicts_right);
      S_count(&t, kind, "wrong", c->fn);
      continue;
    }
    double p = pd_eval_precision(c->tp, c->fp, c->fn), r = pd_eval_recall(c->tp, c->fp, c->fn);
    S_count(&t, kind, "tp", c->tp);
    S_count(&t, kind, "fp", c->fp);
    S_count(&t, kind, "fn", c->fn);
    S_ratio(&t, kind, "precision", p);
    S_ratio(&t, kind, "recall", r);
    S_ratio(&t, kind, "f1", pd_eval_f1(p, r));
    S_count(&t, kind, "uncertain-found", c->uncertain_found);
    S_count(&t, kind, "uncertain-missed", c->uncertain_missed);
  }
  for (int v = 0; v < PD_VALUE_KINDS; v++) {
    const pd_eval_pairs *pr = &ev->values[v];
    const char *kind = pd_eval_value_name((pd_eval_value)v);
    S_count(&t, kind, "n", pr->n);
    S_count(&t, kind, "agree", pr->agree);
    S_ratio(&t, kind, "agreement", pr->n ? (double)pr->agree / (double)pr->n : NAN);
    S_ratio(&t, kind, "kappa",
            pd_eval_kappa((const char *const *)pr->truth, (const char *const *)pr->plan, pr->n));
  }
  S_count(&t, "values", "wrong-shown-uncertain", S_marked(ev));
  for (size_t i = 0; i < ev->ndiffs; i++) {
    const pd_eval_diff *d = &ev->diffs[i];
    char line[32];
    snprintf(line, sizeof line, "%lu", d->line);
    const scored_doc *sd = S_scored(docs, n, d->file);
    const char *cells[] = {pd_eval_problem_name(d->problem),
                           pd_truth_kind_name(d->kind),
                           d->what,
                           "",
                           d->file,
                           d->line ? line : "",
                           d->key,
                           d->truth,
                           d->plan,
                           d->quote,
                           sd ? sd->municipality : NULL,
                           sd ? sd->kommunenummer : NULL,
                           sd ? sd->county : NULL};
    pd_table_row(&t, cells, 13);
  }
}

/* Spaces that pad LABEL to WIDTH characters (not bytes: the labels hold
 * æøå). */
static int S_pad(const char *label, size_t width) {
  size_t chars = 0;
  for (const char *s = label; *s; s++)
    chars += ((unsigned char)*s & 0xC0) != 0x80;
  return chars < width ? (int)(width - chars) : 0;
}

static void S_summary(const pd_eval *ev, const pd_truth *truth, const words *w, FILE *to) {
  fprintf(to, "%s %s (%zu %s); %s: %zu.\n", w->truth_file, truth->path, truth->rows, w->rows,
          w->scored, ev->documents);
  fprintf(to, "%-20s %7s %9s %6s %10s %12s %6s\n", w->kind, w->truth, w->plan, w->hits, w->p, w->r,
          "F1");
  size_t ufound = 0, umissed = 0;
  for (int k = 0; k < PD_TRUTH_KINDS; k++) {
    const pd_eval_count *c = &ev->count[k];
    ufound += c->uncertain_found;
    umissed += c->uncertain_missed;
    if (k == PD_TRUTH_REQUIREMENT || !ev->coded[k])
      continue;
    double p = pd_eval_precision(c->tp, c->fp, c->fn), r = pd_eval_recall(c->tp, c->fp, c->fn);
    fprintf(to, "%s%*s %7zu %9zu %6zu %10.3f %12.3f %6.3f\n", w->kinds[k], S_pad(w->kinds[k], 20),
            "", c->tp + c->fn, c->tp + c->fp, c->tp, p, r, pd_eval_f1(p, r));
  }
  const pd_eval_count *req = &ev->count[PD_TRUTH_REQUIREMENT];
  if (ev->coded[PD_TRUTH_REQUIREMENT])
    fprintf(to, "%s: %zu %s %zu %s (%zu %s).\n", w->checklist, req->tp, w->of, req->tp + req->fn,
            w->right, ev->verdicts_right, w->verdict_right);
  fprintf(to, "%s:\n", w->agreement);
  for (int v = 0; v < PD_VALUE_KINDS; v++) {
    const pd_eval_pairs *pr = &ev->values[v];
    char kappa[32];
    S_number(kappa, sizeof kappa,
             pd_eval_kappa((const char *const *)pr->truth, (const char *const *)pr->plan, pr->n));
    fprintf(to, "  %s%*s n=%-4zu %5.1f %%  κ %s\n", w->values[v], S_pad(w->values[v], 12), "",
            pr->n, pr->n ? 100.0 * (double)pr->agree / (double)pr->n : 0.0, kappa);
  }
  fprintf(to, "%s: %zu %s, %zu %s.\n", w->uncertain, ufound, w->found, umissed, w->not_found);
  size_t n[3] = {0, 0, 0};
  for (size_t i = 0; i < ev->ndiffs; i++)
    n[ev->diffs[i].problem]++;
  fprintf(to, "%s: %zu (%s %zu, %s %zu, %s %zu; %zu %s).\n", w->diffs, ev->ndiffs, w->missing,
          n[PD_EVAL_MISSING], w->spurious, n[PD_EVAL_SPURIOUS], w->wrong, n[PD_EVAL_WRONG],
          S_marked(ev), w->marked);
}

/* Warns about documents the truth codes that no plan given covers. */
static void S_uncovered(const pd_truth *truth, char **files, size_t nfiles) {
  for (size_t i = 0; i < truth->n; i++) {
    const char *f = truth->facts[i].file;
    int seen = 0;
    for (size_t k = 0; k < i && !seen; k++)
      seen = strcmp(truth->facts[k].file, f) == 0;
    for (size_t k = 0; k < nfiles && !seen; k++)
      seen = strcmp(files[k], f) == 0;
    if (!seen)
      pd_warning(truth->path, (long)truth->facts[i].places[0].row,
                 "no plan given for %s; its facts are not scored", f);
  }
}

static int S_evaluate(const pd_options *opts) {
  if (opts->nargs < 2)
    return pd_usage_error("evaluate", "give a truth file and at least one plan");
  pd_table_format format = PD_TABLE_TSV;
  pd_table_format_parse(opts->format, &format); /* checked by the option table */
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  if (!th)
    return PD_EXIT_FAILED;
  pd_truth truth;
  if (pd_truth_load(opts->args[0], &opts->limits, th, &truth) != 0) {
    pd_error(opts->args[0], 0, "the truth has problems (above); nothing was scored");
    pd_thesaurus_free(th);
    return PD_EXIT_FAILED;
  }
  int rc = PD_EXIT_OK;
  pd_eval ev;
  pd_eval_init(&ev);
  scored_doc *docs = pd_xcalloc(opts->nargs, sizeof *docs);
  char **files = pd_xcalloc(opts->nargs, sizeof *files);
  size_t nfiles = 0;
  for (size_t i = 1; i < opts->nargs; i++) {
    const char *path = opts->args[i];
    xmlDocPtr doc = pd_plan_load(path, &opts->limits);
    if (!doc) {
      rc = PD_EXIT_FAILED;
      continue;
    }
    char *scored = pd_eval_plan_doc(&ev, &truth, th, doc, path);
    if (scored) {
      scored_doc *sd = &docs[nfiles];
      sd->file = files[nfiles++] = scored;
      for (xmlNodePtr m = xmlDocGetRootElement(doc)->children; m; m = m->next)
        if (pd_xml_is(m, "municipality") && !sd->municipality) {
          sd->municipality = pd_xml_attr(m, "id");
          sd->kommunenummer = pd_xml_attr(m, "kommunenummer");
          sd->county = pd_xml_attr(m, "county");
        }
    }
    xmlFreeDoc(doc);
  }
  S_uncovered(&truth, files, nfiles);
  pd_eval_finish(&ev);
  if (!ev.documents) {
    pd_error(truth.path, 0, "no plan given is of a document this truth codes; nothing scored");
    rc = PD_EXIT_FAILED;
  } else {
    int table_to_stdout = opts->output && strcmp(opts->output, "-") == 0;
    if (opts->output) {
      pd_buf table = PD_BUF_INIT;
      S_table(&ev, docs, nfiles, format, &table);
      if (pd_write_file_named(opts->output, pd_buf_cstr(&table), table.len) != 0)
        rc = PD_EXIT_FAILED;
      pd_buf_free(&table);
    }
    if (!table_to_stdout)
      S_summary(&ev, &truth, strcmp(opts->lang, "en") == 0 ? &EN : &NB, stdout);
  }
  for (size_t i = 0; i < nfiles; i++) {
    free(files[i]);
    free(docs[i].municipality);
    free(docs[i].kommunenummer);
    free(docs[i].county);
  }
  free(files);
  free(docs);
  pd_eval_free(&ev);
  pd_truth_free(&truth);
  pd_thesaurus_free(th);
  return rc;
}

const pd_command pd_command_evaluate = {
    "evaluate",
    "TRUTH.tsv PLAN.xml...",
    "plans scored against a hand coding: precision, recall, agreement (κ)",
    "Scores plans (from 'plandiff normalise' or 'run') against a hand coding of\n"
    "the same documents (format: tests/fixtures/truth/README.md): precision,\n"
    "recall and F1 for programmes, local measures, goals, legal basis and\n"
    "cooperation models; the § 15-1 checklist per document; agreement and\n"
    "Cohen's kappa on the levels, statuses, services and uses of the measures\n"
    "both found. A plan's fact matches a coded one in the same document: by id\n"
    "(programmes, models, laws), or for local measures and goals when named\n"
    "within 2 lines of a coded row with a name alike (equal, one holding the\n"
    "other, or a word starting with the same five letters). Only the kinds of\n"
    "fact the truth codes are scored; rows noted 'borderline' are counted apart.\n"
    "The summary goes to standard output; -o\n"
    "writes every score and every disagreement (missing, spurious, wrong value,\n"
    "with file and line, and its municipality keys) as one table whose first\n"
    "column says which (docs/data.md).\n",
    EVALUATE_OPTIONS,
    S_evaluate};
