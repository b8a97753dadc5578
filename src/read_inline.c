/* read_inline.c — a block's text: lines joined across PDF wraps with
 * hyphenation repaired, Markdown emphasis and links reduced to text, bare
 * URLs kept as links, and a sourcemap from text offsets to source lines. */
#include <stdlib.h>
#include <string.h>

#include "read_priv.h"
#include "xmlio.h"

size_t rd_words(const char *s, size_t len) {
  size_t w = 0;
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
      w++;
  return w;
}

static int S_is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n'; }

static int S_is_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Length up to the closing '>' of an autolink "<https://...>" whose URL
 * PDF extraction broke with spaces ("svangerskap-og-foed sel/"): a URL in
 * angle brackets holds no space, so a few spaces inside are artefacts. 0 if
 * S does not start such a link. */
static size_t S_spaced_autolink_len(const char *s, size_t len) {
  if (!pd_url_len(s, len))
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
static void S_put_plain(pd_span *t, const char *s, size_t len) {
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

void rd_inline(pd_span *t, const char *s, size_t len) {
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
            pd_span_link_range(t, start, t->text.len, href, hlen);
          consumed = (size_t)(end - s) + 1 - i;
        }
      }
    } else if (c == '<') {
      size_t u = pd_url_len(s + i + 1, len - i - 1);
      size_t tag = u ? 0 : S_html_tag_len(s + i, len - i);
      if (u && i + 1 + u < len && s[i + 1 + u] == '>') {
        S_put_plain(t, s + plain, i - plain);
        size_t start = t->text.len;
        pd_buf_put(&t->text, s + i + 1, u);
        pd_span_link_range(t, start, t->text.len, s + i + 1, u);
        consumed = u + 2;
      } else if ((u = S_spaced_autolink_len(s + i + 1, len - i - 1)) != 0) {
        S_put_plain(t, s + plain, i - plain);
        size_t start = t->text.len;
        for (size_t k = i + 1; k < i + 1 + u; k++)
          if (!S_is_space(s[k]))
            pd_buf_putc(&t->text, s[k]);
        pd_span_link_range(t, start, t->text.len, t->text.data + start, t->text.len - start);
        consumed = u + 2;
      } else if (tag) {
        /* Inline HTML in Markdown (<u>, <br>, <span ...>): dropped. */
        S_put_plain(t, s + plain, i - plain);
        consumed = tag;
      }
    } else if ((c == 'h' || c == 'w') && (i == 0 || !S_is_word((unsigned char)s[i - 1]))) {
      size_t u = pd_url_len(s + i, len - i);
      if (u) {
        S_put_plain(t, s + plain, i - plain);
        size_t start = t->text.len;
        pd_buf_put(&t->text, s + i, u);
        pd_span_link_range(t, start, t->text.len, s + i, u);
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

void rd_text_add_line(pd_span *t, const char *s, size_t len, unsigned long no) {
  pd_span_add_line(t, s, len, no, rd_inline);
}
