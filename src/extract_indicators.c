/* extract_indicators.c — indicators: the first percentage of a sentence,
 * with the year the sentence names and the figures it compares it with
 * (later percentages near an area: "landet", "fylket" ...). */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "matcher.h"

enum { MAX_INDICATORS = 100 };

/* The number written before the '%' at T[PCT] ("13 %", "4,5%"): its span
 * [*START, *END) in T, and in OUT (32 bytes) with a decimal point. 0 if
 * none, if it would start with a comma, or if it is no decimal number a
 * percentage is written as: more than one comma ("1,2,3 %") or more than
 * 15 characters (the plan schema's decimal would refuse it). */
static int S_percent_number(const char *t, size_t pct, size_t *start, size_t *end, char *out) {
  size_t e = pct;
  while (e > 0 && t[e - 1] == ' ')
    e--;
  size_t s = e;
  while (s > 0 && ((t[s - 1] >= '0' && t[s - 1] <= '9') || t[s - 1] == ','))
    s--;
  if (e > s && t[e - 1] == ',')
    e--; /* "12, %": the comma ends the number */
  if (s == e || t[s] == ',' || e - s > 15)
    return 0;
  int commas = 0;
  for (size_t k = s; k < e; k++)
    commas += t[k] == ',';
  if (commas > 1)
    return 0;
  size_t nl = e - s;
  for (size_t k = 0; k < nl; k++)
    out[k] = (char)(t[s + k] == ',' ? '.' : t[s + k]);
  out[nl] = '\0';
  *start = s;
  *end = e;
  return 1;
}

/* The first year (19xx or 20xx, a whole number) in [SA, SB) of TEXT, or NULL. */
static char *S_year(const char *text, size_t sa, size_t sb) {
  for (size_t k = sa; k + 4 <= sb; k++)
    if ((text[k] == '1' || text[k] == '2') && (k == 0 || text[k - 1] == ' ') &&
        (text[k + 1] == '9' || text[k + 1] == '0') && text[k + 2] >= '0' && text[k + 2] <= '9' &&
        text[k + 3] >= '0' && text[k + 3] <= '9' &&
        (k + 4 == sb || !(text[k + 4] >= '0' && text[k + 4] <= '9')))
      return pd_xstrndup(text + k, 4);
  return NULL;
}

/* Comparison figures: later percentages in the sentence [SA, SB) near an
 * area, after the indicator's '%' at PCT. */
static void S_comparisons(const pd_extractor *x, pd_indicator *ind, const char *text, size_t sa,
                          size_t sb, size_t pct) {
  /* Offsets below are the sentence's own, so it is lower-cased in place
   * (pd_x_lower folds white space and changes the length). */
  char *lower = pd_xstrndup(text + sa, sb - sa);
  pd_lower_in_place(lower);
  for (size_t k = pct + 1 - sa; lower[k]; k++) {
    size_t cs, ce;
    char cnum[32];
    if (lower[k] != '%' || !S_percent_number(lower, k, &cs, &ce, cnum))
      continue;
    const char *area = NULL;
    size_t from = cs > 60 ? cs - 60 : 0;
    const char *cue;
    for (size_t a = 0; !area && (cue = pd_lexicon_cue_at(x->th->lexicon, PD_CUE_AREA, a)); a++) {
      const char *at = strstr(lower + from, cue);
      if (at && (size_t)(at - lower) < k + 60)
        area = cue;
    }
    if (!area)
      continue;
    pd_comparison_figure *f = pd_indicator_add_comparison(ind);
    f->value = pd_xstrdup(cnum);
    f->unit = pd_xstrdup("%");
    f->area = pd_xstrdup(area);
  }
  free(lower);
}

void pd_x_indicators(pd_extractor *x, xmlNodePtr n, const char *text) {
  size_t len = strlen(text);
  for (size_t i = 0; i < len && x->plan->nindicators < MAX_INDICATORS; i++) {
    size_t s, e;
    char num[32];
    if (text[i] != '%' || !S_percent_number(text, i, &s, &e, num))
      continue;
    size_t sa, sb;
    pd_x_sentence(text, len, s, i + 1, &sa, &sb);
    /* one indicator per sentence: the first percentage in it */
    int first = 1;
    for (size_t k = sa; k < s; k++)
      if (text[k] == '%')
        first = 0;
    if (!first)
      continue;
    pd_indicator *ind = pd_plan_add_indicator(x->plan);
    ind->value = pd_xstrdup(num);
    ind->unit = pd_xstrdup("%");
    ind->year = S_year(text, sa, sb);
    unsigned long line = pd_x_line_at(x, n, s);
    pd_x_prov(x, &ind->where, line, line, text + sa, sb - sa, PD_EV_NONE);
    ind->what = pd_xstrdup(ind->where.quote);
    S_comparisons(x, ind, text, sa, sb, i);
  }
}
