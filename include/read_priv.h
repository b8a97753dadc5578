/* read_priv.h — shared between the reader's modules (read.c, read_inline.c,
 * read_table.c). Not part of the public API. */
#ifndef PLANDIFF_READ_PRIV_H
#define PLANDIFF_READ_PRIV_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"

/* One source line, trimmed of surrounding white space. */
typedef struct rd_line {
  const char *s;
  size_t len;
  unsigned long no; /* 1-based source line number */
  int blank;
  int furniture; /* a running page header or footer */
} rd_line;

typedef struct rd_link {
  size_t start, end; /* byte offsets into the block's text */
  char *href;
} rd_link;

/* A block's text as it is built: the joined text, the sourcemap pairs and
 * the links inside it. */
typedef struct rd_text {
  pd_buf text;
  pd_buf map; /* "LINE:OFFSET ..." */
  rd_link *links;
  size_t nlinks, caplinks;
  unsigned long first, last;
} rd_text;

enum rd_join { RD_JOIN_SPACE, RD_JOIN_NONE };

void rd_text_init(rd_text *t);
void rd_text_reset(rd_text *t);
void rd_text_free(rd_text *t);
/* Appends one source line (with inline Markdown resolved) to T. */
void rd_text_add_line(rd_text *t, const char *s, size_t len, unsigned long no);
/* Appends inline text (Markdown emphasis and links resolved, bare URLs
 * made links) without any separator. */
void rd_inline(rd_text *t, const char *s, size_t len);
/* Makes element NAME under PARENT holding T's text and links, with line,
 * end-line and (when it spans lines) sourcemap. */
xmlNodePtr rd_text_emit(xmlNodePtr parent, const char *name, const rd_text *t);

void rd_set_lines(xmlNodePtr node, unsigned long first, unsigned long last);

/* Level words of recovered tables: 1 when WORD (LEN bytes) is a prevention
 * level word (Allmenn, Selektiv, Indisert, Indikert, Universell ...). */
int rd_is_level_word(const char *word, size_t len);

/* Recovered tables (read_table.c). If LINES[i] starts a table flattened by
 * PDF extraction (a header row naming the columns), emits it under PARENT
 * and returns the index of the first line after it; otherwise returns i. */
size_t rd_table_recover(xmlNodePtr parent, const rd_line *lines, size_t n, size_t i);

/* Small UTF-8 helpers. */
int rd_starts_upper(const char *s, size_t len);
int rd_starts_lower(const char *s, size_t len);

#endif
