/*
 * fetch_plan.c - setting a collector up: the types and mapping files are
 * checked, and each source becomes its jobs (one per keyword when its
 * endpoint searches server-side, else one that filters here), each bound
 * to its state entry; and the URLs those jobs ask for.
 */
#include <jansson.h>
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
	free(j->filter_key);
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

/* Where a source is and what it is: a file named as scrm-mention(5) names
 * it in feed ids, so that any path to one file is one source. */
static void source_key(const scrm_collector *c, const scrm_collect_job *j, const char *location, scrm_buf *k)
{
	scrm_buf_puts(k, location);
	if (j->src->type || c->o.type)
		scrm_buf_printf(k, " -t %s", j->src->type ? j->src->type : c->o.type);
}

static int by_string(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The keywords filtered here, sorted (their order changes no answer), as
 * compact JSON; NULL when there are none. */
static char *filter_key(const scrm_keywords *f)
{
	if (f->n == 0)
		return NULL;
	const char **v = scrm_xcalloc(f->n, sizeof *v);
	memcpy(v, f->original, f->n * sizeof *v);
	qsort(v, f->n, sizeof *v, by_string);
	json_t *a = json_array();
	int bad = !a;
	for (size_t i = 0; !bad && i < f->n; i++)
		bad = json_array_append_new(a, json_string(v[i]));
	char *text = bad ? NULL : json_dumps(a, JSON_COMPACT);
	json_decref(a);
	free(v);
	if (!text)
		scrm_die(SCRM_EXIT_IO, "out of memory");
	return text;
}

/* A searched source keeps one memory per keyword, the service's answer
 * depending on it. */
static void bind_searched(scrm_collector *c, scrm_collect_job *j)
{
	scrm_buf k = SCRM_BUF_INIT;
	source_key(c, j, j->src->location, &k);
	scrm_buf_printf(&k, " -q %s", j->query);
	j->entry = scrm_state_entry_get(c->state, k.data);
	scrm_buf_free(&k);
}

/* Takes into the job's entry the ids of the entries an earlier version
 * kept for location: "LOCATION[ -t TYPE] -q A -q B", and when exact also
 * "LOCATION[ -t TYPE]" (a file named as typed). */
static void absorb_old(scrm_collector *c, scrm_collect_job *j, const char *location, bool exact)
{
	scrm_buf k = SCRM_BUF_INIT, prefix = SCRM_BUF_INIT;
	source_key(c, j, location, &k);
	scrm_buf_printf(&prefix, "%s -q ", k.data);
	scrm_state_absorb(c->state, j->entry, exact ? k.data : NULL, prefix.data);
	scrm_buf_free(&prefix);
	scrm_buf_free(&k);
}

/* A source filtered here keeps one memory, whatever the keywords: the ids
 * written stay written when keywords are added or reordered. */
static void bind_filtered(scrm_collector *c, scrm_collect_job *j)
{
	char *scope = scrm_source_scope_name(j->src->location);
	scrm_buf k = SCRM_BUF_INIT;
	source_key(c, j, scope, &k);
	j->entry = scrm_state_entry_get(c->state, k.data);
	absorb_old(c, j, scope, false);
	if (strcmp(scope, j->src->location) != 0)
		absorb_old(c, j, j->src->location, true);
	j->filter_key = filter_key(&j->filter);
	scrm_buf_free(&k);
	free(scope);
}

bool scrm_collect_remembers(const scrm_collect_job *j)
{
	if (!j->entry)   /* the probe of plan_source */
		return false;
	const char *had = j->entry->queries;
	if (!had || !j->filter_key)
		return had == j->filter_key;
	return strcmp(had, j->filter_key) == 0;
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
			searched = j->adapter->prepare(u, query, scrm_collect_remembers(j) ? j->entry->cursor : NULL);
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
	}
	free(qs);
}

/* Jobs filtering here take in the old entries of their source before any
 * job holds an entry, since taking in frees them. A location searched and
 * filtered in one run (two mapping files) shares its old entries'
 * keys: the filtering job takes them. */
static void bind_jobs(scrm_collector *c)
{
	for (size_t i = 0; i < c->njobs; i++)
		if (!c->jobs[i]->query)
			bind_filtered(c, c->jobs[i]);
	for (size_t i = 0; i < c->njobs; i++)
		if (c->jobs[i]->query)
			bind_searched(c, c->jobs[i]);
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
	bind_jobs(c);
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
