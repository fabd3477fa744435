/*
 * feed_json.c - JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
 *
 * A JSON Feed is one document, not a stream of records, so it is read
 * whole with jansson; the tree lives only for the call.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "charset.h"
#include "feed_impl.h"
#include "msg.h"
#include "url.h"

static const char *str(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static char *dup_or_null(const char *s)
{
	return s && *s ? scrm_xstrdup(s) : NULL;
}

static char *resolved(const char *base, const char *ref)
{
	if (!ref || !*ref)
		return NULL;
	scrm_buf b = SCRM_BUF_INIT;
	scrm_url_resolve(base, ref, &b);
	return b.data ? b.data : NULL;
}

/* author (1.0) or the first of authors (1.1) into p; false if neither is there. */
static bool person(json_t *obj, const char *base, scrm_feed_person *p)
{
	json_t *a = json_object_get(obj, "authors");
	if (json_is_array(a) && json_array_size(a) > 0)
		a = json_array_get(a, 0);
	else
		a = json_object_get(obj, "author");
	if (!json_is_object(a))
		return false;
	scrm_feed_person_clear(p);
	p->name = dup_or_null(str(a, "name"));
	p->url = resolved(base, str(a, "url"));
	return p->name || p->url;
}

int scrm_feed_parse_json(scrm_feed_ctx *c, const char *data, size_t len, scrm_buf *err)
{
	scrm_buf utf8 = SCRM_BUF_INIT;
	size_t bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	scrm_charset_to_utf8(data + bom, len - bom, "UTF-8", &utf8);
	json_error_t je;
	json_t *root = json_loadb(utf8.data ? utf8.data : "", utf8.len, 0, &je);
	scrm_buf_free(&utf8);
	if (!root) {
		scrm_buf_printf(err, "line %d, column %d: %s", je.line, je.column, je.text);
		return SCRM_FEED_ERROR;
	}
	const char *version = str(root, "version");
	if (!json_is_object(root) || !version || !strstr(version, "jsonfeed.org/version/")) {
		scrm_buf_puts(err, "not a feed (JSON without a JSON Feed version)");
		json_decref(root);
		return SCRM_FEED_ERROR;
	}
	c->source = "jsonfeed";
	c->format = scrm_xstrdup(strstr(version, "/version/1.1") ? "json11" : "json10");
	c->title.s = dup_or_null(str(root, "title"));
	c->lang = dup_or_null(str(root, "language"));
	const char *home = str(root, "home_page_url");
	c->link.s = resolved(c->base_url, home);
	const char *base = c->base_url ? c->base_url : home;
	if (person(root, base, &c->author))
		c->author_prio = 3;

	json_t *items = json_object_get(root, "items");
	size_t i;
	json_t *it;
	scrm_feed_entry e;
	scrm_feed_entry_init(&e);
	json_array_foreach(items, i, it) {
		if (!json_is_object(it))
			continue;
		json_t *id = json_object_get(it, "id");
		if (json_is_string(id))
			e.id.s = dup_or_null(json_string_value(id));
		else if (json_is_integer(id)) {
			char num[32];
			snprintf(num, sizeof num, "%lld", (long long)json_integer_value(id));
			e.id.s = scrm_xstrdup(num);
		}
		e.link.s = resolved(base, str(it, "url"));
		if (!e.link.s)
			e.link.s = resolved(base, str(it, "external_url"));
		e.title.s = dup_or_null(str(it, "title"));
		const char *html = str(it, "content_html");
		scrm_feed_text_offer(&e.content, dup_or_null(html), true, 3);
		scrm_feed_text_offer(&e.content, dup_or_null(str(it, "content_text")), false, 2);
		e.summary.s = dup_or_null(str(it, "summary"));
		e.published.s = dup_or_null(str(it, "date_published"));
		e.updated.s = dup_or_null(str(it, "date_modified"));
		e.lang = dup_or_null(str(it, "language"));
		person(it, base, &e.author);
		bool more = scrm_feed_emit(c, &e);
		scrm_feed_entry_clear(&e);
		if (!more)
			break;
	}
	json_decref(root);
	return SCRM_FEED_OK;
}
