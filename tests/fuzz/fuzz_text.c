/*
 * fuzz_text.c - the text helpers every stage leans on, on any bytes: HTML
 * to text, entity decoding, normalisation and folding, tokenising, language
 * identification. Valid UTF-8 in must give valid UTF-8 out (and HTML to
 * text gives it whatever comes in).
 */
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "html_text.h"
#include "langid.h"
#include "normalize.h"
#include "utf8.h"

static void check_utf8(const scrm_buf *b)
{
	FUZZ_CHECK(scrm_utf8_valid(b->data ? b->data : "", b->len, NULL));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_buf a, b, c;
	static scrm_tokens toks;
	static scrm_langid *model;
	const char *s = (const char *)data;
	if (!model) {
		scrm_buf err = SCRM_BUF_INIT;
		if (!(model = scrm_langid_load(SCRM_FUZZ_DATA "/clean/langid.bin", &err))) {
			fprintf(stderr, "fuzz_text: %s\n", err.data);
			abort();
		}
	}
	bool valid = scrm_utf8_valid(s, size, NULL);
	scrm_buf_clear(&a);
	/* These two replace invalid UTF-8: their output is valid whatever comes in. */
	scrm_html_to_text(s, size, &a);
	check_utf8(&a);
	scrm_buf_clear(&a);
	scrm_html_to_line(s, size, &a);
	check_utf8(&a);
	scrm_buf_clear(&a);
	scrm_html_decode_entities(s, size, &a);
	if (!valid)
		return 0;
	check_utf8(&a);
	scrm_buf_clear(&a);
	scrm_normalize_text(s, size, &a, &c);
	check_utf8(&a);
	scrm_buf_clear(&b);
	scrm_normalize_fold(a.data ? a.data : "", a.len, &b);
	check_utf8(&b);
	scrm_tokenize(b.data ? b.data : "", b.len, &toks);
	for (size_t i = 0; i < toks.n; i++)
		FUZZ_CHECK(toks.v[i].ptr >= b.data && toks.v[i].ptr + toks.v[i].len <= b.data + b.len);
	scrm_langid_result r;
	scrm_langid_detect(model, s, size, &r);
	FUZZ_CHECK(r.confidence >= 0 && r.confidence <= 1);
	return 0;
}
