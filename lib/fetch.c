/*
 * fetch.c - the transfer scheduler on curl's multi interface.
 *
 * We keep our own queue instead of handing everything to curl: -j and the
 * per-host limit are applied before a transfer starts, so that its timeouts
 * count from the moment it really runs, and a transfer waiting for a retry
 * holds no connection.
 */
#include <curl/curl.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "msg.h"

#ifdef SCRM_VERSION
#define SCRM_FETCH_VERSION SCRM_VERSION
#else
#define SCRM_FETCH_VERSION "0"
#endif

typedef struct transfer {
	scrm_fetcher *owner;
	char *url;
	char *host;
	char *post_body;
	struct curl_slist *headers;
	scrm_fetch_done_fn done;
	void *ctx;
	CURL *easy;
	double due;               /* monotonic seconds: not before */
	bool running;
	bool too_big;
	bool stalled;             /* given up: nothing came or went for stall_seconds */
	double last_byte;         /* monotonic seconds: when a byte last came or went */
	curl_off_t dl_seen, ul_seen;
	char errbuf[CURL_ERROR_SIZE];
	char status_text[128];    /* reason phrase of the last status line */
	char *retry_after;
	char *reset;
	scrm_fetch_response resp;
} transfer;

typedef struct host_count {
	char *host;
	int active;
} host_count;

struct scrm_fetcher {
	scrm_fetch_opts o;
	CURLM *multi;
	transfer **queue;         /* waiting to start (maybe for a retry) */
	size_t nqueue, capqueue;
	int active;
	host_count *hosts;
	size_t nhosts, caphosts;
	unsigned seed;
};

void scrm_fetch_opts_default(scrm_fetch_opts *o)
{
	memset(o, 0, sizeof *o);
	o->parallel = 8;
	o->per_host = 4;
	o->connect_timeout_ms = 10000;
	o->timeout_ms = 60000;
	o->stall_seconds = 30;
	o->max_redirects = 5;
	o->max_size = 32u << 20;
	o->retries = 3;
	o->backoff = 1.0;
	o->max_wait = 60.0;
	o->user_agent = "scrm-fetch/" SCRM_FETCH_VERSION;
}

static double now_mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

scrm_fetcher *scrm_fetcher_new(const scrm_fetch_opts *opts)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return NULL;
	scrm_fetcher *f = scrm_xcalloc(1, sizeof *f);
	f->o = *opts;
	if (f->o.parallel < 1)
		f->o.parallel = 1;
	if (f->o.per_host < 1)
		f->o.per_host = 1;
	f->multi = curl_multi_init();
	if (!f->multi) {
		free(f);
		return NULL;
	}
	curl_multi_setopt(f->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)f->o.per_host);
	curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)f->o.parallel);
	f->seed = (unsigned)time(NULL) ^ (unsigned)getpid();
	return f;
}

static char *host_of(const char *url)
{
	CURLU *u = curl_url();
	char *host = NULL, *out;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK)
		curl_url_get(u, CURLUPART_HOST, &host, 0);
	out = scrm_xstrdup(host ? host : "");
	curl_free(host);
	curl_url_cleanup(u);
	return out;
}

static host_count *host_slot(scrm_fetcher *f, const char *host)
{
	for (size_t i = 0; i < f->nhosts; i++)
		if (strcmp(f->hosts[i].host, host) == 0)
			return &f->hosts[i];
	if (f->nhosts == f->caphosts) {
		f->caphosts = f->caphosts ? 2 * f->caphosts : 16;
		f->hosts = scrm_xrealloc(f->hosts, f->caphosts * sizeof *f->hosts);
	}
	f->hosts[f->nhosts].host = scrm_xstrdup(host);
	f->hosts[f->nhosts].active = 0;
	return &f->hosts[f->nhosts++];
}

static void enqueue(scrm_fetcher *f, transfer *t)
{
	if (f->nqueue == f->capqueue) {
		f->capqueue = f->capqueue ? 2 * f->capqueue : 64;
		f->queue = scrm_xrealloc(f->queue, f->capqueue * sizeof *f->queue);
	}
	f->queue[f->nqueue++] = t;
}

static void append_header(struct curl_slist **list, const char *h)
{
	struct curl_slist *n = curl_slist_append(*list, h);
	if (!n)
		scrm_die(3, "out of memory");
	*list = n;
}

void scrm_fetcher_add(scrm_fetcher *f, const scrm_fetch_request *req, scrm_fetch_done_fn done, void *ctx)
{
	transfer *t = scrm_xcalloc(1, sizeof *t);
	t->owner = f;
	t->url = scrm_xstrdup(req->url);
	t->host = host_of(req->url);
	t->done = done;
	t->ctx = ctx;
	t->resp.url = t->url;
	scrm_buf tmp = SCRM_BUF_INIT;
	for (const char *const *h = req->headers; h && *h; h++)
		append_header(&t->headers, *h);
	if (req->if_none_match) {
		scrm_buf_printf(&tmp, "If-None-Match: %s", req->if_none_match);
		append_header(&t->headers, tmp.data);
		scrm_buf_clear(&tmp);
	}
	if (req->if_modified_since) {
		scrm_buf_printf(&tmp, "If-Modified-Since: %s", req->if_modified_since);
		append_header(&t->headers, tmp.data);
	}
	scrm_buf_free(&tmp);
	if (req->post_body) {
		t->post_body = scrm_xstrdup(req->post_body);
		append_header(&t->headers, "Content-Type: application/json");
	}
	append_header(&t->headers, "Accept: application/json, application/atom+xml, application/rss+xml, "
	              "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
	t->due = 0;
	enqueue(f, t);
}

static void reset_response(transfer *t)
{
	scrm_fetch_response *r = &t->resp;
	scrm_buf_clear(&r->body);
	free(r->etag);
	free(r->last_modified);
	free(r->content_type);
	free(r->link);
	free(t->retry_after);
	free(t->reset);
	r->etag = r->last_modified = r->content_type = r->link = NULL;
	t->retry_after = t->reset = NULL;
	r->status = 0;
	r->ok = false;
	r->reason[0] = '\0';
	t->status_text[0] = '\0';
	t->errbuf[0] = '\0';
	t->too_big = false;
	t->stalled = false;
	t->last_byte = now_mono();
	t->dl_seen = t->ul_seen = 0;
}

static void free_transfer(transfer *t)
{
	reset_response(t);
	scrm_buf_free(&t->resp.body);
	free(t->resp.effective_url);
	if (t->easy)
		curl_easy_cleanup(t->easy);
	curl_slist_free_all(t->headers);
	free(t->url);
	free(t->host);
	free(t->post_body);
	free(t);
}

/* Counted after curl has decoded gzip/deflate: the cap is on what we hold in memory. */
static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	transfer *t = ud;
	size_t len = size * n;
	if (t->resp.body.len + len > t->owner->o.max_size) {
		t->too_big = true;
		return 0;
	}
	scrm_buf_append(&t->resp.body, p, len);
	return len;
}

static char *trimmed_copy(const char *p, size_t n)
{
	while (n && (p[0] == ' ' || p[0] == '\t')) {
		p++;
		n--;
	}
	while (n && (p[n - 1] == '\r' || p[n - 1] == '\n' || p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	return scrm_xstrndup(p, n);
}

static void keep_header(char **slot, const char *p, size_t n)
{
	free(*slot);
	*slot = trimmed_copy(p, n);
}

/*
 * "No byte for --stall-timeout seconds" as the man page says it: libcurl's
 * LOW_SPEED_TIME checks an average speed over its window, and let a server
 * that stopped mid-body after a first burst run on for 8 s on a 2 s limit.
 * libcurl calls this at least about once a second while a transfer runs.
 */
static int on_progress(void *ud, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)
{
	transfer *t = ud;
	double now = now_mono();
	if (dlnow != t->dl_seen || ulnow != t->ul_seen) {
		t->dl_seen = dlnow;
		t->ul_seen = ulnow;
		t->last_byte = now;
	} else if (now - t->last_byte >= (double)t->owner->o.stall_seconds) {
		t->stalled = true;
		return 1;   /* CURLE_ABORTED_BY_CALLBACK */
	}
	return 0;
}

/* Headers of each response in a redirect chain arrive in turn; a status line starts afresh. */
static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	transfer *t = ud;
	size_t len = size * n;
	t->last_byte = now_mono();   /* header bytes are not in the progress counts */
	if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
		reset_response(t);
		const char *sp = memchr(p, ' ', len);
		const char *sp2 = sp ? memchr(sp + 1, ' ', len - (size_t)(sp + 1 - p)) : NULL;
		if (sp2) {
			char *txt = trimmed_copy(sp2 + 1, len - (size_t)(sp2 + 1 - p));
			snprintf(t->status_text, sizeof t->status_text, "%s", txt);
			free(txt);
		}
		return len;
	}
	const char *colon = memchr(p, ':', len);
	if (!colon)
		return len;
	size_t nlen = (size_t)(colon - p);
	const char *v = colon + 1;
	size_t vlen = len - nlen - 1;
	static const struct { const char *name; size_t off; } keep[] = {
		{ "etag", offsetof(scrm_fetch_response, etag) },
		{ "last-modified", offsetof(scrm_fetch_response, last_modified) },
		{ "content-type", offsetof(scrm_fetch_response, content_type) },
		{ "link", offsetof(scrm_fetch_response, link) },
	};
	for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++)
		if (strlen(keep[i].name) == nlen && strncasecmp(p, keep[i].name, nlen) == 0) {
			keep_header((char **)((char *)&t->resp + keep[i].off), v, vlen);
			return len;
		}
	if (nlen == 11 && strncasecmp(p, "retry-after", nlen) == 0)
		keep_header(&t->retry_after, v, vlen);
	else if ((nlen == 17 && strncasecmp(p, "x-ratelimit-reset", nlen) == 0) ||
	         (nlen == 18 && strncasecmp(p, "x-rate-limit-reset", nlen) == 0) ||
	         (nlen == 15 && strncasecmp(p, "ratelimit-reset", nlen) == 0))
		keep_header(&t->reset, v, vlen);
	return len;
}

static bool setup_easy(scrm_fetcher *f, transfer *t)
{
	if (!t->easy && !(t->easy = curl_easy_init()))
		return false;
	CURL *e = t->easy;
	const scrm_fetch_opts *o = &f->o;
	curl_easy_reset(e);
	bool ok = curl_easy_setopt(e, CURLOPT_URL, t->url) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https") == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_MAXREDIRS, o->max_redirects) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip, deflate") == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o->timeout_ms) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, on_progress) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_XFERINFODATA, t) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, o->insecure ? 0L : 1L) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, o->insecure ? 0L : 2L) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_USERAGENT, o->user_agent) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_WRITEDATA, t) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_HEADERDATA, t) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf) == CURLE_OK &&
		curl_easy_setopt(e, CURLOPT_PRIVATE, t) == CURLE_OK;
	if (ok && t->post_body)
		ok = curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->post_body) == CURLE_OK;
	return ok;
}

static void finish(scrm_fetcher *f, transfer *t, CURLcode code);

/* Starts every queued transfer that is due and fits under both limits.
 * The queue is taken apart first: a transfer that cannot start is finished
 * at once, and its callback may queue new ones. */
static void start_ready(scrm_fetcher *f, double now)
{
	transfer **q = f->queue;
	size_t n = f->nqueue;
	f->queue = NULL;
	f->nqueue = f->capqueue = 0;
	for (size_t i = 0; i < n; i++) {
		transfer *t = q[i];
		host_count *hc = host_slot(f, t->host);
		if (f->active >= f->o.parallel || t->due > now || hc->active >= f->o.per_host) {
			enqueue(f, t);
			continue;
		}
		reset_response(t);
		t->resp.attempts++;
		if (!setup_easy(f, t) || curl_multi_add_handle(f->multi, t->easy) != CURLM_OK) {
			snprintf(t->errbuf, sizeof t->errbuf, "cannot set up the transfer");
			finish(f, t, CURLE_FAILED_INIT);
			continue;
		}
		t->running = true;
		hc->active++;
		f->active++;
	}
	free(q);
}

static bool curl_code_retryable(CURLcode c)
{
	switch (c) {
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_COULDNT_CONNECT:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_PARTIAL_FILE:
	case CURLE_GOT_NOTHING:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return true;
	default:
		return false;
	}
}

static void describe_failure(transfer *t, CURLcode code)
{
	scrm_fetch_response *r = &t->resp;
	const char *detail = t->errbuf[0] ? t->errbuf : curl_easy_strerror(code);
	if (t->too_big)
		snprintf(r->reason, sizeof r->reason, "response larger than %zu bytes once decoded",
		         t->owner->o.max_size);
	else if (t->stalled)
		snprintf(r->reason, sizeof r->reason, "stalled: nothing received for %ld s (--stall-timeout)",
		         t->owner->o.stall_seconds);
	else if (code == CURLE_UNSUPPORTED_PROTOCOL && r->status >= 300 && r->status < 400)
		snprintf(r->reason, sizeof r->reason,
		         "redirect to a scheme other than http or https refused (%s)", detail);
	else if (code == CURLE_UNSUPPORTED_PROTOCOL)
		snprintf(r->reason, sizeof r->reason, "only http and https are fetched (%s)", detail);
	else if (code != CURLE_OK)
		snprintf(r->reason, sizeof r->reason, "%s", detail);
	else if (r->status >= 300 && r->status < 400)   /* curl follows every redirect that says where */
		snprintf(r->reason, sizeof r->reason, "%s%sa redirect without a Location header%s", t->status_text,
		         t->status_text[0] ? " (" : "", t->status_text[0] ? ")" : "");
	else
		snprintf(r->reason, sizeof r->reason, "%s", t->status_text[0] ? t->status_text : "HTTP error");
}

static void finish(scrm_fetcher *f, transfer *t, CURLcode code)
{
	scrm_fetch_response *r = &t->resp;
	if (t->running) {
		curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &r->status);
		char *eff = NULL;
		if (curl_easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff) {
			free(r->effective_url);
			r->effective_url = scrm_xstrdup(eff);
		}
		curl_multi_remove_handle(f->multi, t->easy);
		t->running = false;
		host_slot(f, t->host)->active--;
		f->active--;
	}
	r->ok = code == CURLE_OK && ((r->status >= 200 && r->status < 300) || r->status == 304);
	if (r->ok) {
		if (r->status == 304)
			scrm_buf_clear(&r->body);
	} else {
		describe_failure(t, code);
		bool again = code == CURLE_OK ? scrm_fetch_status_retryable(r->status)
		                              : (!t->too_big && (t->stalled || curl_code_retryable(code)));
		if (again && r->attempts <= f->o.retries) {
			double jitter = 0.5 + (double)rand_r(&f->seed) / ((double)RAND_MAX + 1.0);
			double d = scrm_fetch_retry_delay(&f->o, r->attempts - 1,
			                                  r->status == 429 || r->status == 503 ? t->retry_after : NULL,
			                                  r->status == 429 ? t->reset : NULL, time(NULL), jitter);
			t->due = now_mono() + d;
			enqueue(f, t);
			return;
		}
		if (code == CURLE_OK || r->status)
			scrm_buf_clear(&r->body);
	}
	t->done(t->ctx, r);
	free_transfer(t);
}

static double next_due(const scrm_fetcher *f)
{
	double d = -1;
	for (size_t i = 0; i < f->nqueue; i++)
		if (d < 0 || f->queue[i]->due < d)
			d = f->queue[i]->due;
	return d;
}

bool scrm_fetcher_run(scrm_fetcher *f)
{
	while (f->nqueue > 0 || f->active > 0) {
		double now = now_mono();
		start_ready(f, now);
		int running = 0;
		if (f->active > 0) {
			CURLMcode mc = curl_multi_perform(f->multi, &running);
			if (mc != CURLM_OK) {
				scrm_warn("curl: %s", curl_multi_strerror(mc));
				return false;
			}
			CURLMsg *msg;
			int left;
			while ((msg = curl_multi_info_read(f->multi, &left))) {
				if (msg->msg != CURLMSG_DONE)
					continue;
				transfer *t = NULL;
				curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
				finish(f, t, msg->data.result);
			}
		}
		if (f->nqueue == 0 && f->active == 0)
			break;
		/* Wake for network events, or when the earliest retry falls due. */
		double due = next_due(f);
		long wait_ms = 1000;
		if (due >= 0) {
			double dt = due - now_mono();
			if (f->active < f->o.parallel && dt < 1.0)
				wait_ms = dt > 0 ? (long)(dt * 1000) + 1 : 0;
		}
		if (f->active > 0) {
			if (curl_multi_poll(f->multi, NULL, 0, (int)wait_ms, NULL) != CURLM_OK) {
				scrm_warn("curl: poll failed");
				return false;
			}
		} else if (wait_ms > 0) {
			struct timespec ts = { wait_ms / 1000, (wait_ms % 1000) * 1000000L };
			while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
				;
		}
	}
	return true;
}

void scrm_fetcher_free(scrm_fetcher *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->nqueue; i++)
		free_transfer(f->queue[i]);
	free(f->queue);
	for (size_t i = 0; i < f->nhosts; i++)
		free(f->hosts[i].host);
	free(f->hosts);
	curl_multi_cleanup(f->multi);
	free(f);
	curl_global_cleanup();
}
