/* zipdoc.c — DOCX/ODT containers through libzip, with every inflated byte
 * counted against the document's limits (see zipdoc.h). */
#include "zipdoc.h"

#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "diag.h"
#include "xmlio.h"

struct pd_zip {
  zip_t *archive;
  const char *name;
  const pd_limits *limits;
  size_t packed;   /* size of the container */
  size_t inflated; /* bytes inflated so far, all parts together */
};

static const pd_limits default_limits = {PD_DEFAULT_MAX_BYTES, PD_DEFAULT_GZIP_RATIO,
                                         PD_DEFAULT_MAX_PAGES};

pd_zip *pd_zip_open(const char *name, const char *data, size_t len, const pd_limits *limits) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(data, len, 0, &err);
  zip_t *archive = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : NULL;
  if (!archive) {
    pd_error(name, 0, "cannot open the ZIP container: %s", zip_error_strerror(&err));
    if (src)
      zip_source_free(src);
    zip_error_fini(&err);
    return NULL;
  }
  zip_error_fini(&err);
  pd_zip *zip = pd_xcalloc(1, sizeof *zip);
  zip->archive = archive;
  zip->name = name;
  zip->limits = limits ? limits : &default_limits;
  zip->packed = len;
  return zip;
}

void pd_zip_close(pd_zip *zip) {
  if (!zip)
    return;
  zip_discard(zip->archive); /* read-only: nothing to write back */
  free(zip);
}

int pd_zip_read(pd_zip *zip, const char *part, pd_buf *out) {
  zip_int64_t index = zip_name_locate(zip->archive, part, 0);
  if (index < 0)
    return 1;
  zip_file_t *f = zip_fopen_index(zip->archive, (zip_uint64_t)index, 0);
  if (!f) {
    pd_error(zip->name, 0, "cannot read %s: %s", part, zip_strerror(zip->archive));
    return -1;
  }
  const pd_limits *lim = zip->limits;
  char chunk[65536];
  int rc = 0;
  for (;;) {
    zip_int64_t n = zip_fread(f, chunk, sizeof chunk);
    if (n < 0) {
      pd_error(zip->name, 0, "corrupt data in %s: %s", part, zip_file_strerror(f));
      rc = -1;
      break;
    }
    if (n == 0)
      break;
    zip->inflated += (size_t)n;
    if (zip->inflated > lim->max_bytes) {
      pd_error(zip->name, 0, "its parts inflate to more than the limit of %zu bytes (--max-bytes)",
               lim->max_bytes);
      rc = -1;
      break;
    }
    if (lim->max_gzip_ratio && zip->inflated > ((size_t)1 << 20) &&
        zip->inflated / lim->max_gzip_ratio > zip->packed) {
      pd_error(zip->name, 0, "its parts inflate more than %u times its size (--max-gzip-ratio)",
               lim->max_gzip_ratio);
      rc = -1;
      break;
    }
    pd_buf_put(out, chunk, (size_t)n);
  }
  zip_fclose(f);
  return rc;
}

int pd_zip_xml(pd_zip *zip, const char *part, xmlDocPtr *doc) {
  *doc = NULL;
  pd_buf bytes = PD_BUF_INIT;
  int rc = pd_zip_read(zip, part, &bytes);
  if (rc == 0) {
    pd_buf where = PD_BUF_INIT;
    pd_buf_printf(&where, "%s (%s)", zip->name, part);
    *doc = pd_xml_parse(where.data, pd_buf_cstr(&bytes), bytes.len);
    pd_buf_free(&where);
    if (!*doc)
      rc = -1;
  }
  pd_buf_free(&bytes);
  return rc;
}

int pd_xml_is_local(const xmlNode *n, const char *local) {
  return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0;
}

char *pd_xml_local_attr(const xmlNode *n, const char *local) {
  for (xmlAttrPtr a = n ? n->properties : NULL; a; a = a->next)
    if (strcmp((const char *)a->name, local) == 0) {
      xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
      char *s = pd_xstrdup(v ? (const char *)v : "");
      xmlFree(v);
      return s;
    }
  return NULL;
}

xmlNodePtr pd_xml_local_child(const xmlNode *n, const char *local) {
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    if (pd_xml_is_local(c, local))
      return c;
  return NULL;
}
