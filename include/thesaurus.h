/* thesaurus.h — plandiff's vocabulary (thesaurus/thesaurus.xml), in memory.
 *
 * Entries are programmes, cooperation models, prevention levels, statuses,
 * services, risk factors, SDGs and laws (schema/thesaurus.rng). The
 * thesaurus owns every string it hands out; they live until
 * pd_thesaurus_free(). It also owns one matcher over every alias and the
 * lexicon (lexicon.h) built from the same data.
 */
#ifndef PLANDIFF_THESAURUS_H
#define PLANDIFF_THESAURUS_H

#include <stddef.h>

#include "lexicon.h"
#include "matcher.h"
#include "sha256.h"

typedef enum pd_kind {
  PD_KIND_PROGRAMME,
  PD_KIND_MODEL,
  PD_KIND_LEVEL,
  PD_KIND_STATUS,
  PD_KIND_SERVICE,
  PD_KIND_RISK,
  PD_KIND_SDG,
  PD_KIND_LAW,
  PD_KIND_COUNT
} pd_kind;

typedef struct pd_entry {
  pd_kind kind;
  char *id;
  char *value;  /* level/status: the normalised value; sdg: the number */
  char *family; /* model: its family (bti); programme: the programme containing it */
  char *name_nb, *name_nn, *name_en, *short_name;
  char *typical_level;
  int evidence_level; /* Ungsinn 0-5, -1 unknown */
  char *evidence, *owner, *target_group;
  char **contains; /* ids */
  size_t ncontains;
  char **model_levels; /* labels of levels 0..n-1 (models) */
  size_t nmodel_levels;
} pd_entry;

/* One alias as the matcher reports it. */
typedef struct pd_alias {
  size_t entry;
  int colour; /* a colour word for a level (counts only where a plan maps colours) */
} pd_alias;

typedef struct pd_thesaurus {
  char *path;
  char *version;
  /* SHA-256 of the thesaurus file's bytes, "" if it could not be read
   * again: the provenance stamp of every plan and comparison made with it
   * (a version number alone misses a local edit). */
  char sha256[PD_SHA256_HEX_SIZE];
  pd_entry *entries;
  size_t count;
  pd_alias *aliases; /* indexed by matcher pattern number */
  size_t naliases;
  pd_matcher *matcher;
  pd_lexicon *lexicon;
} pd_thesaurus;

/* Loads PATH (NULL: the data folder's thesaurus/thesaurus.xml), validated
 * against schema/thesaurus.rng. NULL after reporting an error. */
pd_thesaurus *pd_thesaurus_load(const char *path);
void pd_thesaurus_free(pd_thesaurus *th);

/* The entry of KIND with ID, or NULL. */
const pd_entry *pd_thesaurus_find(const pd_thesaurus *th, pd_kind kind, const char *id);

const char *pd_kind_name(pd_kind kind);

#endif
