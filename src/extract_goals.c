/* extract_goals.c — goals: the paragraphs and list items under a heading
 * that names a vision, a goal, sub-goals or strategies (the lexicon's goal
 * cues), each with the heading it stands under. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "xmlio.h"

enum { MAX_GOALS_PER_SECTION = 15 };

int pd_x_goal_kind(const pd_extractor *x, const char *heading_lower) {
  static const struct {
    pd_cue cue;
    pd_goal_kind kind;
  } kinds[] = {{PD_CUE_VISION, PD_GOAL_VISION},
               {PD_CUE_SUBGOAL, PD_GOAL_SUBGOAL},
               {PD_CUE_GOAL, PD_GOAL_GOAL},
               {PD_CUE_STRATEGY, PD_GOAL_STRATEGY}};
  /* "Formål med planen" names the plan's purpose, not its goals. */
  if (pd_lexicon_find(x->th->lexicon, PD_CUE_NOT_GOAL, heading_lower))
    return -1;
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    if (pd_lexicon_find(x->th->lexicon, kinds[k].cue, heading_lower))
      return (int)kinds[k].kind;
  return -1;
}

/* A paragraph that opens with a goal label ("Mål: Et hovedmål ...",
 * "Innsatsområder: ..."): the label's kind, and *START the offset of the
 * words after it; -1 when there is no such label. */
static int S_labelled(const pd_extractor *x, const char *text, size_t *start) {
  enum { MAX_LABEL = 30 };
  const char *colon = strchr(text, ':');
  if (!colon || colon == text || (size_t)(colon - text) > MAX_LABEL || colon[1] != ' ')
    return -1;
  for (const char *p = text; p < colon; p++)
    if (*p >= '0' && *p <= '9') /* "Mål 3: ..." names a goal, it is no label */
      return -1;
  char *label = pd_xstrndup(text, (size_t)(colon - text));
  char *lower = pd_x_lower(label);
  int kind = pd_x_goal_kind(x, lower);
  free(lower);
  free(label);
  *start = (size_t)(colon - text) + 2;
  return kind;
}

/* Whether TEXT names a vision (goals): the lexicon's vision (goal) cues. */
static int S_names_cue(const pd_extractor *x, const char *text, pd_cue cue) {
  char *lower = pd_x_lower(text);
  int named = pd_lexicon_find(x->th->lexicon, cue, lower) != NULL;
  free(lower);
  return named;
}
static int S_names_vision(const pd_extractor *x, const char *text) {
  return S_names_cue(x, text, PD_CUE_VISION);
}
static int S_names_goals(const pd_extractor *x, const char *text) {
  return S_names_cue(x, text, PD_CUE_GOAL);
}

void pd_x_goal(pd_extractor *x, pd_x_context *c, xmlNodePtr n) {
  if (c->literature || x->other_plan)
    return;
  char *text = pd_x_text(n);
  size_t start = 0;
  int kind = S_labelled(x, text, &start);
  if (kind < 0) {
    start = 0;
    kind = c->goals_here < MAX_GOALS_PER_SECTION ? c->goal_kind : -1;
    /* "Mål" over a goal sentence and more: what follows the first goal
     * paragraph (a list, more paragraphs) is its sub-goals. */
    if (kind == PD_GOAL_GOAL && c->goal_paragraph)
      kind = PD_GOAL_SUBGOAL;
    /* Under "Mål og visjon" a paragraph is the vision only when it says
     * so ("Sandefjords visjon, Sammen Fremover, ..."); the others are
     * goals. */
    if (kind == PD_GOAL_VISION && c->section && S_names_goals(x, c->section) &&
        !S_names_vision(x, text))
      kind = PD_GOAL_GOAL;
  }
  const char *aim = text + start;
  size_t len = strlen(aim);
  /* Not a goal section; too short to be an aim, too long to be one aim, or
   * a label ("Overordnet mål:") introducing the goal that follows; one
   * word or a file name ("...-2019-2025.pdf"). */
  if (kind < 0 || len < 12 || len > 600 || aim[len - 1] == ':' || !strchr(aim, ' ')) {
    free(text);
    return;
  }
  pd_goal *g = pd_plan_add_goal(x->plan);
  g->kind = (pd_goal_kind)kind;
  g->section = c->section ? pd_xstrdup(c->section) : NULL;
  pd_x_prov(x, &g->where, pd_x_attr_ul(n, "line"), pd_x_attr_ul(n, "end-line"), aim, len,
            PD_EV_NONE);
  g->text = pd_xstrdup(g->where.quote);
  c->goals_here++;
  c->goal_paragraph |= kind == PD_GOAL_GOAL && pd_x_is(n, "p");
  free(text);
}

/* Whether SECTION holds nothing but its heading (and sub-sections). */
static int S_empty_section(xmlNodePtr section) {
  for (xmlNodePtr n = section->children; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE && !pd_x_is(n, "heading") && !pd_x_is(n, "section"))
      return 0;
  return 1;
}

/* A slide or a flattened PDF often sets a goal heading ("Overordnet mål og
 * strategier") with nothing under it and its strategies as the headings
 * that follow, of the same kind. Those headings are strategies while they
 * are short and name nothing else (a requirement, a goal, literature). */
void pd_x_heading_goal(pd_extractor *x, const pd_x_context *c, xmlNodePtr section,
                       xmlNodePtr heading, const char *text, const char *lower) {
  enum { MAX_HEADING_GOALS = 8, MAX_WORDS = 8 };
  char *kind = pd_xml_attr(heading, "kind");
  if (x->heading_goals) {
    size_t words = pd_x_words(text);
    int names_other = pd_x_names_requirement(x, lower);
    if (c->goal_kind < 0 && !c->literature && !c->background && !x->other_plan && !names_other &&
        words <= MAX_WORDS && kind && x->heading_goals_kind &&
        strcmp(kind, x->heading_goals_kind) == 0) {
      pd_goal *g = pd_plan_add_goal(x->plan);
      g->kind = PD_GOAL_STRATEGY;
      g->section = x->heading_goals_section ? pd_xstrdup(x->heading_goals_section) : NULL;
      pd_x_prov(x, &g->where, pd_x_attr_ul(heading, "line"), pd_x_attr_ul(heading, "end-line"),
                text, strlen(text), PD_EV_HEADING);
      g->text = pd_xstrdup(g->where.quote);
      x->heading_goals--;
    } else {
      x->heading_goals = 0;
    }
  }
  /* "Tiltak  Mål": a table's header row read as a heading (a column gap
   * inside), not a goal heading. */
  if (c->goal_kind >= 0 && !c->literature && !x->other_plan && S_empty_section(section) &&
      !strstr(text, "  ")) {
    x->heading_goals = MAX_HEADING_GOALS;
    free(x->heading_goals_kind);
    x->heading_goals_kind = kind;
    free(x->heading_goals_section);
    x->heading_goals_section = pd_xstrdup(text);
    return;
  }
  free(kind);
}

/* How many things TEXT (folded) announces: the number word or digit right
 * before CUE_AT ("fire strategiske innsatsområder", "4 satsinger"), or 0. */
static int S_count_before(const char *lower, const char *cue_at) {
  static const char *const words[] = {"to",  "tre", "fire", "fem", "seks",
                                      "sju", "syv", "åtte", "ni",  "ti"};
  static const int values[] = {2, 3, 4, 5, 6, 7, 7, 8, 9, 10};
  /* the word before the cue, or the one before that ("fire strategiske") */
  const char *end = cue_at;
  for (int back = 0; back < 2 && end > lower; back++) {
    while (end > lower && end[-1] == ' ')
      end--;
    const char *w = end;
    while (w > lower && w[-1] != ' ')
      w--;
    size_t len = (size_t)(end - w);
    if (len == 1 && *w >= '2' && *w <= '9')
      return *w - '0';
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
      if (strlen(words[k]) == len && strncmp(w, words[k], len) == 0)
        return values[k];
    end = w;
  }
  return 0;
}

void pd_x_strategies_announced(pd_extractor *x, const pd_x_context *c, xmlNodePtr n,
                               const char *text) {
  enum { MAX_LABEL_WORDS = 3, UNCOUNTED = 8 };
  size_t len = strlen(text);
  while (len > 0 && text[len - 1] == ' ')
    len--;
  if (!pd_x_is(n, "p") || len == 0 || text[len - 1] != ':' || c->goal_kind >= 0 || c->literature ||
      c->background || x->other_plan)
    return;
  char *lower = pd_x_lower(text);
  int count = 0, named = 0;
  const char *cue;
  for (size_t k = 0; !count && (cue = pd_lexicon_cue_at(x->th->lexicon, PD_CUE_STRATEGY, k)); k++)
    for (const char *at = lower; !count && (at = strstr(at, cue)) != NULL; at += strlen(cue)) {
      named = 1;
      count = S_count_before(lower, at);
    }
  if (named) {
    /* a number announces what follows; a bare label ("Satsinger:")
     * announces numbered points only */
    if (count || pd_x_words(text) <= MAX_LABEL_WORDS) {
      x->announced = count ? count : UNCOUNTED;
      x->announced_counted = count > 0;
      x->announced_numbered = 0;
    }
  }
  free(lower);
}

/* Whether N (TEXT) is numbered: a number as its marker or heading number
 * ("2.", 3), or a heading whose words start with one ("1. Utprøving ...",
 * as a converted document sets a numbered heading). */
static int S_numbered(xmlNodePtr n, const char *text) {
  char *marker = pd_xml_attr(n, pd_x_is(n, "heading") ? "number" : "marker");
  int numbered = marker && *marker >= '0' && *marker <= '9';
  free(marker);
  if (!numbered && pd_x_is(n, "heading")) {
    size_t d = 0;
    while (text[d] >= '0' && text[d] <= '9')
      d++;
    numbered = d > 0 && d <= 2 && text[d] == '.' && text[d + 1] == ' ';
  }
  return numbered;
}

/* Whether item N is the only item of its list: a one-line list standing
 * between paragraphs, as a bold point of a converted document is. */
static int S_only_item(xmlNodePtr n) {
  return pd_x_is(n, "item") && !xmlPreviousElementSibling(n) && !xmlNextElementSibling(n);
}

void pd_x_announced_strategy(pd_extractor *x, const pd_x_context *c, xmlNodePtr n,
                             const char *text) {
  enum { MAX_NUMBERED_WORDS = 32, MAX_POINT_WORDS = 10 };
  if (x->announced <= 0)
    return;
  if (c->literature || x->other_plan) {
    x->announced = 0;
    return;
  }
  int numbered = S_numbered(n, text);
  int heading = pd_x_is(n, "heading");
  /* a bare label's points are numbered: an unnumbered heading ends them */
  if (heading && !numbered && !x->announced_counted) {
    x->announced = 0;
    return;
  }
  size_t words = pd_x_words(text);
  /* once the points are numbered, only numbered ones are points: a
   * one-item list under point 1 ("Grønt tiltak = ...") is part of it */
  int point = !heading && x->announced_counted && !x->announced_numbered && S_only_item(n) &&
              words <= MAX_POINT_WORDS && !strchr(text, '.');
  if (!((numbered && words <= MAX_NUMBERED_WORDS) || point) || strlen(text) < 4)
    return;
  /* the point's words without a number its heading text begins with */
  const char *words_at = text;
  if (heading) {
    const char *p = text;
    while (*p >= '0' && *p <= '9')
      p++;
    if (p > text && p[0] == '.' && p[1] == ' ')
      words_at = p + 2;
  }
  pd_goal *g = pd_plan_add_goal(x->plan);
  g->kind = PD_GOAL_STRATEGY;
  g->section = c->section ? pd_xstrdup(c->section) : NULL;
  /* a point of the list the lead-in announced, whether the text set it
   * as an item or as a numbered heading */
  pd_x_prov(x, &g->where, pd_x_attr_ul(n, "line"), pd_x_attr_ul(n, "end-line"), words_at,
            strlen(words_at), PD_EV_ITEM);
  g->text = pd_xstrdup(g->where.quote);
  x->announced--;
  x->announced_numbered |= numbered;
}
