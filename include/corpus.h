/* corpus.h — which files make up a corpus.
 *
 * A corpus is given as files and folders. Folders are walked recursively
 * (symbolic links to folders are not followed, so a link loop cannot trap
 * the walk); inside them only documents count: names ending in .txt, .md,
 * .markdown, .html, .htm, .pdf, .docx, .odt, each optionally followed by
 * .gz, or a bare .gz. Other files are skipped with a warning naming them;
 * hidden entries and MANIFEST.tsv are skipped silently. Only regular files
 * are read: a FIFO, device or socket is refused with an error, a link is
 * followed only to a regular file (with a warning when it leaves the folder
 * given). The same real file met twice (the corpus given twice, a hard
 * link) is read once, with a warning. What a document
 * really is, its bytes decide when it is read (format.h). Files named directly are
 * taken whatever their name. The list is sorted by path (byte order) so a
 * run is reproducible whatever order the file system lists entries in.
 */
#ifndef PLANDIFF_CORPUS_H
#define PLANDIFF_CORPUS_H

#include <stddef.h>
#include <sys/types.h>

typedef struct pd_corpus {
  char **paths; /* owned */
  size_t count;
  struct pd_corpus_skip { /* folders the walk does not enter (the output) */
    dev_t dev;
    ino_t ino;
  } * skip; /* owned */
  size_t nskip;
} pd_corpus;

/* The walk will not enter DIR (when it exists): `run` names its output
 * folder, so reports written inside the corpus are not read back as plans. */
void pd_corpus_skip(pd_corpus *corpus, const char *dir);

/* Adds the documents under each of PATHS to CORPUS. A path that does not
 * exist or cannot be listed is reported; returns the number of such
 * failures (the rest are still collected). */
int pd_corpus_collect(pd_corpus *corpus, char *const *paths, size_t npaths);

/* 1 when NAME looks like a document by its ending. */
int pd_corpus_is_document(const char *name);

/* How much of the file name BASE is left without its document endings
 * ("plan.txt.gz" -> 4, "plan.2024.md" -> 9); all of it when nothing would be
 * left (".txt"). */
size_t pd_document_stem(const char *base);

void pd_corpus_free(pd_corpus *corpus);

#endif
