/*
 * fetch_plan.c - setting a collector up: the types and mapping files are
 * checked, and each source becomes its jobs (one per keyword when its
 * endpoint searches server-side, else one that filters here), each bound
 * to its state entry; and the URLs those jobs ask for.
 */
#include <stdlib.h>
#include <string.h>

#include "adapt.h"
#include "fetch_collect_impl.h"
#include "keywords.h"
#include "msg.h"
#include "state.h"

static scrm_collect_job *new_job(scrm_collector *c, const scrm_source *src, const scrm_adapter *a, bool feed,
                    const scrm_jmap *map, const char *query)
{
	scrm_collect_job *j = scrm_xcalloc(1, sizeof *j);
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

static void free_job(scrm_collect_job *j)
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
	free(j->feed_scope);
	free(j);
}

/* The state key: the location plus what changes the answer (type, query). */
static void bind_state(scrm_collector *c, scrm_collect_job *j)
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
bool scrm_collect_build_url(scrm_collect_job *j, const char *query, char **out)
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
		scrm_collect_job probe = { .c = c, .src = src, .adapter = a, .map = map };
		char *url;
		server_side = scrm_collect_build_url(&probe, qs[0], &url);
		free(url);
	}
	for (size_t i = 0; i < (server_side ? nq : 1); i++) {
		scrm_collect_job *j = new_job(c, src, a, feed, map, server_side ? qs[i] : NULL);
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
	bool ok = !o->type || scrm_adapter_type_check(o->type, err);
	if (ok && o->map && !(c->global_map = scrm_jmap_load(o->map, err)))
		ok = false;
	for (size_t i = 0; ok && i < sources->n; i++) {
		const scrm_source *s = &sources->v[i];
		scrm_buf why = SCRM_BUF_INIT;
		if (s->type && !scrm_adapter_type_check(s->type, &why)) {
			scrm_buf_printf(err, "%s: %s", s->location, why.data);
			ok = false;
		} else if (s->map && !(c->maps[i] = scrm_jmap_load(s->map, err))) {
			ok = false;
		}
		scrm_buf_free(&why);
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
