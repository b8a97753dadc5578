/* plan_names.h — the file names of the plans `run` writes (OUT/plans/).
 *
 * A plan is named after its document's file name without the document
 * endings ("larvik.2024.txt.gz" -> "larvik.2024.xml"), with spaces, control
 * characters and bytes that are not UTF-8 as '_' and a leading dot as '_'.
 * Documents whose names would collide ("a/plan.txt" and "b/plan.txt") each
 * get the first 8 hex digits of the SHA-256 of their path as given
 * ("plan-3f2a9c1e.xml"). So names are unique within a run and stable: the
 * same corpus gives the same names, whatever order the files are listed in.
 */
#ifndef PLANDIFF_PLAN_NAMES_H
#define PLANDIFF_PLAN_NAMES_H

#include <stddef.h>

/* N malloc'd names ("stem.xml", no folder) for PATHS; free with
 * pd_plan_names_free. */
char **pd_plan_names(char *const *paths, size_t n);
void pd_plan_names_free(char **names, size_t n);

#endif
