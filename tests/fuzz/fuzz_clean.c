/*
 * fuzz_clean.c - scrm-clean's record path on any line, with brand rules,
 * language identification, duplicates and spam all on: whatever the line,
 * a record in gives a record out. State carries from one input to the next,
 * as it does along a stream.
 */
#include <stdint.h>
#include <string.h>

#include "clean.h"
#include "fuzz.h"

static scrm_clean *cleaner(void)
{
	static scrm_clean *c;
	if (c)
		return c;
	scrm_clean_opts o;
	scrm_buf err = SCRM_BUF_INIT;
	scrm_clean_opts_init(&o);
	o.rules = SCRM_FUZZ_SRC "/examples/rules/brands.conf";
	o.langid_model = SCRM_FUZZ_DATA "/clean/langid.bin";
	o.langs = "fr,en";
	o.keep_raw = true;
	o.window = 64;   /* small: evictions happen within a run */
	(void)scrm_clean_parse_drop("dup,spam,irrelevant,lang", &o.drop);
	int status;
	if (!(c = scrm_clean_new(&o, &err, &status))) {
		fprintf(stderr, "fuzz_clean: %s\n", err.data);
		abort();
	}
	scrm_buf_free(&err);
	return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_record rec;
	static scrm_buf why, out;
	scrm_clean *c = cleaner();
	if (!scrm_record_parse(&rec, (const char *)data, size, &why))
		return 0;
	scrm_buf_clear(&out);
	(void)scrm_clean_record(c, &rec, &out);
	fuzz_check_record(out.data, out.len);
	return 0;
}
