/* cli.c - common options and the shared record loop. */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"

#ifndef SCRM_VERSION
#define SCRM_VERSION "0.1.0"
#endif

/* Long-only common options use values no tool option may take. */
enum {
	OPT_REJECTS = 0x7000,
	OPT_STRICT,
	OPT_VERSION,
	OPT_HELP,
	OPT_OUTPUT,
	OPT_QUIET
};

static const struct option common_longopts[] = {
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ "rejects", required_argument, NULL, OPT_REJECTS },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "quiet", no_argument, NULL, OPT_QUIET },
};
#define NCOMMON (sizeof common_longopts / sizeof common_longopts[0])

void
scrm_cli_init(scrm_cli *cli, const scrm_tool *tool, int argc, char **argv)
{
	size_t ntool = 0;
	const char *tshort = tool->shortopts ? tool->shortopts : "";

	memset(cli, 0, sizeof *cli);
	cli->tool = tool;
	cli->argc = argc;
	cli->argv = argv;
	scrm_set_progname(tool->name);
	/* Ending quietly when the reader goes away (| head) needs the default action. */
	signal(SIGPIPE, SIG_DFL);

	/* A tool may take a common short letter for itself (scrm-fetch's -q is
	 * its keywords); the common option then keeps only its long name. */
	cli->shortopts = scrm_xmalloc(strlen(tshort) + 8);
	snprintf(cli->shortopts, strlen(tshort) + 8, ":%s%s%s%s", strchr(tshort, 'h') ? "" : "h",
	         strchr(tshort, 'o') ? "" : "o:", strchr(tshort, 'q') ? "" : "q", tshort);
	while (tool->longopts && tool->longopts[ntool].name)
		ntool++;
	cli->longopts = scrm_xcalloc(NCOMMON + ntool + 1, sizeof *cli->longopts);
	memcpy(cli->longopts, common_longopts, sizeof common_longopts);
	if (ntool)
		memcpy(cli->longopts + NCOMMON, tool->longopts, ntool * sizeof *cli->longopts);
	opterr = 0;
	optind = 1;
}

static void
print_help(const scrm_cli *cli)
{
	const scrm_tool *t = cli->tool;
	const char *mine = t->shortopts ? t->shortopts : "";

	printf("usage: %s %s\n%s.\n\nOptions:\n%s", t->name, t->usage, t->summary,
	       t->options_help ? t->options_help : "");
	printf("  %s--output FILE   write to FILE instead of standard output (FILE.gz: gzip)\n",
	       strchr(mine, 'o') ? "    " : "-o, ");
	printf("      --rejects FILE  copy lines that cannot be used to FILE, verbatim\n"
	       "      --strict        stop at the first line that cannot be used\n");
	printf("  %s--quiet         no warnings (the exit status still tells)\n",
	       strchr(mine, 'q') ? "    " : "-q, ");
	printf("  %s--help          show this help and exit\n", strchr(mine, 'h') ? "    " : "-h, ");
	printf("      --version       show the version and exit\n\n");
	printf("Exit status: 0 all records processed, 1 some rejected, 2 usage error,\n"
	       "3 input/output failure. See %s(1).\n", t->name);
}

static void
exit_after_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0)
		scrm_die(SCRM_EXIT_IO, "write error: %s", strerror(errno));
	exit(SCRM_EXIT_OK);
}

void
scrm_cli_usage_error(const scrm_cli *cli, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	scrm_vwarn(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help'.\n", cli->tool->name);
	exit(SCRM_EXIT_USAGE);
}

/* The common option a short letter stands for, unless the tool took the letter. */
static int
common_short(const scrm_cli *cli, int c)
{
	const char *mine = cli->tool->shortopts ? cli->tool->shortopts : "";

	if (strchr(mine, c))
		return c;
	switch (c) {
	case 'h': return OPT_HELP;
	case 'o': return OPT_OUTPUT;
	case 'q': return OPT_QUIET;
	default: return c;
	}
}

/*
 * Reports the option getopt_long() stopped at, as the user wrote it:
 * for a long option optopt holds its internal value, not a character.
 * what is ':' (a value is missing) or '?' (unknown, or a value given to
 * an option that takes none).
 */
static void
option_error(const scrm_cli *cli, int what, int prev)
{
	const char *word = cli->argv[optind - 1 >= prev ? optind - 1 : prev];
	if (strncmp(word, "--", 2) == 0) {
		int len = (int)strcspn(word, "=");
		if (what == ':')
			scrm_cli_usage_error(cli, "option %.*s needs a value", len, word);
		if (optopt)
			scrm_cli_usage_error(cli, "option %.*s takes no value", len, word);
		scrm_cli_usage_error(cli, "unknown option %.*s", len, word);
	}
	if (what == ':')
		scrm_cli_usage_error(cli, "option -%c needs a value", optopt);
	scrm_cli_usage_error(cli, "unknown option -%c", optopt);
}

int
scrm_cli_next(scrm_cli *cli, const char **arg)
{
	int c;

	for (;;) {
		int prev = optind;
		c = getopt_long(cli->argc, cli->argv, cli->shortopts, cli->longopts, NULL);
		*arg = optarg;
		if (c > 0 && c < 0x80)
			c = common_short(cli, c);
		switch (c) {
		case -1:
			cli->inputs = cli->argv + optind;
			cli->ninputs = cli->argc - optind;
			return -1;
		case OPT_HELP:
			print_help(cli);
			exit_after_stdout();
			break;
		case OPT_VERSION:
			printf("%s (scrm) %s\n", cli->tool->name, SCRM_VERSION);
			exit_after_stdout();
			break;
		case OPT_OUTPUT:
			cli->output = optarg;
			break;
		case OPT_REJECTS:
			cli->rejects = optarg;
			break;
		case OPT_STRICT:
			cli->strict = true;
			break;
		case OPT_QUIET:
			cli->quiet = true;
			break;
		case ':':
		case '?':
			option_error(cli, c, prev);
			break;
		default:
			return c;
		}
	}
}

void
scrm_cli_free(scrm_cli *cli)
{
	free(cli->shortopts);
	free(cli->longopts);
	cli->shortopts = NULL;
	cli->longopts = NULL;
}

long
scrm_cli_number(const scrm_cli *cli, const char *option, const char *value, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(value, &end, 10);
	if (errno != 0 || end == value || *end != '\0' || v < min || v > max)
		scrm_cli_usage_error(cli, "%s takes a whole number from %ld to %ld, not '%s'", option,
		                     min, max, value);
	return v;
}
