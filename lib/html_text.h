/*
 * html_text.h - HTML (a document or a fragment) to plain text, and HTML entities.
 *
 * Nothing here keeps state between calls; the caller owns every buffer,
 * and output is always appended (never cleared first).
 */
#ifndef SCRM_HTML_TEXT_H
#define SCRM_HTML_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Appends the text of html[0..n) to out: tags removed; script, style,
 * template, head, svg, math and comments dropped with their content;
 * character references decoded (the HTML5 named set, numeric ones with
 * browsers' Windows-1252 remapping of 128-159 and U+FFFD for NUL,
 * surrogates and values beyond U+10FFFF; raw C1 controls are remapped the
 * same way); block elements (p, br, div, li, tr, h1-h6, ...) become line
 * breaks; runs of white space fold into one space, at most two line breaks
 * in a row are kept, and the text is trimmed. Invalid UTF-8 in the input is
 * replaced with U+FFFD, so the output is always valid UTF-8.
 */
void scrm_html_to_text(const char *html, size_t n, scrm_buf *out);

/* As scrm_html_to_text, but everything on one line: line breaks become spaces. */
void scrm_html_to_line(const char *html, size_t n, scrm_buf *out);

/*
 * Appends s[0..n) with character references decoded and nothing else
 * changed (no tag removal, white space kept) — for text known not to be
 * markup, such as an attribute value.
 */
void scrm_html_decode_entities(const char *s, size_t n, scrm_buf *out);

/*
 * Decodes the character reference starting at s (s[0] == '&'), at most n
 * bytes, the way HTML5 does in text: named references (with or without
 * ';' for the legacy ones), &#NNN; and &#xHHH;. On success appends the
 * UTF-8 text to out and returns the number of input bytes consumed; returns
 * 0 (appending nothing) when s does not start a reference.
 */
size_t scrm_html_entity(const char *s, size_t n, scrm_buf *out);

/* Does s[0..n) look like it holds markup: a tag of a common HTML element, closed as markup
 * closes it ("<p>", "</b>", "<br/>", '<a href="...">'; not "<Blog>", nor the words of
 * "if a<b and c>d"), a comment, or a character reference ending in ';'? */
bool scrm_html_looks_like_html(const char *s, size_t n);

#endif
