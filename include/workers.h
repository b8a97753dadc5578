/* workers.h — a batch of independent jobs in forked worker processes.
 *
 * libxml2 and libxslt keep global state (error handlers, dictionaries, the
 * compiled-schema cache), so plandiff runs jobs in processes, never threads:
 * JOBS worker processes, each forked once, take job after job; each job's
 * result comes back through a pipe and whatever it wrote on stderr through
 * a temporary file. A job that crashes, aborts or is killed loses only its
 * own result: the parent reports it naming the job, a new worker takes the
 * jobs left, and the batch goes on.
 *
 * The parent hands each result to DONE in job order (0, 1, 2 ...), with the
 * job's messages copied to stderr just before, so files, messages and their
 * order are the same as with one worker, whatever the timing.
 *
 * READY, when given, is asked in the parent first: a job it can answer
 * (a cache hit) needs no process at all.
 */
#ifndef PLANDIFF_WORKERS_H
#define PLANDIFF_WORKERS_H

#include <stddef.h>

#include "buf.h"

/* A job's status: what JOB returned (0 = success, other values the job's
 * own), or PD_JOB_DIED when its process ended without finishing the job
 * (a crash, a signal, an exit from deep inside a library). */
enum { PD_JOB_DIED = -1 };

typedef struct pd_batch {
  size_t n;      /* jobs 0 .. n-1 */
  unsigned jobs; /* processes at a time; 0 = pd_workers_default() */
  void *ctx;     /* handed to every callback */
  /* Parent, before any process is started for job I: 1 when it put the
   * whole result into RESULT and MESSAGES itself (the job is then not run),
   * 0 otherwise. May be NULL. */
  int (*ready)(size_t i, void *ctx, pd_buf *result, pd_buf *messages, int *status);
  /* Child: does job I, puts what the parent needs into RESULT and returns
   * the job's status (0..125). Its stderr is captured. */
  int (*job)(size_t i, void *ctx, pd_buf *result);
  /* Parent, in job order: STATUS as above, RESULT as the job left it
   * (empty when it died), MESSAGES what it wrote on stderr (already copied
   * to stderr). */
  void (*done)(size_t i, int status, pd_buf *result, const pd_buf *messages, void *ctx);
  /* The job's name for the report when it dies (the document's path). */
  const char *(*name)(size_t i, void *ctx);
} pd_batch;

/* The number of processors online (sysconf), at least 1. */
unsigned pd_workers_default(void);

/* Runs every job of BATCH as above. Returns the number of jobs that died
 * (each reported). */
size_t pd_workers_run(const pd_batch *batch);

#endif
