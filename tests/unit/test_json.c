/* Known-answer tests for the JSON scanner, navigation, writer and record splicing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json.h"
#include "jw.h"
#include "record.h"
#include "utf8.h"

static int
valid(const char *s)
{
	return scrm_json_validate(s, strlen(s), NULL, NULL, NULL, NULL);
}

static const char *
reason(const char *s)
{
	static scrm_json_error err;

	if (scrm_json_validate(s, strlen(s), NULL, NULL, NULL, &err))
		return "valid";
	return err.reason;
}

static void
test_validate(void)
{
	CHECK(valid("{}"), "empty object");
	CHECK(valid(" {\"a\" : [1, -2.5e+3, true, false, null, \"x\"] } "), "mixed values");
	CHECK(valid("\"\\ud83d\\ude00\""), "escaped surrogate pair");
	CHECK(valid("\"caf\xc3\xa9 \xf0\x9f\x98\x80\""), "raw UTF-8");
	CHECK(valid("0"), "zero");
	CHECK(valid("[[[]]]"), "nested arrays");
	CHECK(!valid(""), "empty text rejected");
	CHECK(!valid("{\"a\":1,}"), "trailing comma rejected");
	CHECK(!valid("{'a':1}"), "single quotes rejected");
	CHECK(!valid("[01]"), "leading zero rejected");
	CHECK(!valid("[1.]"), "bare decimal point rejected");
	CHECK(!valid("[.5]"), "missing integer part rejected");
	CHECK(!valid("[1e]"), "empty exponent rejected");
	CHECK(!valid("[-]"), "lone minus rejected");
	CHECK(!valid("{\"a\":1}}"), "trailing bracket rejected");
	CHECK(!valid("{\"a\" 1}"), "missing colon rejected");
	CHECK(!valid("[1 2]"), "missing comma rejected");
	CHECK(!valid("[tru]"), "truncated literal rejected");
	CHECK(!valid("{\"a\":[1}"), "mismatched brackets rejected");
	CHECK(!valid("\"\\x\""), "bad escape rejected");
	CHECK(!valid("\"\\u12G4\""), "bad hex escape rejected");
	CHECK_STR_EQ(reason("\"\\ud800\""), "lone high surrogate in \\u escape", "lone high surrogate");
	CHECK_STR_EQ(reason("\"\\udc00x\""), "lone low surrogate in \\u escape", "lone low surrogate");
	CHECK_STR_EQ(reason("\"a\tb\""), "control character in string", "raw tab in string");
	CHECK_STR_EQ(reason("\"\xc3\x28\""), "invalid UTF-8", "bad continuation byte");
	CHECK_STR_EQ(reason("\"\xc0\xaf\""), "invalid UTF-8", "overlong encoding");
	CHECK_STR_EQ(reason("\"\xed\xa0\x80\""), "invalid UTF-8", "encoded surrogate");
	CHECK_STR_EQ(reason("\"\xf4\x90\x80\x80\""), "invalid UTF-8", "above U+10FFFF");
	CHECK_STR_EQ(reason("{\"a\":1"), "unexpected end of input", "truncated object");
	CHECK_STR_EQ(reason("{\"a\":\"b"), "unterminated string", "truncated string");

	char nul[] = "{\"a\":1}\0";
	scrm_json_error err;
	CHECK(!scrm_json_validate(nul, 8, NULL, NULL, NULL, &err) && err.offset == 7,
	      "NUL after the value rejected at its offset");

	/* Depth: SCRM_JSON_MAX_DEPTH nested arrays pass, one more fails. */
	size_t d = SCRM_JSON_MAX_DEPTH;
	char *deep = malloc(2 * d + 4);
	memset(deep, '[', d + 1);
	memset(deep + d + 1, ']', d + 1);
	CHECK(!scrm_json_validate(deep, 2 * d + 2, NULL, NULL, NULL, NULL), "too deep rejected");
	CHECK(scrm_json_validate(deep + 1, 2 * d, NULL, NULL, NULL, NULL), "max depth accepted");
	free(deep);
}

static void
test_navigation(void)
{
	const char *line = "{\"id\":\"m1\",\"author\":{\"handle\":\"@a\\\"b\",\"followers\":1200,"
	                   "\"deep\":{\"x\":[1,{\"y\":2}]}},\"tags\":[\"a\",\"b\\u00e9\"],"
	                   "\"id\":\"m2\",\"n\":-12.5e1,\"big\":12345678901234567890}";
	scrm_record rec;
	scrm_buf reason_buf = SCRM_BUF_INIT, scratch = SCRM_BUF_INIT;
	size_t n;
	const char *s;
	int64_t i;
	double dv;

	scrm_record_init(&rec);
	CHECK(scrm_record_parse(&rec, line, strlen(line), &reason_buf), "record parses");
	CHECK(rec.nmembers == 6, "six top-level members indexed");
	s = scrm_record_string(&rec, "id", &scratch, &n);
	CHECK(s && n == 2 && memcmp(s, "m2", 2) == 0, "last duplicate key wins");
	{
		/* Keys with escapes are found by their value; a raw key of the
		 * name's length but other bytes, or longer without escapes, is not. */
		const char *esc = "{\"te\\u0078t\":\"a\",\"texts\":\"b\",\"tExt\":\"c\",\"\\u0074ext\":\"d\",\"x\":1}";
		scrm_record r2;
		scrm_record_init(&r2);
		CHECK(scrm_record_parse(&r2, esc, strlen(esc), &reason_buf), "record with escaped keys parses");
		s = scrm_record_string(&r2, "text", &scratch, &n);
		CHECK(s && n == 1 && s[0] == 'd', "escaped key found, the last one");
		CHECK(scrm_record_get(&r2, "tex").type == SCRM_JSON_NONE, "shorter name not matched");
		CHECK(scrm_record_get(&r2, "textss").type == SCRM_JSON_NONE, "longer name not matched");
		/* Keys the scanner does not see whole at once (long, or not
		 * ASCII) are compared the careful way, and still found. */
		const char *odd = "{\"a_key_longer_than_sixteen\":1,\"cl\xc3\xa9\":2,\"cle\":3}";
		CHECK(scrm_record_parse(&r2, odd, strlen(odd), &reason_buf), "record with long keys parses");
		CHECK(scrm_json_int(scrm_record_get(&r2, "a_key_longer_than_sixteen"), &i) && i == 1,
		      "long key found");
		CHECK(scrm_json_int(scrm_record_get(&r2, "cl\xc3\xa9"), &i) && i == 2, "non-ASCII key found");
		CHECK(scrm_json_int(scrm_record_get(&r2, "cle"), &i) && i == 3, "its ASCII look-alike kept apart");
		scrm_record_free(&r2);
	}
	s = scrm_record_string(&rec, "author.handle", &scratch, &n);
	CHECK(s && n == 4 && memcmp(s, "@a\"b", 4) == 0, "nested string with escape decoded");
	CHECK(scrm_json_int(scrm_record_get(&rec, "author.followers"), &i) && i == 1200,
	      "nested integer");
	CHECK(scrm_record_get(&rec, "author.deep.x").type == SCRM_JSON_ARRAY, "deep array found");
	CHECK(scrm_record_get(&rec, "author.nothing").type == SCRM_JSON_NONE, "absent path");
	CHECK(scrm_record_get(&rec, "id.x").type == SCRM_JSON_NONE, "path through a string");
	CHECK(scrm_json_number(scrm_record_get(&rec, "n"), &dv) && dv == -125.0, "double value");
	CHECK(!scrm_json_int(scrm_record_get(&rec, "n"), &i), "non-integer refused as int");
	CHECK(!scrm_json_int(scrm_record_get(&rec, "big"), &i), "int64 overflow refused");

	scrm_json_iter it = scrm_json_iter_start(scrm_record_get(&rec, "tags"));
	scrm_json_value v;
	int count = 0;
	while (scrm_json_array_next(&it, &v)) {
		s = scrm_json_string(v, &scratch, &n);
		if (count == 1)
			CHECK(n == 3 && memcmp(s, "b\xc3\xa9", 3) == 0, "\\u00e9 decoded to UTF-8");
		count++;
	}
	CHECK(count == 2, "array iteration");

	const char *pair = "\"\\ud83d\\ude00\"";
	scrm_json_value pv = { SCRM_JSON_STRING, pair, strlen(pair) };
	s = scrm_json_string(pv, &scratch, &n);
	CHECK(n == 4 && memcmp(s, "\xf0\x9f\x98\x80", 4) == 0, "surrogate pair decoded");

	CHECK(!scrm_record_parse(&rec, "[1]", 3, &reason_buf), "array is not a record");
	CHECK_STR_EQ(reason_buf.data, "not a JSON object (array)", "reason for an array");
	CHECK(!scrm_record_parse(&rec, "{\"a\":tru}", 9, &reason_buf), "bad literal");
	CHECK_STR_EQ(reason_buf.data, "invalid JSON at byte 6: unexpected character",
	             "reason names the byte");
	scrm_record_free(&rec);
	scrm_buf_free(&reason_buf);
	scrm_buf_free(&scratch);
}

static const char *
splice(const char *line, const char *key, const char *value)
{
	static scrm_buf out = SCRM_BUF_INIT;
	scrm_record rec;
	scrm_buf reason_buf = SCRM_BUF_INIT;

	scrm_record_init(&rec);
	scrm_buf_clear(&out);
	if (!scrm_record_parse(&rec, line, strlen(line), &reason_buf))
		scrm_buf_puts(&out, "(invalid)");
	else
		scrm_record_splice(&rec, key, value, strlen(value), &out);
	scrm_record_free(&rec);
	scrm_buf_free(&reason_buf);
	return out.data;
}

static void
test_splice(void)
{
	CHECK_STR_EQ(splice("{}", "tone", "{\"s\":1}"), "{\"tone\":{\"s\":1}}", "into empty object");
	CHECK_STR_EQ(splice("{ }", "tone", "1"), "{ \"tone\":1}", "into blank object");
	CHECK_STR_EQ(splice("{\"a\" : 1 ,\"zz\":[ 1 ]}", "tone", "2"),
	             "{\"a\" : 1 ,\"zz\":[ 1 ],\"tone\":2}", "appended, other bytes kept");
	CHECK_STR_EQ(splice("{\"a\":1,\"tone\":{\"old\":true},\"b\":2}", "tone", "3"),
	             "{\"a\":1,\"tone\":3,\"b\":2}", "replaced in place");
	CHECK_STR_EQ(splice("{\"tone\":0,\"a\":1,\"tone\":1,\"b\":2,\"tone\":2}", "tone", "9"),
	             "{\"tone\":9,\"a\":1,\"b\":2}", "duplicates removed");
	CHECK_STR_EQ(splice("{\"t\\u006fne\":0,\"tones\":1,\"ton\":2}", "tone", "9"),
	             "{\"t\\u006fne\":9,\"tones\":1,\"ton\":2}", "escaped key replaced, longer and shorter kept");
	CHECK_STR_EQ(splice("{\"t\\u006fne\":0}", "tone", "5"), "{\"t\\u006fne\":5}",
	             "escaped key recognised");
	CHECK_STR_EQ(splice("  {\"a\":1}  ", "b", "true"), "  {\"a\":1,\"b\":true}  ",
	             "surrounding whitespace kept");
}

/* The quoting of s[0..n) byte by byte, as RFC 8259 has it: the reference. */
static void
quote_bytewise(scrm_buf *out, const char *s, size_t n)
{
	scrm_buf_putc(out, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			scrm_buf_putc(out, '\\');
			scrm_buf_putc(out, (char)c);
		} else if (c == '\n') {
			scrm_buf_puts(out, "\\n");
		} else if (c == '\r') {
			scrm_buf_puts(out, "\\r");
		} else if (c == '\t') {
			scrm_buf_puts(out, "\\t");
		} else if (c == '\b') {
			scrm_buf_puts(out, "\\b");
		} else if (c == '\f') {
			scrm_buf_puts(out, "\\f");
		} else if (c < 0x20) {
			scrm_buf_printf(out, "\\u%04x", c);
		} else {
			scrm_buf_putc(out, (char)c);
		}
	}
	scrm_buf_putc(out, '"');
}

/* scrm_json_quote looks at sixteen, then eight bytes at a time: escapes at every offset and length. */
static void
test_quote(void)
{
	static const char pick[] = { 'a', 'b', ' ', '"', '\\', '\n', '\t', 0x01, 0x1f, 0x20, 0x7f, (char)0x80, (char)0xc3,
	                             (char)0xa9, (char)0xff, 0 };
	scrm_buf a = SCRM_BUF_INIT, b = SCRM_BUF_INIT;
	char s[72];
	unsigned seed = 1, bad = 0;

	for (int round = 0; round < 20000; round++) {
		size_t n = (size_t)(round % 72);
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			/* mostly plain bytes, so that runs of sixteen occur */
			s[i] = (seed >> 16) % 4 ? 'x' : pick[(seed >> 20) % sizeof pick];
		}
		scrm_buf_clear(&a);
		scrm_buf_clear(&b);
		scrm_json_quote(&a, s, n);
		quote_bytewise(&b, s, n);
		bad += a.len != b.len || memcmp(a.data, b.data, a.len) != 0;
	}
	CHECK(bad == 0, "quoting agrees with byte-by-byte quoting on 20000 strings");
	scrm_buf_free(&a);
	scrm_buf_free(&b);
}

static void
test_writer(void)
{
	scrm_buf b = SCRM_BUF_INIT;
	scrm_jw w;

	scrm_jw_init(&w, &b);
	scrm_jw_object_begin(&w);
	scrm_jw_key(&w, "s");
	scrm_jw_cstring(&w, "a\"b\\c\n\x01\xc3\xa9");
	scrm_jw_key(&w, "n");
	scrm_jw_int(&w, -42);
	scrm_jw_key(&w, "f");
	scrm_jw_fixed(&w, 0.25, 3);
	scrm_jw_key(&w, "g");
	scrm_jw_fixed(&w, -0.0001, 3);
	scrm_jw_key(&w, "d");
	scrm_jw_double(&w, 0.1);
	scrm_jw_key(&w, "a");
	scrm_jw_array_begin(&w);
	scrm_jw_bool(&w, true);
	scrm_jw_null(&w);
	scrm_jw_object_begin(&w);
	scrm_jw_object_end(&w);
	scrm_jw_array_end(&w);
	scrm_jw_object_end(&w);
	CHECK_STR_EQ(b.data, "{\"s\":\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\",\"n\":-42,\"f\":0.25,\"g\":0,"
	                     "\"d\":0.1,\"a\":[true,null,{}]}", "writer output");
	CHECK(valid(b.data), "writer output is valid JSON");
	scrm_buf_free(&b);
}

/* scrm_jw_fixed must print what "%.*f" prints, trailing zeros trimmed. */
static void
test_fixed_against_printf(void)
{
	uint64_t state = 42;
	int bad = 0;

	for (int i = 0; i < 300000; i++) {
		state = state * 6364136223846793005ULL + 1442695040888963407ULL;
		double unit = (double)(state >> 11) / 9007199254740992.0 - 0.5;
		double v = unit * (i % 3 == 0 ? 2 : i % 3 == 1 ? 200 : 1e6);
		int decimals = i % 7;
		char want[64];
		size_t n;
		scrm_buf b = SCRM_BUF_INIT;
		scrm_jw w;

		if (i % 5 == 0)
			v = (double)(long)(v * 1000) / 1000;   /* exact ties in decimal */
		snprintf(want, sizeof want, "%.*f", decimals, v);
		n = strlen(want);
		if (strchr(want, '.')) {
			while (want[n - 1] == '0')
				n--;
			if (want[n - 1] == '.')
				n--;
		}
		want[n] = '\0';
		if (strcmp(want, "-0") == 0)
			strcpy(want, "0");
		scrm_jw_init(&w, &b);
		scrm_jw_fixed(&w, v, decimals);
		if (strcmp(want, b.data) != 0 && bad++ < 3)
			printf("# %.17g with %d decimals: got %s, printf gives %s\n", v, decimals, b.data, want);
		scrm_buf_free(&b);
	}
	CHECK(bad == 0, "scrm_jw_fixed agrees with printf on 300,000 values");
}

static void
test_utf8(void)
{
	size_t bad = 0;

	CHECK(scrm_utf8_valid("plain ascii text, long enough for words", 39, NULL), "ascii valid");
	CHECK(!scrm_utf8_valid("abcdefgh\xff", 9, &bad) && bad == 8, "bad byte offset found");
	CHECK(!scrm_utf8_valid("\xe2\x82", 2, &bad) && bad == 0, "truncated sequence");
	char enc[4];
	CHECK(scrm_utf8_encode(0x1F600, enc) == 4 && memcmp(enc, "\xf0\x9f\x98\x80", 4) == 0,
	      "encode 4-byte code point");
}

int
main(void)
{
	test_validate();
	test_navigation();
	test_splice();
	test_quote();
	test_writer();
	test_fixed_against_printf();
	test_utf8();
	return check_done();
}
