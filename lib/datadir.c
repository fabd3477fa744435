/*
 * datadir.c - finds the directory of scrm's shipped data.
 */
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"

#ifndef SCRM_DATADIR
#define SCRM_DATADIR "/usr/local/share/scrm"
#endif

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A directory is scrm's data when it holds one of the tools' subdirectories:
 * a bare "data" that happens to sit two levels up is not enough. */
static bool is_datadir(scrm_buf *path)
{
	static const char *const subdirs[] = { "/tone", "/clean" };
	size_t len = path->len;
	bool found = false;
	for (size_t i = 0; !found && i < sizeof subdirs / sizeof subdirs[0]; i++) {
		scrm_buf_puts(path, subdirs[i]);
		found = is_dir(path->data);
		path->len = len;
		path->data[len] = '\0';
	}
	return found;
}

const char *scrm_datadir(scrm_buf *out)
{
	/* Relative to the executable: an installed tree (PREFIX/bin and
	 * PREFIX/share/scrm) or the build tree (build/bin, build/asan/bin). */
	static const char *const relative[] = { "/../share/scrm", "/../../data", "/../../../data" };
	scrm_buf_clear(out);
	const char *env = getenv("SCRM_DATADIR");
	if (env && *env) {
		scrm_buf_puts(out, env);
		return out->data;
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash = NULL;
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
	}
	for (size_t i = 0; slash && i < sizeof relative / sizeof relative[0]; i++) {
		scrm_buf_clear(out);
		scrm_buf_append(out, exe, (size_t)(slash - exe));
		scrm_buf_puts(out, relative[i]);
		if (is_datadir(out))
			return out->data;
	}
	scrm_buf_clear(out);
	scrm_buf_puts(out, SCRM_DATADIR);
	return out->data;
}
