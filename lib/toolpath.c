/* toolpath.c - locate and describe the scrm-* tools. */
#include "toolpath.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "msg.h"

/* Directory of the running program, or NULL. */
static char *
self_dir(void)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	path[n] = '\0';
	slash = strrchr(path, '/');
	if (slash == NULL)
		return NULL;
	*slash = '\0';
	return scrm_xstrdup(path);
}

static bool
is_executable(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* The search path: own directory, then PATH, as one ':'-separated string. */
static char *
search_path(void)
{
	scrm_buf b = SCRM_BUF_INIT;
	char *self = self_dir();
	const char *env = getenv("PATH");

	if (self)
		scrm_buf_puts(&b, self);
	scrm_buf_putc(&b, ':');
	scrm_buf_puts(&b, env ? env : "/usr/local/bin:/usr/bin:/bin");
	free(self);
	return b.data;
}

char *
scrm_toolpath_find(const char *name)
{
	char *dirs = search_path(), *save = NULL;
	char *found = NULL;

	if (strchr(name, '/') == NULL) {
		for (char *d = strtok_r(dirs, ":", &save); d && !found; d = strtok_r(NULL, ":", &save)) {
			scrm_buf p = SCRM_BUF_INIT;
			scrm_buf_printf(&p, "%s/scrm-%s", *d ? d : ".", name);
			if (is_executable(p.data))
				found = p.data;
			else
				scrm_buf_free(&p);
		}
	}
	free(dirs);
	return found;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The summary a tool prints after the usage lines of its --help: the first
 * line that neither starts "usage:" nor continues one with a blank (a
 * usage may take several lines, as scrm-csv's and scrm-tone's do).
 */
static void
summary_of(const char *path, char *out, size_t size)
{
	scrm_buf cmd = SCRM_BUF_INIT;
	FILE *p;
	char line[512];
	bool at_start = true, found = false;

	out[0] = '\0';
	/* Single-quoted for the shell, a quote in the path written '\'' */
	scrm_buf_putc(&cmd, '\'');
	for (const char *c = path; *c; c++)
		if (*c == '\'')
			scrm_buf_puts(&cmd, "'\\''");
		else
			scrm_buf_putc(&cmd, *c);
	scrm_buf_puts(&cmd, "' --help 2>/dev/null");
	p = popen(cmd.data, "r");
	scrm_buf_free(&cmd);
	if (p == NULL)
		return;
	/* Read to the end whatever is found, so that the tool never meets a closed pipe. */
	while (fgets(line, sizeof line, p)) {
		size_t n = strcspn(line, "\n");
		bool line_start = at_start;
		at_start = line[n] == '\n';
		if (found || !line_start || line[0] == ' ' || line[0] == '\t' || n == 0 ||
		    strncmp(line, "usage:", 6) == 0)
			continue;
		line[n] = '\0';
		if (n > 0 && line[n - 1] == '.')
			line[n - 1] = '\0';
		snprintf(out, size, "%s", line);
		found = true;
	}
	pclose(p);
}

bool
scrm_toolpath_list(FILE *out)
{
	char *dirs = search_path(), *save = NULL;
	char **names = NULL;
	size_t n = 0;

	for (char *d = strtok_r(dirs, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
		DIR *dir = opendir(*d ? d : ".");
		struct dirent *e;
		if (dir == NULL)
			continue;
		while ((e = readdir(dir)) != NULL) {
			if (strncmp(e->d_name, "scrm-", 5) != 0 || e->d_name[5] == '\0')
				continue;
			bool seen = false;
			for (size_t i = 0; i < n && !seen; i++)
				seen = strcmp(names[i], e->d_name + 5) == 0;
			if (seen)
				continue;
			scrm_buf p = SCRM_BUF_INIT;
			scrm_buf_printf(&p, "%s/%s", *d ? d : ".", e->d_name);
			if (is_executable(p.data)) {
				names = scrm_xrealloc(names, (n + 1) * sizeof *names);
				names[n++] = scrm_xstrdup(e->d_name + 5);
			}
			scrm_buf_free(&p);
		}
		closedir(dir);
	}
	free(dirs);
	qsort(names, n, sizeof *names, compare_names);
	for (size_t i = 0; i < n; i++) {
		char *path = scrm_toolpath_find(names[i]);
		char summary[512] = "";
		if (path)
			summary_of(path, summary, sizeof summary);
		fprintf(out, "  %-8s %s\n", names[i], summary);
		free(path);
		free(names[i]);
	}
	free(names);
	return !ferror(out);
}
