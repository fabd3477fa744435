/*
 * adapt_mastodon.c - Mastodon statuses: tag and public timelines (an array
 * of Status) and /api/v2/search (an object whose "statuses" holds them).
 *
 * Status ids are only unique on the instance that served them, so the
 * mention id carries that instance: "mastodon:HOST:ID".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/api/v1/timelines/") || scrm_adapt_path_has(url, "/api/v2/search");
}

static bool is_status(json_t *s)
{
	return json_is_object(s) && json_is_object(json_object_get(s, "account")) &&
	       json_object_get(s, "content") && json_object_get(s, "created_at");
}

static bool sniff(json_t *doc)
{
	if (json_is_array(doc))
		return json_array_size(doc) > 0 && is_status(json_array_get(doc, 0));
	if (is_status(doc))        /* one status: /api/v1/statuses/:id */
		return true;
	return json_is_object(doc) && json_is_array(json_object_get(doc, "statuses")) &&
	       json_is_array(json_object_get(doc, "accounts")) && json_object_get(doc, "hashtags");
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	char *path = NULL;
	bool search = curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK && path &&
	              strstr(path, "/api/v2/search");
	curl_free(path);
	if (search) {
		if (query)
			scrm_adapt_url_param(u, "q", query, false);
		scrm_adapt_url_param(u, "type", "statuses", false);
	}
	if (cursor)
		scrm_adapt_url_param(u, "since_id", cursor, true);
	return search && query;
}

/* The rel="next" target of a Link header (RFC 8288), or NULL. */
static char *link_next(const char *link)
{
	const char *p = link;
	while (p && (p = strchr(p, '<'))) {
		const char *end = strchr(p, '>');
		if (!end)
			return NULL;
		const char *stop = strchr(end, ',');
		size_t n = stop ? (size_t)(stop - end) : strlen(end);
		const char *rel = strstr(end, "rel=\"next\"");
		if (rel && rel < end + n)
			return scrm_xstrndup(p + 1, (size_t)(end - p - 1));
		p = stop;
	}
	return NULL;
}

/* The instance a replayed file came from: the host of a local account's profile. */
static char *instance_of(json_t *statuses)
{
	size_t i;
	json_t *s;
	json_array_foreach(statuses, i, s) {
		const char *acct = scrm_adapt_str(s, "account.acct");
		const char *url = scrm_adapt_str(s, "account.url");
		if (acct && !strchr(acct, '@') && url)
			return scrm_adapt_host(url);
	}
	return NULL;
}

static void map_status(json_t *s, const void *arg, scrm_mention *m)
{
	const char *host = arg;
	char prefix[300];
	snprintf(prefix, sizeof prefix, "mastodon:%s:", host);
	scrm_adapt_set_prefixed(&m->id, prefix, json_object_get(s, "id"));
	scrm_mention_set_cstr(&m->source, "mastodon");
	scrm_mention_set_cstr(&m->channel, host);
	scrm_adapt_set(&m->url, json_object_get(s, "url"));
	if (!m->url)
		scrm_adapt_set(&m->url, json_object_get(s, "uri"));
	scrm_adapt_set_date(&m->created_at, json_object_get(s, "created_at"));
	scrm_adapt_set(&m->lang, json_object_get(s, "language"));
	const char *cw = scrm_adapt_str(s, "spoiler_text");
	if (cw && *cw)
		scrm_mention_set_cstr(&m->title, cw);
	scrm_adapt_set_html(&m->text, json_object_get(s, "content"));
	scrm_adapt_set_prefixed(&m->in_reply_to, prefix, json_object_get(s, "in_reply_to_id"));

	json_t *a = json_object_get(s, "account");
	scrm_adapt_set_prefixed(&m->author.id, prefix, json_object_get(a, "id"));
	const char *acct = scrm_adapt_str(a, "acct");
	if (acct) {
		scrm_buf h = SCRM_BUF_INIT;
		scrm_buf_printf(&h, "@%s", acct);
		if (!strchr(acct, '@'))
			scrm_buf_printf(&h, "@%s", host);   /* a local account: make the handle global */
		scrm_mention_set(&m->author.handle, h.data, h.len);
		scrm_buf_free(&h);
	}
	const char *dn = scrm_adapt_str(a, "display_name");
	if (dn && *dn)
		scrm_mention_set_cstr(&m->author.name, dn);
	scrm_adapt_set(&m->author.url, json_object_get(a, "url"));
	scrm_adapt_set_count(&m->author.followers, json_object_get(a, "followers_count"));
	scrm_adapt_set_count(&m->author.following, json_object_get(a, "following_count"));
	scrm_adapt_set_count(&m->author.posts, json_object_get(a, "statuses_count"));
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(s, "favourites_count"));
	scrm_adapt_set_count(&m->metrics.shares, json_object_get(s, "reblogs_count"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(s, "replies_count"));
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *statuses = json_is_array(doc) ? json_incref(doc)
	                 : is_status(doc) ? json_pack("[O]", doc) : json_incref(json_object_get(doc, "statuses"));
	if (!json_is_array(statuses)) {
		json_decref(statuses);
		*err = "not a Mastodon timeline or search result";
		return false;
	}
	char *host = pg->url ? scrm_adapt_host(pg->url) : instance_of(statuses);
	if (!host)
		host = scrm_xstrdup("unknown");
	size_t i;
	json_t *s;
	json_array_foreach(statuses, i, s) {
		if (!is_status(s))
			continue;
		scrm_adapt_max_id(&pg->cursor, json_object_get(s, "id"));
		/* A boost shares someone else's status: the mention is that status. */
		json_t *orig = json_object_get(s, "reblog");
		if (!scrm_adapt_emit(is_status(orig) ? orig : s, host, map_status, sink, ctx))
			break;
	}
	if (pg->link)
		pg->next_url = link_next(pg->link);
	free(host);
	json_decref(statuses);
	return true;
}

const scrm_adapter scrm_adapter_mastodon = { "mastodon", match_url, sniff, prepare, parse };
