/* naming.c — name a document's municipality from the register (naming.h). */
#include "naming.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "manifest.h"
#include "xmlio.h"

/* How much of a document is its opening: a title page and an introduction
 * name the municipality; later chapters name partners and neighbours. */
enum { OPENING_UNITS = 400 };

typedef struct opening {
  pd_text_line *lines;
  xmlChar **owned;
  size_t n;
} opening;

static long S_long_attr(xmlNodePtr node, const char *name) {
  char *v = pd_xml_attr(node, name);
  long n = v ? strtol(v, NULL, 10) : 0;
  free(v);
  return n;
}

/* Collects the text elements (headings, paragraphs, items, cells) of NODE
 * in document order, up to OPENING_UNITS. Furniture is not the text. */
static void S_collect(xmlNodePtr node, opening *o) {
  for (xmlNodePtr c = node->children; c && o->n < OPENING_UNITS; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || xmlStrEqual(c->name, BAD_CAST "furniture"))
      continue;
    int has_text = 0;
    for (xmlNodePtr t = c->children; t && !has_text; t = t->next)
      has_text = t->type == XML_TEXT_NODE;
    if (!has_text) {
      S_collect(c, o);
      continue;
    }
    xmlChar *text = xmlNodeGetContent(c);
    o->owned[o->n] = text;
    o->lines[o->n].text = (const char *)text;
    o->lines[o->n].line = S_long_attr(c, "line");
    o->lines[o->n].page = S_long_attr(c, "page");
    o->n++;
  }
}

static void S_set(xmlNodePtr root, const char *name, const char *value) {
  if (!xmlHasProp(root, BAD_CAST name))
    xmlSetProp(root, BAD_CAST name, BAD_CAST value);
}

/* Fills what the register knows and the tree does not say. */
static void S_fill(xmlNodePtr root, const pd_municipality *m) {
  S_set(root, "municipality", m->id);
  S_set(root, "municipality-name", m->name);
  S_set(root, "kommunenummer", m->number);
  S_set(root, "county", m->county);
}

static void S_replace(xmlNodePtr root, const char *name, const char *value) {
  xmlSetProp(root, BAD_CAST name, BAD_CAST value);
}

/* Named by a flag or the manifest (GIVEN id, NAME, either may be NULL):
 * the register makes it one municipality. An id the register knows is
 * written as the register's id ("naroysund" -> "naeroysund"), and its name,
 * kommunenummer and county fill what is missing; a name that is another
 * municipality's gives way to the id's, with a warning. A name alone gives
 * the id. Returns 1 when the municipality is settled, 0 when the document's
 * own words should name it. */
static int S_given(xmlNodePtr root, const char *path, const pd_municipalities *reg,
                   const char *given, const char *name) {
  const pd_municipality *by_id = given ? pd_municipality_find(reg, given) : NULL;
  const pd_municipality *by_name = name ? pd_municipality_find(reg, name) : NULL;
  if (by_id) {
    S_replace(root, "municipality", by_id->id);
    if (by_name && by_name != by_id) {
      char *shown = pd_diag_quote(name);
      pd_warning(path, 0,
                 "the name %s is %s's (%s), not that of the id %s (%s, %s); the register's "
                 "name %s is used",
                 shown, by_name->name, by_name->number, given, by_id->name, by_id->number,
                 by_id->name);
      free(shown);
      S_replace(root, "municipality-name", by_id->name);
      S_replace(root, "kommunenummer", by_id->number);
      S_replace(root, "county", by_id->county);
    }
    S_set(root, "municipality-name", by_id->name);
    S_set(root, "kommunenummer", by_id->number);
    S_set(root, "county", by_id->county);
    return 1;
  }
  if (by_name) {
    /* An id the register does not know is the user's own and stays; the
     * name still gives kommunenummer and county. */
    S_set(root, "municipality", by_name->id);
    S_set(root, "kommunenummer", by_name->number);
    S_set(root, "county", by_name->county);
    return 1;
  }
  if (!given && name) { /* a name the register does not know: its id as --municipality makes it */
    char *id = pd_municipality_id(name);
    if (id)
      S_set(root, "municipality", id);
    free(id);
    return id != NULL;
  }
  return given != NULL;
}

void pd_document_name(xmlDocPtr doc, const char *path, const pd_municipalities *reg) {
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root || !reg)
    return;
  char *given = pd_xml_attr(root, "municipality");
  char *name = pd_xml_attr(root, "municipality-name");
  int settled = S_given(root, path, reg, given, name);
  free(given);
  free(name);
  if (settled)
    return;
  opening o = {pd_xcalloc(OPENING_UNITS, sizeof(pd_text_line)),
               pd_xcalloc(OPENING_UNITS, sizeof(xmlChar *)), 0};
  S_collect(root, &o);
  pd_naming how;
  if (pd_municipality_in_text(reg, o.lines, o.n, &how)) {
    S_fill(root, how.found);
    if (how.page)
      pd_note(path, how.line,
              "municipality %s (%s, %s) from the text of page %ld; give "
              "--municipality or a manifest row to choose another",
              how.found->name, how.found->number, how.found->county, how.page);
    else
      pd_note(path, how.line,
              "municipality %s (%s, %s) from the text; give --municipality or "
              "a manifest row to choose another",
              how.found->name, how.found->number, how.found->county);
  } else if (pd_municipality_in_file_name(reg, path, &how)) {
    S_fill(root, how.found);
    pd_note(path, 0,
            "municipality %s (%s, %s) from the file name; give --municipality or a "
            "manifest row to choose another",
            how.found->name, how.found->number, how.found->county);
  } else if (strcmp(path, "-") != 0) {
    pd_note(path, 0,
            "no municipality named in the text or the file name; the plan is filed "
            "under its file name (give --municipality or a manifest row)");
  }
  for (size_t i = 0; i < o.n; i++)
    xmlFree(o.owned[i]);
  free(o.owned);
  free(o.lines);
}
