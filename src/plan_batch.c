/* plan_batch.c — a corpus into plans through the workers and the cache
 * (see plan_batch.h). The parent asks the cache first; a miss is read in a
 * worker, whose plan (and messages) the parent stores when the document was
 * not changed while it was read. */
#include "plan_batch.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "extract.h"
#include "workers.h"
#include "xmlio.h"

typedef struct doc_key {
  char hex[PD_SHA256_HEX_SIZE]; /* "" when the document is not cached */
  pd_cache_stamp stamp;
  int hit;
} doc_key;

typedef struct batch_ctx {
  const pd_options *opts;
  char *const *paths;
  size_t n;
  pd_thesaurus *th;
  const pd_municipalities *reg;
  pd_cache *cache;
  doc_key *keys;
  pd_plan_sink sink;
  void *sink_ctx;
  int rc;
  int tty;
} batch_ctx;

static const char *S_name(size_t i, void *vctx) {
  const batch_ctx *c = vctx;
  return c->paths[i];
}

static int S_ready(size_t i, void *vctx, pd_buf *result, pd_buf *messages, int *status) {
  batch_ctx *c = vctx;
  doc_key *k = &c->keys[i];
  if (!c->cache)
    return 0;
  if (pd_cache_key(c->cache, c->paths[i], &c->opts->meta, &c->opts->limits, c->opts->quiet, k->hex,
                   &k->stamp) != 0)
    return 0;
  if (!pd_cache_get(c->cache, k->hex, result, messages))
    return 0;
  k->hit = 1;
  *status = 0;
  return 1;
}

/* In the worker: the document into plan XML. Status 0, or 1 when anything
 * was reported as an error (a bad manifest row still gives a plan). */
static int S_job(size_t i, void *vctx, pd_buf *result) {
  batch_ctx *c = vctx;
  const char *path = c->paths[i];
  int bad_meta = 0;
  /* read, extract, validate under the document's memory budget (budget.h) */
  xmlDocPtr plan = pd_doc_plan(c->opts, path, c->th, c->reg, &bad_meta);
  if (!plan)
    return 1;
  pd_xml_to_buf(plan, result);
  xmlFreeDoc(plan);
  return bad_meta;
}

static void S_done(size_t i, int status, pd_buf *result, const pd_buf *messages, void *vctx) {
  batch_ctx *c = vctx;
  doc_key *k = &c->keys[i];
  if (c->tty)
    fprintf(stderr, "\rplandiff: [%zu/%zu] %-60.60s", i + 1, c->n, c->paths[i]);
  if (status != 0)
    c->rc = PD_EXIT_FAILED;
  if (status == 0 && c->cache && k->hex[0] && !k->hit && result->len &&
      pd_cache_stamp_same(c->paths[i], &k->stamp))
    pd_cache_put(c->cache, k->hex, result, messages);
  if (result->len)
    c->sink(i, c->paths[i], result, c->sink_ctx);
}

int pd_plans_make(const pd_options *opts, char *const *paths, size_t n, pd_thesaurus *th,
                  const pd_municipalities *reg, pd_plan_sink sink, void *ctx) {
  batch_ctx c = {opts, paths, n, th, reg, NULL, NULL, sink, ctx, PD_EXIT_OK, isatty(2)};
  if (!opts->no_cache)
    c.cache = pd_cache_open(opts->cache, opts->thesaurus);
  c.keys = pd_xcalloc(n ? n : 1, sizeof *c.keys);
  /* Compiled once here, not once in every worker. */
  pd_xml_schema_preload("plan");
  pd_batch b = {n, opts->jobs, &c, S_ready, S_job, S_done, S_name};
  pd_workers_run(&b);
  if (c.tty)
    fprintf(stderr, "\r%80s\r", "");
  free(c.keys);
  pd_cache_free(c.cache);
  return c.rc;
}
