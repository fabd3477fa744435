/*
 * adapt_hn.c - Hacker News through Algolia's search_by_date: stories and
 * comments ("hn:ITEMID"). The cursor is the newest created_at_i, sent back
 * as numericFilters so that a run asks only for what is new.
 *
 * The filter is created_at_i>=T, not >T: Algolia indexes a hit a while after
 * it is posted, so a hit posted in the same second as the newest of the last
 * run may not have been there then. Those the last run did see come again
 * and are dropped by the state's seen ids.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/api/v1/search_by_date") || scrm_adapt_path_has(url, "hn.algolia.com/");
}

static bool sniff(json_t *doc)
{
	json_t *hits = json_object_get(doc, "hits");
	if (!json_is_array(hits) || !json_object_get(doc, "nbHits"))
		return false;
	json_t *h = json_array_get(hits, 0);
	return !h || (json_object_get(h, "objectID") && json_object_get(h, "created_at_i"));
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	if (query)
		scrm_adapt_url_param(u, "query", query, false);
	if (cursor) {
		scrm_buf b = SCRM_BUF_INIT;
		scrm_buf_printf(&b, "created_at_i>=%s", cursor);
		scrm_adapt_url_param(u, "numericFilters", b.data, true);
		scrm_buf_free(&b);
	}
	return query != NULL;
}

static void map_hit(json_t *h, const void *arg, scrm_mention *m)
{
	scrm_buf b = SCRM_BUF_INIT;
	const char *oid = scrm_adapt_str(h, "objectID");
	scrm_adapt_set_prefixed(&m->id, "hn:", json_object_get(h, "objectID"));
	scrm_mention_set_cstr(&m->source, "hn");
	scrm_mention_set_cstr(&m->channel, "Hacker News");
	if (oid) {
		scrm_buf_printf(&b, "https://news.ycombinator.com/item?id=%s", oid);
		scrm_mention_set(&m->url, b.data, b.len);
	}
	if (json_is_integer(json_object_get(h, "created_at_i")))
		scrm_adapt_set_date(&m->created_at, json_object_get(h, "created_at_i"));
	else
		scrm_adapt_set_date(&m->created_at, json_object_get(h, "created_at"));
	scrm_adapt_set(&m->title, json_object_get(h, "title"));
	scrm_adapt_set_html(&m->text, json_object_get(h, "comment_text"));
	if (!m->text)
		scrm_adapt_set_html(&m->text, json_object_get(h, "story_text"));
	if (!m->text)
		scrm_adapt_set(&m->text, json_object_get(h, "title"));
	scrm_adapt_set_prefixed(&m->in_reply_to, "hn:", json_object_get(h, "parent_id"));
	const char *author = scrm_adapt_str(h, "author");
	if (author) {
		scrm_mention_set_cstr(&m->author.handle, author);
		scrm_buf_clear(&b);
		scrm_buf_printf(&b, "https://news.ycombinator.com/user?id=%s", author);
		scrm_mention_set(&m->author.url, b.data, b.len);
	}
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(h, "points"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(h, "num_comments"));
	scrm_buf_free(&b);
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *hits = json_object_get(doc, "hits");
	if (!json_is_array(hits)) {
		*err = "not an Algolia search result";
		return false;
	}
	size_t i;
	json_t *h;
	json_array_foreach(hits, i, h) {
		if (!json_is_object(h))
			continue;
		scrm_adapt_max_id(&pg->cursor, json_object_get(h, "created_at_i"));
		if (!scrm_adapt_emit(h, NULL, map_hit, sink, ctx))
			break;
	}
	int64_t page = scrm_adapt_int(doc, "page"), pages = scrm_adapt_int(doc, "nbPages");
	if (page >= 0 && page + 1 < pages && pg->url) {
		char num[32];
		snprintf(num, sizeof num, "%" PRId64, page + 1);
		pg->next_url = scrm_adapt_url_with(pg->url, "page", num);
	}
	return true;
}

const scrm_adapter scrm_adapter_hn = { "hn", match_url, sniff, prepare, parse };
