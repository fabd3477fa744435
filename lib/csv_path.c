/*
 * csv_path.c - dotted paths with an escape, as -f paths and header names
 * spell them: "a.b" is key "b" inside key "a", "a\.b" the one key "a.b",
 * "a\\b" the key "a\b". Without the escape a key holding a dot could not
 * be named, and "-f '*'" would write {"a.b":1} and {"a":{"b":2}} under the
 * same header name.
 */
#include "csv.h"

/* Whether the backslash at p (p < end) escapes the byte after it. */
static bool
escapes(const char *p, const char *end)
{
	return p + 1 < end && (p[1] == '.' || p[1] == '\\');
}

const char *
scrm_csv_path_dot(const char *p, const char *end)
{
	for (; p < end; p++) {
		if (*p == '.')
			return p;
		if (*p == '\\' && escapes(p, end))
			p++;
	}
	return NULL;
}

void
scrm_csv_key_unescape(scrm_buf *out, const char *p, size_t n)
{
	const char *end = p + n;

	scrm_buf_reserve(out, n);
	for (; p < end; p++) {
		if (*p == '\\' && escapes(p, end))
			p++;
		out->data[out->len++] = *p;
	}
	out->data[out->len] = '\0';
}

void
scrm_csv_key_escape(scrm_buf *out, const char *k, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (k[i] == '.' || k[i] == '\\')
			scrm_buf_putc(out, '\\');
		scrm_buf_putc(out, k[i]);
	}
}
