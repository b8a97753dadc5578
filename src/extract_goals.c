/* extract_goals.c — goals: the paragraphs and list items under a heading
 * that names a vision, a goal, sub-goals or strategies (the lexicon's goal
 * cues), each with the heading it stands under. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"

enum { MAX_GOALS_PER_SECTION = 15 };

int pd_x_goal_kind(const pd_extractor *x, const char *heading_lower) {
  static const struct {
    pd_cue cue;
    pd_goal_kind kind;
  } kinds[] = {{PD_CUE_VISION, PD_GOAL_VISION},
               {PD_CUE_SUBGOAL, PD_GOAL_SUBGOAL},
               {PD_CUE_GOAL, PD_GOAL_GOAL},
               {PD_CUE_STRATEGY, PD_GOAL_STRATEGY}};
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
    if (pd_lexicon_find(x->th->lexicon, kinds[k].cue, heading_lower))
      return (int)kinds[k].kind;
  return -1;
}

void pd_x_goal(pd_extractor *x, pd_x_context *c, xmlNodePtr n) {
  if (c->goal_kind < 0 || c->goals_here >= MAX_GOALS_PER_SECTION || c->literature)
    return;
  char *text = pd_x_text(n);
  size_t len = strlen(text);
  /* Too short to be an aim, too long to be one aim, or a label ("Overordnet
   * mål:") introducing the goal that follows. */
  if (len < 12 || len > 600 || text[len - 1] == ':') {
    free(text);
    return;
  }
  pd_goal *g = pd_plan_add_goal(x->plan);
  g->kind = (pd_goal_kind)c->goal_kind;
  g->section = c->section ? pd_xstrdup(c->section) : NULL;
  pd_x_prov(x, &g->where, pd_x_attr_ul(n, "line"), pd_x_attr_ul(n, "end-line"), text, len,
            PD_EV_NONE);
  g->text = pd_xstrdup(g->where.quote);
  c->goals_here++;
  free(text);
}
