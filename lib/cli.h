/*
 * cli.h - the command line and the record loop every filter shares.
 *
 * Common options, handled here for every tool: -h/--help, --version,
 * -o/--output FILE, --rejects FILE, --strict, -q/--quiet; the remaining
 * arguments are input files ("-" or none: standard input). A tool that
 * lists h, o or q in its own shortopts gets that letter, and the common
 * option keeps only its long name.
 *
 * A tool describes itself in a scrm_tool (static data it owns), gets its own
 * options one at a time from scrm_cli_next(), then runs the loop:
 *
 *	scrm_run_start(&run, &cli);
 *	while (scrm_run_next_record(&run, &rec)) {
 *		... scrm_run_write_spliced(&run, &rec, "tone", json, n);
 *	}
 *	return scrm_run_finish(&run);
 *
 * Lines that are not records are reported ("tool: FILE:LINE: reason", the
 * first SCRM_MAX_REPORTED, then a count), copied verbatim to --rejects, and
 * make the exit status 1; --strict stops at the first. A write failure ends
 * the run at once with status 3; a reader that went away (EPIPE) ends it
 * quietly.
 */
#ifndef SCRM_CLI_H
#define SCRM_CLI_H

#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdnoreturn.h>

#include "buf.h"
#include "io.h"
#include "record.h"

#define SCRM_MAX_REPORTED 10

typedef struct scrm_tool {
	const char *name;              /* "scrm-csv" */
	const char *summary;           /* one line, for `scrm` and --help */
	const char *usage;             /* "[-f FIELDS] [--excel] [FILE...]" */
	const char *options_help;      /* tool-specific option lines for --help, or NULL */
	const char *shortopts;         /* tool-specific getopt letters, e.g. "f:" (may take h, o, q) */
	const struct option *longopts; /* tool-specific, {0} terminated, or NULL */
	bool no_record_input;          /* true for tools whose inputs are not NDJSON (e.g. --from-csv) */
} scrm_tool;

typedef struct scrm_cli {
	const scrm_tool *tool;
	int argc;
	char **argv;
	const char *output;     /* -o, or NULL for stdout */
	const char *rejects;    /* --rejects, or NULL */
	bool strict;
	bool quiet;
	char **inputs;          /* after the last scrm_cli_next(): the operands */
	int ninputs;
	/* private */
	char *shortopts;
	struct option *longopts;
} scrm_cli;

/* Sets the program name for messages and prepares option parsing. */
void scrm_cli_init(scrm_cli *cli, const scrm_tool *tool, int argc, char **argv);
/* Returns the next tool-specific option (its getopt value; *arg its argument
 * or NULL), or -1 when options are done (inputs then set). Common options
 * are consumed here; --help and --version print and exit 0; an unknown
 * option prints a usage hint and exits 2. */
int scrm_cli_next(scrm_cli *cli, const char **arg);
/* "tool: message" plus "Try 'tool --help'.", exit 2. */
noreturn void scrm_cli_usage_error(const scrm_cli *cli, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void scrm_cli_free(scrm_cli *cli);

/* Parses a non-negative integer option value in [min, max] or exits 2 naming the option. */
long scrm_cli_number(const scrm_cli *cli, const char *option, const char *value, long min, long max);

typedef struct scrm_run {
	const scrm_cli *cli;
	scrm_writer *out;
	scrm_writer *rejects;
	scrm_reader *in;
	int input_index;          /* next operand to open */
	const char *file;         /* name of the current input, for messages */
	unsigned long lineno;     /* line number in the current input */
	const char *line;         /* current line (borrowed from the reader) */
	size_t len;
	bool line_crlf;           /* it ended in CR LF, the CR taken off (a tool that puts
	                             lines of its own in line, their ends in them, clears it) */
	unsigned long records;    /* records handed out */
	unsigned long rejected;
	unsigned long warnings;
	int status;               /* worst status so far */
	scrm_buf reason;          /* scratch for reject reasons */
	scrm_buf scratch;         /* scratch for splicing */
	void (*on_wait)(void *ctx);   /* see scrm_run_on_wait */
	void *wait_ctx;
} scrm_run;

/* Opens output and rejects; exits 3 (with a message) if either cannot be opened. */
void scrm_run_start(scrm_run *run, const scrm_cli *cli);
/*
 * Opens input path ("-": standard input) as run->in, set to flush the
 * output and rejects whenever it waits for more input (scrm_reader_on_wait);
 * NULL with errno set on failure.
 */
scrm_reader *scrm_run_open_input(scrm_run *run, const char *path);
/* Has fn(ctx) called each time the input waits, once output and rejects
 * are flushed: a tool keeping state across runs saves it then. */
void scrm_run_on_wait(scrm_run *run, void (*fn)(void *ctx), void *ctx);
/* Next non-blank line across all inputs; false at the end. An input that
 * cannot be opened or read is reported and makes the status 3; the run goes on with the next. */
bool scrm_run_next_line(scrm_run *run);
/* Next line that parses as a record (others are rejected as described above); false at the end. */
bool scrm_run_next_record(scrm_run *run, scrm_record *rec);
/* Rejects the current line with a reason: report, copy to --rejects, status 1; with --strict, finish now. */
void scrm_run_reject(scrm_run *run, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes data (a record, one line) to the --rejects file, if any, without
 * reporting or counting it: for records a tool sets aside by request
 * (scrm-clean --drop). A write failure ends the run with status 3. */
void scrm_run_write_rejects(scrm_run *run, const char *data, size_t n);
/* "tool: FILE:LINE: message" about the current line, without rejecting it (counted; status unchanged). */
void scrm_run_warn(scrm_run *run, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Raises the exit status to at least status. */
void scrm_run_fail(scrm_run *run, int status);
/* Writes bytes to the output; on failure ends the run (status 3, or quietly on EPIPE). */
void scrm_run_write(scrm_run *run, const void *p, size_t n);
/* Writes the current line followed by a newline. */
void scrm_run_write_line(scrm_run *run);
/* Writes rec with member key set to value_json, followed by a newline. */
void scrm_run_write_spliced(scrm_run *run, const scrm_record *rec, const char *key,
                            const char *value_json, size_t value_len);
/* Flushes the output now (for tools that emit in batches, e.g. --follow). */
void scrm_run_flush(scrm_run *run);
/*
 * Closes the output and the rejects file now (scrm_run_finish() does it
 * otherwise); false when either lost output (reported, status 3). For
 * state that may only be saved once what the run let through is out.
 */
bool scrm_run_close_outputs(scrm_run *run);
/* Closes everything, prints the rejected-lines summary, returns the exit status. */
int scrm_run_finish(scrm_run *run);

#endif
