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
 * A sentence is strong evidence when it names the services (or the
 * cooperation model) it is about; a heading alone is weak. */
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

/* Statements kept per requirement and document: the reports quote the
 * first few; the rest would only repeat. */
enum { MAX_PER_REQUIREMENT = 12 };

static int S_own_substance(const pd_extractor *x, const pd_x_context *c) {
  return !c->literature && !c->background && !x->other_plan;
}

static size_t S_count(const pd_extractor *x, const char *id) {
  size_t n = 0;
  for (size_t i = 0; i < x->plan->statements.n; i++)
    n += strcmp(x->plan->statements.v[i].value, id) == 0;
  return n;
}

int pd_x_names_requirement(const pd_extractor *x, const char *folded) {
  for (size_t r = 0; r < NREQ; r++)
    if (pd_lexicon_find(x->th->lexicon, REQUIREMENTS[r].cue, folded))
      return 1;
  return 0;
}

void pd_x_requirement_heading(pd_extractor *x, const pd_x_context *c, const char *folded,
                              const char *text, unsigned long line, unsigned long end) {
  if (!S_own_substance(x, c))
    return;
  for (size_t r = 0; r < NREQ; r++)
    if (pd_lexicon_find(x->th->lexicon, REQUIREMENTS[r].cue, folded) &&
        S_count(x, REQUIREMENTS[r].id) < MAX_PER_REQUIREMENT)
      pd_x_fact(x, &x->plan->statements, REQUIREMENTS[r].id, line, end, text, strlen(text),
                PD_EV_HEADING);
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

/* Whether a sentence (FOLDED) speaks of organising the work: the cue as a
 * verb ("er organisert gjennom", "organiseres inn i") or "organisering
 * av"; "skolens organisering" (a school's inner order) is no plan's
 * organisation. */
static int S_organises(const pd_lexicon *lex, const char *folded) {
  const char *cue;
  for (size_t k = 0; (cue = pd_lexicon_cue_at(lex, PD_CUE_REQ_ORGANISATION, k)); k++)
    for (const char *p = folded; (p = strstr(p, cue)) != NULL; p++) {
      const char *rest = p + strlen(cue);
      if (strncmp(rest, "t", 1) == 0 || strncmp(rest, "es", 2) == 0 ||
          strncmp(rest, "er ", 3) == 0 || strncmp(rest, "ing av", 6) == 0 ||
          strncmp(rest, "ingen av", 8) == 0)
        return 1;
    }
  return 0;
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
      pd_fold(text + a, b - a, 0, &folded, NULL);
      for (size_t r = 0; r < NREQ; r++)
        if (S_shows(r, &nm) &&
            pd_lexicon_find(x->th->lexicon, REQUIREMENTS[r].cue, pd_buf_cstr(&folded)) &&
            (r != 0 || S_organises(x->th->lexicon, pd_buf_cstr(&folded))) &&
            S_count(x, REQUIREMENTS[r].id) < MAX_PER_REQUIREMENT) {
          size_t s = a;
          while (s < b && text[s] == ' ')
            s++;
          unsigned long first = pd_x_line_at(x, n, s), last = pd_x_line_at(x, n, b ? b - 1 : 0);
          pd_x_fact(x, &x->plan->statements, REQUIREMENTS[r].id, first, last, text + s, b - s,
                    PD_EV_SENTENCE);
        }
      pd_buf_free(&folded);
    }
    a = b;
    while (a < len && text[a] == ' ')
      a++;
  }
}
