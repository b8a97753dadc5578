/* qdpx_codebook.c — the thesaurus as a REFI-QDA codebook, and the GUIDs
 * (qdpx.h). The tree of codes is the same in a .qdc file and inside a
 * project, so a codebook imported first and a project imported later meet
 * on the same GUIDs. */
#include "qdpx.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "sha256.h"

void pd_qda_guid(const char *kind, const char *key, char out[37]) {
  pd_sha256 h;
  unsigned char d[PD_SHA256_SIZE];
  pd_sha256_init(&h);
  pd_sha256_update(&h, "plandiff:", 9);
  pd_sha256_update(&h, kind, strlen(kind));
  pd_sha256_update(&h, ":", 1);
  pd_sha256_update(&h, key, strlen(key));
  pd_sha256_final(&h, d);
  d[6] = (unsigned char)((d[6] & 0x0F) | 0x80); /* version 8: custom (RFC 9562) */
  d[8] = (unsigned char)((d[8] & 0x3F) | 0x80); /* variant 10xx */
  static const char hex[] = "0123456789abcdef";
  size_t o = 0;
  for (size_t i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      out[o++] = '-';
    out[o++] = hex[d[i] >> 4];
    out[o++] = hex[d[i] & 15];
  }
  out[o] = '\0';
}

void pd_qda_code_guid(pd_kind kind, const char *id, char out[37]) {
  char key[512];
  snprintf(key, sizeof key, "%s:%s", pd_kind_name(kind), id);
  pd_qda_guid("code", key, out);
}

void pd_qda_local_guid(char out[37]) { pd_qda_guid("code", "local-measure", out); }

static xmlNodePtr S_code(xmlNodePtr parent, xmlNsPtr ns, const char *guid, const char *name,
                         int codable, const char *description) {
  xmlNodePtr c = xmlNewChild(parent, ns, BAD_CAST "Code", NULL);
  xmlSetProp(c, BAD_CAST "guid", BAD_CAST guid);
  xmlSetProp(c, BAD_CAST "name", BAD_CAST name);
  xmlSetProp(c, BAD_CAST "isCodable", BAD_CAST(codable ? "true" : "false"));
  if (description)
    xmlNewTextChild(c, ns, BAD_CAST "Description", BAD_CAST description);
  return c;
}

/* A group of codes (not codable itself). */
static xmlNodePtr S_group(xmlNodePtr parent, xmlNsPtr ns, const char *key, const char *name,
                          const char *description) {
  char guid[37];
  pd_qda_guid("group", key, guid);
  return S_code(parent, ns, guid, name, 0, description);
}

static xmlNodePtr S_entry(xmlNodePtr parent, xmlNsPtr ns, const pd_entry *e) {
  char guid[37];
  pd_qda_code_guid(e->kind, e->id, guid);
  const char *name = e->name_nb ? e->name_nb : e->short_name ? e->short_name : e->id;
  pd_buf d = PD_BUF_INIT;
  pd_buf_printf(&d, "plandiff thesaurus: %s %s", pd_kind_name(e->kind), e->id);
  if (e->typical_level)
    pd_buf_printf(&d, "; typical level: %s", e->typical_level);
  if (e->evidence_level >= 0)
    pd_buf_printf(&d, "; Ungsinn evidence level %d", e->evidence_level);
  xmlNodePtr c = S_code(parent, ns, guid, name, 1, pd_buf_cstr(&d));
  pd_buf_free(&d);
  return c;
}

/* Programmes whose family is FAMILY (NULL: the top), each with its own
 * members nested inside. DEPTH stops a family cycle in a bad thesaurus. */
static void S_programmes(xmlNodePtr parent, xmlNsPtr ns, const pd_thesaurus *th, const char *family,
                         int depth) {
  if (depth > 8)
    return;
  for (size_t i = 0; i < th->count; i++) {
    const pd_entry *e = &th->entries[i];
    if (e->kind != PD_KIND_PROGRAMME)
      continue;
    int top = !e->family || !pd_thesaurus_find(th, PD_KIND_PROGRAMME, e->family);
    if (family ? (e->family && strcmp(e->family, family) == 0) : top)
      S_programmes(S_entry(parent, ns, e), ns, th, e->id, depth + 1);
  }
}

static void S_kind(xmlNodePtr parent, xmlNsPtr ns, const pd_thesaurus *th, pd_kind kind) {
  for (size_t i = 0; i < th->count; i++)
    if (th->entries[i].kind == kind)
      S_entry(parent, ns, &th->entries[i]);
}

void pd_qda_codes(xmlNodePtr parent, xmlNsPtr ns, const pd_thesaurus *th) {
  xmlNodePtr codes = xmlNewChild(parent, ns, BAD_CAST "Codes", NULL);
  S_programmes(S_group(codes, ns, "programmes", "Programmer",
                       "Named programmes and measures from plandiff's thesaurus, by family"),
               ns, th, NULL, 0);
  char guid[37];
  pd_qda_local_guid(guid);
  S_code(codes, ns, guid, "Lokale tiltak", 1,
         "A measure of the plan's own, not in the thesaurus (plandiff)");
  S_kind(S_group(codes, ns, "levels", "Forebyggingsnivå",
                 "Universal, selective and indicated prevention"),
         ns, th, PD_KIND_LEVEL);
  S_kind(S_group(codes, ns, "statuses", "Status", "Whether a measure runs, is planned ..."), ns, th,
         PD_KIND_STATUS);
  S_kind(S_group(codes, ns, "models", "Samarbeidsmodeller", "Cooperation models (BTI and others)"),
         ns, th, PD_KIND_MODEL);
  /* The requirements of barnevernsloven § 15-1 that the comparison checks
   * (compare_coverage.c); codable by hand, not coded automatically. */
  static const char *const req[][2] = {{"goals", "Mål for arbeidet"},
                                       {"organisation", "Organisering av arbeidet"},
                                       {"division", "Oppgavefordeling"},
                                       {"cooperation", "Samarbeid"}};
  xmlNodePtr g = S_group(codes, ns, "requirements", "§ 15-1-krav",
                         "What barnevernsloven § 15-1 requires a plan to describe");
  for (size_t i = 0; i < sizeof req / sizeof req[0]; i++) {
    pd_qda_guid("requirement", req[i][0], guid);
    S_code(g, ns, guid, req[i][1], 1, req[i][0]);
  }
}

xmlDocPtr pd_qdc_document(const pd_thesaurus *th) {
  xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
  xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "CodeBook");
  xmlDocSetRootElement(doc, root);
  xmlNsPtr ns = xmlNewNs(root, BAD_CAST PD_QDA_CODEBOOK_NS, NULL);
  xmlSetNs(root, ns);
  /* the codebook's provenance stamp: the root has no room for a
   * description, so the origin names the thesaurus's version and SHA-256 */
  pd_buf origin = PD_BUF_INIT;
  pd_buf_puts(&origin, "plandiff " PLANDIFF_VERSION);
  if (th->sha256[0])
    pd_buf_printf(&origin, " (thesaurus %s, SHA-256 %s)", th->version ? th->version : "",
                  th->sha256);
  xmlSetProp(root, BAD_CAST "origin", BAD_CAST pd_buf_cstr(&origin));
  pd_buf_free(&origin);
  pd_qda_codes(root, ns, th);
  return doc;
}
