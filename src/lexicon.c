/* lexicon.c — the domain words, read from the thesaurus data (lexicon.h).
 *
 * Built once per run from the thesaurus document: the level entries (in
 * order, with their one-word aliases other than colours), the status and
 * law entries' attributes, and the <lexicon> cues. Every comparison is on
 * text folded by pd_fold, so the data may spell a cue in any case. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "matcher.h"
#include "xmlio.h"

typedef enum match { MATCH_CONTAINS, MATCH_START, MATCH_WHOLE } match;

typedef struct cue {
  pd_cue role;      /* PD_CUE_NONE for a column word */
  pd_column column; /* PD_COL_NONE for other cues */
  match how;
  char *text;   /* as the data spells it */
  char *folded; /* pd_fold'ed */
  size_t len;   /* of folded */
  char *unless; /* folded, or NULL */
} cue;

typedef struct level {
  char *id, *nb, *en;
} level;

typedef struct level_word {
  char *folded;
  int level;
} level_word;

typedef struct law {
  char *id;
  pd_duty duty;
} law;

struct pd_lexicon {
  cue *cues;
  size_t ncues;
  level *levels;
  size_t nlevels;
  level_word *words;
  size_t nwords;
  char **planned; /* status values meaning "not run yet" */
  size_t nplanned;
  char *other; /* the status of a cell that names none */
  law *laws;
  size_t nlaws;
};

/* Role names in the data, and what each stands for. */
static const struct {
  const char *name;
  pd_cue cue;
  pd_column column;
} ROLES[] = {
    {"use-example", PD_CUE_USE_EXAMPLE, PD_COL_NONE},
    {"use-planned", PD_CUE_USE_PLANNED, PD_COL_NONE},
    {"literature", PD_CUE_LITERATURE, PD_COL_NONE},
    {"outline", PD_CUE_OUTLINE, PD_COL_NONE},
    {"planning-programme", PD_CUE_PLANNING_PROGRAMME, PD_COL_NONE},
    {"vision", PD_CUE_VISION, PD_COL_NONE},
    {"subgoal", PD_CUE_SUBGOAL, PD_COL_NONE},
    {"goal", PD_CUE_GOAL, PD_COL_NONE},
    {"strategy", PD_CUE_STRATEGY, PD_COL_NONE},
    {"model-level", PD_CUE_MODEL_LEVEL, PD_COL_NONE},
    {"status-start", PD_CUE_STATUS_START, PD_COL_NONE},
    {"area", PD_CUE_AREA, PD_COL_NONE},
    {"requirement-organisation", PD_CUE_REQ_ORGANISATION, PD_COL_NONE},
    {"requirement-division", PD_CUE_REQ_DIVISION, PD_COL_NONE},
    {"requirement-cooperation", PD_CUE_REQ_COOPERATION, PD_COL_NONE},
    {"purpose-lead", PD_CUE_PURPOSE_LEAD, PD_COL_NONE},
    {"example-lead", PD_CUE_EXAMPLE_LEAD, PD_COL_NONE},
    {"not-goal", PD_CUE_NOT_GOAL, PD_COL_NONE},
    {"background", PD_CUE_BACKGROUND, PD_COL_NONE},
    {"other-plan", PD_CUE_OTHER_PLAN, PD_COL_NONE},
    {"clause-verb", PD_CUE_CLAUSE_VERB, PD_COL_NONE},
    {"established", PD_CUE_ESTABLISHED, PD_COL_NONE},
    {"column-measure", PD_CUE_NONE, PD_COL_MEASURE},
    {"column-theme", PD_CUE_NONE, PD_COL_THEME},
    {"column-status", PD_CUE_NONE, PD_COL_STATUS},
    {"column-responsible", PD_CUE_NONE, PD_COL_RESPONSIBLE},
    {"column-level", PD_CUE_NONE, PD_COL_LEVEL},
    {"column-target-group", PD_CUE_NONE, PD_COL_TARGET_GROUP},
    {"column-goal", PD_CUE_NONE, PD_COL_GOAL},
    {"column-arena", PD_CUE_NONE, PD_COL_ARENA},
    {"column-period", PD_CUE_NONE, PD_COL_PERIOD},
    {"column-gains", PD_CUE_NONE, PD_COL_GAINS},
};

static char *S_fold(const char *s, size_t len) {
  pd_buf b = PD_BUF_INIT;
  pd_fold(s, len, 0, &b, NULL);
  return pd_buf_detach(&b);
}

static int S_attr_is(xmlNodePtr n, const char *name, const char *value) {
  char *v = pd_xml_attr(n, name);
  int is = v && strcmp(v, value) == 0;
  free(v);
  return is;
}

static void S_read_cue(pd_lexicon *lex, xmlNodePtr node) {
  char *role = pd_xml_attr(node, "role");
  size_t r = 0;
  while (r < sizeof ROLES / sizeof ROLES[0] && !(role && strcmp(role, ROLES[r].name) == 0))
    r++;
  free(role);
  if (r == sizeof ROLES / sizeof ROLES[0])
    return; /* the schema admits no other role */
  lex->cues = pd_xrealloc(lex->cues, (lex->ncues + 1) * sizeof *lex->cues);
  cue *c = &lex->cues[lex->ncues++];
  c->role = ROLES[r].cue;
  c->column = ROLES[r].column;
  c->how = S_attr_is(node, "match", "start")   ? MATCH_START
           : S_attr_is(node, "match", "whole") ? MATCH_WHOLE
                                               : MATCH_CONTAINS;
  c->text = pd_xml_text(node);
  c->folded = S_fold(c->text, strlen(c->text));
  c->len = strlen(c->folded);
  char *unless = pd_xml_attr(node, "unless");
  c->unless = unless ? S_fold(unless, strlen(unless)) : NULL;
  free(unless);
}

static void S_read_level(pd_lexicon *lex, xmlNodePtr entry) {
  lex->levels = pd_xrealloc(lex->levels, (lex->nlevels + 1) * sizeof *lex->levels);
  level *l = &lex->levels[lex->nlevels];
  l->id = pd_xml_attr(entry, "value");
  if (!l->id)
    l->id = pd_xml_attr(entry, "id");
  l->nb = l->en = NULL;
  for (xmlNodePtr c = entry->children; c; c = c->next) {
    if (pd_xml_is(c, "name")) {
      char **slot = S_attr_is(c, "lang", "nb")   ? &l->nb
                    : S_attr_is(c, "lang", "en") ? &l->en
                                                 : NULL;
      if (slot && !*slot)
        *slot = pd_xml_text(c);
    } else if (pd_xml_is(c, "alias") && !S_attr_is(c, "colour", "true")) {
      char *t = pd_xml_text(c);
      char *f = S_fold(t, strlen(t));
      free(t);
      if (*f && !strchr(f, ' ')) {
        lex->words = pd_xrealloc(lex->words, (lex->nwords + 1) * sizeof *lex->words);
        lex->words[lex->nwords].folded = f;
        lex->words[lex->nwords++].level = (int)lex->nlevels;
      } else {
        free(f);
      }
    }
  }
  lex->nlevels++;
}

pd_lexicon *pd_lexicon_build(xmlNodePtr root) {
  pd_lexicon *lex = pd_xcalloc(1, sizeof *lex);
  for (xmlNodePtr e = root ? root->children : NULL; e; e = e->next) {
    if (pd_xml_is(e, "lexicon")) {
      for (xmlNodePtr c = e->children; c; c = c->next)
        if (pd_xml_is(c, "cue"))
          S_read_cue(lex, c);
      continue;
    }
    if (!pd_xml_is(e, "entry"))
      continue;
    if (S_attr_is(e, "kind", "level")) {
      S_read_level(lex, e);
    } else if (S_attr_is(e, "kind", "status")) {
      char *value = pd_xml_attr(e, "value");
      if (value && S_attr_is(e, "use", "planned")) {
        lex->planned = pd_xrealloc(lex->planned, (lex->nplanned + 1) * sizeof *lex->planned);
        lex->planned[lex->nplanned++] = value;
      } else if (value && S_attr_is(e, "other", "true") && !lex->other) {
        lex->other = value;
      } else {
        free(value);
      }
    } else if (S_attr_is(e, "kind", "law")) {
      pd_duty duty = S_attr_is(e, "duty", "current") ? PD_DUTY_CURRENT
                     : S_attr_is(e, "duty", "old")   ? PD_DUTY_OLD
                                                     : PD_DUTY_NONE;
      if (duty != PD_DUTY_NONE) {
        lex->laws = pd_xrealloc(lex->laws, (lex->nlaws + 1) * sizeof *lex->laws);
        lex->laws[lex->nlaws].id = pd_xml_attr(e, "id");
        lex->laws[lex->nlaws++].duty = duty;
      }
    }
  }
  return lex;
}

pd_lexicon *pd_lexicon_load(const char *path) {
  char *owned = path ? NULL : pd_data_path("thesaurus/thesaurus.xml");
  if (!path)
    path = owned;
  xmlDocPtr doc = pd_xml_load(path, NULL);
  pd_lexicon *lex = NULL;
  if (doc && pd_xml_validate(doc, "thesaurus", path) == 0)
    lex = pd_lexicon_build(xmlDocGetRootElement(doc));
  if (doc)
    xmlFreeDoc(doc);
  free(owned);
  return lex;
}

void pd_lexicon_free(pd_lexicon *lex) {
  if (!lex)
    return;
  for (size_t i = 0; i < lex->ncues; i++) {
    free(lex->cues[i].text);
    free(lex->cues[i].folded);
    free(lex->cues[i].unless);
  }
  free(lex->cues);
  for (size_t i = 0; i < lex->nlevels; i++) {
    free(lex->levels[i].id);
    free(lex->levels[i].nb);
    free(lex->levels[i].en);
  }
  free(lex->levels);
  for (size_t i = 0; i < lex->nwords; i++)
    free(lex->words[i].folded);
  free(lex->words);
  for (size_t i = 0; i < lex->nplanned; i++)
    free(lex->planned[i]);
  free(lex->planned);
  free(lex->other);
  for (size_t i = 0; i < lex->nlaws; i++)
    free(lex->laws[i].id);
  free(lex->laws);
  free(lex);
}

/* ---- cues ------------------------------------------------------------------ */

/* Whether cue C occurs in FOLDED (its "unless" words excepted). */
static int S_cue_in(const cue *c, const char *folded) {
  size_t ul = c->unless ? strlen(c->unless) : 0;
  switch (c->how) {
  case MATCH_WHOLE:
    return strcmp(folded, c->folded) == 0;
  case MATCH_START:
    return strncmp(folded, c->folded, c->len) == 0 && !(ul && strncmp(folded, c->unless, ul) == 0);
  case MATCH_CONTAINS:
    break;
  }
  for (const char *p = folded; (p = strstr(p, c->folded)) != NULL; p++)
    if (!ul || strncmp(p, c->unless, ul) != 0)
      return 1;
  return 0;
}

const char *pd_lexicon_find(const pd_lexicon *lex, pd_cue role, const char *folded) {
  for (size_t i = 0; i < lex->ncues; i++) {
    const cue *c = &lex->cues[i];
    if (c->role == role && c->column == PD_COL_NONE && S_cue_in(c, folded))
      return c->folded;
  }
  return NULL;
}

const char *pd_lexicon_find_text(const pd_lexicon *lex, pd_cue role, const char *text, size_t len) {
  char *f = S_fold(text, len);
  const char *found = pd_lexicon_find(lex, role, f);
  free(f);
  return found;
}

const char *pd_lexicon_cue_at(const pd_lexicon *lex, pd_cue role, size_t i) {
  for (size_t k = 0; k < lex->ncues; k++)
    if (lex->cues[k].role == role && lex->cues[k].column == PD_COL_NONE && i-- == 0)
      return lex->cues[k].folded;
  return NULL;
}

/* ---- table headers ---------------------------------------------------------- */

pd_column pd_lexicon_column(const pd_lexicon *lex, const char *text, size_t len, const char **name,
                            const char **tail) {
  enum { MIN_CUT = 8 }; /* a cut word names a column only when this long */
  char *f = S_fold(text, len);
  size_t flen = strlen(f);
  pd_column col = PD_COL_NONE;
  if (name)
    *name = NULL;
  if (tail)
    *tail = NULL;
  for (size_t i = 0; i < lex->ncues && col == PD_COL_NONE; i++)
    if (lex->cues[i].column != PD_COL_NONE && strcmp(f, lex->cues[i].folded) == 0) {
      col = lex->cues[i].column;
      if (name)
        *name = lex->cues[i].text;
    }
  for (size_t i = 0; i < lex->ncues && col == PD_COL_NONE; i++)
    if (lex->cues[i].column != PD_COL_NONE && lex->cues[i].how == MATCH_CONTAINS &&
        strstr(f, lex->cues[i].folded))
      col = lex->cues[i].column;
  for (size_t i = 0; i < lex->ncues && col == PD_COL_NONE && tail && flen >= MIN_CUT; i++) {
    const cue *c = &lex->cues[i];
    if (c->column != PD_COL_NONE && flen < c->len && strncmp(f, c->folded, flen) == 0) {
      col = c->column;
      *tail = c->text + flen; /* folding keeps the lengths of letters */
      if (name)
        *name = c->text;
    }
  }
  free(f);
  return col;
}

const char *pd_lexicon_column_name(const pd_lexicon *lex, pd_column col) {
  for (size_t i = 0; i < lex->ncues; i++)
    if (lex->cues[i].column == col && col != PD_COL_NONE)
      return lex->cues[i].text;
  return "";
}

/* ---- levels --------------------------------------------------------------------- */

size_t pd_lexicon_level_count(const pd_lexicon *lex) { return lex->nlevels; }

const char *pd_lexicon_level_id(const pd_lexicon *lex, size_t i) {
  return i < lex->nlevels ? lex->levels[i].id : NULL;
}

const char *pd_lexicon_level_label(const pd_lexicon *lex, size_t i, const char *lang) {
  if (i >= lex->nlevels)
    return NULL;
  const level *l = &lex->levels[i];
  const char *label = lang && strcmp(lang, "en") == 0 ? l->en : l->nb;
  return label ? label : l->id;
}

int pd_lexicon_level_index(const pd_lexicon *lex, const char *id) {
  for (size_t i = 0; id && i < lex->nlevels; i++)
    if (strcmp(lex->levels[i].id, id) == 0)
      return (int)i;
  return -1;
}

int pd_lexicon_level_word(const pd_lexicon *lex, const char *word, size_t len) {
  while (len && strchr(".,;:", word[len - 1]))
    len--;
  if (!len)
    return -1;
  char *f = S_fold(word, len);
  int found = -1;
  for (size_t i = 0; i < lex->nwords && found < 0; i++)
    if (strcmp(f, lex->words[i].folded) == 0)
      found = lex->words[i].level;
  free(f);
  return found;
}

/* ---- statuses and laws --------------------------------------------------------------- */

int pd_lexicon_status_start(const pd_lexicon *lex, const char *word, size_t len) {
  char *f = S_fold(word, len);
  int found = pd_lexicon_find(lex, PD_CUE_STATUS_START, f) != NULL;
  free(f);
  return found;
}

int pd_lexicon_status_planned(const pd_lexicon *lex, const char *value) {
  for (size_t i = 0; value && i < lex->nplanned; i++)
    if (strcmp(lex->planned[i], value) == 0)
      return 1;
  return 0;
}

const char *pd_lexicon_status_other(const pd_lexicon *lex) { return lex->other ? lex->other : ""; }

pd_duty pd_lexicon_law_duty(const pd_lexicon *lex, const char *ref) {
  for (size_t i = 0; ref && i < lex->nlaws; i++)
    if (strcmp(lex->laws[i].id, ref) == 0)
      return lex->laws[i].duty;
  return PD_DUTY_NONE;
}
