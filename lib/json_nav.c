/*
 * json_nav.c - navigating, decoding and quoting JSON text that has already
 * been validated. Skipping a value only has to find where it ends, so it
 * looks at quotes, backslashes and brackets and nothing else.
 */
#include "json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static inline const char *
skip_ws(const char *p, const char *end)
{
	/* Records are mostly compact: one test answers "no whitespace here". */
	while (p < end && (unsigned char)*p <= ' ' &&
	       (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
		p++;
	return p;
}

/* p at an opening quote; returns the position after the closing quote. */
static inline const char *
skip_string(const char *p, const char *end)
{
	p++;
#ifdef __SSE2__
	/* Keys and most values are short: sixteen bytes looked at once end
	 * them, when no backslash comes first. */
	if (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
		                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
		if (mask) {
			const char *q = p + __builtin_ctz((unsigned)mask);
			if (*q == '"')
				return q + 1;
		}
	}
#endif
	for (;;) {
		const char *q = memchr(p, '"', (size_t)(end - p));
		if (q == NULL)
			return end;
		/* The quote is escaped when preceded by an odd run of backslashes. */
		const char *b = q;
		while (b > p && b[-1] == '\\')
			b--;
		if (((q - b) & 1) == 0)
			return q + 1;
		p = q + 1;
	}
}

static scrm_json_type
type_of(char c)
{
	switch (c) {
	case '{': return SCRM_JSON_OBJECT;
	case '[': return SCRM_JSON_ARRAY;
	case '"': return SCRM_JSON_STRING;
	case 't': return SCRM_JSON_TRUE;
	case 'f': return SCRM_JSON_FALSE;
	case 'n': return SCRM_JSON_NULL;
	default: return SCRM_JSON_NUMBER;
	}
}

/* Reads the value starting at p (no leading whitespace) into v; returns its end. */
static inline __attribute__((always_inline)) const char *
read_value(const char *p, const char *end, scrm_json_value *v)
{
	const char *start = p;

	v->type = type_of(*p);
	switch (v->type) {
	case SCRM_JSON_STRING:
		p = skip_string(p, end);
		break;
	case SCRM_JSON_OBJECT:
	case SCRM_JSON_ARRAY: {
		int depth = 0;
		while (p < end) {
			char c = *p;
			if (c == '"') {
				p = skip_string(p, end);
				continue;
			}
			p++;
			if (c == '{' || c == '[')
				depth++;
			else if ((c == '}' || c == ']') && --depth == 0)
				break;
		}
		break;
	}
	default:
		while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' &&
		       *p != '\n' && *p != '\r' && *p != '\t')
			p++;
		break;
	}
	v->ptr = start;
	v->len = (size_t)(p - start);
	return p;
}

scrm_json_iter
scrm_json_iter_start(scrm_json_value container)
{
	scrm_json_iter it = { NULL, NULL };

	if ((container.type == SCRM_JSON_OBJECT || container.type == SCRM_JSON_ARRAY) &&
	    container.len >= 2) {
		it.p = container.ptr + 1;
		it.end = container.ptr + container.len - 1;
	}
	return it;
}

bool
scrm_json_array_next(scrm_json_iter *it, scrm_json_value *elem)
{
	if (it->p == NULL)
		return false;
	it->p = skip_ws(it->p, it->end);
	if (it->p < it->end && *it->p == ',')
		it->p = skip_ws(it->p + 1, it->end);
	if (it->p >= it->end)
		return false;
	it->p = read_value(it->p, it->end, elem);
	return true;
}

bool
scrm_json_object_next(scrm_json_iter *it, scrm_json_value *key, scrm_json_value *value)
{
	if (it->p == NULL)
		return false;
	it->p = skip_ws(it->p, it->end);
	if (it->p < it->end && *it->p == ',')
		it->p = skip_ws(it->p + 1, it->end);
	if (it->p >= it->end || *it->p != '"')
		return false;
	it->p = read_value(it->p, it->end, key);
	it->p = skip_ws(it->p, it->end);
	if (it->p < it->end && *it->p == ':')
		it->p = skip_ws(it->p + 1, it->end);
	if (it->p >= it->end)
		return false;
	it->p = read_value(it->p, it->end, value);
	return true;
}

/* Keys are short: a loop beats a call to memchr. */
static inline bool
has_backslash(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\\')
			return true;
	return false;
}

bool
scrm_json_string_equals(scrm_json_value str, const char *name, size_t n)
{
	size_t raw;

	if (str.type != SCRM_JSON_STRING || str.len < 2)
		return false;
	/* Decoding never lengthens a string: a shorter raw form cannot match,
	 * and a raw form without escapes matches only byte for byte. */
	raw = str.len - 2;
	if (raw < n)
		return false;
	/* A first byte that is not a backslash is the first decoded byte:
	 * most keys are told apart here. */
	if (n > 0 && str.ptr[1] != name[0] && str.ptr[1] != '\\')
		return false;
	if (raw == n)
		return memcmp(str.ptr + 1, name, n) == 0 && !has_backslash(name, n);
	if (!has_backslash(str.ptr + 1, raw))
		return false;

	scrm_buf scratch = SCRM_BUF_INIT;
	size_t len;
	const char *s = scrm_json_string(str, &scratch, &len);
	bool eq = len == n && memcmp(s, name, n) == 0;
	scrm_buf_free(&scratch);
	return eq;
}

scrm_json_value
scrm_json_get_key(scrm_json_value object, const char *key, size_t n)
{
	scrm_json_value found = { SCRM_JSON_NONE, NULL, 0 }, k, v;
	scrm_json_iter it;

	if (object.type != SCRM_JSON_OBJECT)
		return found;
	it = scrm_json_iter_start(object);
	while (scrm_json_object_next(&it, &k, &v))
		if (scrm_json_string_equals(k, key, n))
			found = v;
	return found;
}

scrm_json_value
scrm_json_get(scrm_json_value object, const char *path)
{
	scrm_json_value v = object;

	for (;;) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		v = scrm_json_get_key(v, path, n);
		if (dot == NULL || v.type == SCRM_JSON_NONE)
			return v;
		path = dot + 1;
	}
}

static unsigned
hex4(const char *p)
{
	unsigned v = 0;

	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

void
scrm_json_string_append(scrm_json_value str, scrm_buf *out)
{
	const char *p, *end;

	if (str.type != SCRM_JSON_STRING || str.len < 2) {
		scrm_buf_append(out, "", 0);
		return;
	}
	p = str.ptr + 1;
	end = str.ptr + str.len - 1;
	scrm_buf_reserve(out, str.len);
	while (p < end) {
		const char *bs = memchr(p, '\\', (size_t)(end - p));
		if (bs == NULL) {
			scrm_buf_append(out, p, (size_t)(end - p));
			break;
		}
		scrm_buf_append(out, p, (size_t)(bs - p));
		p = bs + 1;
		if (p >= end)
			break;
		char c = *p++, ch;
		switch (c) {
		case 'b': ch = '\b'; break;
		case 'f': ch = '\f'; break;
		case 'n': ch = '\n'; break;
		case 'r': ch = '\r'; break;
		case 't': ch = '\t'; break;
		case 'u': {
			char enc[4];
			if (end - p < 4)
				return;
			uint32_t cp = hex4(p);
			p += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
				uint32_t lo = hex4(p + 2);
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				p += 6;
			}
			scrm_buf_append(out, enc, scrm_utf8_encode(cp, enc));
			continue;
		}
		default: ch = c; break;   /* '"', '\\', '/' */
		}
		scrm_buf_putc(out, ch);
	}
}

const char *
scrm_json_string(scrm_json_value str, scrm_buf *scratch, size_t *out_len)
{
	if (str.type == SCRM_JSON_STRING && str.len >= 2 &&
	    memchr(str.ptr + 1, '\\', str.len - 2) == NULL) {
		*out_len = str.len - 2;
		return str.ptr + 1;
	}
	scrm_buf_clear(scratch);
	scrm_json_string_append(str, scratch);
	*out_len = scratch->len;
	return scratch->data;
}

bool
scrm_json_number(scrm_json_value v, double *out)
{
	char small[64];
	char *text = small;

	if (v.type != SCRM_JSON_NUMBER)
		return false;
	if (v.len >= sizeof small)
		text = malloc(v.len + 1);
	if (text == NULL)
		return false;
	memcpy(text, v.ptr, v.len);
	text[v.len] = '\0';
	*out = strtod(text, NULL);
	if (text != small)
		free(text);
	return true;
}

bool
scrm_json_int(scrm_json_value v, int64_t *out)
{
	bool negative = false;
	uint64_t acc = 0;

	if (v.type != SCRM_JSON_NUMBER || v.len == 0)
		return false;
	const char *p = v.ptr, *end = v.ptr + v.len;   /* an absent value has no pointer */
	if (*p == '-') {
		negative = true;
		p++;
	}
	if (p == end)
		return false;
	for (; p < end; p++) {
		if (*p < '0' || *p > '9')
			return false;
		if (acc > (UINT64_MAX - 9) / 10)
			return false;
		acc = acc * 10 + (uint64_t)(*p - '0');
	}
	if (negative) {
		if (acc > (uint64_t)INT64_MAX + 1)
			return false;
		*out = acc == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)acc;
	} else {
		if (acc > INT64_MAX)
			return false;
		*out = (int64_t)acc;
	}
	return true;
}

/* Whether one of the eight bytes at p is '"', '\\' or a control character. */
static inline bool
needs_escape(const char *p)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t w, q, b;

	memcpy(&w, p, 8);
	q = w ^ (ones * '"');
	b = w ^ (ones * '\\');
	/* A zero byte in q or b, or a byte below 0x20 in w (bytes of 0x80 and up excluded). */
	return (((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w)) & highs;
}

/* The first byte at or after i that JSON must escape, or n: sixteen
 * bytes at a time, then eight, while none does (texts are long). */
static inline size_t
next_escape(const char *s, size_t n, size_t i)
{
#ifdef __SSE2__
	const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
	const __m128i below_space = _mm_set1_epi8(0x1F);
	while (n - i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* v <= 0x1F unsigned: the maximum of v and 0x1F is 0x1F. */
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
		                           _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space));
		int mask = _mm_movemask_epi8(hit);
		if (mask)
			return i + (size_t)__builtin_ctz((unsigned)mask);
		i += 16;
	}
#endif
	while (n - i >= 8 && !needs_escape(s + i))
		i += 8;
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"' || c == '\\')
			return i;
	}
	return n;
}

void
scrm_json_quote(scrm_buf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;

	scrm_buf_reserve(out, n + 2);
	scrm_buf_putc(out, '"');
	for (size_t i = next_escape(s, n, 0); i < n; i = next_escape(s, n, run)) {
		unsigned char c = (unsigned char)s[i];
		const char *esc;
		char ubuf[6];

		scrm_buf_append(out, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		default:
			memcpy(ubuf, "\\u00", 4);
			ubuf[4] = hex[c >> 4];
			ubuf[5] = hex[c & 15];
			scrm_buf_append(out, ubuf, 6);
			continue;
		}
		scrm_buf_puts(out, esc);
	}
	scrm_buf_append(out, s + run, n - run);
	scrm_buf_putc(out, '"');
}
