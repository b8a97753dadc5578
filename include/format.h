/* format.h — what a file is, decided once from its bytes.
 *
 * pd_format_sniff() looks at a document's bytes (after gzip inflation) and
 * says which reader takes it: text (plain or Markdown, in any encoding
 * input.h decodes), an HTML page, a document tree written by `plandiff
 * read`, PDF, DOCX or ODT. The bytes decide — magic numbers, the ZIP
 * container's part names, the XML root element; the file's name is only a
 * hint (an .html name makes markup-free text an HTML page; a .pdf that holds
 * text is text). Anything else binary (another ZIP, an image, an
 * executable, a legacy Word .doc, random bytes) is PD_FORMAT_REFUSED, with
 * a description of what was seen for the error message: binary data is
 * never decoded as text.
 */
#ifndef PLANDIFF_FORMAT_H
#define PLANDIFF_FORMAT_H

#include <stddef.h>

typedef enum pd_format {
  PD_FORMAT_TEXT,
  PD_FORMAT_HTML,
  PD_FORMAT_TREE, /* <document> XML written by plandiff read */
  PD_FORMAT_PDF,
  PD_FORMAT_DOCX,
  PD_FORMAT_ODT,
  PD_FORMAT_REFUSED
} pd_format;

/* The format of BYTES (LEN bytes) named NAME. For PD_FORMAT_REFUSED, *SEEN
 * (may be NULL) receives a static description such as "a PNG image" or "a
 * legacy Word document (.doc)". */
pd_format pd_format_sniff(const char *name, const char *bytes, size_t len, const char **seen);

/* "text", "html", "document tree", "pdf", "docx", "odt" or "refused". */
const char *pd_format_name(pd_format format);

/* 1 when NAME ends in EXT (".pdf"), ignoring case and a trailing ".gz". */
int pd_format_has_ext(const char *name, const char *ext);

#endif
