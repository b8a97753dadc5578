/* compare.c — plans into profiles, profiles into a comparison.
 *
 * Everything is sorted by content (ids, then file and line), so the output
 * does not depend on the order of the inputs. Pairwise work is over sorted
 * arrays (merge walks), so n municipalities cost O(n²·k) for k programmes
 * and services each, never more. */
#include "compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xmlio.h"

#ifndef PLANDIFF_VERSION
#define PLANDIFF_VERSION "0"
#endif

/* ---- small sorted string sets --------------------------------------------------- */

typedef struct set {
  char **v;
  size_t n, cap;
} set;

static int S_strcmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void S_set_add(set *s, const char *x) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 8;
    s->v = pd_xrealloc(s->v, s->cap * sizeof *s->v);
  }
  s->v[s->n++] = pd_xstrdup(x);
}

static void S_set_finish(set *s) {
  if (s->n > 1)
    qsort(s->v, s->n, sizeof *s->v, S_strcmp);
  size_t k = 0;
  for (size_t i = 0; i < s->n; i++) {
    if (k && strcmp(s->v[k - 1], s->v[i]) == 0) {
      free(s->v[i]);
      continue;
    }
    s->v[k++] = s->v[i];
  }
  s->n = k;
}

static int S_set_has(const set *s, const char *x) {
  return s->n && bsearch(&x, s->v, s->n, sizeof *s->v, S_strcmp) != NULL;
}

static void S_set_free(set *s) {
  for (size_t i = 0; i < s->n; i++)
    free(s->v[i]);
  free(s->v);
  memset(s, 0, sizeof *s);
}

/* |a ∩ b| by a merge walk; SHARED (may be NULL) gets the common words
 * joined by spaces. */
static size_t S_shared(const set *a, const set *b, pd_buf *shared) {
  size_t i = 0, j = 0, both = 0;
  while (i < a->n && j < b->n) {
    int c = strcmp(a->v[i], b->v[j]);
    if (c == 0) {
      if (shared)
        pd_buf_printf(shared, "%s%s", shared->len ? " " : "", a->v[i]);
      both++, i++, j++;
    } else if (c < 0) {
      i++;
    } else {
      j++;
    }
  }
  return both;
}

/* |a ∩ b| / |a ∪ b|; SHARED as for S_shared. */
static double S_jaccard(const set *a, const set *b, pd_buf *shared) {
  size_t both = S_shared(a, b, shared);
  size_t uni = a->n + b->n - both;
  return uni ? (double)both / (double)uni : 0.0;
}

static void S_set_minus(const set *a, const set *b, pd_buf *out) {
  for (size_t i = 0; i < a->n; i++)
    if (!S_set_has(b, a->v[i]))
      pd_buf_printf(out, "%s%s", out->len ? " " : "", a->v[i]);
}

/* ---- plan access -------------------------------------------------------------------- */

static xmlNodePtr S_child(xmlNodePtr n, const char *name) {
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST name))
      return c;
  return NULL;
}

static int S_is(xmlNodePtr n, const char *name) {
  return n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name);
}

static char *S_text(xmlNodePtr n) {
  xmlChar *v = xmlNodeGetContent(n);
  char *s = pd_xstrdup(v ? (const char *)v : "");
  xmlFree(v);
  return s;
}

typedef struct prov {
  char *file, *quote;
  unsigned long line;
} prov;

static void S_prov_read(prov *p, xmlNodePtr n) {
  p->file = pd_xml_attr(n, "file");
  p->quote = pd_xml_attr(n, "quote");
  char *l = pd_xml_attr(n, "line");
  p->line = l ? strtoul(l, NULL, 10) : 1;
  free(l);
  if (!p->file)
    p->file = pd_xstrdup("");
  if (!p->quote)
    p->quote = pd_xstrdup("");
}

static void S_prov_free(prov *p) {
  free(p->file);
  free(p->quote);
}

static void S_prov_set(xmlNodePtr n, const prov *p) {
  xmlSetProp(n, BAD_CAST "file", BAD_CAST p->file);
  pd_xml_set_int(n, "line", (long)(p->line ? p->line : 1));
  xmlSetProp(n, BAD_CAST "quote", BAD_CAST p->quote);
}

/* ---- profiles --------------------------------------------------------------------- */

enum { USE_LITERATURE, USE_EXAMPLE, USE_PLANNED, USE_RUNS };
static const char *const USES[] = {"literature", "example", "planned", "runs"};

static int S_use_rank(const char *u) {
  for (int i = 0; i < 4; i++)
    if (u && strcmp(u, USES[i]) == 0)
      return i;
  return USE_RUNS;
}

typedef struct prog {
  char *ref, *name;
  int use;
  set levels, responsible;
  char *status;
  prov where; /* first mention */
} prog;

typedef struct local {
  char *name, *key; /* key: its terms joined */
  set terms;
  set levels;
  prov where;
} local;

typedef struct goalrec {
  char *kind;
  set terms;
  prov where;
} goalrec;

typedef struct profile {
  char *id, *name, *county, *kommunenummer;
  unsigned long year;
  xmlDocPtr *docs;
  size_t ndocs;
  prog *progs;
  size_t nprogs;
  local *locals;
  size_t nlocals;
  goalrec *goals;
  size_t ngoals;
  set services, programme_refs, covered_refs, goal_terms;
  set closed;       /* programme_refs and covered_refs together, for similarity */
  size_t levels[4]; /* universell selektiv indisert none */
  size_t measures;
} profile;

static const char *const LEVELS[] = {"universell", "selektiv", "indisert"};

static prog *S_prog(profile *p, const char *ref) {
  for (size_t i = 0; i < p->nprogs; i++)
    if (strcmp(p->progs[i].ref, ref) == 0)
      return &p->progs[i];
  p->progs = pd_xrealloc(p->progs, (p->nprogs + 1) * sizeof *p->progs);
  prog *g = &p->progs[p->nprogs++];
  memset(g, 0, sizeof *g);
  g->ref = pd_xstrdup(ref);
  g->use = -1;
  return g;
}

static void S_count_levels(profile *p, const set *levels) {
  p->measures++;
  if (!levels->n)
    p->levels[3]++;
  for (int l = 0; l < 3; l++)
    if (S_set_has(levels, LEVELS[l]))
      p->levels[l]++;
}

/* The terms of TEXT as a finished set (pd_compare_terms gives them sorted
 * and unique). */
static void S_terms(const char *text, set *terms) {
  memset(terms, 0, sizeof *terms);
  terms->n = terms->cap = pd_compare_terms(text, &terms->v);
}

/* The terms of a local measure's name, and its key: the terms joined. */
static char *S_local_terms(const char *name, set *terms) {
  S_terms(name, terms);
  pd_buf key = PD_BUF_INIT;
  for (size_t i = 0; i < terms->n; i++)
    pd_buf_printf(&key, "%s%s", key.len ? " " : "", terms->v[i]);
  return pd_buf_detach(&key);
}

static void S_read_measure(profile *p, xmlNodePtr m) {
  char *ref = pd_xml_attr(m, "ref");
  set levels = {NULL, 0, 0};
  for (xmlNodePtr c = m->children; c; c = c->next)
    if (S_is(c, "level")) {
      char *v = pd_xml_attr(c, "value");
      S_set_add(&levels, v ? v : "");
      free(v);
    }
  S_set_finish(&levels);
  xmlNodePtr mention = S_child(m, "mention");
  if (ref) {
    prog *g = S_prog(p, ref);
    char *use = pd_xml_attr(m, "use");
    int rank = S_use_rank(use);
    free(use);
    if (g->use < 0) { /* the first document in profile order names it */
      xmlNodePtr name = S_child(m, "name");
      g->name = name ? S_text(name) : pd_xstrdup(ref);
      if (mention)
        S_prov_read(&g->where, mention);
      else
        g->where.file = pd_xstrdup(""), g->where.quote = pd_xstrdup(""), g->where.line = 1;
    }
    if (rank > g->use)
      g->use = rank;
    for (size_t i = 0; i < levels.n; i++)
      S_set_add(&g->levels, levels.v[i]);
    S_set_finish(&g->levels);
    for (xmlNodePtr c = m->children; c; c = c->next) {
      if (S_is(c, "responsible")) {
        char *r = pd_xml_attr(c, "ref");
        if (!r)
          r = pd_xml_attr(c, "quote");
        if (r)
          S_set_add(&g->responsible, r);
        free(r);
      } else if (S_is(c, "status") && !g->status) {
        g->status = pd_xml_attr(c, "value");
      }
    }
    S_set_finish(&g->responsible);
    free(ref);
    S_set_free(&levels);
    return;
  }
  xmlNodePtr name = S_child(m, "name");
  p->locals = pd_xrealloc(p->locals, (p->nlocals + 1) * sizeof *p->locals);
  local *l = &p->locals[p->nlocals++];
  l->name = name ? S_text(name) : pd_xstrdup("");
  l->key = S_local_terms(l->name, &l->terms);
  l->levels = levels;
  if (mention)
    S_prov_read(&l->where, mention);
  else
    l->where.file = pd_xstrdup(""), l->where.quote = pd_xstrdup(""), l->where.line = 1;
  S_count_levels(p, &l->levels);
}

static void S_build_profile(profile *p, const pd_thesaurus *th) {
  for (size_t d = 0; d < p->ndocs; d++) {
    xmlNodePtr plan = xmlDocGetRootElement(p->docs[d]);
    xmlNodePtr ms = S_child(plan, "measures");
    for (xmlNodePtr m = ms ? ms->children : NULL; m; m = m->next)
      if (S_is(m, "measure"))
        S_read_measure(p, m);
    xmlNodePtr svc = S_child(plan, "services");
    for (xmlNodePtr s = svc ? svc->children : NULL; s; s = s->next)
      if (S_is(s, "service")) {
        char *r = pd_xml_attr(s, "ref");
        if (r)
          S_set_add(&p->services, r);
        free(r);
      }
    xmlNodePtr gs = S_child(plan, "goals");
    for (xmlNodePtr g = gs ? gs->children : NULL; g; g = g->next)
      if (S_is(g, "goal")) {
        p->goals = pd_xrealloc(p->goals, (p->ngoals + 1) * sizeof *p->goals);
        goalrec *gr = &p->goals[p->ngoals++];
        memset(gr, 0, sizeof *gr);
        gr->kind = pd_xml_attr(g, "kind");
        S_prov_read(&gr->where, g);
        char *text = S_text(g);
        S_terms(text, &gr->terms);
        for (size_t i = 0; i < gr->terms.n; i++)
          S_set_add(&p->goal_terms, gr->terms.v[i]);
        free(text);
      }
  }
  S_set_finish(&p->services);
  S_set_finish(&p->goal_terms);
  for (size_t i = 0; i < p->nprogs; i++) {
    S_count_levels(p, &p->progs[i].levels);
    if (p->progs[i].use >= USE_PLANNED)
      S_set_add(&p->programme_refs, p->progs[i].ref);
  }
  S_set_finish(&p->programme_refs);
  /* Family: a programme that contains another covers it. */
  for (size_t i = 0; i < p->programme_refs.n; i++) {
    const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, p->programme_refs.v[i]);
    for (size_t k = 0; e && k < e->ncontains; k++)
      if (!S_set_has(&p->programme_refs, e->contains[k]))
        S_set_add(&p->covered_refs, e->contains[k]);
  }
  S_set_finish(&p->covered_refs);
  for (size_t i = 0; i < p->programme_refs.n; i++)
    S_set_add(&p->closed, p->programme_refs.v[i]);
  for (size_t i = 0; i < p->covered_refs.n; i++)
    S_set_add(&p->closed, p->covered_refs.v[i]);
  S_set_finish(&p->closed);
}

static const char *S_covered_by(const profile *p, const char *ref, const pd_thesaurus *th) {
  for (size_t i = 0; i < p->programme_refs.n; i++) {
    const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, p->programme_refs.v[i]);
    for (size_t k = 0; e && k < e->ncontains; k++)
      if (strcmp(e->contains[k], ref) == 0)
        return e->id;
  }
  return NULL;
}

static void S_free_profile(profile *p) {
  free(p->id);
  free(p->name);
  free(p->county);
  free(p->kommunenummer);
  for (size_t i = 0; i < p->nprogs; i++) {
    prog *g = &p->progs[i];
    free(g->ref);
    free(g->name);
    free(g->status);
    S_set_free(&g->levels);
    S_set_free(&g->responsible);
    S_prov_free(&g->where);
  }
  free(p->progs);
  for (size_t i = 0; i < p->nlocals; i++) {
    free(p->locals[i].name);
    free(p->locals[i].key);
    S_set_free(&p->locals[i].terms);
    S_set_free(&p->locals[i].levels);
    S_prov_free(&p->locals[i].where);
  }
  free(p->locals);
  for (size_t i = 0; i < p->ngoals; i++) {
    free(p->goals[i].kind);
    S_set_free(&p->goals[i].terms);
    S_prov_free(&p->goals[i].where);
  }
  free(p->goals);
  S_set_free(&p->services);
  S_set_free(&p->programme_refs);
  S_set_free(&p->covered_refs);
  S_set_free(&p->goal_terms);
  S_set_free(&p->closed);
  free(p->docs);
}

/* ---- grouping plans ----------------------------------------------------------------- */

typedef struct planref {
  xmlDocPtr doc;
  char *id, *file, *doc_type;
  unsigned long year;
} planref;

static int S_doc_rank(const char *t) {
  static const char *const order[] = {"plan", "planprogram", "presentation", "other"};
  for (int i = 0; i < 4; i++)
    if (t && strcmp(t, order[i]) == 0)
      return i;
  return 4;
}

static int S_planref_cmp(const void *a, const void *b) {
  const planref *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  if (c)
    return c;
  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  int r = S_doc_rank(x->doc_type) - S_doc_rank(y->doc_type);
  if (r)
    return r;
  return strcmp(x->file, y->file);
}

/* ---- output sections ------------------------------------------------------------------- */

static void S_join(pd_buf *b, const set *s) {
  for (size_t i = 0; i < s->n; i++)
    pd_buf_printf(b, "%s%s", i ? " " : "", s->v[i]);
}

static void S_set_attr_set(xmlNodePtr n, const char *name, const set *s) {
  pd_buf b = PD_BUF_INIT;
  S_join(&b, s);
  xmlSetProp(n, BAD_CAST name, BAD_CAST pd_buf_cstr(&b));
  pd_buf_free(&b);
}

static void S_set_real(xmlNodePtr n, const char *name, double v) {
  char num[32];
  snprintf(num, sizeof num, "%.3f", v);
  xmlSetProp(n, BAD_CAST name, BAD_CAST num);
}

static const prog *S_find_prog(const profile *p, const char *ref) {
  for (size_t i = 0; i < p->nprogs; i++)
    if (strcmp(p->progs[i].ref, ref) == 0)
      return &p->progs[i];
  return NULL;
}

typedef struct progstat {
  const char *ref;
  size_t holders;
} progstat;

static int S_progstat_cmp(const void *a, const void *b) {
  const progstat *x = a, *y = b;
  if (x->holders != y->holders)
    return x->holders > y->holders ? -1 : 1;
  return strcmp(x->ref, y->ref);
}

static void S_emit_programmes(xmlNodePtr root, profile *latest, size_t n, const pd_thesaurus *th) {
  set all = {NULL, 0, 0};
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < latest[i].nprogs; k++)
      S_set_add(&all, latest[i].progs[k].ref);
  S_set_finish(&all);
  progstat *st = pd_xcalloc(all.n ? all.n : 1, sizeof *st);
  for (size_t r = 0; r < all.n; r++) {
    st[r].ref = all.v[r];
    for (size_t i = 0; i < n; i++)
      st[r].holders += S_set_has(&latest[i].programme_refs, all.v[r]);
  }
  qsort(st, all.n, sizeof *st, S_progstat_cmp);
  xmlNodePtr progs = xmlNewChild(root, NULL, BAD_CAST "programmes", NULL);
  for (size_t r = 0; r < all.n; r++) {
    const char *ref = st[r].ref;
    const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, ref);
    xmlNodePtr pe = xmlNewChild(progs, NULL, BAD_CAST "programme", NULL);
    xmlSetProp(pe, BAD_CAST "ref", BAD_CAST ref);
    const char *name = e && e->short_name ? e->short_name : e && e->name_nb ? e->name_nb : ref;
    xmlSetProp(pe, BAD_CAST "name", BAD_CAST name);
    pd_xml_set_int(pe, "municipalities", (long)st[r].holders);
    const char *sharing = st[r].holders == 0            ? "none"
                          : st[r].holders == n && n > 1 ? "all"
                          : st[r].holders == 1          ? "one"
                                                        : "some";
    xmlSetProp(pe, BAD_CAST "sharing", BAD_CAST sharing);
    if (e && e->family)
      xmlSetProp(pe, BAD_CAST "family", BAD_CAST e->family);
    if (e && e->evidence_level >= 0)
      pd_xml_set_int(pe, "evidence-level", e->evidence_level);
    for (size_t i = 0; i < n; i++) {
      const prog *g = S_find_prog(&latest[i], ref);
      const char *cover = g ? NULL : S_covered_by(&latest[i], ref, th);
      if (!g && !cover)
        continue;
      xmlNodePtr cell = xmlNewChild(pe, NULL, BAD_CAST "cell", NULL);
      xmlSetProp(cell, BAD_CAST "municipality", BAD_CAST latest[i].id);
      if (cover) {
        xmlSetProp(cell, BAD_CAST "covered-by", BAD_CAST cover);
        continue;
      }
      xmlSetProp(cell, BAD_CAST "use", BAD_CAST USES[g->use < 0 ? USE_RUNS : g->use]);
      S_set_attr_set(cell, "levels", &g->levels);
      if (g->status)
        xmlSetProp(cell, BAD_CAST "status", BAD_CAST g->status);
      S_set_attr_set(cell, "responsible", &g->responsible);
      S_prov_set(cell, &g->where);
    }
  }
  free(st);
  S_set_free(&all);
}

typedef struct localref {
  const local *l;
  const char *municipality;
} localref;

static int S_localref_cmp(const void *a, const void *b) {
  const localref *x = a, *y = b;
  int c = strcmp(x->l->key, y->l->key);
  if (c)
    return c;
  c = strcmp(x->municipality, y->municipality);
  return c ? c : (x->l->where.line < y->l->where.line ? -1 : x->l->where.line > y->l->where.line);
}

/* Union-find over local measures; the root of a group is its first member
 * in sorted order, so groups do not depend on the order of the plans. */
static size_t S_uf_find(size_t *parent, size_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

static void S_uf_union(size_t *parent, size_t a, size_t b) {
  a = S_uf_find(parent, a);
  b = S_uf_find(parent, b);
  if (a < b)
    parent[b] = a;
  else if (b < a)
    parent[a] = b;
}

/* Orders (root, index) pairs of size_t. */
static int S_pair_cmp(const void *a, const void *b) {
  const size_t *x = a, *y = b;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return (x[1] > y[1]) - (x[1] < y[1]);
}

typedef struct posting {
  const char *term;
  size_t local;
} posting;

static int S_posting_cmp(const void *a, const void *b) {
  const posting *x = a, *y = b;
  int c = strcmp(x->term, y->term);
  return c ? c : (x->local > y->local) - (x->local < y->local);
}

/* Local measures of different municipalities are alike when the terms of
 * their names (stemmed, stop words dropped, nynorsk mapped) overlap as
 * S_locals_alike says; groups are the connected sets.
 * Candidate pairs come from an inverted index over terms; a term shared by
 * more than LOCAL_TERM_CAP measures ("tiltak", "barn" at national scale)
 * proposes no pairs, which keeps the pairing far from quadratic (at most
 * LOCAL_TERM_CAP comparisons per term of each measure). */
enum { LOCAL_TERM_CAP = 256 };

/* Alike: the same terms, or at least two shared with a Jaccard index of at
 * least 0.5 ("Åpen barnehage" and "Åpne barnehager"; "Foreldrekurs for
 * minoritetsspråklige foreldre" and "Foreldrekurs for foreldre"), never one
 * generic word ("Oppfølging ung" and "Rådgiver ung"). */
static int S_locals_alike(const set *a, const set *b) {
  size_t both = S_shared(a, b, NULL);
  size_t uni = a->n + b->n - both;
  return both == uni || (both >= 2 && both * 2 >= uni);
}

static void S_emit_locals(xmlNodePtr root, profile *latest, size_t n) {
  size_t total = 0;
  for (size_t i = 0; i < n; i++)
    total += latest[i].nlocals;
  localref *all = pd_xcalloc(total ? total : 1, sizeof *all);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < latest[i].nlocals; j++)
      if (*latest[i].locals[j].key)
        all[k++] = (localref){&latest[i].locals[j], latest[i].id};
  qsort(all, k, sizeof *all, S_localref_cmp);

  /* The inverted index over the names' terms. */
  posting *post = NULL;
  size_t npost = 0, cappost = 0;
  for (size_t i = 0; i < k; i++) {
    const set *terms = &all[i].l->terms;
    for (size_t t = 0; t < terms->n; t++) {
      if (npost == cappost) {
        cappost = cappost ? cappost * 2 : 64;
        post = pd_xrealloc(post, cappost * sizeof *post);
      }
      post[npost++] = (posting){terms->v[t], i};
    }
  }
  if (npost > 1)
    qsort(post, npost, sizeof *post, S_posting_cmp);
  size_t *parent = pd_xmalloc((k ? k : 1) * sizeof *parent);
  for (size_t i = 0; i < k; i++)
    parent[i] = i;
  /* The same terms always group, however common they are (sorted by key,
   * they are neighbours). */
  for (size_t i = 1; i < k; i++)
    if (strcmp(all[i].l->key, all[i - 1].l->key) == 0)
      S_uf_union(parent, i - 1, i);
  for (size_t p = 0; p < npost;) {
    size_t q = p;
    while (q < npost && strcmp(post[q].term, post[p].term) == 0)
      q++;
    if (q - p <= LOCAL_TERM_CAP)
      for (size_t x = p; x < q; x++)
        for (size_t y = x + 1; y < q; y++) {
          size_t a = post[x].local, b = post[y].local;
          if (strcmp(all[a].municipality, all[b].municipality) != 0 &&
              S_uf_find(parent, a) != S_uf_find(parent, b) &&
              S_locals_alike(&all[a].l->terms, &all[b].l->terms))
            S_uf_union(parent, a, b);
        }
    p = q;
  }

  /* Groups in the order of their roots; members in sorted order. Sorting
   * (root, index) pairs keeps this O(k log k) however many groups there are. */
  size_t *order = pd_xmalloc((k ? k : 1) * 2 * sizeof *order);
  for (size_t i = 0; i < k; i++) {
    order[2 * i] = S_uf_find(parent, i);
    order[2 * i + 1] = i;
  }
  if (k > 1)
    qsort(order, k, 2 * sizeof *order, S_pair_cmp);
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "local-measures", NULL);
  for (size_t g0 = 0; g0 < k;) {
    size_t g1 = g0;
    set muns = {NULL, 0, 0};
    while (g1 < k && order[2 * g1] == order[2 * g0])
      S_set_add(&muns, all[order[2 * g1++ + 1]].municipality);
    S_set_finish(&muns);
    if (muns.n >= 2) {
      size_t r = order[2 * g0];
      xmlNodePtr g = xmlNewChild(out, NULL, BAD_CAST "local-group", NULL);
      xmlSetProp(g, BAD_CAST "key", BAD_CAST all[r].l->key);
      pd_xml_set_int(g, "municipalities", (long)muns.n);
      for (size_t m = g0; m < g1; m++) {
        const localref *lr = &all[order[2 * m + 1]];
        xmlNodePtr e = xmlNewChild(g, NULL, BAD_CAST "measure", NULL);
        xmlSetProp(e, BAD_CAST "municipality", BAD_CAST lr->municipality);
        xmlSetProp(e, BAD_CAST "name", BAD_CAST lr->l->name);
        S_set_attr_set(e, "levels", &lr->l->levels);
        S_prov_set(e, &lr->l->where);
      }
    }
    S_set_free(&muns);
    g0 = g1;
  }
  free(order);
  free(post);
  free(parent);
  free(all);
}

static void S_emit_profiles(xmlNodePtr root, profile *latest, size_t n) {
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "profiles", NULL);
  for (size_t i = 0; i < n; i++) {
    xmlNodePtr p = xmlNewChild(out, NULL, BAD_CAST "profile", NULL);
    xmlSetProp(p, BAD_CAST "municipality", BAD_CAST latest[i].id);
    pd_xml_set_int(p, "total", (long)latest[i].measures);
    for (int l = 0; l < 3; l++)
      pd_xml_set_int(p, LEVELS[l], (long)latest[i].levels[l]);
    pd_xml_set_int(p, "none", (long)latest[i].levels[3]);
  }
}

/* Headings whose words show a requirement (lower-cased, folded). */
static int S_heading_shows(const char *lower, const char *const *words) {
  for (int i = 0; words[i]; i++)
    if (strstr(lower, words[i]))
      return 1;
  return 0;
}

static void S_evidence(xmlNodePtr req, xmlNodePtr from, size_t *count) {
  if (*count >= 3)
    return;
  prov p;
  S_prov_read(&p, from);
  S_prov_set(xmlNewChild(req, NULL, BAD_CAST "evidence", NULL), &p);
  S_prov_free(&p);
  (*count)++;
}

static void S_emit_coverage(xmlNodePtr root, profile *latest, size_t n) {
  static const char *const ORG[] = {"organiser", "organisering", "organisasjon", NULL};
  static const char *const DIV[] = {"oppgavefordeling", "ansvarsfordeling", "fordeling",
                                    "ansvar",           "oppgåvefordeling", NULL};
  static const char *const COOP[] = {"samarbeid", "samhandling", "samordning", NULL};
  static const char *const REQ[] = {"goals", "organisation", "division", "cooperation"};
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "coverage", NULL);
  for (size_t i = 0; i < n; i++) {
    profile *p = &latest[i];
    xmlNodePtr pl = xmlNewChild(out, NULL, BAD_CAST "plan", NULL);
    xmlSetProp(pl, BAD_CAST "municipality", BAD_CAST p->id);
    int programme_only = 1;
    int cur = 0, old = 0;
    xmlNodePtr law_node = NULL;
    for (size_t d = 0; d < p->ndocs; d++) {
      xmlNodePtr plan = xmlDocGetRootElement(p->docs[d]);
      char *dt = pd_xml_attr(S_child(plan, "document"), "doc-type");
      if (!dt || strcmp(dt, "planprogram") != 0)
        programme_only = 0;
      free(dt);
      xmlNodePtr lb = S_child(plan, "legal-basis");
      for (xmlNodePtr l = lb ? lb->children : NULL; l; l = l->next) {
        if (!S_is(l, "law"))
          continue;
        char *ref = pd_xml_attr(l, "ref");
        if (ref && strcmp(ref, "bvl-15-1") == 0) {
          cur = 1;
          law_node = l;
        } else if (ref && strcmp(ref, "bvl-3-1") == 0) {
          old = 1;
          if (!law_node)
            law_node = l;
        }
        free(ref);
      }
    }
    xmlSetProp(pl, BAD_CAST "doc-type", BAD_CAST(programme_only ? "planprogram" : "plan"));
    xmlSetProp(pl, BAD_CAST "law",
               BAD_CAST(cur && old ? "both"
                        : cur      ? "current"
                        : old      ? "old"
                                   : "none"));
    if (law_node) {
      prov pv;
      S_prov_read(&pv, law_node);
      S_prov_set(pl, &pv);
      S_prov_free(&pv);
    }
    size_t found = 0;
    for (int r = 0; r < 4; r++) {
      xmlNodePtr req = xmlNewChild(pl, NULL, BAD_CAST "requirement", NULL);
      xmlSetProp(req, BAD_CAST "id", BAD_CAST REQ[r]);
      size_t ev = 0;
      for (size_t d = 0; d < p->ndocs; d++) {
        xmlNodePtr plan = xmlDocGetRootElement(p->docs[d]);
        if (r == 0) {
          xmlNodePtr gs = S_child(plan, "goals");
          for (xmlNodePtr g = gs ? gs->children : NULL; g; g = g->next)
            if (S_is(g, "goal"))
              S_evidence(req, g, &ev);
        }
        if (r == 1 || r == 2 || r == 3) {
          static const char *const *const words[] = {NULL, ORG, DIV, COOP};
          xmlNodePtr ss = S_child(plan, "sections");
          for (xmlNodePtr s = ss ? ss->children : NULL; s; s = s->next) {
            if (!S_is(s, "section"))
              continue;
            char *t = S_text(s);
            pd_buf low = PD_BUF_INIT;
            pd_fold(t, strlen(t), 0, &low, NULL);
            if (S_heading_shows(pd_buf_cstr(&low), words[r]))
              S_evidence(req, s, &ev);
            pd_buf_free(&low);
            free(t);
          }
        }
        if (r == 2) {
          xmlNodePtr mx = S_child(plan, "responsibility-matrix");
          for (xmlNodePtr e = mx ? mx->children : NULL; e; e = e->next)
            if (S_is(e, "entry"))
              S_evidence(req, e, &ev);
        }
        if (r == 3) {
          xmlNodePtr co = S_child(plan, "cooperation");
          for (xmlNodePtr m = co ? co->children : NULL; m; m = m->next)
            if (S_is(m, "model")) {
              xmlNodePtr mention = S_child(m, "mention");
              if (mention)
                S_evidence(req, mention, &ev);
            }
        }
      }
      const char *status = ev ? "found" : programme_only ? "not-yet" : "missing";
      found += ev > 0;
      xmlSetProp(req, BAD_CAST "status", BAD_CAST status);
    }
    pd_xml_set_int(pl, "found", (long)found);
  }
}

static void S_emit_cooperation(xmlNodePtr root, profile *latest, size_t n) {
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "cooperation", NULL);
  for (size_t i = 0; i < n; i++) {
    profile *p = &latest[i];
    set seen = {NULL, 0, 0};
    set matrix = {NULL, 0, 0};
    for (size_t d = 0; d < p->ndocs; d++) {
      xmlNodePtr mx = S_child(xmlDocGetRootElement(p->docs[d]), "responsibility-matrix");
      for (xmlNodePtr e = mx ? mx->children : NULL; e; e = e->next)
        if (S_is(e, "entry")) {
          char *s = pd_xml_attr(e, "service");
          if (s)
            S_set_add(&matrix, s);
          free(s);
        }
    }
    S_set_finish(&matrix);
    for (size_t d = 0; d < p->ndocs; d++) {
      xmlNodePtr co = S_child(xmlDocGetRootElement(p->docs[d]), "cooperation");
      for (xmlNodePtr m = co ? co->children : NULL; m; m = m->next) {
        if (!S_is(m, "model"))
          continue;
        char *ref = pd_xml_attr(m, "ref");
        if (!ref || S_set_has(&seen, ref)) {
          free(ref);
          continue;
        }
        S_set_add(&seen, ref);
        S_set_finish(&seen);
        xmlNodePtr o = xmlNewChild(out, NULL, BAD_CAST "model", NULL);
        xmlSetProp(o, BAD_CAST "municipality", BAD_CAST p->id);
        xmlSetProp(o, BAD_CAST "ref", BAD_CAST ref);
        char *name = pd_xml_attr(m, "name"), *family = pd_xml_attr(m, "family");
        xmlSetProp(o, BAD_CAST "name", BAD_CAST(name ? name : ref));
        if (family)
          xmlSetProp(o, BAD_CAST "family", BAD_CAST family);
        pd_buf lv = PD_BUF_INIT;
        for (xmlNodePtr l = m->children; l; l = l->next)
          if (S_is(l, "level")) {
            char *num = pd_xml_attr(l, "number");
            pd_buf_printf(&lv, "%s%s", lv.len ? " " : "", num ? num : "");
            free(num);
          }
        xmlSetProp(o, BAD_CAST "levels", BAD_CAST pd_buf_cstr(&lv));
        S_set_attr_set(o, "services", &matrix);
        prov pv;
        S_prov_read(&pv, S_child(m, "mention"));
        S_prov_set(o, &pv);
        S_prov_free(&pv);
        pd_buf_free(&lv);
        free(name);
        free(family);
        free(ref);
      }
    }
    S_set_free(&seen);
    S_set_free(&matrix);
  }
}

/* Goals of different municipalities alike in their words, greedily
 * clustered in a fixed order (municipality, then line). */
static void S_emit_goals(xmlNodePtr root, profile *latest, size_t n) {
  typedef struct gref {
    const goalrec *g;
    const char *municipality;
    size_t cluster;
  } gref;
  size_t total = 0;
  for (size_t i = 0; i < n; i++)
    total += latest[i].ngoals;
  gref *all = pd_xcalloc(total ? total : 1, sizeof *all);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < latest[i].ngoals; j++)
      if (latest[i].goals[j].terms.n >= 2)
        all[k++] = (gref){&latest[i].goals[j], latest[i].id, 0};
  size_t *heads = pd_xcalloc(k ? k : 1, sizeof *heads); /* first goal of each cluster */
  size_t nclusters = 0;
  for (size_t i = 0; i < k; i++) {
    double best = 0.3;
    size_t at = nclusters;
    for (size_t c = 0; c < nclusters; c++) {
      double j = S_jaccard(&all[i].g->terms, &all[heads[c]].g->terms, NULL);
      if (j >= best && strcmp(all[heads[c]].municipality, all[i].municipality) != 0) {
        best = j;
        at = c;
      }
    }
    if (at == nclusters)
      heads[nclusters++] = i;
    all[i].cluster = at;
  }
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "goals", NULL);
  size_t emitted = 0;
  for (size_t c = 0; c < nclusters; c++) {
    set muns = {NULL, 0, 0};
    for (size_t i = 0; i < k; i++)
      if (all[i].cluster == c)
        S_set_add(&muns, all[i].municipality);
    S_set_finish(&muns);
    if (muns.n >= 2) {
      xmlNodePtr cl = xmlNewChild(out, NULL, BAD_CAST "cluster", NULL);
      char id[32];
      snprintf(id, sizeof id, "c%zu", ++emitted);
      xmlSetProp(cl, BAD_CAST "id", BAD_CAST id);
      pd_xml_set_int(cl, "municipalities", (long)muns.n);
      /* terms every goal of the cluster shares with its first goal */
      pd_buf terms = PD_BUF_INIT;
      const set *head = &all[heads[c]].g->terms;
      for (size_t t = 0; t < head->n; t++) {
        size_t have = 0, members = 0;
        for (size_t i = 0; i < k; i++)
          if (all[i].cluster == c) {
            members++;
            have += S_set_has(&all[i].g->terms, head->v[t]);
          }
        if (have * 2 > members)
          pd_buf_printf(&terms, "%s%s", terms.len ? " " : "", head->v[t]);
      }
      xmlSetProp(cl, BAD_CAST "terms", BAD_CAST pd_buf_cstr(&terms));
      pd_buf_free(&terms);
      for (size_t i = 0; i < k; i++)
        if (all[i].cluster == c) {
          xmlNodePtr g = xmlNewChild(cl, NULL, BAD_CAST "goal", NULL);
          xmlSetProp(g, BAD_CAST "municipality", BAD_CAST all[i].municipality);
          xmlSetProp(g, BAD_CAST "kind", BAD_CAST(all[i].g->kind ? all[i].g->kind : "goal"));
          S_prov_set(g, &all[i].g->where);
        }
    }
    S_set_free(&muns);
  }
  free(heads);
  free(all);
}

/* Explanations stay readable and the comparison of hundreds of
 * municipalities stays small: at most N shared goal words per pair, then
 * " …" (the score itself counts them all). */
enum { MAX_EXPLAINED_TERMS = 12 };

static void S_cap_words(pd_buf *b, size_t n) {
  size_t words = 0;
  for (size_t i = 0; i < b->len; i++)
    if (b->data[i] == ' ' && ++words == n) {
      pd_buf_truncate(b, i);
      pd_buf_puts(b, " …");
      return;
    }
}

static void S_emit_similarity(xmlNodePtr root, profile *latest, size_t n) {
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "similarity", NULL);
  for (size_t a = 0; a < n; a++)
    for (size_t b = a + 1; b < n; b++) {
      profile *pa = &latest[a], *pb = &latest[b];
      /* programmes with family coverage: running TIBIR counts for PMTO */
      const set *fa = &pa->closed, *fb = &pb->closed;
      pd_buf sp = PD_BUF_INIT, ss = PD_BUF_INIT, sg = PD_BUF_INIT, oa = PD_BUF_INIT,
             ob = PD_BUF_INIT;
      double jm = S_jaccard(fa, fb, NULL);
      /* What they share: run by both, or run by one and covered by the
       * other's family programme; a family member neither runs is left out. */
      for (size_t i = 0; i < fa->n; i++)
        if (S_set_has(fb, fa->v[i]) &&
            (S_set_has(&pa->programme_refs, fa->v[i]) || S_set_has(&pb->programme_refs, fa->v[i])))
          pd_buf_printf(&sp, "%s%s", sp.len ? " " : "", fa->v[i]);
      double js = S_jaccard(&pa->services, &pb->services, &ss);
      double jg = S_jaccard(&pa->goal_terms, &pb->goal_terms, &sg);
      S_cap_words(&sg, MAX_EXPLAINED_TERMS);
      S_set_minus(&pa->programme_refs, fb, &oa);
      S_set_minus(&pb->programme_refs, fa, &ob);
      xmlNodePtr p = xmlNewChild(out, NULL, BAD_CAST "pair", NULL);
      xmlSetProp(p, BAD_CAST "a", BAD_CAST pa->id);
      xmlSetProp(p, BAD_CAST "b", BAD_CAST pb->id);
      S_set_real(p, "overall", (jm + js + jg) / 3.0);
      S_set_real(p, "measures", jm);
      S_set_real(p, "services", js);
      S_set_real(p, "goals", jg);
      xmlSetProp(p, BAD_CAST "shared-programmes", BAD_CAST pd_buf_cstr(&sp));
      xmlSetProp(p, BAD_CAST "only-a", BAD_CAST pd_buf_cstr(&oa));
      xmlSetProp(p, BAD_CAST "only-b", BAD_CAST pd_buf_cstr(&ob));
      xmlSetProp(p, BAD_CAST "shared-services", BAD_CAST pd_buf_cstr(&ss));
      xmlSetProp(p, BAD_CAST "shared-goals", BAD_CAST pd_buf_cstr(&sg));
      pd_buf_free(&sp);
      pd_buf_free(&ss);
      pd_buf_free(&sg);
      pd_buf_free(&oa);
      pd_buf_free(&ob);
    }
}

typedef struct suggestion {
  const char *ref;
  size_t peers;
  int evidence;
} suggestion;

static int S_suggestion_cmp(const void *a, const void *b) {
  const suggestion *x = a, *y = b;
  if (x->peers != y->peers)
    return x->peers > y->peers ? -1 : 1;
  if (x->evidence != y->evidence)
    return x->evidence > y->evidence ? -1 : 1;
  return strcmp(x->ref, y->ref);
}

static void S_emit_borrowing(xmlNodePtr root, profile *latest, size_t n, const pd_thesaurus *th) {
  /* peers says how many run it; the first ten (by id) show how. */
  enum { MAX_SUGGESTIONS = 25, MAX_PEERS_SHOWN = 10 };
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "borrowing", NULL);
  for (size_t i = 0; i < n; i++) {
    profile *me = &latest[i];
    set cand = {NULL, 0, 0};
    for (size_t j = 0; j < n; j++)
      if (j != i)
        for (size_t k = 0; k < latest[j].programme_refs.n; k++) {
          const char *ref = latest[j].programme_refs.v[k];
          if (!S_set_has(&me->programme_refs, ref) && !S_set_has(&me->covered_refs, ref))
            S_set_add(&cand, ref);
        }
    S_set_finish(&cand);
    suggestion *sg = pd_xcalloc(cand.n ? cand.n : 1, sizeof *sg);
    for (size_t c = 0; c < cand.n; c++) {
      sg[c].ref = cand.v[c];
      for (size_t j = 0; j < n; j++)
        if (j != i)
          sg[c].peers += S_set_has(&latest[j].programme_refs, cand.v[c]);
      const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, cand.v[c]);
      sg[c].evidence = e ? e->evidence_level : -1;
    }
    qsort(sg, cand.n, sizeof *sg, S_suggestion_cmp);
    xmlNodePtr m = xmlNewChild(out, NULL, BAD_CAST "municipality", NULL);
    xmlSetProp(m, BAD_CAST "id", BAD_CAST me->id);
    for (size_t c = 0; c < cand.n && c < MAX_SUGGESTIONS; c++) {
      const pd_entry *e = pd_thesaurus_find(th, PD_KIND_PROGRAMME, sg[c].ref);
      xmlNodePtr s = xmlNewChild(m, NULL, BAD_CAST "suggestion", NULL);
      pd_xml_set_int(s, "rank", (long)c + 1);
      xmlSetProp(s, BAD_CAST "ref", BAD_CAST sg[c].ref);
      xmlSetProp(s, BAD_CAST "name",
                 BAD_CAST(e && e->short_name ? e->short_name
                          : e && e->name_nb  ? e->name_nb
                                             : sg[c].ref));
      pd_xml_set_int(s, "peers", (long)sg[c].peers);
      if (sg[c].evidence >= 0)
        pd_xml_set_int(s, "evidence-level", sg[c].evidence);
      if (e && e->evidence)
        xmlSetProp(s, BAD_CAST "evidence", BAD_CAST e->evidence);
      size_t shown = 0;
      for (size_t j = 0; j < n && shown < MAX_PEERS_SHOWN; j++) {
        const prog *g = j == i ? NULL : S_find_prog(&latest[j], sg[c].ref);
        if (!g || g->use < USE_PLANNED)
          continue;
        shown++;
        xmlNodePtr peer = xmlNewChild(s, NULL, BAD_CAST "peer", NULL);
        xmlSetProp(peer, BAD_CAST "municipality", BAD_CAST latest[j].id);
        S_set_attr_set(peer, "levels", &g->levels);
        S_set_attr_set(peer, "responsible", &g->responsible);
        S_prov_set(peer, &g->where);
      }
    }
    free(sg);
    S_set_free(&cand);
  }
}

static void S_emit_versions(xmlNodePtr root, profile *all, size_t n) {
  xmlNodePtr out = xmlNewChild(root, NULL, BAD_CAST "versions", NULL);
  for (size_t i = 0; i + 1 < n; i++) {
    profile *a = &all[i], *b = &all[i + 1];
    if (strcmp(a->id, b->id) != 0)
      continue;
    xmlNodePtr d = xmlNewChild(out, NULL, BAD_CAST "diff", NULL);
    xmlSetProp(d, BAD_CAST "municipality", BAD_CAST a->id);
    pd_xml_set_int(d, "from", (long)a->year);
    pd_xml_set_int(d, "to", (long)b->year);
    set ra = {NULL, 0, 0}, rb = {NULL, 0, 0};
    for (size_t k = 0; k < a->nprogs; k++)
      S_set_add(&ra, a->progs[k].ref);
    for (size_t k = 0; k < b->nprogs; k++)
      S_set_add(&rb, b->progs[k].ref);
    for (size_t k = 0; k < a->nlocals; k++)
      S_set_add(&ra, a->locals[k].name);
    for (size_t k = 0; k < b->nlocals; k++)
      S_set_add(&rb, b->locals[k].name);
    S_set_finish(&ra);
    S_set_finish(&rb);
    size_t x = 0, y = 0;
    while (x < ra.n || y < rb.n) {
      int c = x >= ra.n ? 1 : y >= rb.n ? -1 : strcmp(ra.v[x], rb.v[y]);
      xmlNodePtr ch = NULL;
      if (c != 0) {
        ch = xmlNewChild(d, NULL, BAD_CAST "change", NULL);
        xmlSetProp(ch, BAD_CAST "what", BAD_CAST "measure");
        xmlSetProp(ch, BAD_CAST "kind", BAD_CAST(c < 0 ? "removed" : "added"));
        xmlSetProp(ch, BAD_CAST "key", BAD_CAST(c < 0 ? ra.v[x] : rb.v[y]));
        if (c < 0)
          x++;
        else
          y++;
        continue;
      }
      const prog *pa = S_find_prog(a, ra.v[x]), *pb = S_find_prog(b, rb.v[y]);
      if (pa && pb) {
        pd_buf la = PD_BUF_INIT, lb = PD_BUF_INIT;
        S_join(&la, &pa->levels);
        S_join(&lb, &pb->levels);
        if (strcmp(pd_buf_cstr(&la), pd_buf_cstr(&lb)) != 0) {
          ch = xmlNewChild(d, NULL, BAD_CAST "change", NULL);
          xmlSetProp(ch, BAD_CAST "what", BAD_CAST "level");
          xmlSetProp(ch, BAD_CAST "kind", BAD_CAST "changed");
          xmlSetProp(ch, BAD_CAST "key", BAD_CAST ra.v[x]);
          xmlSetProp(ch, BAD_CAST "from-value", BAD_CAST pd_buf_cstr(&la));
          xmlSetProp(ch, BAD_CAST "to-value", BAD_CAST pd_buf_cstr(&lb));
        }
        pd_buf_free(&la);
        pd_buf_free(&lb);
      }
      x++, y++;
    }
    S_set_free(&ra);
    S_set_free(&rb);
    /* goals by their words */
    set ga = {NULL, 0, 0}, gb = {NULL, 0, 0};
    for (size_t k = 0; k < a->ngoals; k++) {
      pd_buf key = PD_BUF_INIT;
      S_join(&key, &a->goals[k].terms);
      S_set_add(&ga, pd_buf_cstr(&key));
      pd_buf_free(&key);
    }
    for (size_t k = 0; k < b->ngoals; k++) {
      pd_buf key = PD_BUF_INIT;
      S_join(&key, &b->goals[k].terms);
      S_set_add(&gb, pd_buf_cstr(&key));
      pd_buf_free(&key);
    }
    S_set_finish(&ga);
    S_set_finish(&gb);
    for (size_t k = 0; k < ga.n; k++)
      if (!S_set_has(&gb, ga.v[k])) {
        xmlNodePtr ch = xmlNewChild(d, NULL, BAD_CAST "change", NULL);
        xmlSetProp(ch, BAD_CAST "what", BAD_CAST "goal");
        xmlSetProp(ch, BAD_CAST "kind", BAD_CAST "removed");
        xmlSetProp(ch, BAD_CAST "key", BAD_CAST ga.v[k]);
      }
    for (size_t k = 0; k < gb.n; k++)
      if (!S_set_has(&ga, gb.v[k])) {
        xmlNodePtr ch = xmlNewChild(d, NULL, BAD_CAST "change", NULL);
        xmlSetProp(ch, BAD_CAST "what", BAD_CAST "goal");
        xmlSetProp(ch, BAD_CAST "kind", BAD_CAST "added");
        xmlSetProp(ch, BAD_CAST "key", BAD_CAST gb.v[k]);
      }
    S_set_free(&ga);
    S_set_free(&gb);
  }
}

/* ---- the comparison -------------------------------------------------------------------- */

xmlDocPtr pd_compare_plans(xmlDocPtr *plans, size_t n, const pd_thesaurus *th) {
  planref *refs = pd_xcalloc(n ? n : 1, sizeof *refs);
  for (size_t i = 0; i < n; i++) {
    xmlNodePtr root = xmlDocGetRootElement(plans[i]);
    xmlNodePtr mun = S_child(root, "municipality"), doc = S_child(root, "document");
    refs[i].doc = plans[i];
    refs[i].id = pd_xml_attr(mun, "id");
    refs[i].file = pd_xml_attr(doc, "file");
    refs[i].doc_type = pd_xml_attr(doc, "doc-type");
    char *y = pd_xml_attr(doc, "year");
    refs[i].year = y ? strtoul(y, NULL, 10) : 0;
    free(y);
    if (!refs[i].id)
      refs[i].id = pd_xstrdup("unknown");
    if (!refs[i].file)
      refs[i].file = pd_xstrdup("");
  }
  qsort(refs, n, sizeof *refs, S_planref_cmp);

  /* Profiles: one per municipality and year, in (id, year) order. */
  profile *all = pd_xcalloc(n ? n : 1, sizeof *all);
  size_t np = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && strcmp(refs[j].id, refs[i].id) == 0 && refs[j].year == refs[i].year)
      j++;
    profile *p = &all[np++];
    p->id = pd_xstrdup(refs[i].id);
    p->year = refs[i].year;
    p->ndocs = j - i;
    p->docs = pd_xcalloc(p->ndocs, sizeof(xmlDocPtr));
    for (size_t k = i; k < j; k++) {
      p->docs[k - i] = refs[k].doc;
      xmlNodePtr mun = S_child(xmlDocGetRootElement(refs[k].doc), "municipality");
      if (!p->name)
        p->name = pd_xml_attr(mun, "name");
      if (!p->county)
        p->county = pd_xml_attr(mun, "county");
      if (!p->kommunenummer)
        p->kommunenummer = pd_xml_attr(mun, "kommunenummer");
    }
    S_build_profile(p, th);
    i = j;
  }
  /* The latest version of each municipality is the one compared. */
  profile *latest = pd_xcalloc(np ? np : 1, sizeof *latest);
  size_t nl = 0;
  for (size_t i = 0; i < np; i++)
    if (i + 1 == np || strcmp(all[i].id, all[i + 1].id) != 0)
      latest[nl++] = all[i];

  xmlDocPtr out = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "comparison");
  xmlDocSetRootElement(out, root);
  xmlSetProp(root, BAD_CAST "schema-version", BAD_CAST "1");
  xmlNodePtr gen = xmlNewChild(root, NULL, BAD_CAST "generator", NULL);
  xmlSetProp(gen, BAD_CAST "name", BAD_CAST "plandiff");
  xmlSetProp(gen, BAD_CAST "version", BAD_CAST PLANDIFF_VERSION);
  if (th->version)
    xmlSetProp(gen, BAD_CAST "thesaurus", BAD_CAST th->version);

  xmlNodePtr muns = xmlNewChild(root, NULL, BAD_CAST "municipalities", NULL);
  for (size_t i = 0; i < nl; i++) {
    profile *p = &latest[i];
    xmlNodePtr m = xmlNewChild(muns, NULL, BAD_CAST "municipality", NULL);
    xmlSetProp(m, BAD_CAST "id", BAD_CAST p->id);
    if (p->name)
      xmlSetProp(m, BAD_CAST "name", BAD_CAST p->name);
    if (p->county)
      xmlSetProp(m, BAD_CAST "county", BAD_CAST p->county);
    if (p->kommunenummer)
      xmlSetProp(m, BAD_CAST "kommunenummer", BAD_CAST p->kommunenummer);
    pd_xml_set_int(m, "year", (long)p->year);
    char *first_type = NULL;
    int has_plan = 0;
    for (size_t d = 0; d < p->ndocs; d++) {
      xmlNodePtr doc = S_child(xmlDocGetRootElement(p->docs[d]), "document");
      char *file = pd_xml_attr(doc, "file"), *dt = pd_xml_attr(doc, "doc-type"),
           *y = pd_xml_attr(doc, "year");
      xmlNodePtr de = xmlNewChild(m, NULL, BAD_CAST "document", NULL);
      xmlSetProp(de, BAD_CAST "file", BAD_CAST(file ? file : ""));
      xmlSetProp(de, BAD_CAST "doc-type", BAD_CAST(dt ? dt : "other"));
      if (y)
        xmlSetProp(de, BAD_CAST "year", BAD_CAST y);
      if (!first_type)
        first_type = pd_xstrdup(dt ? dt : "other");
      has_plan |= dt && strcmp(dt, "plan") == 0;
      free(file);
      free(dt);
      free(y);
    }
    xmlSetProp(m, BAD_CAST "doc-type", BAD_CAST(has_plan ? "plan" : first_type));
    free(first_type);
    for (size_t g = 0; g < p->ngoals; g++) {
      xmlNodePtr ge = xmlNewChild(m, NULL, BAD_CAST "goal", NULL);
      xmlSetProp(ge, BAD_CAST "kind", BAD_CAST(p->goals[g].kind ? p->goals[g].kind : "goal"));
      S_prov_set(ge, &p->goals[g].where);
    }
    for (size_t k = 0; k < p->nlocals; k++) {
      xmlNodePtr le = xmlNewChild(m, NULL, BAD_CAST "local", NULL);
      xmlSetProp(le, BAD_CAST "name", BAD_CAST p->locals[k].name);
      S_set_attr_set(le, "levels", &p->locals[k].levels);
      S_prov_set(le, &p->locals[k].where);
    }
    pd_xml_set_int(m, "measures", (long)p->measures);
    pd_xml_set_int(m, "programmes", (long)p->programme_refs.n);
  }
  S_emit_programmes(root, latest, nl, th);
  S_emit_locals(root, latest, nl);
  S_emit_profiles(root, latest, nl);
  S_emit_coverage(root, latest, nl);
  S_emit_cooperation(root, latest, nl);
  S_emit_goals(root, latest, nl);
  S_emit_similarity(root, latest, nl);
  S_emit_borrowing(root, latest, nl, th);
  S_emit_versions(root, all, np);

  for (size_t i = 0; i < np; i++)
    S_free_profile(&all[i]);
  free(all);
  free(latest);
  for (size_t i = 0; i < n; i++) {
    free(refs[i].id);
    free(refs[i].file);
    free(refs[i].doc_type);
  }
  free(refs);
  return out;
}
