/* run_key.h — whether `run` would write the same report set again.
 *
 * A report set is a function of what goes into it: the program (its
 * executable), the data it reads (thesaurus, register of municipalities,
 * comparison schema, stylesheets), the language and the date the pages
 * show, each plan's file name and bytes, and each source document's path
 * and bytes (the source-view pages show its text). `run` hashes all
 * of these into a key, writes it into the set as ".plandiff-run-key", and
 * on the next run into the same folder compares before comparing and
 * rendering: the same key means the folder already holds exactly the set
 * this run would write, so it is kept as it is.
 */
#ifndef PLANDIFF_RUN_KEY_H
#define PLANDIFF_RUN_KEY_H

#include <stddef.h>

#include "sha256.h"

typedef struct pd_run_key {
  pd_sha256 h;
  int bad; /* a part could not be read: the key matches nothing */
} pd_run_key;

/* Starts a key with the program, its data (THESAURUS: --thesaurus or
 * NULL), LANG and the date the pages will show. */
void pd_run_key_init(pd_run_key *k, const char *thesaurus, const char *lang);

/* Adds one plan as `run` writes it: its file NAME and its BYTES. */
void pd_run_key_add(pd_run_key *k, const char *name, const void *bytes, size_t len);

/* Adds a source document: its PATH and its bytes as they are on disk. */
void pd_run_key_add_source(pd_run_key *k, const char *path);

/* The key as hex into HEX; "" when a part could not be read. */
void pd_run_key_finish(pd_run_key *k, char hex[PD_SHA256_HEX_SIZE]);

/* Whether the report set in OUTDIR was written under key HEX and is still
 * as it was written: the same files and folders with the same sizes, none
 * a link. */
int pd_run_key_matches(const char *outdir, const char *hex);

/* Writes HEX and the list of the set's files and sizes into the set being
 * built in STAGE; call it last, when the set is whole. Returns 0, or -1
 * after reporting. */
int pd_run_key_write(const char *stage, const char *hex);

#endif
