/*
 * feed.h - syndication feeds (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed) to mentions.
 *
 * The parser borrows the document and owns every mention it builds: a sink
 * sees each mention only during the call and copies what it needs (or
 * steals fields by setting them to NULL; whatever is left is freed). A
 * scrm_feed_info belongs to the caller, who frees it with
 * scrm_feed_info_clear().
 */
#ifndef SCRM_FEED_H
#define SCRM_FEED_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "mention.h"

/* Called once per entry, in document order; return false to stop parsing. */
typedef bool (*scrm_mention_sink)(void *ctx, scrm_mention *m);

/* What the document says about itself (NULL: absent). */
typedef struct scrm_feed_info {
	char *title;     /* plain text */
	char *link;      /* the site's URL, resolved */
	char *format;    /* "rss090", "rss091", "rss092", "rss093", "rss094", "rss20", "rss10",
	                    "atom03", "atom10", "json10", "json11" (feedparser's version names,
	                    minus "jsonfeed" spelt "json") */
	char *lang;      /* the language tag as given ("fr-FR"); mentions get its ISO 639-1 code */
	size_t entries;  /* number of entries handed to the sink */
} scrm_feed_info;

void scrm_feed_info_init(scrm_feed_info *info);
void scrm_feed_info_clear(scrm_feed_info *info);

/* Return values of scrm_feed_parse(). */
enum {
	SCRM_FEED_OK = 0,        /* the whole document was read */
	SCRM_FEED_PARTIAL = 1,   /* ill-formed after some content: what came before was
	                            delivered, err says where it broke ("line 12, column 3: ...") */
	SCRM_FEED_ERROR = -1     /* not a feed, or broken before any entry: err says why */
};

/*
 * Parses the feed document data[0..len) and calls sink for each entry.
 *
 * base_url is where the document came from (relative links are resolved
 * against it and xml:base; may be NULL); scope names the feed for the ids
 * (the source as the user gave it; NULL: ids are not scoped, see
 * scrm_feed_id_scope); http_charset is the charset
 * parameter of the HTTP Content-Type (or NULL), which the document's
 * encoding is decided from together with its BOM and XML declaration
 * (RFC 3023 precedence, as feedparser does). info may be NULL.
 *
 * Each mention gets: source "rss", "atom" or "jsonfeed"; channel = the
 * feed's title; id = "feed:" + the entry id (guid/id), else its link, when
 * that is a URL with an authority ("https://..."), a tag: URI or a URN, which
 * name the entry wherever it is found; any other id or link gets the
 * feed's scope (scrm_feed_id_scope) before it, as two feeds may both have
 * an entry "42"; without either, "feed:sha256:" + hex SHA-256 of title and
 * date (and feed URL). Every id is stable from one run to the next. Then
 * url (resolved, http/https only); created_at
 * (RFC 3339 UTC, published date, else updated, absent if unparseable);
 * title and text as plain text (HTML turned into text); author name/url
 * (the feed's author when the entry has none); lang, the ISO 639-1 code of
 * the entry's or the feed's language tag when there is one ("fr-FR": "fr").
 * group, fetched_at and query are left NULL for the caller to fill.
 *
 * Returns SCRM_FEED_OK, SCRM_FEED_PARTIAL or SCRM_FEED_ERROR (see above);
 * err (may be NULL) is cleared first and gets a one-line reason otherwise.
 * Entities are never loaded from outside the document (no external DTD or
 * entity) and expat's protection against entity expansion is kept.
 */
int scrm_feed_parse(const char *data, size_t len, const char *base_url, const char *scope,
                    const char *http_charset, scrm_mention_sink sink, void *ctx, scrm_feed_info *info,
                    scrm_buf *err);

/* Appends to out what the ids of a feed read from scope start with when the
 * entry's own id is not a URL: "feed:" + the first 16 hex digits of the
 * SHA-256 of scope + ":". A hash rather than the scope itself: a feed's
 * address may hold a private token, and ids travel. */
void scrm_feed_id_scope(const char *scope, scrm_buf *out);

/* Does data look like a feed: an XML document whose root is rss, RDF, feed or
 * channel (after a BOM, declaration, comments, doctype), or a JSON object
 * with a "version" starting "https://jsonfeed.org/version/"? Cheap: looks at
 * the first few KB only. */
bool scrm_feed_sniff(const char *data, size_t len);

#endif
