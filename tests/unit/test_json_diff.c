/*
 * Differential test against jansson: random JSON documents, and random
 * mutations of them, must be accepted or rejected alike, and every value
 * of an accepted document must read back the same through scrm's scanner
 * as through jansson's tree. Deterministic (fixed seed).
 */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "json.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t
rng(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(rng() % n);
}

static void
ws(scrm_buf *b)
{
	static const char *const spaces[] = { "", "", "", " ", "\n", "\t ", "\r\n" };
	scrm_buf_puts(b, spaces[pick(7)]);
}

static void
gen_string(scrm_buf *b)
{
	static const char *const pieces[] = {
		"a", "Nuvia", " ", "caf\xc3\xa9", "\xf0\x9f\x98\xa1", "\\\"", "\\\\", "\\n", "\\t",
		"\\u00e9", "\\ud83d\\ude00", "\\u0000", "\\/", "\xe2\x82\xac", "x.y", "123",
	};
	unsigned n = pick(6);

	scrm_buf_putc(b, '"');
	for (unsigned i = 0; i < n; i++)
		scrm_buf_puts(b, pieces[pick(sizeof pieces / sizeof pieces[0])]);
	scrm_buf_putc(b, '"');
}

static void
gen_value(scrm_buf *b, int depth)
{
	static const char *const numbers[] = {
		"0", "-0", "1", "-17", "42", "3.25", "-0.5", "1e3", "2E-2", "1.5e+10", "123456789",
		"9007199254740993", "0.1",
	};
	unsigned kind = pick(depth > 3 ? 5 : 7);

	switch (kind) {
	case 0: gen_string(b); break;
	case 1: scrm_buf_puts(b, numbers[pick(sizeof numbers / sizeof numbers[0])]); break;
	case 2: scrm_buf_puts(b, pick(2) ? "true" : "false"); break;
	case 3: scrm_buf_puts(b, "null"); break;
	case 4: gen_string(b); break;
	case 5: {
		unsigned n = pick(4);
		scrm_buf_putc(b, '[');
		for (unsigned i = 0; i < n; i++) {
			if (i)
				scrm_buf_putc(b, ',');
			ws(b);
			gen_value(b, depth + 1);
			ws(b);
		}
		scrm_buf_putc(b, ']');
		break;
	}
	default: {
		unsigned n = pick(5);
		scrm_buf_putc(b, '{');
		for (unsigned i = 0; i < n; i++) {
			if (i)
				scrm_buf_putc(b, ',');
			ws(b);
			gen_string(b);
			ws(b);
			scrm_buf_putc(b, ':');
			ws(b);
			gen_value(b, depth + 1);
			ws(b);
		}
		scrm_buf_putc(b, '}');
		break;
	}
	}
}

static void
mutate(scrm_buf *b)
{
	static const char interesting[] = "\"\\{}[],:0e-.u \x00\x80\xc3\xff\xed\xf4tn1";
	unsigned times = 1 + pick(3);

	for (unsigned t = 0; t < times && b->len > 0; t++) {
		size_t at = pick((unsigned)b->len);
		char c = interesting[pick(sizeof interesting - 1)];
		switch (pick(4)) {
		case 0:
			b->data[at] = c;
			break;
		case 1:
			memmove(b->data + at, b->data + at + 1, b->len - at - 1);
			b->len--;
			break;
		case 2:
			scrm_buf_putc(b, 0);
			memmove(b->data + at + 1, b->data + at, b->len - at - 1);
			b->data[at] = c;
			break;
		default:
			b->len = at;
			break;
		}
	}
}

/* Whether the scanner's view of v matches jansson's value j. */
static bool
same(json_t *j, scrm_json_value v, scrm_buf *scratch)
{
	switch (json_typeof(j)) {
	case JSON_NULL: return v.type == SCRM_JSON_NULL;
	case JSON_TRUE: return v.type == SCRM_JSON_TRUE;
	case JSON_FALSE: return v.type == SCRM_JSON_FALSE;
	case JSON_INTEGER: {
		int64_t i;
		return scrm_json_int(v, &i) && i == json_integer_value(j);
	}
	case JSON_REAL: {
		double d;
		return scrm_json_number(v, &d) && d == json_real_value(j);
	}
	case JSON_STRING: {
		size_t n;
		const char *s;
		if (v.type != SCRM_JSON_STRING)
			return false;
		s = scrm_json_string(v, scratch, &n);
		return n == json_string_length(j) && memcmp(s, json_string_value(j), n) == 0;
	}
	case JSON_ARRAY: {
		scrm_json_iter it = scrm_json_iter_start(v);
		scrm_json_value e;
		size_t i = 0;
		if (v.type != SCRM_JSON_ARRAY)
			return false;
		while (scrm_json_array_next(&it, &e)) {
			scrm_buf inner = SCRM_BUF_INIT;
			bool ok = i < json_array_size(j) && same(json_array_get(j, i), e, &inner);
			scrm_buf_free(&inner);
			if (!ok)
				return false;
			i++;
		}
		return i == json_array_size(j);
	}
	case JSON_OBJECT: {
		const char *key;
		size_t keylen;
		json_t *member;
		if (v.type != SCRM_JSON_OBJECT)
			return false;
		json_object_keylen_foreach(j, key, keylen, member) {
			scrm_buf inner = SCRM_BUF_INIT;
			bool ok = same(member, scrm_json_get_key(v, key, keylen), &inner);
			scrm_buf_free(&inner);
			if (!ok)
				return false;
		}
		return true;
	}
	}
	return false;
}

int
main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 300000;
	long agree = 0, accepted = 0, skipped = 0, disagree = 0, value_mismatch = 0;
	scrm_buf doc = SCRM_BUF_INIT, scratch = SCRM_BUF_INIT;

	for (long r = 0; r < rounds; r++) {
		json_error_t jerr;
		scrm_json_value top;

		scrm_buf_clear(&doc);
		ws(&doc);
		gen_value(&doc, 0);
		ws(&doc);
		if (r % 4 != 0)
			mutate(&doc);
		json_t *j = json_loadb(doc.data, doc.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
		bool ours = scrm_json_validate(doc.data, doc.len, &top, NULL, NULL, NULL);
		/* jansson refuses numbers it cannot store and NUL in keys: limits of its
		 * own that RFC 8259 leaves to the implementation. */
		if (!j && (strstr(jerr.text, "overflow") || strstr(jerr.text, "too big") ||
		           strstr(jerr.text, "not supported"))) {
			skipped++;
			continue;
		}
		/* jansson reads a raw NUL byte as the end of its input and accepts
		 * what precedes it; RFC 8259 has no NUL outside strings. */
		if (j && !ours && memchr(doc.data, 0, doc.len)) {
			json_decref(j);
			skipped++;
			continue;
		}
		if ((j != NULL) != ours) {
			if (disagree++ < 5)
				printf("not ok - accept/reject differs (jansson %s: %s) on [%.*s]\n",
				       j ? "accepts" : "rejects", j ? "" : jerr.text, (int)doc.len, doc.data);
		} else {
			agree++;
		}
		if (j && ours) {
			accepted++;
			if (!same(j, top, &scratch) && value_mismatch++ < 5)
				printf("not ok - values differ on [%.*s]\n", (int)doc.len, doc.data);
		}
		json_decref(j);
	}
	printf("%s - %ld random documents: %ld agree, %ld accepted by both, %ld skipped (jansson's limits)\n",
	       disagree ? "not ok" : "ok", rounds, agree, accepted, skipped);
	printf("%s - extracted values agree with jansson (%ld mismatches)\n",
	       value_mismatch ? "not ok" : "ok", value_mismatch);
	CHECK(accepted > rounds / 10 && agree > rounds / 2, "the generator covers both outcomes");
	scrm_buf_free(&doc);
	scrm_buf_free(&scratch);
	return disagree || value_mismatch ? 1 : check_done();
}
