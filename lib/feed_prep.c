/*
 * feed_prep.c - charset conversion, repair and a safe expat parser for feeds and OPML.
 */
#include "feed_prep.h"

#include <string.h>

#include "charset.h"
#include "html_text.h"
#include "msg.h"
#include "utf8.h"

void scrm_xml_escape(scrm_buf *b, const char *s, size_t n, bool quotes)
{
	size_t from = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rep;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = quotes ? "&quot;" : NULL; break;
		default: rep = NULL;
		}
		if (rep) {
			scrm_buf_append(b, s + from, i - from);
			scrm_buf_puts(b, rep);
			from = i + 1;
		}
	}
	scrm_buf_append(b, s + from, n - from);
}

static int XMLCALL refuse_external(XML_Parser p, const XML_Char *context, const XML_Char *base,
                                   const XML_Char *system_id, const XML_Char *public_id)
{
	(void)p, (void)context, (void)base, (void)system_id, (void)public_id;
	return XML_STATUS_ERROR;
}

/* Index just after the first term at or after from, or len if there is none. */
static size_t skip_past(const char *d, size_t len, size_t from, const char *term)
{
	size_t k = strlen(term);
	for (size_t i = from; i + k <= len; i++)
		if (d[i] == term[0] && memcmp(d + i, term, k) == 0)
			return i + k;
	return len;
}

static bool is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '-' || c == '.' || c == ':';
}

/* The repairs scrm_xml_prepare describes: true, with out filled, when something changed
 * (out may then have been partly written even when false is returned). */
static bool repair(const char *d, size_t len, scrm_buf *out)
{
	size_t i = 0;
	bool changed = false, has_doctype = false;
	for (size_t k = i; k + 9 <= len && k < i + 4096; k++)
		if (memcmp(d + k, "<!DOCTYPE", 9) == 0)
			has_doctype = true;
	size_t from = i;
	scrm_buf tmp = SCRM_BUF_INIT;
	while (i < len) {
		char ch = d[i];
		if (ch == '<' && i + 4 <= len && memcmp(d + i, "<!--", 4) == 0) {
			i = skip_past(d, len, i + 4, "-->");
			continue;
		}
		if (ch == '<' && i + 9 <= len && memcmp(d + i, "<![CDATA[", 9) == 0) {
			i = skip_past(d, len, i + 9, "]]>");
			continue;
		}
		if (ch != '&') {
			i++;
			continue;
		}
		size_t k = i + 1;
		bool numeric = k < len && d[k] == '#';
		if (numeric) {
			k++;
			bool hex = k < len && (d[k] == 'x' || d[k] == 'X');
			if (hex)
				k++;
			size_t s = k;
			while (k < len && ((d[k] >= '0' && d[k] <= '9') ||
			                   (hex && ((d[k] >= 'a' && d[k] <= 'f') || (d[k] >= 'A' && d[k] <= 'F')))))
				k++;
			if (k > s && k < len && d[k] == ';') {
				if (hex && d[s - 1] == 'X') {
					/* "&#X41;" is HTML, not XML */
					scrm_buf_append(out, d + from, s - 1 - from);
					scrm_buf_putc(out, 'x');
					from = s;
					changed = true;
				}
				i = k + 1;
				continue;
			}
		} else {
			while (k < len && is_name_char(d[k]))
				k++;
			if (k > i + 1 && k < len && d[k] == ';') {
				size_t n = k - i - 1;
				const char *nm = d + i + 1;
				bool predefined = (n == 3 && memcmp(nm, "amp", 3) == 0) ||
				                  (n == 2 && (memcmp(nm, "lt", 2) == 0 || memcmp(nm, "gt", 2) == 0)) ||
				                  (n == 4 && (memcmp(nm, "quot", 4) == 0 || memcmp(nm, "apos", 4) == 0));
				scrm_buf_clear(&tmp);
				if (predefined || has_doctype) {
					i = k + 1;
					continue;   /* XML's own, or possibly the DTD's: expat decides */
				}
				if (scrm_html_entity(d + i, k + 1 - i, &tmp) != k + 1 - i) {
					/* known to nobody: kept as the text it is, as feedparser does */
					scrm_buf_append(out, d + from, i - from);
					scrm_buf_puts(out, "&amp;");
					i = from = i + 1;
					changed = true;
					continue;
				}
				/* an HTML entity: its text, escaped again where it is markup (&LT;) */
				scrm_buf_append(out, d + from, i - from);
				scrm_xml_escape(out, tmp.data, tmp.len, false);
				i = from = k + 1;
				changed = true;
				continue;
			}
		}
		/* a bare ampersand */
		scrm_buf_append(out, d + from, i - from);
		scrm_buf_puts(out, "&amp;");
		i = from = i + 1;
		changed = true;
	}
	scrm_buf_free(&tmp);
	if (changed)
		scrm_buf_append(out, d + from, len - from);
	return changed;
}

/* Valid UTF-8 without C1 controls: what scrm_charset_to_utf8 would return unchanged. */
static bool clean_utf8(const char *d, size_t n)
{
	if (!scrm_utf8_valid(d, n, NULL))
		return false;
	for (const char *p = d; (p = memchr(p, 0xC2, (size_t)(d + n - p))) != NULL; p++)
		if (p + 1 < d + n && (unsigned char)p[1] < 0xA0)
			return false;
	return true;
}

const char *scrm_xml_prepare(const char *data, size_t len, const char *http_charset, scrm_buf *conv,
                             scrm_buf *fixed, size_t *n)
{
	char enc[SCRM_CHARSET_NAME_MAX];
	size_t bom;
	scrm_charset_detect_xml(data, len, http_charset, enc, &bom);
	const char *doc = data + bom;
	*n = len - bom;
	if (strcmp(enc, "UTF-8") != 0 || !clean_utf8(doc, *n)) {
		if (!scrm_charset_to_utf8(doc, *n, enc, conv))
			scrm_charset_to_utf8(doc, *n, "UTF-8", conv);
		doc = conv->data ? conv->data : "";
		*n = conv->len;
	}
	while (*n > 0 && (*doc == ' ' || *doc == '\t' || *doc == '\n' || *doc == '\r'))
		doc++, (*n)--;   /* expat wants "<?xml" first */
	if (repair(doc, *n, fixed)) {
		doc = fixed->data;
		*n = fixed->len;
	}
	return doc;
}

XML_Parser scrm_xml_parser_new(void *ud)
{
	XML_Parser p = XML_ParserCreateNS("UTF-8", SCRM_XML_NS_SEP);
	if (!p)
		scrm_die(SCRM_EXIT_IO, "out of memory (XML parser)");
	XML_SetUserData(p, ud);
	XML_SetExternalEntityRefHandler(p, refuse_external);
	XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
	return p;
}

enum XML_Status scrm_xml_parse_all(XML_Parser p, const char *doc, size_t n)
{
	size_t off = 0;
	enum XML_Status st;
	do {
		size_t piece = n - off > (1u << 30) ? (1u << 30) : n - off;
		st = XML_Parse(p, doc + off, (int)piece, off + piece == n);
		off += piece;
	} while (st == XML_STATUS_OK && off < n);
	return st;
}

void scrm_xml_too_deep(XML_Parser p)
{
	XML_StopParser(p, XML_FALSE);
}

void scrm_xml_error(XML_Parser p, scrm_buf *err)
{
	enum XML_Error e = XML_GetErrorCode(p);
	/* our handlers abort only for depth (a sink that stops is not an error: callers know) */
	scrm_buf_printf(err, "line %lu, column %lu: %s", (unsigned long)XML_GetCurrentLineNumber(p),
	                (unsigned long)XML_GetCurrentColumnNumber(p),
	                e == XML_ERROR_ABORTED ? "elements nested too deep" : XML_ErrorString(e));
}
