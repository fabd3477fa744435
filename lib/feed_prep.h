/*
 * feed_prep.h - getting an XML document from the wild ready for expat, safely:
 * shared by the feed reader (feed_xml.c) and the OPML reader (opml.c).
 *
 * The caller owns every buffer and the parser it gets (XML_ParserFree).
 */
#ifndef SCRM_FEED_PREP_H
#define SCRM_FEED_PREP_H

#include <expat.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* Namespace separator of the parsers made here: "URI local" (a URI holds no space). */
#define SCRM_XML_NS_SEP ' '

/* Deeper nesting stops the parse (scrm_xml_too_deep): expat's memory grows with depth, and
 * no feed or list nests like that. */
#define SCRM_XML_MAX_DEPTH 1024

/*
 * Returns the document data[0..len) as UTF-8 (its encoding decided by
 * scrm_charset_detect_xml from the BOM, http_charset (may be NULL) and the
 * XML declaration), mended for the faults that break most real feeds:
 * leading white space before "<?xml" dropped, a bare '&' escaped, "&#X41;"
 * lower-cased, and in a document without a DOCTYPE, HTML entities such as
 * &nbsp; replaced by their text and unknown ones kept as text. Comments
 * and CDATA sections are left alone. *n gets the length. The result points
 * into data when nothing had to change (the common case: no copy), else
 * into conv (converted) or fixed (repaired), two empty buffers the caller
 * frees after parsing.
 */
const char *scrm_xml_prepare(const char *data, size_t len, const char *http_charset, scrm_buf *conv,
                             scrm_buf *fixed, size_t *n);

/*
 * A namespace-aware expat parser for UTF-8 input (the declared encoding is
 * overridden: scrm_xml_prepare already converted), with user data ud, that
 * never loads anything from outside the document: external entities are
 * refused and parameter entities never parsed. expat's protection against
 * entity amplification (on by default since 2.4) is left on.
 */
XML_Parser scrm_xml_parser_new(void *ud);

/* XML_Parse over doc[0..n) in int-sized pieces, as the final buffer. */
enum XML_Status scrm_xml_parse_all(XML_Parser p, const char *doc, size_t n);

/* Called by a start handler at SCRM_XML_MAX_DEPTH: stops the parser and remembers why. */
void scrm_xml_too_deep(XML_Parser p);

/* Appends "line L, column C: reason" for the parser's error. */
void scrm_xml_error(XML_Parser p, scrm_buf *err);

/* Appends s[0..n) with &, <, > (and " when quotes) escaped. */
void scrm_xml_escape(scrm_buf *b, const char *s, size_t n, bool quotes);

#endif
