/* extract.c — stage 2: document tree + thesaurus -> plan struct (plan.h).
 *
 * The walk goes over the tree in document order and carries the context
 * the plans express through structure: the level a colour heading stands
 * for (GRØNT = universell, where the plan maps colours to levels), a
 * literature section, a goal section, a planning programme's outline.
 * Each element goes to the module that knows its kind of fact:
 * extract_measures.c (running text and list items), extract_tables.c,
 * extract_goals.c, extract_indicators.c. Two more passes, before and
 * after, ask whether the plan maps colours to levels and which levels of
 * a cooperation model it names. The result is a struct; plan_xml.c alone
 * writes it as XML. */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#include "budget.h"
#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "manifest.h"
#include "matcher.h"
#include "pdf_pages.h"
#include "plan_xml.h"
#include "xmlio.h"

#ifndef PLANDIFF_VERSION
#define PLANDIFF_VERSION "0"
#endif

enum { MAX_DEPTH = 64 };

/* Whether the first block after HEADING in its section is a list. */
static int S_opens_with_list(xmlNodePtr heading) {
  for (xmlNodePtr n = heading->next; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      return pd_x_is(n, "list");
  return 0;
}

/* A heading: the section it opens, and the context it sets for what
 * stands under it (C, from the PARENT context). */
static void S_heading(pd_extractor *x, pd_x_context *c, xmlNodePtr section, xmlNodePtr heading,
                      const pd_x_context *parent) {
  char *text = pd_x_text(heading);
  pd_section *s = pd_plan_add_section(x->plan);
  s->level = (int)pd_x_attr_ul(section, "level");
  s->number = pd_xml_attr(heading, "number");
  if (s->number && !*s->number) {
    free(s->number);
    s->number = NULL;
  }
  unsigned long line = pd_x_attr_ul(heading, "line");
  pd_x_prov(x, &s->where, line, pd_x_attr_ul(heading, "end-line"), text, strlen(text), PD_EV_NONE);
  s->text = pd_xstrdup(s->where.quote);

  char *lower = pd_x_lower(text);
  *c = *parent;
  c->section = s->text;
  c->goals_here = 0;
  c->goal_paragraph = 0;
  const pd_lexicon *lex = x->th->lexicon;
  if (pd_lexicon_find(lex, PD_CUE_LITERATURE, lower))
    c->literature = 1;
  if (pd_lexicon_find(lex, PD_CUE_BACKGROUND, lower))
    c->background = 1;
  /* A summary of another plan goes on under the short list-only headings
   * PDF text flattens its sub-headings into; prose under a heading of its
   * own ends it. */
  if (pd_lexicon_find(lex, PD_CUE_OTHER_PLAN, lower))
    x->other_plan = 1;
  else if (x->other_plan && !S_opens_with_list(heading))
    x->other_plan = 0;
  pd_x_requirement_heading(x, c, lower, text, line, pd_x_attr_ul(heading, "end-line"));
  int outline_heading = pd_lexicon_find(lex, PD_CUE_OUTLINE, lower) != NULL;
  if (outline_heading)
    c->outline = 1;
  c->goal_kind = pd_x_goal_kind(x, lower);
  pd_x_heading_goal(x, c, section, heading, text, lower);
  pd_x_announced_strategy(x, c, heading, text);
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, text, &h);
  pd_x_collect_items(x, heading, text, h, nh);
  /* A heading naming one level ("GRØNT", "Selektive tiltak") gives it to
   * what stands under it; a heading naming several ("Utprøving av rødt og
   * grønt tiltak") speaks of levels, and under it no level holds. */
  const pd_x_hit *level = pd_x_one_level(h, nh, x->colours);
  int levels = 0;
  for (size_t i = 0; i < nh && !level; i++)
    levels |= h[i].entry->kind == PD_KIND_LEVEL && (!h[i].colour || x->colours);
  if (level || levels) {
    c->colour_level = level ? level->entry->value : NULL;
    c->colour_at = level ? x->plan->nsections : 0;
    c->colour_evidence = level && level->colour ? PD_EV_COLOUR : PD_EV_HEADING;
    c->level_heading = x->plan->nsections;
  }
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_PROGRAMME)
      pd_x_mention(x, pd_x_measure(x, h[i].entry->id, NULL, 0), heading, text, &h[i],
                   c->literature ? PD_USE_LITERATURE : PD_USE_RUNS);
  free(h);
  free(lower);
  if (parent->outline && !outline_heading) {
    pd_fact *part =
        pd_x_fact(x, &x->plan->outline, NULL, line, line, text, strlen(text), PD_EV_NONE);
    part->value = pd_xstrdup(part->where.quote);
  }
  free(text);
}

static void S_walk(pd_extractor *x, xmlNodePtr parent, const pd_x_context *pc, int depth) {
  pd_x_context c = *pc;
  if (depth > MAX_DEPTH)
    return;
  for (xmlNodePtr n = parent->children; n && !pd_budget_spent(); n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (pd_x_is(n, "section")) {
      xmlNodePtr heading = n->children;
      while (heading && !pd_x_is(heading, "heading"))
        heading = heading->next;
      pd_x_context inner = c;
      if (heading) {
        pd_x_appendix_title(x, &c, heading);
        S_heading(x, &inner, n, heading, &c);
      }
      /* A colour heading ("GRØNT") often stands at the same level as the
       * headings of the lists it governs: it holds for the sections that
       * follow it until another heading that names a level. */
      if (inner.level_heading != c.level_heading && inner.level_heading == x->plan->nsections) {
        c.colour_level = inner.colour_level;
        c.colour_at = inner.colour_at;
        c.colour_evidence = inner.colour_evidence;
        c.level_heading = inner.level_heading;
      }
      S_walk(x, n, &inner, depth + 1);
    } else if (pd_x_is(n, "p") || pd_x_is(n, "item")) {
      pd_x_text_block(x, &c, n);
      char *text = pd_x_text(n);
      pd_x_indicators(x, n, text);
      pd_x_goal(x, &c, n);
      if (c.goal_kind < 0)
        pd_x_announced_strategy(x, &c, n, text);
      pd_x_strategies_announced(x, &c, n, text);
      free(text);
      if (pd_x_is(n, "p") && pd_x_is_service_label(x, n))
        c.service_label = n;
    } else if (pd_x_is(n, "list")) {
      S_walk(x, n, &c, depth + 1);
    } else if (pd_x_is(n, "table")) {
      pd_x_table(x, &c, n);
    }
  }
}

/* Does the plan say which colour means which level? Some paragraph names a
 * colour and a level together ("universell forebygging (grønt område)"). */
static int S_maps_colours(const pd_extractor *x, xmlNodePtr node, int depth) {
  if (depth > MAX_DEPTH)
    return 0;
  for (xmlNodePtr n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (pd_x_is(n, "p") || pd_x_is(n, "item")) {
      char *text = pd_x_text(n);
      pd_x_hit *h = NULL;
      size_t nh = pd_x_hits(x, text, &h);
      int colour = 0, word = 0;
      for (size_t i = 0; i < nh; i++)
        if (h[i].entry->kind == PD_KIND_LEVEL)
          *(h[i].colour ? &colour : &word) = 1;
      free(h);
      free(text);
      if (colour && word)
        return 1;
    } else if (!pd_x_is(n, "table") && S_maps_colours(x, n, depth + 1)) {
      return 1;
    }
  }
  return 0;
}

/* "nivå 2" in the text: the model's levels where no table gives them. */
static void S_level_words(pd_extractor *x, xmlNodePtr node, int depth) {
  if (depth > MAX_DEPTH)
    return;
  for (xmlNodePtr n = node->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (!(pd_x_is(n, "p") || pd_x_is(n, "item") || pd_x_is(n, "heading"))) {
      S_level_words(x, n, depth + 1);
      continue;
    }
    char *t = pd_x_text(n);
    char *lower = pd_xstrdup(t); /* same offsets as T */
    pd_lower_in_place(lower);
    const char *cue;
    for (size_t k = 0; (cue = pd_lexicon_cue_at(x->th->lexicon, PD_CUE_MODEL_LEVEL, k)); k++) {
      size_t cl = strlen(cue);
      for (const char *p = lower; (p = strstr(p, cue)) != NULL; p += cl) {
        /* the word, one space, one digit 0-3 (BTI's levels) */
        if (p[cl] == ' ' && p[cl + 1] >= '0' && p[cl + 1] <= '3' &&
            !(p[cl + 2] >= '0' && p[cl + 2] <= '9')) {
          char num[2] = {p[cl + 1], '\0'};
          size_t at = (size_t)(p - lower);
          if (!pd_facts_has(&x->model_levels, num)) {
            size_t sa, sb;
            pd_x_sentence(t, strlen(t), at, at + cl + 1, &sa, &sb);
            unsigned long line = pd_x_line_at(x, n, at);
            pd_x_fact(x, &x->model_levels, num, line, line, t + sa, sb - sa, PD_EV_NONE);
          }
        }
      }
    }
    free(lower);
    free(t);
  }
}

static int S_cmp_levels(const void *a, const void *b) {
  const pd_fact *x = a, *y = b;
  return strcmp(x->value, y->value);
}

/* ---- the plan's head and named things ----------------------------------------------- */

static char *S_root_attr(xmlNodePtr root, const char *name) { return pd_xml_attr(root, name); }

static long S_root_long(xmlNodePtr root, const char *name) {
  char *v = pd_xml_attr(root, name);
  long n = v ? strtol(v, NULL, 10) : -1;
  free(v);
  return n;
}

static void S_head(pd_extractor *x, xmlNodePtr root) {
  pd_plan *p = x->plan;
  p->generator_version = pd_xstrdup(PLANDIFF_VERSION);
  if (x->th->version)
    p->thesaurus_version = pd_xstrdup(x->th->version);
  if (x->th->sha256[0]) /* provenance stamps (research) */
    p->thesaurus_sha256 = pd_xstrdup(x->th->sha256);
  p->municipality.id = S_root_attr(root, "municipality");
  if (!p->municipality.id) /* a tree with no municipality: the one rule of manifest.h */
    p->municipality.id = pd_municipality_fallback(x->file);
  p->municipality.name = S_root_attr(root, "municipality-name");
  p->municipality.kommunenummer = S_root_attr(root, "kommunenummer");
  p->municipality.county = S_root_attr(root, "county");
  pd_document *d = pd_plan_add_document(p);
  d->file = pd_xstrdup(x->file);
  d->doc_type = S_root_attr(root, "doc-type");
  if (!d->doc_type) {
    /* A planning programme says so in its first headings. */
    int programme = 0;
    for (size_t i = 0; i < p->nsections && i < 5; i++) {
      char *l = pd_x_lower(p->sections[i].text);
      programme |= pd_lexicon_find(x->th->lexicon, PD_CUE_PLANNING_PROGRAMME, l) != NULL;
      free(l);
    }
    d->doc_type = pd_xstrdup(programme ? "planprogram" : "plan");
  }
  d->year = S_root_long(root, "year");
  d->lines = S_root_long(root, "lines");
  d->encoding = S_root_attr(root, "encoding");
  d->sha256 = S_root_attr(root, "sha256");
}

/* Laws become the plan's legal basis (first mention as provenance),
 * cooperation models its models (with the levels the plan describes);
 * services, risk factors and SDGs keep their mentions. */
static void S_named_things(pd_extractor *x) {
  pd_plan *p = x->plan;
  for (size_t i = 0; i < x->laws.items.n; i++) {
    const pd_entry *e = x->laws.entry[i];
    pd_law *law = pd_plan_add_law(p);
    law->ref = pd_xstrdup(e->id);
    law->name = e->name_nb ? pd_xstrdup(e->name_nb) : NULL;
    pd_prov_copy(&law->where, &x->laws.items.v[i].mentions.v[0].where);
  }
  for (size_t i = 0; i < x->models.items.n; i++) {
    const pd_entry *e = x->models.entry[i];
    pd_model *m = pd_plan_add_model(p);
    m->ref = pd_xstrdup(e->id);
    m->name = pd_xstrdup(e->short_name ? e->short_name : e->name_nb ? e->name_nb : e->id);
    const char *family = e->family ? e->family : strcmp(e->id, "bti") == 0 ? "bti" : NULL;
    m->family = family ? pd_xstrdup(family) : NULL;
    /* The plan's own description of the levels, where it gives one. */
    for (size_t k = 0; family && strcmp(family, "bti") == 0 && k < x->model_levels.n; k++) {
      pd_model_level *l = pd_model_add_level(m);
      l->number = strtoul(x->model_levels.v[k].value, NULL, 10);
      pd_prov_copy(&l->where, &x->model_levels.v[k].where);
    }
    m->mentions = x->models.items.v[i].mentions;
    memset(&x->models.items.v[i].mentions, 0, sizeof m->mentions);
  }
  pd_x_items *lists[] = {&x->services, &x->risks, &x->sdgs};
  pd_items *into[] = {&p->services, &p->risks, &p->sdgs};
  for (size_t l = 0; l < 3; l++) {
    for (size_t i = 0; i < lists[l]->items.n; i++) {
      const pd_entry *e = lists[l]->entry[i];
      pd_item *it = pd_items_add(into[l]);
      it->ref = pd_xstrdup(e->kind == PD_KIND_SDG ? e->value : e->id);
      it->name = pd_xstrdup(e->name_nb ? e->name_nb : e->id);
      it->count = e->kind == PD_KIND_SERVICE ? lists[l]->items.v[i].count : -1;
      it->mentions = lists[l]->items.v[i].mentions;
      memset(&lists[l]->items.v[i].mentions, 0, sizeof it->mentions);
    }
  }
}

/* Ids in order of first sight ("m1", "g1" ...). */
static void S_ids(pd_plan *p) {
  char id[32];
  for (size_t i = 0; i < p->nmeasures; i++) {
    snprintf(id, sizeof id, "m%zu", i + 1);
    p->measures[i].id = pd_xstrdup(id);
  }
  for (size_t i = 0; i < p->ngoals; i++) {
    snprintf(id, sizeof id, "g%zu", i + 1);
    p->goals[i].id = pd_xstrdup(id);
  }
}

static void S_x_items_free(pd_x_items *list) {
  for (size_t i = 0; i < list->items.n; i++) {
    free(list->items.v[i].ref);
    free(list->items.v[i].name);
    pd_facts_free(&list->items.v[i].mentions);
  }
  free(list->items.v);
  free(list->entry);
}

pd_plan *pd_extract(xmlDocPtr doc, const pd_thesaurus *th) {
  xmlNodePtr root = xmlDocGetRootElement(doc);
  pd_extractor x;
  memset(&x, 0, sizeof x);
  x.th = th;
  x.plan = pd_plan_new();
  char *file = pd_xml_attr(root, "file");
  x.file = file ? file : "-";
  x.colours = S_maps_colours(&x, root, 0);

  pd_x_context c;
  memset(&c, 0, sizeof c);
  c.goal_kind = -1;
  S_walk(&x, root, &c, 0);
  if (x.models.items.n)
    S_level_words(&x, root, 0);
  if (x.model_levels.n > 1)
    qsort(x.model_levels.v, x.model_levels.n, sizeof *x.model_levels.v, S_cmp_levels);

  S_head(&x, root);
  S_named_things(&x);
  S_ids(x.plan);

  pd_x_items *lists[] = {&x.services, &x.laws, &x.risks, &x.sdgs, &x.models};
  for (size_t l = 0; l < 5; l++)
    S_x_items_free(lists[l]);
  pd_facts_free(&x.model_levels);
  free(x.heading_goals_kind);
  free(x.heading_goals_section);
  free(x.mindex);
  for (size_t i = 0; i < x.nmfolded; i++) {
    free(x.mfolded[i].folded);
    free(x.mfolded[i].word);
  }
  free(x.mfolded);
  free(x.linemap.line);
  free(x.linemap.off);
  free(file);
  return x.plan;
}

xmlDocPtr pd_extract_plan(xmlDocPtr doc, const pd_thesaurus *th) {
  pd_plan *plan = pd_extract(doc, th);
  xmlDocPtr out = pd_plan_to_xml(plan);
  pd_plan_free(plan);
  pd_pdf_stamp_pages(out, doc); /* PDF input: the page of every fact */
  return out;
}
