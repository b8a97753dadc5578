/* datadir.h — where the thesaurus, schemas and stylesheets live.
 *
 * Looked up in this order: the PLANDIFF_DATADIR environment variable; the
 * folder of the running executable, when it holds schema/ (an in-tree
 * build); ../share/plandiff beside it (an installed copy, wherever it was
 * installed); two folders up (build/<variant>/plandiff); the folder chosen
 * at build time (PREFIX/share/plandiff).
 */
#ifndef PLANDIFF_DATADIR_H
#define PLANDIFF_DATADIR_H

const char *pd_datadir(void);

/* DATADIR/REL; the caller frees the result. */
char *pd_data_path(const char *rel);

#endif
