/*
 * adapt_bluesky.c - Bluesky app.bsky.feed.searchPosts, the app-password
 * session (com.atproto.server.createSession) that search needs, and the
 * authors' profiles (app.bsky.actor.getProfiles) that give their audience.
 *
 * The "!no-unauthenticated" self-label asks clients not to show the
 * author's content to people who are not logged in. We honour it this way:
 * a post (or a post by an author) carrying it is kept only when the
 * response was fetched with the user's own session -- the analyst is then a
 * logged-in reader, as in the app. From a replayed file or an anonymous
 * request such posts are dropped (and counted), never emitted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/xrpc/app.bsky.feed.searchPosts");
}

static bool sniff(json_t *doc)
{
	json_t *posts = json_object_get(doc, "posts");
	if (!json_is_array(posts) || json_array_size(posts) == 0)
		return false;
	const char *uri = scrm_adapt_str(json_array_get(posts, 0), "uri");
	return uri && strncmp(uri, "at://", 5) == 0 && scrm_adapt_get(json_array_get(posts, 0), "record");
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	if (query)
		scrm_adapt_url_param(u, "q", query, false);
	if (cursor)
		scrm_adapt_url_param(u, "since", cursor, true);
	scrm_adapt_url_param(u, "sort", "latest", false);
	return query != NULL;
}

static bool has_label(json_t *labels, const char *val)
{
	size_t i;
	json_t *l;
	json_array_foreach(labels, i, l) {
		const char *v = scrm_adapt_str(l, "val");
		if (v && strcmp(v, val) == 0)
			return true;
	}
	return false;
}

static void map_post(json_t *p, const void *arg, scrm_mention *m)
{
	const char *uri = scrm_adapt_str(p, "uri");
	const char *handle = scrm_adapt_str(p, "author.handle");
	scrm_adapt_set_prefixed(&m->id, "bluesky:", json_object_get(p, "uri"));
	scrm_mention_set_cstr(&m->source, "bluesky");
	scrm_mention_set_cstr(&m->channel, "bsky.app");
	const char *rkey = uri ? strrchr(uri, '/') : NULL;
	scrm_buf b = SCRM_BUF_INIT;
	if (handle && rkey) {
		scrm_buf_printf(&b, "https://bsky.app/profile/%s/post/%s", handle, rkey + 1);
		scrm_mention_set(&m->url, b.data, b.len);
	}
	json_t *rec = json_object_get(p, "record");
	scrm_adapt_set_date(&m->created_at, json_object_get(rec, "createdAt"));
	scrm_adapt_set(&m->lang, scrm_adapt_get(rec, "langs.0"));
	scrm_adapt_set(&m->text, json_object_get(rec, "text"));
	scrm_adapt_set_prefixed(&m->in_reply_to, "bluesky:", scrm_adapt_get(rec, "reply.parent.uri"));

	json_t *a = json_object_get(p, "author");
	scrm_adapt_set(&m->author.id, json_object_get(a, "did"));
	scrm_adapt_set(&m->author.handle, json_object_get(a, "handle"));
	const char *dn = scrm_adapt_str(a, "displayName");
	if (dn && *dn)
		scrm_mention_set_cstr(&m->author.name, dn);
	if (handle) {
		scrm_buf_clear(&b);
		scrm_buf_printf(&b, "https://bsky.app/profile/%s", handle);
		scrm_mention_set(&m->author.url, b.data, b.len);
	}
	scrm_adapt_set_count(&m->author.followers, json_object_get(a, "followersCount"));
	scrm_adapt_set_count(&m->author.following, json_object_get(a, "followsCount"));
	scrm_adapt_set_count(&m->author.posts, json_object_get(a, "postsCount"));
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(p, "likeCount"));
	scrm_adapt_set_count(&m->metrics.shares, json_object_get(p, "repostCount"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(p, "replyCount"));
	scrm_buf_free(&b);
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *posts = json_object_get(doc, "posts");
	if (!json_is_array(posts)) {
		*err = "not a Bluesky searchPosts response";
		return false;
	}
	size_t i;
	json_t *p;
	json_array_foreach(posts, i, p) {
		if (!json_is_object(p))
			continue;
		if (!pg->authenticated && (has_label(json_object_get(p, "labels"), "!no-unauthenticated") ||
		                           has_label(scrm_adapt_get(p, "author.labels"), "!no-unauthenticated"))) {
			pg->dropped++;
			continue;
		}
		/* searchPosts filters on "since" by date: the newest date is the cursor. */
		char *date = NULL;
		scrm_adapt_set_date(&date, scrm_adapt_get(p, "record.createdAt"));
		if (date && (!pg->cursor || strcmp(date, pg->cursor) > 0)) {
			free(pg->cursor);
			pg->cursor = date;
		} else {
			free(date);
		}
		if (!scrm_adapt_emit(p, NULL, map_post, sink, ctx))
			break;
	}
	const char *cursor = scrm_adapt_str(doc, "cursor");
	if (cursor && *cursor && pg->url)
		pg->next_url = scrm_adapt_url_with(pg->url, "cursor", cursor);
	return true;
}

const scrm_adapter scrm_adapter_bluesky = { "bluesky", match_url, sniff, prepare, parse };

/* A URL for another XRPC method beside url: whatever comes before /xrpc/
 * (a proxy's prefix) kept, the query dropped. NULL when url is not one. */
static CURLU *xrpc_url(const char *url, const char *method)
{
	CURLU *u = curl_url();
	char *path = NULL;
	bool ok = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	          curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK && path;
	if (ok) {
		char *x = strstr(path, "/xrpc/");
		scrm_buf p = SCRM_BUF_INIT;
		scrm_buf_append(&p, path, x ? (size_t)(x - path) : 0);
		scrm_buf_printf(&p, "/xrpc/%s", method);
		ok = curl_url_set(u, CURLUPART_PATH, p.data, 0) == CURLUE_OK &&
		     curl_url_set(u, CURLUPART_QUERY, NULL, 0) == CURLUE_OK;
		scrm_buf_free(&p);
	}
	curl_free(path);
	if (!ok) {
		curl_url_cleanup(u);
		return NULL;
	}
	return u;
}

/* The URL of u as a new string (u is freed), NULL on failure. */
static char *url_string(CURLU *u)
{
	char *s = NULL, *out = NULL;
	if (u && curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK && s)
		out = scrm_xstrdup(s);
	curl_free(s);
	curl_url_cleanup(u);
	return out;
}

char *scrm_bluesky_session_url(const char *search_url)
{
	return url_string(xrpc_url(search_url, "com.atproto.server.createSession"));
}

char *scrm_bluesky_profiles_url(const char *search_url, const char *const *dids, size_t n)
{
	CURLU *u = xrpc_url(search_url, "app.bsky.actor.getProfiles");
	scrm_buf p = SCRM_BUF_INIT;
	for (size_t i = 0; u && i < n; i++) {
		scrm_buf_clear(&p);
		scrm_buf_printf(&p, "actors=%s", dids[i]);
		if (curl_url_set(u, CURLUPART_QUERY, p.data, CURLU_APPENDQUERY | CURLU_URLENCODE) != CURLUE_OK) {
			curl_url_cleanup(u);
			u = NULL;
		}
	}
	scrm_buf_free(&p);
	return url_string(u);
}

bool scrm_bluesky_apply_profiles(const char *body, size_t len, scrm_mention *ms, size_t n)
{
	json_t *doc = json_loadb(body, len, 0, NULL);
	json_t *profiles = json_object_get(doc, "profiles");
	bool ok = json_is_array(profiles);
	size_t i;
	json_t *p;
	json_array_foreach(profiles, i, p) {
		const char *did = scrm_adapt_str(p, "did");
		for (size_t k = 0; did && k < n; k++)
			if (ms[k].author.id && strcmp(ms[k].author.id, did) == 0) {
				scrm_adapt_set_count(&ms[k].author.followers, json_object_get(p, "followersCount"));
				scrm_adapt_set_count(&ms[k].author.following, json_object_get(p, "followsCount"));
				scrm_adapt_set_count(&ms[k].author.posts, json_object_get(p, "postsCount"));
			}
	}
	json_decref(doc);
	return ok;
}

char *scrm_bluesky_session_body(const char *handle, const char *password)
{
	json_t *o = json_pack("{s:s, s:s}", "identifier", handle, "password", password);
	char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
	json_decref(o);
	if (!s)
		return NULL;
	char *out = scrm_xstrdup(s);
	free(s);
	return out;
}

char *scrm_bluesky_access_token(const char *body, size_t len)
{
	json_t *doc = json_loadb(body, len, 0, NULL);
	const char *jwt = scrm_adapt_str(doc, "accessJwt");
	char *out = jwt && *jwt ? scrm_xstrdup(jwt) : NULL;
	json_decref(doc);
	return out;
}
