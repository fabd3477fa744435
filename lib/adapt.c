/* adapt.c - the adapter registry and the small helpers every adapter uses. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "date.h"
#include "html_text.h"
#include "msg.h"

static const scrm_adapter *const adapters[] = {
	&scrm_adapter_mastodon, &scrm_adapter_bluesky, &scrm_adapter_reddit, &scrm_adapter_hn,
	&scrm_adapter_discourse, &scrm_adapter_lemmy, &scrm_adapter_x, &scrm_adapter_youtube,
	&scrm_adapter_json,
};
#define NADAPTERS (sizeof adapters / sizeof adapters[0])

const scrm_adapter *scrm_adapter_find(const char *name)
{
	for (size_t i = 0; i < NADAPTERS; i++)
		if (strcmp(adapters[i]->name, name) == 0)
			return adapters[i];
	return NULL;
}

const scrm_adapter *scrm_adapter_for_url(const char *url)
{
	for (size_t i = 0; i < NADAPTERS; i++)
		if (adapters[i]->match_url && adapters[i]->match_url(url))
			return adapters[i];
	return NULL;
}

const scrm_adapter *scrm_adapter_sniff(json_t *doc)
{
	for (size_t i = 0; i < NADAPTERS; i++)
		if (adapters[i]->sniff && adapters[i]->sniff(doc))
			return adapters[i];
	return NULL;
}

const char *scrm_adapter_names(void)
{
	return "mastodon bluesky reddit hn discourse lemmy x youtube json";
}

bool scrm_adapter_type_check(const char *type, scrm_buf *err)
{
	if (strcmp(type, "feed") == 0 || scrm_adapter_find(type))
		return true;
	scrm_buf_printf(err, "unknown type '%s' (feed %s)", type, scrm_adapter_names());
	return false;
}

void scrm_adapt_page_clear(scrm_adapt_page *pg)
{
	free(pg->next_url);
	free(pg->cursor);
	pg->next_url = pg->cursor = NULL;
	pg->dropped = 0;
}

bool scrm_adapt_emit(json_t *item, const void *arg, scrm_adapt_map_fn map, scrm_mention_sink sink, void *ctx)
{
	scrm_mention m;
	scrm_mention_init(&m);
	map(item, arg, &m);
	bool more = sink(ctx, &m);
	scrm_mention_clear(&m);
	return more;
}

json_t *scrm_adapt_get(json_t *v, const char *path)
{
	const char *p = path;
	while (v && *p) {
		const char *dot = strchr(p, '.');
		size_t n = dot ? (size_t)(dot - p) : strlen(p);
		if (json_is_array(v)) {
			char *end;
			unsigned long i = strtoul(p, &end, 10);
			v = (end == p + n && n > 0) ? json_array_get(v, i) : NULL;
		} else if (json_is_object(v)) {
			v = json_object_getn(v, p, n);
		} else {
			v = NULL;
		}
		p += n;
		if (*p == '.')
			p++;
	}
	return v;
}

const char *scrm_adapt_str(json_t *v, const char *path)
{
	json_t *s = scrm_adapt_get(v, path);
	return json_is_string(s) ? json_string_value(s) : NULL;
}

int64_t scrm_adapt_int(json_t *v, const char *path)
{
	json_t *n = scrm_adapt_get(v, path);
	if (json_is_integer(n))
		return (int64_t)json_integer_value(n);
	if (json_is_real(n) && json_real_value(n) >= 0 && json_real_value(n) < 9e18)
		return (int64_t)json_real_value(n);
	return -1;
}

void scrm_adapt_set(char **field, json_t *v)
{
	char num[64];
	if (json_is_string(v)) {
		scrm_mention_set(field, json_string_value(v), json_string_length(v));
	} else if (json_is_integer(v)) {
		snprintf(num, sizeof num, "%" PRId64, (int64_t)json_integer_value(v));
		scrm_mention_set_cstr(field, num);
	} else if (json_is_real(v)) {
		snprintf(num, sizeof num, "%.17g", json_real_value(v));
		scrm_mention_set_cstr(field, num);
	}
}

void scrm_adapt_set_prefixed(char **field, const char *prefix, json_t *v)
{
	char *tmp = NULL;
	scrm_adapt_set(&tmp, v);
	if (!tmp)
		return;
	scrm_buf b = SCRM_BUF_INIT;
	scrm_buf_puts(&b, prefix);
	scrm_buf_puts(&b, tmp);
	scrm_mention_set(field, b.data, b.len);
	scrm_buf_free(&b);
	free(tmp);
}

void scrm_adapt_set_html(char **field, json_t *v)
{
	if (!json_is_string(v))
		return;
	scrm_buf b = SCRM_BUF_INIT;
	scrm_html_to_text(json_string_value(v), json_string_length(v), &b);
	if (b.len > 0)
		scrm_mention_set(field, b.data, b.len);
	scrm_buf_free(&b);
}

void scrm_adapt_set_date(char **field, json_t *v)
{
	char out[SCRM_DATE_LEN];
	bool ok = false;
	if (json_is_string(v))
		ok = scrm_date_normalize(json_string_value(v), json_string_length(v), out);
	else if (json_is_integer(v))
		ok = scrm_date_format((int64_t)json_integer_value(v), out);
	else if (json_is_real(v) && json_real_value(v) > -1e12 && json_real_value(v) < 1e12)
		ok = scrm_date_format((int64_t)json_real_value(v), out);
	if (ok)
		scrm_mention_set_cstr(field, out);
}

void scrm_adapt_set_count(int64_t *field, json_t *v)
{
	if (json_is_integer(v) && json_integer_value(v) >= 0)
		*field = (int64_t)json_integer_value(v);
}

char *scrm_adapt_host(const char *url)
{
	if (!url)
		return NULL;
	CURLU *u = curl_url();
	char *host = NULL, *out = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK && host) {
		char *port = NULL;
		/* Keep a non-default port: two instances on one host stay apart. */
		if (curl_url_get(u, CURLUPART_PORT, &port, 0) == CURLUE_OK && port) {
			size_t n = strlen(host) + strlen(port) + 2;
			out = scrm_xmalloc(n);
			snprintf(out, n, "%s:%s", host, port);
		} else {
			out = scrm_xstrdup(host);
		}
		curl_free(port);
	}
	curl_free(host);
	curl_url_cleanup(u);
	return out;
}

bool scrm_adapt_path_has(const char *url, const char *part)
{
	if (!url)
		return false;
	const char *q = strpbrk(url, "?#");
	size_t n = q ? (size_t)(q - url) : strlen(url);
	size_t pn = strlen(part);
	for (size_t i = 0; i + pn <= n; i++)
		if (memcmp(url + i, part, pn) == 0)
			return true;
	return false;
}

/* Whether a raw query component "a=1" names parameter name. */
static bool param_is(const char *p, size_t n, const char *name)
{
	size_t k = strlen(name);
	return n >= k && memcmp(p, name, k) == 0 && (n == k || p[k] == '=');
}

void scrm_adapt_url_param(CURLU *u, const char *name, const char *value, bool replace)
{
	char *query = NULL;
	scrm_buf kept = SCRM_BUF_INIT;
	bool present = false;
	if (curl_url_get(u, CURLUPART_QUERY, &query, 0) == CURLUE_OK && query) {
		const char *p = query;
		while (*p) {
			const char *amp = strchr(p, '&');
			size_t n = amp ? (size_t)(amp - p) : strlen(p);
			bool match = param_is(p, n, name);
			present = present || match;
			if (n > 0 && !(match && replace)) {
				scrm_buf_append(&kept, p, n);
				scrm_buf_putc(&kept, '&');
			}
			p += n;
			if (*p == '&')
				p++;
		}
	}
	curl_free(query);
	if (present && !replace) {
		scrm_buf_free(&kept);
		return;
	}
	if (kept.len > 0)
		kept.data[--kept.len] = '\0';   /* the trailing '&' */
	curl_url_set(u, CURLUPART_QUERY, kept.len ? kept.data : NULL, 0);
	scrm_buf_free(&kept);
	if (value) {
		scrm_buf kv = SCRM_BUF_INIT;
		scrm_buf_printf(&kv, "%s=%s", name, value);
		curl_url_set(u, CURLUPART_QUERY, kv.data, CURLU_APPENDQUERY | CURLU_URLENCODE);
		scrm_buf_free(&kv);
	}
}

char *scrm_adapt_url_with(const char *url, const char *name, const char *value)
{
	CURLU *u = curl_url();
	char *s = NULL, *out = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK) {
		scrm_adapt_url_param(u, name, value, true);
		if (curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK && s)
			out = scrm_xstrdup(s);
	}
	curl_free(s);
	curl_url_cleanup(u);
	return out;
}

bool scrm_adapt_id_greater(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na != nb)
		return na > nb;
	return strcmp(a, b) > 0;
}

void scrm_adapt_max_id(char **cursor, json_t *v)
{
	char *id = NULL;
	scrm_adapt_set(&id, v);
	if (!id)
		return;
	if (!*cursor || scrm_adapt_id_greater(id, *cursor)) {
		free(*cursor);
		*cursor = id;
	} else {
		free(id);
	}
}
