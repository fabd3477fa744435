/*
 * fetch.h - the HTTP engine: many transfers at once on one curl multi handle,
 * with per-host limits, timeouts, retries and a cap on the decoded size.
 *
 * The fetcher owns every queued transfer (scrm_fetcher_add copies the
 * request); a response handed to a completion callback is borrowed for the
 * duration of that call only.
 */
#ifndef SCRM_FETCH_H
#define SCRM_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "buf.h"

typedef struct scrm_fetch_opts {
	int parallel;             /* transfers at once (-j) */
	int per_host;             /* transfers at once to one host */
	long connect_timeout_ms;
	long timeout_ms;          /* whole transfer, per attempt */
	long stall_seconds;       /* give up when no byte has come or gone for this long */
	long max_redirects;
	size_t max_size;          /* cap on the decoded body, in bytes */
	int retries;              /* attempts after the first, on timeouts, 429 and 5xx */
	double backoff;           /* first retry delay in seconds; doubles each time, +-50% jitter */
	double max_wait;          /* clamp on any delay: backoff, Retry-After, rate-limit reset */
	bool insecure;            /* skip TLS verification (only when asked) */
	const char *user_agent;   /* borrowed */
} scrm_fetch_opts;

/* Sensible defaults: 8 parallel, 4 per host, 10 s connect, 60 s total, 30 s
 * stall, 5 redirects, 32 MB, 3 retries, 1 s backoff, 60 s max wait. */
void scrm_fetch_opts_default(scrm_fetch_opts *o);

/* A request: every pointer is borrowed and copied by scrm_fetcher_add. */
typedef struct scrm_fetch_request {
	const char *url;                 /* http or https only */
	const char *const *headers;      /* "Name: value" strings, NULL-terminated, or NULL */
	const char *post_body;           /* NULL: GET; otherwise POSTed as application/json */
	const char *if_none_match;       /* ETag from the last run, or NULL */
	const char *if_modified_since;   /* Last-Modified from the last run, or NULL */
} scrm_fetch_request;

typedef struct scrm_fetch_response {
	const char *url;          /* as requested */
	bool ok;                  /* a 2xx or 304 response arrived whole */
	long status;              /* last HTTP status, 0 when none arrived */
	int attempts;
	scrm_buf body;            /* decoded body (2xx only) */
	char *etag;               /* response headers, NULL when absent */
	char *last_modified;
	char *content_type;
	char *link;               /* Link: header (pagination) */
	char *effective_url;      /* after redirects */
	char reason[512];         /* why it failed, when !ok (the status itself not included) */
} scrm_fetch_response;

typedef void (*scrm_fetch_done_fn)(void *ctx, const scrm_fetch_response *resp);

typedef struct scrm_fetcher scrm_fetcher;

/* NULL when curl cannot be set up. opts is copied. */
scrm_fetcher *scrm_fetcher_new(const scrm_fetch_opts *opts);
/* Queues a request; done(ctx, resp) is called once, when it succeeded or
 * failed for good. Callbacks may queue further requests. */
void scrm_fetcher_add(scrm_fetcher *f, const scrm_fetch_request *req, scrm_fetch_done_fn done, void *ctx);
/* Runs until nothing is queued, running or waiting for a retry. false (with
 * a message printed) when curl's multi interface itself failed. */
bool scrm_fetcher_run(scrm_fetcher *f);
void scrm_fetcher_free(scrm_fetcher *f);

/*
 * Seconds to wait before retry number attempt (0 for the first retry):
 * the server's Retry-After (seconds or an HTTP date) or rate-limit reset
 * (epoch seconds when above 10^9, else seconds from now) when given, else
 * backoff * 2^attempt scaled by jitter (in [0.5, 1.5)); always clamped to
 * [0, max_wait]. retry_after and reset may be NULL; now is the wall clock.
 */
double scrm_fetch_retry_delay(const scrm_fetch_opts *o, int attempt, const char *retry_after,
                              const char *reset, time_t now, double jitter);

/* Whether a transfer ending with this HTTP status is worth another try (429, 5xx but 501/505). */
bool scrm_fetch_status_retryable(long status);

#endif
