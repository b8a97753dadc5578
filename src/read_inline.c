/* read_inline.c — a block's text: lines joined across PDF wraps with
 * hyphenation repaired, Markdown emphasis and links reduced to text, bare
 * URLs kept as links, and a sourcemap from text offsets to source lines. */
#include <stdlib.h>
#include <string.h>

#include "read_priv.h"
#include "xmlio.h"

void rd_text_init(rd_text *t) { memset(t, 0, sizeof *t); }

void rd_text_reset(rd_text *t) {
  for (size_t i = 0; i < t->nlinks; i++)
    free(t->links[i].href);
  t->nlinks = 0;
  pd_buf_truncate(&t->text, 0);
  pd_buf_truncate(&t->map, 0);
  t->first = t->last = 0;
}

void rd_text_free(rd_text *t) {
  rd_text_reset(t);
  free(t->links);
  pd_buf_free(&t->text);
  pd_buf_free(&t->map);
}

int rd_starts_upper(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 1 && u[0] >= 'A' && u[0] <= 'Z')
    return 1;
  /* Æ Ø Å É Ö Ä Ü (U+00C0..U+00DE) */
  return len >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E;
}

int rd_starts_lower(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len >= 1 && u[0] >= 'a' && u[0] <= 'z')
    return 1;
  return len >= 2 && u[0] == 0xC3 && u[1] >= 0x9F && u[1] <= 0xBF;
}

static int S_is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }

static int S_is_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void S_add_link(rd_text *t, size_t start, size_t end, const char *href, size_t hlen) {
  if (t->nlinks == t->caplinks) {
    t->caplinks = t->caplinks ? t->caplinks * 2 : 4;
    t->links = pd_xrealloc(t->links, t->caplinks * sizeof *t->links);
  }
  rd_link *l = &t->links[t->nlinks++];
  l->start = start;
  l->end = end;
  l->href = pd_xstrndup(href, hlen);
}

/* Length of a URL starting at S (http://, https:// or www.), trailing
 * punctuation excluded; 0 if none starts here. */
static size_t S_url_len(const char *s, size_t len) {
  if (!((len > 7 && strncmp(s, "http://", 7) == 0) || (len > 8 && strncmp(s, "https://", 8) == 0) ||
        (len > 4 && strncmp(s, "www.", 4) == 0)))
    return 0;
  size_t n = 0;
  while (n < len && !S_is_space(s[n]) && s[n] != '<' && s[n] != '>' && s[n] != '"')
    n++;
  while (n > 0 && strchr(".,;:!?)]»'", s[n - 1]))
    n--;
  return n;
}

/* Length up to the closing '>' of an autolink "<https://...>" whose URL
 * PDF extraction broke with spaces ("svangerskap-og-foed sel/"): a URL in
 * angle brackets holds no space, so a few spaces inside are artefacts. 0 if
 * S does not start such a link. */
static size_t S_spaced_autolink_len(const char *s, size_t len) {
  if (!S_url_len(s, len))
    return 0;
  int spaces = 0;
  for (size_t n = 0; n < len && n < 600; n++) {
    if (s[n] == '>')
      return spaces && !S_is_space(s[n - 1]) ? n : 0;
    if (s[n] == '<' || s[n] == '"' ||
        (S_is_space(s[n]) && (++spaces > 3 || (n + 1 < len && S_is_space(s[n + 1])))))
      return 0;
  }
  return 0;
}

/* Length of an HTML tag ("<u>", "</u>", "<br/>", "<span class=x>") at S,
 * or 0. */
static size_t S_html_tag_len(const char *s, size_t len) {
  size_t i = 1;
  if (i < len && s[i] == '/')
    i++;
  size_t name = i;
  while (i < len && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     (i > name && s[i] >= '0' && s[i] <= '9')))
    i++;
  if (i == name)
    return 0;
  while (i < len && i < 200 && s[i] != '>' && s[i] != '<')
    i++;
  return (i < len && s[i] == '>') ? i + 1 : 0;
}

/* Appends S to T with emphasis markers dropped and tabs/form feeds as spaces. */
static void S_put_plain(rd_text *t, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (c == '\t' || c == '\f') {
      pd_buf_putc(&t->text, ' ');
      continue;
    }
    if (c == '*' || c == '_') {
      unsigned char prev = i ? (unsigned char)s[i - 1] : ' ';
      unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : ' ';
      /* "**x**", "*x*", "_x_": markers touch a word on one side only. An
       * underscore between two word characters (snake_case) stays. */
      int opening = !S_is_word(prev) && !S_is_space((char)next);
      int closing = !S_is_space((char)prev) && !S_is_word(next);
      if (c == '_' && S_is_word(prev) && S_is_word(next))
        opening = closing = 0;
      if ((opening || closing) && !(S_is_space((char)prev) && S_is_space((char)next)))
        continue;
    }
    if (c == '\\' && i + 1 < len && strchr("\\`*_{}[]()#+-.!|<>", s[i + 1])) {
      pd_buf_putc(&t->text, s[++i]);
      continue;
    }
    pd_buf_putc(&t->text, c);
  }
}

void rd_inline(rd_text *t, const char *s, size_t len) {
  size_t i = 0, plain = 0;
  while (i < len) {
    char c = s[i];
    size_t consumed = 0;
    if (c == '[') {
      /* [text](target) */
      const char *close = memchr(s + i, ']', len - i);
      if (close && (size_t)(close - s) + 1 < len && close[1] == '(') {
        const char *end = memchr(close + 2, ')', len - (size_t)(close + 2 - s));
        if (end) {
          S_put_plain(t, s + plain, i - plain);
          size_t start = t->text.len;
          S_put_plain(t, s + i + 1, (size_t)(close - s) - i - 1);
          const char *href = close + 2;
          size_t hlen = (size_t)(end - href);
          while (hlen && S_is_space(*href))
            href++, hlen--;
          while (hlen && S_is_space(href[hlen - 1]))
            hlen--;
          /* "(#)" is a table-of-contents anchor with no target: text only. */
          if (hlen && href[0] != '#')
            S_add_link(t, start, t->text.len, href, hlen);
          consumed = (size_t)(end - s) + 1 - i;
        }
      }
    } else if (c == '<') {
      size_t u = S_url_len(s + i + 1, len - i - 1);
      size_t tag = u ? 0 : S_html_tag_len(s + i, len - i);
      if (u && i + 1 + u < len && s[i + 1 + u] == '>') {
        S_put_plain(t, s + plain, i - plain);
        size_t start = t->text.len;
        pd_buf_put(&t->text, s + i + 1, u);
        S_add_link(t, start, t->text.len, s + i + 1, u);
        consumed = u + 2;
      } else if ((u = S_spaced_autolink_len(s + i + 1, len - i - 1)) != 0) {
        S_put_plain(t, s + plain, i - plain);
        size_t start = t->text.len;
        for (size_t k = i + 1; k < i + 1 + u; k++)
          if (!S_is_space(s[k]))
            pd_buf_putc(&t->text, s[k]);
        S_add_link(t, start, t->text.len, t->text.data + start, t->text.len - start);
        consumed = u + 2;
      } else if (tag) {
        /* Inline HTML in Markdown (<u>, <br>, <span ...>): dropped. */
        S_put_plain(t, s + plain, i - plain);
        consumed = tag;
      }
    } else if ((c == 'h' || c == 'w') && (i == 0 || !S_is_word((unsigned char)s[i - 1]))) {
      size_t u = S_url_len(s + i, len - i);
      if (u) {
        S_put_plain(t, s + plain, i - plain);
        size_t start = t->text.len;
        pd_buf_put(&t->text, s + i, u);
        S_add_link(t, start, t->text.len, s + i, u);
        consumed = u;
      }
    }
    if (consumed) {
      i += consumed;
      plain = i;
    } else {
      i++;
    }
  }
  S_put_plain(t, s + plain, len - plain);
}

/* Words that follow a suspended compound ("barne- og ungdomsarbeider"). */
static int S_is_conjunction(const char *s, size_t len) {
  static const char *const words[] = {"og", "eller", "samt", "til", "enn", "and", "or", NULL};
  size_t w = 0;
  while (w < len && !S_is_space(s[w]) && s[w] != ',')
    w++;
  for (int i = 0; words[i]; i++)
    if (strlen(words[i]) == w && strncmp(s, words[i], w) == 0)
      return 1;
  return 0;
}

/* The start of the last word of the text (after the last space). */
static size_t S_last_word(const pd_buf *b) {
  size_t i = b->len;
  while (i > 0 && b->data[i - 1] != ' ')
    i--;
  return i;
}

void rd_text_add_line(rd_text *t, const char *s, size_t len, unsigned long no) {
  if (!len)
    return;
  if (t->text.len == 0 && t->map.len == 0) {
    t->first = no;
    pd_buf_printf(&t->map, "%lu:0", no);
    rd_inline(t, s, len);
    t->last = no;
    return;
  }
  size_t n = t->text.len;
  const char *d = t->text.data;
  int extend_link = 0;
  if (n >= 2 && d[n - 1] == '-' && d[n - 2] != ' ' && d[n - 2] != '-' && rd_starts_lower(s, len)) {
    size_t w = S_last_word(&t->text);
    int in_url = t->nlinks && t->links[t->nlinks - 1].end == n;
    unsigned char before = (unsigned char)d[n - 2];
    if (in_url) {
      extend_link = 1; /* a URL broken after one of its own hyphens */
    } else if ((before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9')) {
      /* "PMTO-" + "veiledning": the hyphen belongs to the word. */
    } else if (S_is_conjunction(s, len)) {
      pd_buf_putc(&t->text, ' '); /* "barne- og ungdomsarbeider" */
    } else if (w < n - 1) {
      pd_buf_truncate(&t->text, n - 1); /* "Forebyggings-" + "nivå" */
    }
  } else {
    pd_buf_putc(&t->text, ' ');
  }
  pd_buf_printf(&t->map, " %lu:%zu", no, t->text.len);
  size_t join = t->text.len;
  rd_inline(t, s, len);
  if (extend_link) {
    rd_link *l = &t->links[t->nlinks - 1];
    size_t end = join;
    while (end < t->text.len && t->text.data[end] != ' ')
      end++;
    pd_buf href = PD_BUF_INIT;
    pd_buf_puts(&href, l->href);
    pd_buf_put(&href, t->text.data + join, end - join);
    free(l->href);
    l->href = pd_buf_detach(&href);
    l->end = end;
    /* a link the continuation itself started is now inside this one */
    while (t->nlinks >= 2 && t->links[t->nlinks - 1].start >= join) {
      free(t->links[t->nlinks - 1].href);
      t->nlinks--;
      l = &t->links[t->nlinks - 1];
      l->end = end;
    }
  }
  t->last = no;
}

void rd_set_lines(xmlNodePtr node, unsigned long first, unsigned long last) {
  pd_xml_set_int(node, "line", (long)first);
  pd_xml_set_int(node, "end-line", (long)last);
}

xmlNodePtr rd_text_emit(xmlNodePtr parent, const char *name, const rd_text *t) {
  xmlNodePtr node = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
  size_t pos = 0;
  const char *d = pd_buf_cstr((pd_buf *)&t->text);
  for (size_t i = 0; i < t->nlinks; i++) {
    const rd_link *l = &t->links[i];
    if (l->start < pos || l->end > t->text.len)
      continue;
    if (l->start > pos)
      xmlAddChild(node, xmlNewTextLen(BAD_CAST(d + pos), (int)(l->start - pos)));
    xmlNodePtr a = xmlNewChild(node, NULL, BAD_CAST "link", NULL);
    xmlAddChild(a, xmlNewTextLen(BAD_CAST(d + l->start), (int)(l->end - l->start)));
    xmlSetProp(a, BAD_CAST "href", BAD_CAST l->href);
    pos = l->end;
  }
  if (pos < t->text.len)
    xmlAddChild(node, xmlNewTextLen(BAD_CAST(d + pos), (int)(t->text.len - pos)));
  rd_set_lines(node, t->first, t->last);
  if (t->last != t->first)
    xmlSetProp(node, BAD_CAST "sourcemap", BAD_CAST pd_buf_cstr((pd_buf *)&t->map));
  return node;
}
