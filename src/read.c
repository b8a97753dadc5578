/* read.c — the reader: plan text into a document tree (schema/document.rng).
 *
 * Three linear passes: split the text into trimmed lines; find running page
 * headers and footers (a hash of each line with its numbers blanked); then
 * one forward scan that recognises each block — recovered table, tab or
 * pipe table, heading, list item, paragraph — and nests sections by heading
 * level. Heading levels follow the order in which heading styles first
 * appear (as reStructuredText does), so a plan whose chapters are ALL-CAPS
 * lines and whose sub-chapters are "1." lines nests the way it reads. */
#include "read.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "budget.h"
#include "buf.h"
#include "read_priv.h"
#include "utf8.h"
#include "xmlio.h"

/* ---- lines --------------------------------------------------------------- */

static int S_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r'; }

static rd_line *S_split_lines(const pd_text *text, size_t *count) {
  size_t cap = 1024, n = 0;
  rd_line *lines = pd_xmalloc(cap * sizeof *lines);
  const char *p = text->data, *end = text->data + text->len;
  unsigned long no = 1;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *eol = nl ? nl : end;
    const char *a = p, *b = eol;
    /* Non-breaking spaces (U+00A0) pad PDF text like ordinary spaces. */
    for (;;) {
      if (a < b && S_ws(*a))
        a++;
      else if (b - a >= 2 && (unsigned char)a[0] == 0xC2 && (unsigned char)a[1] == 0xA0)
        a += 2;
      else
        break;
    }
    for (;;) {
      if (b > a && S_ws(b[-1]))
        b--;
      else if (b - a >= 2 && (unsigned char)b[-2] == 0xC2 && (unsigned char)b[-1] == 0xA0)
        b -= 2;
      else
        break;
    }
    if (n == cap) {
      if (!pd_budget_room(cap * sizeof *lines))
        break; /* past the memory budget: the document fails (budget.h) */
      cap *= 2;
      lines = pd_xrealloc(lines, cap * sizeof *lines);
    }
    lines[n].s = a;
    lines[n].len = (size_t)(b - a);
    lines[n].no = no++;
    lines[n].blank = a == b;
    /* a line of spaces, not an empty one (read_table.c: inside a cell) */
    lines[n].padded =
        a == b && (memchr(p, ' ', (size_t)(eol - p)) || memchr(p, '\t', (size_t)(eol - p)));
    lines[n].furniture = 0;
    n++;
    if (!nl)
      break;
    p = nl + 1;
  }
  *count = n;
  pd_budget_charge(cap * sizeof *lines);
  return lines;
}

/* ---- running headers and footers ---------------------------------------- */

typedef struct furn_entry {
  uint64_t hash; /* 0 = empty slot */
  uint32_t count;
  uint32_t first, last; /* line numbers */
  uint32_t last_number;
  uint32_t index;          /* line index of the first occurrence */
  uint32_t ordinal;        /* 1-based among the furniture entries; 0 = not furniture */
  uint8_t numbered;        /* every occurrence ends in a page number */
  uint8_t distinct_number; /* the numbers differ */
} furn_entry;

/* FNV-1a over the line with digit runs dropped and a trailing number
 * reported separately. */
static uint64_t S_furn_key(const rd_line *l, unsigned long *number, int *numbered) {
  uint64_t h = 1469598103934665603ULL;
  size_t end = l->len;
  *numbered = 0;
  *number = 0;
  size_t k = end;
  while (k > 0 && l->s[k - 1] >= '0' && l->s[k - 1] <= '9')
    k--;
  if (k < end && end - k <= 4 && k > 0 && l->s[k - 1] == ' ') {
    *numbered = 1;
    *number = strtoul(l->s + k, NULL, 10);
    end = k;
  }
  for (size_t i = 0; i < end; i++) {
    unsigned char c = (unsigned char)l->s[i];
    if ((c >= '0' && c <= '9') || c == ' ')
      continue;
    h = (h ^ c) * 1099511628211ULL;
  }
  return h ? h : 1;
}

static int S_has_letter(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0xC3)
      return 1;
  return 0;
}

/* The slot of hash H in the open-addressing table (linear probing). */
static size_t S_furn_slot(const furn_entry *tab, size_t slots, uint64_t h) {
  size_t at = (size_t)h & (slots - 1);
  while (tab[at].hash && tab[at].hash != h)
    at = (at + 1) & (slots - 1);
  return at;
}

/* Headers and footers are short lines with letters; a Markdown heading
 * ("# Kapittel 2") or a tab-separated table row is never one. */
static int S_furn_candidate(const rd_line *l) {
  return !l->blank && l->len <= 100 && l->s[0] != '#' && S_has_letter(l->s, l->len) &&
         !memchr(l->s, '\t', l->len);
}

enum { MIN_PAGE_LINES = 8 }; /* fewest lines between two running headers, on average */

/* Marks running headers and footers; returns a table of the distinct ones
 * (entries with count > 0 and a furniture mark) for the tree. */
static furn_entry *S_find_furniture(const pd_lexicon *lex, rd_line *lines, size_t n, size_t *nslots,
                                    size_t *nfurn) {
  size_t slots = 64;
  *nfurn = 0;
  if (n >= UINT32_MAX / 4) { /* line numbers are kept in 32 bits here */
    *nslots = 0;
    return NULL;
  }
  while (slots < n * 2)
    slots *= 2;
  if (!pd_budget_room(slots * sizeof(furn_entry))) { /* the document fails (budget.h) */
    *nslots = 0;
    return NULL;
  }
  furn_entry *tab = pd_xcalloc(slots, sizeof *tab);
  pd_budget_charge(slots * sizeof *tab);
  for (size_t i = 0; i < n; i++) {
    rd_line *l = &lines[i];
    if (!S_furn_candidate(l))
      continue;
    unsigned long number;
    int numbered;
    uint64_t h = S_furn_key(l, &number, &numbered);
    furn_entry *e = &tab[S_furn_slot(tab, slots, h)];
    if (!e->hash) {
      e->hash = h;
      e->first = (uint32_t)l->no;
      e->index = (uint32_t)i;
      e->numbered = (uint8_t)numbered;
      e->last_number = (uint32_t)number;
    } else {
      e->numbered = e->numbered && numbered;
      if ((uint32_t)number != e->last_number)
        e->distinct_number = 1;
      e->last_number = (uint32_t)number;
    }
    e->count++;
    e->last = (uint32_t)l->no;
  }
  unsigned long total = n ? lines[n - 1].no : 0;
  for (size_t s = 0; s < slots; s++) {
    furn_entry *e = &tab[s];
    if (!e->hash)
      continue;
    const rd_line *l = &lines[e->index];
    size_t words = rd_words(l->s, l->len);
    /* three words besides the page number */
    int paged = e->numbered && e->distinct_number && e->count >= 2 && words >= 4;
    int repeated = e->count >= 3 && words >= 3 && l->len <= 60 &&
                   (unsigned long)(e->last - e->first) * 10 >= total * 4;
    if (rd_table_recover(lex, NULL, lines, n, e->index) != e->index)
      paged = repeated = 0; /* a table's header row is content */
    /* A running header comes once a page: repeats closer than a page apart
     * on average are content ("Tiltak 1 ...", "Tiltak 2 ..." in a list). */
    if ((unsigned long)(e->last - e->first) < (unsigned long)(e->count - 1) * MIN_PAGE_LINES)
      paged = repeated = 0;
    if (paged || repeated)
      e->ordinal = (uint32_t)(++*nfurn);
  }
  for (size_t i = 0; i < n; i++) {
    rd_line *l = &lines[i];
    if (!S_furn_candidate(l))
      continue;
    unsigned long number;
    int numbered;
    size_t at = S_furn_slot(tab, slots, S_furn_key(l, &number, &numbered));
    if (tab[at].ordinal)
      l->furniture = (int)tab[at].ordinal;
  }
  *nslots = slots;
  return tab;
}

static void S_emit_furniture(pd_tree *tree, const rd_line *lines, size_t n, size_t nfurn) {
  if (!nfurn)
    return;
  /* The line numbers of each entry, gathered in one pass. */
  pd_buf *nums = pd_xcalloc(nfurn, sizeof *nums);
  unsigned long *counts = pd_xcalloc(nfurn, sizeof *counts);
  unsigned char *done = pd_xcalloc(nfurn, 1);
  for (size_t i = 0; i < n; i++)
    if (lines[i].furniture) {
      pd_buf *b = &nums[lines[i].furniture - 1];
      pd_buf_printf(b, "%s%lu", b->len ? " " : "", lines[i].no);
      counts[lines[i].furniture - 1]++;
    }
  /* In document order of first occurrence, so the output is stable. */
  for (size_t i = 0; i < n; i++) {
    if (!lines[i].furniture)
      continue;
    size_t at = (size_t)lines[i].furniture - 1;
    if (done[at])
      continue;
    done[at] = 1;
    char *text = pd_xstrndup(lines[i].s, lines[i].len);
    pd_tree_furniture(tree, text, counts[at], pd_buf_cstr(&nums[at]));
    free(text);
  }
  for (size_t k = 0; k < nfurn; k++)
    pd_buf_free(&nums[k]);
  free(nums);
  free(counts);
  free(done);
}

/* ---- line kinds ---------------------------------------------------------- */

/* Length of a bullet marker (with the space after it) at the start of L, or 0. */
static size_t S_bullet(const rd_line *l, const char **marker, size_t *mlen) {
  const unsigned char *s = (const unsigned char *)l->s;
  size_t len = l->len, m = 0;
  if (len >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+' || s[0] == 'o') && s[1] == ' ')
    m = 1;
  else if (len >= 3 && s[0] == 0xE2) {
    /* • ● ➢ ✓ ▪ ◦ ■ □ ○ – ► ✔ ‣ ⁃ */
    static const unsigned char marks[][3] = {
        {0xE2, 0x80, 0xA2}, {0xE2, 0x97, 0x8F}, {0xE2, 0x9E, 0xA2}, {0xE2, 0x9C, 0x93},
        {0xE2, 0x96, 0xAA}, {0xE2, 0x97, 0xA6}, {0xE2, 0x96, 0xA0}, {0xE2, 0x96, 0xA1},
        {0xE2, 0x97, 0x8B}, {0xE2, 0x80, 0x93}, {0xE2, 0x96, 0xBA}, {0xE2, 0x9C, 0x94},
        {0xE2, 0x80, 0xA3}, {0xE2, 0x81, 0x83}};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
      if (memcmp(s, marks[k], 3) == 0)
        m = 3;
  } else if (len >= 3 && s[0] == 0xEF && s[1] >= 0x80 && s[1] <= 0x83) {
    m = 3; /* private-use U+F000..U+F0FF: Symbol-font bullets from PDF/Word */
  } else if (len >= 2 && s[0] == 0xC2 && (s[1] == 0xB7 || s[1] == 0xA7)) {
    m = 2; /* · § used as bullets */
    if (s[1] == 0xA7)
      m = 0; /* "§ 15-1" is a law reference, not a bullet */
  }
  if (!m)
    return 0;
  /* "- " needs its space; symbol bullets may stand without one. */
  size_t n = m;
  while (n < len && s[n] == ' ')
    n++;
  if (n == len || (m == 1 && n == m))
    return 0;
  if (s[0] == 'o' && n == 1)
    return 0;
  *marker = l->s;
  *mlen = m;
  return n;
}

/* "1. ", "12) ", "a) " numbered list markers; returns the length with the
 * space after it, and the number. */
static size_t S_enumerator(const rd_line *l, long *number) {
  const char *s = l->s;
  size_t len = l->len, i = 0;
  while (i < len && i < 3 && s[i] >= '0' && s[i] <= '9')
    i++;
  if (i > 0 && i < len && (s[i] == '.' || s[i] == ')') && i + 1 < len && s[i + 1] == ' ') {
    *number = strtol(s, NULL, 10);
    return i + 2;
  }
  if (len > 3 && s[0] >= 'a' && s[0] <= 'h' && s[1] == ')' && s[2] == ' ') {
    *number = s[0] - 'a' + 1;
    return 3;
  }
  return 0;
}

enum heading_kind { H_MARKDOWN, H_NUMBERED, H_CAPS, H_TITLE };
static const char *const HEADING_KIND[] = {"markdown", "numbered", "caps", "title"};

typedef struct heading {
  enum heading_kind kind;
  int depth;          /* # count, or number components */
  size_t text_offset; /* where the title text starts in the line */
  size_t number_len;  /* length of the number ("2.1") */
  size_t wrap;        /* index of the line a wrapped title continues on; 0: none */
} heading;

/* A date ("12.12.22", "31/7-23") as the last word: a row of a timeline. */
static int S_ends_with_date(const char *s, size_t len) {
  size_t w = len, digits = 0, seps = 0;
  while (w > 0 && s[w - 1] != ' ') {
    char c = s[w - 1];
    digits += c >= '0' && c <= '9';
    seps += c == '.' || c == '/' || c == '-';
    w--;
  }
  return digits >= 2 && seps >= 1 && digits + seps == len - w;
}

/* "://" somewhere in the line: a URL, never a heading. */
static int S_has_scheme(const char *s, size_t len) {
  for (size_t i = 0; i + 3 <= len; i++)
    if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/')
      return 1;
  return 0;
}

/* Whether line L is a web address ("https://...", "www...."). */
static int S_starts_with_address(const rd_line *l) {
  return (l->len >= 4 && strncmp(l->s, "www.", 4) == 0) ||
         (l->len >= 7 && strncmp(l->s, "http", 4) == 0 &&
          S_has_scheme(l->s, l->len < 9 ? l->len : 9));
}

static int S_ends_with_any(const char *s, size_t len, const char *chars) {
  return len > 0 && strchr(chars, s[len - 1]) != NULL;
}

/* ALL-CAPS: at least four letters, no lower-case letter, and mostly letters
 * ("HKBU 14.12.22" in a timeline is not a chapter). */
static int S_is_caps(const char *s, size_t len) {
  size_t letters = 0, other = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'a' && c <= 'z')
      return 0;
    if (c == 0xC3 && i + 1 < len) {
      unsigned char d = (unsigned char)s[i + 1];
      if (d >= 0x9F)
        return 0; /* lower-case æøå é ... */
      letters++, i++;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      letters++;
    } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
      other++, i += 2; /* an en or em dash: "REFORMEN – EN OPPVEKSTREFORM" */
    } else if (c >= 0x80) {
      return 0;
    } else if (c != ' ')
      other++;
  }
  return letters >= 4 && letters >= other * 2;
}

/* A word that cannot end a title: the line is a wrapped sentence. */
static int S_ends_mid_sentence(const char *s, size_t len) {
  static const char *const words[] = {"og",   "i",  "for",   "av",  "med", "til", "på", "som",
                                      "at",   "en", "et",    "de",  "den", "det", "om", "er",
                                      "skal", "å",  "eller", "fra", "ved", "the", "of", NULL};
  size_t w = len;
  while (w > 0 && s[w - 1] != ' ')
    w--;
  for (int i = 0; words[i]; i++)
    if (strlen(words[i]) == len - w && strncmp(s + w, words[i], len - w) == 0)
      return 1;
  return 0;
}

static int S_numbered(const rd_line *l, heading *h) {
  const char *s = l->s;
  size_t len = l->len, i = 0;
  int parts = 0, depth = 0;
  while (i < len && parts < 4) {
    size_t d = 0;
    while (i + d < len && d < 3 && s[i + d] >= '0' && s[i + d] <= '9')
      d++;
    if (!d)
      break;
    parts++;
    /* "1.0": a trailing zero component adds no depth */
    if (!(parts > 1 && d == 1 && s[i] == '0'))
      depth = parts;
    i += d;
    if (i < len && s[i] == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')
      i++;
    else
      break;
  }
  if (!parts || depth == 0)
    return 0;
  size_t num_end = i;
  if (i < len && s[i] == '.')
    i++;
  if (i >= len || s[i] != ' ')
    return 0;
  while (i < len && s[i] == ' ')
    i++;
  const char *t = s + i;
  size_t tl = len - i;
  size_t words = rd_words(t, tl);
  if (!tl || words > 10 || tl > 90 ||
      !(pd_utf8_starts_upper(t, tl) || (words <= 4 && pd_utf8_starts_lower(t, tl))))
    return 0;
  /* A full stop ends a sentence, not a heading, except after a section
   * number of two parts or more: "2.3 Prosess, organisering og medvirkning." */
  int stop_ok = parts >= 2 && words <= 8 && t[tl - 1] == '.' && !(tl >= 2 && t[tl - 2] == '.');
  if ((S_ends_with_any(t, tl, ",;.") && !stop_ok) || S_ends_mid_sentence(t, tl))
    return 0;
  if (strtol(s, NULL, 10) > 40)
    return 0;
  h->kind = H_NUMBERED;
  h->depth = depth;
  h->text_offset = i;
  h->number_len = num_end;
  return 1;
}

/* ---- the tree under construction ---------------------------------------- */

enum { MAX_STYLES = 32 };

typedef struct reader {
  const pd_lexicon *lex;
  const rd_line *lines;
  size_t n;
  pd_tree tree;
  int styles[MAX_STYLES]; /* heading style keys in first-seen order */
  int nstyles;
  long last_enum; /* number of the last numbered list item */
  unsigned long last_enum_line;
  pd_span text; /* scratch */
} reader;

static xmlNodePtr S_container(reader *r) { return pd_tree_container(&r->tree); }

static int S_style_level(reader *r, int key) {
  for (int i = 0; i < r->nstyles; i++)
    if (r->styles[i] == key)
      return i + 1;
  if (r->nstyles < MAX_STYLES)
    r->styles[r->nstyles++] = key;
  return r->nstyles;
}

/* The length of heading H's title on line L: "## Mål ##", a trailing ":"
 * and a numbered heading's full stop are not part of it. */
static size_t S_title_len(const heading *h, const rd_line *l) {
  const char *t = l->s + h->text_offset;
  size_t tl = l->len - h->text_offset;
  while (tl && (t[tl - 1] == '#' || t[tl - 1] == ' ' || (h->kind != H_TITLE && t[tl - 1] == ':') ||
                (h->kind == H_NUMBERED && t[tl - 1] == '.')))
    tl--;
  return tl;
}

/* Whether L continues a numbered heading wrapped by PDF extraction ("2.
 * Strategisk temaplan for Oppvekst" / "og kvalifisering"): a short line
 * right below it that begins with a lower-case letter. */
static int S_heading_continues(const heading *h, const char *t, size_t tl, const rd_line *next) {
  if (h->kind != H_NUMBERED || !next || next->blank || next->furniture || next->len > 60 || !tl ||
      strchr(".:!?", t[tl - 1]))
    return 0;
  return pd_utf8_starts_lower(next->s, next->len);
}

/* Opens a section for heading H on line L; returns 1 if the heading took
 * the following line NEXT (may be NULL) as its continuation. A wrapped
 * title (h->wrap) brings its own continuation line. */
static int S_open_section(reader *r, const heading *h, const rd_line *l, const rd_line *next) {
  if (h->wrap)
    next = &r->lines[h->wrap];
  int key = (int)h->kind * 16 + h->depth;
  int level = h->kind == H_MARKDOWN ? h->depth : S_style_level(r, key);
  pd_span_reset(&r->text);
  const char *t = l->s + h->text_offset;
  size_t tl = S_title_len(h, l);
  rd_text_add_line(&r->text, t, tl, l->no);
  int continued = h->wrap || S_heading_continues(h, t, tl, next);
  if (continued) {
    size_t nl = next->len;
    while (nl && (next->s[nl - 1] == ' ' || (h->wrap && next->s[nl - 1] == '.')))
      nl--;
    rd_text_add_line(&r->text, next->s, nl, next->no);
  }
  char *num = h->number_len ? pd_xstrndup(l->s, h->number_len) : NULL;
  pd_tree_section(&r->tree, level, HEADING_KIND[h->kind], num, &r->text);
  free(num);
  return continued;
}

static size_t S_next_content(const reader *r, size_t i, size_t *blanks) {
  size_t b = 0;
  while (i < r->n && (r->lines[i].blank || r->lines[i].furniture)) {
    if (r->lines[i].blank)
      b++;
    i++;
  }
  *blanks = b;
  return i;
}

/* A title wrapped by PDF extraction: "Organisering av kommunens arbeid med
 * å forebygge" / "omsorgssvikt og atferdsvansker." / body text. The second
 * line (J, below title line I) is short, starts in lower case, ends the
 * title (a full stop at most), and the body starts right below it in upper
 * case; a wrapped sentence's last line would be followed by a blank line or
 * continue in lower case. */
static int S_title_wraps(const reader *r, size_t i, size_t j, heading *h) {
  const rd_line *title = &r->lines[i], *cont = &r->lines[j];
  size_t cw = rd_words(cont->s, cont->len);
  if (cont->len > 50 || cw > 6 || rd_words(title->s, title->len) + cw > 14 ||
      S_ends_with_any(cont->s, cont->len, ",;:!?)") || S_has_scheme(cont->s, cont->len))
    return 0;
  const char *marker;
  size_t mlen;
  if (S_bullet(cont, &marker, &mlen) || S_ends_mid_sentence(cont->s, cont->len))
    return 0;
  size_t b;
  size_t k = S_next_content(r, j + 1, &b);
  if (k >= r->n || b > 0 || !pd_utf8_starts_upper(r->lines[k].s, r->lines[k].len) ||
      rd_words(r->lines[k].s, r->lines[k].len) < 6)
    return 0;
  h->wrap = j;
  return 1;
}

static int S_heading(reader *r, size_t i, heading *h) {
  const rd_line *l = &r->lines[i];
  memset(h, 0, sizeof *h);
  const char *s = l->s;
  size_t len = l->len;
  if (len > 1 && s[0] == '#') {
    int d = 0;
    while ((size_t)d < len && s[d] == '#')
      d++;
    if (d <= 6 && (size_t)d < len && s[d] == ' ') {
      h->kind = H_MARKDOWN;
      h->depth = d;
      h->text_offset = (size_t)d + 1;
      return S_title_len(h, l) > 0; /* "### #" has no title: a paragraph */
    }
    return 0;
  }
  long num;
  if (S_numbered(l, h)) {
    /* "2." right after "1." is a numbered list, not a chapter. */
    if (S_enumerator(l, &num) && num == r->last_enum + 1 && l->no - r->last_enum_line <= 6)
      return 0;
    size_t b;
    size_t j = S_next_content(r, i + 1, &b);
    long next;
    if (b == 0 && j < r->n && S_enumerator(&r->lines[j], &next) && S_enumerator(l, &num) &&
        next == num + 1)
      return 0;
    return 1;
  }
  if (len > 100)
    return 0;
  const char *marker;
  size_t mlen;
  if (S_bullet(l, &marker, &mlen))
    return 0;
  size_t words = rd_words(s, len);
  if (words <= 10 && S_is_caps(s, len) && !S_ends_with_any(s, len, ",;") &&
      (words >= 2 || len >= 4) && !S_has_scheme(s, len)) {
    h->kind = H_CAPS;
    return 1;
  }
  /* A short line set off by blank lines, that the next text does not
   * continue in lower case. */
  int blank_before = i == 0 || r->lines[i - 1].blank || r->lines[i - 1].furniture;
  size_t b;
  size_t j = S_next_content(r, i + 1, &b);
  int blank_after = j >= r->n || b > 0;
  if (!(blank_before && blank_after && len <= 70 && words <= 8 && pd_utf8_starts_upper(s, len) &&
        !S_ends_with_any(s, len, ".,;:!?)") && !S_has_scheme(s, len) && !S_ends_with_date(s, len) &&
        !memchr(s, '\t', len) && !(words == 1 && pd_lexicon_level_word(r->lex, s, len) >= 0)))
    return 0;
  h->kind = H_TITLE;
  /* a web address below ("https://...") is the title's link, not its
   * continuation in lower case */
  if (j < r->n && pd_utf8_starts_lower(r->lines[j].s, r->lines[j].len) &&
      !S_starts_with_address(&r->lines[j]))
    return S_title_wraps(r, i, j, h);
  return !S_ends_mid_sentence(s, len);
}

/* ---- tab and pipe tables ------------------------------------------------- */

static size_t S_count_tabs_cells(const rd_line *l) {
  if (!memchr(l->s, '\t', l->len))
    return 0;
  size_t cells = 1;
  for (size_t i = 0; i < l->len; i++)
    cells += l->s[i] == '\t';
  return cells;
}

static int S_is_pipe_row(const rd_line *l) {
  return l->len >= 2 && l->s[0] == '|' && l->s[l->len - 1] == '|';
}

static int S_is_pipe_rule(const rd_line *l) {
  for (size_t i = 0; i < l->len; i++)
    if (!strchr("|-: ", l->s[i]))
      return 0;
  return 1;
}

static void S_emit_cells(reader *r, xmlNodePtr row, const rd_line *l, char sep, size_t *max) {
  const char *p = l->s, *end = l->s + l->len;
  if (sep == '|') {
    p++;
    end--;
  }
  size_t cells = 0;
  while (p <= end) {
    const char *q = memchr(p, sep, (size_t)(end - p));
    if (!q)
      q = end;
    const char *a = p, *b = q;
    while (a < b && S_ws(*a))
      a++;
    while (b > a && S_ws(b[-1]))
      b--;
    pd_span_reset(&r->text);
    rd_text_add_line(&r->text, a, (size_t)(b - a), l->no);
    if (!r->text.map.len) {
      r->text.first = r->text.last = l->no;
    }
    pd_span_emit(row, "cell", &r->text);
    cells++;
    if (q == end)
      break;
    p = q + 1;
  }
  if (cells > *max)
    *max = cells;
}

/* Tab-separated rows (single blank lines between rows allowed) or a
 * Markdown pipe table. Returns the index after the table, or I. */
static size_t S_simple_table(reader *r, size_t i) {
  const rd_line *l = &r->lines[i];
  int pipe = S_is_pipe_row(l);
  if (!pipe && S_count_tabs_cells(l) < 2)
    return i;
  xmlNodePtr table = xmlNewChild(S_container(r), NULL, BAD_CAST "table", NULL);
  size_t max = 0, j = i, last = i;
  int rows = 0;
  while (j < r->n && !pd_budget_spent()) {
    const rd_line *m = &r->lines[j];
    if (m->blank || m->furniture) {
      if (pipe)
        break;
      size_t b;
      size_t k = S_next_content(r, j, &b);
      if (b > 1 || k >= r->n || S_count_tabs_cells(&r->lines[k]) < 2)
        break;
      j = k;
      continue;
    }
    if (pipe ? !S_is_pipe_row(m) : S_count_tabs_cells(m) < 2)
      break;
    if (!(pipe && S_is_pipe_rule(m))) {
      xmlNodePtr row = xmlNewChild(table, NULL, BAD_CAST "row", NULL);
      pd_tree_lines(row, m->no, m->no);
      if (rows == 0)
        xmlSetProp(row, BAD_CAST "header", BAD_CAST "true");
      S_emit_cells(r, row, m, pipe ? '|' : '\t', &max);
      rows++;
    }
    last = j;
    j++;
  }
  if (!rows) { /* a lone Markdown rule "|---|---|": no table, a paragraph */
    xmlUnlinkNode(table);
    xmlFreeNode(table);
    return i;
  }
  pd_tree_lines(table, l->no, r->lines[last].no);
  pd_xml_set_int(table, "columns", (long)(max ? max : 1));
  xmlSetProp(table, BAD_CAST "kind", BAD_CAST(pipe ? "markdown" : "tabs"));
  pd_tree_touch(&r->tree, r->lines[last].no);
  return last + 1;
}

/* ---- lists and paragraphs ------------------------------------------------ */

static int S_starts_block(reader *r, size_t j) {
  const rd_line *l = &r->lines[j];
  const char *marker;
  size_t mlen;
  long num;
  heading h;
  return S_bullet(l, &marker, &mlen) || S_enumerator(l, &num) || S_heading(r, j, &h) ||
         S_count_tabs_cells(l) >= 2 || S_is_pipe_row(l) ||
         rd_table_recover(r->lex, NULL, r->lines, r->n, j) != j;
}

/* Adds the lines that continue the text begun at line I (a wrapped
 * paragraph or list item); returns the index after the last one. */
static size_t S_continue(reader *r, size_t i) {
  size_t last = i;
  for (;;) {
    size_t blanks;
    size_t j = S_next_content(r, last + 1, &blanks);
    if (j >= r->n || blanks > 1 || S_starts_block(r, j))
      break;
    const rd_line *m = &r->lines[j];
    const pd_buf *t = &r->text.text;
    int ends_sentence = t->len && strchr(".!?:;", t->data[t->len - 1]);
    if (blanks == 1 && (ends_sentence || !pd_utf8_starts_lower(m->s, m->len)))
      break;
    rd_text_add_line(&r->text, m->s, m->len, m->no);
    last = j;
  }
  return last + 1;
}

static size_t S_list(reader *r, size_t i) {
  xmlNodePtr list = xmlNewChild(S_container(r), NULL, BAD_CAST "list", NULL);
  unsigned long first = r->lines[i].no, last = first;
  size_t j = i;
  while (j < r->n) {
    const rd_line *l = &r->lines[j];
    const char *marker = NULL;
    size_t mlen = 0;
    long num = 0;
    size_t skip = S_bullet(l, &marker, &mlen);
    size_t en = skip ? 0 : S_enumerator(l, &num);
    if (!skip && !en)
      break;
    pd_span_reset(&r->text);
    rd_text_add_line(&r->text, l->s + (skip ? skip : en), l->len - (skip ? skip : en), l->no);
    size_t next = S_continue(r, j);
    xmlNodePtr item = pd_span_emit(list, "item", &r->text);
    char *m = skip ? pd_xstrndup(marker, mlen) : pd_xstrndup(l->s, en - 1);
    xmlSetProp(item, BAD_CAST "marker", BAD_CAST m);
    free(m);
    if (en) {
      r->last_enum = num;
      r->last_enum_line = l->no;
    }
    last = r->text.last;
    size_t blanks;
    j = S_next_content(r, next, &blanks);
    if (blanks > 1 || j >= r->n)
      break;
    const rd_line *nl = &r->lines[j];
    if (!S_bullet(nl, &marker, &mlen) && !S_enumerator(nl, &num))
      break;
    heading h;
    if (S_heading(r, j, &h))
      break;
  }
  pd_tree_lines(list, first, last);
  pd_tree_touch(&r->tree, last);
  size_t end = i + 1;
  while (end < r->n && r->lines[end].no <= last)
    end++;
  return end;
}

static size_t S_paragraph(reader *r, size_t i) {
  pd_span_reset(&r->text);
  rd_text_add_line(&r->text, r->lines[i].s, r->lines[i].len, r->lines[i].no);
  size_t next = S_continue(r, i);
  if (r->text.text.len)
    pd_tree_paragraph(&r->tree, &r->text);
  pd_tree_touch(&r->tree, r->text.last);
  return next;
}

/* ---- the document -------------------------------------------------------- */

xmlDocPtr pd_read_text(const char *name, const pd_text *text, const pd_docmeta *meta,
                       const pd_lexicon *lex) {
  pd_tree_source src = {name, "text", text->encoding, text->gzip, 0, text->lines, text->repaired};
  size_t n = 0;
  rd_line *lines = S_split_lines(text, &n);
  size_t slots = 0, nfurn = 0;
  furn_entry *furn = S_find_furniture(lex, lines, n, &slots, &nfurn);

  reader r;
  memset(&r, 0, sizeof r);
  r.lex = lex;
  r.lines = lines;
  r.n = n;
  pd_tree_begin(&r.tree, &src, meta);
  r.last_enum = -1;
  pd_span_init(&r.text);

  size_t i = 0;
  while (i < n && !pd_budget_spent()) { /* past the budget the document fails anyway */
    const rd_line *l = &lines[i];
    if (l->blank || l->furniture) {
      i++;
      continue;
    }
    size_t next = rd_table_recover(lex, S_container(&r), lines, n, i);
    if (next != i) {
      pd_tree_touch(&r.tree, lines[next - 1].no);
      i = next;
      continue;
    }
    next = S_simple_table(&r, i);
    if (next != i) {
      i = next;
      continue;
    }
    heading h;
    if (S_heading(&r, i, &h)) {
      int continued = S_open_section(&r, &h, l, i + 1 < n ? &lines[i + 1] : NULL);
      i = h.wrap ? h.wrap + 1 : i + 1 + (size_t)continued;
      continue;
    }
    const char *marker;
    size_t mlen;
    long num;
    if (S_bullet(l, &marker, &mlen) || S_enumerator(l, &num)) {
      i = S_list(&r, i);
      continue;
    }
    i = S_paragraph(&r, i);
  }
  S_emit_furniture(&r.tree, lines, n, nfurn);
  pd_span_free(&r.text);
  free(furn);
  free(lines);
  return pd_tree_end(&r.tree);
}
