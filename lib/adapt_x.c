/*
 * adapt_x.c - X API v2 recent search (/2/tweets/search/recent): tweets in
 * "data", their authors in "includes.users" ("x:TWEETID").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/2/tweets/search/");
}

static bool sniff(json_t *doc)
{
	json_t *first = json_array_get(json_object_get(doc, "data"), 0);
	json_t *meta = json_object_get(doc, "meta");
	return (json_is_string(json_object_get(first, "id")) && json_is_string(json_object_get(first, "text"))) ||
	       (json_is_object(meta) && json_object_get(meta, "result_count") && !json_object_get(doc, "posts"));
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	if (query)
		scrm_adapt_url_param(u, "query", query, false);
	if (cursor)
		scrm_adapt_url_param(u, "since_id", cursor, true);
	scrm_adapt_url_param(u, "tweet.fields", "created_at,author_id,lang,public_metrics,referenced_tweets", false);
	scrm_adapt_url_param(u, "expansions", "author_id", false);
	scrm_adapt_url_param(u, "user.fields", "name,username,location,verified,public_metrics,url", false);
	return query != NULL;
}

static json_t *find_user(json_t *users, const char *id)
{
	size_t i;
	json_t *u;
	json_array_foreach(users, i, u) {
		const char *uid = scrm_adapt_str(u, "id");
		if (uid && id && strcmp(uid, id) == 0)
			return u;
	}
	return NULL;
}

static void map_tweet(json_t *t, const void *arg, scrm_mention *m)
{
	json_t *users = (json_t *)arg;
	scrm_buf b = SCRM_BUF_INIT;
	const char *id = scrm_adapt_str(t, "id");
	json_t *u = find_user(users, scrm_adapt_str(t, "author_id"));
	const char *username = scrm_adapt_str(u, "username");
	scrm_adapt_set_prefixed(&m->id, "x:", json_object_get(t, "id"));
	scrm_mention_set_cstr(&m->source, "x");
	scrm_mention_set_cstr(&m->channel, "x.com");
	if (id) {
		scrm_buf_printf(&b, "https://x.com/%s/status/%s", username ? username : "i/web", id);
		scrm_mention_set(&m->url, b.data, b.len);
	}
	scrm_adapt_set_date(&m->created_at, json_object_get(t, "created_at"));
	const char *lang = scrm_adapt_str(t, "lang");
	if (lang && strcmp(lang, "und") != 0)
		scrm_mention_set_cstr(&m->lang, lang);
	scrm_adapt_set(&m->text, json_object_get(t, "text"));
	size_t i;
	json_t *r;
	json_array_foreach(json_object_get(t, "referenced_tweets"), i, r) {
		const char *type = scrm_adapt_str(r, "type");
		if (type && strcmp(type, "replied_to") == 0)
			scrm_adapt_set_prefixed(&m->in_reply_to, "x:", json_object_get(r, "id"));
	}
	scrm_adapt_set(&m->author.id, json_object_get(t, "author_id"));
	if (u) {
		scrm_adapt_set(&m->author.handle, json_object_get(u, "username"));
		scrm_adapt_set(&m->author.name, json_object_get(u, "name"));
		scrm_adapt_set(&m->author.location, json_object_get(u, "location"));
		if (username) {
			scrm_buf_clear(&b);
			scrm_buf_printf(&b, "https://x.com/%s", username);
			scrm_mention_set(&m->author.url, b.data, b.len);
		}
		scrm_adapt_set_count(&m->author.followers, scrm_adapt_get(u, "public_metrics.followers_count"));
		scrm_adapt_set_count(&m->author.following, scrm_adapt_get(u, "public_metrics.following_count"));
		scrm_adapt_set_count(&m->author.posts, scrm_adapt_get(u, "public_metrics.tweet_count"));
		json_t *v = json_object_get(u, "verified");
		if (json_is_boolean(v))
			m->author.verified = json_is_true(v);
	}
	json_t *pm = json_object_get(t, "public_metrics");
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(pm, "like_count"));
	scrm_adapt_set_count(&m->metrics.shares, json_object_get(pm, "retweet_count"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(pm, "reply_count"));
	scrm_adapt_set_count(&m->metrics.views, json_object_get(pm, "impression_count"));
	scrm_buf_free(&b);
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *data = json_object_get(doc, "data");
	if (!json_is_array(data) && !json_is_object(json_object_get(doc, "meta"))) {
		*err = "not an X API v2 search response";
		return false;
	}
	json_t *users = scrm_adapt_get(doc, "includes.users");
	size_t i;
	json_t *t;
	json_array_foreach(data, i, t) {
		if (!json_is_object(t))
			continue;
		scrm_adapt_max_id(&pg->cursor, json_object_get(t, "id"));
		if (!scrm_adapt_emit(t, users, map_tweet, sink, ctx))
			break;
	}
	const char *next = scrm_adapt_str(doc, "meta.next_token");
	if (next && *next && pg->url)
		pg->next_url = scrm_adapt_url_with(pg->url, "next_token", next);
	return true;
}

const scrm_adapter scrm_adapter_x = { "x", match_url, sniff, prepare, parse };
