/*
 * fetch_collect.c - a collection round: each job asks for its pages one
 * after the other (after a Bluesky login if there are credentials), hands
 * every page to fetch_page.c, asks for the held mentions' authors'
 * profiles, and commits what it learnt to its state entry at its end.
 *
 * The state entry of a job changes only when the job succeeded, except the
 * set of emitted ids, which is kept even for a failed source: those
 * mentions were written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "adapt.h"
#include "date.h"
#include "fetch_collect_impl.h"
#include "msg.h"
#include "state.h"
#include "url.h"

/* The end of a job: commit what it learnt, count it. */
static void job_done(scrm_collect_job *j)
{
	scrm_collector *c = j->c;
	if (!j->failed) {
		scrm_state_entry *e = j->entry;
		bool other_keywords = !scrm_collect_remembers(j);   /* what the entry holds answered them */
		if (j->etag || j->last_modified || other_keywords) {
			scrm_state_set(&e->etag, j->etag);
			scrm_state_set(&e->last_modified, j->last_modified);
		}
		if (j->cursor || other_keywords)
			scrm_state_set(&e->cursor, j->cursor);
		scrm_state_set(&e->queries, j->filter_key);
		if (j->newest[0] && (!e->newest || strcmp(j->newest, e->newest) > 0))
			scrm_state_set(&e->newest, j->newest);
		if (j->dropped > 0)
			scrm_collect_warn(j, "%zu post%s left out: their authors ask not to be shown to logged-out "
			                  "readers (!no-unauthenticated); set SCRM_BLUESKY_HANDLE and "
			                  "SCRM_BLUESKY_APP_PASSWORD to fetch as a logged-in user", j->dropped,
			                  j->dropped == 1 ? "" : "s");
	} else {
		c->failures++;
	}
	if (c->o.flush && j->written > 0)
		c->o.flush(c->write_ctx);
	c->done++;
	scrm_collect_progress(c, false);
}

/* ---- pages ---- */

static void request_page(scrm_collect_job *j, const char *url, bool conditional);
static bool request_profiles(scrm_collect_job *j, char *next);

/* Writes what was held back, then reads the next page (next is freed) or ends the job. */
static void after_page(scrm_collect_job *j, char *next)
{
	scrm_collect_flush_held(j);
	if (next) {
		j->page++;
		request_page(j, next, false);
		free(next);
	} else {
		job_done(j);
	}
}

/* One page arrived (or was read from a file): map it, then go on or finish. */
static void read_page(scrm_collect_job *j, const char *data, size_t len, const char *content_type, const char *link)
{
	j->page_new = 0;
	scrm_adapt_page pg = { 0 };
	bool ok = scrm_collect_parse_page(j, data, len, content_type, link, &pg);
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

/* Why a request failed, as scrm-fetch(1) promises it: the HTTP status when
 * one came that is not a success (a 2xx cut short is a transfer failure),
 * the reason, and how many attempts were made. */
static void failure(const scrm_fetch_response *r, char *out, size_t n)
{
	char status[32] = "", tries[64] = "";
	if (r->status >= 300)
		snprintf(status, sizeof status, "HTTP %ld: ", r->status);
	if (r->attempts > 1)
		snprintf(tries, sizeof tries, " (%d attempts)", r->attempts);
	snprintf(out, n, "%s%s%s", status, r->reason, tries);
}

static void on_page(void *ctx, const scrm_fetch_response *r)
{
	scrm_collect_job *j = ctx;
	if (!r->ok) {
		char why[640];
		failure(r, why, sizeof why);
		scrm_collect_fail(j, "%s", why);
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
static void credentials(const scrm_collect_job *j, const char *url, scrm_buf *auth, char **req_url)
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

static void request_page(scrm_collect_job *j, const char *url, bool conditional)
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
	conditional = conditional && scrm_collect_remembers(j);
	scrm_fetch_request rq = { req_url ? req_url : url, headers, NULL,
	                          conditional ? j->entry->etag : NULL,
	                          conditional ? j->entry->last_modified : NULL };
	scrm_fetcher_add(j->c->fetcher, &rq, on_page, j);
	free(req_url);
	scrm_buf_free(&auth);
}

static void on_profiles(void *ctx, const scrm_fetch_response *r)
{
	scrm_collect_job *j = ctx;
	/* The mentions are good without their authors' audience: a failure here is only said. */
	char why[640];
	if (!r->ok) {
		failure(r, why, sizeof why);
		scrm_collect_warn(j, "authors' audience not known: getProfiles: %s", why);
	} else if (!scrm_bluesky_apply_profiles(r->body.data ? r->body.data : "", r->body.len, j->held, j->nheld)) {
		scrm_collect_warn(j, "authors' audience not known: getProfiles: unexpected response");
	}
	char *next = j->held_next;
	j->held_next = NULL;
	after_page(j, next);
}

/* Asks for the profiles of the held mentions' authors (next is kept for
 * after them); false when no request could be made. */
static bool request_profiles(scrm_collect_job *j, char *next)
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
	scrm_collect_job *j = ctx;
	if (r->ok && r->status != 304)
		j->token = scrm_bluesky_access_token(r->body.data ? r->body.data : "", r->body.len);
	if (!j->token) {
		char why[640] = "no accessJwt in the createSession response";
		if (!r->ok)
			failure(r, why, sizeof why);
		scrm_collect_fail(j, "Bluesky login: %s", why);
		job_done(j);
		return;
	}
	request_page(j, j->first_url, true);
}

static void start_http(scrm_collect_job *j)
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
			scrm_collect_fail(j, "cannot build the Bluesky login request");
			job_done(j);
		}
		free(url);
		free(body);
		return;
	}
	request_page(j, j->first_url, true);
}

static void start_file(scrm_collect_job *j)
{
	char *path = scrm_source_local_path(j->src->location);
	scrm_buf data = SCRM_BUF_INIT;
	const char *why = NULL;
	if (!path)
		scrm_collect_fail(j, "only http, https and file URLs are read");
	else if (!scrm_source_read_file(path, j->c->o.http.max_size, &data, &why))
		scrm_collect_fail(j, "%s", why);
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

/* ---- the round ---- */

size_t scrm_collector_round(scrm_collector *c)
{
	char stamp[SCRM_DATE_LEN];
	if (!scrm_date_format(c->o.clock > 0 ? c->o.clock : (int64_t)time(NULL), stamp))
		snprintf(stamp, sizeof stamp, "1970-01-01T00:00:00Z");
	memcpy(c->fetched_at, stamp, sizeof stamp);
	c->done = c->failures = 0;
	for (size_t i = 0; i < c->njobs; i++) {
		scrm_collect_job *j = c->jobs[i];
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
		scrm_collect_build_url(j, j->query, &j->first_url);
		start_http(j);
	}
	if (!scrm_fetcher_run(c->fetcher))
		c->failures += c->njobs - c->done;
	scrm_collect_progress(c, true);
	return c->failures;
}

unsigned long scrm_collector_mentions(const scrm_collector *c)
{
	return c->mentions;
}
