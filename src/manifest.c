/* manifest.c — document metadata from MANIFEST.tsv. */
#include "manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static int S_column(char **head, int n, const char *a, const char *b) {
  for (int i = 0; i < n; i++)
    if (strcmp(head[i], a) == 0 || (b && strcmp(head[i], b) == 0))
      return i;
  return -1;
}

int pd_manifest_lookup(const char *path, pd_docmeta *meta) {
  if (strcmp(path, "-") == 0)
    return 0;
  const char *base = S_base(path);
  pd_buf mpath = PD_BUF_INIT;
  pd_buf_put(&mpath, path, (size_t)(base - path));
  pd_buf_puts(&mpath, "MANIFEST.tsv");
  FILE *probe = fopen(mpath.data, "r");
  if (!probe) {
    pd_buf_free(&mpath);
    return 0;
  }
  fclose(probe);
  pd_text text;
  if (pd_text_load(mpath.data, NULL, &text) != 0) {
    pd_buf_free(&mpath);
    return -1;
  }
  size_t blen = strlen(base);
  if (blen > 3 && strcmp(base + blen - 3, ".gz") == 0)
    blen -= 3;

  enum { MAXF = 32 };
  char *head[MAXF], *row[MAXF];
  int nhead = 0, found = 0;
  char *save = NULL;
  for (char *line = strtok_r(text.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (!nhead) {
      nhead = S_split(line, head, MAXF);
      continue;
    }
    int n = S_split(line, row, MAXF);
    int cf = S_column(head, nhead, "file", NULL);
    if (cf < 0 || cf >= n || strlen(row[cf]) != blen || strncmp(row[cf], base, blen) != 0)
      continue;
    struct {
      char **field;
      const char *a, *b;
    } cols[] = {{&meta->municipality, "municipality", NULL},
                {&meta->municipality_name, "name", NULL},
                {&meta->kommunenummer, "kommunenummer", "kommunenummer_2024"},
                {&meta->county, "county", "county_2024"},
                {&meta->doc_type, "doc_type", NULL}};
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
      int c = S_column(head, nhead, cols[i].a, cols[i].b);
      if (c >= 0 && c < n && *row[c] && !*cols[i].field)
        pd_docmeta_set(cols[i].field, row[c]);
    }
    int cy = S_column(head, nhead, "year", NULL);
    if (cy >= 0 && cy < n && !meta->year)
      meta->year = atoi(row[cy]);
    found = 1;
    break;
  }
  if (nhead && S_column(head, nhead, "file", NULL) < 0)
    pd_warning(mpath.data, 1, "manifest has no 'file' column");
  pd_text_free(&text);
  pd_buf_free(&mpath);
  return found;
}
