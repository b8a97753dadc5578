/* workers.c — a batch of jobs in forked worker processes, results in job
 * order (see workers.h for the contract).
 *
 * Each worker is forked once and does job after job: the parent writes a
 * job's number on the worker's job pipe; the worker runs it with its stderr
 * on a temporary file the parent also holds, then writes one frame on its
 * result pipe — job number, status and result — and waits for the next
 * number. The parent takes the job's messages from the file and empties it
 * (the worker is idle then), so even a worker that dies mid-job leaves its
 * messages behind. Forking once per worker instead of once per job spares
 * every document a fork, the copy-on-write faults of its first writes and
 * an exit (about three times the work of reading a small plan). When a
 * worker dies, the parent knows which job it held: that job is reported and
 * lost, and a new worker takes the remaining ones. */
#include "workers.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
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

/* The frame a worker writes after each job. */
typedef struct frame_head {
  uint64_t job;
  uint64_t status;
  uint64_t result_len;
} frame_head;

typedef struct worker {
  pid_t pid; /* 0: no process */
  int jobfd; /* parent -> worker: job numbers */
  int resfd; /* worker -> parent: frames */
  int msgfd; /* the worker's stderr, a temporary file; -1: none */
  int busy;  /* holds job JOB */
  size_t job;
  pd_buf in; /* bytes of the frame being received */
} worker;

unsigned pd_workers_default(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 256 ? 256 : (unsigned)n;
}

static int S_write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len) {
    ssize_t w = write(fd, p, len);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1;
    p += w;
    len -= (size_t)w;
  }
  return 0;
}

static int S_read_all(int fd, void *data, size_t len) {
  char *p = data;
  while (len) {
    ssize_t r = read(fd, p, len);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      return -1;
    p += r;
    len -= (size_t)r;
  }
  return 0;
}

/* Moves the messages in W's file to OUT and empties the file (W is idle
 * or dead, so nothing writes to it meanwhile). */
static void S_messages(worker *w, pd_buf *out) {
  if (w->msgfd < 0)
    return;
  char chunk[65536];
  off_t at = 0;
  ssize_t r;
  while ((r = pread(w->msgfd, chunk, sizeof chunk, at)) > 0) {
    pd_buf_put(out, chunk, (size_t)r);
    at += r;
  }
  if (ftruncate(w->msgfd, 0) != 0 || lseek(w->msgfd, 0, SEEK_SET) != 0) {
    close(w->msgfd); /* messages then go nowhere rather than twice */
    w->msgfd = -1;
  }
}

/* The worker's life: job numbers in on JOBFD, frames out on RESFD, until
 * the parent closes the job pipe. */
static void S_worker(const pd_batch *b, int jobfd, int resfd, int msgfd, pid_t parent) {
  /* A worker outlives a killed parent by no more than a moment: it holds
   * what the parent held (the output folder's lock among them). */
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
    _exit(3);
  /* The parent's handlers remove the parent's temporary files; a worker
   * interrupted with them must not. */
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  signal(SIGPIPE, SIG_DFL);
  if (msgfd >= 0 && (dup2(msgfd, 2) < 0 || close(msgfd) != 0))
    _exit(3);
  uint64_t job;
  while (S_read_all(jobfd, &job, sizeof job) == 0) {
    pd_buf result = PD_BUF_INIT;
    int status = b->job((size_t)job, b->ctx, &result);
    fflush(NULL);
    frame_head h = {job, (uint64_t)(status < 0 ? 125 : status > 125 ? 125 : status), result.len};
    if (S_write_all(resfd, &h, sizeof h) != 0 || S_write_all(resfd, result.data, result.len) != 0)
      _exit(3); /* the parent is gone; nobody is left to tell */
    pd_buf_free(&result);
  }
  _exit(0);
}

/* Starts worker W. Returns 0, or -1 when no process could be made. */
static int S_spawn(const pd_batch *b, worker *w, const worker *all, unsigned n) {
  int jp[2], rp[2];
  if (pipe(jp) != 0)
    return -1;
  if (pipe(rp) != 0) {
    close(jp[0]);
    close(jp[1]);
    return -1;
  }
  FILE *mf = tmpfile(); /* without one, the worker's messages go straight out */
  int msgfd = mf ? dup(fileno(mf)) : -1;
  if (mf)
    fclose(mf);
  fflush(NULL); /* nothing buffered in the parent may be written twice */
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    close(jp[0]);
    close(jp[1]);
    close(rp[0]);
    close(rp[1]);
    if (msgfd >= 0)
      close(msgfd);
    return -1;
  }
  if (pid == 0) {
    /* Another worker's job pipe held open here would keep that worker
     * from ever seeing the end of its jobs. */
    for (unsigned k = 0; k < n; k++)
      if (all[k].pid) {
        close(all[k].jobfd);
        close(all[k].resfd);
        if (all[k].msgfd >= 0)
          close(all[k].msgfd);
      }
    close(jp[1]);
    close(rp[0]);
    S_worker(b, jp[0], rp[1], msgfd, parent);
  }
  close(jp[0]);
  close(rp[1]);
  memset(w, 0, sizeof *w);
  w->pid = pid;
  w->jobfd = jp[1];
  w->resfd = rp[0];
  w->msgfd = msgfd;
  return 0;
}

/* Ends worker W: closes its pipes and reaps it. Returns its wait status. */
static int S_end(worker *w) {
  close(w->jobfd);
  close(w->resfd);
  if (w->msgfd >= 0)
    close(w->msgfd);
  int st = 0;
  while (waitpid(w->pid, &st, 0) < 0 && errno == EINTR)
    ;
  pd_buf_free(&w->in);
  w->pid = 0;
  w->busy = 0;
  return st;
}

/* W died holding its job: the job is lost and reported by name. */
static void S_died(const pd_batch *b, worker *w, job_state *jobs) {
  size_t i = w->job;
  job_state *js = &jobs[i];
  S_messages(w, &js->messages); /* what it said before it died */
  int st = S_end(w);
  pd_buf how = PD_BUF_INIT;
  if (WIFSIGNALED(st))
    pd_buf_printf(&how, "was killed by signal %d (%s)", WTERMSIG(st), strsignal(WTERMSIG(st)));
  else
    pd_buf_printf(&how, "exited with status %d", WEXITSTATUS(st));
  pd_buf_truncate(&js->result, 0);
  pd_buf_printf(&js->messages,
                "plandiff: %s: error: the worker process reading it %s before it finished; "
                "the document is left out\n",
                b->name ? b->name(i, b->ctx) : "?", how.data);
  pd_buf_free(&how);
  js->status = PD_JOB_DIED;
  js->finished = 1;
}

/* Takes in what W's result pipe holds; a whole frame finishes its job. */
static void S_receive(const pd_batch *b, worker *w, job_state *jobs) {
  char chunk[65536];
  ssize_t r = read(w->resfd, chunk, sizeof chunk);
  if (r < 0 && (errno == EINTR || errno == EAGAIN))
    return;
  if (r <= 0) {
    S_died(b, w, jobs); /* only a busy worker is polled */
    return;
  }
  pd_buf_put(&w->in, chunk, (size_t)r);
  frame_head h;
  if (w->in.len < sizeof h)
    return;
  memcpy(&h, w->in.data, sizeof h);
  if (w->in.len < sizeof h + (size_t)h.result_len)
    return;
  job_state *js = &jobs[w->job];
  S_messages(w, &js->messages);
  pd_buf_put(&js->result, w->in.data + sizeof h, (size_t)h.result_len);
  js->status = (int)h.status;
  js->finished = 1;
  w->busy = 0;
  pd_buf_truncate(&w->in, 0);
}

/* The job in this process, for when no process can be made: its messages
 * go straight to stderr. */
static void S_in_process(const pd_batch *b, size_t i, job_state *js) {
  js->status = b->job(i, b->ctx, &js->result);
  js->finished = 1;
}

/* Waits until a busy worker's pipe has data or closes, and takes it in. */
static void S_poll(const pd_batch *b, worker *ws, unsigned n, job_state *jobs) {
  struct pollfd *pf = pd_xcalloc(n, sizeof *pf);
  unsigned *owner = pd_xcalloc(n, sizeof *owner);
  nfds_t np = 0;
  for (unsigned k = 0; k < n; k++)
    if (ws[k].pid && ws[k].busy) {
      pf[np].fd = ws[k].resfd;
      pf[np].events = POLLIN;
      owner[np++] = k;
    }
  if (np && poll(pf, np, -1) > 0)
    for (nfds_t p = 0; p < np; p++)
      if (pf[p].revents)
        S_receive(b, &ws[owner[p]], jobs);
  free(owner);
  free(pf);
}

size_t pd_workers_run(const pd_batch *b) {
  unsigned n = b->jobs ? b->jobs : pd_workers_default();
  /* Results wait for the jobs before them; a window bounds how many. */
  size_t window = 8 * (size_t)n + 8;
  worker *ws = pd_xcalloc(n, sizeof *ws);
  job_state *jobs = pd_xcalloc(b->n ? b->n : 1, sizeof *jobs);
  size_t next_start = 0, next_done = 0, died = 0;
  /* A worker that died between jobs must show as a failed write, not kill
   * the parent. */
  void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN);
  while (next_done < b->n) {
    while (next_start < b->n && next_start < next_done + window) {
      size_t i = next_start;
      job_state *js = &jobs[i];
      if (b->ready && b->ready(i, b->ctx, &js->result, &js->messages, &js->status)) {
        js->finished = 1;
        next_start++;
        continue;
      }
      unsigned k = 0, busy = 0;
      for (unsigned q = 0; q < n; q++)
        busy += ws[q].pid && ws[q].busy;
      while (k < n && ws[k].pid && ws[k].busy)
        k++;
      if (k == n)
        break; /* every worker busy */
      if (!ws[k].pid && S_spawn(b, &ws[k], ws, n) != 0) {
        if (busy == 0 && next_done == i) {
          S_in_process(b, i, js); /* no process to be had: do it here */
          next_start++;
          continue;
        }
        break; /* wait for a running job to make room */
      }
      uint64_t job = i;
      if (S_write_all(ws[k].jobfd, &job, sizeof job) != 0) {
        ws[k].busy = 1;
        ws[k].job = i;
        S_died(b, &ws[k], jobs); /* it died between jobs: this one is reported */
      } else {
        ws[k].busy = 1;
        ws[k].job = i;
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
    if (next_done < b->n)
      S_poll(b, ws, n, jobs);
  }
  for (unsigned k = 0; k < n; k++)
    if (ws[k].pid)
      S_end(&ws[k]);
  signal(SIGPIPE, old_pipe);
  free(jobs);
  free(ws);
  return died;
}
