/* cli_common.c — option handling shared by the commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "input.h"

static int S_parse_size(const char *s, size_t *out) {
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-')
    return -1;
  unsigned long long mult = 1;
  if (*end == 'k' || *end == 'K')
    mult = 1024ULL, end++;
  else if (*end == 'M')
    mult = 1024ULL * 1024, end++;
  else if (*end == 'G')
    mult = 1024ULL * 1024 * 1024, end++;
  if (*end || v == 0 || v > (unsigned long long)SIZE_MAX / mult)
    return -1;
  *out = (size_t)(v * mult);
  return 0;
}

int pd_doc_option(pd_doc_options *opts, int opt, const char *arg) {
  pd_docmeta *m = &opts->meta;
  switch (opt) {
  case PD_OPT_MUNICIPALITY: {
    char *slug = pd_slug(arg);
    if (!*slug) {
      free(slug);
      pd_error(NULL, 0, "--municipality needs letters or digits");
      return -1;
    }
    free(m->municipality);
    m->municipality = slug;
    return 1;
  }
  case PD_OPT_NAME:
    pd_docmeta_set(&m->municipality_name, arg);
    return 1;
  case PD_OPT_DOC_TYPE:
    if (strcmp(arg, "plan") != 0 && strcmp(arg, "planprogram") != 0 &&
        strcmp(arg, "presentation") != 0 && strcmp(arg, "other") != 0) {
      pd_error(NULL, 0, "--doc-type must be plan, planprogram, presentation or other");
      return -1;
    }
    pd_docmeta_set(&m->doc_type, arg);
    return 1;
  case PD_OPT_YEAR: {
    char *end = NULL;
    long y = strtol(arg, &end, 10);
    if (*end || y < 1900 || y > 2999) {
      pd_error(NULL, 0, "--year must be a year such as 2024");
      return -1;
    }
    m->year = (int)y;
    return 1;
  }
  case PD_OPT_MAX_BYTES:
    if (S_parse_size(arg, &pd_limits_global()->max_bytes) != 0) {
      pd_error(NULL, 0, "--max-bytes takes a size such as 50M");
      return -1;
    }
    return 1;
  case PD_OPT_MAX_GZIP_RATIO: {
    char *end = NULL;
    long r = strtol(arg, &end, 10);
    if (*end || r < 0 || r > 1000000) {
      pd_error(NULL, 0, "--max-gzip-ratio takes a whole number (0 = no cap)");
      return -1;
    }
    pd_limits_global()->max_gzip_ratio = (unsigned)r;
    return 1;
  }
  case PD_OPT_QUIET:
    pd_diag_set_quiet(1);
    return 1;
  default:
    return 0;
  }
}

void pd_doc_meta(const pd_doc_options *opts, const char *path, pd_docmeta *meta) {
  memset(meta, 0, sizeof *meta);
  const pd_docmeta *f = &opts->meta;
  pd_docmeta_set(&meta->municipality, f->municipality);
  pd_docmeta_set(&meta->municipality_name, f->municipality_name);
  pd_docmeta_set(&meta->kommunenummer, f->kommunenummer);
  pd_docmeta_set(&meta->county, f->county);
  pd_docmeta_set(&meta->doc_type, f->doc_type);
  meta->year = f->year;
  /* A municipality given on the command line makes the manifest row of
   * another municipality irrelevant. */
  if (!f->municipality)
    pd_manifest_lookup(path, meta);
}

int pd_usage_error(const char *command, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "plandiff %s: ", command);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry 'plandiff %s --help'.\n", command);
  return PD_EXIT_USAGE;
}
