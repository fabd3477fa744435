/*
 * csv_import.c - CSV files to records, through the record loop's output,
 * rejects and exit status.
 *
 * Each file is read line by line (so gzip works as everywhere else); the
 * parser joins lines into rows. A quoted cell that never closes would
 * swallow the rest of the file, so when that happens only the line that
 * opened it is rejected and the lines after it are read again from a queue.
 */
#include "csv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "charset.h"
#include "msg.h"
#include "utf8.h"

typedef struct import_file {
	scrm_run *run;
	const scrm_csv_import_opts *o;
	scrm_csv_parser parser;
	bool parser_ready;           /* the separator is known */
	scrm_csv_header header;
	bool have_header;
	unsigned long header_line;
	const char *header_bad;      /* why the header is unusable, or NULL */
	scrm_buf raw;                /* the pending row's bytes as read, joined by LF, the
	                                CR of CR LF line ends kept: what --rejects keeps */
	unsigned long row_line;      /* where the pending row starts */
	scrm_buf queue;              /* lines to read again, as read, each ending in LF */
	size_t queue_pos;
	unsigned long queue_line;    /* number of the next queued line */
	unsigned long lineno;        /* last line taken from the reader */
	bool eof;
	scrm_buf conv, out, msg;
} import_file;

/* Rejects the pending row (raw) with a reason, and forgets it. */
static void reject_row(import_file *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
reject_row(import_file *f, const char *fmt, ...)
{
	va_list ap;
	char reason[512];

	va_start(ap, fmt);
	vsnprintf(reason, sizeof reason, fmt, ap);
	va_end(ap);
	if (!f->have_header && f->header_bad == NULL) {
		/* Without its header row, the next row would be taken for the header. */
		f->header_bad = "rejected header";
		f->header_line = f->row_line;
	}
	f->run->lineno = f->row_line;
	f->run->line = f->raw.data ? f->raw.data : "";
	f->run->len = f->raw.len;
	f->run->line_crlf = false;   /* the row's own CR are in raw */
	scrm_csv_reset(&f->parser);
	scrm_run_reject(f->run, "%s", reason);
	scrm_buf_clear(&f->raw);
}

/* Takes the header from the first row, or gives the reason it cannot be used. */
static void
take_header(import_file *f)
{
	scrm_buf_clear(&f->msg);
	f->header_line = f->row_line;
	if (!scrm_csv_header_init(&f->header, &f->parser.row, &f->o->header, &f->msg)) {
		f->header_bad = "bad header";
		reject_row(f, "bad header: %s", f->msg.data);
		return;
	}
	f->have_header = true;
}

static void
take_row(import_file *f)
{
	const scrm_csv_row *row = &f->parser.row;

	if (!f->have_header) {
		take_header(f);
		return;
	}
	if (row->n != f->header.ncells) {
		reject_row(f, "%zu cells where the header (line %lu) has %zu", row->n, f->header_line,
		           f->header.ncells);
		return;
	}
	scrm_buf_clear(&f->out);
	if (scrm_csv_header_emit(&f->header, row, &f->out)) {
		scrm_buf_putc(&f->out, '\n');
		f->run->records++;
		scrm_run_write(f->run, f->out.data, f->out.len);
	}
	scrm_buf_clear(&f->raw);
}

/* Reads no more of the file: what is queued and the pending row are dropped. */
static void
stop_file(import_file *f)
{
	f->eof = true;
	f->queue_pos = f->queue.len;
	if (f->parser_ready)
		scrm_csv_reset(&f->parser);
	scrm_buf_clear(&f->raw);
}

/* Appends UTF-8 text s[0..n) to out with each byte that is not valid UTF-8 as U+FFFD. */
static void
utf8_replacing(const char *s, size_t n, scrm_buf *out)
{
	size_t bad;

	while (!scrm_utf8_valid(s, n, &bad)) {
		scrm_buf_append(out, s, bad);
		scrm_buf_append(out, "\xEF\xBF\xBD", 3);
		s += bad + 1;
		n -= bad + 1;
	}
	scrm_buf_append(out, s, n);
}

/* Appends line s[0..n), in o->encoding, to out as UTF-8; false if iconv cannot convert it. */
static bool
to_utf8(const scrm_csv_import_opts *o, const char *s, size_t n, scrm_buf *out)
{
	/* scrm_charset_to_utf8() reads invalid UTF-8 as Windows-1252: right for auto only. */
	if (strcmp(o->encoding, "UTF-8") == 0 && !o->cp1252_fallback) {
		utf8_replacing(s, n, out);
		return true;
	}
	return scrm_charset_to_utf8(s, n, o->encoding, out);
}

static void recover(import_file *f, const char *why);

/*
 * Rejects for a reason found in the bytes of line lineno, the row's last.
 * When the row began on an earlier line, an open quote joined them and is
 * the likely culprit, as in take_line(): only the opening line is rejected
 * (what says briefly what broke its cell) and the lines after it are read
 * again, so this one is rejected for its own reason and no row between is
 * lost.
 */
static void reject_bytes(import_file *f, unsigned long lineno, const char *what, const char *fmt,
                         ...) __attribute__((format(printf, 4, 5)));

static void
reject_bytes(import_file *f, unsigned long lineno, const char *what, const char *fmt, ...)
{
	va_list ap;
	char reason[512];

	if (memchr(f->raw.data, '\n', f->raw.len) != NULL) {
		scrm_buf_clear(&f->msg);
		scrm_buf_printf(&f->msg, "quoted cell opened here breaks at line %lu: %s", lineno, what);
		recover(f, f->msg.data);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(reason, sizeof reason, fmt, ap);
	va_end(ap);
	reject_row(f, "%s", reason);
}

/*
 * The line lineno as UTF-8 text in *text, *n bytes; false when the row was
 * rejected, or the file cannot be decoded (then read no further). at is
 * where the line starts in the row, for messages.
 */
static bool
decode_line(import_file *f, const char *line, size_t len, unsigned long lineno, size_t at,
            const char **text, size_t *n)
{
	size_t bad;

	*text = line;
	*n = len;
	if (f->lineno == 1 && len >= 2 &&
	    (memcmp(line, "\xFF\xFE", 2) == 0 || memcmp(line, "\xFE\xFF", 2) == 0)) {
		f->header_bad = "UTF-16 text";
		f->header_line = f->row_line;
		reject_row(f, "UTF-16 text: convert it first (iconv -f UTF-16 -t UTF-8)");
		return false;
	}
	/* Looked for in the bytes as read, to say where the file holds it (the
	 * encodings read here spell NUL as a zero byte; UTF-7, which does not,
	 * is caught once converted). */
	const char *nul = memchr(line, '\0', len);
	if (nul != NULL) {
		reject_bytes(f, lineno, "NUL byte", "NUL byte at byte %zu", at + (size_t)(nul - line) + 1);
		return false;
	}
	if (f->o->encoding) {
		scrm_buf_clear(&f->conv);
		if (!to_utf8(f->o, line, len, &f->conv)) {
			/* Checked when the options were read: only a failing iconv_open() gets here. */
			scrm_warn_at(f->run->file, f->row_line, "cannot convert from %s: %s",
			             f->o->encoding, strerror(errno));
			scrm_run_fail(f->run, SCRM_EXIT_IO);
			stop_file(f);
			return false;
		}
		scrm_buf_append(&f->conv, "", 0);
		*text = f->conv.data;
		*n = f->conv.len;
		if (memchr(*text, '\0', *n) != NULL) {
			reject_bytes(f, lineno, "NUL character",
			             "NUL character, written without a zero byte in %s", f->o->encoding);
			return false;
		}
	}
	if (!scrm_utf8_valid(*text, *n, &bad)) {
		reject_bytes(f, lineno, "invalid UTF-8",
		             "invalid UTF-8 at byte %zu (try --encoding windows-1252)", at + bad + 1);
		return false;
	}
	return true;
}

/* One physical line of the file (the original bytes, cr when it ended in CR LF), numbered lineno. */
static void
take_line(import_file *f, const char *line, size_t len, bool cr, unsigned long lineno)
{
	const char *text;
	size_t n, at;

	if (!scrm_csv_pending(&f->parser)) {
		scrm_buf_clear(&f->raw);
		f->row_line = lineno;
	} else {
		scrm_buf_putc(&f->raw, '\n');
	}
	at = f->raw.len;
	scrm_buf_append(&f->raw, line, len);
	if (cr)
		scrm_buf_putc(&f->raw, '\r');
	if (f->header_bad) {
		if (len == 0)
			return;    /* blank lines are skipped, as everywhere */
		reject_row(f, "no usable header (%s at line %lu)", f->header_bad, f->header_line);
		return;
	}
	if (!decode_line(f, line, len, lineno, at, &text, &n))
		return;
	if (!f->parser_ready) {
		if (n == 0)
			return;
		scrm_csv_parser_init(&f->parser, f->o->sep ? f->o->sep : scrm_csv_detect_sep(text, n));
		f->parser_ready = true;
	}
	switch (scrm_csv_feed(&f->parser, text, n)) {
	case SCRM_CSV_MORE:
		if (!scrm_csv_pending(&f->parser))
			scrm_buf_clear(&f->raw);   /* a blank line */
		break;
	case SCRM_CSV_BAD:
		scrm_buf_clear(&f->msg);
		if (memchr(f->raw.data, '\n', f->raw.len) == NULL) {
			reject_row(f, "%s (cell %zu)", f->parser.error, f->parser.error_cell);
			break;
		}
		/* The quote that opened the row is the likely culprit. */
		scrm_buf_printf(&f->msg, "quoted cell opened here breaks at line %lu: %s", lineno,
		                f->parser.error);
		recover(f, f->msg.data);
		break;
	case SCRM_CSV_ROW:
		take_row(f);
		break;
	}
}

/*
 * The pending row's quoted cell never closed: rejects the line that opened
 * the row and queues the lines after it to be read again.
 */
static void
recover(import_file *f, const char *why)
{
	const char *nl = memchr(f->raw.data, '\n', f->raw.len);
	scrm_buf rest = SCRM_BUF_INIT;

	if (nl != NULL) {
		scrm_buf_append(&rest, nl + 1, f->raw.len - (size_t)(nl + 1 - f->raw.data));
		scrm_buf_putc(&rest, '\n');
		f->raw.len = (size_t)(nl - f->raw.data);
		f->raw.data[f->raw.len] = '\0';
	}
	scrm_buf_append(&rest, f->queue.data + f->queue_pos, f->queue.len - f->queue_pos);
	scrm_buf_free(&f->queue);
	f->queue = rest;
	f->queue_pos = 0;
	f->queue_line = f->row_line + 1;
	reject_row(f, "%s", why);
}

/*
 * The next line, from the queue first, without its line end; *cr tells
 * whether that was CR LF. false at the end of the file.
 */
static bool
next_line(import_file *f, const char **line, size_t *len, bool *cr, unsigned long *lineno)
{
	if (f->queue_pos < f->queue.len) {
		const char *p = f->queue.data + f->queue_pos;
		const char *nl = memchr(p, '\n', f->queue.len - f->queue_pos);
		*line = p;
		*len = (size_t)(nl - p);
		*lineno = f->queue_line++;
		f->queue_pos += *len + 1;
		/* As the reader does: one CR before the LF belongs to the line end. */
		*cr = *len > 0 && p[*len - 1] == '\r';
		if (*cr)
			(*len)--;
		return true;
	}
	if (f->eof)
		return false;
	int rc = scrm_reader_getline(f->run->in, line, len);
	if (rc > 0) {
		*lineno = ++f->lineno;
		*cr = scrm_reader_last_crlf(f->run->in);
		return true;
	}
	f->eof = true;
	if (rc < 0) {
		scrm_warn_at(f->run->file, f->lineno + 1, "read error: %s",
		             scrm_reader_error(f->run->in));
		scrm_run_fail(f->run, SCRM_EXIT_IO);
	}
	return false;
}

static void
import_one(scrm_run *run, const scrm_csv_import_opts *o)
{
	import_file f;
	const char *line;
	size_t len;
	bool cr;
	unsigned long lineno;

	memset(&f, 0, sizeof f);
	f.run = run;
	f.o = o;
	for (;;) {
		while (next_line(&f, &line, &len, &cr, &lineno)) {
			take_line(&f, line, len, cr, lineno);
			if (scrm_csv_pending(&f.parser) && f.raw.len > SCRM_CSV_MAX_ROW)
				recover(&f, "quoted cell over 64 MiB (unterminated quote?)");
		}
		if (!scrm_csv_pending(&f.parser))
			break;
		recover(&f, "unterminated quoted cell");
	}
	if (f.have_header)
		scrm_csv_header_free(&f.header);
	scrm_csv_parser_free(&f.parser);
	scrm_buf_free(&f.raw);
	scrm_buf_free(&f.queue);
	scrm_buf_free(&f.conv);
	scrm_buf_free(&f.out);
	scrm_buf_free(&f.msg);
}

void
scrm_csv_import(scrm_run *run, const scrm_csv_import_opts *o)
{
	const scrm_cli *cli = run->cli;
	int n = cli->ninputs > 0 ? cli->ninputs : 1;

	for (int i = 0; i < n; i++) {
		run->file = cli->ninputs > 0 ? cli->inputs[i] : "-";
		run->lineno = 0;
		if (scrm_run_open_input(run, run->file) == NULL) {
			scrm_warn("%s: %s", run->file, strerror(errno));
			scrm_run_fail(run, SCRM_EXIT_IO);
			continue;
		}
		import_one(run, o);
		scrm_reader_close(run->in);
		run->in = NULL;
		run->line = NULL;      /* it pointed into the file's row buffer */
		run->len = 0;
	}
}
