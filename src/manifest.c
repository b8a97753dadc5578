/* manifest.c — document metadata from MANIFEST.tsv. */
#include "manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "corpus.h"
#include "diag.h"
#include "input.h"

void pd_docmeta_set(char **field, const char *value) {
  free(*field);
  *field = value ? pd_xstrdup(value) : NULL;
}

void pd_docmeta_free(pd_docmeta *meta) {
  free(meta->municipality);
  free(meta->municipality_name);
  free(meta->kommunenummer);
  free(meta->county);
  free(meta->doc_type);
  memset(meta, 0, sizeof *meta);
}

char *pd_slug(const char *name) {
  pd_buf out = PD_BUF_INIT;
  const unsigned char *s = (const unsigned char *)name;
  int dash = 0;
  while (*s) {
    const char *rep = NULL;
    size_t adv = 1;
    if (s[0] == 0xC3 && s[1]) {
      adv = 2;
      switch (s[1]) {
      case 0x86:
      case 0xA6:
        rep = "ae";
        break; /* Æ æ */
      case 0x98:
      case 0xB8:
      case 0x96:
      case 0xB6:
        rep = "o";
        break; /* Ø ø Ö ö */
      case 0x85:
      case 0xA5:
      case 0x84:
      case 0xA4:
        rep = "a";
        break; /* Å å Ä ä */
      case 0x9C:
      case 0xBC:
        rep = "u";
        break; /* Ü ü */
      case 0x89:
      case 0xA9:
        rep = "e";
        break; /* É é */
      default:
        break;
      }
    }
    char one[2] = {0, 0};
    if (!rep && adv == 1 && ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))) {
      one[0] = (char)*s;
      rep = one;
    } else if (!rep && adv == 1 && *s >= 'A' && *s <= 'Z') {
      one[0] = (char)(*s - 'A' + 'a');
      rep = one;
    }
    if (rep) {
      if (dash && out.len)
        pd_buf_putc(&out, '-');
      dash = 0;
      pd_buf_puts(&out, rep);
    } else {
      dash = 1;
      /* skip the rest of a multi-byte sequence */
      if (*s >= 0x80 && adv == 1)
        while (s[adv] >= 0x80 && s[adv] < 0xC0)
          adv++;
    }
    s += adv;
  }
  return pd_buf_detach(&out);
}

static const char *S_base(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

char *pd_municipality_id(const char *name) {
  char *id = pd_slug(name);
  if (*id)
    return id;
  free(id);
  return NULL;
}

char *pd_municipality_fallback(const char *path) {
  const char *base = S_base(path);
  char *stem = pd_xstrndup(base, pd_document_stem(base));
  char *id = strcmp(path, "-") == 0 ? NULL : pd_municipality_id(stem);
  free(stem);
  return id ? id : pd_xstrdup("unknown");
}

int pd_doc_type_valid(const char *type) {
  static const char *const types[] = {"plan", "planprogram", "presentation", "other", NULL};
  for (int i = 0; types[i]; i++)
    if (strcmp(type, types[i]) == 0)
      return 1;
  return 0;
}

int pd_year_parse(const char *text) {
  int year = 0;
  size_t n = 0;
  for (; text[n]; n++) {
    if (text[n] < '0' || text[n] > '9' || n >= 4)
      return -1;
    year = year * 10 + (text[n] - '0');
  }
  return n == 4 && year >= 1900 && year <= 2999 ? year : -1;
}

/* ---- the manifest of one folder, read once ----------------------------- */

enum { MAXF = 32 };

typedef struct manifest_row {
  const char *file; /* the file column without ".gz"; points into text */
  size_t file_len;
  char *line; /* the whole row, NUL-terminated (tabs intact) */
  long lineno;
} manifest_row;

typedef struct manifest {
  char *path; /* ".../MANIFEST.tsv" */
  int state;  /* 0 absent, 1 read, -1 unreadable (reported once) */
  pd_text text;
  char *head[MAXF];
  int nhead;
  manifest_row *rows; /* sorted by file, then line */
  size_t nrows;
  struct manifest *next;
} manifest;

static manifest *manifests;

static void S_free_manifests(void) {
  while (manifests) {
    manifest *m = manifests;
    manifests = m->next;
    free(m->path);
    pd_text_free(&m->text);
    free(m->rows);
    free(m);
  }
}

/* Splits LINE (modified in place) at tabs into at most MAX fields. */
static int S_split(char *line, char **fields, int max) {
  int n = 0;
  fields[n++] = line;
  for (char *p = line; *p && n < max; p++)
    if (*p == '\t') {
      *p = '\0';
      fields[n++] = p + 1;
    }
  return n;
}

static int S_column(char *const *head, int n, const char *a, const char *b) {
  for (int i = 0; i < n; i++)
    if (strcmp(head[i], a) == 0 || (b && strcmp(head[i], b) == 0))
      return i;
  return -1;
}

static size_t S_key_len(const char *s, size_t n) {
  return n > 3 && strncmp(s + n - 3, ".gz", 3) == 0 ? n - 3 : n;
}

static int S_row_compare(const void *a, const void *b) {
  const manifest_row *x = a, *y = b;
  size_t n = x->file_len < y->file_len ? x->file_len : y->file_len;
  int c = memcmp(x->file, y->file, n);
  if (c)
    return c;
  if (x->file_len != y->file_len)
    return x->file_len < y->file_len ? -1 : 1;
  return x->lineno < y->lineno ? -1 : x->lineno > y->lineno;
}

/* Reads and indexes M->path once: rows sorted by file name, so a
 * million-row manifest costs one read and one sort, then a binary search
 * per document. */
static void S_manifest_read(manifest *m) {
  struct stat st;
  if (stat(m->path, &st) != 0) {
    m->state = 0;
    return;
  }
  m->state = -1;
  /* pd_text_load refuses a FIFO or device without waiting on it. */
  if (pd_text_load(m->path, NULL, &m->text) != 0) {
    pd_error(m->path, 0, "the manifest is not read; its documents get no metadata from it");
    return;
  }
  m->state = 1;
  char *p = m->text.data;
  long lineno = 0;
  int cf = -1;
  size_t cap = 0;
  while (p && *p) {
    char *nl = strchr(p, '\n');
    if (nl)
      *nl = '\0';
    lineno++;
    if (!m->nhead) {
      m->nhead = S_split(p, m->head, MAXF);
      cf = S_column(m->head, m->nhead, "file", NULL);
      if (cf < 0)
        pd_error(m->path, 1, "the manifest has no 'file' column; not used");
    } else if (*p && cf >= 0) {
      /* the file column, found without splitting the row in place */
      const char *f = p;
      for (int i = 0; i < cf && f; i++) {
        f = strchr(f, '\t');
        f = f ? f + 1 : NULL;
      }
      if (f) {
        const char *end = strchr(f, '\t');
        size_t len = end ? (size_t)(end - f) : strlen(f);
        if (m->nrows == cap) {
          cap = cap ? cap * 2 : 64;
          m->rows = pd_xrealloc(m->rows, cap * sizeof *m->rows);
        }
        m->rows[m->nrows++] = (manifest_row){f, S_key_len(f, len), p, lineno};
      }
    }
    p = nl ? nl + 1 : NULL;
  }
  if (m->nrows)
    qsort(m->rows, m->nrows, sizeof *m->rows, S_row_compare);
}

static manifest *S_manifest_for(const char *mpath) {
  for (manifest *m = manifests; m; m = m->next)
    if (strcmp(m->path, mpath) == 0)
      return m;
  manifest *m = pd_xcalloc(1, sizeof *m);
  m->path = pd_xstrdup(mpath);
  if (!manifests)
    atexit(S_free_manifests);
  m->next = manifests;
  manifests = m;
  S_manifest_read(m);
  return m;
}

static const manifest_row *S_find(const manifest *m, const char *base) {
  manifest_row key = {base, S_key_len(base, strlen(base)), NULL, 0};
  size_t lo = 0, hi = m->nrows;
  while (lo < hi) { /* the first row not before KEY (lineno 0 sorts first) */
    size_t mid = lo + (hi - lo) / 2;
    if (S_row_compare(&m->rows[mid], &key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < m->nrows && m->rows[lo].file_len == key.file_len &&
      memcmp(m->rows[lo].file, key.file, key.file_len) == 0)
    return &m->rows[lo];
  return NULL;
}

/* Reports a bad VALUE of COLUMN in the manifest row; the field stays unknown. */
static int S_bad(const manifest *m, long lineno, const char *column, const char *value,
                 const char *why) {
  char *shown = pd_diag_quote(value);
  pd_error(m->path, lineno, "%s %s: %s; ignored", column, shown, why);
  free(shown);
  return -1;
}

int pd_manifest_lookup(const char *path, pd_docmeta *meta) {
  if (strcmp(path, "-") == 0)
    return 0;
  const char *base = S_base(path);
  pd_buf mpath = PD_BUF_INIT;
  pd_buf_put(&mpath, path, (size_t)(base - path));
  pd_buf_puts(&mpath, "MANIFEST.tsv");
  manifest *m = S_manifest_for(mpath.data);
  pd_buf_free(&mpath);
  if (m->state < 0)
    return -1;
  const manifest_row *r = m->state ? S_find(m, base) : NULL;
  if (!r)
    return 0;
  char *copy = pd_xstrdup(r->line);
  char *row[MAXF];
  int n = S_split(copy, row, MAXF);
  int rc = 1;
  struct {
    char **field;
    const char *a, *b;
  } cols[] = {{&meta->municipality_name, "name", NULL},
              {&meta->kommunenummer, "kommunenummer", "kommunenummer_2024"},
              {&meta->county, "county", "county_2024"}};
  for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
    int c = S_column(m->head, m->nhead, cols[i].a, cols[i].b);
    if (c >= 0 && c < n && *row[c] && !*cols[i].field)
      pd_docmeta_set(cols[i].field, row[c]);
  }
  int c = S_column(m->head, m->nhead, "municipality", NULL);
  if (c >= 0 && c < n && *row[c] && !meta->municipality) {
    /* the same rule as --municipality: "Larvik", "lar vik", "larvik " */
    char *id = pd_municipality_id(row[c]);
    if (id)
      meta->municipality = id;
    else
      rc = S_bad(m, r->lineno, "municipality", row[c], "no letter or digit to make an id of");
  }
  c = S_column(m->head, m->nhead, "doc_type", NULL);
  if (c >= 0 && c < n && *row[c] && !meta->doc_type) {
    if (pd_doc_type_valid(row[c]))
      pd_docmeta_set(&meta->doc_type, row[c]);
    else
      rc = S_bad(m, r->lineno, "doc_type", row[c], "not plan, planprogram, presentation or other");
  }
  c = S_column(m->head, m->nhead, "year", NULL);
  if (c >= 0 && c < n && *row[c] && !meta->year) {
    int year = pd_year_parse(row[c]);
    if (year > 0)
      meta->year = year;
    else
      rc = S_bad(m, r->lineno, "year", row[c], "not a year (four digits, 1900-2999)");
  }
  free(copy);
  return rc;
}
