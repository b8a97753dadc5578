/* evaluate_metrics.c — the numbers evaluate reports (precision, recall,
 * F1, Cohen's kappa) and the rule that two names are alike. Pure
 * functions, so the unit tests pin each edge case. */
#include "evaluate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "matcher.h"

double pd_eval_precision(size_t tp, size_t fp, size_t fn) {
  if (tp + fp == 0)
    return fn == 0 ? 1.0 : 0.0;
  return (double)tp / (double)(tp + fp);
}

double pd_eval_recall(size_t tp, size_t fp, size_t fn) {
  if (tp + fn == 0)
    return fp == 0 ? 1.0 : 0.0;
  return (double)tp / (double)(tp + fn);
}

double pd_eval_f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

double pd_eval_kappa(const char *const *a, const char *const *b, size_t n) {
  if (n == 0)
    return NAN;
  size_t agree = 0;
  for (size_t i = 0; i < n; i++)
    agree += strcmp(a[i], b[i]) == 0;
  /* Chance agreement: for each label, the share of A's times B's. Each
   * label is counted once, at its first occurrence in A or B. */
  double pe = 0;
  for (size_t i = 0; i < 2 * n; i++) {
    const char *label = i < n ? a[i] : b[i - n];
    int seen = 0;
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(j < n ? a[j] : b[j - n], label) == 0;
    if (seen)
      continue;
    size_t in_a = 0, in_b = 0;
    for (size_t j = 0; j < n; j++) {
      in_a += strcmp(a[j], label) == 0;
      in_b += strcmp(b[j], label) == 0;
    }
    pe += ((double)in_a / (double)n) * ((double)in_b / (double)n);
  }
  double po = (double)agree / (double)n;
  if (pe >= 1.0)
    return 1.0; /* one label throughout, on both sides: po is 1 too */
  return (po - pe) / (1.0 - pe);
}

/* NAME folded: lower case, every run of characters that are not letters
 * or digits (bytes >= 0x80 count as letters) as one space, no space at
 * either end. */
static void S_fold(const char *name, pd_buf *out) {
  pd_buf low = PD_BUF_INIT;
  pd_fold(name, strlen(name), 0, &low, NULL);
  const unsigned char *s = (const unsigned char *)pd_buf_cstr(&low);
  int space = 0;
  for (; *s; s++) {
    int word = *s >= 0x80 || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
               (*s >= 'A' && *s <= 'Z');
    if (!word) {
      space = out->len > 0;
      continue;
    }
    if (space)
      pd_buf_putc(out, ' ');
    space = 0;
    pd_buf_putc(out, (char)*s);
  }
  pd_buf_free(&low);
  pd_buf_cstr(out);
}

static size_t S_letters(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += *s != ' ' && ((unsigned char)*s & 0xC0) != 0x80; /* characters, not bytes */
  return n;
}

/* Whether NEEDLE occurs in HAY at word boundaries. */
static int S_holds(const char *hay, const char *needle) {
  size_t len = strlen(needle);
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
    if ((p == hay || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
      return 1;
  return 0;
}

/* Whether a word of A and a word of B start with the same five letters. */
static int S_shared_start(const char *a, const char *b) {
  enum { START = 5 };
  for (const char *wa = a; *wa; wa = strchr(wa, ' ') ? strchr(wa, ' ') + 1 : wa + strlen(wa)) {
    size_t la = strcspn(wa, " ");
    for (const char *wb = b; *wb; wb = strchr(wb, ' ') ? strchr(wb, ' ') + 1 : wb + strlen(wb)) {
      size_t lb = strcspn(wb, " "), letters = 0;
      for (size_t k = 0; k < la && k < lb && wa[k] == wb[k]; k++) {
        letters += ((unsigned char)wa[k] & 0xC0) != 0x80; /* characters, not bytes */
        if (letters >= START)
          return 1;
      }
    }
  }
  return 0;
}

int pd_eval_names_alike(const char *a, const char *b) {
  pd_buf fa = PD_BUF_INIT, fb = PD_BUF_INIT;
  S_fold(a ? a : "", &fa);
  S_fold(b ? b : "", &fb);
  const char *x = pd_buf_cstr(&fa), *y = pd_buf_cstr(&fb);
  int alike = 0;
  if (*x && *y) {
    const char *shorter = strlen(x) <= strlen(y) ? x : y, *longer = shorter == x ? y : x;
    alike = strcmp(x, y) == 0 || (S_letters(shorter) >= 5 && S_holds(longer, shorter)) ||
            S_shared_start(x, y);
  }
  pd_buf_free(&fa);
  pd_buf_free(&fb);
  return alike;
}
