/* budget.c — count libxml2's memory per document, stop past the budget. */
#include "budget.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

#include "diag.h"

/* Bytes libxml2 holds now. Signed: memory allocated before the counter was
 * installed is subtracted when freed. */
static long long g_in_use;
static long long g_base;    /* g_in_use when the document began */
static long long g_charged; /* pd_budget_charge, this document */
static size_t g_limit;      /* 0 = no budget */
static int g_spent;
static long long g_peak; /* the most this document held, for the report */

static void S_peak(void) {
  long long now = g_in_use + g_charged - g_base;
  if (now > g_peak)
    g_peak = now;
}

/* 1 (and the budget marked spent) when taking N more bytes, after giving
 * back FREED, passes the budget. */
static int S_over(size_t n, size_t freed) {
  if (!g_limit)
    return 0;
  long long after = g_in_use + g_charged - (long long)freed + (long long)n;
  if (after - g_base <= (long long)g_limit)
    return 0;
  g_spent = 1;
  return 1;
}

static void *S_malloc(size_t n) {
  (void)S_over(n, 0); /* marks the budget spent; the allocation still happens */
  void *p = malloc(n);
  if (p)
    g_in_use += (long long)malloc_usable_size(p);
  S_peak();
  return p;
}

static void *S_realloc(void *old, size_t n) {
  size_t before = old ? malloc_usable_size(old) : 0;
  (void)S_over(n, before);
  void *p = realloc(old, n);
  if (p)
    g_in_use += (long long)malloc_usable_size(p) - (long long)before;
  S_peak();
  return p;
}

static void S_free(void *p) {
  if (!p)
    return;
  g_in_use -= (long long)malloc_usable_size(p);
  free(p);
}

static char *S_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = S_malloc(n);
  if (p)
    memcpy(p, s, n);
  return p;
}

void pd_budget_install(void) { xmlMemSetup(S_free, S_malloc, S_realloc, S_strdup); }

void pd_budget_begin(size_t limit) {
  g_base = g_in_use;
  g_charged = 0;
  g_limit = limit;
  g_spent = 0;
  g_peak = 0;
}

int pd_budget_spent(void) { return g_spent; }

void pd_budget_charge(size_t n) {
  (void)S_over(n, 0);
  g_charged += (long long)n;
  S_peak();
}

int pd_budget_room(size_t n) { return !S_over(n, 0); }

int pd_budget_end(const char *path) {
  int spent = g_spent;
  size_t limit = g_limit;
  g_limit = 0;
  g_charged = 0;
  g_spent = 0;
  if (!spent)
    return 0;
  /* How far it went shows that the readers stop in time: one row, block
   * or parse past the budget, never the whole document. */
  if (g_peak > (long long)limit)
    pd_error(path, 0,
             "out of memory: the document needs more than its budget of %zu MB (--max-memory); "
             "left out (stopped at %lld MB)",
             limit >> 20, g_peak >> 20);
  else
    pd_error(path, 0,
             "out of memory: the document needs more than its budget of %zu MB (--max-memory); "
             "left out (what it needed next would not fit, so it was not read)",
             limit >> 20);
  return -1;
}
