/*
 * json_scan.c - one-pass validation of JSON text (RFC 8259 + UTF-8).
 *
 * A top-level object, a record, is read by a loop of its own that hands
 * each member to the caller. Values nested in it go to a scanner that is
 * iterative (an explicit stack of container kinds), so deep nesting cannot
 * overflow the C stack; nothing allocates. Strings, the bulk of a mention,
 * are skipped sixteen bytes at a time (eight without SSE2) while no byte
 * needs a closer look (quote, backslash, control or non-ASCII).
 */
#include "json.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "swar.h"
#include "utf8.h"

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

typedef struct scanner {
	const unsigned char *start;
	const unsigned char *p;
	const unsigned char *end;
	scrm_json_error *err;
} scanner;

static bool
fail(scanner *s, const unsigned char *at, const char *reason)
{
	if (s->err) {
		s->err->offset = (size_t)(at - s->start);
		s->err->reason = reason;
	}
	return false;
}

/* Nonzero when some byte of w is '"', '\\', below 0x20 or above 0x7F. */
static inline uint64_t
needs_look(uint64_t w)
{
	return scrm_swar_zero_bytes(w ^ (ONES * '"')) | scrm_swar_zero_bytes(w ^ (ONES * '\\')) |
	       ((w - ONES * 0x20) & ~w & HIGHS) | (w & HIGHS);
}

static inline void
skip_ws(scanner *s)
{
	/* Records are mostly compact: one test answers "no whitespace here". */
	while (s->p < s->end && *s->p <= ' ' &&
	       (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
		s->p++;
}

static int
hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads \uXXXX at p (pointing at the backslash); returns the unit or -1. */
static long
read_u_escape(const unsigned char *p, const unsigned char *end)
{
	long v = 0;

	if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
		return -1;
	for (int i = 2; i < 6; i++) {
		int h = hex_value(p[i]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/*
 * The rest of a string from p (inside it): escapes, UTF-8 and whatever
 * scan_string() leaves. On success s->p ends after the closing quote.
 */
static bool
scan_string_rest(scanner *s, const unsigned char *p)
{
	const unsigned char *end = s->end;

	for (;;) {
#ifdef __SSE2__
		/* Sixteen bytes at a time: a signed compare below 0x20 catches both
		 * control characters and every byte of 0x80 and above. */
		const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
		const __m128i space = _mm_set1_epi8(0x20);
		while (end - p >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
			__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote),
			                                        _mm_cmpeq_epi8(v, backslash)),
			                           _mm_cmplt_epi8(v, space));
			int mask = _mm_movemask_epi8(hit);
			if (mask) {
				p += __builtin_ctz((unsigned)mask);
				goto look;
			}
			p += 16;
		}
#endif
		while (end - p >= 8) {
			uint64_t w;
			memcpy(&w, p, 8);
			if (needs_look(w))
				break;
			p += 8;
		}
#ifdef __SSE2__
look:
#endif
		if (p >= end)
			return fail(s, p, "unterminated string");
		unsigned char c = *p;
		if (c == '"') {
			s->p = p + 1;
			return true;
		}
		if (c == '\\') {
			if (end - p < 2)
				return fail(s, p, "unterminated string");
			switch (p[1]) {
			case '"': case '\\': case '/': case 'b':
			case 'f': case 'n': case 'r': case 't':
				p += 2;
				continue;
			case 'u': {
				long u = read_u_escape(p, end);
				if (u < 0)
					return fail(s, p, "invalid \\u escape");
				if (u >= 0xDC00 && u <= 0xDFFF)
					return fail(s, p, "lone low surrogate in \\u escape");
				if (u >= 0xD800 && u <= 0xDBFF) {
					long lo = read_u_escape(p + 6, end);
					if (lo < 0xDC00 || lo > 0xDFFF)
						return fail(s, p, "lone high surrogate in \\u escape");
					p += 12;
				} else {
					p += 6;
				}
				continue;
			}
			default:
				return fail(s, p, "invalid escape");
			}
		}
		if (c < 0x20)
			return fail(s, p, c == 0 ? "NUL byte in string" : "control character in string");
		if (c < 0x80) {
			p++;
			continue;
		}
		/* Two-byte sequences (accented Latin letters) are checked here,
		 * the rest by the UTF-8 module. */
		if (c >= 0xC2 && c < 0xE0 && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
			p += 2;
			continue;
		}
		size_t k = scrm_utf8_seq_len(p, (size_t)(end - p));
		if (k == 0)
			return fail(s, p, "invalid UTF-8");
		p += k;
	}
}

/*
 * s->p is at the opening quote; on success it ends after the closing
 * quote. Most strings of a record are short and plain: sixteen bytes
 * looked at once find their end, here, inline; the rest goes to
 * scan_string_rest(). *plain is set when the string was seen to hold no
 * escape (the fast path); false means it may hold one.
 */
static inline bool
scan_string(scanner *s, bool *plain)
{
	const unsigned char *p = s->p + 1;
#ifdef __SSE2__
	if (s->end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
		                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
		                           _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
		int mask = _mm_movemask_epi8(hit);
		if (!mask)
			return scan_string_rest(s, p + 16);
		p += __builtin_ctz((unsigned)mask);
		if (*p == '"') {
			s->p = p + 1;
			*plain = true;
			return true;
		}
	}
#endif
	*plain = false;
	return scan_string_rest(s, p);
}

static bool
scan_digits(scanner *s)
{
	const unsigned char *p = s->p;

	while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		s->p++;
	return s->p > p;
}

static bool
scan_number(scanner *s)
{
	const unsigned char *at = s->p;

	if (*s->p == '-')
		s->p++;
	if (s->p >= s->end)
		return fail(s, at, "invalid number");
	if (*s->p == '0') {
		s->p++;
	} else if (!scan_digits(s)) {
		return fail(s, at, "invalid number");
	}
	if (s->p < s->end && *s->p == '.') {
		s->p++;
		if (!scan_digits(s))
			return fail(s, at, "invalid number");
	}
	if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
		s->p++;
		if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
			s->p++;
		if (!scan_digits(s))
			return fail(s, at, "invalid number");
	}
	return true;
}

static bool
scan_literal(scanner *s, const char *word, size_t n)
{
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
		return fail(s, s->p, "unexpected character");
	s->p += n;
	return true;
}

static bool
unexpected(scanner *s)
{
	if (s->p >= s->end)
		return fail(s, s->p, "unexpected end of input");
	if (*s->p >= 0x80 && scrm_utf8_seq_len(s->p, (size_t)(s->end - s->p)) == 0)
		return fail(s, s->p, "invalid UTF-8");
	if (*s->p == 0)
		return fail(s, s->p, "NUL byte");
	return fail(s, s->p, "unexpected character");
}

/*
 * Skips whitespace to the next byte, which must exist (else the error is
 * "unexpected end of input"). Records are mostly compact: one test
 * answers "no whitespace here".
 */
static inline bool
at_next_byte(scanner *s)
{
	if (s->p >= s->end || *s->p <= ' ') {
		skip_ws(s);
		if (s->p >= s->end)
			return unexpected(s);
	}
	return true;
}

/*
 * Consumes optional whitespace and then c. Records are mostly compact, so
 * c is looked for first, whitespace only when it is not there.
 */
static inline bool
expect(scanner *s, unsigned char c)
{
	if (s->p >= s->end || *s->p != c) {
		skip_ws(s);
		if (s->p >= s->end || *s->p != c)
			return false;
	}
	s->p++;
	return true;
}

/* Scans ws "key" ws ':'; s->p ends just after the colon. Inlined by
 * force: called from two places per member, it is most of the loop. */
static inline __attribute__((always_inline)) bool
scan_key(scanner *s, scrm_json_value *key, bool *plain)
{
	if (s->p >= s->end || *s->p != '"') {
		skip_ws(s);
		if (s->p >= s->end || *s->p != '"')
			return unexpected(s);
	}
	key->type = SCRM_JSON_STRING;
	key->ptr = (const char *)s->p;
	if (!scan_string(s, plain))
		return false;
	key->len = (size_t)((const char *)s->p - key->ptr);
	if (!expect(s, ':'))
		return unexpected(s);
	return true;
}

/* A string, number or literal at s->p (which is before s->end). */
static inline __attribute__((always_inline)) bool
scan_scalar(scanner *s, scrm_json_type *type)
{
	bool plain;

	switch (*s->p) {
	case '"':
		*type = SCRM_JSON_STRING;
		return scan_string(s, &plain);
	case 't':
		*type = SCRM_JSON_TRUE;
		return scan_literal(s, "true", 4);
	case 'f':
		*type = SCRM_JSON_FALSE;
		return scan_literal(s, "false", 5);
	case 'n':
		*type = SCRM_JSON_NULL;
		return scan_literal(s, "null", 4);
	default:
		if (*s->p == '-' || (*s->p >= '0' && *s->p <= '9')) {
			*type = SCRM_JSON_NUMBER;
			return scan_number(s);
		}
		return unexpected(s);
	}
}

/*
 * The array or object at s->p and all it holds, with outer containers
 * already open around it; s->p ends after it. Iterative, with an explicit
 * stack of container kinds, so deep nesting cannot overflow the C stack.
 */
static bool
scan_container(scanner *s, int outer)
{
	unsigned char stack[SCRM_JSON_MAX_DEPTH]; /* '{' or '[' per open container */
	int depth = 0;
	scrm_json_value key;    /* scanned, not kept */
	scrm_json_type type;
	bool plain;

open:
	if (outer + depth == SCRM_JSON_MAX_DEPTH)
		return fail(s, s->p, "nesting too deep");
	stack[depth++] = *s->p++;
	skip_ws(s);
	if (s->p < s->end && (*s->p == '}' || *s->p == ']')) {
		if ((*s->p == '}') != (stack[depth - 1] == '{'))
			return unexpected(s);
		s->p++;
		depth--;
		goto after_value;
	}
	if (stack[depth - 1] == '{' && !scan_key(s, &key, &plain))
		return false;
value:
	if (s->p >= s->end)
		return unexpected(s);
	switch (*s->p) {
	case ' ':
	case '\t':
	case '\n':
	case '\r':
		skip_ws(s);
		goto value;
	case '{':
	case '[':
		goto open;
	default:
		if (!scan_scalar(s, &type))
			return false;
	}
after_value:
	if (depth == 0)
		return true;
	if (!at_next_byte(s))
		return false;
	if (*s->p == ',') {
		s->p++;
		if (stack[depth - 1] == '{' && !scan_key(s, &key, &plain))
			return false;
		goto value;	/* whitespace before a value is skipped there */
	}
	if ((*s->p == '}' && stack[depth - 1] == '{') || (*s->p == ']' && stack[depth - 1] == '[')) {
		s->p++;
		depth--;
		goto after_value;
	}
	return unexpected(s);
}

/* Any value at s->p, whitespace first; outer containers are open around it. */
static inline bool
scan_value(scanner *s, int outer, scrm_json_value *v)
{
	if (!at_next_byte(s))
		return false;
	v->ptr = (const char *)s->p;
	if (*s->p == '{' || *s->p == '[') {
		v->type = *s->p == '{' ? SCRM_JSON_OBJECT : SCRM_JSON_ARRAY;
		if (!scan_container(s, outer))
			return false;
	} else if (!scan_scalar(s, &v->type)) {
		return false;
	}
	v->len = (size_t)((const char *)s->p - v->ptr);
	return true;
}

/*
 * The top-level object at s->p, each member passed to on_member (when not
 * NULL) as it is read: a record's own loop, with none of the bookkeeping
 * of nested containers.
 */
static bool
scan_members(scanner *s, scrm_json_member_fn on_member, void *ctx)
{
	s->p++;
	skip_ws(s);
	if (s->p < s->end && *s->p == '}') {
		s->p++;
		return true;
	}
	for (;;) {
		/* Set on every path that uses them; initialised because
		 * whole-program (LTO) analysis cannot tell. */
		scrm_json_value key = { SCRM_JSON_NONE, NULL, 0 }, value = key;
		bool plain = false;

		if (!scan_key(s, &key, &plain) || !scan_value(s, 1, &value))
			return false;
		if (on_member)
			on_member(ctx, key, plain, value);
		if (!at_next_byte(s))
			return false;
		if (*s->p == ',') {
			s->p++;
			continue;
		}
		if (*s->p == '}') {
			s->p++;
			return true;
		}
		return unexpected(s);
	}
}

bool
scrm_json_validate(const char *text, size_t len, scrm_json_value *top,
                   scrm_json_member_fn on_member, void *ctx, scrm_json_error *err)
{
	scanner s = { (const unsigned char *)text, (const unsigned char *)text,
	              (const unsigned char *)text + len, err };
	scrm_json_value v = { SCRM_JSON_NONE, NULL, 0 };   /* see scan_members() */

	skip_ws(&s);
	if (s.p < s.end && *s.p == '{') {
		v.type = SCRM_JSON_OBJECT;
		v.ptr = (const char *)s.p;
		if (!scan_members(&s, on_member, ctx))
			return false;
		v.len = (size_t)((const char *)s.p - v.ptr);
	} else if (!scan_value(&s, 0, &v)) {
		return false;
	}
	skip_ws(&s);
	if (s.p != s.end)
		return fail(&s, s.p, *s.p == 0 ? "NUL byte" : "trailing characters after the value");
	if (top)
		*top = v;
	return true;
}

const char *
scrm_json_type_name(scrm_json_type t)
{
	static const char *const names[] = {
		"absent", "null", "false", "true", "number", "string", "array", "object"
	};

	return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}
