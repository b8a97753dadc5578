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
