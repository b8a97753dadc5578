/* compare_text.c — the words of a goal or measure name, for similarity:
 * folded to lower case, stop words out, nynorsk forms to bokmål, common
 * suffixes stripped, so "Førebygging av omsorgssvikt" and "forebygge
 * omsorgssvikt" share their words. */
#include "compare_text.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "matcher.h"

static const char *const STOP[] = {
    "og",     "i",     "på",    "for",      "av",      "med",  "til",     "som",   "at",
    "en",     "et",    "ei",    "de",       "den",     "det",  "dei",     "om",    "er",
    "skal",   "vil",   "kan",   "å",        "eller",   "fra",  "frå",     "ved",   "har",
    "hos",    "alle",  "sine",  "sin",      "sitt",    "seg",  "sig",     "vi",    "oss",
    "vår",    "våre",  "deres", "der",      "så",      "også", "mer",     "meir",  "mest",
    "blir",   "bli",   "vere",  "være",     "være",    "ha",   "gjennom", "innen", "innan",
    "mellom", "under", "over",  "slik",     "både",    "hver", "kvar",    "hvor",  "kor",
    "når",    "ikke",  "ikkje", "kommunen", "kommune", "plan", "planen",  NULL};

/* nynorsk (and a few spelling variants) to bokmål */
static const char *const NN[][2] = {{"førebygging", "forebygging"},
                                    {"førebyggjande", "forebyggende"},
                                    {"førebygge", "forebygge"},
                                    {"tidleg", "tidlig"},
                                    {"ungdom", "ungdom"},
                                    {"barnehagar", "barnehager"},
                                    {"skule", "skole"},
                                    {"skulen", "skolen"},
                                    {"tenester", "tjenester"},
                                    {"teneste", "tjeneste"},
                                    {"tenesta", "tjenesten"},
                                    {"heile", "hele"},
                                    {"eigen", "egen"},
                                    {"eigne", "egne"},
                                    {"trygg", "trygg"},
                                    {"oppvekst", "oppvekst"},
                                    {"meistring", "mestring"},
                                    {"fleire", "flere"},
                                    {"familiar", "familier"},
                                    {"foreldra", "foreldre"},
                                    {"samarbeide", "samarbeid"},
                                    {"helsestasjonen", "helsestasjon"},
                                    {"åpne", "åpen"},
                                    {"opne", "åpen"},
                                    {"open", "åpen"},
                                    {"gode", "god"},
                                    {"godt", "god"},
                                    {"trygge", "trygg"},
                                    {"tidlige", "tidlig"},
                                    {"tidlege", "tidlig"},
                                    {"nye", "ny"},
                                    {"nytt", "ny"},
                                    {NULL, NULL}};

static const char *const SUFFIX[] = {"ene", "ane", "ende", "ande", "heten", "het", "ing", "ingen",
                                     "er",  "ar",  "en",   "et",   "a",     "e",   "s",   NULL};

static int S_is_stop(const char *w) {
  for (int i = 0; STOP[i]; i++)
    if (strcmp(w, STOP[i]) == 0)
      return 1;
  return 0;
}

static int S_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *S_stem(const char *w) {
  for (int i = 0; NN[i][0]; i++)
    if (strcmp(w, NN[i][0]) == 0) {
      w = NN[i][1];
      break;
    }
  size_t n = strlen(w);
  for (int i = 0; SUFFIX[i]; i++) {
    size_t k = strlen(SUFFIX[i]);
    /* keep at least a four-byte stem */
    if (n >= k + 4 && strcmp(w + n - k, SUFFIX[i]) == 0) {
      n -= k;
      break;
    }
  }
  return pd_xstrndup(w, n);
}

size_t pd_compare_terms(const char *text, char ***words) {
  pd_buf folded = PD_BUF_INIT;
  pd_fold(text, strlen(text), 0, &folded, NULL);
  char **v = NULL;
  size_t n = 0, cap = 0;
  const char *p = pd_buf_cstr(&folded);
  while (*p) {
    while (*p && !((*p >= 'a' && *p <= 'z') || (unsigned char)*p >= 0x80))
      p++;
    const char *q = p;
    while (*q && ((*q >= 'a' && *q <= 'z') || (unsigned char)*q >= 0x80))
      q++;
    if (q > p) {
      char *w = pd_xstrndup(p, (size_t)(q - p));
      if (strlen(w) >= 3 && !S_is_stop(w)) {
        if (n == cap) {
          cap = cap ? cap * 2 : 8;
          v = pd_xrealloc(v, cap * sizeof *v);
        }
        v[n++] = S_stem(w);
      }
      free(w);
    }
    p = q;
  }
  pd_buf_free(&folded);
  if (n > 1)
    qsort(v, n, sizeof *v, S_cmp);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k && strcmp(v[k - 1], v[i]) == 0) {
      free(v[i]);
      continue;
    }
    v[k++] = v[i];
  }
  *words = v;
  return k;
}
