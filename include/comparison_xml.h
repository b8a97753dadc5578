/* comparison_xml.h — a comparison's results written as XML
 * (schema/comparison.rng). Only writes: every count, rank and set is
 * decided by the analyses before.
 */
#ifndef PLANDIFF_COMPARISON_XML_H
#define PLANDIFF_COMPARISON_XML_H

#include <libxml/tree.h>

#include "compare.h"

/* The comparison C (after pd_comparison_run) as a new document; the caller
 * frees it. */
xmlDocPtr pd_comparison_xml(const pd_comparison *c);

#endif
