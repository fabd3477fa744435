/*
 * feed.c - recognising a feed and sending it to the right reader.
 */
#include "feed.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "feed_impl.h"
#include "msg.h"

void scrm_feed_info_init(scrm_feed_info *info)
{
	memset(info, 0, sizeof *info);
}

void scrm_feed_info_clear(scrm_feed_info *info)
{
	free(info->title);
	free(info->link);
	free(info->format);
	free(info->lang);
	scrm_feed_info_init(info);
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Skips a UTF-8 BOM and white space; returns the offset of the first other byte. */
static size_t skip_start(const char *d, size_t len)
{
	size_t i = 0;
	if (len >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && is_ws(d[i]))
		i++;
	return i;
}

static bool looks_json(const char *d, size_t len)
{
	size_t i = skip_start(d, len);
	return i < len && d[i] == '{';
}

static bool find(const char *d, size_t len, const char *what)
{
	size_t k = strlen(what);
	for (size_t i = 0; i + k <= len; i++)
		if (d[i] == what[0] && memcmp(d + i, what, k) == 0)
			return true;
	return false;
}

/* The root element's local name, after declarations, comments, doctype and PIs (UTF-8/ASCII only). */
static bool xml_root_is_feed(const char *d, size_t len)
{
	size_t i = skip_start(d, len);
	while (i < len) {
		if (d[i] != '<')
			return false;
		if (i + 4 <= len && memcmp(d + i, "<!--", 4) == 0) {
			size_t j = i + 4;
			while (j + 3 <= len && memcmp(d + j, "-->", 3) != 0)
				j++;
			i = j + 3;
		} else if (i + 1 < len && (d[i + 1] == '?' || d[i + 1] == '!')) {
			/* a doctype's internal subset holds '>' of its own: skip to "]>" if it has one */
			size_t j = i + 1, depth = 0;
			while (j < len && !(d[j] == '>' && depth == 0)) {
				if (d[j] == '[')
					depth++;
				else if (d[j] == ']' && depth > 0)
					depth--;
				j++;
			}
			i = j + 1;
		} else {
			size_t b = i + 1, e = b;
			while (e < len && !is_ws(d[e]) && d[e] != '>' && d[e] != '/')
				e++;
			const char *colon = memchr(d + b, ':', e - b);
			if (colon)
				b = (size_t)(colon - d) + 1;
			static const char *const roots[] = { "rss", "RDF", "feed", "channel", "CHANNEL", "rdf" };
			for (size_t r = 0; r < sizeof roots / sizeof roots[0]; r++)
				if (e - b == strlen(roots[r]) && memcmp(d + b, roots[r], e - b) == 0)
					return true;
			return false;
		}
		while (i < len && is_ws(d[i]))
			i++;
	}
	return false;
}

bool scrm_feed_sniff(const char *data, size_t len)
{
	size_t n = len < 8192 ? len : 8192;
	if (looks_json(data, n))
		return find(data, n, "jsonfeed.org/version/");
	char enc[SCRM_CHARSET_NAME_MAX];
	size_t bom;
	scrm_charset_detect_xml(data, n, NULL, enc, &bom);
	if (strncmp(enc, "UTF-16", 6) == 0 || strncmp(enc, "UTF-32", 6) == 0) {
		/* looked at in UTF-8, like the rest (a cut character at the end does not matter) */
		scrm_buf u = SCRM_BUF_INIT;
		scrm_charset_to_utf8(data + bom, n - bom, enc, &u);
		bool yes = xml_root_is_feed(u.data ? u.data : "", u.len);
		scrm_buf_free(&u);
		return yes;
	}
	return xml_root_is_feed(data, n);
}

int scrm_feed_parse(const char *data, size_t len, const char *base_url, const char *scope,
                    const char *http_charset, scrm_mention_sink sink, void *ctx, scrm_feed_info *info,
                    scrm_buf *err)
{
	scrm_feed_ctx c;
	scrm_buf ignored = SCRM_BUF_INIT, prefix = SCRM_BUF_INIT;
	if (!err)
		err = &ignored;
	scrm_buf_clear(err);
	memset(&c, 0, sizeof c);
	c.base_url = base_url;
	if (scope) {
		scrm_feed_id_scope(scope, &prefix);
		c.id_scope = prefix.data;
	}
	c.sink = sink;
	c.sink_ctx = ctx;
	int rc;
	if (looks_json(data, len))
		rc = scrm_feed_parse_json(&c, data, len, err);
	else
		rc = scrm_feed_parse_xml(&c, data, len, http_charset, err);
	scrm_feed_fill_info(&c, info);
	free(c.title.s);
	free(c.link.s);
	free(c.lang);
	free(c.format);
	scrm_feed_person_clear(&c.author);
	scrm_buf_free(&ignored);
	scrm_buf_free(&prefix);
	return rc;
}
