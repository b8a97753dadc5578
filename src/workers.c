/* workers.c — a batch of jobs in forked processes, results in job order
 * (see workers.h for the contract).
 *
 * Each running job is a slot: the child's pid and the read ends of its two
 * pipes. The parent polls the open ends, appends what arrives to the job's
 * buffers, and reaps the child when both ends reach end of file. A child
 * ends its result with one byte, the job's status, and exits 0: a result
 * without that byte, or any other exit, means the job did not finish. */
#include "workers.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"

typedef struct job_state {
  pd_buf result;
  pd_buf messages;
  int status;
  int finished;
} job_state;

typedef struct slot {
  pid_t pid; /* 0: free */
  size_t job;
  int fd[2]; /* result, stderr; -1 once at end of file */
} slot;

unsigned pd_workers_default(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 256 ? 256 : (unsigned)n;
}

static void S_write_all(int fd, const char *data, size_t len) {
  while (len) {
    ssize_t w = write(fd, data, len);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      _exit(3); /* the parent is gone; nobody is left to tell */
    data += w;
    len -= (size_t)w;
  }
}

/* In the child: the job with stderr on ERRFD and the result on RESFD. */
static void S_child(const pd_batch *b, size_t i, int resfd, int errfd) {
  /* The parent's handlers remove the parent's temporary files; a child
   * interrupted with them must not. */
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  if (dup2(errfd, 2) < 0)
    _exit(3);
  close(errfd);
  pd_buf result = PD_BUF_INIT;
  int status = b->job(i, b->ctx, &result);
  fflush(NULL);
  pd_buf_putc(&result, (char)(status < 0 ? 125 : status > 125 ? 125 : status));
  S_write_all(resfd, result.data, result.len);
  close(resfd);
  _exit(0);
}

/* Starts job I in slot S. Returns 0, or -1 when no process could be made
 * (nothing is left open). */
static int S_start(const pd_batch *b, slot *s, size_t i) {
  int res[2], err[2];
  if (pipe(res) != 0)
    return -1;
  if (pipe(err) != 0) {
    close(res[0]);
    close(res[1]);
    return -1;
  }
  fflush(NULL); /* nothing buffered in the parent may be written twice */
  pid_t pid = fork();
  if (pid < 0) {
    close(res[0]);
    close(res[1]);
    close(err[0]);
    close(err[1]);
    return -1;
  }
  if (pid == 0) {
    close(res[0]);
    close(err[0]);
    S_child(b, i, res[1], err[1]);
  }
  close(res[1]);
  close(err[1]);
  s->pid = pid;
  s->job = i;
  s->fd[0] = res[0];
  s->fd[1] = err[0];
  return 0;
}

/* The job in this process, for when no process can be made: its messages
 * go straight to stderr. */
static void S_in_process(const pd_batch *b, size_t i, job_state *js) {
  js->status = b->job(i, b->ctx, &js->result);
  js->finished = 1;
}

/* Reaps slot S, whose pipes are both at end of file, into JS. */
static void S_reap(const pd_batch *b, slot *s, job_state *js) {
  int st = 0;
  while (waitpid(s->pid, &st, 0) < 0 && errno == EINTR)
    ;
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0 && js->result.len > 0) {
    js->status = (unsigned char)js->result.data[js->result.len - 1];
    pd_buf_truncate(&js->result, js->result.len - 1);
  } else {
    js->status = PD_JOB_DIED;
    pd_buf_truncate(&js->result, 0);
    pd_buf how = PD_BUF_INIT;
    if (WIFSIGNALED(st))
      pd_buf_printf(&how, "was killed by signal %d (%s)", WTERMSIG(st), strsignal(WTERMSIG(st)));
    else
      pd_buf_printf(&how, "exited with status %d", WEXITSTATUS(st));
    /* Said after the job's own messages, as the serial order would. */
    pd_buf_printf(&js->messages,
                  "plandiff: %s: error: the worker process reading it %s before it finished; "
                  "the document is left out\n",
                  b->name ? b->name(s->job, b->ctx) : "?", how.data);
    pd_buf_free(&how);
  }
  js->finished = 1;
  s->pid = 0;
}

/* Waits until some slot's pipe has data or closes, and takes it in. */
static void S_poll(const pd_batch *b, slot *slots, unsigned nslots, job_state *jobs) {
  struct pollfd *pf = pd_xcalloc(2 * (size_t)nslots, sizeof *pf);
  size_t *owner = pd_xcalloc(2 * (size_t)nslots, sizeof *owner);
  nfds_t n = 0;
  for (unsigned k = 0; k < nslots; k++)
    for (int e = 0; e < 2; e++)
      if (slots[k].pid && slots[k].fd[e] >= 0) {
        pf[n].fd = slots[k].fd[e];
        pf[n].events = POLLIN;
        owner[n++] = 2 * (size_t)k + (size_t)e;
      }
  if (poll(pf, n, -1) > 0) {
    char chunk[65536];
    for (nfds_t p = 0; p < n; p++) {
      if (!pf[p].revents)
        continue;
      slot *s = &slots[owner[p] / 2];
      int e = (int)(owner[p] % 2);
      ssize_t r = read(s->fd[e], chunk, sizeof chunk);
      if (r > 0)
        pd_buf_put(e == 0 ? &jobs[s->job].result : &jobs[s->job].messages, chunk, (size_t)r);
      else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
        close(s->fd[e]);
        s->fd[e] = -1;
      }
    }
  }
  for (unsigned k = 0; k < nslots; k++)
    if (slots[k].pid && slots[k].fd[0] < 0 && slots[k].fd[1] < 0)
      S_reap(b, &slots[k], &jobs[slots[k].job]);
  free(owner);
  free(pf);
}

size_t pd_workers_run(const pd_batch *b) {
  unsigned nslots = b->jobs ? b->jobs : pd_workers_default();
  /* Results wait for the jobs before them; a window bounds how many. */
  size_t window = 8 * (size_t)nslots + 8;
  slot *slots = pd_xcalloc(nslots, sizeof *slots);
  job_state *jobs = pd_xcalloc(b->n ? b->n : 1, sizeof *jobs);
  size_t next_start = 0, next_done = 0, died = 0;
  unsigned active = 0;
  while (next_done < b->n) {
    while (next_start < b->n && next_start < next_done + window) {
      size_t i = next_start;
      job_state *js = &jobs[i];
      if (b->ready && b->ready(i, b->ctx, &js->result, &js->messages, &js->status)) {
        js->finished = 1;
        next_start++;
        continue;
      }
      if (active == nslots)
        break;
      unsigned k = 0;
      while (slots[k].pid)
        k++;
      if (S_start(b, &slots[k], i) == 0) {
        active++;
      } else if (active == 0 && next_done == i) {
        S_in_process(b, i, js); /* no process to be had: do it here */
      } else {
        break; /* wait for a running job to make room */
      }
      next_start++;
    }
    for (; next_done < b->n && jobs[next_done].finished; next_done++) {
      job_state *js = &jobs[next_done];
      if (js->messages.len)
        fwrite(js->messages.data, 1, js->messages.len, stderr);
      if (js->status == PD_JOB_DIED)
        died++;
      b->done(next_done, js->status, &js->result, &js->messages, b->ctx);
      pd_buf_free(&js->result);
      pd_buf_free(&js->messages);
    }
    if (active) {
      S_poll(b, slots, nslots, jobs);
      active = 0;
      for (unsigned k = 0; k < nslots; k++)
        active += slots[k].pid != 0;
    }
  }
  free(jobs);
  free(slots);
  return died;
}
