/*
 * scrm - the umbrella command: `scrm` lists the tools, `scrm TOOL ARGS...`
 * runs scrm-TOOL, as git does. Tools are looked for beside this program
 * first (so a build tree works without installing), then in PATH.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "msg.h"
#include "toolpath.h"

#ifndef SCRM_VERSION
#define SCRM_VERSION "0.1.0"
#endif

static void
usage(FILE *f)
{
	fprintf(f, "usage: scrm [--help | --version] [TOOL [ARGS...]]\n"
	           "Runs scrm-TOOL with ARGS; without a TOOL, lists the tools.\n");
}

int
main(int argc, char **argv)
{
	scrm_set_progname("scrm");
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
		usage(stdout);
		return scrm_toolpath_list(stdout) && fclose(stdout) == 0 ? 0 : SCRM_EXIT_IO;
	}
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("scrm %s\n", SCRM_VERSION);
		return fclose(stdout) == 0 ? 0 : SCRM_EXIT_IO;
	}
	if (argc > 1 && argv[1][0] == '-') {
		scrm_warn("unknown option %s", argv[1]);
		usage(stderr);
		return SCRM_EXIT_USAGE;
	}
	if (argc == 1)
		return scrm_toolpath_list(stdout) && fclose(stdout) == 0 ? 0 : SCRM_EXIT_IO;

	char *path = scrm_toolpath_find(argv[1]);
	if (path == NULL) {
		scrm_warn("'%s' is not a scrm tool; 'scrm' lists them", argv[1]);
		return SCRM_EXIT_USAGE;
	}
	argv[1] = path;
	execv(path, argv + 1);
	scrm_die(SCRM_EXIT_USAGE, "%s: %s", path, strerror(errno));
}
