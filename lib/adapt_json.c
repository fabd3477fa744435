/*
 * adapt_json.c - any JSON API, through a mapping file the user writes:
 *
 *	# where the items are (empty or "." : the document is the array)
 *	items = data.children
 *	id = data.id
 *	id_prefix = myapi:
 *	text_html = data.body_html
 *	created_at = data.created_utc
 *	author.handle = data.author
 *	next = paging.next           (a path whose value is the next page's URL)
 *	query_param = q              (where -q goes in the request URL)
 *
 * Keys name mention fields (id url created_at lang title text channel
 * in_reply_to, author.id author.handle author.name author.url
 * author.location, author.followers author.following author.posts,
 * metrics.likes metrics.shares metrics.replies metrics.views); text_html
 * and title_html take HTML and keep its text. Values are dotted paths
 * inside one item (numbers index arrays). Dates may be strings or epoch
 * seconds. url and author.url are resolved against the page's URL, as a
 * feed's links are, and kept when that makes them http(s) URLs.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "fetch_conf.h"
#include "msg.h"
#include "url.h"

enum { F_ID, F_URL, F_CREATED, F_LANG, F_TITLE, F_TITLE_HTML, F_TEXT, F_TEXT_HTML, F_CHANNEL, F_REPLY,
       F_AID, F_AHANDLE, F_ANAME, F_AURL, F_ALOC, F_AFOLLOWERS, F_AFOLLOWING, F_APOSTS,
       F_LIKES, F_SHARES, F_REPLIES, F_VIEWS, F_ITEMS, F_PREFIX, F_NEXT, F_QUERY, NFIELDS };

static const char *const keys[NFIELDS] = {
	"id", "url", "created_at", "lang", "title", "title_html", "text", "text_html", "channel", "in_reply_to",
	"author.id", "author.handle", "author.name", "author.url", "author.location", "author.followers",
	"author.following", "author.posts", "metrics.likes", "metrics.shares", "metrics.replies",
	"metrics.views", "items", "id_prefix", "next", "query_param",
};

struct scrm_jmap {
	char *v[NFIELDS];
};

static const char *map_line(void *ud, const char *key, const char *value)
{
	scrm_jmap *m = ud;
	for (size_t k = 0; k < NFIELDS; k++)
		if (strcmp(keys[k], key) == 0) {
			free(m->v[k]);
			m->v[k] = scrm_xstrdup(value);
			return NULL;
		}
	return "unknown key (see scrm-fetch(1), -m)";
}

scrm_jmap *scrm_jmap_load(const char *path, scrm_buf *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
		return NULL;
	}
	scrm_jmap *m = scrm_xcalloc(1, sizeof *m);
	bool ok = scrm_conf_read(fp, path, map_line, m, err);
	fclose(fp);
	if (ok && !m->v[F_TEXT] && !m->v[F_TEXT_HTML] && !m->v[F_TITLE]) {
		scrm_buf_printf(err, "%s: the mapping gives no text, text_html or title", path);
		ok = false;
	}
	if (!ok) {
		scrm_jmap_free(m);
		return NULL;
	}
	return m;
}

void scrm_jmap_free(scrm_jmap *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < NFIELDS; i++)
		free(m->v[i]);
	free(m);
}

const char *scrm_jmap_query_param(const scrm_jmap *m)
{
	return m ? m->v[F_QUERY] : NULL;
}

static json_t *at(const scrm_jmap *map, json_t *item, int f)
{
	return map->v[f] ? scrm_adapt_get(item, map->v[f]) : NULL;
}

/* What mapping one item needs: the mapping, and the URL links are relative to. */
typedef struct item_ctx {
	const scrm_jmap *map;
	const char *base;
} item_ctx;

/* Sets *field to the link v resolved against base, when that gives an http(s)
 * URL: scrm-mention(5) wants an absolute url ("/reviews/1" is not one). */
static void set_link(char **field, json_t *v, const char *base)
{
	if (!json_is_string(v))
		return;
	scrm_buf b = SCRM_BUF_INIT;
	scrm_url_resolve(base, json_string_value(v), &b);
	if (b.data && scrm_url_is_http(b.data))
		scrm_mention_set(field, b.data, b.len);
	scrm_buf_free(&b);
}

static void map_item(json_t *it, const void *arg, scrm_mention *m)
{
	const item_ctx *ic = arg;
	const scrm_jmap *map = ic->map;
	scrm_adapt_set_prefixed(&m->id, map->v[F_PREFIX] ? map->v[F_PREFIX] : "json:", at(map, it, F_ID));
	scrm_mention_set_cstr(&m->source, "json");
	char **text_fields[] = {
		[F_LANG] = &m->lang, [F_TITLE] = &m->title, [F_TEXT] = &m->text,
		[F_CHANNEL] = &m->channel, [F_REPLY] = &m->in_reply_to, [F_AID] = &m->author.id,
		[F_AHANDLE] = &m->author.handle, [F_ANAME] = &m->author.name, [F_ALOC] = &m->author.location,
	};
	for (int f = F_URL; f <= F_ALOC; f++)
		if (f < (int)(sizeof text_fields / sizeof text_fields[0]) && text_fields[f])
			scrm_adapt_set(text_fields[f], at(map, it, f));
	set_link(&m->url, at(map, it, F_URL), ic->base);
	set_link(&m->author.url, at(map, it, F_AURL), ic->base);
	scrm_adapt_set_html(&m->title, at(map, it, F_TITLE_HTML));
	scrm_adapt_set_html(&m->text, at(map, it, F_TEXT_HTML));
	scrm_adapt_set_date(&m->created_at, at(map, it, F_CREATED));
	int64_t *counts[] = { &m->author.followers, &m->author.following, &m->author.posts,
	                      &m->metrics.likes, &m->metrics.shares, &m->metrics.replies, &m->metrics.views };
	for (int f = F_AFOLLOWERS; f <= F_VIEWS; f++)
		scrm_adapt_set_count(counts[f - F_AFOLLOWERS], at(map, it, f));
}

static bool parse(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err)
{
	const scrm_jmap *map = pg->map;
	if (!map) {
		*err = "-t json needs a mapping file (-m MAP)";
		return false;
	}
	const char *ip = map->v[F_ITEMS];
	json_t *items = (!ip || !*ip || strcmp(ip, ".") == 0) ? doc : scrm_adapt_get(doc, ip);
	if (!json_is_array(items)) {
		*err = "the mapping's items path does not lead to an array";
		return false;
	}
	item_ctx ic = { map, pg->base_url ? pg->base_url : pg->url };
	size_t i;
	json_t *it;
	json_array_foreach(items, i, it) {
		if (!scrm_adapt_emit(it, &ic, map_item, sink, ctx))
			break;
	}
	const char *next = map->v[F_NEXT] ? scrm_adapt_str(doc, map->v[F_NEXT]) : NULL;
	if (next && *next)
		pg->next_url = scrm_xstrdup(next);
	return true;
}

const scrm_adapter scrm_adapter_json = { "json", NULL, NULL, NULL, parse };
