/* read_priv.h — shared between the text reader's modules (read.c,
 * read_inline.c, read_table.c). Not part of the public API; the tree they
 * build is made through doctree.h. */
#ifndef PLANDIFF_READ_PRIV_H
#define PLANDIFF_READ_PRIV_H

#include <stddef.h>

#include <libxml/tree.h>

#include "buf.h"
#include "doctree.h"
#include "lexicon.h"

/* One source line, trimmed of surrounding white space. */
typedef struct rd_line {
  const char *s;
  size_t len;
  unsigned long no; /* 1-based source line number */
  int blank;
  int padded;    /* blank, but held spaces: PDF text puts such lines inside a table cell */
  int furniture; /* a running page header or footer */
} rd_line;

/* Appends one source line to T with inline Markdown resolved (emphasis
 * and links reduced to text, bare URLs made links) and line-end
 * hyphenation repaired (pd_span_add_line). */
void rd_text_add_line(pd_span *t, const char *s, size_t len, unsigned long no);
/* A pd_span_inline_fn: inline Markdown resolved, without any separator. */
void rd_inline(pd_span *t, const char *s, size_t len);

/* Recovered tables (read_table.c). If LINES[i] starts a table flattened by
 * PDF extraction (a header row naming the columns, or rows led by a level),
 * emits it under PARENT (NULL: only measures it) and returns the index of
 * the first line after it; otherwise returns i. LEX supplies the level,
 * status and column words. */
size_t rd_table_recover(const pd_lexicon *lex, xmlNodePtr parent, const rd_line *lines, size_t n,
                        size_t i);

/* Words in S (LEN bytes): runs of non-blanks. */
size_t rd_words(const char *s, size_t len);

#endif
