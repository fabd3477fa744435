/*
 * csv_write.c - JSON values to CSV cells (RFC 4180 quoting).
 *
 * Cells are made straight from the record's text: a string without
 * escapes is quoted from the line itself, so a row costs a few memchr
 * passes per cell and one copy.
 */
#include "csv.h"

#include <string.h>

void
scrm_csv_style_init(scrm_csv_style *st)
{
	memset(st, 0, sizeof *st);
	st->sep = ',';
}

void
scrm_csv_style_excel(scrm_csv_style *st)
{
	st->sep = ';';
	st->crlf = true;
	st->bom = true;
	st->decimal_comma = true;
}

bool
scrm_csv_sep_ok(char c)
{
	unsigned char u = (unsigned char)c;

	if (u == '\t')
		return true;
	return u > ' ' && u < 0x7f && c != '"' && !(c >= '0' && c <= '9') &&
	       !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Whether --from-csv would type the unquoted text s as a number or a boolean. */
static bool
looks_typed(const char *s, size_t n, bool decimal_comma)
{
	if ((n == 4 && memcmp(s, "true", 4) == 0) || (n == 5 && memcmp(s, "false", 5) == 0))
		return true;
	return n > 0 && ((s[0] >= '0' && s[0] <= '9') || s[0] == '-') &&
	       scrm_csv_is_number(s, n, decimal_comma);
}

bool
scrm_csv_must_quote(const char *s, size_t n, char sep)
{
	if (n == 0)
		return false;
	if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
		return true;
	if (n < 32) {
		/* Short cells (ids, dates, handles): one loop beats four memchr calls. */
		for (size_t i = 0; i < n; i++)
			if (s[i] == sep || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
				return true;
		return false;
	}
	return memchr(s, sep, n) || memchr(s, '"', n) || memchr(s, '\n', n) || memchr(s, '\r', n);
}

/* An empty cell is quoted too: bare, it would read as an absent field. */
static bool
needs_quotes(const char *s, size_t n, const scrm_csv_style *st)
{
	return n == 0 || scrm_csv_must_quote(s, n, st->sep);
}

static void
put_quoted(scrm_buf *out, const char *prefix, const char *s, size_t n)
{
	const char *end = s + n;

	scrm_buf_reserve(out, n + 3);
	scrm_buf_putc(out, '"');
	scrm_buf_puts(out, prefix);
	while (s < end) {
		const char *q = memchr(s, '"', (size_t)(end - s));
		if (q == NULL) {
			scrm_buf_append(out, s, (size_t)(end - s));
			break;
		}
		scrm_buf_append(out, s, (size_t)(q + 1 - s));
		scrm_buf_putc(out, '"');
		s = q + 1;
	}
	scrm_buf_putc(out, '"');
}

void
scrm_csv_put_text(scrm_buf *out, const char *s, size_t n, const scrm_csv_style *st)
{
	const char *prefix = "";

	if (st->safe && n > 0 && memchr("=+-@\t\r", s[0], 6) != NULL)
		prefix = "'";
	if (needs_quotes(s, n, st) || (*prefix == '\0' && looks_typed(s, n, st->decimal_comma)))
		put_quoted(out, prefix, s, n);
	else {
		scrm_buf_puts(out, prefix);
		scrm_buf_append(out, s, n);
	}
}

/* Appends a JSON number's text, with ',' for '.' when asked. */
static void
append_number(scrm_buf *out, scrm_json_value v, bool decimal_comma)
{
	size_t at = out->len;

	scrm_buf_append(out, v.ptr, v.len);
	if (decimal_comma) {
		char *dot = memchr(out->data + at, '.', v.len);
		if (dot != NULL)
			*dot = ',';
	}
}

/*
 * Puts the cell appended bare at out->data[at..] in quotes when it needs
 * them, as any text would. Numbers and booleans are appended bare because
 * they rarely do: only a separator that a number can hold ('.', '-', '+',
 * or ',' with a decimal comma) makes them; a reader would split the cell
 * there. scratch is overwritten.
 */
static void
quote_appended(scrm_buf *out, size_t at, const scrm_csv_style *st, scrm_buf *scratch)
{
	size_t n = out->len - at;

	if (!needs_quotes(out->data + at, n, st))
		return;
	scrm_buf_clear(scratch);
	scrm_buf_append(scratch, out->data + at, n);
	out->len = at;
	put_quoted(out, "", scratch->data, n);
}

void
scrm_csv_compact_json(scrm_buf *out, scrm_json_value v)
{
	const char *p = v.ptr, *end = v.ptr + v.len;

	scrm_buf_reserve(out, v.len);
	while (p < end) {
		char c = *p;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			p++;
			continue;
		}
		if (c != '"') {
			scrm_buf_putc(out, c);
			p++;
			continue;
		}
		/* A string, copied whole: its end is the first quote not escaped. */
		const char *q = p + 1;
		while (q < end && *q != '"')
			q += *q == '\\' ? 2 : 1;
		if (q < end)
			q++;
		if (q > end)
			q = end;
		scrm_buf_append(out, p, (size_t)(q - p));
		p = q;
	}
}

/* An array's elements joined with '|' into out (the cell's text, unquoted). */
static void
join_array(scrm_buf *out, scrm_json_value v, const scrm_csv_style *st)
{
	scrm_json_iter it = scrm_json_iter_start(v);
	scrm_json_value e;
	bool first = true;

	while (scrm_json_array_next(&it, &e)) {
		if (!first)
			scrm_buf_putc(out, '|');
		first = false;
		switch (e.type) {
		case SCRM_JSON_STRING:
			scrm_json_string_append(e, out);
			break;
		case SCRM_JSON_NUMBER:
			append_number(out, e, st->decimal_comma);
			break;
		case SCRM_JSON_NULL:
		case SCRM_JSON_NONE:
			break;
		case SCRM_JSON_TRUE:
		case SCRM_JSON_FALSE:
			scrm_buf_append(out, e.ptr, e.len);
			break;
		case SCRM_JSON_ARRAY:
		case SCRM_JSON_OBJECT:
			scrm_csv_compact_json(out, e);
			break;
		}
	}
}

void
scrm_csv_put_value(scrm_buf *out, scrm_json_value v, const scrm_csv_style *st, scrm_buf *scratch)
{
	const char *s;
	size_t n, at;

	switch (v.type) {
	case SCRM_JSON_NONE:
	case SCRM_JSON_NULL:
		return;
	case SCRM_JSON_TRUE:
	case SCRM_JSON_FALSE:
		at = out->len;
		scrm_buf_append(out, v.ptr, v.len);
		quote_appended(out, at, st, scratch);
		return;
	case SCRM_JSON_NUMBER:
		/* Never defused by --safe: "-5" is no formula. */
		at = out->len;
		append_number(out, v, st->decimal_comma);
		quote_appended(out, at, st, scratch);
		return;
	case SCRM_JSON_STRING:
		s = scrm_json_string(v, scratch, &n);
		scrm_csv_put_text(out, s, n, st);
		return;
	case SCRM_JSON_ARRAY:
		scrm_buf_clear(scratch);
		join_array(scratch, v, st);
		if (scratch->len == 0)
			return;     /* [] is an empty cell, like null */
		break;
	case SCRM_JSON_OBJECT:
		scrm_buf_clear(scratch);
		scrm_csv_compact_json(scratch, v);
		break;
	}
	scrm_csv_put_text(out, scratch->data ? scratch->data : "", scratch->len, st);
}

void
scrm_csv_end_row(scrm_buf *out, const scrm_csv_style *st)
{
	if (st->crlf)
		scrm_buf_append(out, "\r\n", 2);
	else
		scrm_buf_putc(out, '\n');
}
