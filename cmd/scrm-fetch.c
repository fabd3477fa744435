/*
 * scrm-fetch - collect mentions from feeds, forums and social APIs.
 *
 * A thin main: options, sources, state; the work is in lib/fetch_collect.c.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "cli.h"
#include "date.h"
#include "fetch_collect.h"
#include "keywords.h"
#include "lockfile.h"
#include "msg.h"
#include "sources.h"

enum {
	OPT_QUERY = 256, OPT_OPML, OPT_STATE, OPT_MAX_PAGES, OPT_SINCE, OPT_CONNECT_TIMEOUT, OPT_TIMEOUT,
	OPT_STALL, OPT_MAX_REDIRECTS, OPT_MAX_SIZE, OPT_RETRIES, OPT_BACKOFF, OPT_MAX_WAIT, OPT_INSECURE,
	OPT_CONFIG, OPT_PER_HOST, OPT_LIST
};

static const struct option longopts[] = {
	{ "query", required_argument, NULL, OPT_QUERY },
	{ "type", required_argument, NULL, 't' },
	{ "sources", required_argument, NULL, 's' },
	{ "opml", required_argument, NULL, OPT_OPML },
	{ "map", required_argument, NULL, 'm' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "per-host", required_argument, NULL, OPT_PER_HOST },
	{ "state", required_argument, NULL, OPT_STATE },
	{ "follow", required_argument, NULL, 'f' },
	{ "max-pages", required_argument, NULL, OPT_MAX_PAGES },
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "stall-timeout", required_argument, NULL, OPT_STALL },
	{ "max-redirects", required_argument, NULL, OPT_MAX_REDIRECTS },
	{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
	{ "retries", required_argument, NULL, OPT_RETRIES },
	{ "backoff", required_argument, NULL, OPT_BACKOFF },
	{ "max-wait", required_argument, NULL, OPT_MAX_WAIT },
	{ "insecure", no_argument, NULL, OPT_INSECURE },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "list-sources", no_argument, NULL, OPT_LIST },
	{ 0, 0, 0, 0 }
};

static const scrm_tool tool = {
	"scrm-fetch", "collect mentions from feeds, forums and social APIs", "[options] SOURCE...",
	"  -q WORDS           keywords: sent to search APIs, matched in feeds (repeatable;\n"
	"                     --quiet is the long form of the common -q here)\n"
	"  -t TYPE            force the type: feed mastodon bluesky reddit hn discourse lemmy x youtube json\n"
	"  -s FILE            sources list: one 'SOURCE [-t T] [-q W] [-m MAP] [-g GROUP] [-c NAME]' a line\n"
	"  --opml FILE        sources from an OPML subscription list (categories become the group)\n"
	"  -m MAP             mapping file for a JSON API (implies -t json)\n"
	"  --state FILE       remember cursors, validators and ids: a later run emits only new mentions\n"
	"  -f, --follow SECS  poll every SECS seconds, forever\n"
	"  -j N               transfers at once (8); --per-host N: to one host (4)\n"
	"  --max-pages N      pages per source and run (1)\n"
	"  --since DATE       leave out mentions older than DATE\n"
	"  --connect-timeout S, --timeout S, --stall-timeout S   (10, 60, 30 seconds)\n"
	"  --retries N        on timeouts, 429 and 5xx (3); --backoff S (1), --max-wait S (60)\n"
	"  --max-redirects N  (5); --max-size BYTES: decoded response cap (32M; K, M, G suffixes)\n"
	"  --insecure         do not verify TLS certificates\n"
	"  --config FILE      credentials file (default ~/.config/scrm/fetch.conf)\n"
	"  --list-sources     print the sources (one JSON object a line) and fetch nothing\n",
	"q:t:s:m:j:f:", longopts, true
};

static double seconds(const scrm_cli *cli, const char *opt, const char *v, double min, double max)
{
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	if (errno || end == v || *end || !(d >= min && d <= max))
		scrm_cli_usage_error(cli, "%s: expected a number of seconds from %g to %g, not '%s'", opt, min, max, v);
	return d;
}

static size_t bytes(const scrm_cli *cli, const char *v)
{
	char *end;
	errno = 0;
	unsigned long long n = strtoull(v, &end, 10);
	unsigned shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20
	               : *end == 'G' || *end == 'g' ? 30 : 0;
	if (shift)
		end++;
	if (errno || end == v || *end || n == 0 || n > (1ULL << 40) >> shift)
		scrm_cli_usage_error(cli, "--max-size: expected a size such as 500K or 32M, not '%s'", v);
	return (size_t)(n << shift);
}

/* Where the collector's mentions and rejected lines go: the run's output and
 * --rejects, and the state, saved before --strict ends the run. */
typedef struct output {
	scrm_run run;
	scrm_state *state;
	const char *state_path;
} output;

static void write_line(void *ctx, const char *line, size_t n)
{
	output *out = ctx;
	scrm_run_write(&out->run, line, n);
}

static void flush_run(void *ctx)
{
	output *out = ctx;
	scrm_run_flush(&out->run);
}

/* Only once the mentions are out may the state say they were seen. */
static void save_state(output *out)
{
	scrm_run_flush(&out->run);
	if (out->state_path && !scrm_state_save(out->state, out->state_path)) {
		scrm_warn("%s: cannot write the state: %s", out->state_path, strerror(errno));
		scrm_run_fail(&out->run, SCRM_EXIT_IO);
	}
}

/* A bad line of a JSON-lines source, reported and kept as every scrm tool
 * does with the lines it cannot use. --strict ends the run there (in
 * scrm_run_reject), so the mentions written so far are first marked seen. */
static void reject_line(void *ctx, const char *where, unsigned long lineno, const char *text, size_t n,
                        const char *why)
{
	output *out = ctx;
	scrm_run *run = &out->run;
	if (run->cli->strict)
		save_state(out);
	run->file = where;
	run->lineno = lineno;
	run->line = text;
	run->len = n;
	run->line_crlf = false;   /* text is the line as the page holds it */
	scrm_run_reject(run, "%s", why);
	run->line = NULL;
	run->len = 0;
}

/* --list-sources: what a run would read, for checking a list or an OPML
 * file; the command line's -t, -q and -m are folded into each source. */
static int list_sources(const scrm_cli *cli, const scrm_collect_opts *o, scrm_source_list *sources)
{
	scrm_run run;
	scrm_buf line = SCRM_BUF_INIT;
	scrm_run_start(&run, cli);
	for (size_t i = 0; i < sources->n; i++) {
		scrm_source *s = &sources->v[i];
		if (!s->type && o->type)
			s->type = scrm_xstrdup(o->type);
		if (!s->map && o->map)
			s->map = scrm_xstrdup(o->map);
		for (size_t k = 0; k < o->nqueries; k++)
			scrm_source_add_query(s, o->queries[k]);
		scrm_buf_clear(&line);
		scrm_source_to_json(s, &line);
		scrm_buf_putc(&line, '\n');
		scrm_run_write(&run, line.data, line.len);
	}
	scrm_buf_free(&line);
	return scrm_run_finish(&run);
}

static void sleep_seconds(double s)
{
	struct timespec ts = { (time_t)s, (long)((s - floor(s)) * 1e9) };
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

/* The run: credentials, state, rounds (one, or forever with --follow). */
static int collect(const scrm_cli *cli, const scrm_collect_opts *o, const scrm_source_list *sources,
                   const char *state_path, const char *config, double follow)
{
	scrm_buf err = SCRM_BUF_INIT;
	scrm_fetch_secrets secrets;
	if (!scrm_fetch_secrets_load(&secrets, config, &err))
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	if (state_path)
		scrm_lock_or_exit(state_path);
	scrm_state state;
	scrm_state_init(&state);
	if (state_path && !scrm_state_load(&state, state_path, &err))
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);

	output out = { .state = &state, .state_path = state_path };
	scrm_run_start(&out.run, cli);
	scrm_collector *col = scrm_collector_new(o, sources, &state, &secrets, write_line, &out, &err);
	if (!col)
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	for (;;) {
		if (scrm_collector_round(col) > 0)
			scrm_run_fail(&out.run, SCRM_EXIT_REJECTS);
		save_state(&out);
		if (follow <= 0)
			break;
		sleep_seconds(follow);
	}
	scrm_collector_free(col);
	int status = scrm_run_finish(&out.run);
	scrm_state_free(&state);
	scrm_fetch_secrets_free(&secrets);
	scrm_buf_free(&err);
	return status;
}

int main(int argc, char **argv)
{
	scrm_cli cli;
	scrm_cli_init(&cli, &tool, argc, argv);

	scrm_collect_opts o;
	memset(&o, 0, sizeof o);
	scrm_fetch_opts_default(&o.http);
	o.max_pages = 1;
	scrm_source_list sources;
	scrm_sources_init(&sources);
	const char **queries = NULL;
	const char *state_path = NULL, *config = NULL, *opml = NULL;
	const char *lists[64];
	size_t nlists = 0;
	double follow = 0;
	bool list_only = false;
	scrm_buf err = SCRM_BUF_INIT;
	const char *arg;
	int c;
	while ((c = scrm_cli_next(&cli, &arg)) != -1) {
		switch (c) {
		case 'q':
		case OPT_QUERY:
			if (scrm_keywords_empty(arg))
				scrm_cli_usage_error(&cli, "-q: an empty or blank keyword matches nothing");
			queries = scrm_xrealloc(queries, (o.nqueries + 1) * sizeof *queries);
			queries[o.nqueries++] = arg;
			break;
		case 't': o.type = arg; break;
		case 'm': o.map = arg; break;
		case 's':
			if (nlists == sizeof lists / sizeof lists[0])
				scrm_cli_usage_error(&cli, "too many -s lists");
			lists[nlists++] = arg;
			break;
		case OPT_OPML: opml = arg; break;
		case 'j': o.http.parallel = (int)scrm_cli_number(&cli, "-j", arg, 1, 256); break;
		case OPT_PER_HOST: o.http.per_host = (int)scrm_cli_number(&cli, "--per-host", arg, 1, 64); break;
		case OPT_STATE: state_path = arg; break;
		case 'f': follow = seconds(&cli, "--follow", arg, 0.1, 86400 * 7); break;
		case OPT_MAX_PAGES: o.max_pages = (int)scrm_cli_number(&cli, "--max-pages", arg, 1, 1000); break;
		case OPT_SINCE:
			if (!scrm_date_parse(arg, strlen(arg), &o.since))
				scrm_cli_usage_error(&cli, "--since: cannot read '%s' as a date", arg);
			o.has_since = true;
			break;
		case OPT_CONNECT_TIMEOUT:
			o.http.connect_timeout_ms = (long)(seconds(&cli, "--connect-timeout", arg, 0.001, 3600) * 1000);
			break;
		case OPT_TIMEOUT: o.http.timeout_ms = (long)(seconds(&cli, "--timeout", arg, 0.001, 86400) * 1000); break;
		case OPT_STALL: o.http.stall_seconds = (long)ceil(seconds(&cli, "--stall-timeout", arg, 1, 3600)); break;
		case OPT_MAX_REDIRECTS:
			o.http.max_redirects = scrm_cli_number(&cli, "--max-redirects", arg, 0, 50);
			break;
		case OPT_MAX_SIZE: o.http.max_size = bytes(&cli, arg); break;
		case OPT_RETRIES: o.http.retries = (int)scrm_cli_number(&cli, "--retries", arg, 0, 20); break;
		case OPT_BACKOFF: o.http.backoff = seconds(&cli, "--backoff", arg, 0, 3600); break;
		case OPT_MAX_WAIT: o.http.max_wait = seconds(&cli, "--max-wait", arg, 0, 86400); break;
		case OPT_INSECURE: o.http.insecure = true; break;
		case OPT_CONFIG: config = arg; break;
		case OPT_LIST: list_only = true; break;
		default: scrm_cli_usage_error(&cli, "unknown option");
		}
	}
	o.queries = queries;
	o.quiet = cli.quiet;
	o.progress = !cli.quiet && isatty(STDERR_FILENO);
	if (follow > 0)
		o.flush = flush_run;   /* live: each source's batch goes out as soon as it is complete */
	o.reject = reject_line;
	/* The reproducible-builds convention, for tests and archived replays. */
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch)
		o.clock = strtoll(epoch, NULL, 10);

	/* Refused before anything else, and by --list-sources too: it checks a list for a run. */
	if (o.type && !scrm_adapter_type_check(o.type, &err))
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	if (o.map) {
		scrm_jmap *map = scrm_jmap_load(o.map, &err);
		if (!map)
			scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
		scrm_jmap_free(map);
	}
	for (int i = 0; i < cli.ninputs; i++)
		scrm_sources_add(&sources, cli.inputs[i]);
	for (size_t i = 0; i < nlists; i++)
		if (!scrm_sources_read(&sources, lists[i], &err))
			scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	if (opml && !scrm_sources_read_opml(&sources, opml, &err))
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	if (sources.n == 0)
		scrm_cli_usage_error(&cli, "no source given (a URL, a file, -s LIST or --opml FILE)");

	int status = list_only ? list_sources(&cli, &o, &sources)
	                       : collect(&cli, &o, &sources, state_path, config, follow);
	scrm_sources_free(&sources);
	scrm_buf_free(&err);
	free(queries);
	scrm_cli_free(&cli);
	return status;
}
