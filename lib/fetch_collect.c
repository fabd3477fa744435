/*
 * fetch_collect.c - a collection round: each source becomes a job (one per
 * keyword when its endpoint searches server-side); a job asks for its pages
 * one after the other, and every page's document goes to the feed parser
 * or an adapter, whose mentions are filtered here before they are written.
 *
 * The state entry of a job changes only when the job succeeded, except the
 * set of emitted ids, which is kept even for a failed source: those
 * mentions were written.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "date.h"
#include "feed.h"
#include "fetch_collect.h"
#include "keywords.h"
#include "msg.h"
#include "url.h"

typedef struct job {
	struct scrm_collector *c;
	const scrm_source *src;
	const scrm_adapter *adapter;   /* forced or guessed from the URL; NULL: decided from content */
	bool force_feed;
	bool forced;                   /* the type was given (-t or -m), not guessed */
	const scrm_jmap *map;
	scrm_state_entry *entry;
	char *query;                   /* sent to the service, or NULL */
	scrm_keywords filter;          /* filtered here when the service does not search */
	bool http;
	char *first_url;               /* page 1, without credentials */
	char *token;                   /* Bluesky session token */
	int page;
	size_t page_new;               /* new mentions in the current page */
	size_t written;                /* mentions written in this round */
	bool hold;                     /* keep mentions back until the authors' audience is known */
	scrm_mention *held;
	size_t nheld, capheld;
	char *held_next;               /* the page to read once they are out */
	size_t dropped;                /* posts left out on purpose (Bluesky labels) */
	bool failed;
	char *page_url;                /* of the page being read, without credentials; NULL for a file */
	const char *base_url;          /* where the page really came from (after redirects), for links */
	/* committed to the state entry when the job succeeds */
	char *etag, *last_modified, *cursor;
	char newest[SCRM_DATE_LEN];
} job;

struct scrm_collector {
	scrm_collect_opts o;
	const scrm_source_list *sources;
	scrm_state *state;
	const scrm_fetch_secrets *secrets;
	scrm_collect_write_fn write;
	void *write_ctx;
	scrm_jmap **maps;              /* per source, loaded once */
	scrm_jmap *global_map;
	scrm_fetcher *fetcher;
	job **jobs;
	size_t njobs, capjobs, done, failures;
	unsigned long mentions;
	char fetched_at[SCRM_DATE_LEN];
	scrm_buf line, scratch;
};

static void warn_source(const job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn_source(const job *j, const char *fmt, ...)
{
	if (j->c->o.quiet)
		return;
	if (j->c->o.progress)
		fputs("\r\033[K", stderr);   /* clear the progress line first */
	va_list ap;
	va_start(ap, fmt);
	scrm_buf b = SCRM_BUF_INIT;
	char tmp[1024];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (j->query && j->c->o.nqueries + j->src->nqueries > 1)
		scrm_buf_printf(&b, " [-q %s]", j->query);
	scrm_warn_at(j->src->location, 0, "%s%s", tmp, b.data ? b.data : "");
	scrm_buf_free(&b);
}

static void progress(scrm_collector *c, bool last)
{
	if (!c->o.progress)
		return;
	/* A status line redrawn in place: msg.h writes whole lines only. */
	if (last)
		fputs("\n", stderr);
	else
		fprintf(stderr, "\r%s: %zu/%zu sources, %lu mentions, %zu failed", scrm_progname(), c->done,
		        c->njobs, c->mentions, c->failures);
	fflush(stderr);
}

static void job_fail(job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void job_fail(job *j, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	warn_source(j, "%s", tmp);
	j->failed = true;
}

/* The end of a job: commit what it learnt, count it. */
static void job_done(job *j)
{
	scrm_collector *c = j->c;
	if (!j->failed) {
		scrm_state_entry *e = j->entry;
		if (j->etag || j->last_modified) {
			scrm_state_set(&e->etag, j->etag);
			scrm_state_set(&e->last_modified, j->last_modified);
		}
		if (j->cursor)
			scrm_state_set(&e->cursor, j->cursor);
		if (j->newest[0] && (!e->newest || strcmp(j->newest, e->newest) > 0))
			scrm_state_set(&e->newest, j->newest);
		if (j->dropped > 0)
			warn_source(j, "%zu post%s left out: their authors ask not to be shown to logged-out "
			            "readers (!no-unauthenticated); set SCRM_BLUESKY_HANDLE and "
			            "SCRM_BLUESKY_APP_PASSWORD to fetch as a logged-in user", j->dropped,
			            j->dropped == 1 ? "" : "s");
	} else {
		c->failures++;
	}
	if (c->o.flush && j->written > 0)
		c->o.flush(c->write_ctx);
	c->done++;
	progress(c, false);
}

/* ---- mentions ---- */

/* Whether m is wanted and new (keywords, --since, ids already seen); marks it seen. */
static bool wanted(job *j, scrm_mention *m)
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
		if (scrm_state_seen(j->entry, m->id))
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

static void emit(job *j, scrm_mention *m)
{
	scrm_collector *c = j->c;
	if (!m->group && j->src->group)
		scrm_mention_set_cstr(&m->group, j->src->group);
	if (!m->channel && j->src->channel)
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
	job *j = ctx;
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

static void flush_held(job *j)
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

/* Parses every JSON document in data (twarc files hold one per line). */
static bool read_json(job *j, const char *data, size_t len, const char *link, scrm_adapt_page *out)
{
	size_t off = 0;
	bool any = false;
	for (;;) {
		while (off < len && (data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t'))
			off++;
		if (off >= len)
			break;
		json_error_t je;
		json_t *doc = json_loadb(data + off, len - off, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &je);
		if (!doc) {
			job_fail(j, "invalid JSON at line %d, column %d: %s", je.line, je.column, je.text);
			return false;
		}
		off += je.position;
		const scrm_adapter *a = j->adapter;
		if (!a || (!j->forced && a->sniff && !a->sniff(doc)))
			a = scrm_adapter_sniff(doc) ? scrm_adapter_sniff(doc) : a;
		if (!a) {
			json_decref(doc);
			job_fail(j, "unrecognised content: neither a feed nor a known API response (use -t TYPE)");
			return false;
		}
		scrm_adapt_page pg = { j->page_url, link, j->token != NULL, j->map, NULL, NULL, 0 };
		const char *err = NULL;
		bool ok = a->parse(doc, &pg, sink, j, &err);
		json_decref(doc);
		if (!ok) {
			scrm_adapt_page_clear(&pg);
			job_fail(j, "%s", err ? err : "unusable response");
			return false;
		}
		j->dropped += pg.dropped;
		if (!any) {
			*out = pg;
			any = true;
		} else {
			scrm_adapt_page_clear(&pg);
		}
	}
	if (!any)
		job_fail(j, "empty response");
	return any;
}

static bool read_feed(job *j, const char *data, size_t len, const char *charset)
{
	scrm_buf err = SCRM_BUF_INIT;
	int r = scrm_feed_parse(data, len, j->base_url, charset, sink, j, NULL, &err);
	if (r != SCRM_FEED_OK)
		job_fail(j, "%s%s", r == SCRM_FEED_PARTIAL ? "ill-formed feed, entries before the error kept: " : "",
		         err.data ? err.data : "not a feed");
	scrm_buf_free(&err);
	return r == SCRM_FEED_OK;
}

static void request_page(job *j, const char *url, bool conditional);
static bool request_profiles(job *j, char *next);

/* Writes what was held back, then reads the next page (next is freed) or ends the job. */
static void after_page(job *j, char *next)
{
	flush_held(j);
	if (next) {
		j->page++;
		request_page(j, next, false);
		free(next);
	} else {
		job_done(j);
	}
}

/* One page arrived (or was read from a file): map it, then go on or finish. */
static void read_page(job *j, const char *data, size_t len, const char *content_type, const char *link)
{
	j->page_new = 0;
	scrm_adapt_page pg = { 0 };
	bool feed = j->force_feed || (!j->forced && scrm_feed_sniff(data, len));
	bool ok;
	if (feed) {
		char *cs = charset_of(content_type);
		ok = read_feed(j, data, len, cs);
		free(cs);
	} else {
		ok = read_json(j, data, len, link, &pg);
	}
	if (ok && j->page == 1 && pg.cursor) {
		free(j->cursor);
		j->cursor = pg.cursor;
		pg.cursor = NULL;
	}
	/* Go further back only while pages still bring something new. */
	char *next = NULL;
	if (ok && j->http && pg.next_url && j->page < j->c->o.max_pages && j->page_new > 0 &&
	    scrm_url_is_http(pg.next_url)) {
		next = pg.next_url;
		pg.next_url = NULL;
	}
	scrm_adapt_page_clear(&pg);
	if (j->nheld > 0 && request_profiles(j, next))
		return;
	after_page(j, next);
}

/* ---- requests ---- */

static bool loopback_or_https(const char *url)
{
	if (strncasecmp(url, "https://", 8) == 0)
		return true;
	char *host = scrm_adapt_host(url);
	bool ok = host && (strncmp(host, "127.0.0.1", 9) == 0 || strncmp(host, "localhost", 9) == 0 ||
	                   strncmp(host, "[::1]", 5) == 0 || strncmp(host, "::1", 3) == 0);
	free(host);
	return ok;
}

static void on_page(void *ctx, const scrm_fetch_response *r)
{
	job *j = ctx;
	if (!r->ok) {
		char tries[64] = "";
		if (r->attempts > 1)
			snprintf(tries, sizeof tries, " (%d attempts)", r->attempts);
		if (r->status >= 400)
			job_fail(j, "HTTP %ld: %s%s", r->status, r->reason, tries);
		else
			job_fail(j, "%s%s", r->reason, tries);
		job_done(j);
		return;
	}
	if (j->page == 1) {
		scrm_state_set(&j->etag, r->etag);
		scrm_state_set(&j->last_modified, r->last_modified);
	}
	if (r->status == 304) {    /* nothing new since the last run */
		scrm_state_set(&j->etag, r->etag ? r->etag : j->entry->etag);
		scrm_state_set(&j->last_modified, r->last_modified ? r->last_modified : j->entry->last_modified);
		job_done(j);
		return;
	}
	j->base_url = r->effective_url ? r->effective_url : j->page_url;
	read_page(j, r->body.data ? r->body.data : "", r->body.len, r->content_type, r->link);
	j->base_url = NULL;
}

/* The credentials the service needs, as a header line (auth) or a URL with
 * a key (*req_url, else NULL); only ever over https or to this machine. */
static void credentials(const job *j, const char *url, scrm_buf *auth, char **req_url)
{
	const scrm_fetch_secrets *s = j->c->secrets;
	const char *name = j->adapter ? j->adapter->name : "";
	*req_url = NULL;
	if (loopback_or_https(url)) {
		if (j->token)
			scrm_buf_printf(auth, "Authorization: Bearer %s", j->token);
		else if (strcmp(name, "x") == 0 && s->x_bearer)
			scrm_buf_printf(auth, "Authorization: Bearer %s", s->x_bearer);
		else if (strcmp(name, "mastodon") == 0 && s->mastodon_token) {
			char *host = scrm_adapt_host(url);
			if (!s->mastodon_host || (host && strcmp(host, s->mastodon_host) == 0))
				scrm_buf_printf(auth, "Authorization: Bearer %s", s->mastodon_token);
			free(host);
		} else if (strcmp(name, "youtube") == 0 && s->youtube_key)
			*req_url = scrm_adapt_url_with(url, "key", s->youtube_key);
	}
}

static void request_page(job *j, const char *url, bool conditional)
{
	scrm_buf auth = SCRM_BUF_INIT;
	char *req_url;
	const char *headers[2] = { NULL, NULL };
	credentials(j, url, &auth, &req_url);
	if (j->page_url != url) {
		char *copy = scrm_xstrdup(url);
		free(j->page_url);
		j->page_url = copy;
	}
	headers[0] = auth.data;
	scrm_fetch_request rq = { req_url ? req_url : url, headers, NULL,
	                          conditional ? j->entry->etag : NULL,
	                          conditional ? j->entry->last_modified : NULL };
	scrm_fetcher_add(j->c->fetcher, &rq, on_page, j);
	free(req_url);
	scrm_buf_free(&auth);
}

static void on_profiles(void *ctx, const scrm_fetch_response *r)
{
	job *j = ctx;
	/* The mentions are good without their authors' audience: a failure here is only said. */
	if (!r->ok)
		warn_source(j, "authors' audience not known: getProfiles: %s%s", r->status >= 400 ? "HTTP error: " : "",
		            r->reason);
	else if (!scrm_bluesky_apply_profiles(r->body.data ? r->body.data : "", r->body.len, j->held, j->nheld))
		warn_source(j, "authors' audience not known: getProfiles: unexpected response");
	char *next = j->held_next;
	j->held_next = NULL;
	after_page(j, next);
}

/* Asks for the profiles of the held mentions' authors (next is kept for
 * after them); false when no request could be made. */
static bool request_profiles(job *j, char *next)
{
	const char *dids[SCRM_BLUESKY_MAX_ACTORS];
	size_t n = 0;
	for (size_t i = 0; i < j->nheld && n < SCRM_BLUESKY_MAX_ACTORS; i++) {
		const char *did = j->held[i].author.id;
		bool dup = !did;
		for (size_t k = 0; k < n && !dup; k++)
			dup = strcmp(dids[k], did) == 0;
		if (!dup)
			dids[n++] = did;
	}
	char *url = n && j->page_url ? scrm_bluesky_profiles_url(j->page_url, dids, n) : NULL;
	if (!url)
		return false;
	scrm_buf auth = SCRM_BUF_INIT;
	char *req_url;
	credentials(j, url, &auth, &req_url);
	const char *headers[2] = { auth.data, NULL };
	scrm_fetch_request rq = { req_url ? req_url : url, headers, NULL, NULL, NULL };
	j->held_next = next;
	scrm_fetcher_add(j->c->fetcher, &rq, on_profiles, j);
	free(req_url);
	free(url);
	scrm_buf_free(&auth);
	return true;
}

static void on_session(void *ctx, const scrm_fetch_response *r)
{
	job *j = ctx;
	if (r->ok && r->status != 304)
		j->token = scrm_bluesky_access_token(r->body.data ? r->body.data : "", r->body.len);
	if (!j->token) {
		if (r->ok)
			job_fail(j, "Bluesky login: no accessJwt in the createSession response");
		else
			job_fail(j, "Bluesky login: HTTP %ld: %s", r->status, r->reason);
		job_done(j);
		return;
	}
	request_page(j, j->first_url, true);
}

static void start_http(job *j)
{
	const scrm_fetch_secrets *s = j->c->secrets;
	if (j->adapter == &scrm_adapter_bluesky && s->bluesky_handle && s->bluesky_password &&
	    loopback_or_https(j->first_url)) {
		char *url = scrm_bluesky_session_url(j->first_url);
		char *body = scrm_bluesky_session_body(s->bluesky_handle, s->bluesky_password);
		if (url && body) {
			scrm_fetch_request rq = { url, NULL, body, NULL, NULL };
			scrm_fetcher_add(j->c->fetcher, &rq, on_session, j);
		} else {
			job_fail(j, "cannot build the Bluesky login request");
			job_done(j);
		}
		free(url);
		free(body);
		return;
	}
	request_page(j, j->first_url, true);
}

static void start_file(job *j)
{
	char *path = scrm_source_local_path(j->src->location);
	scrm_buf data = SCRM_BUF_INIT;
	const char *why = NULL;
	if (!path)
		job_fail(j, "only http, https and file URLs are read");
	else if (!scrm_source_read_file(path, j->c->o.http.max_size, &data, &why))
		job_fail(j, "%s", why);
	free(path);
	if (j->failed) {
		job_done(j);
	} else {
		free(j->page_url);
		j->page_url = NULL;
		read_page(j, data.data ? data.data : "", data.len, NULL, NULL);
	}
	scrm_buf_free(&data);
}

/* ---- setting up ---- */

static job *new_job(scrm_collector *c, const scrm_source *src, const scrm_adapter *a, bool feed,
                    const scrm_jmap *map, const char *query)
{
	job *j = scrm_xcalloc(1, sizeof *j);
	j->c = c;
	j->src = src;
	j->adapter = a;
	j->force_feed = feed;
	j->map = map;
	j->query = query ? scrm_xstrdup(query) : NULL;
	scrm_keywords_init(&j->filter);
	j->http = scrm_source_is_http(src->location);
	if (c->njobs == c->capjobs) {
		c->capjobs = c->capjobs ? 2 * c->capjobs : 16;
		c->jobs = scrm_xrealloc(c->jobs, c->capjobs * sizeof *c->jobs);
	}
	c->jobs[c->njobs++] = j;
	return j;
}

static void free_job(job *j)
{
	free(j->query);
	scrm_keywords_free(&j->filter);
	for (size_t i = 0; i < j->nheld; i++)
		scrm_mention_clear(&j->held[i]);
	free(j->held);
	free(j->held_next);
	free(j->first_url);
	free(j->page_url);
	free(j->token);
	free(j->etag);
	free(j->last_modified);
	free(j->cursor);
	free(j);
}

/* The state key: the location plus what changes the answer (type, query). */
static void bind_state(scrm_collector *c, job *j)
{
	scrm_buf k = SCRM_BUF_INIT;
	scrm_buf_puts(&k, j->src->location);
	if (j->src->type || c->o.type)
		scrm_buf_printf(&k, " -t %s", j->src->type ? j->src->type : c->o.type);
	if (j->query)
		scrm_buf_printf(&k, " -q %s", j->query);
	for (size_t i = 0; i < j->filter.n; i++)
		scrm_buf_printf(&k, " -q %s", j->filter.original[i]);
	j->entry = scrm_state_entry_get(c->state, k.data);
	scrm_buf_free(&k);
}

/* The page-1 URL with the query and cursor in it; whether the service searches for the query. */
static bool build_url(job *j, const char *query, char **out)
{
	CURLU *u = curl_url();
	char *s = NULL;
	bool searched = false;
	*out = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, j->src->location, 0) == CURLUE_OK) {
		if (j->adapter && j->adapter->prepare)
			searched = j->adapter->prepare(u, query, j->entry ? j->entry->cursor : NULL);
		else if (j->map && scrm_jmap_query_param(j->map) && query) {
			scrm_adapt_url_param(u, scrm_jmap_query_param(j->map), query, false);
			searched = true;
		}
		if (curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK && s)
			*out = scrm_xstrdup(s);
	}
	curl_free(s);
	curl_url_cleanup(u);
	if (!*out)
		*out = scrm_xstrdup(j->src->location);
	return searched;
}

/* Every keyword that applies to a source: the global ones, then its own. */
static size_t source_queries(const scrm_collector *c, const scrm_source *s, const char ***out)
{
	size_t n = c->o.nqueries + s->nqueries;
	const char **q = scrm_xcalloc(n ? n : 1, sizeof *q);
	for (size_t i = 0; i < c->o.nqueries; i++)
		q[i] = c->o.queries[i];
	for (size_t i = 0; i < s->nqueries; i++)
		q[c->o.nqueries + i] = s->queries[i];
	*out = q;
	return n;
}

/* Makes the jobs of one source: one per keyword for a search endpoint, else one filtering locally. */
static void plan_source(scrm_collector *c, size_t idx)
{
	const scrm_source *src = &c->sources->v[idx];
	const char *type = src->type ? src->type : c->o.type;
	bool feed = type && strcmp(type, "feed") == 0;
	const scrm_adapter *a = type && !feed ? scrm_adapter_find(type) : NULL;
	bool http = scrm_source_is_http(src->location);
	if (!a && !feed && http)
		a = scrm_adapter_for_url(src->location);
	const scrm_jmap *map = c->maps[idx] ? c->maps[idx] : c->global_map;
	bool forced = type != NULL;
	if (!type && map) {          /* a mapping file says what the documents are */
		a = &scrm_adapter_json;
		forced = true;
	}
	const char **qs;
	size_t nq = source_queries(c, src, &qs);
	bool server_side = false;
	if (nq > 0 && http && !feed) {
		job probe = { .c = c, .src = src, .adapter = a, .map = map };
		char *url;
		server_side = build_url(&probe, qs[0], &url);
		free(url);
	}
	for (size_t i = 0; i < (server_side ? nq : 1); i++) {
		job *j = new_job(c, src, a, feed, map, server_side ? qs[i] : NULL);
		j->forced = forced;
		if (!server_side)
			for (size_t k = 0; k < nq; k++)
				scrm_keywords_add(&j->filter, qs[k]);
		bind_state(c, j);
	}
	free(qs);
}

scrm_collector *scrm_collector_new(const scrm_collect_opts *o, const scrm_source_list *sources,
                                   scrm_state *state, const scrm_fetch_secrets *secrets,
                                   scrm_collect_write_fn write, void *write_ctx, scrm_buf *err)
{
	scrm_collector *c = scrm_xcalloc(1, sizeof *c);
	c->o = *o;
	if (c->o.max_pages < 1)
		c->o.max_pages = 1;
	c->sources = sources;
	c->state = state;
	c->secrets = secrets;
	c->write = write;
	c->write_ctx = write_ctx;
	c->maps = scrm_xcalloc(sources->n ? sources->n : 1, sizeof *c->maps);
	bool ok = true;
	if (o->type && strcmp(o->type, "feed") != 0 && !scrm_adapter_find(o->type)) {
		scrm_buf_printf(err, "unknown type '%s' (feed %s)", o->type, scrm_adapter_names());
		ok = false;
	}
	if (ok && o->map && !(c->global_map = scrm_jmap_load(o->map, err)))
		ok = false;
	for (size_t i = 0; ok && i < sources->n; i++) {
		const scrm_source *s = &sources->v[i];
		if (s->type && strcmp(s->type, "feed") != 0 && !scrm_adapter_find(s->type)) {
			scrm_buf_printf(err, "%s: unknown type '%s' (feed %s)", s->location, s->type, scrm_adapter_names());
			ok = false;
		} else if (s->map && !(c->maps[i] = scrm_jmap_load(s->map, err))) {
			ok = false;
		}
	}
	if (ok && !(c->fetcher = scrm_fetcher_new(&c->o.http))) {
		scrm_buf_puts(err, "cannot initialise libcurl");
		ok = false;
	}
	if (!ok) {
		scrm_collector_free(c);
		return NULL;
	}
	for (size_t i = 0; i < sources->n; i++)
		plan_source(c, i);
	return c;
}

size_t scrm_collector_round(scrm_collector *c)
{
	char stamp[SCRM_DATE_LEN];
	if (!scrm_date_format(c->o.clock > 0 ? c->o.clock : (int64_t)time(NULL), stamp))
		snprintf(stamp, sizeof stamp, "1970-01-01T00:00:00Z");
	memcpy(c->fetched_at, stamp, sizeof stamp);
	c->done = c->failures = 0;
	for (size_t i = 0; i < c->njobs; i++) {
		job *j = c->jobs[i];
		j->failed = false;
		j->page = 1;
		j->dropped = 0;
		j->written = 0;
		j->hold = j->http && j->adapter == &scrm_adapter_bluesky;
		j->newest[0] = '\0';
		free(j->token);
		free(j->etag);
		free(j->last_modified);
		free(j->cursor);
		j->token = j->etag = j->last_modified = j->cursor = NULL;
		if (!j->http) {
			start_file(j);
			continue;
		}
		free(j->first_url);
		build_url(j, j->query, &j->first_url);
		start_http(j);
	}
	if (!scrm_fetcher_run(c->fetcher))
		c->failures += c->njobs - c->done;
	progress(c, true);
	return c->failures;
}

unsigned long scrm_collector_mentions(const scrm_collector *c)
{
	return c->mentions;
}

void scrm_collector_free(scrm_collector *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->njobs; i++)
		free_job(c->jobs[i]);
	free(c->jobs);
	for (size_t i = 0; i < c->sources->n; i++)
		scrm_jmap_free(c->maps[i]);
	free(c->maps);
	scrm_jmap_free(c->global_map);
	scrm_fetcher_free(c->fetcher);
	scrm_buf_free(&c->line);
	scrm_buf_free(&c->scratch);
	free(c);
}
