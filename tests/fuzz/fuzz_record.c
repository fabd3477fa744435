/*
 * fuzz_record.c - the record layer on any line: parse, look up, splice.
 * A line it accepts, spliced with a new member, must still be a record
 * holding that member; a line it rejects must come with a reason.
 */
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "json.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_record rec;
	static scrm_buf why, out, scratch;
	const char *line = (const char *)data;
	size_t n;

	if (!scrm_record_parse(&rec, line, size, &why)) {
		FUZZ_CHECK(why.len > 0);
		return 0;
	}
	/* Lookups: every accessor on whatever the line holds. */
	const char *paths[] = { "text", "author.handle", "metrics.likes", "tone.label", "a.b.c" };
	for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		scrm_json_value v = scrm_record_get(&rec, paths[i]);
		double d;
		int64_t k;
		(void)scrm_json_number(v, &d);
		(void)scrm_json_int(v, &k);
		const char *s = scrm_record_string(&rec, paths[i], &scratch, &n);
		FUZZ_CHECK(!s || scrm_utf8_valid(s, n, NULL) || memchr(s, 0, n));
	}
	/* Splice a new member and an existing one: still a record, with the member. */
	static const char *const keys[] = { "tone", "text" };
	for (size_t i = 0; i < 2; i++) {
		scrm_buf_clear(&out);
		scrm_record_splice(&rec, keys[i], "{\"x\":1}", 7, &out);
		fuzz_check_record(out.data, out.len);
		static scrm_record again;
		FUZZ_CHECK(scrm_record_parse(&again, out.data, out.len, &why));
		scrm_json_value v = scrm_record_get(&again, keys[i]);
		FUZZ_CHECK(v.type == SCRM_JSON_OBJECT && v.len == 7 && memcmp(v.ptr, "{\"x\":1}", 7) == 0);
	}
	return 0;
}
