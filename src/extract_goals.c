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
  if (c->literature)
    return;
  char *text = pd_x_text(n);
  size_t start = 0;
  int kind = S_labelled(x, text, &start);
  if (kind < 0) {
    start = 0;
    kind = c->goals_here < MAX_GOALS_PER_SECTION ? c->goal_kind : -1;
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
  free(text);
}
