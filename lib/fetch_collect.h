/*
 * fetch_collect.h - one collection pass over a list of sources: requests
 * (or local files) in, filtered and de-duplicated mention lines out.
 *
 * The collector borrows the sources, the state, the secrets and the
 * options for its whole life; it owns its fetcher and per-source jobs.
 */
#ifndef SCRM_FETCH_COLLECT_H
#define SCRM_FETCH_COLLECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "fetch.h"
#include "fetch_conf.h"
#include "sources.h"
#include "state.h"

/* Receives each mention as one line ending in "\n". */
typedef void (*scrm_collect_write_fn)(void *ctx, const char *line, size_t n);
/* Called (with the write context) when a source's batch is complete, for --follow. */
typedef void (*scrm_collect_flush_fn)(void *ctx);
/* Called (with the write context) for a line of a JSON-lines document (one
 * document a line, as twarc writes them) that cannot be used: line number
 * lineno of the source where, its bytes text[0..n) without the newline, and
 * why. The other lines are read all the same. */
typedef void (*scrm_collect_reject_fn)(void *ctx, const char *where, unsigned long lineno, const char *text,
                                       size_t n, const char *why);

typedef struct scrm_collect_opts {
	scrm_fetch_opts http;
	int max_pages;                  /* pages per source and run, >= 1 */
	bool has_since;
	int64_t since;                  /* --since: leave out what is older */
	const char *const *queries;     /* -q keywords for every source */
	size_t nqueries;
	const char *type;               /* -t for sources without their own, or NULL */
	const char *map;                /* -m for sources without their own, or NULL */
	bool progress;                  /* a progress line on stderr */
	bool quiet;                     /* no warnings (failures still count) */
	int64_t clock;                  /* fetched_at for every mention if > 0 (reproducible runs), else now */
	scrm_collect_flush_fn flush;    /* NULL, or called after each source that wrote something */
	scrm_collect_reject_fn reject;  /* NULL: a bad line fails its source, like a bad document */
} scrm_collect_opts;

typedef struct scrm_collector scrm_collector;

/*
 * Checks what can be checked before any request (types, mapping files) and
 * returns a collector, or NULL with a message in err (a usage or
 * configuration error). state may not be NULL: without --state it is an
 * in-memory state, which still de-duplicates within a run and across
 * --follow rounds.
 */
scrm_collector *scrm_collector_new(const scrm_collect_opts *o, const scrm_source_list *sources,
                                   scrm_state *state, const scrm_fetch_secrets *secrets,
                                   scrm_collect_write_fn write, void *write_ctx, scrm_buf *err);

/* Collects from every source once. Failures are reported on stderr as they
 * happen; returns how many sources failed. The state is updated in memory
 * (the caller saves it once the output is flushed). */
size_t scrm_collector_round(scrm_collector *c);

/* Mentions written so far, over all rounds. */
unsigned long scrm_collector_mentions(const scrm_collector *c);

void scrm_collector_free(scrm_collector *c);

#endif
