/* cli_candidates.c — `plandiff candidates CORPUS...`: programme-like names
 * the thesaurus does not know, ranked, each with a quote and file:line.
 * What counts as programme-like is candidates.h's; this file reads the
 * documents and writes the table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "candidates.h"
#include "cli.h"
#include "corpus.h"
#include "diag.h"
#include "outfile.h"
#include "table.h"
#include "xmlio.h"

static const pd_option_use CANDIDATES_OPTIONS[] = {
    {PD_OPT_OUTPUT, NULL, NULL},
    {PD_OPT_FORMAT, NULL, "TSV (default; \\t \\n \\\\ escaped) or CSV (RFC 4180)"},
    {PD_OPT_THESAURUS, NULL, "the vocabulary whose names are left out (default: the bundled)"},
    {PD_OPT_MAX_BYTES, NULL, NULL},
    {PD_OPT_MAX_GZIP_RATIO, NULL, NULL},
    {PD_OPT_QUIET, NULL, NULL},
    {PD_OPT_HELP, NULL, NULL},
    {PD_OPT_END, NULL, NULL}};

enum { QUOTE_SIDE = 60 };

/* The line of byte OFFSET of a block: its sourcemap's "LINE:OFFSET" pairs
 * lead each part of the text back to its line; without one, the block's
 * own line. */
static unsigned long S_line(xmlNodePtr node, size_t offset) {
  char *line = pd_xml_attr(node, "line"), *map = pd_xml_attr(node, "sourcemap");
  unsigned long at = line ? strtoul(line, NULL, 10) : 0;
  for (const char *p = map; p && *p;) {
    char *end = NULL;
    unsigned long l = strtoul(p, &end, 10);
    if (!end || *end != ':')
      break;
    unsigned long off = strtoul(end + 1, &end, 10);
    if (off > offset)
      break;
    at = l;
    p = *end ? end + 1 : end;
  }
  free(line);
  free(map);
  return at;
}

/* Up to QUOTE_SIDE bytes of TEXT on each side of [START, END), cut on
 * characters, as one line. */
static char *S_quote(const char *text, size_t len, size_t start, size_t end) {
  size_t from = start > QUOTE_SIDE ? start - QUOTE_SIDE : 0;
  size_t to = end + QUOTE_SIDE < len ? end + QUOTE_SIDE : len;
  while (from > 0 && ((unsigned char)text[from] & 0xC0) == 0x80)
    from--;
  while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80)
    to++;
  pd_buf q = PD_BUF_INIT;
  if (from > 0)
    pd_buf_puts(&q, "…");
  for (size_t i = from; i < to; i++)
    pd_buf_putc(&q, (char)(text[i] == '\n' || text[i] == '\t' ? ' ' : text[i]));
  if (to < len)
    pd_buf_puts(&q, "…");
  pd_buf_cstr(&q);
  return pd_buf_detach(&q);
}

/* A block of text: an element with lines whose children carry none. */
static int S_block(xmlNodePtr n) {
  if (n->type != XML_ELEMENT_NODE || !xmlHasProp(n, BAD_CAST "line"))
    return 0;
  for (xmlNodePtr c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlHasProp(c, BAD_CAST "line"))
      return 0;
  return 1;
}

static void S_walk(xmlNodePtr node, const pd_thesaurus *th, const char *municipality,
                   const char *file, pd_candidates *out) {
  for (xmlNodePtr n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || pd_xml_is(n, "furniture"))
      continue;
    if (!S_block(n)) {
      S_walk(n, th, municipality, file, out);
      continue;
    }
    char *text = (char *)xmlNodeGetContent(n);
    size_t len = text ? strlen(text) : 0;
    pd_cand_hit *hits = NULL;
    size_t nh = text ? pd_candidates_scan(text, len, &hits) : 0;
    pd_match *known = NULL;
    size_t nknown = nh ? pd_matcher_find(th->matcher, text, len, &known) : 0;
    for (size_t i = 0; i < nh; i++) {
      char *name = pd_xstrndup(text + hits[i].start, hits[i].end - hits[i].start);
      if (!pd_candidate_known(th, known, nknown, &hits[i])) {
        char *quote = S_quote(text, len, hits[i].start, hits[i].end);
        pd_candidates_add(out, name, strlen(name), hits[i].kind, municipality, file,
                          S_line(n, hits[i].start), quote);
        free(quote);
      }
      free(name);
    }
    free(hits);
    free(known);
    xmlFree(text);
  }
}

static void S_table(const pd_candidates *c, pd_table_format format, pd_buf *out) {
  pd_table t;
  pd_table_init(&t, out, format);
  static const char *const head[] = {"candidate", "kind", "municipalities", "count",
                                     "where",     "file", "line",           "quote"};
  pd_table_row(&t, head, 8);
  for (size_t i = 0; i < c->n; i++) {
    const pd_candidate *cand = &c->v[i];
    char nm[32], count[32], line[32];
    snprintf(nm, sizeof nm, "%zu", cand->municipalities);
    snprintf(count, sizeof count, "%zu", cand->count);
    snprintf(line, sizeof line, "%lu", cand->first->line);
    pd_buf ids = PD_BUF_INIT;
    for (size_t k = 0; k < cand->ids.n; k++)
      pd_buf_printf(&ids, "%s%s", k ? ";" : "", cand->ids.v[k]);
    const char *cells[] = {cand->first->name,
                           pd_cand_kind_name(cand->first->kind),
                           nm,
                           count,
                           pd_buf_cstr(&ids),
                           cand->first->file,
                           line,
                           cand->first->quote};
    pd_table_row(&t, cells, 8);
    pd_buf_free(&ids);
  }
}

static int S_candidates(const pd_options *opts) {
  if (!opts->nargs)
    return pd_usage_error("candidates", "give the documents or folders of a corpus");
  pd_table_format format = PD_TABLE_TSV;
  pd_table_format_parse(opts->format, &format); /* checked by the option table */
  pd_thesaurus *th = pd_thesaurus_load(opts->thesaurus);
  if (!th)
    return PD_EXIT_FAILED;
  pd_corpus corpus = {NULL, 0, NULL, 0};
  int rc = pd_corpus_collect(&corpus, opts->args, opts->nargs) ? PD_EXIT_FAILED : PD_EXIT_OK;
  pd_candidates cands;
  memset(&cands, 0, sizeof cands);
  for (size_t i = 0; i < corpus.count; i++) {
    const char *path = corpus.paths[i];
    xmlDocPtr doc = pd_doc_read(opts, path, th->lexicon, NULL, NULL);
    if (!doc) {
      rc = PD_EXIT_FAILED;
      continue;
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    char *id = pd_xml_attr(root, "municipality");
    if (!id)
      id = pd_municipality_fallback(path);
    const char *base = strrchr(path, '/');
    S_walk(root, th, id, base ? base + 1 : path, &cands);
    free(id);
    xmlFreeDoc(doc);
  }
  pd_candidates_finish(&cands);
  pd_buf table = PD_BUF_INIT;
  S_table(&cands, format, &table);
  if (pd_write_file_named(opts->output ? opts->output : "-", pd_buf_cstr(&table), table.len) != 0)
    rc = PD_EXIT_FAILED;
  pd_buf_free(&table);
  pd_candidates_free(&cands);
  pd_corpus_free(&corpus);
  pd_thesaurus_free(th);
  return rc;
}

const pd_command pd_command_candidates = {
    "candidates",
    "CORPUS...",
    "programme-like names the thesaurus does not know, ranked (TSV)",
    "Lists names in the documents that look like programmes but that the\n"
    "thesaurus does not know: acronyms (COS-P), words ending in -modellen,\n"
    "-programmet or -metoden, names marked ® or ™, and runs of two to five\n"
    "capitalised words. Acronyms and capitalised names count from their second\n"
    "use. Ranked by how many municipalities use a name, then how often; each\n"
    "with the municipalities, the first file and line, and a quote. Columns:\n"
    "  candidate kind municipalities count where file line quote\n"
    "A researcher reviews the list and adds the real programmes to the\n"
    "thesaurus (thesaurus/README.md).\n",
    CANDIDATES_OPTIONS,
    S_candidates};
