/* mention.c - a collected mention and its serialisation as a record line. */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "jw.h"
#include "msg.h"
#include "utf8.h"

void
scrm_mention_init(scrm_mention *m)
{
	memset(m, 0, sizeof *m);
	m->author.followers = m->author.following = m->author.posts = -1;
	m->author.verified = -1;
	m->metrics.likes = m->metrics.shares = m->metrics.replies = m->metrics.views = -1;
}

void
scrm_mention_clear(scrm_mention *m)
{
	char **strings[] = {
		&m->id, &m->source, &m->channel, &m->group, &m->url, &m->created_at,
		&m->fetched_at, &m->lang, &m->title, &m->text, &m->in_reply_to, &m->query,
		&m->author.id, &m->author.handle, &m->author.name, &m->author.url,
		&m->author.location,
	};

	for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
		free(*strings[i]);
	scrm_mention_init(m);
}

void
scrm_mention_set(char **field, const char *s, size_t n)
{
	static const char replacement[] = "\xEF\xBF\xBD";   /* U+FFFD */
	scrm_buf b = SCRM_BUF_INIT;
	size_t i = 0;

	free(*field);
	*field = NULL;
	if (s == NULL)
		return;
	scrm_buf_reserve(&b, n);
	while (i < n) {
		size_t k = scrm_utf8_seq_len((const unsigned char *)s + i, n - i);
		if (k == 0) {
			scrm_buf_append(&b, replacement, 3);
			i++;
		} else {
			scrm_buf_append(&b, s + i, k);
			i += k;
		}
	}
	*field = b.data;   /* reserved, so never NULL, and terminated even when s is empty */
}

void
scrm_mention_set_cstr(char **field, const char *s)
{
	scrm_mention_set(field, s, s ? strlen(s) : 0);
}

static void
put_string(scrm_jw *w, const char *key, const char *value)
{
	if (value == NULL)
		return;
	scrm_jw_key(w, key);
	scrm_jw_cstring(w, value);
}

static void
put_count(scrm_jw *w, const char *key, int64_t value)
{
	if (value < 0)
		return;
	scrm_jw_key(w, key);
	scrm_jw_int(w, value);
}

static bool
author_known(const scrm_mention_author *a)
{
	return a->id || a->handle || a->name || a->url || a->location || a->followers >= 0 ||
	       a->following >= 0 || a->posts >= 0 || a->verified >= 0;
}

void
scrm_mention_to_json(const scrm_mention *m, scrm_buf *out)
{
	scrm_jw w;

	scrm_jw_init(&w, out);
	scrm_jw_object_begin(&w);
	put_string(&w, "id", m->id);
	put_string(&w, "source", m->source);
	put_string(&w, "channel", m->channel);
	put_string(&w, "group", m->group);
	put_string(&w, "url", m->url);
	put_string(&w, "created_at", m->created_at);
	put_string(&w, "fetched_at", m->fetched_at);
	put_string(&w, "lang", m->lang);
	put_string(&w, "title", m->title);
	put_string(&w, "text", m->text);
	if (author_known(&m->author)) {
		const scrm_mention_author *a = &m->author;
		scrm_jw_key(&w, "author");
		scrm_jw_object_begin(&w);
		put_string(&w, "id", a->id);
		put_string(&w, "handle", a->handle);
		put_string(&w, "name", a->name);
		put_string(&w, "url", a->url);
		put_count(&w, "followers", a->followers);
		put_count(&w, "following", a->following);
		put_count(&w, "posts", a->posts);
		if (a->verified >= 0) {
			scrm_jw_key(&w, "verified");
			scrm_jw_bool(&w, a->verified > 0);
		}
		put_string(&w, "location", a->location);
		scrm_jw_object_end(&w);
	}
	if (m->metrics.likes >= 0 || m->metrics.shares >= 0 || m->metrics.replies >= 0 ||
	    m->metrics.views >= 0) {
		scrm_jw_key(&w, "metrics");
		scrm_jw_object_begin(&w);
		put_count(&w, "likes", m->metrics.likes);
		put_count(&w, "shares", m->metrics.shares);
		put_count(&w, "replies", m->metrics.replies);
		put_count(&w, "views", m->metrics.views);
		scrm_jw_object_end(&w);
	}
	put_string(&w, "in_reply_to", m->in_reply_to);
	put_string(&w, "query", m->query);
	scrm_jw_object_end(&w);
}
