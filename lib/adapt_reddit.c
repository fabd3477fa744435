/*
 * adapt_reddit.c - Reddit listings: search.json, r/SUB/new.json and comment
 * listings (kind t3 links and t1 comments). Ids are Reddit's fullnames
 * ("reddit:t3_48fbm9"), unique across the site.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	char *host = scrm_adapt_host(url);
	bool r = host && (strcmp(host, "reddit.com") == 0 ||
	                  (strlen(host) > 11 && strcmp(host + strlen(host) - 11, ".reddit.com") == 0));
	free(host);
	return r;
}

static bool sniff(json_t *doc)
{
	const char *kind = scrm_adapt_str(doc, "kind");
	return kind && strcmp(kind, "Listing") == 0 && json_is_array(scrm_adapt_get(doc, "data.children"));
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	char *path = NULL;
	bool search = curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK && path && strstr(path, "/search");
	curl_free(path);
	/* Without raw_json Reddit HTML-escapes &, < and > in every text. */
	scrm_adapt_url_param(u, "raw_json", "1", false);
	if (search) {
		if (query)
			scrm_adapt_url_param(u, "q", query, false);
		scrm_adapt_url_param(u, "sort", "new", false);
	}
	return search && query;
}

static void set_site_url(char **field, const char *path)
{
	scrm_buf b = SCRM_BUF_INIT;
	scrm_buf_puts(&b, "https://www.reddit.com");
	/* "?ref=search_posts" and the like are tracking, not identity. */
	scrm_buf_append(&b, path, strcspn(path, "?#"));
	scrm_mention_set(field, b.data, b.len);
	scrm_buf_free(&b);
}

static void map_thing(json_t *child, const void *arg, scrm_mention *m)
{
	const char *kind = scrm_adapt_str(child, "kind");
	json_t *d = json_object_get(child, "data");
	bool comment = strcmp(kind, "t1") == 0;
	if (json_is_string(json_object_get(d, "name")))
		scrm_adapt_set_prefixed(&m->id, "reddit:", json_object_get(d, "name"));
	else
		scrm_adapt_set_prefixed(&m->id, comment ? "reddit:t1_" : "reddit:t3_", json_object_get(d, "id"));
	scrm_mention_set_cstr(&m->source, "reddit");
	scrm_adapt_set_prefixed(&m->channel, "r/", json_object_get(d, "subreddit"));
	const char *permalink = scrm_adapt_str(d, "permalink");
	const char *sub = scrm_adapt_str(d, "subreddit");
	const char *link_id = scrm_adapt_str(d, "link_id");
	const char *id = scrm_adapt_str(d, "id");
	if (permalink && permalink[0] == '/') {
		set_site_url(&m->url, permalink);
	} else if (comment && sub && link_id && id && strncmp(link_id, "t3_", 3) == 0) {
		scrm_buf b = SCRM_BUF_INIT;
		scrm_buf_printf(&b, "/r/%s/comments/%s/_/%s/", sub, link_id + 3, id);
		set_site_url(&m->url, b.data);
		scrm_buf_free(&b);
	}
	scrm_adapt_set_date(&m->created_at, json_object_get(d, "created_utc"));
	if (!comment)
		scrm_adapt_set(&m->title, json_object_get(d, "title"));
	const char *body = scrm_adapt_str(d, comment ? "body" : "selftext");
	if (body && *body)
		scrm_mention_set_cstr(&m->text, body);
	else if (!comment)
		scrm_adapt_set(&m->text, json_object_get(d, "title"));
	if (comment)
		scrm_adapt_set_prefixed(&m->in_reply_to, "reddit:", json_object_get(d, "parent_id"));
	const char *author = scrm_adapt_str(d, "author");
	scrm_adapt_set(&m->author.id, json_object_get(d, "author_fullname"));
	if (author && strcmp(author, "[deleted]") != 0) {
		scrm_mention_set_cstr(&m->author.handle, author);
		scrm_buf b = SCRM_BUF_INIT;
		scrm_buf_printf(&b, "https://www.reddit.com/user/%s", author);
		scrm_mention_set(&m->author.url, b.data, b.len);
		scrm_buf_free(&b);
	}
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(d, "score"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(d, "num_comments"));
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *children = scrm_adapt_get(doc, "data.children");
	if (!json_is_array(children)) {
		*err = "not a Reddit listing";
		return false;
	}
	size_t i;
	json_t *c;
	json_array_foreach(children, i, c) {
		const char *kind = scrm_adapt_str(c, "kind");
		json_t *d = json_object_get(c, "data");
		if (!kind || !json_is_object(d) || (strcmp(kind, "t3") != 0 && strcmp(kind, "t1") != 0))
			continue;
		if (!scrm_adapt_emit(c, NULL, map_thing, sink, ctx))
			break;
	}
	const char *after = scrm_adapt_str(doc, "data.after");
	if (after && *after && pg->url)
		pg->next_url = scrm_adapt_url_with(pg->url, "after", after);
	return true;
}

const scrm_adapter scrm_adapter_reddit = { "reddit", match_url, sniff, prepare, parse };
