/*
 * charset.h - which encoding a document is in, and conversion to UTF-8 (iconv).
 *
 * No state; the caller owns every buffer and output is appended. Conversion
 * never fails on bad input: what cannot be decoded becomes U+FFFD.
 */
#ifndef SCRM_CHARSET_H
#define SCRM_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

#define SCRM_CHARSET_NAME_MAX 48

/*
 * Decides the encoding of an XML document data[0..len), the way RFC 3023
 * and feedparser do: a byte order mark wins (UTF-8, UTF-16LE/BE, UTF-32LE/BE,
 * and UTF-16/32 without a BOM recognised from "<?"), then the HTTP charset
 * (http_charset, may be NULL; quotes and case are tolerated), then the XML
 * declaration's encoding, then UTF-8. A name iconv does not know is passed
 * over for the next source. Labels are mapped as the WHATWG Encoding
 * standard does where it matters for feeds: ISO-8859-1, US-ASCII and
 * Latin-1 mean Windows-1252, GB2312 and GBK mean GB18030.
 * Writes the iconv name into name (e.g. "UTF-8", "WINDOWS-1252") and sets
 * *bom to the number of leading BOM bytes to skip.
 */
void scrm_charset_detect_xml(const char *data, size_t len, const char *http_charset,
                             char name[SCRM_CHARSET_NAME_MAX], size_t *bom);

/*
 * Canonical iconv name for a charset label (trimmed, quotes removed,
 * mapped as above) into name; false when the label is empty or iconv
 * cannot convert from it.
 */
bool scrm_charset_canonical(const char *label, size_t n, char name[SCRM_CHARSET_NAME_MAX]);

/*
 * Appends data[0..len), in encoding, as UTF-8 to out. Undecodable bytes
 * become U+FFFD; for UTF-8 itself, invalid bytes are read as Windows-1252
 * (the usual cause is a mislabelled Latin-1 document or a mixed one).
 * Returns false, appending nothing, if iconv does not know the encoding.
 */
bool scrm_charset_to_utf8(const char *data, size_t len, const char *encoding, scrm_buf *out);

/* Windows-1252 byte b to its code point (U+FFFD for the five undefined bytes). */
unsigned scrm_cp1252_char(unsigned char b);

#endif
