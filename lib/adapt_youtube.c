/*
 * adapt_youtube.c - YouTube Data API v3 commentThreads: each thread's top
 * comment and the replies the response includes ("youtube:COMMENTID").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "msg.h"

static bool match_url(const char *url)
{
	return scrm_adapt_path_has(url, "/youtube/v3/commentThreads");
}

static bool sniff(json_t *doc)
{
	const char *kind = scrm_adapt_str(doc, "kind");
	return kind && strcmp(kind, "youtube#commentThreadListResponse") == 0;
}

static bool prepare(CURLU *u, const char *query, const char *cursor)
{
	if (query)
		scrm_adapt_url_param(u, "searchTerms", query, false);
	scrm_adapt_url_param(u, "part", "snippet,replies", false);
	scrm_adapt_url_param(u, "order", "time", false);
	return query != NULL;
}

static void map_comment(json_t *c, const void *arg, scrm_mention *m)
{
	json_t *thread = (json_t *)arg;
	json_t *s = json_object_get(c, "snippet");
	const char *id = scrm_adapt_str(c, "id");
	const char *video = scrm_adapt_str(s, "videoId");
	scrm_adapt_set_prefixed(&m->id, "youtube:", json_object_get(c, "id"));
	scrm_mention_set_cstr(&m->source, "youtube");
	if (video) {
		scrm_buf b = SCRM_BUF_INIT;
		scrm_buf_printf(&b, "https://www.youtube.com/watch?v=%s", video);
		scrm_mention_set(&m->channel, b.data, b.len);
		if (id)
			scrm_buf_printf(&b, "&lc=%s", id);
		scrm_mention_set(&m->url, b.data, b.len);
		scrm_buf_free(&b);
	}
	scrm_adapt_set_date(&m->created_at, json_object_get(s, "publishedAt"));
	scrm_adapt_set(&m->text, json_object_get(s, "textOriginal"));
	if (!m->text)
		scrm_adapt_set_html(&m->text, json_object_get(s, "textDisplay"));
	scrm_adapt_set_prefixed(&m->in_reply_to, "youtube:", json_object_get(s, "parentId"));
	scrm_adapt_set(&m->author.id, scrm_adapt_get(s, "authorChannelId.value"));
	scrm_adapt_set(&m->author.name, json_object_get(s, "authorDisplayName"));
	scrm_adapt_set(&m->author.url, json_object_get(s, "authorChannelUrl"));
	scrm_adapt_set_count(&m->metrics.likes, json_object_get(s, "likeCount"));
	if (thread)
		scrm_adapt_set_count(&m->metrics.replies, scrm_adapt_get(thread, "snippet.totalReplyCount"));
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	json_t *items = json_object_get(doc, "items");
	if (!json_is_array(items)) {
		*err = "not a YouTube commentThreads response";
		return false;
	}
	bool more = true;
	size_t i, j;
	json_t *t, *r;
	json_array_foreach(items, i, t) {
		json_t *top = scrm_adapt_get(t, "snippet.topLevelComment");
		if (!more || !json_is_object(top))
			continue;
		more = scrm_adapt_emit(top, t, map_comment, sink, ctx);
		json_array_foreach(scrm_adapt_get(t, "replies.comments"), j, r)
			if (more && json_is_object(r))
				more = scrm_adapt_emit(r, NULL, map_comment, sink, ctx);
	}
	const char *next = scrm_adapt_str(doc, "nextPageToken");
	if (next && *next && pg->url)
		pg->next_url = scrm_adapt_url_with(pg->url, "pageToken", next);
	return true;
}

const scrm_adapter scrm_adapter_youtube = { "youtube", match_url, sniff, prepare, parse };
