/* thesaurus.c — load the vocabulary and build its matcher. */
#include "thesaurus.h"

#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "diag.h"
#include "thesaurus_variants.h"
#include "xmlio.h"

static const char *const KIND_NAMES[PD_KIND_COUNT] = {"programme", "model",       "level", "status",
                                                      "service",   "risk-factor", "sdg",   "law"};

const char *pd_kind_name(pd_kind kind) { return kind < PD_KIND_COUNT ? KIND_NAMES[kind] : "?"; }

static void S_push(char ***list, size_t *n, char *s) {
  *list = pd_xrealloc(*list, (*n + 1) * sizeof **list);
  (*list)[(*n)++] = s;
}

static void S_add_alias(pd_thesaurus *th, const char *text, unsigned flags, size_t entry,
                        int colour) {
  size_t p = pd_matcher_add(th->matcher, text, flags);
  th->aliases = pd_xrealloc(th->aliases, (p + 1) * sizeof *th->aliases);
  th->aliases[p].entry = entry;
  th->aliases[p].colour = colour;
  th->naliases = p + 1;
}

/* 1 for a fact in bokmål (no lang, or lang="nb"): the one compare and the
 * tables carry; its English form (lang="en") is for the English pages. */
static int S_bokmal(xmlNodePtr c) {
  char *lang = pd_xml_attr(c, "lang");
  int nb = !lang || strcmp(lang, "nb") == 0;
  free(lang);
  return nb;
}

static void S_read_entry(pd_thesaurus *th, xmlNodePtr node, pd_entry *e, size_t index) {
  memset(e, 0, sizeof *e);
  char *kind = pd_xml_attr(node, "kind");
  for (int k = 0; k < PD_KIND_COUNT; k++)
    if (kind && strcmp(kind, KIND_NAMES[k]) == 0)
      e->kind = (pd_kind)k;
  free(kind);
  e->id = pd_xml_attr(node, "id");
  e->value = pd_xml_attr(node, "value");
  e->family = pd_xml_attr(node, "family");
  e->typical_level = pd_xml_attr(node, "typical-level");
  char *ev = pd_xml_attr(node, "evidence-level");
  e->evidence_level = ev ? atoi(ev) : -1;
  free(ev);
  for (xmlNodePtr c = node->children; c; c = c->next) {
    if (pd_xml_is(c, "name")) {
      char *lang = pd_xml_attr(c, "lang");
      char **slot = !lang                     ? NULL
                    : strcmp(lang, "nb") == 0 ? &e->name_nb
                    : strcmp(lang, "nn") == 0 ? &e->name_nn
                                              : &e->name_en;
      if (slot && !*slot)
        *slot = pd_xml_text(c);
      free(lang);
    } else if (pd_xml_is(c, "short")) {
      free(e->short_name);
      e->short_name = pd_xml_text(c);
    } else if (pd_xml_is(c, "alias")) {
      char *text = pd_xml_text(c);
      char *compound = pd_xml_attr(c, "compound"), *cs = pd_xml_attr(c, "case"),
           *colour = pd_xml_attr(c, "colour");
      unsigned flags = (compound ? PD_MATCH_COMPOUND : 0) | (cs ? PD_MATCH_EXACT : 0);
      S_add_alias(th, text, flags, index, colour != NULL);
      free(text);
      free(compound);
      free(cs);
      free(colour);
    } else if (pd_xml_is(c, "contains")) {
      S_push(&e->contains, &e->ncontains, pd_xml_attr(c, "ref"));
    } else if (pd_xml_is(c, "model-level")) {
      S_push(&e->model_levels, &e->nmodel_levels, pd_xml_text(c));
    } else if (!S_bokmal(c)) {
      continue; /* a fact in English is for the English pages (the vocabulary) */
    } else if (pd_xml_is(c, "owner")) {
      free(e->owner);
      e->owner = pd_xml_text(c);
    } else if (pd_xml_is(c, "target-group")) {
      free(e->target_group);
      e->target_group = pd_xml_text(c);
    } else if (pd_xml_is(c, "evidence")) {
      free(e->evidence);
      e->evidence = pd_xml_text(c);
    }
  }
}

/* TEXT folded as the matcher folds it, into KNOWN. */
static void S_know(pd_set *known, const char *text) {
  pd_buf f = PD_BUF_INIT;
  pd_fold(text, strlen(text), 0, &f, NULL);
  pd_set_add(known, pd_buf_cstr(&f));
  pd_buf_free(&f);
}

/* Adds NAME (when ADD_NAME) and its variants as aliases of ENTRY, each
 * spelling only once in the whole thesaurus (KNOWN, finished). */
static void S_add_spellings(pd_thesaurus *th, const pd_variant_rules *rules, pd_set *known,
                            const char *name, int add_name, unsigned flags, size_t entry) {
  pd_set spellings = PD_SET_INIT;
  if (add_name)
    pd_set_add(&spellings, name);
  pd_name_variants(rules, name, &spellings);
  for (size_t i = 0; i < spellings.n; i++) {
    pd_buf f = PD_BUF_INIT;
    pd_fold(spellings.v[i], strlen(spellings.v[i]), 0, &f, NULL);
    if (f.len && !pd_set_has(known, pd_buf_cstr(&f))) {
      S_add_alias(th, spellings.v[i], flags, entry, 0);
      pd_set_add(known, f.data);
      pd_set_finish(known);
    }
    pd_buf_free(&f);
  }
  pd_set_free(&spellings);
}

/* A name without its parenthesised parts ("Dinosaurskolen (DUÅ
 * barnegrupper)" -> "Dinosaurskolen"): how a plan writes it. */
static char *S_bare_name(const char *name) {
  pd_buf b = PD_BUF_INIT;
  int depth = 0;
  for (const char *p = name; *p; p++) {
    depth += *p == '(';
    if (!depth)
      pd_buf_putc(&b, *p);
    depth -= *p == ')' && depth > 0;
  }
  while (b.len && b.data[b.len - 1] == ' ')
    b.len--;
  pd_buf_cstr(&b);
  return pd_buf_detach(&b);
}

/* The spellings no one needs to list (thesaurus_variants.h): for every
 * programme and cooperation model, its bokmål and nynorsk names, and the
 * variants of those names and of each alias. An alias keeps its
 * exact-case flag in its variants; a spelling already in the thesaurus is
 * not added again. */
static void S_add_variants(pd_thesaurus *th, xmlNodePtr root) {
  pd_variant_rules rules;
  pd_variant_rules_read(root, &rules);
  pd_set known = PD_SET_INIT;
  for (xmlNodePtr c = root->children; c; c = c->next)
    for (xmlNodePtr a = pd_xml_is(c, "entry") ? c->children : NULL; a; a = a->next)
      if (pd_xml_is(a, "alias")) {
        char *text = pd_xml_text(a);
        S_know(&known, text);
        free(text);
      }
  pd_set_finish(&known);
  size_t index = 0;
  for (xmlNodePtr c = root->children; c; c = c->next) {
    if (!pd_xml_is(c, "entry"))
      continue;
    const pd_entry *e = &th->entries[index];
    if (e->kind == PD_KIND_PROGRAMME || e->kind == PD_KIND_MODEL) {
      const char *names[] = {e->name_nb, e->name_nn};
      for (size_t k = 0; k < 2; k++)
        if (names[k]) {
          char *bare = S_bare_name(names[k]);
          S_add_spellings(th, &rules, &known, bare, 1, 0, index);
          free(bare);
        }
      for (xmlNodePtr a = c->children; a; a = a->next)
        if (pd_xml_is(a, "alias")) {
          char *text = pd_xml_text(a), *cs = pd_xml_attr(a, "case");
          S_add_spellings(th, &rules, &known, text, 0, cs ? PD_MATCH_EXACT : 0, index);
          free(text);
          free(cs);
        }
    }
    index++;
  }
  pd_set_free(&known);
  pd_variant_rules_free(&rules);
}

pd_thesaurus *pd_thesaurus_load(const char *path) {
  char *owned = path ? NULL : pd_data_path("thesaurus/thesaurus.xml");
  if (!path)
    path = owned;
  xmlDocPtr doc = pd_xml_load(path, NULL);
  if (!doc || pd_xml_validate(doc, "thesaurus", path) != 0) {
    if (doc)
      xmlFreeDoc(doc);
    free(owned);
    return NULL;
  }
  pd_thesaurus *th = pd_xcalloc(1, sizeof *th);
  th->path = pd_xstrdup(path);
  pd_sha256_file(path, th->sha256); /* just read: only a race leaves it "" */
  xmlNodePtr root = xmlDocGetRootElement(doc);
  th->version = pd_xml_attr(root, "version");
  th->matcher = pd_matcher_new();
  size_t n = 0;
  for (xmlNodePtr c = root->children; c; c = c->next)
    n += pd_xml_is(c, "entry");
  th->entries = pd_xcalloc(n ? n : 1, sizeof *th->entries);
  for (xmlNodePtr c = root->children; c; c = c->next)
    if (pd_xml_is(c, "entry")) {
      S_read_entry(th, c, &th->entries[th->count], th->count);
      th->count++;
    }
  S_add_variants(th, root);
  pd_matcher_build(th->matcher);
  th->lexicon = pd_lexicon_build(root);
  xmlFreeDoc(doc);
  free(owned);
  return th;
}

const pd_entry *pd_thesaurus_find(const pd_thesaurus *th, pd_kind kind, const char *id) {
  if (!id)
    return NULL;
  for (size_t i = 0; i < th->count; i++)
    if (th->entries[i].kind == kind && strcmp(th->entries[i].id, id) == 0)
      return &th->entries[i];
  return NULL;
}

void pd_thesaurus_free(pd_thesaurus *th) {
  if (!th)
    return;
  for (size_t i = 0; i < th->count; i++) {
    pd_entry *e = &th->entries[i];
    free(e->id);
    free(e->value);
    free(e->family);
    free(e->name_nb);
    free(e->name_nn);
    free(e->name_en);
    free(e->short_name);
    free(e->typical_level);
    free(e->evidence);
    free(e->owner);
    free(e->target_group);
    for (size_t k = 0; k < e->ncontains; k++)
      free(e->contains[k]);
    free(e->contains);
    for (size_t k = 0; k < e->nmodel_levels; k++)
      free(e->model_levels[k]);
    free(e->model_levels);
  }
  free(th->entries);
  free(th->aliases);
  pd_matcher_free(th->matcher);
  pd_lexicon_free(th->lexicon);
  free(th->path);
  free(th->version);
  free(th);
}
