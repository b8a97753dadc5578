/* plan_batch.h — a corpus into plans: each document read, extracted and
 * validated in a worker process (workers.h), or taken from the cache of
 * normalised plans (cache.h) when nothing it depends on has changed.
 *
 * SINK receives the plans in corpus order, each as the exact bytes of its
 * XML file; messages (warnings, errors naming the file) come out in the
 * same order as in a serial run, so the output of `run -j N` is the same
 * for every N. A document that fails, or whose worker dies, is reported
 * and left out; the rest go on.
 */
#ifndef PLANDIFF_PLAN_BATCH_H
#define PLANDIFF_PLAN_BATCH_H

#include <stddef.h>

#include "buf.h"
#include "municipalities.h"
#include "options.h"
#include "thesaurus.h"

/* Document I of the corpus, at PATH, gave the plan XML (its file's bytes). */
typedef void (*pd_plan_sink)(size_t i, const char *path, const pd_buf *xml, void *ctx);

/* Normalises the N documents at PATHS with the options (jobs, cache,
 * limits, metadata flags) of OPTS. Returns PD_EXIT_OK, or PD_EXIT_FAILED
 * when any document failed (each reported). */
int pd_plans_make(const pd_options *opts, char *const *paths, size_t n, pd_thesaurus *th,
                  const pd_municipalities *reg, pd_plan_sink sink, void *ctx);

#endif
