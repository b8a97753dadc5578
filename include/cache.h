/* cache.h — normalised plans kept between runs, keyed by what made them.
 *
 * Where: --cache DIR; else $XDG_CACHE_HOME/plandiff; else
 * $HOME/.cache/plandiff. Never inside a run's output folder (that folder is
 * replaced whole by each run). Entries are DIR/plans/XX/KEY, KEY the 64 hex
 * digits of a SHA-256 and XX its first two. Clearing it is removing DIR
 * (`make clean-cache` removes the default one); --no-cache neither reads
 * nor writes it.
 *
 * A key covers everything a plan (and the messages its reading printed)
 * depends on: the program (its version, the libxml2 version and the SHA-256
 * of the running executable, so any rebuild starts afresh), the thesaurus
 * and the register of municipalities (their bytes), the plan schema, the
 * options that change reading (the limits, --quiet, the metadata flags),
 * the document's path as given (plans cite it), the bytes of the
 * MANIFEST.tsv beside it, and the document's own bytes.
 *
 * An entry holds the plan's exact bytes and the job's messages, with a
 * SHA-256 of both: an entry that is truncated or altered is a miss, and is
 * written again. Entries are written atomically (outfile.h), so processes
 * sharing one cache (GNU parallel, a job array) never see half an entry.
 * Only documents that gave a valid plan without an error are cached.
 */
#ifndef PLANDIFF_CACHE_H
#define PLANDIFF_CACHE_H

#include <stddef.h>

#include "buf.h"
#include "manifest.h"
#include "input.h"
#include "sha256.h"

typedef struct pd_cache pd_cache;

/* The cache in DIR (NULL: the default place above) for plans made with the
 * thesaurus at THESAURUS (NULL: the bundled one). NULL, after a warning,
 * when the program's own files cannot be hashed; the run then goes on
 * without a cache. */
pd_cache *pd_cache_open(const char *dir, const char *thesaurus);
void pd_cache_free(pd_cache *cache);

/* The folder DIR resolves to (malloc'd), or NULL when neither
 * XDG_CACHE_HOME nor HOME is set. */
char *pd_cache_dir(const char *dir);

/* A document's identity as the key sees it: its size, inode and change
 * times when it was hashed, so a document rewritten while it was read is
 * not cached under the old bytes' key. */
typedef struct pd_cache_stamp {
  long long size, ino, mtime_ns, ctime_ns;
} pd_cache_stamp;

/* KEY for the document at PATH read with META (the flags), LIMITS and
 * QUIET. Returns 0, or -1 when PATH cannot be hashed (standard input, a
 * file that cannot be read: not cached; reading it reports why). */
int pd_cache_key(pd_cache *cache, const char *path, const pd_docmeta *meta, const pd_limits *limits,
                 int quiet, char key[PD_SHA256_HEX_SIZE], pd_cache_stamp *stamp);

/* 1 when PATH still has the identity of STAMP. */
int pd_cache_stamp_same(const char *path, const pd_cache_stamp *stamp);

/* 1 and the entry's plan and messages appended to PLAN and MESSAGES on a
 * hit; 0 on a miss (nothing appended). */
int pd_cache_get(const pd_cache *cache, const char *key, pd_buf *plan, pd_buf *messages);

/* Stores an entry (failures to write are warned about once, not errors). */
void pd_cache_put(pd_cache *cache, const char *key, const pd_buf *plan, const pd_buf *messages);

#endif
