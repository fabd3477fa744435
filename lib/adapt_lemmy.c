/*
 * adapt_lemmy.c - Lemmy's /api/v3/search and /api/v3/post/list (and
 * comment/list). Ids use the ActivityPub id, the same on every instance:
 * "lemmy:https://lemmy.ml/post/123".
 *
 * No recorded real response was available; the shape follows Lemmy 0.19's
 * API types (PostView, CommentView) and is tested on a hand-written document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/api/v3/search") || scrm_adapt_path_has(url, "/api/v3/post/list") ||
	       scrm_adapt_path_has(url, "/api/v3/comment/list");
}

static bool is_view(json_t *v, const char *what)
{
	return json_is_object(json_object_get(v, what)) && json_is_object(json_object_get(v, "creator"));
}

static bool sniff(json_t *doc)
{
	json_t *posts = json_object_get(doc, "posts"), *comments = json_object_get(doc, "comments");
	return (json_is_array(posts) && is_view(json_array_get(posts, 0), "post")) ||
	       (json_is_array(comments) && is_view(json_array_get(comments, 0), "comment"));
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	char *path = NULL;
	bool search = curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK && path && strstr(path, "/search");
	curl_free(path);
	scrm_adapt_url_param(u, "sort", "New", false);
	if (search) {
		if (query)
			scrm_adapt_url_param(u, "q", query, false);
		scrm_adapt_url_param(u, "type_", "All", false);
	}
	return search && query;
}

static void map_common(json_t *v, json_t *item, scrm_mention *m)
{
	scrm_adapt_set_prefixed(&m->id, "lemmy:", json_object_get(item, "ap_id"));
	scrm_mention_set_cstr(&m->source, "lemmy");
	json_t *c = json_object_get(v, "community");
	scrm_adapt_set(&m->channel, json_object_get(c, "title"));
	if (!m->channel)
		scrm_adapt_set(&m->channel, json_object_get(c, "name"));
	scrm_adapt_set(&m->url, json_object_get(item, "ap_id"));
	scrm_adapt_set_date(&m->created_at, json_object_get(item, "published"));
	json_t *a = json_object_get(v, "creator");
	scrm_adapt_set(&m->author.id, json_object_get(a, "actor_id"));
	scrm_adapt_set(&m->author.handle, json_object_get(a, "name"));
	scrm_adapt_set(&m->author.name, json_object_get(a, "display_name"));
	scrm_adapt_set(&m->author.url, json_object_get(a, "actor_id"));
	json_t *counts = json_object_get(v, "counts");
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(counts, "score"));
}

static void map_post(json_t *v, const void *arg, scrm_mention *m)
{
	json_t *p = json_object_get(v, "post");
	map_common(v, p, m);
	scrm_adapt_set(&m->title, json_object_get(p, "name"));
	const char *body = scrm_adapt_str(p, "body");
	if (body && *body)
		scrm_mention_set_cstr(&m->text, body);
	else
		scrm_adapt_set(&m->text, json_object_get(p, "name"));
	scrm_adapt_set_count(&m->metrics.replies, scrm_adapt_get(v, "counts.comments"));
}

static void map_comment(json_t *v, const void *arg, scrm_mention *m)
{
	json_t *c = json_object_get(v, "comment");
	map_common(v, c, m);
	scrm_adapt_set(&m->text, json_object_get(c, "content"));
	/* path "0.POST_COMMENT...": a top-level comment answers the post itself. */
	const char *path = scrm_adapt_str(c, "path");
	if (path && strchr(path, '.') == strrchr(path, '.'))
		scrm_adapt_set_prefixed(&m->in_reply_to, "lemmy:", scrm_adapt_get(v, "post.ap_id"));
	scrm_adapt_set_count(&m->metrics.replies, scrm_adapt_get(v, "counts.child_count"));
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *posts = json_object_get(doc, "posts"), *comments = json_object_get(doc, "comments");
	if (!json_is_array(posts) && !json_is_array(comments)) {
		*err = "not a Lemmy search or list response";
		return false;
	}
	bool more = true;
	size_t i;
	json_t *v;
	json_array_foreach(posts, i, v)
		if (more && is_view(v, "post"))
			more = scrm_adapt_emit(v, NULL, map_post, sink, ctx);
	json_array_foreach(comments, i, v)
		if (more && is_view(v, "comment"))
			more = scrm_adapt_emit(v, NULL, map_comment, sink, ctx);
	const char *next = scrm_adapt_str(doc, "next_page");
	if (next && *next && pg->url)
		pg->next_url = scrm_adapt_url_with(pg->url, "page_cursor", next);
	return true;
}

const scrm_adapter scrm_adapter_lemmy = { "lemmy", match_url, sniff, prepare, parse };
