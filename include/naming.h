/* naming.h — whose plan is this, when neither a flag nor a manifest says.
 *
 * Runs on a document tree right after reading (stage 1), so every command
 * that reads a document names it the same way. Order of authority: the
 * command line, then the corpus manifest (both already on the tree), then
 * the municipality the document's own opening names (municipalities.h),
 * then one its file name names; the last resort is the one rule of
 * manifest.h (the file name's slug), applied by extraction. The choice is
 * reported on stderr, so a user sees how a plan was named and can
 * overrule it. Whatever names the municipality, the register fills in
 * its kommunenummer, county and proper name where nothing gave them.
 */
#ifndef PLANDIFF_NAMING_H
#define PLANDIFF_NAMING_H

#include <libxml/tree.h>

#include "municipalities.h"

/* Names the municipality of DOC (read from PATH) in its root attributes.
 * REG may be NULL (no register: nothing is added). */
void pd_document_name(xmlDocPtr doc, const char *path, const pd_municipalities *reg);

#endif
