/*
 * adapt_discourse.c - Discourse forums: /search.json (and /search/query.json),
 * /latest.json (topics) and /posts.json (latest posts). Ids carry the forum:
 * "discourse:HOST:post:ID" and "discourse:HOST:topic:ID".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"
#include "url.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/search.json") || scrm_adapt_path_has(url, "/search/query.json") ||
	       scrm_adapt_path_has(url, "/latest.json") || scrm_adapt_path_has(url, "/posts.json");
}

static bool sniff(json_t *doc)
{
	return json_is_array(scrm_adapt_get(doc, "topic_list.topics")) ||
	       json_is_array(json_object_get(doc, "latest_posts")) ||
	       (json_is_object(json_object_get(doc, "grouped_search_result")) &&
	        json_is_array(json_object_get(doc, "posts")));
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	char *path = NULL;
	bool search = curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK && path && strstr(path, "/search");
	bool legacy = search && strstr(path, "/search/query");
	curl_free(path);
	if (search && query)
		scrm_adapt_url_param(u, legacy ? "term" : "q", query, false);
	return search && query;
}

typedef struct forum {
	const char *base;      /* the page's URL (for links), or NULL */
	char *host;            /* for ids: the forum's host, "local" for a file */
	json_t *topics;        /* topics of a search result, for titles and slugs */
	json_t *users;
} forum;

static json_t *find_by_id(json_t *array, json_t *id)
{
	size_t i;
	json_t *e;
	if (!json_is_integer(id))
		return NULL;
	json_array_foreach(array, i, e)
		if (json_integer_value(json_object_get(e, "id")) == json_integer_value(id))
			return e;
	return NULL;
}

static void set_link(const forum *f, char **field, const char *slug, json_t *topic_id, json_t *post_number)
{
	if (!f->base || !slug || !json_is_integer(topic_id))
		return;
	scrm_buf rel = SCRM_BUF_INIT, abs = SCRM_BUF_INIT;
	scrm_buf_printf(&rel, "/t/%s/%lld", slug, (long long)json_integer_value(topic_id));
	if (json_is_integer(post_number))
		scrm_buf_printf(&rel, "/%lld", (long long)json_integer_value(post_number));
	if (scrm_url_resolve(f->base, rel.data, &abs))
		scrm_mention_set(field, abs.data, abs.len);
	scrm_buf_free(&rel);
	scrm_buf_free(&abs);
}

static void set_id(const forum *f, char **field, const char *kind, json_t *id)
{
	char prefix[300];
	snprintf(prefix, sizeof prefix, "discourse:%s:%s:", f->host, kind);
	scrm_adapt_set_prefixed(field, prefix, id);
}

static void map_post(json_t *p, const void *arg, scrm_mention *m)
{
	const forum *f = arg;
	set_id(f, &m->id, "post", json_object_get(p, "id"));
	scrm_mention_set_cstr(&m->source, "discourse");
	scrm_mention_set_cstr(&m->channel, f->host);
	json_t *topic = find_by_id(f->topics, json_object_get(p, "topic_id"));
	const char *slug = scrm_adapt_str(p, "topic_slug");
	if (!slug)
		slug = scrm_adapt_str(topic, "slug");
	set_link(f, &m->url, slug, json_object_get(p, "topic_id"), json_object_get(p, "post_number"));
	scrm_adapt_set_date(&m->created_at, json_object_get(p, "created_at"));
	scrm_adapt_set(&m->title, json_object_get(p, "topic_title"));
	if (!m->title)
		scrm_adapt_set(&m->title, json_object_get(topic, "title"));
	scrm_adapt_set_html(&m->text, json_object_get(p, "cooked"));
	if (!m->text)
		scrm_adapt_set_html(&m->text, json_object_get(p, "blurb"));
	scrm_adapt_set(&m->author.handle, json_object_get(p, "username"));
	scrm_adapt_set(&m->author.name, json_object_get(p, "name"));
	if (json_is_integer(json_object_get(p, "user_id")))
		set_id(f, &m->author.id, "user", json_object_get(p, "user_id"));
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(p, "like_count"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(p, "reply_count"));
}

/* A topic of /latest.json: its first post stands for it. */
static void map_topic(json_t *t, const void *arg, scrm_mention *m)
{
	const forum *f = arg;
	set_id(f, &m->id, "topic", json_object_get(t, "id"));
	scrm_mention_set_cstr(&m->source, "discourse");
	scrm_mention_set_cstr(&m->channel, f->host);
	set_link(f, &m->url, scrm_adapt_str(t, "slug"), json_object_get(t, "id"), NULL);
	scrm_adapt_set_date(&m->created_at, json_object_get(t, "created_at"));
	scrm_adapt_set(&m->title, json_object_get(t, "title"));
	scrm_adapt_set_html(&m->text, json_object_get(t, "excerpt"));
	if (!m->text)
		scrm_adapt_set(&m->text, json_object_get(t, "title"));
	/* The original poster is the poster whose description says so. */
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(t, "posters"), i, p) {
		const char *d = scrm_adapt_str(p, "description");
		if (d && strstr(d, "Original Poster")) {
			json_t *u = find_by_id(f->users, json_object_get(p, "user_id"));
			scrm_adapt_set(&m->author.handle, json_object_get(u, "username"));
			scrm_adapt_set(&m->author.name, json_object_get(u, "name"));
			set_id(f, &m->author.id, "user", json_object_get(p, "user_id"));
			break;
		}
	}
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(t, "like_count"));
	scrm_adapt_set_count(&m->metrics.replies, json_object_get(t, "reply_count"));
	scrm_adapt_set_count(&m->metrics.views, json_object_get(t, "views"));
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	forum f = { pg->url, scrm_adapt_host(pg->url), json_object_get(doc, "topics"), json_object_get(doc, "users") };
	if (!f.host)
		f.host = scrm_xstrdup("local");
	json_t *list = json_object_get(doc, "latest_posts");
	if (!json_is_array(list))
		list = json_object_get(doc, "posts");
	json_t *topics = scrm_adapt_get(doc, "topic_list.topics");
	if (!json_is_array(list) && !json_is_array(topics)) {
		free(f.host);
		*err = "not a Discourse search, latest or posts response";
		return false;
	}
	size_t i;
	json_t *e;
	json_array_foreach(json_is_array(list) ? list : topics, i, e)
		if (json_is_object(e) && !scrm_adapt_emit(e, &f, json_is_array(list) ? map_post : map_topic, sink, ctx))
			break;
	const char *next = scrm_adapt_str(doc, "topic_list.more_topics_url");
	if (next && pg->url) {
		scrm_buf b = SCRM_BUF_INIT;
		/* Newer forums send "/latest?page=1", which is the HTML page. */
		size_t path_len = strcspn(next, "?#");
		if (path_len < 5 || memcmp(next + path_len - 5, ".json", 5) != 0) {
			scrm_buf fixed = SCRM_BUF_INIT;
			scrm_buf_append(&fixed, next, path_len);
			scrm_buf_printf(&fixed, ".json%s", next + path_len);
			if (scrm_url_resolve(pg->url, fixed.data, &b))
				pg->next_url = scrm_xstrdup(b.data);
			scrm_buf_free(&fixed);
		} else if (scrm_url_resolve(pg->url, next, &b)) {
			pg->next_url = scrm_xstrdup(b.data);
		}
		scrm_buf_free(&b);
	}
	free(f.host);
	return true;
}

const scrm_adapter scrm_adapter_discourse = { "discourse", match_url, sniff, prepare, parse };
