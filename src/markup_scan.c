/* markup_scan.c — count attributes and namespace declarations per element. */
#include "markup_scan.h"

#include <string.h>
#include <strings.h>

#include "diag.h"

enum { MAX_TRACKED_DEPTH = 512 }; /* libxml2 refuses deeper XML itself */

typedef struct scan {
  const char *s, *end;
  const char *name;
  int xml;
  size_t depth;                   /* open elements (XML) */
  unsigned ns[MAX_TRACKED_DEPTH]; /* declarations made by each open element */
  unsigned long in_scope;         /* their sum */
} scan;

static int S_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static int S_name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

static long S_line(const char *at, const char *data) {
  long line = 1;
  for (const char *p = data; p < at; p++)
    line += *p == '\n';
  return line;
}

/* Past the first NEEDLE at or after P, or END when there is none. */
static const char *S_past(const char *p, const char *end, const char *needle) {
  size_t n = strlen(needle);
  while (p < end && (p = memchr(p, needle[0], (size_t)(end - p))) != NULL) {
    if ((size_t)(end - p) < n)
      break;
    if (memcmp(p, needle, n) == 0)
      return p + n;
    p++;
  }
  return end;
}

/* Past the element's raw text up to its end tag (HTML script and style). */
static const char *S_past_raw(const char *p, const char *end, const char *tag, size_t tlen) {
  while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
    if ((size_t)(end - p) > tlen + 1 && p[1] == '/' && strncasecmp(p + 2, tag, tlen) == 0)
      return p;
    p++;
  }
  return end;
}

static void S_pop(scan *sc) {
  if (!sc->depth)
    return;
  sc->depth--;
  if (sc->depth < MAX_TRACKED_DEPTH)
    sc->in_scope -= sc->ns[sc->depth];
}

/* A start tag from P (just past '<'). Returns where scanning goes on, or
 * NULL after reporting a limit passed. */
static const char *S_start_tag(scan *sc, const char *p, const char *data) {
  const char *end = sc->end, *tag = p;
  while (p < end && !S_space(*p) && *p != '>' && *p != '/')
    p++;
  size_t tlen = (size_t)(p - tag);
  unsigned attrs = 0, ns = 0;
  for (;;) {
    while (p < end && S_space(*p))
      p++;
    if (p >= end)
      return end;
    if (*p == '>' || (*p == '/' && p + 1 < end && p[1] == '>'))
      break;
    if (*p == '/') {
      p++;
      continue;
    }
    const char *a = p;
    while (p < end && !S_space(*p) && *p != '=' && *p != '>' && *p != '/')
      p++;
    size_t alen = (size_t)(p - a);
    if (alen == 0) { /* a stray '=' */
      p++;
      continue;
    }
    if (++attrs > PD_MARKUP_MAX_ATTRIBUTES) {
      pd_error(sc->name, S_line(tag, data),
               "refused: an element with more than %d attributes (the XML library checks them in "
               "quadratic time)",
               PD_MARKUP_MAX_ATTRIBUTES);
      return NULL;
    }
    if (sc->xml && alen >= 5 && memcmp(a, "xmlns", 5) == 0 && (alen == 5 || a[5] == ':'))
      ns++;
    while (p < end && S_space(*p))
      p++;
    if (p < end && *p == '=') {
      p++;
      while (p < end && S_space(*p))
        p++;
      if (p < end && (*p == '"' || *p == '\'')) {
        const char *q = memchr(p + 1, *p, (size_t)(end - p - 1));
        p = q ? q + 1 : end;
      } else {
        while (p < end && !S_space(*p) && *p != '>')
          p++;
      }
    }
  }
  int empty = *p == '/';
  p += empty ? 2 : 1;
  if (sc->xml) {
    if (sc->in_scope + ns > PD_MARKUP_MAX_NAMESPACES) {
      pd_error(sc->name, S_line(tag, data),
               "refused: more than %d namespace declarations in scope (the XML library looks them "
               "up in quadratic time)",
               PD_MARKUP_MAX_NAMESPACES);
      return NULL;
    }
    if (!empty) {
      if (sc->depth < MAX_TRACKED_DEPTH) {
        sc->ns[sc->depth] = ns;
        sc->in_scope += ns;
      }
      sc->depth++;
    }
  } else if (!empty && ((tlen == 6 && strncasecmp(tag, "script", 6) == 0) ||
                        (tlen == 5 && strncasecmp(tag, "style", 5) == 0))) {
    p = S_past_raw(p, end, tag, tlen);
  }
  return p;
}

int pd_markup_check(const char *name, const char *data, size_t len, int xml) {
  scan sc;
  memset(&sc, 0, sizeof sc);
  sc.name = name;
  sc.xml = xml;
  sc.end = data + len;
  const char *p = data, *end = sc.end;
  while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
    p++;
    if (p >= end)
      break;
    if (*p == '!') {
      if ((size_t)(end - p) >= 3 && p[1] == '-' && p[2] == '-')
        p = S_past(p + 3, end, "-->");
      else if ((size_t)(end - p) >= 8 && memcmp(p, "![CDATA[", 8) == 0)
        p = S_past(p + 8, end, "]]>");
      else
        p = S_past(p, end, ">");
    } else if (*p == '?') {
      p = S_past(p, end, "?>");
    } else if (*p == '/') {
      if (xml)
        S_pop(&sc);
      p = S_past(p, end, ">");
    } else if (S_name_start((unsigned char)*p)) {
      p = S_start_tag(&sc, p, data);
      if (!p)
        return -1;
    }
  }
  return 0;
}
