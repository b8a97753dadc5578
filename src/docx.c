/* docx.c — a Word document's body into the document tree (see docx.h). */
#include "docx.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "budget.h"
#include "diag.h"
#include "doctree.h"
#include "xmlio.h"
#include "zipdoc.h"

typedef struct docx {
  pd_tree tree;
  pd_span span;
  unsigned long para; /* paragraphs read so far */
  xmlDocPtr styles, numbering, rels, notes;
  xmlNodePtr list; /* the open list */
  long counter[9]; /* numbered-list counters per level */
  xmlNodePtr cited[16];
  int ncited;
} docx;

static xmlNodePtr S_body_of(xmlDocPtr doc, const char *local) {
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  return pd_xml_local_child(root, local);
}

/* The style element with styleId ID, or NULL. */
static xmlNodePtr S_style(const docx *d, const char *id) {
  xmlNodePtr root = d->styles ? xmlDocGetRootElement(d->styles) : NULL;
  for (xmlNodePtr s = root ? root->children : NULL; s; s = s->next) {
    if (!pd_xml_is_local(s, "style"))
      continue;
    char *sid = pd_xml_local_attr(s, "styleId");
    int same = sid && strcmp(sid, id) == 0;
    free(sid);
    if (same)
      return s;
  }
  return NULL;
}

/* The val attribute of PPR's child LOCAL, or NULL (caller frees). */
static char *S_val(xmlNodePtr ppr, const char *local) {
  return pd_xml_local_attr(pd_xml_local_child(ppr, local), "val");
}

/* The heading level of paragraph P (0 = not a heading): its own outline
 * level, else its style's (following basedOn), or a "heading N"/"Title"
 * style name. *NUMBERED says whether the style numbers it as a list. */
static int S_level(const docx *d, xmlNodePtr p, int *numbered) {
  xmlNodePtr ppr = pd_xml_local_child(p, "pPr");
  char *ol = S_val(ppr, "outlineLvl");
  int level = ol ? atoi(ol) + 1 : 0;
  free(ol);
  *numbered = 0;
  char *id = S_val(ppr, "pStyle");
  for (int hops = 0; id && hops < 10; hops++) {
    xmlNodePtr st = S_style(d, id);
    free(id);
    id = NULL;
    if (!st)
      break;
    xmlNodePtr sppr = pd_xml_local_child(st, "pPr");
    if (pd_xml_local_child(sppr, "numPr"))
      *numbered = 1;
    if (!level) {
      char *sol = S_val(sppr, "outlineLvl");
      level = sol ? atoi(sol) + 1 : 0;
      free(sol);
    }
    char *name = pd_xml_local_attr(pd_xml_local_child(st, "name"), "val");
    if (!level && name && strncasecmp(name, "heading ", 8) == 0)
      level = atoi(name + 8);
    if (!level && name && strcasecmp(name, "Title") == 0)
      level = 1;
    free(name);
    if (level)
      break;
    id = pd_xml_local_attr(pd_xml_local_child(st, "basedOn"), "val");
  }
  free(id);
  return level > 0 && level < 10 ? level : 0;
}

/* The number format ("bullet", "decimal", ...) of list NUMID at level ILVL. */
static char *S_numfmt(const docx *d, const char *numid, const char *ilvl) {
  xmlNodePtr root = d->numbering ? xmlDocGetRootElement(d->numbering) : NULL;
  char *abs = NULL;
  for (xmlNodePtr n = root ? root->children : NULL; n && !abs; n = n->next) {
    char *id = pd_xml_is_local(n, "num") ? pd_xml_local_attr(n, "numId") : NULL;
    if (id && strcmp(id, numid) == 0)
      abs = pd_xml_local_attr(pd_xml_local_child(n, "abstractNumId"), "val");
    free(id);
  }
  char *fmt = NULL;
  for (xmlNodePtr a = root && abs ? root->children : NULL; a && !fmt; a = a->next) {
    char *id = pd_xml_is_local(a, "abstractNum") ? pd_xml_local_attr(a, "abstractNumId") : NULL;
    if (id && strcmp(id, abs) == 0)
      for (xmlNodePtr l = a->children; l && !fmt; l = l->next) {
        char *lv = pd_xml_is_local(l, "lvl") ? pd_xml_local_attr(l, "ilvl") : NULL;
        if (lv && strcmp(lv, ilvl) == 0)
          fmt = pd_xml_local_attr(pd_xml_local_child(l, "numFmt"), "val");
        free(lv);
      }
    free(id);
  }
  free(abs);
  return fmt;
}

/* The target of relationship ID (a hyperlink), or NULL. */
static char *S_target(const docx *d, const char *id) {
  xmlNodePtr root = d->rels ? xmlDocGetRootElement(d->rels) : NULL;
  for (xmlNodePtr r = root ? root->children : NULL; r; r = r->next) {
    char *rid = pd_xml_is_local(r, "Relationship") ? pd_xml_local_attr(r, "Id") : NULL;
    int same = rid && strcmp(rid, id) == 0;
    free(rid);
    if (same)
      return pd_xml_local_attr(r, "Target");
  }
  return NULL;
}

/* Elements whose text is not the document's: tracked deletions and moves,
 * field codes, drawings and embedded objects, comment references, and
 * alternative content (its fallback repeats the text). */
static int S_hidden(const char *local) {
  static const char *const hidden[] = {
      "del",      "delText",          "instrText",        "pPr", "rPr", "drawing", "pict", "object",
      "moveFrom", "AlternateContent", "commentReference", NULL};
  for (int i = 0; hidden[i]; i++)
    if (strcmp(local, hidden[i]) == 0)
      return 1;
  return 0;
}

/* Appends the visible text under N to the span: runs, tabs and breaks;
 * deletions, field codes, drawings and comments left out. */
static void S_runs(docx *d, xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    const char *l = (const char *)c->name;
    if (strcmp(l, "t") == 0) {
      xmlChar *t = xmlNodeGetContent(c);
      if (t)
        pd_span_put(&d->span, (const char *)t, strlen((const char *)t), d->para);
      xmlFree(t);
    } else if (strcmp(l, "tab") == 0 || strcmp(l, "br") == 0 || strcmp(l, "cr") == 0) {
      pd_span_put(&d->span, " ", 1, d->para);
    } else if (strcmp(l, "noBreakHyphen") == 0) {
      pd_span_put(&d->span, "-", 1, d->para);
    } else if (strcmp(l, "footnoteReference") == 0) {
      char *id = pd_xml_local_attr(c, "id");
      xmlNodePtr notes = d->notes ? xmlDocGetRootElement(d->notes) : NULL;
      for (xmlNodePtr f = notes ? notes->children : NULL; f && id; f = f->next) {
        char *fid = pd_xml_is_local(f, "footnote") ? pd_xml_local_attr(f, "id") : NULL;
        if (fid && strcmp(fid, id) == 0 && d->ncited < 16)
          d->cited[d->ncited++] = f;
        free(fid);
      }
      free(id);
    } else if (strcmp(l, "hyperlink") == 0) {
      char *rid = pd_xml_local_attr(c, "id");
      char *href = rid ? S_target(d, rid) : NULL;
      size_t start = d->span.text.len;
      S_runs(d, c);
      if (href && d->span.text.len > start)
        pd_span_link_range(&d->span, start, d->span.text.len, href, strlen(href));
      free(rid);
      free(href);
    } else if (!S_hidden(l)) {
      S_runs(d, c); /* r, ins, moveTo, smartTag, sdt, sdtContent, fldSimple ... */
    }
  }
}

static void S_close_list(docx *d) {
  if (d->list)
    pd_tree_close(&d->tree, d->list, NULL);
  d->list = NULL;
  memset(d->counter, 0, sizeof d->counter);
}

static void S_footnotes(docx *d, unsigned long at) {
  int n = d->ncited;
  d->ncited = 0;
  for (int i = 0; i < n; i++) {
    pd_span_reset(&d->span);
    unsigned long saved = d->para;
    d->para = at; /* a footnote stands at the paragraph citing it */
    for (xmlNodePtr p = d->cited[i]->children; p; p = p->next)
      if (pd_xml_is_local(p, "p")) {
        if (d->span.text.len)
          pd_span_put(&d->span, " ", 1, d->para);
        S_runs(d, p);
      }
    d->para = saved;
    if (!pd_span_blank(&d->span))
      pd_tree_paragraph(&d->tree, &d->span);
  }
  pd_span_reset(&d->span);
}

static void S_paragraph(docx *d, xmlNodePtr p) {
  d->para++;
  pd_span_reset(&d->span);
  S_runs(d, p);
  if (pd_span_blank(&d->span)) {
    d->ncited = 0;
    return;
  }
  int numbered = 0;
  int level = S_level(d, p, &numbered);
  xmlNodePtr numpr = pd_xml_local_child(pd_xml_local_child(p, "pPr"), "numPr");
  char *numid = numpr ? S_val(numpr, "numId") : NULL;
  char *ilvl = numpr ? S_val(numpr, "ilvl") : NULL;
  int listed = (numid && strcmp(numid, "0") != 0) || (!numpr && numbered);
  if (level && !listed) {
    S_close_list(d);
    pd_tree_section(&d->tree, level, "style", NULL, &d->span);
  } else if (listed) {
    if (!d->list)
      d->list = pd_tree_open(&d->tree, pd_tree_container(&d->tree), "list");
    xmlNodePtr item = pd_tree_text(&d->tree, d->list, "item", &d->span);
    int lv = ilvl ? atoi(ilvl) : 0;
    lv = lv < 0 ? 0 : lv > 8 ? 8 : lv;
    char *fmt = numid ? S_numfmt(d, numid, ilvl ? ilvl : "0") : NULL;
    char marker[32] = "•";
    if (fmt && strcmp(fmt, "bullet") != 0 && strcmp(fmt, "none") != 0) {
      d->counter[lv]++;
      for (int k = lv + 1; k < 9; k++)
        d->counter[k] = 0;
      snprintf(marker, sizeof marker, "%ld.", d->counter[lv]);
    }
    xmlSetProp(item, BAD_CAST "marker", BAD_CAST marker);
    free(fmt);
  } else {
    S_close_list(d);
    pd_tree_paragraph(&d->tree, &d->span);
  }
  free(numid);
  free(ilvl);
  S_footnotes(d, d->para);
}

/* A cell's text: every paragraph inside it (nested tables too), joined. */
static void S_cell_text(docx *d, xmlNodePtr n) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (pd_xml_is_local(c, "p")) {
      d->para++;
      if (d->span.text.len)
        pd_span_put(&d->span, " ", 1, d->para);
      S_runs(d, c);
    } else if (c->type == XML_ELEMENT_NODE && !pd_xml_is_local(c, "tcPr")) {
      S_cell_text(d, c);
    }
  }
}

static void S_table(docx *d, xmlNodePtr tbl) {
  S_close_list(d);
  xmlNodePtr table = pd_tree_open(&d->tree, pd_tree_container(&d->tree), "table");
  pd_grid grid;
  pd_grid_init(&grid);
  int rows = 0;
  /* Past the memory budget the document fails (budget.h): stop at the next row. */
  for (xmlNodePtr tr = tbl->children; tr && !pd_budget_spent(); tr = tr->next) {
    if (!pd_xml_is_local(tr, "tr"))
      continue;
    xmlNodePtr row = pd_tree_open(&d->tree, table, "row");
    pd_grid_row(&grid);
    for (xmlNodePtr tc = tr->children; tc; tc = tc->next) {
      if (!pd_xml_is_local(tc, "tc"))
        continue;
      xmlNodePtr tcpr = pd_xml_local_child(tc, "tcPr");
      char *span = S_val(tcpr, "gridSpan");
      xmlNodePtr vm = pd_xml_local_child(tcpr, "vMerge");
      char *vmval = vm ? pd_xml_local_attr(vm, "val") : NULL;
      pd_span_reset(&d->span);
      S_cell_text(d, tc);
      if (vm && (!vmval || strcmp(vmval, "restart") != 0))
        pd_grid_copy_above(&grid, row); /* the merged cell's text, from above */
      else
        pd_grid_cell(&grid, &d->tree, row, &d->span, span ? (unsigned)atoi(span) : 1, 1);
      free(span);
      free(vmval);
    }
    if (rows == 0)
      xmlSetProp(row, BAD_CAST "header", BAD_CAST "true");
    if (pd_tree_close(&d->tree, row, NULL))
      rows++;
  }
  pd_grid_free(&grid);
  pd_span_reset(&d->span);
  d->ncited = 0;
  pd_tree_close(&d->tree, table, "markup");
}

static void S_blocks(docx *d, xmlNodePtr parent) {
  /* Past the memory budget the document fails (budget.h): stop at the next block. */
  for (xmlNodePtr c = parent->children; c && !pd_budget_spent(); c = c->next) {
    if (pd_xml_is_local(c, "p"))
      S_paragraph(d, c);
    else if (pd_xml_is_local(c, "tbl"))
      S_table(d, c);
    else if (pd_xml_is_local(c, "sdt") || pd_xml_is_local(c, "sdtContent") ||
             pd_xml_is_local(c, "customXml") || pd_xml_is_local(c, "ins"))
      S_blocks(d, c);
  }
}

xmlDocPtr pd_read_docx(const char *name, const pd_input *in, const pd_limits *limits,
                       const pd_docmeta *meta) {
  pd_zip *zip = pd_zip_open(name, in->bytes.data, in->bytes.len, limits);
  if (!zip)
    return NULL;
  docx d;
  memset(&d, 0, sizeof d);
  xmlDocPtr body_doc = NULL;
  int rc = pd_zip_xml(zip, "word/document.xml", &body_doc);
  if (rc == 1)
    pd_error(name, 0, "not a Word document: word/document.xml is missing");
  /* Optional parts: a broken one is an error too (it was reported). */
  if (rc == 0 && (pd_zip_xml(zip, "word/styles.xml", &d.styles) < 0 ||
                  pd_zip_xml(zip, "word/numbering.xml", &d.numbering) < 0 ||
                  pd_zip_xml(zip, "word/_rels/document.xml.rels", &d.rels) < 0 ||
                  pd_zip_xml(zip, "word/footnotes.xml", &d.notes) < 0))
    rc = -1;
  xmlDocPtr out = NULL;
  xmlNodePtr body = rc == 0 ? S_body_of(body_doc, "body") : NULL;
  if (rc == 0 && !body)
    pd_error(name, 0, "not a Word document: word/document.xml has no body");
  if (body) {
    pd_tree_source src = {name, "docx", "UTF-8", in->gzip, 1, 0, 0};
    pd_tree_begin(&d.tree, &src, meta);
    pd_span_init(&d.span);
    S_blocks(&d, body);
    S_close_list(&d);
    pd_xml_set_int(d.tree.root, "lines", (long)d.para);
    pd_span_free(&d.span);
    out = pd_tree_end(&d.tree);
  }
  xmlFreeDoc(body_doc);
  xmlFreeDoc(d.styles);
  xmlFreeDoc(d.numbering);
  xmlFreeDoc(d.rels);
  xmlFreeDoc(d.notes);
  pd_zip_close(zip);
  return out;
}
