/* qdpx.c — a REFI-QDA project (.qdpx) of plans: project.qde written with
 * libxml2, the archive with libzip in memory, the file by outfile.c
 * (qdpx.h). */
#include "qdpx.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zip.h>

#include "diag.h"
#include "plan.h"
#include "plan_xml.h"
#include "sha256.h"

/* --- finding a fact's span in its source text ------------------------- */

typedef struct source {
  const char *file; /* as the plan names it */
  pd_text text;
  size_t *line_start; /* byte offset of each line, [0] = line 1 */
  size_t nlines;
  char guid[37];
  xmlNodePtr node;
} source;

static int S_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int S_markup(char c) { return c == '*' || c == '_' || c == '[' || c == ']' || c == '`'; }

/* Matches QUOTE (LEN bytes) at TEXT[i..end). The quote is the plan's words
 * on one line, as extraction cleaned them, so the text may differ from it
 * in the ways extraction cleans: a run of white space or hyphens in the
 * quote stands for a run of white space, hyphens or markup in the text
 * (line wraps, "SLT-koordinator"); Markdown markup (* _ [ ] `) in the text
 * is skipped; a word hyphenated across a line break is joined. Returns the
 * end of the match, or 0. */
static size_t S_match_at(const char *text, size_t i, size_t end, const char *quote, size_t len) {
  size_t q = 0;
  while (q < len) {
    if (i >= end)
      return 0;
    if (S_space(quote[q]) || quote[q] == '-') {
      if (!S_space(text[i]) && text[i] != '-')
        return 0;
      while (q < len && (S_space(quote[q]) || quote[q] == '-'))
        q++;
      while (i < end && (S_space(text[i]) || text[i] == '-' || S_markup(text[i])))
        i++;
    } else if (quote[q] == text[i]) {
      q++;
      i++;
    } else if (S_markup(text[i])) {
      i++;
    } else if (text[i] == '-' && i + 1 < end && S_space(text[i + 1])) {
      size_t j = i + 1;
      while (j < end && S_space(text[j]) && text[j] != '\n')
        j++;
      if (j >= end || text[j] != '\n')
        return 0;
      i = j + 1;
      while (i < end && S_space(text[i]))
        i++;
    } else {
      return 0;
    }
  }
  return i;
}

/* The byte span of PROV's quote on its lines of SRC; 0 when it is not
 * there. A quote cut with "…" is matched up to the cut. */
static int S_find(const source *src, const pd_prov *prov, size_t *start, size_t *end) {
  if (!prov->quote || !prov->line || prov->line > src->nlines)
    return 0;
  size_t len = strlen(prov->quote);
  static const char ellipsis[] = "\xE2\x80\xA6";
  if (len >= 3 && memcmp(prov->quote + len - 3, ellipsis, 3) == 0)
    len -= 3;
  while (len && S_space(prov->quote[len - 1]))
    len--;
  size_t lead = 0;
  while (lead < len && S_space(prov->quote[lead]))
    lead++;
  if (lead == len)
    return 0;
  unsigned long last = prov->end_line > prov->line ? prov->end_line : prov->line;
  size_t from = src->line_start[prov->line - 1];
  /* the quote starts on its lines; it may run on past a line end that the
   * provenance does not count (a table cell wrapped in the text) */
  for (unsigned long slack = 0; slack <= 3; slack += 3) {
    unsigned long l = last + slack;
    size_t to = l < src->nlines ? src->line_start[l] : src->text.len;
    size_t stop = last < src->nlines ? src->line_start[last] : src->text.len;
    for (size_t i = from; i < stop; i++) {
      if (S_space(src->text.data[i]) || S_markup(src->text.data[i]))
        continue;
      size_t e = S_match_at(src->text.data, i, to, prov->quote + lead, len - lead);
      if (e) {
        *start = i;
        *end = e;
        return 1;
      }
    }
  }
  return 0;
}

/* Characters (code points) in the first OFF bytes of SRC's text. */
static size_t S_chars(const source *src, size_t off) {
  size_t n = 0;
  for (size_t i = 0; i < off; i++)
    n += ((unsigned char)src->text.data[i] & 0xC0) != 0x80;
  return n;
}

/* --- codings ----------------------------------------------------------- */

typedef struct coding {
  size_t start, end; /* bytes */
  char code[37];
  pd_evidence evidence;
  const pd_prov *where;
  const char *label;
} coding;

typedef struct codings {
  coding *v;
  size_t n, cap;
} codings;

static int S_by_span(const void *a, const void *b) {
  const coding *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return strcmp(x->code, y->code);
}

typedef struct project {
  const pd_thesaurus *th;
  source *sources;
  size_t nsources, capsources;
  pd_qdpx_stats *stats;
  char user[37];
} project;

/* The source of FILE, or NULL when it was not loaded. */
static source *S_source(project *p, const char *file) {
  for (size_t i = 0; i < p->nsources; i++)
    if (file && strcmp(p->sources[i].file, file) == 0)
      return &p->sources[i];
  return NULL;
}

static void S_add(project *p, codings *cs, const pd_prov *where, const char *code,
                  const char *label) {
  source *src = S_source(p, where->file);
  if (!src)
    return;
  size_t start, end;
  if (!S_find(src, where, &start, &end)) {
    p->stats->unplaced++;
    return;
  }
  if (cs->n == cs->cap) {
    cs->cap = cs->cap ? 2 * cs->cap : 64;
    cs->v = pd_xrealloc(cs->v, cs->cap * sizeof *cs->v);
  }
  coding *c = &cs->v[cs->n++];
  c->start = start;
  c->end = end;
  snprintf(c->code, sizeof c->code, "%s", code);
  c->evidence = where->evidence;
  c->where = where;
  c->label = label;
}

/* The code of thesaurus entry ID, trying KIND first, then any kind. */
static int S_code_of(const pd_thesaurus *th, pd_kind kind, const char *id, char out[37]) {
  if (!id)
    return 0;
  const pd_entry *e = pd_thesaurus_find(th, kind, id);
  for (int k = 0; !e && k < PD_KIND_COUNT; k++)
    e = pd_thesaurus_find(th, (pd_kind)k, id);
  if (!e)
    return 0;
  pd_qda_code_guid(e->kind, e->id, out);
  return 1;
}

/* A value's code: a level or status is looked up by its value. */
static int S_value_code(const pd_thesaurus *th, pd_kind kind, const char *value, char out[37]) {
  for (size_t i = 0; value && i < th->count; i++) {
    const pd_entry *e = &th->entries[i];
    if (e->kind == kind &&
        ((e->value && strcmp(e->value, value) == 0) || strcmp(e->id, value) == 0)) {
      pd_qda_code_guid(kind, e->id, out);
      return 1;
    }
  }
  return 0;
}

static void S_plan_codings(project *p, const pd_plan *plan, codings *cs) {
  char code[37];
  for (size_t i = 0; i < plan->nmeasures; i++) {
    const pd_measure *m = &plan->measures[i];
    const char *label = m->name ? m->name : m->ref;
    if (m->ref ? S_code_of(p->th, PD_KIND_PROGRAMME, m->ref, code) : (pd_qda_local_guid(code), 1))
      for (size_t k = 0; k < m->mentions.n; k++)
        S_add(p, cs, &m->mentions.v[k].where, code, label);
    for (size_t k = 0; k < m->levels.n; k++)
      if (S_value_code(p->th, PD_KIND_LEVEL, m->levels.v[k].value, code))
        S_add(p, cs, &m->levels.v[k].where, code, m->levels.v[k].value);
    for (size_t k = 0; k < m->status.n; k++)
      if (S_value_code(p->th, PD_KIND_STATUS, m->status.v[k].value, code))
        S_add(p, cs, &m->status.v[k].where, code, m->status.v[k].value);
  }
  for (size_t i = 0; i < plan->nmodels; i++) {
    const pd_model *m = &plan->models[i];
    if (S_code_of(p->th, PD_KIND_MODEL, m->ref, code))
      for (size_t k = 0; k < m->mentions.n; k++)
        S_add(p, cs, &m->mentions.v[k].where, code, m->name ? m->name : m->ref);
  }
}

/* --- project.qde ----------------------------------------------------- */

/* The note's words for evidence E: its strength, the weak as reports say it. */
static const char *S_evidence_note(pd_evidence e) {
  const char *strength = pd_evidence_strength(e);
  return !*strength ? "mention" : strcmp(strength, "weak") == 0 ? "weak (usikkert)" : strength;
}

static void S_note_guid(pd_evidence e, char out[37]) {
  pd_qda_guid("note", e == PD_EV_NONE ? "mention" : pd_evidence_name(e), out);
}

static void S_selections(project *p, source *src, codings *cs) {
  if (cs->n > 1)
    qsort(cs->v, cs->n, sizeof *cs->v, S_by_span);
  xmlNsPtr ns = src->node->ns;
  for (size_t i = 0; i < cs->n; i++) {
    const coding *c = &cs->v[i];
    if (i && S_by_span(c, &cs->v[i - 1]) == 0)
      continue; /* the same code on the same words, found twice */
    size_t a = S_chars(src, c->start), b = S_chars(src, c->end);
    char key[256], guid[37], a_s[32], b_s[32];
    snprintf(key, sizeof key, "%s:%zu:%zu:%s", src->guid, a, b, c->code);
    pd_qda_guid("selection", key, guid);
    snprintf(a_s, sizeof a_s, "%zu", a);
    snprintf(b_s, sizeof b_s, "%zu", b);
    xmlNodePtr sel = xmlNewChild(src->node, ns, BAD_CAST "PlainTextSelection", NULL);
    xmlSetProp(sel, BAD_CAST "guid", BAD_CAST guid);
    xmlSetProp(sel, BAD_CAST "name", BAD_CAST(c->label ? c->label : ""));
    xmlSetProp(sel, BAD_CAST "startPosition", BAD_CAST a_s);
    xmlSetProp(sel, BAD_CAST "endPosition", BAD_CAST b_s);
    xmlSetProp(sel, BAD_CAST "creatingUser", BAD_CAST p->user);
    pd_buf d = PD_BUF_INIT;
    pd_buf_printf(&d, "%s:%lu", c->where->file, c->where->line);
    if (c->where->page)
      pd_buf_printf(&d, " (page %lu)", c->where->page);
    pd_buf_printf(&d, "; evidence: %s, %s; quote: %s",
                  c->evidence == PD_EV_NONE ? "mention" : pd_evidence_name(c->evidence),
                  S_evidence_note(c->evidence), c->where->quote);
    xmlNewTextChild(sel, ns, BAD_CAST "Description", BAD_CAST pd_buf_cstr(&d));
    pd_buf_free(&d);
    xmlNodePtr cod = xmlNewChild(sel, ns, BAD_CAST "Coding", NULL);
    snprintf(key, sizeof key, "%s", guid);
    pd_qda_guid("coding", key, guid);
    xmlSetProp(cod, BAD_CAST "guid", BAD_CAST guid);
    xmlSetProp(cod, BAD_CAST "creatingUser", BAD_CAST p->user);
    xmlSetProp(xmlNewChild(cod, ns, BAD_CAST "CodeRef", NULL), BAD_CAST "targetGUID",
               BAD_CAST c->code);
    S_note_guid(c->evidence, guid);
    xmlSetProp(xmlNewChild(cod, ns, BAD_CAST "NoteRef", NULL), BAD_CAST "targetGUID",
               BAD_CAST guid);
    p->stats->codings++;
  }
}

/* Loads the text of FILE as source number p->nsources; -1 after reporting. */
static int S_load_source(project *p, const char *file, const char *plan_name,
                         const pd_limits *limits, xmlNodePtr sources) {
  if (S_source(p, file))
    return 0;
  pd_input in;
  if (pd_input_open(file, limits, &in) != 0) {
    pd_error(plan_name, 0, "its source %s cannot be read for the QDPX export", file);
    return -1;
  }
  if (in.format != PD_FORMAT_TEXT) {
    pd_error(file, 0, "a %s source cannot be exported to QDPX yet (plain text and Markdown only)",
             pd_format_name(in.format));
    pd_input_close(&in);
    return -1;
  }
  if (p->nsources == p->capsources) {
    p->capsources = p->capsources ? 2 * p->capsources : 16;
    p->sources = pd_xrealloc(p->sources, p->capsources * sizeof *p->sources);
  }
  source *src = &p->sources[p->nsources++];
  memset(src, 0, sizeof *src);
  src->file = file;
  pd_text_decode(file, pd_buf_cstr(&in.bytes), in.bytes.len, &src->text);
  pd_input_close(&in);
  size_t cap = 64;
  src->line_start = pd_xmalloc(cap * sizeof *src->line_start);
  src->line_start[src->nlines++] = 0;
  for (size_t i = 0; i < src->text.len; i++)
    if (src->text.data[i] == '\n' && i + 1 <= src->text.len) {
      if (src->nlines == cap) {
        cap *= 2;
        src->line_start = pd_xrealloc(src->line_start, cap * sizeof *src->line_start);
      }
      src->line_start[src->nlines++] = i + 1;
    }
  char hex[PD_SHA256_HEX_SIZE];
  pd_sha256_hex(src->text.data, src->text.len, hex);
  pd_buf key = PD_BUF_INIT;
  pd_buf_printf(&key, "%s:%s", file, hex);
  pd_qda_guid("source", key.data, src->guid);
  pd_buf_free(&key);
  src->node = xmlNewChild(sources, sources->ns, BAD_CAST "TextSource", NULL);
  xmlSetProp(src->node, BAD_CAST "guid", BAD_CAST src->guid);
  const char *base = strrchr(file, '/');
  xmlSetProp(src->node, BAD_CAST "name", BAD_CAST(base ? base + 1 : file));
  pd_buf path = PD_BUF_INIT;
  pd_buf_printf(&path, "internal://%s.txt", src->guid);
  xmlSetProp(src->node, BAD_CAST "plainTextPath", BAD_CAST path.data);
  pd_buf_free(&path);
  xmlSetProp(src->node, BAD_CAST "creatingUser", BAD_CAST p->user);
  return 0;
}

/* The project's provenance stamp, as its <Description> (after <Notes>, as
 * the schema orders them): the plandiff version, and the SHA-256 of the
 * thesaurus the plans were extracted with (each distinct one, in plan
 * order) and of the one the codebook comes from. Each source's own SHA-256
 * is in its description. */
static void S_stamp(xmlNodePtr root, xmlNsPtr ns, const pd_thesaurus *th, pd_plan *const *plans,
                    size_t n) {
  pd_buf d = PD_BUF_INIT;
  pd_buf_puts(&d, "plandiff " PLANDIFF_VERSION "; plans extracted with thesaurus SHA-256:");
  size_t shown = 0;
  for (size_t i = 0; i < n; i++) {
    const char *h = plans[i]->thesaurus_sha256;
    int seen = !h;
    for (size_t k = 0; k < i && !seen; k++)
      seen = plans[k]->thesaurus_sha256 && strcmp(plans[k]->thesaurus_sha256, h) == 0;
    if (!seen) {
      pd_buf_printf(&d, "%s %s", shown ? "," : "", h);
      shown++;
    }
  }
  if (!shown)
    pd_buf_puts(&d, " not recorded");
  if (th->sha256[0])
    pd_buf_printf(&d, "; codebook from thesaurus %s SHA-256: %s", th->version ? th->version : "",
                  th->sha256);
  xmlNewTextChild(root, ns, BAD_CAST "Description", BAD_CAST pd_buf_cstr(&d));
  pd_buf_free(&d);
}

static xmlDocPtr S_project(project *p, pd_plan *const *plans, char *const *names, size_t n,
                           const pd_limits *limits, int *failed) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "Project");
  xmlDocSetRootElement(doc, root);
  xmlNsPtr ns = xmlNewNs(root, BAD_CAST PD_QDA_PROJECT_NS, NULL);
  xmlSetNs(root, ns);
  xmlSetProp(root, BAD_CAST "name", BAD_CAST "plandiff");
  xmlSetProp(root, BAD_CAST "origin", BAD_CAST "plandiff " PLANDIFF_VERSION);
  xmlSetProp(root, BAD_CAST "creatingUserGUID", BAD_CAST p->user);
  xmlNodePtr user =
      xmlNewChild(xmlNewChild(root, ns, BAD_CAST "Users", NULL), ns, BAD_CAST "User", NULL);
  xmlSetProp(user, BAD_CAST "guid", BAD_CAST p->user);
  xmlSetProp(user, BAD_CAST "name", BAD_CAST "plandiff");
  pd_qda_codes(xmlNewChild(root, ns, BAD_CAST "CodeBook", NULL), ns, p->th);
  xmlNodePtr sources = xmlNewChild(root, ns, BAD_CAST "Sources", NULL);
  for (size_t i = 0; i < n; i++) {
    for (size_t d = 0; d < plans[i]->ndocuments; d++) {
      const pd_document *doc_i = &plans[i]->documents[d];
      if (S_load_source(p, doc_i->file, names[i], limits, sources) != 0) {
        *failed = 1;
        continue;
      }
      source *src = S_source(p, doc_i->file);
      pd_buf desc = PD_BUF_INIT;
      pd_buf_printf(&desc, "municipality: %s", plans[i]->municipality.id);
      if (plans[i]->municipality.kommunenummer)
        pd_buf_printf(&desc, "; kommunenummer: %s", plans[i]->municipality.kommunenummer);
      if (plans[i]->municipality.county)
        pd_buf_printf(&desc, "; county: %s", plans[i]->municipality.county);
      pd_buf_printf(&desc, "; file: %s; doc-type: %s", doc_i->file,
                    doc_i->doc_type ? doc_i->doc_type : "plan");
      if (doc_i->sha256) /* the provenance stamp: `sha256sum FILE` checks it */
        pd_buf_printf(&desc, "; sha256: %s", doc_i->sha256);
      if (!src->node->children)
        xmlNewTextChild(src->node, ns, BAD_CAST "Description", BAD_CAST desc.data);
      pd_buf_free(&desc);
    }
  }
  for (size_t s = 0; s < p->nsources; s++) {
    codings cs = {NULL, 0, 0};
    for (size_t i = 0; i < n; i++) {
      int mine = 0;
      for (size_t d = 0; d < plans[i]->ndocuments; d++)
        mine |= strcmp(plans[i]->documents[d].file, p->sources[s].file) == 0;
      if (mine)
        S_plan_codings(p, plans[i], &cs);
    }
    S_selections(p, &p->sources[s], &cs);
    free(cs.v);
  }
  xmlNodePtr notes = xmlNewChild(root, ns, BAD_CAST "Notes", NULL);
  for (int e = 0; e < PD_EV_COUNT; e++) {
    char guid[37];
    S_note_guid((pd_evidence)e, guid);
    xmlNodePtr note = xmlNewChild(notes, ns, BAD_CAST "Note", NULL);
    xmlSetProp(note, BAD_CAST "guid", BAD_CAST guid);
    pd_buf name = PD_BUF_INIT;
    pd_buf_printf(&name, "plandiff evidence: %s",
                  e == PD_EV_NONE ? "mention" : pd_evidence_name((pd_evidence)e));
    xmlSetProp(note, BAD_CAST "name", BAD_CAST name.data);
    pd_buf_printf(&name, " (%s)", S_evidence_note((pd_evidence)e));
    xmlNewTextChild(note, ns, BAD_CAST "PlainTextContent", BAD_CAST name.data);
    pd_buf_free(&name);
  }
  S_stamp(root, ns, p->th, plans, n);
  p->stats->sources = p->nsources;
  return doc;
}

/* --- the archive ---------------------------------------------------------- */

static time_t S_zip_time(void) {
  const char *epoch = getenv("SOURCE_DATE_EPOCH");
  char *end = NULL;
  long long v = epoch && *epoch ? strtoll(epoch, &end, 10) : -1;
  if (end && !*end && v >= 315532800) /* ZIP times start in 1980 */
    return (time_t)v;
  return (time_t)315532800; /* 1980-01-01T00:00:00Z */
}

/* libzip writes an entry's time as the local time of the time_t given (DOS
 * time has no zone), so the same archive would differ from one time zone to
 * the next. The time_t whose local time reads as WHEN's UTC fields makes the
 * entry say WHEN in UTC, in every zone. */
static time_t S_local_for_utc(time_t when) {
  struct tm utc;
  if (!gmtime_r(&when, &utc))
    return when;
  utc.tm_isdst = -1;
  time_t t = mktime(&utc);
  return t == (time_t)-1 ? when : t;
}

static int S_zip_add(zip_t *z, const char *name, const void *data, size_t len, time_t when) {
  zip_source_t *s = zip_source_buffer(z, data, len, 0);
  zip_int64_t idx = s ? zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
  if (idx < 0) {
    if (s)
      zip_source_free(s);
    return -1;
  }
  return zip_file_set_mtime(z, (zip_uint64_t)idx, S_local_for_utc(when), 0);
}

int pd_qdpx_build(xmlDocPtr *docs, char *const *names, size_t n, const pd_thesaurus *th,
                  const pd_limits *limits, pd_buf *out, pd_qdpx_stats *stats) {
  pd_plan **plans = pd_xcalloc(n ? n : 1, sizeof(pd_plan *));
  for (size_t i = 0; i < n; i++)
    plans[i] = pd_plan_from_xml(docs[i]);
  memset(stats, 0, sizeof *stats);
  project p;
  memset(&p, 0, sizeof p);
  p.th = th;
  p.stats = stats;
  pd_qda_guid("user", "plandiff", p.user);
  int failed = 0;
  xmlDocPtr doc = S_project(&p, plans, names, n, limits, &failed);
  xmlChar *qde = NULL;
  int qlen = 0;
  xmlDocDumpFormatMemoryEnc(doc, &qde, &qlen, "UTF-8", 1);
  xmlFreeDoc(doc);

  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &err);
  zip_t *z = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &err) : NULL;
  int rc = z ? 0 : -1;
  if (z) {
    zip_source_keep(mem);
    time_t when = S_zip_time();
    rc |= S_zip_add(z, "project.qde", qde, (size_t)qlen, when);
    for (size_t i = 0; i < p.nsources; i++) {
      char name[64];
      snprintf(name, sizeof name, "sources/%s.txt", p.sources[i].guid);
      rc |= S_zip_add(z, name, p.sources[i].text.data, p.sources[i].text.len, when);
    }
    if (rc != 0 || zip_close(z) != 0) {
      pd_error(NULL, 0, "cannot build the QDPX archive: %s", zip_strerror(z));
      zip_discard(z);
      rc = -1;
    }
  }
  if (rc == 0) { /* the finished archive, out of the memory source */
    zip_stat_t st;
    if (zip_source_open(mem) == 0) {
      zip_source_stat(mem, &st);
      pd_buf_reserve(out, (size_t)st.size);
      char chunk[1 << 14];
      zip_int64_t got;
      while ((got = zip_source_read(mem, chunk, sizeof chunk)) > 0)
        pd_buf_put(out, chunk, (size_t)got);
      zip_source_close(mem);
    } else {
      rc = -1;
    }
  } else if (!z) {
    pd_error(NULL, 0, "cannot start the QDPX archive: %s", zip_error_strerror(&err));
  }
  if (mem)
    zip_source_free(mem);
  zip_error_fini(&err);
  xmlFree(qde);
  for (size_t i = 0; i < p.nsources; i++) {
    pd_text_free(&p.sources[i].text);
    free(p.sources[i].line_start);
  }
  free(p.sources);
  for (size_t i = 0; i < n; i++)
    pd_plan_free(plans[i]);
  free(plans);
  return rc != 0 || failed ? -1 : 0;
}
