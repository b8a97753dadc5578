/* options.c — the option table, its parser and its help text. */
#include "options.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Checks VALUE and stores it; returns NULL, or what a good value looks like. */
typedef const char *(*option_setter)(pd_options *opts, const char *value);

typedef struct option_spec {
  const char *name; /* long name, without "--" */
  const char *arg;  /* the value's name in help; NULL: takes no value */
  const char *help;
  option_setter set;
  pd_opt_id id;
  char short_name; /* 0: none */
} option_spec;

int pd_parse_size(const char *s, size_t *out) {
  if (!s || *s < '0' || *s > '9')
    return -1;
  char *end = NULL;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s)
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

static const char *S_set_output(pd_options *o, const char *v) {
  if (!*v)
    return "a file or folder name";
  o->output = v;
  return NULL;
}

static const char *S_set_thesaurus(pd_options *o, const char *v) {
  o->thesaurus = v;
  return NULL;
}

static const char *S_set_lang(pd_options *o, const char *v) {
  if (strcmp(v, "nb") != 0 && strcmp(v, "en") != 0)
    return "nb or en";
  o->lang = v;
  return NULL;
}

static const char *S_set_format(pd_options *o, const char *v) {
  if (strcmp(v, "tsv") != 0 && strcmp(v, "csv") != 0)
    return "tsv or csv";
  o->format = v;
  return NULL;
}

static const char *S_set_municipality(pd_options *o, const char *v) {
  char *id = pd_municipality_id(v);
  if (!id)
    return "a name or id with letters or digits";
  free(o->meta.municipality);
  o->meta.municipality = id;
  return NULL;
}

static const char *S_set_name(pd_options *o, const char *v) {
  pd_docmeta_set(&o->meta.municipality_name, v);
  return NULL;
}

static const char *S_set_doc_type(pd_options *o, const char *v) {
  if (!pd_doc_type_valid(v))
    return "plan, planprogram, presentation or other";
  pd_docmeta_set(&o->meta.doc_type, v);
  return NULL;
}

static const char *S_set_year(pd_options *o, const char *v) {
  int y = pd_year_parse(v);
  if (y <= 0)
    return "a year such as 2024";
  o->meta.year = y;
  return NULL;
}

static const char *S_set_max_bytes(pd_options *o, const char *v) {
  return pd_parse_size(v, &o->limits.max_bytes) == 0 ? NULL : "a size such as 50M";
}

static const char *S_set_gzip_ratio(pd_options *o, const char *v) {
  char *end = NULL;
  errno = 0;
  long r = strtol(v, &end, 10);
  if (errno || end == v || *end || r < 0 || r > 1000000)
    return "a whole number from 0 (no cap) to 1000000";
  o->limits.max_gzip_ratio = (unsigned)r;
  return NULL;
}

static const char *S_set_max_pages(pd_options *o, const char *v) {
  char *end = NULL;
  errno = 0;
  long n = strtol(v, &end, 10);
  if (errno || end == v || *end || n < 1 || n > 10000000)
    return "a number of pages from 1 to 10000000";
  o->limits.max_pages = (unsigned long)n;
  return NULL;
}

static const char *S_set_max_memory(pd_options *o, const char *v) {
  return pd_parse_size(v, &o->max_memory) == 0 ? NULL : "a size such as 500M";
}

static const char *S_set_jobs(pd_options *o, const char *v) {
  char *end = NULL;
  errno = 0;
  long j = strtol(v, &end, 10);
  if (errno || end == v || *end || j < 1 || j > 256)
    return "a number of processes from 1 to 256";
  o->jobs = (unsigned)j;
  return NULL;
}

static const char *S_set_cache(pd_options *o, const char *v) {
  if (!*v)
    return "a folder name";
  o->cache = v;
  o->no_cache = 0;
  return NULL;
}

static const char *S_set_no_cache(pd_options *o, const char *v) {
  (void)v;
  o->no_cache = 1;
  return NULL;
}

static const char *S_set_quiet(pd_options *o, const char *v) {
  (void)v;
  o->quiet = 1;
  return NULL;
}

static const char *S_set_html(pd_options *o, const char *v) {
  (void)v;
  o->html = 1;
  return NULL;
}

static const char *S_set_help(pd_options *o, const char *v) {
  (void)v;
  o->help = 1;
  return NULL;
}

/* Every option of every command. Order is the order of the help text. */
static const option_spec OPTIONS[] = {
    {"output", "FILE", "write to FILE instead of standard output", S_set_output, PD_OPT_OUTPUT,
     'o'},
    {"thesaurus", "FILE", "the vocabulary (default: thesaurus/thesaurus.xml)", S_set_thesaurus,
     PD_OPT_THESAURUS, 0},
    {"lang", "nb|en", "bokmål (default) or English", S_set_lang, PD_OPT_LANG, 0},
    {"format", "tsv|csv", "TSV (default) or CSV", S_set_format, PD_OPT_FORMAT, 0},
    {"municipality", "ID", "whose document it is (overrides the manifest)", S_set_municipality,
     PD_OPT_MUNICIPALITY, 0},
    {"name", "NAME", "the municipality's name as written", S_set_name, PD_OPT_NAME, 0},
    {"doc-type", "TYPE", "plan, planprogram, presentation or other", S_set_doc_type,
     PD_OPT_DOC_TYPE, 0},
    {"year", "YEAR", "the year of the document", S_set_year, PD_OPT_YEAR, 0},
    {"max-bytes", "SIZE", "largest document read, after gzip (default 256M)", S_set_max_bytes,
     PD_OPT_MAX_BYTES, 0},
    {"max-gzip-ratio", "N", "largest inflation ratio of gzip input (default 1000; 0 = none)",
     S_set_gzip_ratio, PD_OPT_MAX_GZIP_RATIO, 0},
    {"max-pages", "N", "most pages of one PDF read (default 5000)", S_set_max_pages,
     PD_OPT_MAX_PAGES, 0},
    {"max-memory", "SIZE",
     "memory budget of one document (default 256M); past it the document fails as out of memory",
     S_set_max_memory, PD_OPT_MAX_MEMORY, 0},
    {"jobs", "N", "documents read in parallel (default: one per core)", S_set_jobs, PD_OPT_JOBS,
     'j'},
    {"cache", "DIR",
     "cache of normalised plans (default: $XDG_CACHE_HOME/plandiff or ~/.cache/plandiff)",
     S_set_cache, PD_OPT_CACHE, 0},
    {"no-cache", NULL, "neither read nor write the cache", S_set_no_cache, PD_OPT_NO_CACHE, 0},
    {"html", NULL, "an HTML page instead of a TSV table", S_set_html, PD_OPT_HTML, 0},
    {"quiet", NULL, "no warnings", S_set_quiet, PD_OPT_QUIET, 0},
    {"help", NULL, "this text", S_set_help, PD_OPT_HELP, 'h'},
};

enum { NOPTIONS = sizeof OPTIONS / sizeof OPTIONS[0] };

static const option_spec *S_spec(pd_opt_id id) {
  for (size_t i = 0; i < NOPTIONS; i++)
    if (OPTIONS[i].id == id)
      return &OPTIONS[i];
  return NULL;
}

void pd_options_init(pd_options *opts) {
  memset(opts, 0, sizeof *opts);
  opts->lang = "nb";
  opts->format = "tsv";
  opts->limits.max_bytes = PD_DEFAULT_MAX_BYTES;
  opts->limits.max_gzip_ratio = PD_DEFAULT_GZIP_RATIO;
  opts->limits.max_pages = PD_DEFAULT_MAX_PAGES;
  opts->max_memory = PD_DEFAULT_MAX_MEMORY;
}

void pd_options_free(pd_options *opts) {
  pd_docmeta_free(&opts->meta);
  free(opts->args);
  opts->args = NULL;
  opts->nargs = 0;
}

static const pd_option_use *S_accepted(const pd_option_use *accepted, pd_opt_id id) {
  for (const pd_option_use *u = accepted; u->id != PD_OPT_END; u++)
    if (u->id == id)
      return u;
  return NULL;
}

/* The accepted option called NAME (NAMELEN bytes) or with SHORT_NAME. */
static const option_spec *S_find(const pd_option_use *accepted, const char *name, size_t namelen,
                                 char short_name) {
  for (const pd_option_use *u = accepted; u->id != PD_OPT_END; u++) {
    const option_spec *s = S_spec(u->id);
    if (!s)
      continue;
    if (name && strlen(s->name) == namelen && strncmp(s->name, name, namelen) == 0)
      return s;
    if (!name && short_name && s->short_name == short_name)
      return s;
  }
  return NULL;
}

/* Prints the one line of a usage error and returns PD_EXIT_USAGE. */
__attribute__((format(printf, 2, 3))) static int S_bad(const char *command, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "plandiff %s: ", command);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, " (see 'plandiff help %s')\n", command);
  return PD_EXIT_USAGE;
}

int pd_options_parse(pd_options *opts, const char *command, const pd_option_use *accepted, int argc,
                     char **argv) {
  opts->args = calloc((size_t)(argc > 0 ? argc : 1), sizeof *opts->args);
  if (!opts->args)
    return S_bad(command, "out of memory");
  int options_end = 0;
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (options_end || a[0] != '-' || a[1] == '\0') {
      opts->args[opts->nargs++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      options_end = 1;
      continue;
    }
    const option_spec *spec;
    const char *value = NULL;
    char shown[64];
    if (a[1] == '-') {
      const char *name = a + 2, *eq = strchr(name, '=');
      int namelen = (int)(eq ? (size_t)(eq - name) : strlen(name));
      spec = S_find(accepted, name, (size_t)namelen, 0);
      if (!spec)
        return S_bad(command, "unknown option '--%.*s'", namelen, name);
      snprintf(shown, sizeof shown, "--%s", spec->name);
      if (eq) {
        if (!spec->arg)
          return S_bad(command, "%s takes no value", shown);
        value = eq + 1;
      }
    } else {
      spec = S_find(accepted, NULL, 0, a[1]);
      if (!spec)
        return S_bad(command, "unknown option '-%c'", a[1]);
      snprintf(shown, sizeof shown, "-%c", a[1]);
      if (a[2]) {
        if (!spec->arg)
          return S_bad(command, "%s takes no value, in '%s'", shown, a);
        value = a + 2;
      }
    }
    if (spec->arg && !value) {
      if (i + 1 >= argc)
        return S_bad(command, "%s needs a value (%s)", shown, spec->arg);
      value = argv[++i];
    }
    const char *want = spec->set(opts, value ? value : "");
    if (want)
      return S_bad(command, "%s takes %s, not '%s'", shown, want, value ? value : "");
  }
  return 0;
}

void pd_options_help(FILE *to, const pd_option_use *accepted) {
  fputs("\nOptions:\n", to);
  for (const pd_option_use *u = accepted; u->id != PD_OPT_END; u++) {
    const option_spec *s = S_spec(u->id);
    if (!s)
      continue;
    const char *arg = u->arg ? u->arg : s->arg;
    char left[64];
    if (s->short_name)
      snprintf(left, sizeof left, "-%c, --%s%s%s", s->short_name, s->name, arg ? " " : "",
               arg ? arg : "");
    else
      snprintf(left, sizeof left, "--%s%s%s", s->name, arg ? " " : "", arg ? arg : "");
    fprintf(to, "  %-22s %s\n", left, u->help ? u->help : s->help);
  }
}

int pd_options_check(const pd_option_use *accepted) {
  for (const pd_option_use *u = accepted; u->id != PD_OPT_END; u++)
    if (!S_spec(u->id) || S_accepted(accepted, u->id) != u)
      return -1;
  return 0;
}
