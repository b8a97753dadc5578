/* extract_measures.c — measures: programmes named in running text with the
 * level the text gives them, local measures listed under a colour-level
 * heading, and the rules for a local measure's name. One index of the
 * plan's measures (by thesaurus id, or by name for a local one) keeps a
 * table of thousands of rows linear. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "extract_priv.h"
#include "lexicon.h"
#include "utf8.h"
#include "xmlio.h"

/* The part of a local measure's name that identifies it: the name without
 * a closing place of one or two words ("TPO-team i skole" is the plan's
 * "TPO-team" where it runs), so the two namings are one measure. */
static size_t S_local_key_len(const char *name, size_t len) {
  enum { MIN_STEM = 5, MAX_PLACE_WORDS = 2 };
  size_t words = 0;
  for (size_t i = len; i > MIN_STEM; i--) {
    if (name[i - 1] != ' ')
      continue;
    if (++words > MAX_PLACE_WORDS)
      break;
    /* name[i-1] is a space: is the word before it "i" or "på"? */
    if (i >= 3 + MIN_STEM && memcmp(name + i - 3, " i", 2) == 0)
      return i - 3;
    if (i >= 5 + MIN_STEM && memcmp(name + i - 5, " p\xC3\xA5", 4) == 0)
      return i - 5;
  }
  return len;
}

/* FNV-1a of a measure's key: its thesaurus id, or its name for a local one. */
static uint64_t S_measure_hash(const char *ref, const char *name, size_t nlen) {
  const char *k = ref ? ref : name ? name : "";
  size_t len = ref ? strlen(ref) : name ? S_local_key_len(name, nlen) : 0;
  uint64_t h = ref ? 1469598103934665603ULL : 7809847782465536322ULL;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)k[i]) * 1099511628211ULL;
  return h;
}

static int S_measure_is(const pd_measure *m, const char *ref, const char *name, size_t nlen) {
  if (ref)
    return m->ref && strcmp(m->ref, ref) == 0;
  if (m->ref || !name)
    return 0;
  size_t key = S_local_key_len(name, nlen);
  return S_local_key_len(m->name, strlen(m->name)) == key && strncmp(m->name, name, key) == 0;
}

/* Rebuilds the open-addressing index of the measures (slot = index + 1),
 * large enough that it stays at most half full after one more measure. */
static void S_measure_reindex(pd_extractor *x) {
  free(x->mindex);
  x->mslots = 64;
  while (x->mslots < (x->plan->nmeasures + 1) * 4)
    x->mslots *= 2;
  x->mindex = pd_xcalloc(x->mslots, sizeof *x->mindex);
  for (size_t i = 0; i < x->plan->nmeasures; i++) {
    const pd_measure *m = &x->plan->measures[i];
    size_t at = (size_t)S_measure_hash(m->ref, m->name, strlen(m->name)) & (x->mslots - 1);
    while (x->mindex[at])
      at = (at + 1) & (x->mslots - 1);
    x->mindex[at] = i + 1;
  }
}

pd_measure *pd_x_measure(pd_extractor *x, const char *ref, const char *name, size_t nlen) {
  pd_plan *p = x->plan;
  if ((p->nmeasures + 1) * 2 > x->mslots)
    S_measure_reindex(x);
  size_t at = (size_t)S_measure_hash(ref, name, nlen) & (x->mslots - 1);
  for (; x->mindex[at]; at = (at + 1) & (x->mslots - 1))
    if (S_measure_is(&p->measures[x->mindex[at] - 1], ref, name, nlen))
      return &p->measures[x->mindex[at] - 1];
  x->mindex[at] = p->nmeasures + 1;
  pd_measure *m = pd_plan_add_measure(p);
  m->use = PD_USE_LITERATURE;
  if (ref) {
    const pd_entry *e = pd_thesaurus_find(x->th, PD_KIND_PROGRAMME, ref);
    if (!e)
      e = pd_thesaurus_find(x->th, PD_KIND_MODEL, ref);
    m->ref = pd_xstrdup(ref);
    m->name = pd_xstrdup(e && e->short_name ? e->short_name : e && e->name_nb ? e->name_nb : ref);
    if (e && e->family)
      m->family = pd_xstrdup(e->family);
  } else {
    m->name = pd_xstrndup(name ? name : "", name ? nlen : 0);
  }
  return m;
}

void pd_x_mention(pd_extractor *x, pd_measure *m, xmlNodePtr n, const char *text, const pd_x_hit *h,
                  pd_use u) {
  if (u > m->use)
    m->use = u;
  if (m->mentions.n < PD_X_MAX_MENTIONS) {
    unsigned long line = pd_x_line_at(x, n, h->start);
    pd_x_fact(x, &m->mentions, NULL, line, line, text + h->start, h->end - h->start, PD_EV_NONE);
  }
}

void pd_x_add_level(const pd_extractor *x, pd_measure *m, const char *value, unsigned long line,
                    const char *quote, size_t qlen, pd_evidence ev) {
  if (!pd_facts_has(&m->levels, value))
    pd_x_fact(x, &m->levels, value, line, line, quote, qlen, ev);
}

/* The level of the colour heading the text stands under. */
static void S_add_colour_level(const pd_extractor *x, const pd_x_context *c, pd_measure *m) {
  const pd_section *s = &x->plan->sections[c->colour_at - 1];
  pd_x_add_level(x, m, c->colour_level, s->where.line, s->where.quote, strlen(s->where.quote),
                 c->colour_evidence);
}

/* The name runs from the start of a list item or table cell (after any
 * bullet marks) up to STOP
 * (':' after a list item's name; '.' before a space or the end, closing a
 * cell's first sentence, so "Ressursteam 2.0" stays whole), a web address
 * or 100 bytes, cut back to a whole word, without trailing punctuation or
 * a dangling "og"/"eller". */
static size_t S_name_len(const char *text, size_t len, char stop) {
  enum { MAX_NAME = 100 };
  size_t n = 0;
  while (n < len && !(text[n] == stop && (stop != '.' || n + 1 == len || text[n + 1] == ' ')) &&
         !(n > 0 && text[n - 1] == ' ' &&
           (strncmp(text + n, "http", 4) == 0 || strncmp(text + n, "www.", 4) == 0)))
    n++;
  if (n == 0) /* nothing before the stop: the text is its own name */
    n = len;
  if (n > MAX_NAME) {
    size_t cut = MAX_NAME;
    while (cut > 0 && text[cut] != ' ')
      cut--;
    if (cut == 0) /* one long word: cut at a character boundary */
      for (cut = MAX_NAME; cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80;)
        cut--;
    else if (text[cut - 1] == '-') /* "primær-" of "primær- og ...": not a word */
      while (cut > 0 && text[cut - 1] != ' ')
        cut--;
    n = cut;
  }
  for (size_t before = 0; n != before;) {
    before = n;
    while (n > 0 && strchr(" ,;:<(", text[n - 1]))
      n--;
    if (n >= 2 && memcmp(text + n - 2, " -", 2) == 0)
      n -= 2;
    else if (n >= 2 && text[n - 1] == '.' && !(text[n - 2] >= '0' && text[n - 2] <= '9'))
      n--;
    else if (n >= 3 && (memcmp(text + n - 3, "\xE2\x80\x93", 3) == 0 || /* en dash */
                        memcmp(text + n - 3, " og", 3) == 0))
      n -= 3;
    else if (n >= 6 && memcmp(text + n - 6, " eller", 6) == 0)
      n -= 6;
  }
  return n;
}

/* Bullet marks the reader left in an item's text ("* ", "- - "), and the
 * spaces after them. */
static size_t S_marks(const char *text, size_t len) {
  size_t s = 0;
  for (;;) {
    size_t m = s;
    while (m < len && text[m] == ' ')
      m++;
    if (m + 1 < len && strchr("*-", text[m]) && text[m + 1] == ' ')
      s = m + 2;
    else if (m + 3 < len &&
             (memcmp(text + m, "\xE2\x80\xA2", 3) == 0 ||  /* bullet */
              memcmp(text + m, "\xE2\x80\x93", 3) == 0) && /* en dash */
             text[m + 3] == ' ')
      s = m + 4;
    else
      return m;
  }
}

size_t pd_x_local_name(const char *text, size_t len, char stop, size_t *start) {
  size_t s = S_marks(text, len);
  *start = s;
  /* a web address is no name ("https", "<https://...>") */
  if (strncmp(text + s, "http", 4) == 0 || strncmp(text + s, "www.", 4) == 0 ||
      strncmp(text + s, "<http", 5) == 0)
    return 0;
  return S_name_len(text + s, len - s, stop);
}

/* Whether TEXT begins (after quotes and spaces) with the name of a
 * cooperation model: a list item or table row about the model itself
 * ("BTI (bedre tverrfaglig innsats) ...", "\"Se meg\""), not a measure. */
int pd_x_leads_with_model(const char *text, const pd_x_hit *h, size_t nh) {
  size_t lead = 0;
  for (;;) {
    const unsigned char *u = (const unsigned char *)text + lead;
    if (u[0] == ' ' || u[0] == '"' || u[0] == '\'')
      lead++;
    else if (u[0] == 0xE2 && u[1] == 0x80 && u[2]) /* curly quotes, dashes */
      lead += 3;
    else
      break;
  }
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_MODEL && h[i].start == lead)
      return 1;
  return 0;
}

/* Where a level the text states stands from the measure named in the
 * sentence [SA, SB): in that sentence, in the same list item or table cell
 * (both strong), or elsewhere in the paragraph (weak: it may speak of
 * another measure). */
static pd_evidence S_text_evidence(xmlNodePtr n, const pd_x_hit *level, size_t sa, size_t sb) {
  if (level->start >= sa && level->end <= sb)
    return PD_EV_SENTENCE;
  return pd_x_is(n, "item") || pd_x_is(n, "cell") ? PD_EV_ITEM : PD_EV_NEARBY;
}

/* How a sentence (folded) cites a programme. */
static pd_use S_use_in(const pd_extractor *x, const pd_x_context *c, const char *sentence_lower) {
  if (c->literature)
    return PD_USE_LITERATURE;
  if (pd_lexicon_find(x->th->lexicon, PD_CUE_USE_EXAMPLE, sentence_lower))
    return PD_USE_EXAMPLE;
  if (pd_lexicon_find(x->th->lexicon, PD_CUE_USE_PLANNED, sentence_lower))
    return PD_USE_PLANNED;
  return PD_USE_RUNS;
}

/* Whether NAME (LEN bytes) is a clause rather than a name: its first word
 * is a finite verb ("Er NAV sin representant ..."), or one follows a short
 * subject in lower case ("Skole samarbeider tett med ...", "Helse og
 * mestring bruker tjenesteguiden"). */
static int S_is_clause(const pd_lexicon *lex, const char *name, size_t len) {
  enum { SUBJECT_WORDS = 4 };
  size_t w = 0, i = 0;
  while (i < len && w < SUBJECT_WORDS) {
    size_t e = i;
    while (e < len && name[e] != ' ')
      e++;
    if (e > i && (w == 0 || (name[i] >= 'a' && name[i] <= 'z')) &&
        pd_lexicon_find_text(lex, PD_CUE_CLAUSE_VERB, name + i, e - i))
      return 1;
    w++;
    i = e + 1;
  }
  return 0;
}

/* Whether TEXT is a predicate written as a list line: it starts in lower
 * case and ends with a full stop after several words ("- koordinere
 * helsetilbudet til pasientene opp mot andre tjenester ..." under
 * "Fastlege:"): a duty described, not a measure named. */
static int S_is_predicate(const char *text) {
  enum { MIN_WORDS = 5 };
  size_t len = strlen(text), s = S_marks(text, len);
  while (len > s && text[len - 1] == ' ')
    len--;
  return len > s && pd_utf8_starts_lower(text + s, len - s) && text[len - 1] == '.' &&
         pd_x_words(text + s) >= MIN_WORDS;
}

/* Whether list item N goes on with the sentence of the item before it:
 * it begins in lower case and that item ends without a full stop or a
 * colon. A paragraph PDF extraction broke into bullets ("- tiltaksarrangører
 * og flere for å hjelpe ..."): the fragment is no measure. */
static int S_continues(xmlNodePtr n, const char *text) {
  xmlNodePtr prev = n->prev;
  while (prev && prev->type != XML_ELEMENT_NODE)
    prev = prev->prev;
  size_t s = S_marks(text, strlen(text));
  if (!pd_x_is(prev, "item") || !(text[s] >= 'a' && text[s] <= 'z'))
    return 0;
  char *pt = pd_x_text(prev);
  size_t pl = strlen(pt);
  while (pl > 0 && pt[pl - 1] == ' ')
    pl--;
  int open = pl > 0 && !strchr(".:!?", pt[pl - 1]);
  free(pt);
  return open;
}

/* Whether item N stands in a list whose lead-in paragraph ends in ':' and
 * holds a cue of ROLE: purpose-lead ("Tjenesten skal bidra til å:"
 * presents purposes, not measures), example-lead ("... eks:" presents the
 * plan's own measures by example). */
static int S_list_lead(const pd_extractor *x, xmlNodePtr n, pd_cue role) {
  xmlNodePtr list = n->parent;
  xmlNodePtr lead = list ? list->prev : NULL;
  while (lead && lead->type != XML_ELEMENT_NODE)
    lead = lead->prev;
  if (!pd_x_is(lead, "p"))
    return 0;
  char *t = pd_x_text(lead);
  size_t l = strlen(t);
  while (l > 0 && t[l - 1] == ' ')
    l--;
  int cued = l > 0 && t[l - 1] == ':' && pd_lexicon_find_text(x->th->lexicon, role, t, l) != NULL;
  free(t);
  return cued;
}

enum { MAX_LABEL = 60, MAX_LEAD_WORDS = 25 };

/* Whether paragraph text T is a label: short, ending in ':' ("NAV:"). */
static int S_colon_label(const char *t) {
  size_t l = strlen(t);
  while (l > 0 && t[l - 1] == ' ')
    l--;
  return l > 1 && l <= MAX_LABEL && t[l - 1] == ':';
}

/* Whether TEXT has a sentence end before its last few characters. */
static int S_has_inner_sentence_end(const char *t) {
  size_t len = strlen(t);
  for (size_t i = 0; i + 3 < len; i++)
    if (pd_x_sentence_end(t, len, i))
      return 1;
  return 0;
}

/* The first service hit of H that starts TEXT (its first word), or NULL. */
static const pd_x_hit *S_leading_service(const pd_x_hit *h, size_t nh) {
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_SERVICE && h[i].start <= 1)
      return &h[i];
  return NULL;
}

int pd_x_is_service_label(const pd_extractor *x, xmlNodePtr n) {
  char *t = pd_x_text(n);
  int label = 0;
  int colon = S_colon_label(t);
  /* or a lead-in that starts with the service right above a list:
   * "PP-tjenesten bistår barnehager og skoler med" — one short sentence;
   * a paragraph that tells a story ("Oppvekst og kvalifiseringssektoren
   * har ... utarbeidet Larviksmodellen. ...") labels nothing. */
  xmlNodePtr next = xmlNextElementSibling(n);
  int lead = !colon && next && pd_x_is(next, "list") && pd_x_words(t) <= MAX_LEAD_WORDS &&
             !S_has_inner_sentence_end(t);
  if (colon || lead) {
    pd_x_hit *h = NULL;
    size_t nh = pd_x_hits(x, t, &h);
    for (size_t i = 0; i < nh && colon; i++)
      label |= h[i].entry->kind == PD_KIND_SERVICE;
    if (lead)
      label = S_leading_service(h, nh) != NULL;
    free(h);
  }
  free(t);
  return label;
}

/* The responsible services of a measure named in list item N (hits H of
 * its TEXT): those of the service label above its list (heading: the
 * label governs the list, while an item names partners as often as its
 * owner); with no label, the services the item names itself (item). */
static void S_item_services(pd_extractor *x, const pd_x_context *c, pd_measure *m, xmlNodePtr n,
                            const char *text, const pd_x_hit *h, size_t nh) {
  if (m->responsible.n)
    return;
  /* An item that starts with a service ("Jordmødre", "Helsestasjon- og
   * skolehelsetjenesteprogram") names its owner; a label names the owner
   * of the rest. */
  if (c->service_label && !S_leading_service(h, nh)) {
    char *label = pd_x_text(c->service_label);
    int colon = S_colon_label(label);
    pd_x_hit *lh = NULL;
    size_t nlh = pd_x_hits(x, label, &lh);
    unsigned long line = pd_x_attr_ul(c->service_label, "line");
    const pd_x_hit *lead = colon ? NULL : S_leading_service(lh, nlh);
    for (size_t i = 0; i < nlh; i++)
      if (lh[i].entry->kind == PD_KIND_SERVICE && (colon || &lh[i] == lead) &&
          !pd_facts_has(&m->responsible, lh[i].entry->id))
        pd_x_fact(x, &m->responsible, lh[i].entry->id, line, line, label, strlen(label),
                  PD_EV_HEADING);
    free(lh);
    free(label);
    return;
  }
  /* with no label, the item's services; the one it starts with alone
   * when it starts with one ("Skole samarbeider tett med NAV, ...": NAV is
   * a partner) */
  const pd_x_hit *own = S_leading_service(h, nh);
  for (size_t i = 0; i < nh; i++)
    if (h[i].entry->kind == PD_KIND_SERVICE && (!own || &h[i] == own) &&
        !pd_facts_has(&m->responsible, h[i].entry->id)) {
      unsigned long line = pd_x_line_at(x, n, h[i].start);
      pd_x_fact(x, &m->responsible, h[i].entry->id, line, line, text + h[i].start,
                h[i].end - h[i].start, PD_EV_ITEM);
    }
}

/* Whether paragraph N only names something and the paragraph right after
 * it is only its web address ("Fargespill:" / <https://...>): a web-made
 * plan's list of measures, one link each. */
static int S_linked_name(xmlNodePtr n, const char *text) {
  enum { MAX_NAME = 60, MAX_WORDS = 8 };
  size_t len = strlen(text), words = pd_x_words(text);
  if (!pd_x_is(n, "p") || len < 3 || len > MAX_NAME || words > MAX_WORDS ||
      strchr(".!?", text[len - 1]))
    return 0;
  xmlNodePtr next = xmlNextElementSibling(n);
  if (!next || !pd_x_is(next, "p"))
    return 0;
  xmlNodePtr link = xmlFirstElementChild(next);
  if (!link || !pd_x_is(link, "link") || xmlNextElementSibling(link))
    return 0;
  char *all = pd_x_text(next), *href = pd_x_text(link);
  size_t a = 0, al = strlen(all);
  while (a < al && all[a] == ' ')
    a++;
  while (al > a && all[al - 1] == ' ')
    al--;
  int only = al - a == strlen(href) && strncmp(all + a, href, al - a) == 0;
  free(all);
  free(href);
  return only;
}

/* Whether paragraph N, under a service label ("Barnehage:") in a
 * colour-coded appendix, is a measure named on a line of its own ("Tilbud
 * om flere foreldresamtaler enn to ved behov ..."): one short sentence with
 * no closing stop, where the appendix's prose ends its sentences. */
static int S_named_line(const pd_x_context *c, xmlNodePtr n, const char *text) {
  enum { MAX_WORDS = 15 };
  size_t len = strlen(text);
  while (len > 0 && text[len - 1] == ' ')
    len--;
  return pd_x_is(n, "p") && c->service_label && c->service_label != n && c->colour_level &&
         len > 0 && pd_x_words(text) <= MAX_WORDS && !strchr(".:!?", text[len - 1]) &&
         !S_has_inner_sentence_end(text) && pd_utf8_starts_upper(text, len) &&
         !xmlFirstElementChild(n);
}

/* The local measure named by TEXT of block N (hits H): its name, mention,
 * level (the plan's colour word in the text itself, OWN, else the colour
 * heading above) and responsible services. */
static void S_local_measure(pd_extractor *x, const pd_x_context *c, xmlNodePtr n, const char *text,
                            const pd_x_hit *h, size_t nh, const pd_x_hit *own) {
  size_t at = 0;
  size_t nlen = pd_x_local_name(text, strlen(text), ':', &at);
  if (nlen < 3 || S_is_clause(x->th->lexicon, text + at, nlen))
    return;
  pd_measure *m = pd_x_measure(x, NULL, text + at, nlen);
  if (m->use < PD_USE_RUNS)
    m->use = PD_USE_RUNS;
  unsigned long line = pd_x_line_at(x, n, at);
  if (m->mentions.n < PD_X_MAX_MENTIONS)
    pd_x_fact(x, &m->mentions, NULL, line, line, text + at, nlen, PD_EV_NONE);
  if (own)
    pd_x_add_level(x, m, own->entry->value, pd_x_line_at(x, n, own->start), text + own->start,
                   own->end - own->start, PD_EV_COLOUR);
  else if (c->colour_level && c->colour_at)
    S_add_colour_level(x, c, m);
  S_item_services(x, c, m, n, text, h, nh);
}

/* A short title heading standing alone in a colour-coded appendix
 * ("Oppsøkende miljøarbeider" between the appendix's service blocks) names
 * a measure of the colour above, as a line of its own there does; C is the
 * context the heading stands in. */
void pd_x_appendix_title(pd_extractor *x, const pd_x_context *c, xmlNodePtr heading) {
  char *kind = pd_xml_attr(heading, "kind");
  int title = kind && strcmp(kind, "title") == 0;
  free(kind);
  if (!title || !c->colour_level || !c->colour_at || c->literature)
    return;
  char *text = pd_x_text(heading);
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, text, &h);
  int named = 0;
  for (size_t i = 0; i < nh; i++)
    named |= h[i].entry->kind == PD_KIND_PROGRAMME || h[i].entry->kind == PD_KIND_LEVEL ||
             h[i].entry->kind == PD_KIND_MODEL;
  if (!named)
    S_local_measure(x, c, heading, text, h, nh, NULL);
  free(h);
  free(text);
}

/* Whether the word of LEN bytes at S ends a noun phrase: a preposition,
 * a relative or a conjunction ("... samordningsmøte der ..."). */
static int S_phrase_stop(const char *s, size_t len) {
  static const char *const stops[] = {"som", "der",   "mellom", "for",   "med", "i",   "til",
                                      "på",  "ved",   "hos",    "og",    "om",  "fra", "eller",
                                      "at",  "blant", "under",  "etter", NULL};
  for (int i = 0; stops[i]; i++)
    if (strlen(stops[i]) == len && strncmp(s, stops[i], len) == 0)
      return 1;
  return 0;
}

static const char *const ARTICLES[] = {"et", "en", "ei", "eget", "egen", "egne", NULL};

static int S_is_article(const char *w, size_t len) {
  for (int a = 0; ARTICLES[a]; a++)
    if (strlen(ARTICLES[a]) == len && strncmp(w, ARTICLES[a], len) == 0)
      return 1;
  return 0;
}

/* The noun phrase of TEXT (LEN bytes) from AT: [*START, *END), up to a
 * stop word or punctuation. Unless ARTICLE (the cue ended with one), it
 * must open with an article. Returns its number of words (0: none; more
 * than MAX_WORDS: too long to be a name). */
static size_t S_noun_phrase(const char *text, size_t len, size_t at, int article, size_t *start,
                            size_t *end) {
  enum { MAX_WORDS = 5 };
  size_t i = at, words = 0;
  *start = *end = 0;
  while (i < len && words <= MAX_WORDS) {
    while (i < len && text[i] == ' ')
      i++;
    size_t e = i;
    while (e < len && !strchr(" ,.;:()", text[e]))
      e++;
    if (e == i)
      break;
    if (!article) { /* the article opens the phrase */
      if (!S_is_article(text + i, e - i))
        return 0;
      article = 1;
      i = e;
      continue;
    }
    if (S_phrase_stop(text + i, e - i))
      break;
    if (!words)
      *start = i;
    *end = e;
    words++;
    i = e;
    if (e < len && text[e] != ' ') /* punctuation ends it */
      break;
  }
  return words;
}

/* The measure a cue of establishment introduces at [START, END) of
 * block N: named (first letter raised), running, with the status word the
 * cue holds between CUE_AT and START ("etablert": ongoing) and the service
 * the paragraph is about ("NAV NAV-Porsgrunn er ..."), weakly: it is the
 * paragraph's subject, not the sentence's. */
static void S_established_measure(pd_extractor *x, xmlNodePtr n, const char *text, size_t cue_at,
                                  size_t start, size_t end, const pd_x_hit *h, size_t nh) {
  char *name = pd_xstrndup(text + start, end - start);
  if (name[0] >= 'a' && name[0] <= 'z')
    name[0] = (char)(name[0] - 'a' + 'A');
  pd_measure *m = pd_x_measure(x, NULL, name, strlen(name));
  free(name);
  if (m->use < PD_USE_RUNS)
    m->use = PD_USE_RUNS;
  unsigned long line = pd_x_line_at(x, n, start);
  if (m->mentions.n < PD_X_MAX_MENTIONS)
    pd_x_fact(x, &m->mentions, NULL, line, line, text + start, end - start, PD_EV_NONE);
  for (size_t i = 0; i < nh && !m->status.n; i++)
    if (h[i].entry->kind == PD_KIND_STATUS && h[i].start >= cue_at && h[i].end <= start)
      pd_x_fact(x, &m->status, h[i].entry->value, line, line, text + h[i].start,
                h[i].end - h[i].start, PD_EV_SENTENCE);
  const pd_x_hit *subject = S_leading_service(h, nh);
  if (subject && !m->responsible.n) {
    unsigned long at = pd_x_line_at(x, n, subject->start);
    pd_x_fact(x, &m->responsible, subject->entry->id, at, at, text + subject->start,
              subject->end - subject->start, PD_EV_NEARBY);
  }
}

/* Local measures that running text says the municipality has set up: the
 * noun phrase after a cue of establishment ("Det er etablert et halvårlig
 * tverrfaglig samordningsmøte der ...", "Kommunen har et eget forebyggende
 * psykisk helseteam som ..."). Only a phrase the text introduces with an
 * article or "eget"/"egen" and of two words or more: "det er etablert
 * flere lavterskeltilbud" or "et eget team" name no measure. */
static void S_established(pd_extractor *x, const pd_x_context *c, xmlNodePtr n, const char *text,
                          const pd_x_hit *h, size_t nh) {
  enum { MIN_WORDS = 2, MAX_WORDS = 5 };
  if (!pd_x_is(n, "p") || c->literature || c->background)
    return;
  pd_buf f = PD_BUF_INIT;
  size_t *map = NULL, len = strlen(text);
  pd_fold(text, len, 0, &f, &map);
  const char *folded = pd_buf_cstr(&f);
  const char *cue;
  for (size_t k = 0; (cue = pd_lexicon_cue_at(x->th->lexicon, PD_CUE_ESTABLISHED, k)); k++) {
    size_t cl = strlen(cue);
    /* a cue may end with the article itself ("har et eget") */
    size_t tail = cl;
    while (tail > 0 && cue[tail - 1] != ' ')
      tail--;
    int article = tail > 0 && S_is_article(cue + tail, cl - tail);
    for (const char *p = strstr(folded, cue); p; p = strstr(p + 1, cue)) {
      size_t fe = (size_t)(p - folded) + cl;
      if ((p > folded && p[-1] != ' ') || (folded[fe] && folded[fe] != ' '))
        continue;
      /* back to the text: the byte after the one the cue's last byte
       * came from */
      size_t at = map[fe - 1] + 1;
      while (at < len && ((unsigned char)text[at] & 0xC0) == 0x80)
        at++;
      size_t start, end;
      size_t words = S_noun_phrase(text, len, at, article, &start, &end);
      if (words >= MIN_WORDS && words <= MAX_WORDS)
        S_established_measure(x, n, text, map[p - folded], start, end, h, nh);
    }
  }
  free(map);
  pd_buf_free(&f);
}

void pd_x_text_block(pd_extractor *x, const pd_x_context *c, xmlNodePtr n) {
  char *text = pd_x_text(n);
  pd_x_hit *h = NULL;
  size_t nh = pd_x_hits(x, text, &h);
  pd_x_collect_items(x, n, text, h, nh);
  pd_x_requirement_sentences(x, c, n, text, h, nh);
  S_established(x, c, n, text, h, nh);
  const pd_x_hit *level = pd_x_one_level(h, nh, x->colours);
  size_t len = strlen(text);
  for (size_t i = 0; i < nh; i++) {
    if (h[i].entry->kind != PD_KIND_PROGRAMME)
      continue;
    pd_measure *m = pd_x_measure(x, h[i].entry->id, NULL, 0);
    size_t sa, sb;
    pd_x_sentence(text, len, h[i].start, h[i].end, &sa, &sb);
    char *sentence = pd_xstrndup(text + sa, sb - sa);
    char *lower = pd_x_lower(sentence);
    pd_use u = S_use_in(x, c, lower);
    pd_x_mention(x, m, n, text, &h[i], u);
    if (u != PD_USE_LITERATURE && pd_x_is(n, "item"))
      S_item_services(x, c, m, n, text, h, nh);
    if (u != PD_USE_LITERATURE) {
      if (level)
        pd_x_add_level(x, m, level->entry->value, pd_x_line_at(x, n, level->start),
                       text + level->start, level->end - level->start,
                       S_text_evidence(n, level, sa, sb));
      else if (c->colour_level && c->colour_at)
        S_add_colour_level(x, c, m);
    }
    free(lower);
    free(sentence);
  }
  /* Under a colour heading a list item is a measure of that level: the
   * appendix lists of plans such as Larvik's. Under a heading that names
   * several levels, an item that names one of them itself by the plan's
   * colour ("Grønt tiltak = Robuste foreldre ...") is a measure of that
   * level. */
  const pd_x_hit *own =
      c->level_heading && !c->colour_level && level && level->colour ? level : NULL;
  int listed = pd_x_is(n, "item") || S_linked_name(n, text) || S_named_line(c, n, text);
  int examples = pd_x_is(n, "item") && S_list_lead(x, n, PD_CUE_EXAMPLE_LEAD);
  if (listed && ((c->colour_level && c->colour_at) || own || examples) && !c->literature) {
    int named = 0;
    for (size_t i = 0; i < nh; i++)
      named |= h[i].entry->kind == PD_KIND_PROGRAMME;
    if (!named && !pd_x_leads_with_model(text, h, nh) &&
        (examples || (!S_continues(n, text) && !S_is_predicate(text))) &&
        !S_list_lead(x, n, PD_CUE_PURPOSE_LEAD))
      S_local_measure(x, c, n, text, h, nh, own);
  }
  free(h);
  free(text);
}
