/* plan_xml.h — a plan struct (plan.h) to and from its XML form
 * (schema/plan.rng).
 *
 * normalise writes plans through pd_plan_to_xml; compare, evaluate and
 * export read them through pd_plan_from_xml, so the XML shape is known in
 * this one file. Reading and writing again gives the same bytes for any
 * plan plandiff wrote.
 */
#ifndef PLANDIFF_PLAN_XML_H
#define PLANDIFF_PLAN_XML_H

#include <libxml/tree.h>

#include "plan.h"

/* The XML document of PLAN (not validated here). The caller frees it with
 * xmlFreeDoc(). */
xmlDocPtr pd_plan_to_xml(const pd_plan *plan);

/* The plan of DOC, a document valid against schema/plan.rng (the caller
 * validates). The caller frees it with pd_plan_free(). */
pd_plan *pd_plan_from_xml(xmlDocPtr doc);

#endif
