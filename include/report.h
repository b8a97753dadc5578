/* report.h — the report set: every page and table of a comparison. */
#ifndef PLANDIFF_REPORT_H
#define PLANDIFF_REPORT_H

#include <stddef.h>

#include <libxml/tree.h>

/* Writes the report set for COMPARISON into OUTDIR (created if need be):
 * the pages pages.h decides on, each kind of page rendered by one
 * transformation (render.h), and the tables (report_tables.h); measures
 * only when PLANS are given. LANG is "nb" or "en". THESAURUS is the file
 * the pages take names and programme facts from (NULL: the bundled one;
 * it should be the one the plans were normalised with). Every file is
 * written atomically. Returns the number of files (or kinds of page) that
 * failed, each reported. */
int pd_render_reports(xmlDocPtr comparison, xmlDocPtr *plans, size_t nplans, const char *outdir,
                      const char *lang, const char *thesaurus);

#endif
