/*
 * replay.c - a fuzz target's main for `make check`: runs the target once on
 * each file of a directory (default tests/fuzz/regress/TARGET, the inputs
 * fuzzing found breaking it, kept so they never break it again), in name
 * order, one "ok" line a file. Built with the project's compiler and
 * flags, under the sanitizers in the second pass, so the targets keep
 * compiling against the library without clang. A broken input aborts.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "msg.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The whole of path into buf; false with errno set. */
static bool read_file(const char *path, scrm_buf *buf)
{
	FILE *f = fopen(path, "rb");
	char chunk[65536];
	size_t n;
	if (!f)
		return false;
	scrm_buf_clear(buf);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		scrm_buf_append(buf, chunk, n);
	bool ok = !ferror(f);
	fclose(f);
	return ok;
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : SCRM_FUZZ_SRC "/tests/fuzz/regress/" SCRM_FUZZ_TARGET;
	DIR *d = opendir(dir);
	char **names = NULL;
	size_t n = 0, cap = 0;
	scrm_buf path = SCRM_BUF_INIT, data = SCRM_BUF_INIT;
	struct dirent *e;

	if (!d) {
		printf("not ok - fuzz_%s: %s: %s\n", SCRM_FUZZ_TARGET, dir, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			names = scrm_xrealloc(names, cap * sizeof *names);
		}
		names[n++] = scrm_xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	int status = 0;
	for (size_t i = 0; i < n; i++) {
		scrm_buf_clear(&path);
		scrm_buf_printf(&path, "%s/%s", dir, names[i]);
		if (read_file(path.data, &data)) {
			/* The target's own checks abort on a wrong result, as under the fuzzer. */
			LLVMFuzzerTestOneInput((const uint8_t *)(data.data ? data.data : ""), data.len);
			printf("ok - fuzz_%s replays %s\n", SCRM_FUZZ_TARGET, names[i]);
		} else {
			printf("not ok - fuzz_%s: %s: %s\n", SCRM_FUZZ_TARGET, path.data, strerror(errno));
			status = 1;
		}
		free(names[i]);
	}
	if (n == 0) {
		printf("not ok - fuzz_%s: no input in %s\n", SCRM_FUZZ_TARGET, dir);
		status = 1;
	}
	free(names);
	scrm_buf_free(&path);
	scrm_buf_free(&data);
	return status;
}
