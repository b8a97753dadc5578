/* format.c — recognise a document's format from its bytes (see format.h). */
#include "format.h"

#include <string.h>
#include <strings.h>

int pd_format_has_ext(const char *name, const char *ext) {
  size_t n = strlen(name), k = strlen(ext);
  if (n > 3 && strcasecmp(name + n - 3, ".gz") == 0)
    n -= 3;
  return n > k && strncasecmp(name + n - k, ext, k) == 0;
}

const char *pd_format_name(pd_format format) {
  static const char *const names[] = {"text", "html", "document tree", "pdf",
                                      "docx", "odt",  "refused"};
  return (unsigned)format <= PD_FORMAT_REFUSED ? names[format] : "refused";
}

static int S_starts(const char *s, size_t len, const char *magic, size_t mlen) {
  return len >= mlen && memcmp(s, magic, mlen) == 0;
}

/* The first NEEDLE in HAY (LEN bytes), or NULL. */
static const char *S_find(const char *hay, size_t len, const char *needle) {
  size_t k = strlen(needle);
  const char *p = hay, *end = hay + len;
  while (k && (size_t)(end - p) >= k && (p = memchr(p, needle[0], (size_t)(end - p - k + 1)))) {
    if (memcmp(p, needle, k) == 0)
      return p;
    p++;
  }
  return NULL;
}

/* A ZIP container: which kind of document its part names say it is. */
static pd_format S_zip(const char *s, size_t len, const char **seen) {
  static const char ODF[] = "application/vnd.oasis.opendocument.";
  /* ODF puts an uncompressed "mimetype" entry first (its data at byte 38);
   * a writer that did not is still recognised by the stored type. */
  const char *mime = S_find(s, len < 4096 ? len : 4096, ODF);
  if (mime) {
    size_t rest = len - (size_t)(mime - s) - strlen(ODF);
    if (rest >= 4 && memcmp(mime + strlen(ODF), "text", 4) == 0)
      return PD_FORMAT_ODT;
    *seen = "an OpenDocument file that is not a text document (a spreadsheet, "
            "presentation or drawing)";
    return PD_FORMAT_REFUSED;
  }
  if (S_find(s, len, "word/document.xml"))
    return PD_FORMAT_DOCX;
  if (S_find(s, len, "xl/workbook.xml"))
    *seen = "an Excel workbook (.xlsx)";
  else if (S_find(s, len, "ppt/presentation.xml"))
    *seen = "a PowerPoint presentation (.pptx)";
  else if (S_find(s, len < 4096 ? len : 4096, "application/epub+zip"))
    *seen = "an EPUB book";
  else
    *seen = "a ZIP archive that is neither DOCX nor ODT";
  return PD_FORMAT_REFUSED;
}

typedef struct magic {
  const char *bytes;
  size_t len;
  const char *what;
} magic;

static const char *S_binary_magic(const char *s, size_t len) {
  static const magic magics[] = {
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
       "a legacy Microsoft Office file (.doc, .xls or .ppt; save it as DOCX or PDF)"},
      {"\x89PNG\r\n\x1A\n", 8, "a PNG image"},
      {"\xFF\xD8\xFF", 3, "a JPEG image"},
      {"GIF87a", 6, "a GIF image"},
      {"GIF89a", 6, "a GIF image"},
      {"II*\0", 4, "a TIFF image"},
      {"MM\0*", 4, "a TIFF image"},
      {"\x7F"
       "ELF",
       4, "an executable (ELF)"},
      {"\xCF\xFA\xED\xFE", 4, "an executable (Mach-O)"},
      {"\xFE\xED\xFA\xCF", 4, "an executable (Mach-O)"},
      {"{\\rtf", 5, "an RTF document (save it as DOCX or PDF)"},
      {"%!PS", 4, "a PostScript file (convert it to PDF)"},
      {"BZh", 3, "bzip2-compressed data"},
      {"\xFD"
       "7zXZ\0",
       6, "xz-compressed data"},
      {"7z\xBC\xAF\x27\x1C", 6, "a 7-Zip archive"},
      {"Rar!\x1A\x07", 6, "a RAR archive"},
      {"\x1F\x8B", 2, "gzip data compressed twice"},
      {"SQLite format 3\0", 16, "an SQLite database"},
      {"\0\0\0\x0C"
       "jP  ",
       8, "a JPEG 2000 image"},
  };
  for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
    if (S_starts(s, len, magics[i].bytes, magics[i].len))
      return magics[i].what;
  if (S_starts(s, len, "RIFF", 4) && len >= 12 && memcmp(s + 8, "WEBP", 4) == 0)
    return "a WebP image";
  if (S_starts(s, len, "MZ", 2) && len >= 64 && memchr(s, 0, 64))
    return "an executable (Windows)";
  return NULL;
}

/* UTF-16 shows as a byte-order mark or NUL bytes in every other position. */
static int S_utf16(const unsigned char *s, size_t len) {
  if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
    return 1;
  size_t n = (len < 4096 ? len : 4096) & ~(size_t)1;
  if (n < 8)
    return 0;
  size_t even0 = 0, odd0 = 0;
  for (size_t i = 0; i < n; i += 2) {
    even0 += s[i] == 0;
    odd0 += s[i + 1] == 0;
  }
  size_t pairs = n / 2;
  return (odd0 * 10 > pairs * 7 && even0 * 20 < pairs) ||
         (even0 * 10 > pairs * 7 && odd0 * 20 < pairs);
}

/* Binary data: NUL bytes and control characters text does not hold make up
 * more than one in twenty of the first 8 KB. A stray NUL in a text is
 * repaired by the decoder instead. */
static int S_looks_binary(const unsigned char *s, size_t len) {
  size_t n = len < 8192 ? len : 8192, odd = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B)
      odd++;
  }
  return n > 0 && odd * 20 > n;
}

/* The name of the first element of XML text S (after the declaration,
 * comments, processing instructions and a DOCTYPE), into NAME. */
static int S_root_name(const char *s, size_t len, char *name, size_t cap) {
  size_t i = 0;
  while (i < len) {
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
      i++;
    if (i >= len || s[i] != '<')
      return 0;
    const char *end = S_starts(s + i, len - i, "<?", 2)     ? "?>"
                      : S_starts(s + i, len - i, "<!--", 4) ? "-->"
                      : S_starts(s + i, len - i, "<!", 2)   ? ">"
                                                            : NULL;
    if (!end)
      break;
    const char *close = S_find(s + i, len - i, end);
    if (!close)
      return 0;
    i = (size_t)(close - s) + strlen(end);
  }
  if (i >= len || s[i] != '<')
    return 0;
  size_t k = 0;
  for (i++; i < len && k + 1 < cap; i++) {
    char c = s[i];
    if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r')
      break;
    name[k++] = c;
  }
  name[k] = '\0';
  return k > 0;
}

static int S_starts_nocase(const char *s, size_t len, const char *word) {
  size_t k = strlen(word);
  return len >= k && strncasecmp(s, word, k) == 0;
}

/* A doctype, <html> or <body> in the first kilobyte. */
static int S_html_marker(const char *s, size_t len) {
  size_t probe = len < 1024 ? len : 1024;
  for (const char *p = s; (p = memchr(p, '<', probe - (size_t)(p - s))) != NULL; p++) {
    size_t rest = len - (size_t)(p - s);
    if (S_starts_nocase(p, rest, "<!doctype html") || S_starts_nocase(p, rest, "<html") ||
        S_starts_nocase(p, rest, "<body"))
      return 1;
    if ((size_t)(p - s) + 1 >= probe)
      break;
  }
  return 0;
}

pd_format pd_format_sniff(const char *name, const char *bytes, size_t len, const char **seen) {
  const char *dummy;
  if (!seen)
    seen = &dummy;
  *seen = NULL;
  const unsigned char *u = (const unsigned char *)bytes;
  if (len == 0)
    return PD_FORMAT_TEXT;
  /* Readers accept "%PDF-" anywhere in the first kilobyte (junk before it). */
  if (S_find(bytes, len < 1024 ? len : 1024, "%PDF-"))
    return PD_FORMAT_PDF;
  if (S_starts(bytes, len, "PK\x03\x04", 4) || S_starts(bytes, len, "PK\x05\x06", 4))
    return S_zip(bytes, len, seen);
  if ((*seen = S_binary_magic(bytes, len)) != NULL)
    return PD_FORMAT_REFUSED;
  if (S_utf16(u, len))
    return PD_FORMAT_TEXT;
  if (S_looks_binary(u, len)) {
    *seen = "binary data (not text, HTML, PDF, DOCX or ODT)";
    return PD_FORMAT_REFUSED;
  }
  const char *s = bytes;
  size_t n = len;
  if (S_starts(s, n, "\xEF\xBB\xBF", 3))
    s += 3, n -= 3;
  char root[32];
  if ((S_starts(s, n, "<?xml", 5) || S_starts(s, n, "<document", 9)) &&
      S_root_name(s, n < 65536 ? n : 65536, root, sizeof root)) {
    if (strcmp(root, "document") == 0)
      return PD_FORMAT_TREE;
    if (strcasecmp(root, "html") == 0)
      return PD_FORMAT_HTML;
    if (S_starts(s, n, "<?xml", 5) &&
        !(pd_format_has_ext(name, ".html") || pd_format_has_ext(name, ".htm") ||
          pd_format_has_ext(name, ".xhtml"))) {
      *seen = strcmp(root, "plan") == 0  ? "a plan written by 'plandiff normalise' (XML)"
              : strcmp(root, "svg") == 0 ? "an SVG image"
                                         : "XML that is not a document tree";
      return PD_FORMAT_REFUSED;
    }
  }
  if (S_html_marker(s, n) || pd_format_has_ext(name, ".html") || pd_format_has_ext(name, ".htm") ||
      pd_format_has_ext(name, ".xhtml"))
    return PD_FORMAT_HTML;
  return PD_FORMAT_TEXT;
}
