/*
 * csv_read.c - CSV rows from physical lines (RFC 4180).
 *
 * The caller reads lines (any reader, gzip included) and feeds them; a
 * quoted cell that holds a line break simply asks for the next line. This
 * keeps line numbers and the rejected text in the caller's hands.
 * Malformed quoting is an error rather than a guess: a guess would shift
 * every later cell of the row into the wrong column.
 */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"

void
scrm_csv_parser_init(scrm_csv_parser *p, char sep)
{
	memset(p, 0, sizeof *p);
	p->sep = sep;
	p->row.sep = sep;
}

void
scrm_csv_parser_free(scrm_csv_parser *p)
{
	scrm_buf_free(&p->row.text);
	free(p->row.off);
	free(p->row.len);
	free(p->row.quoted);
	memset(p, 0, sizeof *p);
}

static void
cell_begin(scrm_csv_row *row, bool quoted)
{
	if (row->n == row->cap) {
		row->cap = row->cap ? row->cap * 2 : 32;
		row->off = scrm_xrealloc(row->off, row->cap * sizeof *row->off);
		row->len = scrm_xrealloc(row->len, row->cap * sizeof *row->len);
		row->quoted = scrm_xrealloc(row->quoted, row->cap * sizeof *row->quoted);
	}
	row->off[row->n] = row->text.len;
	row->len[row->n] = 0;
	row->quoted[row->n] = quoted;
	row->n++;
}

static void
cell_end(scrm_csv_row *row)
{
	row->len[row->n - 1] = row->text.len - row->off[row->n - 1];
	scrm_buf_putc(&row->text, '\0');
}

static scrm_csv_status
bad(scrm_csv_parser *p, const char *reason)
{
	p->error = reason;
	p->error_cell = p->row.n;
	p->open = false;
	return SCRM_CSV_BAD;
}

static bool
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

/*
 * Reads the rest of a quoted cell from *sp: true when its closing quote was
 * found (*sp just after it), false when the line ended inside it.
 */
static bool
read_quoted(scrm_csv_row *row, const char **sp, const char *end)
{
	const char *s = *sp;

	for (;;) {
		const char *q = memchr(s, '"', (size_t)(end - s));
		if (q == NULL) {
			scrm_buf_append(&row->text, s, (size_t)(end - s));
			return false;
		}
		scrm_buf_append(&row->text, s, (size_t)(q - s));
		if (q + 1 < end && q[1] == '"') {
			scrm_buf_putc(&row->text, '"');
			s = q + 2;
			continue;
		}
		*sp = q + 1;
		return true;
	}
}

scrm_csv_status
scrm_csv_feed(scrm_csv_parser *p, const char *line, size_t len)
{
	scrm_csv_row *row = &p->row;
	const char *s = line, *end = line + len;
	bool in_quotes = p->open;

	if (p->open) {
		/* The line break belongs to the quoted cell. */
		scrm_buf_putc(&row->text, '\n');
	} else {
		scrm_buf_clear(&row->text);
		row->n = 0;
		if (blank(line, len))
			return SCRM_CSV_MORE;
	}
	for (;;) {
		if (!in_quotes && s < end && *s == '"') {
			s++;
			cell_begin(row, true);
			in_quotes = true;
		}
		if (in_quotes) {
			if (!read_quoted(row, &s, end)) {
				p->open = true;
				return SCRM_CSV_MORE;
			}
			p->open = false;
			in_quotes = false;
			cell_end(row);
			if (s == end)
				return SCRM_CSV_ROW;
			if (*s != p->sep)
				return bad(p, "unexpected character after a closing quote");
			s++;
			continue;
		}
		cell_begin(row, false);
		const char *stop = memchr(s, p->sep, (size_t)(end - s));
		if (stop == NULL)
			stop = end;
		if (memchr(s, '"', (size_t)(stop - s)))
			return bad(p, "quote inside an unquoted cell");
		if (memchr(s, '\r', (size_t)(stop - s)))
			return bad(p, "carriage return inside an unquoted cell");
		scrm_buf_append(&row->text, s, (size_t)(stop - s));
		cell_end(row);
		if (stop == end)
			return SCRM_CSV_ROW;
		s = stop + 1;
	}
}

bool
scrm_csv_pending(const scrm_csv_parser *p)
{
	return p->open;
}

void
scrm_csv_reset(scrm_csv_parser *p)
{
	p->open = false;
	p->row.n = 0;
	scrm_buf_clear(&p->row.text);
}

char
scrm_csv_detect_sep(const char *line, size_t len)
{
	static const char candidates[3] = { ',', ';', '\t' };
	size_t count[3] = { 0, 0, 0 };
	bool in_quotes = false;
	size_t best = 0;

	for (size_t i = 0; i < len; i++) {
		if (line[i] == '"') {
			in_quotes = !in_quotes;
			continue;
		}
		if (in_quotes)
			continue;
		for (size_t k = 0; k < 3; k++)
			if (line[i] == candidates[k])
				count[k]++;
	}
	for (size_t k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	return candidates[best];
}
