/* outdir.h — an output folder that is replaced whole, never half old.
 *
 * `run` builds its report set in a fresh folder beside OUT
 * (".OUT.plandiff-new-XXXXXX") and switches it in by renaming the folder:
 * with renameat2(RENAME_EXCHANGE) where the file system has it (OUT is
 * never missing), otherwise by two renames. Readers see the old set or the
 * new one, never a mix; pages a smaller re-run no longer writes are gone.
 *
 * While it works, the run holds an exclusive lock (fcntl) on
 * ".OUT.plandiff-lock" beside OUT; a second run on the same OUT stops at
 * once with an error instead of mixing its files in. Leftovers of killed
 * runs (".OUT.plandiff-new-*", ".OUT.plandiff-old-*") are removed under the
 * lock by the next run.
 *
 * OUT is replaced only when it is new, empty, or a report set: it holds
 * the marker ".plandiff-report" (written into every set) or a
 * comparison.xml (a set from before the marker). Any other folder is left
 * alone with an error, so `-o ~` cannot wipe a home folder.
 */
#ifndef PLANDIFF_OUTDIR_H
#define PLANDIFF_OUTDIR_H

typedef struct pd_outdir {
  char *final; /* OUT, links resolved when it exists */
  char *stage; /* the folder being written; pass it to the writers */
  int lock_fd;
} pd_outdir;

/* Locks OUT, removes leftovers of earlier runs, checks OUT may be replaced
 * and creates the stage folder. Returns 0, or -1 after reporting. */
int pd_outdir_begin(pd_outdir *od, const char *out);

/* Switches the stage in as OUT, removes the old set, unlocks. Returns 0, or
 * -1 after reporting (the stage is removed, OUT is untouched). */
int pd_outdir_commit(pd_outdir *od);

/* Removes the stage and unlocks; OUT is untouched. */
void pd_outdir_abort(pd_outdir *od);

/* Removes PATH and everything below it without following any link. */
int pd_remove_tree(const char *path);

#endif
