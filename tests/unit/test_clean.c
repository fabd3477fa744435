/* Unit tests of scrm-clean's library parts: normalisation, folding,
 * tokens, edit distance, SimHash, the duplicate memory, naive Bayes,
 * multi-key splicing and option parsing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bayes.h"
#include "brands.h"
#include "check.h"
#include "clean.h"
#include "clean_seen.h"
#include "clean_splice.h"
#include "normalize.h"
#include "record.h"
#include "simhash.h"

static const char *norm(const char *s, scrm_buf *out)
{
	scrm_buf scratch = SCRM_BUF_INIT;
	scrm_buf_clear(out);
	scrm_normalize_text(s, strlen(s), out, &scratch);
	scrm_buf_putc(out, '\0');
	scrm_buf_free(&scratch);
	return out->data;
}

static const char *fold(const char *s, scrm_buf *out)
{
	scrm_buf_clear(out);
	scrm_normalize_fold(s, strlen(s), out);
	scrm_buf_putc(out, '\0');
	return out->data;
}

static void test_text(void)
{
	scrm_buf b = SCRM_BUF_INIT;

	CHECK_STR_EQ(norm("  a \t b\n", &b), "a b", "white space folded and trimmed");
	CHECK_STR_EQ(norm("e\xcc\x81t\xc3\xa9", &b), "\xc3\xa9t\xc3\xa9", "NFC composes e + combining acute");
	CHECK_STR_EQ(norm("Or\xe2\x80\x8b" "ange\xc2\xad", &b), "Orange", "zero-width space and soft hyphen dropped");
	CHECK_STR_EQ(norm("<b>Free</b> &amp; co", &b), "Free & co", "leftover tags and entities removed");
	CHECK_STR_EQ(norm("a < b and c > d", &b), "a < b and c > d", "comparison signs are not tags");
	CHECK_STR_EQ(norm("", &b), "", "empty text");
	CHECK_STR_EQ(fold("L\xe2\x80\x99Or\xc3\xa9" "al", &b), "l'oreal", "fold: apostrophe, case, accent");
	CHECK_STR_EQ(fold("\xc3\x89" "COLE \xef\xac\x81" "n Stra\xc3\x9f" "e", &b), "ecole fin strasse",
	             "fold: capital accent, ligature, sharp s");
	CHECK_STR_EQ(fold("\xef\xbc\xaf\xef\xbd\x92", &b), "or", "fold: fullwidth letters");
	CHECK_STR_EQ(fold("Nuvia\xe2\x84\xa2 Box\xe2\x84\xa0 Orange\xc2\xae", &b),
	             "nuvia\xe2\x84\xa2 box\xe2\x84\xa0 orange\xc2\xae", "fold: trade marks stay symbols, not letters");
	scrm_buf_free(&b);
}

static void test_tokens(void)
{
	const char *t = "rt @bob: vive #nuvia https://x.example/a?b=1 l'offre 2026";
	scrm_tokens toks = SCRM_TOKENS_INIT;
	static const scrm_token_kind kinds[] = { SCRM_TOKEN_WORD, SCRM_TOKEN_MENTION, SCRM_TOKEN_WORD,
		SCRM_TOKEN_HASHTAG, SCRM_TOKEN_URL, SCRM_TOKEN_WORD, SCRM_TOKEN_WORD, SCRM_TOKEN_WORD };
	bool ok = true;

	scrm_tokenize(t, strlen(t), &toks);
	CHECK(toks.n == 8, "eight tokens");
	for (size_t i = 0; i < toks.n && i < 8; i++)
		ok &= toks.v[i].kind == kinds[i];
	CHECK(ok, "token kinds: word, mention, word, hashtag, url, word, word, word");
	CHECK(toks.n == 8 && toks.v[4].len == strlen("https://x.example/a?b=1"), "a URL runs to the next space");
	CHECK(toks.n == 8 && toks.v[1].len == 4, "a mention stops before ':'");
	scrm_tokens_free(&toks);
}

static void test_edit1(void)
{
	CHECK(scrm_edit1("orange", 6, "oragne", 6), "transposition is one edit");
	CHECK(scrm_edit1("orange", 6, "orenge", 6), "substitution is one edit");
	CHECK(scrm_edit1("orange", 6, "orage", 5), "deletion is one edit");
	CHECK(scrm_edit1("orange", 6, "oranges", 7), "insertion is one edit");
	CHECK(!scrm_edit1("orange", 6, "orange", 6), "equal words are not");
	CHECK(scrm_edit1("orange", 6, "ornage", 6), "ornage: a transposition too");
	CHECK(!scrm_edit1("orange", 6, "oronje", 6), "two substitutions are not");
	CHECK(!scrm_edit1("orange", 6, "orangeade", 9), "three insertions are not");
}

static void test_simhash(void)
{
	scrm_simhash a, b;
	scrm_simhash_init(&a);
	scrm_simhash_init(&b);
	CHECK(scrm_simhash_value(&a) == 0, "no feature: fingerprint 0");
	for (int i = 0; i < 300; i++) {   /* beyond 255 features: the packed counters flush */
		scrm_simhash_add(&a, scrm_hash64(&i, sizeof i, 0));
		scrm_simhash_add(&b, scrm_hash64(&i, sizeof i, 0));
	}
	CHECK(scrm_simhash_value(&a) == scrm_simhash_value(&b), "same features, same fingerprint");
	scrm_simhash_add(&b, 42);
	CHECK(scrm_hamming(scrm_simhash_value(&a), scrm_simhash_value(&b)) <= 3,
	      "one feature more in 300 moves few bits");
	CHECK(scrm_hamming(0xF0, 0x0F) == 8, "hamming counts differing bits");
	CHECK(scrm_hash64("a", 1, 0) != scrm_hash64("a", 1, 1), "the seed changes the hash");
}

static scrm_seen_item item(const char *id, uint64_t fp)
{
	scrm_seen_item it;
	memset(&it, 0, sizeof it);
	it.id = id;
	it.id_key = scrm_hash64(id, strlen(id), 1);
	it.fp = fp;
	it.time = SCRM_SEEN_NO_TIME;
	return it;
}

/* A new memory (window 10, distance 3) loaded from the dump of s; the
 * load is checked as what. */
static scrm_seen *reloaded(const scrm_seen *s, const char *what)
{
	scrm_buf dump = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	scrm_seen_dump(s, &dump);
	scrm_seen *t = scrm_seen_new(10, 0, 3);
	CHECK(scrm_seen_load(t, dump.data, dump.len, &err), what);
	scrm_buf_free(&dump);
	scrm_buf_free(&err);
	return t;
}

static void test_seen(void)
{
	scrm_seen *s = scrm_seen_new(2, 0, 3);
	scrm_dup_result r;
	scrm_seen_item it;

	it = item("a", 0x00000000FFFFFFFFULL);
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "first item is an original");
	it = item("b", 0x00000000FFFFFFF8ULL);   /* 3 bits from a */
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NEAR && r.distance == 3 && strcmp(r.of, "a") == 0 && r.copies == 1,
	      "distance 3: near-duplicate of a");
	it = item("c", 0x00000000FFFFFFF0ULL);   /* 4 bits from a */
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "distance 4: an original");
	it = item("a", 0x1234);
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_ID && r.copies == 1, "same id: duplicate, not counted as a copy");
	it = item("d", 0xFFFF000000000000ULL);
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "d is new and pushes a out of a window of 2");
	it = item("a", 0x00000000FFFFFFFFULL);
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "a forgotten: neither its id nor its fingerprint is known any more");

	scrm_seen *t = reloaded(s, "dump reads back");
	it = item("d", 0);
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_ID && strcmp(r.of, "d") == 0, "a loaded memory knows d");
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(!scrm_seen_load(t, "scrm-clean-seen 1\nzz\n", 21, &err), "a malformed line is refused");
	scrm_seen_free(t);
	scrm_seen_free(s);
	scrm_buf_free(&err);
}

static void test_bayes(void)
{
	static const char *const labels[] = { "spam", "ham" };
	scrm_bayes *m = scrm_bayes_new(2, labels);
	scrm_buf text = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	scrm_bayes_score sc;

	for (int i = 0; i < 3; i++) {
		scrm_bayes_add_doc(m, 0);
		scrm_bayes_add_token(m, 0, "free", 4);
		scrm_bayes_add_token(m, 0, "win", 3);
		scrm_bayes_add_doc(m, 1);
		scrm_bayes_add_token(m, 1, "lunch", 5);
		scrm_bayes_add_token(m, 1, "tomorrow", 8);
	}
	scrm_bayes_dump(m, &text);
	scrm_bayes *n = scrm_bayes_parse(text.data, text.len, &err);
	CHECK(n != NULL, "a dumped model parses back");
	if (n) {
		scrm_bayes_score_start(n, &sc);
		scrm_bayes_score_token(n, &sc, "free", 4);
		scrm_bayes_score_token(n, &sc, "win", 3);
		scrm_bayes_score_token(n, &sc, "unknown", 7);
		CHECK(sc.known == 2, "unknown tokens are ignored");
		/* Laplace: P(free|spam) = 4/10, P(free|ham) = 1/10 (4 words known, 6 per class); priors equal. */
		double p = scrm_bayes_posterior(n, &sc, 0);
		CHECK(p > 0.941 && p < 0.942, "posterior 16/17 for two spam words");
		CHECK(scrm_bayes_class(n, "ham") == 1, "labels kept");
		scrm_bayes_free(n);
	}
	CHECK(scrm_bayes_parse("scrm-bayes 2\n", 13, &err) == NULL, "a wrong header is refused");
	scrm_bayes_free(m);
	scrm_buf_free(&text);
	scrm_buf_free(&err);
}

static void test_splice(void)
{
	const char *line = "{\"id\":\"1\", \"lang\":null,\"text\":\"x\"}";
	scrm_record rec;
	scrm_buf out = SCRM_BUF_INIT, why = SCRM_BUF_INIT;
	scrm_splice_kv kv[3] = { { "text", "\"y\"", 3 }, { "lang", "\"fr\"", 4 }, { "clean", "{}", 2 } };

	scrm_record_init(&rec);
	CHECK(scrm_record_parse(&rec, line, strlen(line), &why), "record parses");
	scrm_clean_splice(&rec, kv, 3, &out);
	scrm_buf_putc(&out, '\0');
	CHECK_STR_EQ(out.data, "{\"id\":\"1\", \"lang\":\"fr\",\"text\":\"y\",\"clean\":{}}",
	             "members replaced in place, a new one appended, spacing kept");
	const char *empty = "{ }";
	CHECK(scrm_record_parse(&rec, empty, 3, &why), "empty record parses");
	scrm_buf_clear(&out);
	scrm_clean_splice(&rec, kv + 2, 1, &out);
	scrm_buf_putc(&out, '\0');
	CHECK_STR_EQ(out.data, "{ \"clean\":{}}", "appended to an empty object without a comma");
	scrm_record_free(&rec);
	scrm_buf_free(&out);
	scrm_buf_free(&why);
}

static void test_options(void)
{
	scrm_clean_opts o;
	unsigned mask;

	scrm_clean_opts_init(&o);
	CHECK(scrm_clean_parse_drop("dup,lang", &mask) && mask == (SCRM_CLEAN_DROP_DUP | SCRM_CLEAN_DROP_LANG),
	      "--drop dup,lang");
	CHECK(!scrm_clean_parse_drop("dup,spma", &mask), "--drop with a typo is refused");
	CHECK(scrm_clean_parse_window("24h", &o) && o.window_seconds == 86400, "--window 24h");
	CHECK(scrm_clean_parse_window("5000", &o) && o.window == 5000, "--window 5000");
	CHECK(!scrm_clean_parse_window("5y", &o) && !scrm_clean_parse_window("-3", &o), "bad windows refused");
}

/* Fingerprint number k of a family sharing band 0 (bits 0-15 at distance 3), far apart elsewhere. */
static uint64_t family(uint64_t k)
{
	return ((k * 0x9E3779B97F4A7C15ULL) & ~0xFFFFULL) | 0x1234;
}

/* Within 3 bits of family(k), one in each of bands 1 to 3: found only through band 0. */
static uint64_t near_family(uint64_t k)
{
	return family(k) ^ (1ULL << 16 | 1ULL << 32 | 1ULL << 48);
}

/* An original with a head and its starts as a text of `words` words, all checks set to base + j. */
static scrm_seen_item with_head(const char *id, uint64_t head, unsigned base, int words)
{
	scrm_seen_item it = item(id, 0);
	it.head_key = head;
	it.cut_check = -1;
	for (int j = 0; j < SCRM_SEEN_CHECKS && SCRM_SEEN_CHECK_WORDS(j) <= words; j++)
		it.checks[j] = (uint16_t)(base + (unsigned)j);
	return it;
}

static void test_seen_cut(void)
{
	scrm_seen *s = scrm_seen_new(10, 0, 3);
	scrm_dup_result r;
	scrm_seen_item it;

	it = with_head("long", 0xABC, 100, 20);
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "a long original");
	/* Cut after 12 whole words: its start of 12 words (check 3) is the original's. */
	it = with_head("cut", 0xABC, 100, 13);
	it.cut_key = 0xABC;
	it.cut_check = 3;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_CUT && strcmp(r.of, "long") == 0 && r.copies == 1, "a cut copy of long");
	/* Same first words, then others: another text that ends in an ellipsis. */
	it = with_head("other", 0xABC, 100, 13);
	it.checks[3] = 7;
	it.cut_key = 0xABC;
	it.cut_check = 3;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "a text that leaves the original before its cut is an original");
	/* The head of an original is no cut: an original is looked up by its own head only when cut. */
	it = with_head("again", 0xABC, 100, 20);
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "an original sharing a head is no copy");

	/* The heads and starts go through a dump; a version 1 dump (no heads) still reads. */
	scrm_buf dump = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	scrm_seen_dump(s, &dump);
	CHECK(dump.len > 17 && memcmp(dump.data, "scrm-clean-seen 3\n", 18) == 0, "dumps are version 3");
	scrm_seen *t = scrm_seen_new(10, 0, 3);
	CHECK(scrm_seen_load(t, dump.data, dump.len, &err), "a version 3 dump reads back");
	it = with_head("cut2", 0xABC, 100, 13);
	it.cut_key = 0xABC;
	it.cut_check = 3;
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_CUT && strcmp(r.of, "again") == 0, "a loaded memory knows heads and starts (newest first)");
	scrm_seen_free(t);
	/* Version 2 hashed the starts without the next word's: they are
	 * forgotten, the rest is kept. */
	dump.data[16] = '2';
	const char *copies = strstr(dump.data, "\n+ ");   /* copies' ids came with version 3 */
	if (copies)
		dump.len = (size_t)(copies - dump.data) + 1;
	t = scrm_seen_new(10, 0, 3);
	CHECK(scrm_seen_load(t, dump.data, dump.len, &err), "a version 2 dump reads");
	it = with_head("cut3", 0xABC, 100, 13);
	it.cut_key = 0xABC;
	it.cut_check = 3;
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "its starts are not compared with this version's");
	it = item("again", 0);
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_ID && strcmp(r.of, "again") == 0, "its entries are known");
	scrm_seen_free(t);
	static const char v1[] = "scrm-clean-seen 1\n"
	                         "0000000000000000 a78b3e4c1d2f5a60 0000000000000000 0000000000000000 "
	                         "0000000000000000 0000000000000000 - =old\n";
	t = scrm_seen_new(10, 0, 3);
	CHECK(scrm_seen_load(t, v1, sizeof v1 - 1, &err), "a version 1 dump reads");
	it = item("x", 0);
	it.id_key = 0xa78b3e4c1d2f5a60ULL;
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_ID && strcmp(r.of, "old") == 0, "its entries are known");
	scrm_seen_free(t);
	scrm_seen_free(s);
	scrm_buf_free(&dump);
	scrm_buf_free(&err);
}

/* A copy fetched again is a record fetched twice: by id, not counted again;
 * its id survives a dump, and goes when its original does. */
static void test_seen_copy_refetched(void)
{
	scrm_seen *s = scrm_seen_new(2, 0, 3);
	scrm_dup_result r;
	scrm_seen_item it = item("orig", 0);
	it.text_key = 0x7E7;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "the original");
	it = item("copy", 0);
	it.text_key = 0x7E7;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_TEXT && r.copies == 1, "a copy, counted");
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_ID && strcmp(r.of, "orig") == 0 && r.copies == 1,
	      "the copy fetched again: by id, of the original, not counted");
	scrm_buf dump = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	scrm_seen_dump(s, &dump);
	scrm_seen *t = scrm_seen_new(2, 0, 3);
	CHECK(scrm_seen_load(t, dump.data, dump.len, &err), "a dump with a copy's id reads back");
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_ID && strcmp(r.of, "orig") == 0, "the copy's id is known after a reload");
	/* Two more originals push the first out of a window of two: its copy goes with it. */
	scrm_seen_item o2 = item("o2", 0), o3 = item("o3", 0);
	scrm_seen_check(t, &o2, &r);
	scrm_seen_check(t, &o3, &r);
	it.text_key = 0x999;
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "a copy's id goes when its original is forgotten");
	CHECK(!scrm_seen_load(t, "scrm-clean-seen 3\n+ zz 0\n", 24, &err), "a malformed copy line is refused");
	scrm_seen_free(t);
	scrm_seen_free(s);
	scrm_buf_free(&dump);
	scrm_buf_free(&err);
}

static void test_seen_edit(void)
{
	scrm_seen *s = scrm_seen_new(10, 0, 3);
	scrm_dup_result r;
	scrm_seen_item it;

	it = item("o", 0x0F0F0F0F0F0F0F0FULL);
	it.even_key = 0xE1;
	it.odd_key = 0x01;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "an original with halves");
	it = item("odd-kept", 0xFFFF000000000000ULL);   /* far by its SimHash */
	it.even_key = 0xE2;
	it.odd_key = 0x01;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_EDIT && strcmp(r.of, "o") == 0, "the same odd half: an edited copy");
	it = item("even-kept", 0xFFFF000000000000ULL);
	it.even_key = 0xE1;
	it.odd_key = 0x02;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_EDIT && strcmp(r.of, "o") == 0 && r.copies == 2, "the same even half: an edited copy");
	it = item("near", 0x0F0F0F0F0F0F0F0EULL);   /* 1 bit from o, and the same halves */
	it.even_key = 0xE1;
	it.odd_key = 0x01;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NEAR && r.distance == 1, "near by its SimHash: near first");
	it = item("other", 0xFFFF000000000000ULL);
	it.even_key = 0xE3;
	it.odd_key = 0x03;
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "both halves differ: an original");

	scrm_seen *t = reloaded(s, "halves go through a dump");
	it = item("later", 0x1234);
	it.even_key = 0xE3;
	it.odd_key = 0x99;
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_EDIT && strcmp(r.of, "other") == 0, "a loaded memory knows the halves");
	scrm_seen_free(t);
	t = scrm_seen_new(10, 0, 0);
	it = item("a", 0x1);
	it.even_key = 0xE1;
	scrm_seen_check(t, &it, &r);
	it = item("b", 0x2);
	it.even_key = 0xE1;
	scrm_seen_check(t, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "distance 0: no edited copies either");
	scrm_seen_free(t);
	scrm_seen_free(s);
}

static void test_seen_buckets(void)
{
	char ids[20][12];
	scrm_dup_result r;
	scrm_seen_item it;

	for (int n = 16; n <= 17; n++) {
		scrm_seen *s = scrm_seen_new(100, 0, 3);
		for (int k = 1; k <= n; k++) {
			snprintf(ids[k], sizeof ids[k], "%d", k);
			it = item(ids[k], family((uint64_t)k));
			scrm_seen_check(s, &it, &r);
		}
		it = item("probe", near_family(1));
		scrm_seen_check(s, &it, &r);
		if (n == 16)
			CHECK(r.kind == SCRM_DUP_NEAR && r.distance == 3 && strcmp(r.of, "1") == 0,
			      "a band bucket holding 16 originals: the oldest is still compared");
		else
			CHECK(r.kind == SCRM_DUP_NONE, "a band bucket compares only its 16 newest originals");
		scrm_seen_free(s);
	}
	scrm_seen *s = scrm_seen_new(4, 0, 3);
	for (int k = 1; k <= 5; k++) {
		snprintf(ids[k], sizeof ids[k], "%d", k);
		it = item(ids[k], family((uint64_t)k));
		scrm_seen_check(s, &it, &r);
	}
	it = item("probe2", near_family(2));
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NEAR && strcmp(r.of, "2") == 0, "window of 4: the second of five is remembered");
	it = item("probe1", near_family(1));
	scrm_seen_check(s, &it, &r);
	CHECK(r.kind == SCRM_DUP_NONE, "window of 4: the first of five is forgotten, though still in its bucket");
	scrm_seen_free(s);
}

/* More phrases than the 64 with a prefix bit, and phrases too short for one: all still found. */
static void test_brands_many(void)
{
	scrm_buf rules = SCRM_BUF_INIT, err = SCRM_BUF_INIT, f = SCRM_BUF_INIT;
	scrm_tokens toks = SCRM_TOKENS_INIT;
	scrm_brand_match m[72];

	for (int i = 0; i < 70; i++)
		scrm_buf_printf(&rules, "brand B%d\nkeyword zq%dword\nfuzzy off\n", i, i);
	scrm_buf_puts(&rules, "brand Short\nkeyword q9x\n");
	scrm_brands *b = scrm_brands_parse(rules.data, rules.len, "t", &err);
	CHECK(b && scrm_brands_count(b) == 71, "71 brands parsed");
	if (b) {
		fold("zq1word, q9x and zq66word then zq69word", &f);
		scrm_tokenize(f.data, f.len - 1, &toks);
		size_t k = scrm_brands_match(b, f.data, f.len - 1, &toks, m);
		CHECK(k == 4 && strcmp(m[0].brand, "B1") == 0 && strcmp(m[1].brand, "B66") == 0 &&
		      strcmp(m[2].brand, "B69") == 0 && strcmp(m[3].brand, "Short") == 0,
		      "keywords past the 64th and of 3 bytes are matched, in rules order");
		fold("zq1wor zq66wor", &f);
		scrm_tokenize(f.data, f.len - 1, &toks);
		CHECK(scrm_brands_match(b, f.data, f.len - 1, &toks, m) == 0, "a prefix alone is no match");
		scrm_brands_free(b);
	}
	scrm_buf_free(&rules);
	scrm_buf_free(&err);
	scrm_buf_free(&f);
	scrm_tokens_free(&toks);
}

static void test_brands(void)
{
	const char *rules = "brand Orange\nkeyword orange\nexclude jus d'orange\nbrand Free\npattern \\bfree\\s+mobile\\b\nfuzzy off\n";
	scrm_buf err = SCRM_BUF_INIT, f = SCRM_BUF_INIT;
	scrm_brands *b = scrm_brands_parse(rules, strlen(rules), "t", &err);
	scrm_brand_match m[2];
	scrm_tokens toks = SCRM_TOKENS_INIT;

	CHECK(b && scrm_brands_count(b) == 2, "two brands parsed");
	if (b) {
		fold("Jus d\xe2\x80\x99orange et Free Mobile", &f);
		scrm_tokenize(f.data, f.len - 1, &toks);
		size_t k = scrm_brands_match(b, f.data, f.len - 1, &toks, m);
		CHECK(k == 1 && strcmp(m[0].brand, "Free") == 0, "exclusion holds; pattern matches");
		fold("jus d'orange, puis l'Orange du coin", &f);
		scrm_tokenize(f.data, f.len - 1, &toks);
		k = scrm_brands_match(b, f.data, f.len - 1, &toks, m);
		CHECK(k == 1 && strcmp(m[0].brand, "Orange") == 0 && !m[0].spelling,
		      "an occurrence outside the exclusion still counts");
		fold("oranger", &f);
		scrm_tokenize(f.data, f.len - 1, &toks);
		k = scrm_brands_match(b, f.data, f.len - 1, &toks, m);
		CHECK(k == 1 && m[0].spelling && m[0].spelling_len == 7, "a misspelling is matched and its spelling kept");
		scrm_brands_free(b);
	}
	CHECK(scrm_brands_parse("keyword x\n", 10, "t", &err) == NULL, "a keyword before any brand is refused");
	scrm_buf_clear(&err);
	CHECK(scrm_brands_parse("brand X\npattern (\n", 18, "t", &err) == NULL && strstr(err.data, "t:2: bad pattern"),
	      "a bad pattern is refused with its line");
	scrm_buf_free(&err);
	scrm_buf_free(&f);
	scrm_tokens_free(&toks);
}

int main(void)
{
	test_text();
	test_tokens();
	test_edit1();
	test_simhash();
	test_seen();
	test_seen_cut();
	test_seen_edit();
	test_seen_copy_refetched();
	test_seen_buckets();
	test_bayes();
	test_splice();
	test_options();
	test_brands();
	test_brands_many();
	return check_done();
}
