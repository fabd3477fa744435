/* jw.c - compact JSON writer. */
#include "jw.h"

#include <assert.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

void
scrm_jw_init(scrm_jw *w, scrm_buf *out)
{
	memset(w, 0, sizeof *w);
	w->out = out;
	w->first[0] = true;
}

/* Emits the separator due before a value or a key at the current depth. */
static void
before_item(scrm_jw *w, bool is_key)
{
	if (w->after_key) {
		assert(!is_key);
		w->after_key = false;
		return;
	}
	assert(is_key == (w->depth > 0 && w->in_object[w->depth]));
	if (!w->first[w->depth])
		scrm_buf_putc(w->out, ',');
	w->first[w->depth] = false;
}

static void
open_container(scrm_jw *w, char c, bool object)
{
	before_item(w, false);
	assert(w->depth + 1 < SCRM_JW_MAX_DEPTH);
	scrm_buf_putc(w->out, c);
	w->depth++;
	w->first[w->depth] = true;
	w->in_object[w->depth] = object;
}

static void
close_container(scrm_jw *w, char c, bool object)
{
	assert(w->depth > 0 && w->in_object[w->depth] == object && !w->after_key);
	(void)object;
	w->depth--;
	scrm_buf_putc(w->out, c);
}

void scrm_jw_object_begin(scrm_jw *w) { open_container(w, '{', true); }
void scrm_jw_object_end(scrm_jw *w) { close_container(w, '}', true); }
void scrm_jw_array_begin(scrm_jw *w) { open_container(w, '[', false); }
void scrm_jw_array_end(scrm_jw *w) { close_container(w, ']', false); }

/* Strings this short are tested byte by byte for a need to escape, and
 * written in one piece when they have none. */
#define SHORT_STRING 32

/* 1 for the bytes JSON must escape: controls, '"' and '\\' (one load a byte in plain()). */
static const unsigned char escaped[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = 1, ['\\'] = 1,
};

/* Whether s[0..n) has no byte JSON must escape. */
static bool
plain(const char *s, size_t n)
{
	unsigned char any = 0;
	for (size_t i = 0; i < n; i++)
		any |= escaped[(unsigned char)s[i]];
	return !any;
}

/*
 * s[0..n) quoted, then tail (0: none). Keys, codes and names are short
 * and plain: one reserve and one copy instead of scrm_json_quote's pieces.
 */
static void
quote(scrm_buf *out, const char *s, size_t n, char tail)
{
	if (n > SHORT_STRING || !plain(s, n)) {
		scrm_json_quote(out, s, n);
		if (tail)
			scrm_buf_putc(out, tail);
		return;
	}
	scrm_buf_reserve(out, n + 3);
	char *d = out->data + out->len;
	d[0] = '"';
	memcpy(d + 1, s, n);
	d[n + 1] = '"';
	d[n + 2] = tail;
	out->len += n + 2 + (tail != 0);
	out->data[out->len] = '\0';
}

void
scrm_jw_keyn(scrm_jw *w, const char *key, size_t n)
{
	before_item(w, true);
	quote(w->out, key, n, ':');
	w->after_key = true;
}

void
scrm_jw_string(scrm_jw *w, const char *s, size_t n)
{
	before_item(w, false);
	quote(w->out, s, n, 0);
}

void
scrm_jw_int(scrm_jw *w, int64_t v)
{
	char digits[24];
	char *p = digits + sizeof digits;
	/* Work on the magnitude as unsigned so that INT64_MIN needs no special case. */
	uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;

	before_item(w, false);
	do {
		*--p = (char)('0' + mag % 10);
		mag /= 10;
	} while (mag);
	if (v < 0)
		*--p = '-';
	scrm_buf_append(w->out, p, (size_t)(digits + sizeof digits - p));
}

void
scrm_jw_double(scrm_jw *w, double v)
{
	char text[32];

	before_item(w, false);
	if (!isfinite(v)) {
		scrm_buf_puts(w->out, "null");
		return;
	}
	/* The shortest of %.15g..%.17g that reads back to the same double. */
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(text, sizeof text, "%.*g", prec, v);
		if (strtod(text, NULL) == v)
			break;
	}
	scrm_buf_puts(w->out, text);
}

void
scrm_jw_fixed(scrm_jw *w, double v, int decimals)
{
	static const double scale[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
	char text[64];
	size_t n;

	before_item(w, false);
	if (!isfinite(v)) {
		scrm_buf_puts(w->out, "null");
		return;
	}
	double x = decimals >= 0 && decimals <= 9 ? fabs(v) * scale[decimals] : INFINITY;
	/* Near a tie the product is not exact enough to round the way printf
	 * rounds the exact binary value: leave those to printf. */
	if (x < 9e15 && fabs(x - floor(x) - 0.5) > 1e-6) {
		/* Scores and confidences are small: round once to an integer count of
		 * 10^-decimals and print that, no printf on the hot path. */
		int64_t units = llround(v * scale[decimals]);
		uint64_t mag = units < 0 ? (uint64_t)0 - (uint64_t)units : (uint64_t)units;
		char *p = text + sizeof text;
		int d = decimals;

		while (d > 0 && mag % 10 == 0) {   /* trailing zeros of the fraction */
			mag /= 10;
			d--;
		}
		do {
			*--p = (char)('0' + mag % 10);
			mag /= 10;
			if (--d == 0)
				*--p = '.';
		} while (mag || d >= 0);
		if (units < 0)
			*--p = '-';
		scrm_buf_append(w->out, p, (size_t)(text + sizeof text - p));
		return;
	}
	snprintf(text, sizeof text, "%.*f", decimals, v);
	n = strlen(text);
	if (strchr(text, '.')) {
		while (text[n - 1] == '0')
			n--;
		if (text[n - 1] == '.')
			n--;
	}
	text[n] = '\0';
	if (strcmp(text, "-0") == 0)
		strcpy(text, "0");
	scrm_buf_puts(w->out, text);
}

void
scrm_jw_bool(scrm_jw *w, bool v)
{
	before_item(w, false);
	scrm_buf_puts(w->out, v ? "true" : "false");
}

void
scrm_jw_null(scrm_jw *w)
{
	before_item(w, false);
	scrm_buf_puts(w->out, "null");
}

void
scrm_jw_raw(scrm_jw *w, const char *json, size_t n)
{
	before_item(w, false);
	scrm_buf_append(w->out, json, n);
}
