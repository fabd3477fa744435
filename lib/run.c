/*
 * run.c - the record loop: inputs in order, bad lines reported and kept,
 * output checked, one exit status at the end.
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msg.h"

/*
 * Refuses an output that is one of the inputs, or both outputs at once,
 * before anything is opened: opening -o truncates it, so the input would be
 * read empty and the run end "successfully" with every record lost; an
 * input appended to itself never ends. (cat(1) refuses the same.)
 */
static void
check_outputs_apart(const scrm_cli *cli)
{
	struct stat out, rej, in;
	bool has_out = cli->output && strcmp(cli->output, "-") != 0 ? stat(cli->output, &out) == 0
	                                                           : fstat(STDOUT_FILENO, &out) == 0;
	bool has_rej = cli->rejects && stat(cli->rejects, &rej) == 0;
	const char *out_name = cli->output && strcmp(cli->output, "-") != 0 ? cli->output : "standard output";

	/* Files not made yet compare by name. */
	if ((has_out && has_rej && scrm_same_file_stat(&out, &rej)) ||
	    (cli->rejects && strcmp(out_name, cli->rejects) == 0))
		scrm_die(SCRM_EXIT_USAGE, "%s and --rejects %s are the same file: name two", out_name, cli->rejects);
	for (int i = 0; i < (cli->ninputs ? cli->ninputs : 1); i++) {
		const char *name = cli->ninputs ? cli->inputs[i] : "-";
		bool is_stdin = strcmp(name, "-") == 0;
		if ((is_stdin ? fstat(STDIN_FILENO, &in) : stat(name, &in)) != 0)
			continue;
		if (is_stdin)
			name = "standard input";
		if (has_out && scrm_same_file_stat(&in, &out))
			scrm_die(SCRM_EXIT_USAGE, "%s is also an input (%s): the input would be lost", out_name, name);
		if (has_rej && scrm_same_file_stat(&in, &rej))
			scrm_die(SCRM_EXIT_USAGE, "--rejects %s is also an input (%s): the input would be lost", cli->rejects,
			         name);
	}
}

void
scrm_run_start(scrm_run *run, const scrm_cli *cli)
{
	memset(run, 0, sizeof *run);
	run->cli = cli;
	run->file = "-";
	check_outputs_apart(cli);
	run->out = scrm_writer_open(cli->output);
	if (run->out == NULL)
		scrm_die(SCRM_EXIT_IO, "%s: %s", cli->output, strerror(errno));
	if (cli->rejects) {
		run->rejects = scrm_writer_open(cli->rejects);
		if (run->rejects == NULL)
			scrm_die(SCRM_EXIT_IO, "%s: %s", cli->rejects, strerror(errno));
	}
}

void
scrm_run_fail(scrm_run *run, int status)
{
	if (status > run->status)
		run->status = status;
}

/* Ends the run now because output was lost (or nobody reads it any more). */
static void
output_failed(scrm_run *run, scrm_writer *w, const char *what)
{
	if (scrm_writer_broken_pipe(w))
		exit(SCRM_EXIT_IO);
	scrm_die(SCRM_EXIT_IO, "%s: write error: %s", what, scrm_writer_error(w));
}

/* Everything made of the input so far goes out before the reader waits for more. */
static void
flush_on_wait(void *ctx)
{
	scrm_run *run = ctx;

	scrm_run_flush(run);
	if (run->rejects && !scrm_writer_flush(run->rejects))
		output_failed(run, run->rejects, run->cli->rejects);
	if (run->on_wait)
		run->on_wait(run->wait_ctx);
}

void
scrm_run_on_wait(scrm_run *run, void (*fn)(void *ctx), void *ctx)
{
	run->on_wait = fn;
	run->wait_ctx = ctx;
}

scrm_reader *
scrm_run_open_input(scrm_run *run, const char *path)
{
	run->in = scrm_reader_open(path);
	if (run->in)
		scrm_reader_on_wait(run->in, flush_on_wait, run);
	return run->in;
}

static bool
open_next_input(scrm_run *run)
{
	const scrm_cli *cli = run->cli;

	while (run->in == NULL) {
		if (cli->ninputs == 0 ? run->input_index > 0 : run->input_index >= cli->ninputs)
			return false;
		run->file = cli->ninputs == 0 ? "-" : cli->inputs[run->input_index];
		run->input_index++;
		run->lineno = 0;
		if (scrm_run_open_input(run, run->file) == NULL) {
			scrm_warn("%s: %s", run->file, strerror(errno));
			scrm_run_fail(run, SCRM_EXIT_IO);
		}
	}
	return true;
}

static bool
is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

bool
scrm_run_next_line(scrm_run *run)
{
	while (open_next_input(run)) {
		int rc = scrm_reader_getline(run->in, &run->line, &run->len);
		if (rc > 0) {
			run->lineno++;
			run->line_crlf = scrm_reader_last_crlf(run->in);
			if (is_blank(run->line, run->len))
				continue;
			return true;
		}
		if (rc < 0) {
			scrm_warn_at(run->file, run->lineno + 1, "read error: %s",
			             scrm_reader_error(run->in));
			scrm_run_fail(run, SCRM_EXIT_IO);
		}
		scrm_reader_close(run->in);
		run->in = NULL;
	}
	run->line = NULL;
	run->len = 0;
	return false;
}

bool
scrm_run_next_record(scrm_run *run, scrm_record *rec)
{
	while (scrm_run_next_line(run)) {
		if (scrm_record_parse(rec, run->line, run->len, &run->reason)) {
			run->records++;
			return true;
		}
		if (scrm_reader_last_unterminated(run->in))
			scrm_buf_puts(&run->reason, " (last line has no newline: truncated input?)");
		scrm_run_reject(run, "%s", run->reason.data);
	}
	return false;
}

/*
 * The line being read, to the rejects file as it came, its CR LF kept; a
 * last line without newline gets one, or the next rejected line would
 * join it.
 */
static void
write_rejected_line(scrm_run *run)
{
	if (run->rejects == NULL)
		return;
	bool crlf = run->line_crlf;
	if (!scrm_writer_write(run->rejects, run->line, run->len) ||
	    !scrm_writer_write(run->rejects, crlf ? "\r\n" : "\n", crlf ? 2 : 1))
		output_failed(run, run->rejects, run->cli->rejects);
}

void
scrm_run_reject(scrm_run *run, const char *fmt, ...)
{
	va_list ap;

	run->rejected++;
	scrm_run_fail(run, SCRM_EXIT_REJECTS);
	if (!run->cli->quiet && run->rejected <= SCRM_MAX_REPORTED) {
		va_start(ap, fmt);
		scrm_vwarn_at(run->file, run->lineno, fmt, ap);
		va_end(ap);
	}
	if (run->line)
		write_rejected_line(run);
	if (run->cli->strict)
		exit(scrm_run_finish(run));
}

void
scrm_run_write_rejects(scrm_run *run, const char *data, size_t n)
{
	if (run->rejects == NULL)
		return;
	if (!scrm_writer_write(run->rejects, data, n) || !scrm_writer_write(run->rejects, "\n", 1))
		output_failed(run, run->rejects, run->cli->rejects);
}

void
scrm_run_warn(scrm_run *run, const char *fmt, ...)
{
	va_list ap;

	run->warnings++;
	if (run->cli->quiet)
		return;
	va_start(ap, fmt);
	scrm_vwarn_at(run->file, run->lineno, fmt, ap);
	va_end(ap);
}

void
scrm_run_write(scrm_run *run, const void *p, size_t n)
{
	if (!scrm_writer_write(run->out, p, n))
		output_failed(run, run->out, run->cli->output ? run->cli->output : "standard output");
}

void
scrm_run_write_line(scrm_run *run)
{
	scrm_run_write(run, run->line, run->len);
	scrm_run_write(run, "\n", 1);
}

void
scrm_run_write_spliced(scrm_run *run, const scrm_record *rec, const char *key,
                       const char *value_json, size_t value_len)
{
	scrm_buf_clear(&run->scratch);
	scrm_record_splice(rec, key, value_json, value_len, &run->scratch);
	scrm_buf_putc(&run->scratch, '\n');
	scrm_run_write(run, run->scratch.data, run->scratch.len);
}

void
scrm_run_flush(scrm_run *run)
{
	if (!scrm_writer_flush(run->out))
		output_failed(run, run->out, run->cli->output ? run->cli->output : "standard output");
}

/* Closes *w (NULL: nothing to do); false when output was lost, reported. */
static bool
close_writer(scrm_run *run, scrm_writer **w, const char *name)
{
	char err[200];
	bool ok = true;

	if (*w == NULL)
		return true;
	if (!scrm_writer_close(*w, err, sizeof err)) {
		if (strcmp(err, strerror(EPIPE)) != 0)
			scrm_warn("%s: write error: %s", name, err);
		scrm_run_fail(run, SCRM_EXIT_IO);
		ok = false;
	}
	*w = NULL;
	return ok;
}

bool
scrm_run_close_outputs(scrm_run *run)
{
	bool out_ok = close_writer(run, &run->out, run->cli->output ? run->cli->output : "standard output");
	bool rejects_ok = close_writer(run, &run->rejects, run->cli->rejects);
	return out_ok && rejects_ok;
}

int
scrm_run_finish(scrm_run *run)
{
	if (run->in) {
		scrm_reader_close(run->in);
		run->in = NULL;
	}
	if (!run->cli->quiet && run->rejected > SCRM_MAX_REPORTED)
		scrm_warn("%lu lines rejected (%lu not shown)", run->rejected,
		          run->rejected - SCRM_MAX_REPORTED);
	scrm_run_close_outputs(run);
	scrm_buf_free(&run->reason);
	scrm_buf_free(&run->scratch);
	return run->status;
}
