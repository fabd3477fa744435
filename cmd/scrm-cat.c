/*
 * scrm-cat - concatenate mention files, checking every line: valid records
 * are copied byte for byte, the rest reported (and kept with --rejects).
 * Reads and writes gzip, so it also packs and unpacks archives.
 */
#include <stdlib.h>

#include "cli.h"

static const char options_help[] =
	"  -c, --count         print the number of valid records instead of them\n";

static const struct option longopts[] = {
	{ "count", no_argument, NULL, 'c' },
	{ NULL, 0, NULL, 0 },
};

static const scrm_tool tool = {
	.name = "scrm-cat",
	.summary = "check and concatenate mention files (NDJSON, plain or gzip)",
	.usage = "[-c] [-o FILE] [--rejects FILE] [--strict] [-q] [FILE...]",
	.options_help = options_help,
	.shortopts = "c",
	.longopts = longopts,
};

int
main(int argc, char **argv)
{
	scrm_cli cli;
	scrm_run run;
	scrm_record rec;
	const char *arg;
	bool count_only = false;
	int c, status;

	scrm_cli_init(&cli, &tool, argc, argv);
	while ((c = scrm_cli_next(&cli, &arg)) != -1) {
		switch (c) {
		case 'c':
			count_only = true;
			break;
		default:
			scrm_cli_usage_error(&cli, "unexpected option");
		}
	}
	scrm_run_start(&run, &cli);
	scrm_record_init(&rec);
	while (scrm_run_next_record(&run, &rec))
		if (!count_only)
			scrm_run_write_line(&run);
	if (count_only) {
		scrm_buf n = SCRM_BUF_INIT;
		scrm_buf_printf(&n, "%lu\n", run.records);
		scrm_run_write(&run, n.data, n.len);
		scrm_buf_free(&n);
	}
	scrm_record_free(&rec);
	status = scrm_run_finish(&run);
	scrm_cli_free(&cli);
	return status;
}
