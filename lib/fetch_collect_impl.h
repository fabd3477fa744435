/*
 * fetch_collect_impl.h - what the collector's four files share (fetch_plan.c,
 * fetch_page.c, fetch_report.c, fetch_collect.c); not for use outside them.
 *
 * The collector owns its jobs and each job owns its strings and held
 * mentions; a job borrows its source, its mapping and its state entry.
 */
#ifndef SCRM_FETCH_COLLECT_IMPL_H
#define SCRM_FETCH_COLLECT_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "adapt.h"
#include "buf.h"
#include "date.h"
#include "fetch.h"
#include "fetch_collect.h"
#include "keywords.h"
#include "mention.h"
#include "sources.h"
#include "state.h"

typedef struct scrm_collect_job {
	struct scrm_collector *c;
	const scrm_source *src;
	const scrm_adapter *adapter;   /* forced or guessed from the URL; NULL: decided from content */
	bool force_feed;
	bool forced;                   /* the type was given (-t or -m), not guessed */
	const scrm_jmap *map;
	scrm_state_entry *entry;
	char *query;                   /* sent to the service, or NULL */
	scrm_keywords filter;          /* filtered here when the service does not search */
	char *filter_key;              /* filter's keywords as scrm_state_entry.queries has them */
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
	char *feed_scope;              /* scrm_feed_id_scope() of the source, once it gave a feed */
	/* committed to the state entry when the job succeeds */
	char *etag, *last_modified, *cursor;
	char newest[SCRM_DATE_LEN];
} scrm_collect_job;

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
	scrm_collect_job **jobs;
	size_t njobs, capjobs, done, failures;
	unsigned long mentions;
	char fetched_at[SCRM_DATE_LEN];
	scrm_buf line, scratch;
};

/* fetch_plan.c */

/* The page-1 URL with the query and cursor in it (*out, allocated);
 * returns whether the service searches for the query. */
bool scrm_collect_build_url(scrm_collect_job *j, const char *query, char **out);
/* Whether the state entry's validators and cursor were learnt filtering for
 * the keywords the job filters for: else they say nothing about its answer. */
bool scrm_collect_remembers(const scrm_collect_job *j);

/* fetch_page.c */

/* Maps one page's document to mentions, which are filtered and written (or
 * held back) as they come: a feed, or JSON for an adapter, whose next page
 * and cursor go to *pg. False, with the job failed, when the document is
 * unusable. */
bool scrm_collect_parse_page(scrm_collect_job *j, const char *data, size_t len, const char *content_type,
                             const char *link, scrm_adapt_page *pg);
/* Writes the mentions held back and empties the hold. */
void scrm_collect_flush_held(scrm_collect_job *j);

/* fetch_report.c */

/* A warning about a job's source (nothing with --quiet). */
void scrm_collect_warn(const scrm_collect_job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The job's failure: said like scrm_collect_warn, and the job marked failed. */
void scrm_collect_fail(scrm_collect_job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Redraws the progress line (with --progress), or ends it when last. */
void scrm_collect_progress(scrm_collector *c, bool last);

#endif
