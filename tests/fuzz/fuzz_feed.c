/*
 * fuzz_feed.c - what scrm-fetch parses from the network, on any bytes:
 * feeds (RSS, Atom, JSON Feed, in any charset) and the social APIs'
 * responses through their adapters. The first byte picks the parser; every
 * mention handed on must make a record.
 */
#include <jansson.h>
#include <stdint.h>
#include <string.h>

#include "adapt.h"
#include "feed.h"
#include "fuzz.h"

static const char *const adapter_names[] = { "mastodon", "bluesky", "reddit", "hn",
	                                     "discourse", "lemmy", "x", "youtube" };
#define NADAPTERS (sizeof adapter_names / sizeof adapter_names[0])

static bool check_mention(void *ctx, scrm_mention *m)
{
	scrm_buf *line = ctx;
	scrm_buf_clear(line);
	scrm_mention_to_json(m, line);
	fuzz_check_record(line->data, line->len);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_buf line, err;
	if (size < 1)
		return 0;
	unsigned which = data[0];
	const char *doc = (const char *)data + 1;
	size_t n = size - 1;
	if (which % (NADAPTERS + 2) < 2) {
		/* A feed, with or without an HTTP charset to weigh against its own declaration. */
		scrm_feed_info info;
		scrm_feed_info_init(&info);
		int r = scrm_feed_parse(doc, n, "https://example.org/feed/", "https://example.org/feed/",
		                        which & 1 ? "iso-8859-1" : NULL, check_mention, &line, &info, &err);
		FUZZ_CHECK(r == SCRM_FEED_OK || err.len > 0);
		scrm_feed_info_clear(&info);
		(void)scrm_feed_sniff(doc, n);
		return 0;
	}
	const scrm_adapter *a = scrm_adapter_find(adapter_names[which % (NADAPTERS + 2) - 2]);
	FUZZ_CHECK(a != NULL);
	json_t *root = json_loadb(doc, n, 0, NULL);
	if (!root)
		return 0;
	scrm_adapt_page pg;
	memset(&pg, 0, sizeof pg);
	pg.url = "https://example.org/api/v1/search?q=nuvia";
	pg.link = which & 0x80 ? "<https://example.org/api/v1/search?max_id=5>; rel=\"next\"" : NULL;
	const char *why = NULL;
	if (!a->parse(root, &pg, check_mention, &line, &why))
		FUZZ_CHECK(why != NULL);
	(void)scrm_adapter_sniff(root);
	scrm_adapt_page_clear(&pg);
	json_decref(root);
	return 0;
}
