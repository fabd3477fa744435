/*
 * fuzz_text.c - the text helpers every stage leans on, on any bytes: HTML
 * to text, entity decoding, normalisation and folding, tokenising, language
 * identification; and what the network sends beside documents: dates,
 * URLs to resolve, Retry-After. Valid UTF-8 in must give valid UTF-8 out
 * (and HTML to text gives it whatever comes in).
 */
#include <stdint.h>
#include <string.h>

#include "date.h"
#include "fetch.h"
#include "fuzz.h"
#include "html_text.h"
#include "langid.h"
#include "normalize.h"
#include "url.h"
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
	/* Dates: a date taken formats back to one that reads the same. */
	char when[SCRM_DATE_LEN];
	int64_t t, again;
	if (scrm_date_normalize(s, size, when)) {
		FUZZ_CHECK(scrm_date_parse(when, strlen(when), &t));
		FUZZ_CHECK(scrm_date_parse(s, size, &again) && again == t);
	}
	/* A base and a reference, split at the first NUL, and the bytes as a Retry-After. */
	const char *nul = size < 4096 ? memchr(s, '\0', size) : NULL;
	if (nul) {
		scrm_buf_clear(&b);
		scrm_buf_append(&b, s, (size_t)(nul - s));
		scrm_buf_putc(&b, '\0');
		scrm_buf_append(&b, nul + 1, size - (size_t)(nul - s) - 1);
		const char *base = b.data, *ref = b.data + (nul - s) + 1;
		if (!memchr(ref, '\0', size - (size_t)(nul - s) - 1)) {
			scrm_buf_clear(&a);
			if (scrm_url_resolve(base, ref, &a))
				FUZZ_CHECK(scrm_url_scheme_len(a.data) > 0);
			scrm_fetch_opts o;
			scrm_fetch_opts_default(&o);
			double d = scrm_fetch_retry_delay(&o, 3, ref, base, 1790000000, 0.75);
			FUZZ_CHECK(d >= 0 && d <= o.max_wait);
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
	/* Hinted: a text with no evidence stays und at 0, and only such a text. */
	scrm_langid_hints hints = SCRM_LANGID_NO_HINTS;
	FUZZ_CHECK(scrm_langid_hint(model, &hints, "fr", 2) && scrm_langid_hint(model, &hints, "en", 2));
	scrm_langid_result hinted;
	scrm_langid_detect_hinted(model, s, size, &hints, &hinted);
	FUZZ_CHECK(hinted.confidence >= 0 && hinted.confidence <= 1);
	FUZZ_CHECK((strcmp(r.lang, "und") == 0 && r.confidence == 0) == (strcmp(hinted.lang, "und") == 0 && hinted.confidence == 0));
	return 0;
}
