/*
 * fetch_page.c - one page's document to mentions: the feed parser or an
 * adapter reads it, and each mention is filtered (keywords, --since, ids
 * already seen) before it is written or, for Bluesky, held back until its
 * author's audience is known.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "adapt.h"
#include "date.h"
#include "feed.h"
#include "fetch_collect_impl.h"
#include "keywords.h"
#include "msg.h"
#include "state.h"
#include "utf8.h"

/* ---- mentions ---- */

/* Whether the state has seen id. Feed entries whose own id is not a URL
 * were once "feed:ID", before ids were scoped by feed: a state written then
 * holds that form, and an entry it names is not new (it is remembered under
 * its new id from then on). */
static bool seen(scrm_collect_job *j, const char *id)
{
	if (scrm_state_seen(j->entry, id))
		return true;
	size_t n = j->feed_scope ? strlen(j->feed_scope) : 0;
	if (n == 0 || strncmp(id, j->feed_scope, n) != 0)
		return false;
	scrm_buf old = SCRM_BUF_INIT;
	scrm_buf_puts(&old, "feed:");
	scrm_buf_puts(&old, id + n);
	bool was = scrm_state_seen(j->entry, old.data);
	scrm_buf_free(&old);
	if (was)
		scrm_state_add_seen(j->entry, id);
	return was;
}

/* Whether m is wanted and new (keywords, --since, ids already seen); marks it seen. */
static bool wanted(scrm_collect_job *j, scrm_mention *m)
{
	scrm_collector *c = j->c;
	if (j->filter.n > 0) {
		const char *texts[] = { m->title, m->text };
		long k = scrm_keywords_match(&j->filter, texts, 2, &c->scratch);
		if (k < 0)
			return false;
		scrm_mention_set_cstr(&m->query, j->filter.original[k]);
	} else if (j->query) {
		scrm_mention_set_cstr(&m->query, j->query);
	}
	if (c->o.has_since && m->created_at) {
		int64_t t;
		if (scrm_date_parse(m->created_at, strlen(m->created_at), &t) && t < c->o.since)
			return false;
	}
	if (m->id) {
		if (seen(j, m->id))
			return false;
		/* Ids fall out of a full seen set: then anything older than the newest is old. */
		if (j->entry->nseen >= SCRM_STATE_MAX_SEEN && m->created_at && j->entry->newest &&
		    strcmp(m->created_at, j->entry->newest) < 0)
			return false;
		scrm_state_add_seen(j->entry, m->id);
	}
	if (m->created_at && strlen(m->created_at) < SCRM_DATE_LEN && strcmp(m->created_at, j->newest) > 0)
		snprintf(j->newest, sizeof j->newest, "%s", m->created_at);
	j->page_new++;
	return true;
}

static void emit(scrm_collect_job *j, scrm_mention *m)
{
	scrm_collector *c = j->c;
	if (!m->group && j->src->group)
		scrm_mention_set_cstr(&m->group, j->src->group);
	if (j->src->channel && (j->src->channel_set || !m->channel))
		scrm_mention_set_cstr(&m->channel, j->src->channel);
	scrm_mention_set_cstr(&m->fetched_at, c->fetched_at);
	scrm_buf_clear(&c->line);
	scrm_mention_to_json(m, &c->line);
	scrm_buf_putc(&c->line, '\n');
	c->write(c->write_ctx, c->line.data, c->line.len);
	c->mentions++;
	j->written++;
}

/* Where parsers hand their mentions. Those a later request completes
 * (Bluesky authors' audience) are kept back, their strings stolen. */
static bool sink(void *ctx, scrm_mention *m)
{
	scrm_collect_job *j = ctx;
	if (!wanted(j, m))
		return true;
	if (j->hold) {
		if (j->nheld == j->capheld) {
			j->capheld = j->capheld ? 2 * j->capheld : 32;
			j->held = scrm_xrealloc(j->held, j->capheld * sizeof *j->held);
		}
		j->held[j->nheld++] = *m;
		scrm_mention_init(m);
		return true;
	}
	emit(j, m);
	return true;
}

void scrm_collect_flush_held(scrm_collect_job *j)
{
	for (size_t i = 0; i < j->nheld; i++) {
		emit(j, &j->held[i]);
		scrm_mention_clear(&j->held[i]);
	}
	j->nheld = 0;
}

/* ---- documents ---- */

static char *charset_of(const char *content_type)
{
	const char *p = content_type;
	while (p && *p && strncasecmp(p, "charset=", 8) != 0)
		p++;
	if (!p || !*p)
		return NULL;
	p += 8;
	if (*p == '"')
		p++;
	size_t n = strcspn(p, "\"; \t");
	return n ? scrm_xstrndup(p, n) : NULL;
}

/* Maps one JSON document through the adapter that recognises it; false
 * with the reason in *why. The first document's paging goes to *out. */
static bool map_document(scrm_collect_job *j, json_t *doc, const char *link, scrm_adapt_page *out, bool *any,
                         const char **why)
{
	const scrm_adapter *a = j->adapter;
	if (!a || (!j->forced && a->sniff && !a->sniff(doc)))
		a = scrm_adapter_sniff(doc) ? scrm_adapter_sniff(doc) : a;
	if (!a) {
		*why = "unrecognised content: neither a feed nor a known API response (use -t TYPE)";
		return false;
	}
	scrm_adapt_page pg = { .url = j->page_url, .base_url = j->base_url, .link = link,
	                       .authenticated = j->token != NULL, .map = j->map };
	const char *err = NULL;
	if (!a->parse(doc, &pg, sink, j, &err)) {
		scrm_adapt_page_clear(&pg);
		*why = err ? err : "unusable response";
		return false;
	}
	j->dropped += pg.dropped;
	if (!*any) {
		*out = pg;
		*any = true;
	} else {
		scrm_adapt_page_clear(&pg);
	}
	return true;
}

/* The next line of data from *off on (without "\n" or "\r\n"); false at the end. */
static bool next_line(const char *data, size_t len, size_t *off, const char **line, size_t *n)
{
	if (*off >= len)
		return false;
	const char *p = data + *off;
	const char *nl = memchr(p, '\n', len - *off);
	size_t k = nl ? (size_t)(nl - p) : len - *off;
	*off += k + (nl != NULL);
	*line = p;
	*n = k > 0 && p[k - 1] == '\r' ? k - 1 : k;
	return true;
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

/* Whether data, which is not one JSON document, is JSON lines: more than one
 * line, and one at least that is a JSON object on its own. */
static bool json_lines(const char *data, size_t len)
{
	const char *line;
	size_t n, off = 0, lines = 0;
	bool object = false;
	while (!(object && lines > 1) && next_line(data, len, &off, &line, &n)) {
		if (blank(line, n))
			continue;
		lines++;
		size_t lead = 0;
		while (lead < n && (line[lead] == ' ' || line[lead] == '\t'))
			lead++;
		if (!object && line[lead] == '{') {   /* cheap: most lines of a broken pretty-printed document are not tried */
			json_error_t je;
			json_t *doc = json_loadb(line, n, 0, &je);
			object = json_is_object(doc);
			json_decref(doc);
		}
	}
	return object && lines > 1;
}

/* JSON lines, read as scrm's record readers read NDJSON: a line that is not a
 * document an adapter reads is rejected (said with its number, kept by
 * --rejects), and the others are read all the same. */
static void read_json_lines(scrm_collect_job *j, const char *data, size_t len, const char *link,
                            scrm_adapt_page *out)
{
	const scrm_collect_opts *o = &j->c->o;
	const char *line;
	size_t n, off = 0;
	unsigned long lineno = 0;
	bool any = false;
	char why[256];
	while (next_line(data, len, &off, &line, &n)) {
		lineno++;
		if (blank(line, n))
			continue;
		json_error_t je;
		json_t *doc = json_loadb(line, n, JSON_DECODE_ANY, &je);
		const char *reason = NULL;
		if (!doc) {
			snprintf(why, sizeof why, "invalid JSON at column %d: %s", je.column, je.text);
			reason = why;
		} else {
			map_document(j, doc, link, out, &any, &reason);
			json_decref(doc);
		}
		/* Kept as the file holds it: a CR LF line keeps its CR. */
		size_t whole = line + n < data + len && line[n] == '\r' ? n + 1 : n;
		if (reason && o->reject)
			o->reject(j->c->write_ctx, j->src->location, lineno, line, whole, reason);
		else if (reason)
			scrm_collect_fail(j, "line %lu: %s", lineno, reason);
	}
}

/* Whether data[0..n) holds what starts an HTML page. */
static bool looks_html(const char *data, size_t n)
{
	static const char *const marks[] = { "<!doctype html", "<html", "<head", "<body" };
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; data[i] == '<' && k < sizeof marks / sizeof marks[0]; k++)
			if (n - i >= strlen(marks[k]) && strncasecmp(data + i, marks[k], strlen(marks[k])) == 0)
				return true;
	return false;
}

/* Fails a job whose document is neither a feed nor JSON, saying what came
 * instead: "invalid JSON near '<'" sent people looking for a JSON error in
 * what was a login or error page. */
static void fail_not_json(scrm_collect_job *j, const char *data, size_t len, const char *content_type)
{
	scrm_buf why = SCRM_BUF_INIT;
	if (looks_html(data, len < 4096 ? len : 4096))
		scrm_buf_puts(&why, "an HTML page?");
	else if (data[0] == '<')
		scrm_buf_puts(&why, "XML, but not RSS, Atom or RDF");
	if (content_type) {
		scrm_buf_printf(&why, "%sContent-Type: ", why.len ? " " : "");
		/* the server's words, which a terminal should not take for controls */
		for (const char *p = content_type; *p && p - content_type < 200; p++)
			scrm_buf_putc(&why, *p >= ' ' && *p <= '~' ? *p : '?');
	}
	scrm_collect_fail(j, "not a feed or a JSON API response%s%s%s", why.len ? " (" : "",
	                  why.len ? why.data : "", why.len ? ")" : "");
	scrm_buf_free(&why);
}

/* A JSON response: one document, or one a line (twarc's files). */
static bool read_json(scrm_collect_job *j, const char *data, size_t len, const char *content_type,
                      const char *link, scrm_adapt_page *out)
{
	size_t bom = scrm_utf8_bom_len(data, len);   /* tolerated, as by every scrm reader */
	data += bom;
	len -= bom;
	if (blank(data, len)) {
		scrm_collect_fail(j, "empty response");
		return false;
	}
	json_error_t je;
	json_t *doc = json_loadb(data, len, JSON_DECODE_ANY, &je);
	if (!doc && json_lines(data, len)) {
		read_json_lines(j, data, len, link, out);
		return !j->failed;
	}
	size_t first = 0;
	while (first < len && (data[first] == ' ' || data[first] == '\t' || data[first] == '\r' || data[first] == '\n'))
		first++;
	if (!doc && data[first] != '{' && data[first] != '[') {
		fail_not_json(j, data + first, len - first, content_type);
		return false;
	}
	if (!doc) {
		scrm_collect_fail(j, "invalid JSON at line %d, column %d: %s", je.line, je.column, je.text);
		return false;
	}
	bool any = false;
	const char *why = NULL;
	bool ok = map_document(j, doc, link, out, &any, &why);
	json_decref(doc);
	if (!ok)
		scrm_collect_fail(j, "%s", why);
	return ok;
}

static bool read_feed(scrm_collect_job *j, const char *data, size_t len, const char *charset)
{
	scrm_buf err = SCRM_BUF_INIT;
	char *scope = scrm_source_scope_name(j->src->location);
	if (!j->feed_scope) {
		scrm_buf b = SCRM_BUF_INIT;
		scrm_feed_id_scope(scope, &b);
		j->feed_scope = b.data;
	}
	int r = scrm_feed_parse(data, len, j->base_url, scope, charset, sink, j, NULL, &err);
	free(scope);
	if (r != SCRM_FEED_OK)
		scrm_collect_fail(j, "%s%s",
		                  r == SCRM_FEED_PARTIAL ? "ill-formed feed, entries before the error kept: " : "",
		                  err.data ? err.data : "not a feed");
	scrm_buf_free(&err);
	return r == SCRM_FEED_OK;
}

bool scrm_collect_parse_page(scrm_collect_job *j, const char *data, size_t len, const char *content_type,
                             const char *link, scrm_adapt_page *pg)
{
	bool feed = j->force_feed || (!j->forced && scrm_feed_sniff(data, len));
	bool ok;
	if (j->http && scrm_source_is_gzip(data, len)) {
		/* A .gz file on a web server, sent as it is: libcurl decodes only a Content-Encoding. */
		scrm_collect_fail(j, "a gzip file, served without Content-Encoding: gzip (scrm-fetch "
		                  "decompresses local files and standard input: save it and give its path)");
		ok = false;
	} else if (feed) {
		char *cs = charset_of(content_type);
		ok = read_feed(j, data, len, cs);
		free(cs);
	} else {
		ok = read_json(j, data, len, content_type, link, pg);
	}
	return ok;
}
