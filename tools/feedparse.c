/*
 * feedparse - the feed parser alone, for the conformance test and the bench.
 *
 * Usage: feedparse [-b BASE_URL] [-c HTTP_CHARSET] [-i] [-n] FILE
 *        feedparse -O FILE
 *        feedparse -B < LIST
 * Writes one mention per line; with -i, a last line {"feed": {...}} with
 * what the document said about itself and how parsing ended; with -n, only
 * counts (for timing). With -O the file is an OPML list: one line
 * {"url", "title", "group"} per feed, then {"opml": {"title"}}. With -B,
 * many files in one process (see batch()): what the conformance test uses,
 * as one process per file costs minutes under the sanitizers.
 * Exit status: 0 parsed, 1 partial (ill-formed after some content),
 * 2 usage, 3 unreadable or not a feed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "feed.h"
#include "jw.h"
#include "mention.h"
#include "msg.h"
#include "opml.h"

typedef struct out_ctx {
	scrm_buf line;
	bool count_only;
	bool failed;
} out_ctx;

static bool sink(void *ctx, scrm_mention *m)
{
	out_ctx *o = ctx;
	if (o->count_only)
		return true;
	scrm_buf_clear(&o->line);
	scrm_mention_to_json(m, &o->line);
	scrm_buf_putc(&o->line, '\n');
	if (fwrite(o->line.data, 1, o->line.len, stdout) != o->line.len)
		o->failed = true;
	return !o->failed;
}

static void opt_string(scrm_jw *w, const char *key, const char *v)
{
	scrm_jw_key(w, key);
	if (v)
		scrm_jw_cstring(w, v);
	else
		scrm_jw_null(w);
}

static int print_opml(const char *path, const scrm_buf *doc)
{
	scrm_opml o;
	scrm_buf err = SCRM_BUF_INIT, line = SCRM_BUF_INIT;
	scrm_jw w;
	scrm_opml_init(&o);
	int rc = scrm_opml_parse(doc->data ? doc->data : "", doc->len, &o, &err);
	if (rc != 0)
		scrm_warn_at(path, 0, "%s", err.data ? err.data : "");
	for (size_t i = 0; i <= o.n; i++) {
		scrm_buf_clear(&line);
		scrm_jw_init(&w, &line);
		scrm_jw_object_begin(&w);
		if (i < o.n) {
			opt_string(&w, "url", o.feeds[i].url);
			opt_string(&w, "title", o.feeds[i].title);
			opt_string(&w, "group", o.feeds[i].group);
		} else {
			scrm_jw_key(&w, "opml");
			scrm_jw_object_begin(&w);
			opt_string(&w, "title", o.title);
			scrm_jw_object_end(&w);
		}
		scrm_jw_object_end(&w);
		scrm_buf_putc(&line, '\n');
		if (fwrite(line.data, 1, line.len, stdout) != line.len)
			scrm_die(SCRM_EXIT_IO, "write error: %s", strerror(errno));
	}
	if (fflush(stdout) != 0)
		scrm_die(SCRM_EXIT_IO, "write error: %s", strerror(errno));
	scrm_opml_free(&o);
	scrm_buf_free(&err);
	scrm_buf_free(&line);
	return rc == 0 ? 0 : rc == 1 ? 1 : 3;
}

static bool read_file(const char *path, scrm_buf *b)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return false;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		scrm_buf_append(b, chunk, n);
	bool ok = !ferror(f);
	if (f != stdin && fclose(f) != 0)
		ok = false;
	return ok;
}

/* Parses one file and writes its mentions (and with info_line, the {"feed"} line);
 * returns the exit status that file deserves. */
static int parse_one(const char *path, const char *base, const char *charset, bool info_line, bool count_only)
{
	scrm_buf doc = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	if (!read_file(path, &doc)) {
		scrm_warn("%s: %s", path, strerror(errno));
		scrm_buf_free(&doc);
		return SCRM_EXIT_IO;
	}
	out_ctx o = { SCRM_BUF_INIT, count_only, false };
	scrm_feed_info info;
	scrm_feed_info_init(&info);
	int rc = scrm_feed_parse(doc.data ? doc.data : "", doc.len, base, NULL, charset, sink, &o, &info, &err);
	if (rc != SCRM_FEED_OK)
		scrm_warn_at(path, 0, "%s%s", rc == SCRM_FEED_PARTIAL ? "ill-formed, kept what came before: " : "",
		             err.data ? err.data : "");
	if (info_line || count_only) {
		scrm_jw w;
		scrm_buf_clear(&o.line);
		scrm_jw_init(&w, &o.line);
		scrm_jw_object_begin(&w);
		scrm_jw_key(&w, "feed");
		scrm_jw_object_begin(&w);
		opt_string(&w, "file", path);
		opt_string(&w, "title", info.title);
		opt_string(&w, "link", info.link);
		opt_string(&w, "format", info.format);
		opt_string(&w, "lang", info.lang);
		scrm_jw_key(&w, "entries");
		scrm_jw_int(&w, (int64_t)info.entries);
		scrm_jw_key(&w, "status");
		scrm_jw_cstring(&w, rc == SCRM_FEED_OK ? "ok" : rc == SCRM_FEED_PARTIAL ? "partial" : "error");
		opt_string(&w, "error", err.len ? err.data : NULL);
		scrm_jw_object_end(&w);
		scrm_jw_object_end(&w);
		scrm_buf_putc(&o.line, '\n');
		if (fwrite(o.line.data, 1, o.line.len, stdout) != o.line.len)
			o.failed = true;
	}
	if (fflush(stdout) != 0 || ferror(stdout) || o.failed)
		scrm_die(SCRM_EXIT_IO, "write error: %s", strerror(errno));
	scrm_feed_info_clear(&info);
	scrm_buf_free(&doc);
	scrm_buf_free(&err);
	scrm_buf_free(&o.line);
	return rc == SCRM_FEED_OK ? 0 : rc == SCRM_FEED_PARTIAL ? 1 : 3;
}

/* -B: "FILE<TAB>BASE<TAB>CHARSET" lines on stdin (empty fields: none), each parsed as with -i.
 * An alarm bounds each file: a hang kills the process, which the caller notices. */
static int batch(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = 0;
		char *base = strchr(line, '\t');
		char *charset = base ? strchr(base + 1, '\t') : NULL;
		if (base)
			*base++ = 0;
		if (charset)
			*charset++ = 0;
		alarm(5);
		parse_one(line, base && *base ? base : NULL, charset && *charset ? charset : NULL, true, false);
		alarm(0);
	}
	free(line);
	return ferror(stdin) ? SCRM_EXIT_IO : 0;
}

int main(int argc, char **argv)
{
	const char *base = NULL, *charset = NULL;
	bool info_line = false, count_only = false, opml = false, batch_mode = false;
	int c;
	scrm_set_progname("feedparse");
	while ((c = getopt(argc, argv, "b:c:inOB")) != -1) {
		switch (c) {
		case 'b': base = optarg; break;
		case 'c': charset = optarg; break;
		case 'i': info_line = true; break;
		case 'n': count_only = true; break;
		case 'O': opml = true; break;
		case 'B': batch_mode = true; break;
		default:
			scrm_die(SCRM_EXIT_USAGE, "usage: feedparse [-b BASE_URL] [-c CHARSET] [-i] [-n] FILE | -O FILE | -B");
		}
	}
	if (batch_mode)
		return batch();
	if (optind != argc - 1)
		scrm_die(SCRM_EXIT_USAGE, "usage: feedparse [-b BASE_URL] [-c CHARSET] [-i] [-n] FILE | -O FILE | -B");
	const char *path = argv[optind];
	if (opml) {
		scrm_buf doc = SCRM_BUF_INIT;
		if (!read_file(path, &doc))
			scrm_die(SCRM_EXIT_IO, "%s: %s", path, strerror(errno));
		int orc = print_opml(path, &doc);
		scrm_buf_free(&doc);
		return orc;
	}
	return parse_one(path, base, charset, info_line, count_only);
}
