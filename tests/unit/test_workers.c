/* test_workers.c — jobs in forked processes: results and messages in job
 * order whatever order the jobs finish in, the same for one process and
 * several, jobs answered by READY never run, and a job whose process is
 * killed or exits early loses only its own result, reported by name. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "workers.h"

enum { N = 24 };

typedef struct seen {
  char result[N][64];
  char messages[N][256];
  int status[N];
  size_t order[N];
  size_t ndone;
  int crash; /* make jobs 3 and 7 die */
} seen;

static const char *S_name(size_t i, void *ctx) {
  (void)ctx;
  static char name[32];
  snprintf(name, sizeof name, "doc%zu.txt", i);
  return name;
}

static int S_ready(size_t i, void *ctx, pd_buf *result, pd_buf *messages, int *status) {
  (void)ctx;
  if (i % 5 != 4)
    return 0;
  pd_buf_printf(result, "ready %zu", i);
  pd_buf_printf(messages, "note %zu\n", i);
  *status = 0;
  return 1;
}

static int S_job(size_t i, void *ctx, pd_buf *result) {
  const seen *s = ctx;
  usleep((useconds_t)((N - i) % 7) * 2000); /* later jobs often finish first */
  fprintf(stderr, "message of %zu\n", i);
  if (s->crash && i == 3)
    kill(getpid(), SIGKILL);
  if (s->crash && i == 7)
    _exit(7); /* leaves without its result, as exit() deep in a library would */
  pd_buf_printf(result, "job %zu", i);
  return (int)(i % 2);
}

static void S_done(size_t i, int status, pd_buf *result, const pd_buf *messages, void *ctx) {
  seen *s = ctx;
  s->order[s->ndone++] = i;
  s->status[i] = status;
  snprintf(s->result[i], sizeof s->result[i], "%s", result->data ? result->data : "");
  snprintf(s->messages[i], sizeof s->messages[i], "%s", messages->data ? messages->data : "");
}

static size_t S_run(seen *s, unsigned jobs, int crash) {
  memset(s, 0, sizeof *s);
  s->crash = crash;
  pd_batch b = {N, jobs, s, S_ready, S_job, S_done, S_name};
  return pd_workers_run(&b);
}

TEST(results_in_job_order_for_any_number_of_processes) {
  static seen one, four;
  EXPECT(S_run(&one, 1, 0) == 0);
  EXPECT(S_run(&four, 4, 0) == 0);
  EXPECT(one.ndone == N && four.ndone == N);
  for (size_t i = 0; i < N; i++) {
    EXPECT(one.order[i] == i && four.order[i] == i);
    EXPECT_STR(four.result[i], one.result[i]);
    EXPECT_STR(four.messages[i], one.messages[i]);
    EXPECT(four.status[i] == one.status[i]);
  }
  char want[64];
  snprintf(want, sizeof want, "job %d", 5);
  EXPECT_STR(four.result[5], want);
  EXPECT_STR(four.messages[5], "message of 5\n");
  EXPECT(four.status[5] == 1 && four.status[6] == 0);
}

TEST(ready_jobs_are_not_run) {
  static seen s;
  S_run(&s, 3, 0);
  EXPECT_STR(s.result[4], "ready 4");
  EXPECT_STR(s.messages[4], "note 4\n");
  EXPECT_STR(s.result[9], "ready 9");
  EXPECT(s.status[9] == 0);
}

TEST(a_dying_job_loses_only_its_own_result) {
  static seen s;
  EXPECT(S_run(&s, 2, 1) == 2);
  EXPECT(s.ndone == N);
  EXPECT(s.status[3] == PD_JOB_DIED && s.status[7] == PD_JOB_DIED);
  EXPECT_STR(s.result[3], "");
  EXPECT(strstr(s.messages[3], "message of 3\n") == s.messages[3]);
  EXPECT(strstr(s.messages[3],
                "doc3.txt: error: the worker process reading it was killed by signal 9"));
  EXPECT(
      strstr(s.messages[7], "doc7.txt: error: the worker process reading it exited with status 7"));
  EXPECT_STR(s.result[2], "job 2");
  EXPECT_STR(s.result[8], "job 8");
  EXPECT(s.status[8] == 0 && s.status[2] == 0);
}

int main(void) {
  RUN(results_in_job_order_for_any_number_of_processes);
  RUN(ready_jobs_are_not_run);
  RUN(a_dying_job_loses_only_its_own_result);
  return harness_done();
}
