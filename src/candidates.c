/* candidates.c — scan text for programme-like names and count them (the
 * rules are in candidates.h). The scan is one pass over the block's words;
 * counting sorts the uses once by name, so a national corpus costs
 * n log n, not n². */
#include "candidates.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "matcher.h"

static const char *const KIND_NAMES[] = {"acronym", "suffix", "mark", "name"};

const char *pd_cand_kind_name(pd_cand_kind kind) { return KIND_NAMES[kind]; }

/* One word: letters and digits, with hyphens inside ("COS-P"). */
typedef struct word {
  size_t start, end;
  size_t letters, upper, lower;
  int capital; /* starts with a capital */
  int opens;   /* opens a block or a sentence */
} word;

/* The length of the letter or digit at S (0: not one). ASCII, and the
 * two-byte letters of Latin-1 and Latin Extended (lead bytes C3..CF); C2
 * (§ « » ® no-break space) and three-byte punctuation are not letters. */
static size_t S_letter(const unsigned char *s, size_t left) {
  if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))
    return 1;
  if (*s >= 0xC3 && *s <= 0xCF && left >= 2 && (s[1] & 0xC0) == 0x80)
    return 2;
  return 0;
}

static int S_upper(const unsigned char *s) {
  return (*s >= 'A' && *s <= 'Z') || (*s == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97);
}

static int S_lower(const unsigned char *s) {
  return (*s >= 'a' && *s <= 'z') || (*s == 0xC3 && s[1] >= 0x9F);
}

static size_t S_words(const char *text, size_t len, word **out) {
  const unsigned char *s = (const unsigned char *)text;
  size_t n = 0, cap = 0;
  *out = NULL;
  for (size_t i = 0; i < len;) {
    size_t l = S_letter(s + i, len - i);
    if (!l) {
      i++;
      continue;
    }
    word w = {i, i, 0, 0, 0, S_upper(s + i), 0};
    while (i < len) {
      l = S_letter(s + i, len - i);
      if (!l && s[i] == '-' && i + 1 < len && S_letter(s + i + 1, len - i - 1)) {
        i++; /* a hyphen inside a word */
        continue;
      }
      if (!l)
        break;
      w.letters++;
      w.upper += S_upper(s + i);
      w.lower += S_lower(s + i);
      i += l;
    }
    w.end = i;
    /* "Barne- og familietjenester": the first part of a suspended compound
     * starts no name. */
    if (i < len && s[i] == '-')
      w.capital = 0;
    size_t b = w.start;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\n'))
      b--;
    w.opens = b == 0 || s[b - 1] == '.' || s[b - 1] == ':' || s[b - 1] == '!' || s[b - 1] == '?';
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      *out = pd_xrealloc(*out, cap * sizeof **out);
    }
    (*out)[n++] = w;
  }
  return n;
}

/* Whether only white space (one run, no line break needed) separates A
 * and B, so they can be parts of one name. */
static int S_adjacent(const char *text, const word *a, const word *b) {
  if (b->start - a->end > 3)
    return 0;
  for (size_t i = a->end; i < b->start; i++)
    if (text[i] != ' ')
      return 0;
  return b->start > a->end;
}

static int S_acronym(const word *w) {
  return w->upper >= 2 && !w->lower && w->letters <= 6 && w->letters > w->upper / 2;
}

/* Whether W ends in SUFFIX (WHOLE: or is it). */
static int S_ends_with(const char *text, const word *w, const char *suffix, int whole) {
  size_t n = strlen(suffix);
  if (w->end - w->start < n + !whole)
    return 0;
  char *low = pd_xstrndup(text + w->end - n, n);
  pd_lower_in_place(low);
  int yes = strcmp(low, suffix) == 0;
  free(low);
  return yes;
}

/* A word ending in "modellen", "programmet" or "metoden" (WHOLE: or one
 * of them). */
static int S_suffix(const char *text, const word *w, int whole) {
  static const char *const SUFFIXES[] = {"modellen", "programmet", "metoden"};
  for (size_t k = 0; k < 3; k++)
    if (S_ends_with(text, w, SUFFIXES[k], whole))
      return 1;
  return 0;
}

/* A word that, opening a sentence, is capitalised for the sentence and
 * not for the name that follows it: a word of one or two letters ("I
 * Porsgrunn"), or one in a definite form ("Tilbudet", "Modellen", "Det"). */
static int S_opener(const char *text, const word *w) {
  static const char *const ENDINGS[] = {"et", "en", "ene", "a"};
  if (!w->opens)
    return 0;
  if (w->letters <= 2)
    return 1;
  for (size_t k = 0; k < 4; k++)
    if (S_ends_with(text, w, ENDINGS[k], 0))
      return 1;
  return 0;
}

static void S_hit(pd_cand_hit **out, size_t *n, size_t *cap, size_t start, size_t end,
                  pd_cand_kind kind) {
  if (*n == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    *out = pd_xrealloc(*out, *cap * sizeof **out);
  }
  (*out)[(*n)++] = (pd_cand_hit){start, end, kind};
}

size_t pd_candidates_scan(const char *text, size_t len, pd_cand_hit **out) {
  word *w = NULL;
  size_t nw = S_words(text, len, &w);
  size_t n = 0, cap = 0, upper = 0, lower = 0;
  *out = NULL;
  for (size_t i = 0; i < nw; i++) {
    upper += w[i].upper;
    lower += w[i].lower;
  }
  int capitals_block = upper >= lower; /* a heading or cell written in capitals */
  for (size_t i = 0; i < nw;) {
    if (!w[i].capital) {
      i++;
      continue;
    }
    /* The run of capitalised words starting at i, and its last word. */
    size_t j = i + 1;
    while (j < nw && w[j].capital && S_adjacent(text, &w[j - 1], &w[j]))
      j++;
    int then_suffix = j < nw && S_adjacent(text, &w[j - 1], &w[j]) && S_suffix(text, &w[j], 1);
    if ((j - i >= 2 || then_suffix) && S_opener(text, &w[i]))
      i++; /* "Tilbudet Ung Fritid Heistad", "I Porsgrunn", "I modellen" */
    if (i == j) {
      i = j + (size_t)then_suffix;
      continue;
    }
    size_t last = j - 1;
    if (then_suffix) {
      S_hit(out, &n, &cap, w[i].start, w[j].end, PD_CAND_SUFFIX); /* "SE MEG modellen" */
      i = j + 1;
      continue;
    }
    const unsigned char *after = (const unsigned char *)text + w[last].end;
    size_t left = len - w[last].end;
    int mark = (left >= 2 && after[0] == 0xC2 && after[1] == 0xAE) ||
               (left >= 3 && after[0] == 0xE2 && after[1] == 0x84 && after[2] == 0xA2);
    if (mark)
      S_hit(out, &n, &cap, w[j > i + 4 ? j - 4 : i].start, w[last].end, PD_CAND_MARK);
    else if (S_suffix(text, &w[last], 0))
      S_hit(out, &n, &cap, w[i].start, w[last].end, PD_CAND_SUFFIX);
    else if (j - i >= 2 && j - i <= 5 && !capitals_block)
      S_hit(out, &n, &cap, w[i].start, w[last].end, PD_CAND_NAME);
    else if (!capitals_block)
      for (size_t k = i; k < j; k++)
        if (S_acronym(&w[k]))
          S_hit(out, &n, &cap, w[k].start, w[k].end, PD_CAND_ACRONYM);
    i = j;
  }
  free(w);
  return n;
}

int pd_candidate_known(const pd_thesaurus *th, const pd_match *known, size_t nknown,
                       const pd_cand_hit *hit) {
  size_t covered = 0;
  for (size_t i = 0; i < nknown; i++) {
    const pd_match *m = &known[i];
    if (m->end <= hit->start || m->start >= hit->end)
      continue; /* apart */
    pd_kind kind = th->entries[th->aliases[m->pattern].entry].kind;
    if ((m->start <= hit->start && m->end >= hit->end) || kind == PD_KIND_PROGRAMME ||
        kind == PD_KIND_MODEL)
      return 1;
    covered +=
        (m->end < hit->end ? m->end : hit->end) - (m->start > hit->start ? m->start : hit->start);
  }
  return hit->kind == PD_CAND_NAME && 2 * covered >= hit->end - hit->start;
}

void pd_candidates_add(pd_candidates *c, const char *name, size_t len, pd_cand_kind kind,
                       const char *municipality, const char *file, unsigned long line,
                       const char *quote) {
  if (c->nuses == c->capuses) {
    c->capuses = c->capuses ? c->capuses * 2 : 64;
    c->uses = pd_xrealloc(c->uses, c->capuses * sizeof *c->uses);
  }
  pd_cand_use *u = &c->uses[c->nuses++];
  u->name = pd_xstrndup(name, len);
  pd_buf key = PD_BUF_INIT;
  pd_fold(name, len, 0, &key, NULL);
  pd_buf_cstr(&key);
  u->key = pd_buf_detach(&key);
  u->municipality = pd_xstrdup(municipality);
  u->file = pd_xstrdup(file);
  u->quote = pd_xstrdup(quote);
  u->line = line;
  u->kind = kind;
}

/* Uses by name, then in a fixed order of file and line, so the first use
 * of each name is the same whatever order the documents came in. */
static int S_use_cmp(const void *a, const void *b) {
  const pd_cand_use *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c)
    return c;
  if ((c = strcmp(x->file, y->file)) != 0)
    return c;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return strcmp(x->name, y->name);
}

static int S_cand_cmp(const void *a, const void *b) {
  const pd_candidate *x = a, *y = b;
  if (x->municipalities != y->municipalities)
    return x->municipalities > y->municipalities ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp(x->first->key, y->first->key);
}

void pd_candidates_finish(pd_candidates *c) {
  if (c->nuses > 1)
    qsort(c->uses, c->nuses, sizeof *c->uses, S_use_cmp);
  c->v = pd_xcalloc(c->nuses ? c->nuses : 1, sizeof *c->v);
  c->n = 0;
  for (size_t i = 0; i < c->nuses;) {
    size_t j = i;
    pd_candidate cand = {&c->uses[i], 0, 0, PD_SET_INIT};
    int strong = 0; /* a suffix or a mark counts from its first use */
    for (; j < c->nuses && strcmp(c->uses[j].key, c->uses[i].key) == 0; j++) {
      pd_set_add(&cand.ids, c->uses[j].municipality);
      strong |= c->uses[j].kind == PD_CAND_SUFFIX || c->uses[j].kind == PD_CAND_MARK;
    }
    pd_set_finish(&cand.ids);
    cand.count = j - i;
    cand.municipalities = cand.ids.n;
    if (strong || cand.count >= 2)
      c->v[c->n++] = cand;
    else
      pd_set_free(&cand.ids);
    i = j;
  }
  if (c->n > 1)
    qsort(c->v, c->n, sizeof *c->v, S_cand_cmp);
}

void pd_candidates_free(pd_candidates *c) {
  for (size_t i = 0; i < c->n; i++)
    pd_set_free(&c->v[i].ids);
  free(c->v);
  for (size_t i = 0; i < c->nuses; i++) {
    pd_cand_use *u = &c->uses[i];
    free(u->key);
    free(u->name);
    free(u->municipality);
    free(u->file);
    free(u->quote);
  }
  free(c->uses);
  memset(c, 0, sizeof *c);
}
