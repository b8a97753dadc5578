/* municipalities.c — the register of municipalities and naming a document's
 * municipality from its text or file name (see municipalities.h). */
#include "municipalities.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "datadir.h"
#include "diag.h"
#include "input.h"

/* The ASCII spelling of a letter code point, or NULL for a non-letter.
 * AE_LONG chooses "ae" (ids, as pd_slug spells æ) or "a" (loose keys). */
static const char *S_fold_cp(unsigned cp, int ae_long) {
  static const char *const ascii[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b",
                                      "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",
                                      "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
  if (cp >= '0' && cp <= '9')
    return ascii[cp - '0'];
  if (cp >= 'A' && cp <= 'Z')
    cp += 'a' - 'A';
  if (cp >= 'a' && cp <= 'z')
    return ascii[10 + cp - 'a'];
  if (cp == 0xC6 || cp == 0xE6)
    return ae_long ? "ae" : "a";
  if (cp == 0xFF)
    return "y";
  /* Latin-1 letters by their base letter (Å as a, Ø as o); upper and lower
   * case share the layout; × and ÷ are not letters. */
  static const char base[] = "aaaaaaaceeeeiiiidnoooooxouuuuyts";
  if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
    char c = base[(cp - 0xC0) & 0x1F];
    return ascii[10 + c - 'a'];
  }
  switch (cp) { /* the Sami letters of the official names */
  case 0x10C:
  case 0x10D:
    return "c";
  case 0x110:
  case 0x111:
    return "d";
  case 0x14A:
  case 0x14B:
    return "n";
  case 0x160:
  case 0x161:
    return "s";
  case 0x166:
  case 0x167:
    return "t";
  case 0x17D:
  case 0x17E:
    return "z";
  default:
    return NULL;
  }
}

/* Decodes one UTF-8 code point at *S and advances; an invalid byte is
 * returned as itself (it folds to nothing). */
static unsigned S_next_cp(const unsigned char **s) {
  const unsigned char *p = *s;
  unsigned cp = p[0];
  size_t n = 1;
  if (cp >= 0xC2 && cp <= 0xDF && (p[1] & 0xC0) == 0x80) {
    cp = ((cp & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    n = 2;
  } else if (cp >= 0xE0 && cp <= 0xEF && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    cp = ((cp & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    n = 3;
  }
  *s = p + n;
  return cp;
}

/* S folded: letters and digits as ASCII; with DASHES, runs of anything else
 * become one '-' (an id), without, they vanish (a loose key). */
static char *S_fold(const char *s, int ae_long, int dashes) {
  pd_buf out = PD_BUF_INIT;
  const unsigned char *p = (const unsigned char *)s;
  int gap = 0;
  while (*p) {
    const char *f = S_fold_cp(S_next_cp(&p), ae_long);
    if (!f) {
      gap = 1;
      continue;
    }
    if (gap && dashes && out.len)
      pd_buf_putc(&out, '-');
    gap = 0;
    pd_buf_puts(&out, f);
  }
  pd_buf_putc(&out, '\0');
  return pd_buf_detach(&out);
}

char *pd_municipality_key(const char *s) { return S_fold(s, 0, 0); }

/* Splits LINE (modified in place) at tabs into at most MAX fields. */
static size_t S_fields(char *line, char **fields, size_t max) {
  size_t n = 0;
  fields[n++] = line;
  for (char *p = line; *p && n < max; p++)
    if (*p == '\t') {
      *p = '\0';
      fields[n++] = p + 1;
    }
  return n;
}

/* The name parts of OFFICIAL, split at " - " (a hyphen inside a name, as in
 * "Aurskog-Høland", is not a split). NULL-terminated; caller frees. */
static char **S_parts(const char *official) {
  size_t cap = 4, n = 0;
  char **v = pd_xcalloc(cap, sizeof *v);
  const char *p = official;
  for (;;) {
    const char *sep = strstr(p, " - ");
    size_t len = sep ? (size_t)(sep - p) : strlen(p);
    if (n + 2 > cap)
      v = pd_xrealloc(v, (cap *= 2) * sizeof *v);
    v[n++] = pd_xstrndup(p, len);
    v[n] = NULL;
    if (!sep)
      break;
    p = sep + 3;
  }
  return v;
}

static void S_free_strings(char **v) {
  for (size_t i = 0; v && v[i]; i++)
    free(v[i]);
  free(v);
}

static int S_digits(const char *s, size_t n) {
  if (strlen(s) != n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

pd_municipalities *pd_municipalities_load(const char *path) {
  char *owned = path ? NULL : pd_data_path("data/kommuner.tsv");
  const char *file = path ? path : owned;
  pd_text text;
  if (pd_text_load(file, NULL, &text) != 0) {
    free(owned);
    return NULL;
  }
  pd_municipalities *reg = pd_xcalloc(1, sizeof *reg);
  size_t cap = 0;
  int header = 0, bad = 0;
  long lineno = 0;
  char *save = NULL;
  for (char *line = strtok_r(text.data, "\n", &save); line && !bad;
       line = strtok_r(NULL, "\n", &save)) {
    lineno++; /* strtok_r skips empty lines; the register has none */
    size_t len = strlen(line);
    if (len && line[len - 1] == '\r')
      line[len - 1] = '\0';
    if (line[0] == '#' || !line[0])
      continue;
    char *f[5];
    size_t n = S_fields(line, f, 5);
    if (!header) { /* kommunenummer, name, county_number, county */
      header = 1;
      if (n != 4 || strcmp(f[0], "kommunenummer") != 0) {
        pd_error(file, lineno, "expected the header kommunenummer, name, county_number, county");
        bad = 1;
      }
      continue;
    }
    if (n != 4 || !S_digits(f[0], 4) || !f[1][0] || !S_digits(f[2], 2)) {
      pd_error(file, lineno,
               "expected a four-digit kommunenummer, a name, a two-digit county "
               "number and a county, tab-separated");
      bad = 1;
      break;
    }
    if (reg->n == cap)
      reg->v = pd_xrealloc(reg->v, (cap = cap ? cap * 2 : 512) * sizeof *reg->v);
    pd_municipality *m = &reg->v[reg->n++];
    m->number = pd_xstrdup(f[0]);
    m->official = pd_xstrdup(f[1]);
    m->county_number = pd_xstrdup(f[2]);
    m->county = pd_xstrdup(f[3]);
    m->parts = S_parts(f[1]);
    m->name = pd_xstrdup(m->parts[0]);
    m->id = S_fold(m->name, 1, 1);
    m->id_key = pd_municipality_key(m->id);
    size_t np = 0;
    while (m->parts[np])
      np++;
    m->loose = pd_xcalloc(np + 1, sizeof *m->loose);
    for (size_t i = 0; i < np; i++)
      m->loose[i] = pd_municipality_key(m->parts[i]);
  }
  if (!bad && !reg->n) {
    pd_error(file, 0, "no municipalities in the register");
    bad = 1;
  }
  pd_text_free(&text);
  free(owned);
  if (bad) {
    pd_municipalities_free(reg);
    return NULL;
  }
  return reg;
}

void pd_municipalities_free(pd_municipalities *reg) {
  if (!reg)
    return;
  for (size_t i = 0; i < reg->n; i++) {
    pd_municipality *m = &reg->v[i];
    free(m->number);
    free(m->official);
    free(m->name);
    free(m->id);
    free(m->id_key);
    free(m->county_number);
    free(m->county);
    S_free_strings(m->parts);
    S_free_strings(m->loose);
  }
  free(reg->v);
  free(reg);
}

/* The municipality whose loose key, id key or number is KEY (already a
 * loose key; NUMBER is KEY as given). */
static const pd_municipality *S_find_key(const pd_municipalities *reg, const char *key,
                                         const char *number) {
  for (size_t i = 0; i < reg->n; i++) {
    const pd_municipality *m = &reg->v[i];
    if (strcmp(m->number, number) == 0)
      return m;
    int same = strcmp(m->id_key, key) == 0;
    for (size_t j = 0; !same && m->loose[j]; j++)
      same = strcmp(m->loose[j], key) == 0;
    if (same)
      return m;
  }
  return NULL;
}

const pd_municipality *pd_municipality_find(const pd_municipalities *reg, const char *key) {
  if (!reg || !key)
    return NULL;
  char *loose = pd_municipality_key(key);
  const pd_municipality *m = *loose ? S_find_key(reg, loose, key) : NULL;
  free(loose);
  return m;
}

/* 1 when the byte before P (or the start) and the bytes at END do not
 * continue a word: a name must stand alone ("Sel" is not in "Selbu"). */
static int S_word_bounds(const char *start, const char *p, const char *end) {
  const unsigned char before = p > start ? (unsigned char)p[-1] : ' ';
  const unsigned char after = (unsigned char)*end;
  int alnum_before = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
                     (before >= '0' && before <= '9') || before >= 0x80 || before == '-';
  int alnum_after = (after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') ||
                    (after >= '0' && after <= '9') || after >= 0x80 || after == '-';
  return !alnum_before && !alnum_after;
}

/* 1 when the text at P starts with " kommune" (any case of its K). */
static int S_kommune_after(const char *p) {
  return (strncmp(p, " kommune", 8) == 0 || strncmp(p, " Kommune", 8) == 0 ||
          strncmp(p, " KOMMUNE", 8) == 0);
}

/* Points for municipality M in one line: five for "Name kommune" or a
 * name.kommune.no address, one for a bare name as written. */
static int S_line_points(const pd_municipality *m, const char *text, const char *lower) {
  int points = 0;
  for (size_t j = 0; m->parts[j]; j++) {
    const char *part = m->parts[j];
    size_t len = strlen(part);
    for (const char *p = strstr(text, part); p; p = strstr(p + len, part)) {
      if (!S_word_bounds(text, p, p + len))
        continue;
      points += S_kommune_after(p + len) ? 5 : 1;
    }
  }
  /* web addresses spell the name in ASCII: nærøysund -> naroysund */
  pd_buf host = PD_BUF_INIT;
  pd_buf_printf(&host, "%s.kommune.no", m->loose[0]);
  for (const char *p = strstr(lower, host.data); p; p = strstr(p + 1, host.data)) {
    char before = ' ';
    if (p > lower)
      before = p[-1];
    if (!((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '-')) {
      points += 5; /* vik.kommune.no is not in larvik.kommune.no */
      break;
    }
  }
  pd_buf_free(&host);
  return points;
}

static char *S_lower_ascii(const char *s) {
  char *out = pd_xstrdup(s);
  for (char *p = out; *p; p++)
    if (*p >= 'A' && *p <= 'Z')
      *p = (char)(*p + ('a' - 'A'));
  return out;
}

/* The first lines that make a title page: they count double. */
enum { TITLE_LINES = 15 };

int pd_municipality_in_text(const pd_municipalities *reg, const pd_text_line *lines, size_t n,
                            pd_naming *out) {
  memset(out, 0, sizeof *out);
  if (!reg || !n)
    return 0;
  int *score = pd_xcalloc(reg->n, sizeof *score);
  size_t *where = pd_xcalloc(reg->n, sizeof *where);
  int *best_line_points = pd_xcalloc(reg->n, sizeof *best_line_points);
  for (size_t i = 0; i < n; i++) {
    const char *text = lines[i].text;
    if (!text || !*text)
      continue;
    char *lower = S_lower_ascii(text);
    for (size_t k = 0; k < reg->n; k++) {
      int points = S_line_points(&reg->v[k], text, lower);
      if (!points)
        continue;
      score[k] += i < TITLE_LINES ? 2 * points : points;
      if (points > best_line_points[k]) {
        best_line_points[k] = points;
        where[k] = i;
      }
    }
    free(lower);
  }
  size_t best = 0, second = 0;
  int have = 0;
  for (size_t k = 1; k < reg->n; k++) {
    if (score[k] > score[best]) {
      second = best;
      best = k;
    } else if (score[k] > score[second] || second == best) {
      second = k;
    }
  }
  int second_score = second == best ? 0 : score[second];
  if (score[best] >= 5 && score[best] >= 2 * second_score) {
    out->found = &reg->v[best];
    out->line = lines[where[best]].line;
    out->page = lines[where[best]].page;
    out->score = score[best];
    have = 1;
  }
  free(score);
  free(where);
  free(best_line_points);
  return have;
}

int pd_municipality_in_file_name(const pd_municipalities *reg, const char *path, pd_naming *out) {
  memset(out, 0, sizeof *out);
  if (!reg || !path)
    return 0;
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  /* words of the base name, as ids spell them: "Nord-Aurdal plan.pdf" ->
   * nord aurdal plan pdf */
  char *id = S_fold(base, 1, 1);
  char *words[64];
  size_t nw = 0;
  for (char *w = strtok(id, "-"); w && nw < 64; w = strtok(NULL, "-"))
    words[nw++] = w;
  const pd_municipality *found = NULL;
  size_t found_len = 0;
  int ambiguous = 0;
  for (size_t i = 0; i < nw; i++) {
    for (size_t span = 1; span <= 3 && i + span <= nw; span++) {
      pd_buf key = PD_BUF_INIT;
      for (size_t j = 0; j < span; j++)
        pd_buf_puts(&key, words[i + j]);
      pd_buf_putc(&key, '\0');
      char *loose = pd_municipality_key(key.data);
      const pd_municipality *m = strlen(loose) >= 2 ? S_find_key(reg, loose, "") : NULL;
      free(loose);
      pd_buf_free(&key);
      if (!m || m == found)
        continue;
      /* a longer name wins over its own parts ("nord aurdal" over "nord") */
      if (!found || span > found_len) {
        ambiguous = found && span == found_len;
        found = m;
        found_len = span;
      } else if (span == found_len) {
        ambiguous = 1;
      }
    }
  }
  free(id);
  if (!found || ambiguous)
    return 0;
  out->found = found;
  out->score = 1;
  return 1;
}
