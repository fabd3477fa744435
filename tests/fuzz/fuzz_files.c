/*
 * fuzz_files.c - the files users hand the tools, on any bytes: brand rules,
 * spam and tone models, lexicons, aspects, the language model, --seen
 * state, OPML and sources lists, JSON mappings, fetch settings. The first
 * byte picks the reader. A file is either taken or refused with a reason;
 * what is taken works (rules match, models score), and a --seen file that
 * loads writes back the same.
 */
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "adapt.h"
#include "bayes.h"
#include "brands.h"
#include "clean_seen.h"
#include "fetch_conf.h"
#include "fuzz.h"
#include "langid.h"
#include "normalize.h"
#include "opml.h"
#include "sources.h"
#include "tone.h"

enum { BRANDS, BAYES, SEEN, OPML, SOURCES, JMAP, LEXICON, ASPECTS, TONE_MODEL, LANGID, SECRETS, NREADERS };

static const char sample[] = "j'adore nuvia mais la livraison orange est nulle, frelia top";

/* Writes the file a path-taking reader gets; its name, the same for the whole run. */
static const char *as_file(const char *data, size_t n)
{
	static char path[64];
	if (!path[0])
		snprintf(path, sizeof path, "/tmp/scrm-fuzz-files.%ld", (long)getpid());
	FILE *f = fopen(path, "wb");
	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(fwrite(data, 1, n, f) == n || n == 0);
	FUZZ_CHECK(fclose(f) == 0);
	FUZZ_CHECK(chmod(path, 0600) == 0);   /* settings holding secrets must be private */
	return path;
}

static void brands(const char *d, size_t n, scrm_buf *err)
{
	scrm_brands *b = scrm_brands_parse(d, n, "rules", err);
	if (!b) {
		FUZZ_CHECK(err->len > 0);
		return;
	}
	scrm_tokens toks = { 0 };
	scrm_brand_match *m = calloc(scrm_brands_count(b) + 1, sizeof *m);
	FUZZ_CHECK(m != NULL);
	scrm_tokenize(sample, strlen(sample), &toks);
	size_t k = scrm_brands_match(b, sample, strlen(sample), &toks, m);
	FUZZ_CHECK(k <= scrm_brands_count(b));
	free(m);
	scrm_tokens_free(&toks);
	scrm_brands_free(b);
}

static void bayes(const char *d, size_t n, scrm_buf *err)
{
	scrm_bayes *m = scrm_bayes_parse(d, n, err);
	if (!m) {
		FUZZ_CHECK(err->len > 0);
		return;
	}
	scrm_bayes_score s;
	scrm_bayes_score_start(m, &s);
	scrm_bayes_score_token(m, &s, "free", 4);
	for (size_t c = 0; c < scrm_bayes_nclasses(m); c++) {
		double p = scrm_bayes_posterior(m, &s, c);
		FUZZ_CHECK(p >= 0 && p <= 1);
	}
	scrm_bayes_free(m);
}

static void seen(const char *d, size_t n, scrm_buf *err)
{
	static scrm_buf first, second;
	scrm_seen *s = scrm_seen_new(64, 0, 3);
	if (scrm_seen_load(s, d, n, err)) {
		/* What was taken is what is written back, and reads back the same. */
		scrm_buf_clear(&first);
		scrm_seen_dump(s, &first);
		scrm_seen *again = scrm_seen_new(64, 0, 3);
		FUZZ_CHECK(scrm_seen_load(again, first.data ? first.data : "", first.len, err));
		scrm_buf_clear(&second);
		scrm_seen_dump(again, &second);
		FUZZ_CHECK(first.len == second.len && (!first.len || memcmp(first.data, second.data, first.len) == 0));
		scrm_seen_free(again);
	} else {
		FUZZ_CHECK(err->len > 0);
	}
	scrm_seen_free(s);
}

static void tone(int which, const char *d, size_t n, scrm_buf *err)
{
	scrm_tone_engine *e = scrm_tone_engine_new();
	const char *path = as_file(d, n);
	bool ok = which == LEXICON ? scrm_tone_load_lexicon(e, path, err)
	        : which == ASPECTS ? scrm_tone_load_aspects(e, path, err)
	                           : scrm_tone_load_model(e, path, err);
	if (ok) {
		scrm_buf obj = SCRM_BUF_INIT;
		scrm_tone_analyse(e, sample, strlen(sample), SCRM_TONE_FR, true);
		FUZZ_CHECK(scrm_tone_score(e) >= -1 && scrm_tone_score(e) <= 1);
		scrm_tone_write_json(e, true, &obj);
		scrm_buf_free(&obj);
	} else {
		FUZZ_CHECK(err->len > 0);
	}
	scrm_tone_engine_free(e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_buf err;
	if (size < 1)
		return 0;
	int which = data[0] % NREADERS;
	const char *d = (const char *)data + 1;
	size_t n = size - 1;
	scrm_buf_clear(&err);
	switch (which) {
	case BRANDS:
		brands(d, n, &err);
		break;
	case BAYES:
		bayes(d, n, &err);
		break;
	case SEEN:
		seen(d, n, &err);
		break;
	case OPML: {
		scrm_opml o;
		scrm_opml_init(&o);
		if (scrm_opml_parse(d, n, &o, &err) != 0)
			FUZZ_CHECK(err.len > 0);
		scrm_opml_free(&o);
		break;
	}
	case SOURCES: {
		scrm_source_list l;
		scrm_sources_init(&l);
		if (!scrm_sources_read(&l, as_file(d, n), &err))
			FUZZ_CHECK(err.len > 0);
		scrm_sources_free(&l);
		break;
	}
	case JMAP: {
		scrm_jmap *m = scrm_jmap_load(as_file(d, n), &err);
		if (m)
			scrm_jmap_free(m);
		else
			FUZZ_CHECK(err.len > 0);
		break;
	}
	case LEXICON:
	case ASPECTS:
	case TONE_MODEL:
		tone(which, d, n, &err);
		break;
	case LANGID: {
		scrm_langid *m = scrm_langid_load(as_file(d, n), &err);
		if (m) {
			scrm_langid_result r;
			scrm_langid_detect(m, sample, strlen(sample), &r);
			FUZZ_CHECK(r.confidence >= 0 && r.confidence <= 1);
			scrm_langid_free(m);
		} else {
			FUZZ_CHECK(err.len > 0);
		}
		break;
	}
	case SECRETS: {
		scrm_fetch_secrets s;
		memset(&s, 0, sizeof s);
		if (!scrm_fetch_secrets_load(&s, as_file(d, n), &err))
			FUZZ_CHECK(err.len > 0);
		scrm_fetch_secrets_free(&s);
		break;
	}
	}
	return 0;
}
