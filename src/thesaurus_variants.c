/* thesaurus_variants.c — other spellings of a name, by rule (see the
 * header). Works on the name as written; the matcher folds case, so a
 * rule's words are compared without regard to ASCII and Latin-1 case. */
#include "thesaurus_variants.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "matcher.h"
#include "xmlio.h"

void pd_variant_rules_add(char ***list, size_t *n, const char *a, const char *b) {
  *list = pd_xrealloc(*list, (*n + 2) * sizeof **list);
  (*list)[(*n)++] = pd_xstrdup(a);
  (*list)[(*n)++] = pd_xstrdup(b);
}

void pd_variant_rules_read(xmlNodePtr root, pd_variant_rules *rules) {
  memset(rules, 0, sizeof *rules);
  for (xmlNodePtr v = root ? root->children : NULL; v; v = v->next) {
    if (!pd_xml_is(v, "variants"))
      continue;
    for (xmlNodePtr c = v->children; c; c = c->next) {
      int ending = pd_xml_is(c, "ending"), word = pd_xml_is(c, "nynorsk");
      if (!ending && !word)
        continue;
      char *a = pd_xml_attr(c, ending ? "indefinite" : "nb");
      char *b = pd_xml_attr(c, ending ? "definite" : "nn");
      if (a && b) {
        if (ending)
          pd_variant_rules_add(&rules->endings, &rules->nendings, a, b);
        else
          pd_variant_rules_add(&rules->words, &rules->nwords, a, b);
      }
      free(a);
      free(b);
    }
  }
}

void pd_variant_rules_free(pd_variant_rules *rules) {
  for (size_t i = 0; i < rules->nendings; i++)
    free(rules->endings[i]);
  for (size_t i = 0; i < rules->nwords; i++)
    free(rules->words[i]);
  free(rules->endings);
  free(rules->words);
  memset(rules, 0, sizeof *rules);
}

/* Whether the LEN bytes at S equal WORD, case folded. */
static int S_same(const char *s, size_t len, const char *word) {
  if (strlen(word) != len)
    return 0;
  char *a = pd_xstrndup(s, len), *b = pd_xstrdup(word);
  pd_lower_in_place(a);
  pd_lower_in_place(b);
  int same = strcmp(a, b) == 0;
  free(a);
  free(b);
  return same;
}

static int S_word_byte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Appends REPLACEMENT to OUT in the case of ORIGINAL (LEN bytes): all in
 * capitals when it is ("TIDLIG" -> "TIDLEG"), capitalised when its first
 * letter is a capital. ASCII and Latin-1 letters. */
static void S_put_cased(pd_buf *out, const char *original, size_t len, const char *replacement) {
  int upper = 0, lower = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)original[i];
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
  }
  size_t at = out->len;
  pd_buf_puts(out, replacement);
  for (size_t i = at; i < out->len; i++) {
    unsigned char *c = (unsigned char *)&out->data[i];
    int all = upper > 1 && !lower, first = i == at && original[0] >= 'A' && original[0] <= 'Z';
    if ((all || first) && *c >= 'a' && *c <= 'z')
      *c = (unsigned char)(*c - 32);
    else if ((all || first) && *c == 0xC3 && i + 1 < out->len &&
             (unsigned char)out->data[i + 1] >= 0xA0 && (unsigned char)out->data[i + 1] <= 0xBE &&
             (unsigned char)out->data[i + 1] != 0xB7) {
      i++;
      out->data[i] = (char)((unsigned char)out->data[i] - 0x20);
    }
    if (!all)
      break;
  }
}

/* NAME with each word (or compound ending of at least six bytes) that is
 * a FROM of PAIRS replaced by its TO (pairs[2k] -> pairs[2k + 1]). */
static void S_nynorsk(const pd_variant_rules *r, const char *name, pd_buf *out) {
  const char *p = name;
  while (*p) {
    if (!S_word_byte((unsigned char)*p)) {
      pd_buf_putc(out, *p++);
      continue;
    }
    size_t len = 0;
    while (p[len] && S_word_byte((unsigned char)p[len]))
      len++;
    int done = 0;
    for (size_t k = 0; k + 1 < r->nwords && !done; k += 2) {
      const char *nb = r->words[k];
      size_t nl = strlen(nb);
      if (S_same(p, len, nb)) {
        S_put_cased(out, p, len, r->words[k + 1]);
        done = 1;
      } else if (nl >= 6 && len > nl && S_same(p + len - nl, nl, nb)) {
        pd_buf_put(out, p, len - nl); /* a compound's ending */
        pd_buf_puts(out, r->words[k + 1]);
        done = 1;
      }
    }
    if (!done)
      pd_buf_put(out, p, len);
    p += len;
  }
  pd_buf_cstr(out);
}

/* NAME with its last word's ending swapped for the other form of the
 * pair (indefinite <-> definite), into OUT; 0 when no pair applies. The
 * longer ending is tried first, so "programmet" is not read as
 * "program" + "met". */
static int S_other_ending(const pd_variant_rules *r, const char *name, pd_buf *out) {
  size_t len = strlen(name);
  while (len && !S_word_byte((unsigned char)name[len - 1]))
    len--; /* "Hva med oss?" ends in a word before its "?" */
  size_t best_len = 0, to = 0;
  for (size_t k = 0; k < r->nendings; k++) {
    size_t el = strlen(r->endings[k]);
    if (el > best_len && el < len && S_same(name + len - el, el, r->endings[k])) {
      best_len = el;
      to = k % 2 ? k - 1 : k + 1;
    }
  }
  if (!best_len)
    return 0;
  pd_buf_put(out, name, len - best_len);
  pd_buf_puts(out, r->endings[to]);
  pd_buf_puts(out, name + len);
  return 1;
}

/* "COS-P", "COS P", "SE MEG": two or more parts of capitals and digits
 * only, six letters at most together; OUT gets them written together. */
static int S_acronym(const char *name, pd_buf *out) {
  size_t parts = 0, letters = 0;
  int in = 0;
  for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
    if ((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
        (*s == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E)) { /* Æ Ø Å */
      parts += !in;
      in = 1;
      letters++;
      if (*s == 0xC3)
        pd_buf_putc(out, (char)*s++);
      pd_buf_putc(out, (char)*s);
    } else if (*s == ' ' || *s == '-') {
      in = 0;
    } else {
      return 0;
    }
  }
  pd_buf_cstr(out);
  return parts >= 2 && letters <= 6;
}

void pd_name_variants(const pd_variant_rules *rules, const char *name, pd_set *out) {
  pd_set forms = PD_SET_INIT;
  pd_set_add(&forms, name);
  pd_buf nn = PD_BUF_INIT;
  S_nynorsk(rules, name, &nn);
  pd_set_add(&forms, nn.data);
  pd_buf_free(&nn);
  size_t n = forms.n;
  for (size_t i = 0; i < n; i++) {
    pd_buf other = PD_BUF_INIT;
    if (S_other_ending(rules, forms.v[i], &other))
      pd_set_add(&forms, other.data);
    pd_buf_free(&other);
  }
  n = forms.n;
  for (size_t i = 0; i < n; i++) {
    pd_buf joined = PD_BUF_INIT;
    if (S_acronym(forms.v[i], &joined))
      pd_set_add(&forms, joined.data);
    pd_buf_free(&joined);
  }
  for (size_t i = 0; i < forms.n; i++)
    if (strcmp(forms.v[i], name) != 0)
      pd_set_add(out, forms.v[i]);
  pd_set_free(&forms);
}
