/* matcher.c — Aho–Corasick over folded UTF-8 bytes, as a dense DFA on
 * byte classes, with word boundaries checked only at hits. */
#include "matcher.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct pattern {
  char *folded; /* case-folded */
  size_t len;
  char *kept; /* folded with the case kept, for PD_MATCH_EXACT */
  size_t kept_len;
  unsigned flags;
  int32_t next_same_state; /* next pattern ending in the same state, -1 */
} pattern;

struct pd_matcher {
  pattern *patterns;
  size_t npatterns, cap;
  uint8_t cls[256]; /* byte -> class; 0 = a byte no pattern uses */
  size_t nclasses;
  int32_t *delta;         /* states x nclasses */
  int32_t *first_pattern; /* per state, -1 */
  int32_t *dict_link;     /* next state on the failure chain with patterns, 0 = none */
  size_t nstates;
  int built;
};

static int S_space_like(const unsigned char *s, size_t len, size_t i, size_t *adv) {
  unsigned char c = s[i];
  *adv = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '-')
    return 1;
  if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xA0) { /* no-break space */
    *adv = 2;
    return 1;
  }
  if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
      (s[i + 2] == 0x93 || s[i + 2] == 0x94 || s[i + 2] == 0x90 || s[i + 2] == 0x91)) {
    *adv = 3; /* en and em dash, Unicode hyphens */
    return 1;
  }
  return 0;
}

/* The second byte of an upper-case Latin-1 letter after 0xC3 (À..Þ, not
 * the sign ×); adding 0x20 gives its lower case. */
static int S_latin1_upper(unsigned char d) { return d >= 0x80 && d <= 0x9E && d != 0x97; }

void pd_lower_in_place(char *s) {
  for (unsigned char *u = (unsigned char *)s; *u; u++)
    if (*u >= 'A' && *u <= 'Z')
      *u = (unsigned char)(*u + 32);
    else if (u[0] == 0xC3 && S_latin1_upper(u[1]))
      *++u += 0x20;
}

/* Folding never makes text longer (a run of white space becomes at most one
 * space, a soft hyphen nothing), so the output is written straight into
 * room reserved once: this loop runs over every byte of every document. */
void pd_fold(const char *text, size_t len, int keep_case, pd_buf *out, size_t **map) {
  const unsigned char *s = (const unsigned char *)text;
  pd_buf_reserve(out, len);
  size_t *m = map ? pd_xmalloc((len + 1) * sizeof *m) : NULL;
  unsigned char *start = (unsigned char *)out->data;
  unsigned char *w = start + out->len; /* next byte written */
  size_t o = 0;
  int pending = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = s[i];
    /* Plain ASCII letters and digits first: most bytes of any text. */
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
      if (pending && !(w - start >= 2 && w[-2] == 0xC2 && w[-1] == 0xA7)) { /* not after "§" */
        *w++ = ' ';
        if (m)
          m[o] = i;
        o++;
      }
      pending = 0;
      if (!keep_case && c <= 'Z' && c >= 'A')
        c = (unsigned char)(c + 32);
      *w++ = c;
      if (m)
        m[o] = i;
      o++;
      i++;
      continue;
    }
    size_t adv;
    if (S_space_like(s, len, i, &adv)) {
      pending = w > start;
      i += adv;
      continue;
    }
    if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xAD) { /* soft hyphen: nothing */
      i += 2;
      continue;
    }
    /* "§ 3-1" and "§3-1" fold alike: no space after "§". */
    int after_section = w - start >= 2 && w[-2] == 0xC2 && w[-1] == 0xA7;
    if (pending && !after_section) {
      *w++ = ' ';
      if (m)
        m[o] = i;
      o++;
    }
    pending = 0;
    if (c == 0xC3 && i + 1 < len) {
      unsigned char d = s[i + 1];
      if (!keep_case && S_latin1_upper(d))
        d = (unsigned char)(d + 0x20);
      *w++ = c;
      *w++ = d;
      if (m) {
        m[o] = i;
        m[o + 1] = i + 1;
      }
      o += 2;
      i += 2;
      continue;
    }
    *w++ = c;
    if (m)
      m[o] = i;
    o++;
    i++;
  }
  out->len = (size_t)(w - start);
  *w = '\0';
  if (map)
    *map = m;
}

pd_matcher *pd_matcher_new(void) { return pd_xcalloc(1, sizeof(pd_matcher)); }

size_t pd_matcher_add(pd_matcher *m, const char *text, unsigned flags) {
  if (m->npatterns == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 64;
    m->patterns = pd_xrealloc(m->patterns, m->cap * sizeof *m->patterns);
  }
  pattern *p = &m->patterns[m->npatterns];
  pd_buf f = PD_BUF_INIT, k = PD_BUF_INIT;
  pd_fold(text, strlen(text), 0, &f, NULL);
  pd_fold(text, strlen(text), 1, &k, NULL);
  p->len = f.len;
  p->folded = pd_buf_detach(&f);
  p->kept_len = k.len;
  p->kept = pd_buf_detach(&k);
  p->flags = flags;
  p->next_same_state = -1;
  return m->npatterns++;
}

void pd_matcher_build(pd_matcher *m) {
  /* Byte classes: one per byte value some pattern uses, 0 for the rest. */
  memset(m->cls, 0, sizeof m->cls);
  size_t total = 1;
  m->nclasses = 1;
  for (size_t p = 0; p < m->npatterns; p++) {
    total += m->patterns[p].len;
    for (size_t i = 0; i < m->patterns[p].len; i++) {
      unsigned char b = (unsigned char)m->patterns[p].folded[i];
      if (!m->cls[b])
        m->cls[b] = (uint8_t)m->nclasses++;
    }
  }
  size_t K = m->nclasses;
  m->delta = pd_xmalloc(total * K * sizeof *m->delta);
  m->first_pattern = pd_xmalloc(total * sizeof *m->first_pattern);
  m->dict_link = pd_xcalloc(total, sizeof *m->dict_link);
  for (size_t i = 0; i < total * K; i++)
    m->delta[i] = -1;
  for (size_t i = 0; i < total; i++)
    m->first_pattern[i] = -1;
  m->nstates = 1;
  /* The trie. */
  for (size_t p = 0; p < m->npatterns; p++) {
    pattern *pt = &m->patterns[p];
    if (!pt->len)
      continue;
    int32_t s = 0;
    for (size_t i = 0; i < pt->len; i++) {
      size_t c = m->cls[(unsigned char)pt->folded[i]];
      if (m->delta[(size_t)s * K + c] < 0)
        m->delta[(size_t)s * K + c] = (int32_t)m->nstates++;
      s = m->delta[(size_t)s * K + c];
    }
    pt->next_same_state = m->first_pattern[s];
    m->first_pattern[s] = (int32_t)p;
  }
  /* Failure links by breadth-first search, folded into the transitions. */
  int32_t *fail = pd_xcalloc(m->nstates, sizeof *fail);
  int32_t *queue = pd_xmalloc(m->nstates * sizeof *queue);
  size_t head = 0, tail = 0;
  for (size_t c = 0; c < K; c++) {
    int32_t t = m->delta[c];
    if (t < 0) {
      m->delta[c] = 0;
    } else {
      fail[t] = 0;
      queue[tail++] = t;
    }
  }
  while (head < tail) {
    int32_t s = queue[head++];
    int32_t f = fail[s];
    m->dict_link[s] = m->first_pattern[f] >= 0 ? f : m->dict_link[f];
    for (size_t c = 0; c < K; c++) {
      int32_t t = m->delta[(size_t)s * K + c];
      if (t < 0) {
        m->delta[(size_t)s * K + c] = m->delta[(size_t)f * K + c];
      } else {
        fail[t] = m->delta[(size_t)f * K + c];
        queue[tail++] = t;
      }
    }
  }
  free(fail);
  free(queue);
  m->built = 1;
}

static int S_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Whether the UTF-8 character starting at s[i] is part of a word. Latin-1
 * letters (lead byte 0xC3, except the signs × and ÷) and other scripts are;
 * Latin-1 punctuation (0xC2: no-break space, «, », §), general punctuation,
 * arrows, dingbats and symbols (0xE2: curly quotes, dashes, bullets, ✓, ➢)
 * private-use Symbol-font bullets (0xEF 0x80-0x83) and the BOM are not, so
 * "“Jeg er meg”" is bounded by its quotes. */
static int S_word_char_at(const unsigned char *s, size_t n, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80)
    return S_word_byte(c);
  if ((c & 0xC0) == 0x80) /* not a character start: treat as a letter */
    return 1;
  unsigned char d = i + 1 < n ? s[i + 1] : 0;
  switch (c) {
  case 0xC2: /* Latin-1 punctuation */
  case 0xE2: /* general punctuation, arrows, symbols, dingbats */
    return 0;
  case 0xC3:
    return d != 0x97 && d != 0xB7;
  case 0xEF:
    return !(d >= 0x80 && d <= 0x83) && d != 0xBB; /* private use, BOM */
  default:
    return 1;
  }
}

/* The same for the character that ends just before s[i]. */
static int S_word_char_before(const unsigned char *s, size_t n, size_t i) {
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (s[j] & 0xC0) == 0x80)
    j--;
  return S_word_char_at(s, n, j);
}

static size_t S_letters(const pattern *p) {
  size_t n = 0;
  for (size_t i = 0; i < p->len; i++)
    n += S_word_byte((unsigned char)p->folded[i]) && ((unsigned char)p->folded[i] & 0xC0) != 0x80;
  return n;
}

static int S_hit_cmp(const void *a, const void *b) {
  const pd_match *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1; /* longest first */
  return x->pattern < y->pattern ? -1 : (x->pattern > y->pattern);
}

size_t pd_matcher_find(const pd_matcher *m, const char *text, size_t len, pd_match **out) {
  *out = NULL;
  if (!m->built || !m->npatterns || !len)
    return 0;
  pd_buf f = PD_BUF_INIT;
  size_t *map = NULL;
  pd_fold(text, len, 0, &f, &map);
  const unsigned char *s = (const unsigned char *)pd_buf_cstr(&f);
  size_t n = f.len, K = m->nclasses;
  pd_match *hits = NULL;
  size_t nhits = 0, cap = 0;
  int32_t state = 0;
  for (size_t i = 0; i < n; i++) {
    state = m->delta[(size_t)state * K + m->cls[s[i]]];
    int32_t t = m->first_pattern[state] >= 0 ? state : m->dict_link[state];
    for (; t > 0; t = m->dict_link[t]) {
      for (int32_t p = m->first_pattern[t]; p >= 0; p = m->patterns[p].next_same_state) {
        const pattern *pt = &m->patterns[p];
        size_t start = i + 1 - pt->len, end = i + 1;
        /* Boundaries, checked only here at a hit. */
        if (start > 0 && S_word_char_before(s, n, start) &&
            S_word_byte((unsigned char)pt->folded[0]))
          continue;
        if (end < n && S_word_char_at(s, n, end) &&
            S_word_byte((unsigned char)pt->folded[pt->len - 1]) &&
            !((pt->flags & PD_MATCH_COMPOUND) && S_letters(pt) >= 4))
          continue;
        size_t ostart = map[start], oend = map[end - 1] + 1;
        if (pt->flags & PD_MATCH_EXACT) {
          pd_buf k = PD_BUF_INIT;
          pd_fold(text + ostart, oend - ostart, 1, &k, NULL);
          int same = k.len == pt->kept_len && memcmp(k.data, pt->kept, k.len) == 0;
          pd_buf_free(&k);
          if (!same)
            continue;
        }
        if (nhits == cap) {
          cap = cap ? cap * 2 : 16;
          hits = pd_xrealloc(hits, cap * sizeof *hits);
        }
        hits[nhits++] = (pd_match){ostart, oend, (size_t)p};
      }
    }
  }
  pd_buf_free(&f);
  free(map);
  if (!nhits) {
    free(hits);
    return 0;
  }
  /* Leftmost-longest, no overlaps. */
  qsort(hits, nhits, sizeof *hits, S_hit_cmp);
  size_t kept = 0, covered = 0;
  for (size_t i = 0; i < nhits; i++) {
    if (kept && hits[i].start < covered)
      continue;
    hits[kept++] = hits[i];
    covered = hits[i].end;
  }
  *out = hits;
  return kept;
}

void pd_matcher_free(pd_matcher *m) {
  if (!m)
    return;
  for (size_t p = 0; p < m->npatterns; p++) {
    free(m->patterns[p].folded);
    free(m->patterns[p].kept);
  }
  free(m->patterns);
  free(m->delta);
  free(m->first_pattern);
  free(m->dict_link);
  free(m);
}
