/*
 * langid-run.c - evaluation and benchmark driver of lib/langid.c (built by
 * `make build/langid-run`, never installed). Reads lines
 * "lang<TAB>bucket<TAB>source<TAB>text" (or bare text) on stdin and writes per line
 *   "predicted<TAB>confidence"                 by default,
 *   "best<TAB>second<TAB>ngrams<TAB>lead"       with -e (scrm_langid_weigh),
 * or, with -t, only times five passes of detection and prints "texts bytes seconds".
 * -H fr,en: detection hinted with those languages (scrm_langid_detect_hinted).
 * Usage: langid-run [-H LANGS] [-t|-e] [MODEL] < TSV
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "langid.h"
#include "msg.h"

typedef struct {
	const char *text;
	size_t len;
} line;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads all of stdin into in; points lines[] at the text field of each line (NULs replace the newlines). */
static line *read_lines(scrm_buf *in, size_t *count)
{
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		scrm_buf_append(in, chunk, n);
	if (ferror(stdin))
		scrm_die(SCRM_EXIT_IO, "stdin: read error");
	size_t cap = 1024, k = 0;
	line *lines = scrm_xmalloc(cap * sizeof *lines);
	char *p = in->data, *end = in->data + in->len;
	while (p && p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *stop = nl ? nl : end;
		*stop = 0;
		char *t = p;
		for (int f = 0; f < 3; f++) {
			char *tab = strchr(t, '\t');
			if (!tab)
				break;
			t = tab + 1;
		}
		if (k == cap)
			lines = scrm_xrealloc(lines, (cap *= 2) * sizeof *lines);
		lines[k++] = (line){ t, (size_t)(stop - t) };
		p = nl ? nl + 1 : NULL;
	}
	*count = k;
	return lines;
}

int main(int argc, char **argv)
{
	scrm_set_progname("langid-run");
	scrm_langid_hints hints = SCRM_LANGID_NO_HINTS;
	const char *hint_list = NULL;
	if (argc > 2 && strcmp(argv[1], "-H") == 0) {
		hint_list = argv[2];
		argv += 2;
		argc -= 2;
	}
	int timing = argc > 1 && strcmp(argv[1], "-t") == 0;
	int evidence = argc > 1 && strcmp(argv[1], "-e") == 0;
	int opt = timing || evidence;
	const char *model = argc > 1 + opt ? argv[1 + opt] : NULL;
	scrm_buf err = SCRM_BUF_INIT, in = SCRM_BUF_INIT;
	scrm_langid *m = scrm_langid_load(model, &err);
	if (!m)
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	for (const char *c = hint_list; c && *c;) {
		size_t k = strcspn(c, ",");
		if (!scrm_langid_hint(m, &hints, c, k))
			scrm_die(SCRM_EXIT_USAGE, "-H: the model does not know '%.*s'", (int)k, c);
		c += k + (c[k] == ',');
	}
	const scrm_langid_hints *h = hint_list ? &hints : NULL;
	size_t n;
	line *lines = read_lines(&in, &n);
	scrm_langid_result r;
	if (timing) {
		int reps = 5;
		size_t bytes = 0;
		double t0 = now();
		for (int k = 0; k < reps; k++)
			for (size_t i = 0; i < n; i++) {
				scrm_langid_detect_hinted(m, lines[i].text, lines[i].len, h, &r);
				bytes += lines[i].len;
			}
		printf("%zu %zu %.6f\n", n * reps, bytes, now() - t0);
	} else if (evidence) {
		scrm_langid_evidence ev;
		for (size_t i = 0; i < n; i++) {
			scrm_langid_weigh_hinted(m, lines[i].text, lines[i].len, h, &ev);
			printf("%s\t%s\t%zu\t%.4f\n", ev.best, ev.second, ev.ngrams, ev.lead);
		}
	} else {
		for (size_t i = 0; i < n; i++) {
			scrm_langid_detect_hinted(m, lines[i].text, lines[i].len, h, &r);
			printf("%s\t%.4f\n", r.lang, r.confidence);
		}
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		scrm_die(SCRM_EXIT_IO, "stdout: write error");
	free(lines);
	scrm_buf_free(&in);
	scrm_buf_free(&err);
	scrm_langid_free(m);
	return 0;
}
