/*
 * fuzz_tone.c - the tone engine on any text: the first byte picks the
 * language (French, English or guessed) and whether the title joins, the
 * rest is the text (and, after a NUL, the title). The tone object written,
 * with its explanation, must be JSON; the score must lie in [-1, 1].
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "fuzz.h"
#include "tone.h"
#include "utf8.h"

static scrm_tone_engine *engine(void)
{
	static scrm_tone_engine *e;
	if (e)
		return e;
	scrm_buf err = SCRM_BUF_INIT;
	e = scrm_tone_engine_new();
	if (!scrm_tone_load_defaults(e, SCRM_FUZZ_DATA "/tone", &err) ||
	    !scrm_tone_load_model(e, SCRM_FUZZ_DATA "/tone/model.bin", &err)) {
		fprintf(stderr, "fuzz_tone: %s\n", err.data);
		abort();
	}
	scrm_buf_free(&err);
	return e;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_buf obj, joined, wrapped;
	if (size < 1)
		return 0;
	unsigned mode = data[0];
	const char *text = (const char *)data + 1, *title = NULL;
	size_t n = size - 1, tn = 0;
	const char *nul = memchr(text, '\0', n);
	if (nul) {
		title = nul + 1;
		tn = n - (size_t)(title - text);
		n = (size_t)(nul - text);
	}
	/* The engine takes valid UTF-8, as records give it. */
	if (!scrm_utf8_valid(text, n, NULL) || (title && !scrm_utf8_valid(title, tn, NULL)))
		return 0;
	scrm_tone_engine *e = engine();
	if (mode & 4)
		text = scrm_tone_record_text(title, tn, text, n, &joined, &n);
	scrm_tone_analyse(e, text, n, (mode & 1) ? SCRM_TONE_EN : SCRM_TONE_FR, (mode & 2) != 0);
	double score = scrm_tone_score(e);
	FUZZ_CHECK(score >= -1.0 && score <= 1.0);
	FUZZ_CHECK(scrm_tone_label_of(e) <= SCRM_TONE_MIXED);
	scrm_buf_clear(&obj);
	scrm_tone_write_json(e, (mode & 8) != 0, &obj);
	scrm_buf_clear(&wrapped);
	scrm_buf_puts(&wrapped, "{\"tone\":");
	scrm_buf_append(&wrapped, obj.data, obj.len);
	scrm_buf_putc(&wrapped, '}');
	fuzz_check_record(wrapped.data, wrapped.len);
	return 0;
}
