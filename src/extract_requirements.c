/* extract_requirements.c — the passages that speak to a requirement of
 * barnevernsloven § 15-1: how the work is organised, how it is divided
 * between services, how the services cooperate (the plan's goals are
 * goals, extract_goals.c).
 *
 * A passage counts only where the plan speaks of its own substance: not
 * under a literature heading, not in a section on the background (the
 * planning process, national guidelines, the law's text), not where it
 * summarises another plan, and not in a sentence that cites or restates
 * the law ("Planen skal beskrive ... hvordan arbeidet skal organiseres").
 * A sentence must name the services (or the cooperation model) it is
 * about. It is strong evidence when it names the cooperation model, or
 * stands in the plan's own section on its organisation, division of tasks
 * or cooperation (a heading naming one) and, for organisation, arranges
 * more than one service. Elsewhere it touches the requirement in passing
 * (a service's description: "Kulturskolen har et samarbeid med
 * barnehager"; one service's inner order) and is weak ("aside"); so is a
 * sentence on what may come ("vil kunne bidra", "skal vurderes": the
 * lexicon's planned-use cues), "tentative". A heading alone is weak. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "matcher.h"

static const struct {
  pd_cue cue;
  const char *id;
} REQUIREMENTS[] = {{PD_CUE_REQ_ORGANISATION, "organisation"},
                    {PD_CUE_REQ_DIVISION, "division"},
                    {PD_CUE_REQ_COOPERATION, "cooperation"}};
enum { NREQ = sizeof REQUIREMENTS / sizeof REQUIREMENTS[0] };

/* Statements kept per requirement, document and strength: the reports
 * quote the first few strong ones; the rest would only repeat. Strong and
 * weak are counted apart, so passing mentions early in a plan do not
 * crowd out its own section on the requirement. */
enum { MAX_PER_REQUIREMENT = 12 };

static int S_own_substance(const pd_extractor *x, const pd_x_context *c) {
  return !c->literature && !c->background && !x->other_plan;
}

static int S_strong(pd_evidence e) { return strcmp(pd_evidence_strength(e), "strong") == 0; }

static size_t S_count(const pd_extractor *x, const char *id, pd_evidence e) {
  size_t n = 0;
  for (size_t i = 0; i < x->plan->statements.n; i++)
    n += strcmp(x->plan->statements.v[i].value, id) == 0 &&
         S_strong(x->plan->statements.v[i].where.evidence) == S_strong(e);
  return n;
}

int pd_x_names_requirement(const pd_extractor *x, const char *folded) {
  for (size_t r = 0; r < NREQ; r++)
    if (pd_lexicon_find(x->th->lexicon, REQUIREMENTS[r].cue, folded))
      return 1;
  return 0;
}

void pd_x_requirement_heading(pd_extractor *x, pd_x_context *c, const char *folded,
                              const char *text, unsigned long line, unsigned long end) {
  if (!S_own_substance(x, c))
    return;
  for (size_t r = 0; r < NREQ; r++)
    if (pd_lexicon_find(x->th->lexicon, REQUIREMENTS[r].cue, folded)) {
      c->requirement_section = 1;
      if (S_count(x, REQUIREMENTS[r].id, PD_EV_HEADING) < MAX_PER_REQUIREMENT)
        pd_x_fact(x, &x->plan->statements, REQUIREMENTS[r].id, line, end, text, strlen(text),
                  PD_EV_HEADING);
    }
}

/* What the hits within [A, B) name: distinct services, cooperation models,
 * prevention levels, laws. */
typedef struct named {
  size_t services, models, levels, laws;
} named;

static named S_named(const pd_x_hit *h, size_t nh, size_t a, size_t b) {
  named n = {0, 0, 0, 0};
  const pd_entry *last_service = NULL;
  for (size_t i = 0; i < nh; i++) {
    if (h[i].start < a || h[i].end > b)
      continue;
    switch (h[i].entry->kind) {
    case PD_KIND_SERVICE:
      n.services += h[i].entry != last_service;
      last_service = h[i].entry;
      break;
    case PD_KIND_MODEL:
      n.models++;
      break;
    case PD_KIND_LEVEL:
      n.levels += !h[i].colour;
      break;
    case PD_KIND_LAW:
      n.laws++;
      break;
    default:
      break;
    }
  }
  return n;
}

/* Whether a sentence with requirement R's word is about the plan's own
 * arrangement: organisation names a service or a model it organises
 * into; division gives a task to services (two, or one at a level);
 * cooperation names two services working together, or a model. */
static int S_shows(size_t r, const named *n) {
  if (n->laws)
    return 0;
  switch (r) {
  case 0:
    return n->services + n->models >= 1;
  case 1:
    return n->services >= 2 || (n->services >= 1 && n->levels >= 1);
  default:
    return n->services >= 2 || n->models >= 1;
  }
}

/* Where a sentence (FOLDED) speaks of organising the work, or NULL: the
 * cue as a verb ("er organisert gjennom", "organiseres inn i") or
 * "organisering av"; "skolens organisering" (a school's inner order) is no
 * plan's organisation. */
static const char *S_organises(const pd_lexicon *lex, const char *folded) {
  const char *cue, *first = NULL;
  for (size_t k = 0; (cue = pd_lexicon_cue_at(lex, PD_CUE_REQ_ORGANISATION, k)); k++)
    for (const char *p = folded; (p = strstr(p, cue)) != NULL; p++) {
      const char *rest = p + strlen(cue);
      if ((strncmp(rest, "t", 1) == 0 || strncmp(rest, "es", 2) == 0 ||
           strncmp(rest, "er ", 3) == 0 || strncmp(rest, "ing av", 6) == 0 ||
           strncmp(rest, "ingen av", 8) == 0) &&
          (!first || p < first)) {
        first = p;
        break;
      }
    }
  return first;
}

/* How strongly a sentence (FOLDED) that shows requirement R in context C
 * shows it (see the opening comment). NM: what the sentence names; for
 * organisation, what it names after the organising word, the services or
 * model the work is organised in ("organiseres hos Familiehelsetjenester"
 * is one service's team, whatever the sentence named before). */
static pd_evidence S_strength(const pd_extractor *x, const pd_x_context *c, size_t r,
                              const named *nm, const char *folded) {
  if (pd_lexicon_find(x->th->lexicon, PD_CUE_USE_PLANNED, folded))
    return PD_EV_TENTATIVE;
  if (nm->models)
    return PD_EV_SENTENCE;
  if (!c->requirement_section || (r == 0 && nm->services < 2))
    return PD_EV_ASIDE;
  return PD_EV_SENTENCE;
}

void pd_x_requirement_sentences(pd_extractor *x, const pd_x_context *c, xmlNodePtr n,
                                const char *text, const pd_x_hit *h, size_t nh) {
  if (!S_own_substance(x, c) || strstr(text, "§"))
    return;
  size_t len = strlen(text);
  for (size_t a = 0; a < len;) {
    size_t b = a;
    while (b < len && !pd_x_sentence_end(text, len, b))
      b++;
    b = b < len ? b + 1 : len;
    named nm = S_named(h, nh, a, b);
    if (nm.services + nm.models) {
      pd_buf folded = PD_BUF_INIT;
      size_t *map = NULL;
      pd_fold(text + a, b - a, 0, &folded, &map);
      const char *f = pd_buf_cstr(&folded);
      const char *organises = S_organises(x->th->lexicon, f);
      for (size_t r = 0; r < NREQ; r++) {
        if (!S_shows(r, &nm) || !pd_lexicon_find(x->th->lexicon, REQUIREMENTS[r].cue, f) ||
            (r == 0 && !organises))
          continue;
        named into = r == 0 ? S_named(h, nh, a + map[organises - f], b) : nm;
        pd_evidence ev = S_strength(x, c, r, &into, f);
        if (S_count(x, REQUIREMENTS[r].id, ev) >= MAX_PER_REQUIREMENT)
          continue;
        size_t s = a;
        while (s < b && text[s] == ' ')
          s++;
        unsigned long first = pd_x_line_at(x, n, s), last = pd_x_line_at(x, n, b ? b - 1 : 0);
        pd_x_fact(x, &x->plan->statements, REQUIREMENTS[r].id, first, last, text + s, b - s, ev);
      }
      free(map);
      pd_buf_free(&folded);
    }
    a = b;
    while (a < len && text[a] == ' ')
      a++;
  }
}
