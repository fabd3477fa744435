/*
 * test_tone.c - the tone engine's pieces: tokens, terms, lexicon files,
 * language, the model file, and a few analyses with the shipped lexicons.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "datadir.h"
#include "tone.h"
#include "tone_impl.h"

/* The keys of a text's tokens joined by '|', with '*' after elongated and
 * '^' after capitalised ones. */
static const char *keys(scrm_tone_text *t, const char *s, scrm_buf *out)
{
	scrm_tone_tokenize(t, s, strlen(s));
	scrm_buf_clear(out);
	scrm_buf_puts(out, "");
	for (size_t i = 0; i < t->ntok; i++) {
		if (i)
			scrm_buf_putc(out, '|');
		scrm_buf_puts(out, scrm_tone_key(t, &t->tok[i]));
		if (t->tok[i].flags & SCRM_TOK_ELONG)
			scrm_buf_putc(out, '*');
		if (t->tok[i].flags & SCRM_TOK_CAPS)
			scrm_buf_putc(out, '^');
	}
	return out->data;
}

static void test_tokens(void)
{
	scrm_tone_text t;
	scrm_buf b = SCRM_BUF_INIT;
	scrm_tone_text_init(&t);
	CHECK_STR_EQ(keys(&t, "J'ADORE trooop", &b), "je|adore^|trop*", "elision, capitals, elongation");
	CHECK_STR_EQ(t.keys.data + t.tok[2].alt, "troop", "elongation keeps a two-letter variant");
	CHECK_STR_EQ(keys(&t, "Déçu, qu'il dit. Aujourd'hui", &b), "decu|que|il|dit|aujourd'hui",
	             "accents removed, qu' split, aujourd'hui kept");
	CHECK(t.nsentences == 2, "two sentences");
	CHECK(t.tok[0].clause != t.tok[1].clause, "a comma ends a clause");
	CHECK_STR_EQ(keys(&t, "hahaha mdrrrr HAHA", &b), "haha|mdr*|haha^", "laughter folded");
	CHECK_STR_EQ(keys(&t, "vu sur https://x.fr/a @bob #Top", &b), "vu|sur|top", "URL and handle dropped, # removed");
	CHECK_STR_EQ(keys(&t, "bien :) :-( <3 xD", &b), "bien|:)|:-(|<3|xD", "emoticons");
	CHECK_STR_EQ(keys(&t, "bof ^^ -_- \\o/ >_< -_", &b), "bof|^^|-_-|\\o/|>_<", "eyeless faces, not any marks");
	CHECK_STR_EQ(keys(&t, "top 😍😍😍 👍🏽", &b), "top|😍*|👍", "repeated emoji once, skin tone dropped");
	CHECK_STR_EQ(keys(&t, "service-client don't", &b), "service|client|don't", "hyphen splits, English apostrophe kept");
	CHECK_STR_EQ(keys(&t, "", &b), "", "empty text");
	CHECK(t.ntok == 0, "no tokens in an empty text");
	scrm_buf_clear(&b);
	scrm_tone_normalize_term(&t, "J'en ai MARRE", 13, &b);
	CHECK_STR_EQ(b.data, "je en ai marre", "terms are split like texts");
	scrm_buf_free(&b);
	scrm_tone_text_free(&t);
}

/* The word end scrm_tone_plain_word_end() gives, the plain way: ASCII
 * letters and digits, two-byte letters U+00C0..U+00FF but for x and /
 * (0xC3 0x97, 0xC3 0xB7), at most SCRM_TONE_WORD_MAX bytes, then the end
 * of the text or a byte that ends a word whatever follows. */
static size_t word_end_reference(const unsigned char *p, size_t n, size_t i)
{
	size_t j = i, max = i + SCRM_TONE_WORD_MAX < n ? i + SCRM_TONE_WORD_MAX : n;
	while (j < max) {
		unsigned char b = p[j];
		if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z' ? 1 : b >= '0' && b <= '9')
			j++;
		else if (b == 0xC3 && j + 1 < max && p[j + 1] >= 0x80 && p[j + 1] <= 0xBF && p[j + 1] != 0x97 &&
		         p[j + 1] != 0xB7)
			j += 2;
		else
			break;
	}
	if (j == n)
		return j;
	unsigned char b = p[j];
	bool ends = b < 0x80 ? !((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && !(b >= '0' && b <= '9') && b != '\''
	                     : (b == 0xC3 && (p[j + 1] == 0x97 || p[j + 1] == 0xB7)) || b == 0xF0 ||
	                       (b == 0xE2 && p[j + 1] == 0x80 && p[j + 2] == 0x8D);
	return ends ? j : 0;
}

static size_t word_end(const char *s, size_t i)
{
	unsigned char buf[128] = { 0 };    /* the text, then at least SCRM_TONE_PAD zeros */
	size_t n = strlen(s);
	memcpy(buf, s, n);
	return scrm_tone_plain_word_end(buf, n, i);
}

static void test_word_end(void)
{
	CHECK(word_end("r\xC3\xA9union, ok", 0) == 8, "accented word, then a comma");
	CHECK(word_end("d\xC3\xA9\xC3\xA7u", 0) == 6, "a word to the end of the text");
	CHECK(word_end("a\xC3\x97" "b", 0) == 1, "the sign x ends a word");
	CHECK(word_end("l'homme", 0) == 0, "an apostrophe may continue the word: not plain");
	CHECK(word_end("abcdefghijklmnopqrstuvw.", 0) == 23, "23 bytes: the longest plain word");
	CHECK(word_end("abcdefghijklmnopqrstuvwx", 0) == 0, "24 letters: too long");
	CHECK(word_end("abcdefghijklmnopqrstuv\xC3\xA9", 0) == 0, "a letter across the limit: too long");
	CHECK(word_end("abcdefghijklmnopqrstu\xC3\xA9 ", 0) == 23, "a letter ending at the limit");
	/* Random words of letters, accented letters, signs, apostrophes, a
	 * joiner and emoji against the plain byte loop above. */
	static const char *const pieces[] = { "a", "Z", "5", "\xC3\xA9", "\xC3\x97", "\xC3\xB7", "\xC3\x80",
	                                      "\xC3\xBF", " ", "'", ".", "-", "\xE2\x80\x8D", "\xF0\x9F\x98\x80" };
	unsigned long seed = 1;
	size_t bad = 0, tried = 0;
	for (int it = 0; it < 200000; it++) {
		unsigned char buf[128 + SCRM_TONE_PAD] = { 0 };
		size_t n = 0, starts[40], ns = 0;
		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		for (int k = (int)(seed >> 59) + 1; k > 0 && n < 100; k--) {
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			const char *piece = pieces[(seed >> 33) % (sizeof pieces / sizeof pieces[0])];
			starts[ns++] = n;
			memcpy(buf + n, piece, strlen(piece));
			n += strlen(piece);
		}
		for (size_t k = 0; k < ns; k++) {
			unsigned char b = buf[starts[k]];
			if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && !(b >= '0' && b <= '9') && b != 0xC3)
				continue;
			tried++;
			bad += scrm_tone_plain_word_end(buf, n, starts[k]) != word_end_reference(buf, n, starts[k]);
		}
	}
	CHECK(tried > 100000 && bad == 0, "word ends agree with the byte loop on random words");
}

/* Writes text to a new temporary file named in path (a mkstemp template). */
static void temp_file(char *path, const char *text)
{
	int fd = mkstemp(path);
	CHECK(fd >= 0 && write(fd, text, strlen(text)) == (ssize_t)strlen(text), "write temp file");
	close(fd);
}

/* Reads the lexicon at path into a new table, which must fail with "path:where" (a line and its reason). */
static void read_lexicon_failing(scrm_tone_table *table, const char *path, const char *where, const char *rejected,
                                 const char *named)
{
	scrm_tone_table_init(table);
	scrm_tone_table *tables[1] = { table };
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(!scrm_tone_lexicon_read(tables, 1, path, &err), rejected);
	char want[256];
	snprintf(want, sizeof want, "%s:%s", path, where);
	CHECK_STR_EQ(err.data, want, named);
	scrm_buf_free(&err);
}

static void test_lexicon_file(void)
{
	char path[] = "/tmp/test_tone_lex.XXXXXX";
	/* Lines of spaces and tabs, and comments after them, say nothing. */
	temp_file(path, "# comment\n\n  \n\t\n  # indented comment\ndéçu\tv\t-2.5\npas terrible\tv\t-1.6\ntrès\tb\t0.293\n"
	                "tjrs\t=\ttoujours\n8)\tv\t1.9\n143\ti\t3.2\nu\t=\tyou\nbof\tq\n");
	scrm_tone_table table;
	read_lexicon_failing(&table, path, "13: unknown kind (expected v, b, n, p, c, i, s, o, =, a, x, l or w)",
	                     "bad kind rejected", "error names file and line");
	const scrm_tone_entry *e = scrm_tone_table_lookup_word(&table, "decues", 6, scrm_tone_hash("decues", 6));
	CHECK(e && e->kind == SCRM_TERM_VALENCE && e->value == -2.5f, "déçues found through déçu");
	e = scrm_tone_table_find(&table, "pas", 3, scrm_tone_hash("pas", 3));
	CHECK(e && e->phrase_start && e->kind == SCRM_TERM_NONE, "phrase start marked");
	e = scrm_tone_table_find(&table, "tres", 4, scrm_tone_hash("tres", 4));
	CHECK(e && e->kind == SCRM_TERM_BOOSTER, "accented term found without accent");
	e = scrm_tone_table_find(&table, "tjrs", 4, scrm_tone_hash("tjrs", 4));
	CHECK(e && e->kind == SCRM_TERM_ALIAS && e->alias && strcmp(e->alias->key, "toujours") == 0, "alias");
	CHECK(!scrm_tone_table_find(&table, "8", 1, scrm_tone_hash("8", 1)),
	      "an emoticon the tokenizer splits (8) into 8 and ')') gives \"8\" no valence");
	CHECK(!scrm_tone_table_find(&table, "143", 3, scrm_tone_hash("143", 3)), "a number gets no valence");
	e = scrm_tone_table_find(&table, "u", 1, scrm_tone_hash("u", 1));
	CHECK(e && e->kind == SCRM_TERM_ALIAS, "a one-letter alias is kept (u = you)");
	unlink(path);
	scrm_tone_table_free(&table);
}

/* A phrase word "#" is kept as the number word, which the tokenizer would
 * drop as punctuation; "#" inside a word is not one. */
static void test_number_word(void)
{
	char path[] = "/tmp/test_tone_num.XXXXXX";
	temp_file(path, "Took  #  Weeks\tv\t-1.6\nnote # sur #\tv\t1\nfoo # # bar\tv\t1\nfoo #bar\tv\t1\n"
	                "a # b c d e\tv\t1\n");
	scrm_tone_table table;
	read_lexicon_failing(&table, path, "5: " SCRM_TONE_PHRASE_TOO_LONG, "six words with the number word are too many",
	                     "the number word counts as a word");
	static const char *const keys[] = { "took # weeks", "note # sur #", "foo # # bar", "foo bar" };
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const scrm_tone_entry *e = scrm_tone_table_find(&table, keys[i], strlen(keys[i]),
		                                                scrm_tone_hash(keys[i], strlen(keys[i])));
		CHECK(e && e->kind == SCRM_TERM_VALENCE, keys[i]);
	}
	const scrm_tone_entry *e = scrm_tone_table_find(&table, "took #", 6, scrm_tone_hash("took #", 6));
	CHECK(e && e->phrase_start && e->kind == SCRM_TERM_NONE, "took # starts a phrase");
	CHECK(scrm_tone_table_may_have_pair(&table, scrm_tone_hash("took", 4), scrm_tone_hash("#", 1)),
	      "the pair filter knows took and the number word");
	unlink(path);
	scrm_tone_table_free(&table);
}

/* Phrases spelt with an alias for a word are found as the phrase. */
static void test_spellings(void)
{
	char one[] = "/tmp/test_tone_sp1.XXXXXX", two[] = "/tmp/test_tone_sp2.XXXXXX";
	temp_file(one, "marche pas\tv\t-2\npa\t=\tpas\ntjrs\t=\ttoujours\ntoujours pas\tv\t-1.6\n"
	               "toujours pas content\tv\t-2.2\ntjrs pa\tv\t-1\n");
	/* Read later: a new value for the phrase, which its spellings follow. */
	temp_file(two, "marche pas\tv\t-2.5\n");
	scrm_tone_table table;
	scrm_tone_table_init(&table);
	scrm_tone_table *tables[1] = { &table };
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(scrm_tone_lexicon_read(tables, 1, one, &err), "spellings lexicon read");
	scrm_tone_phrases_add_spellings(tables, 1);
	const scrm_tone_entry *e = scrm_tone_table_find(&table, "marche pa", 9, scrm_tone_hash("marche pa", 9));
	CHECK(e && e->kind == SCRM_TERM_VALENCE && e->value == -2.0f && e->derived,
	      "\"marche pa\" is \"marche pas\" (pa = pas)");
	CHECK(e && e->alias && strcmp(e->alias->key, "marche pas") == 0, "the spelling knows its phrase");
	e = scrm_tone_table_find(&table, "tjrs pas content", 16, scrm_tone_hash("tjrs pas content", 16));
	CHECK(e && e->value == -2.2f, "an alias at the start of a phrase of three words");
	e = scrm_tone_table_find(&table, "tjrs", 4, scrm_tone_hash("tjrs", 4));
	CHECK(e && e->kind == SCRM_TERM_ALIAS && e->phrase_start, "the alias now starts phrases");
	e = scrm_tone_table_find(&table, "tjrs pa", 7, scrm_tone_hash("tjrs pa", 7));
	CHECK(e && e->value == -1.0f && !e->derived, "a spelling a lexicon gives keeps its own value");
	CHECK(scrm_tone_lexicon_read(tables, 1, two, &err), "second lexicon read");
	scrm_tone_phrases_add_spellings(tables, 1);
	e = scrm_tone_table_find(&table, "marche pa", 9, scrm_tone_hash("marche pa", 9));
	CHECK(e && e->value == -2.5f, "spellings are remade from the phrase's new value");
	unlink(one);
	unlink(two);
	scrm_tone_table_free(&table);
	scrm_buf_free(&err);
}

/* Whether table t has key as a spelling made of phrase, with value v. */
static bool inflected_as(const scrm_tone_table *t, const char *key, const char *phrase, float v)
{
	const scrm_tone_entry *e = scrm_tone_table_find(t, key, strlen(key), scrm_tone_hash(key, strlen(key)));
	return e && e->derived && e->value == v && e->alias && strcmp(e->alias->key, phrase) == 0;
}

static bool has_key(const scrm_tone_table *t, const char *key)
{
	return scrm_tone_table_find(t, key, strlen(key), scrm_tone_hash(key, strlen(key))) != NULL;
}

/* French phrases are also found with their last word inflected, as words
 * are at lookup; English phrases are not. */
static void test_inflected_spellings(void)
{
	char fr[] = "/tmp/test_tone_if1.XXXXXX", en[] = "/tmp/test_tone_if2.XXXXXX";
	temp_file(fr, "jamais arrivé\tv\t-2.2\ntrop cher\tv\t-2\npas mal\tv\t1.5\nbien mauvais\tv\t-2\n"
	              "trop beau\tv\t2\ntrop chers\tv\t-2.4\n");
	temp_file(en, "never arrived\tv\t-2.2\n");
	scrm_tone_table tfr, ten;
	scrm_tone_table_init(&tfr);
	scrm_tone_table_init(&ten);
	scrm_tone_table *tables[SCRM_TONE_NLANGS] = { &tfr, &ten };
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(scrm_tone_lexicon_read(&tables[SCRM_TONE_FR], 1, fr, &err), "French lexicon read");
	CHECK(scrm_tone_lexicon_read(&tables[SCRM_TONE_EN], 1, en, &err), "English lexicon read");
	scrm_tone_phrases_add_spellings(tables, SCRM_TONE_NLANGS);
	CHECK(inflected_as(&tfr, "jamais arrivee", "jamais arrive", -2.2f), "\"jamais arrivée\" is \"jamais arrivé\"");
	CHECK(inflected_as(&tfr, "jamais arrives", "jamais arrive", -2.2f), "\"jamais arrivés\" too");
	CHECK(inflected_as(&tfr, "jamais arrivees", "jamais arrive", -2.2f), "\"jamais arrivées\" too");
	CHECK(inflected_as(&tfr, "trop chere", "trop cher", -2.0f) && inflected_as(&tfr, "trop cheres", "trop cher", -2.0f),
	      "\"trop chère\", \"trop chères\" are \"trop cher\"");
	const scrm_tone_entry *e = scrm_tone_table_find(&tfr, "trop chers", 10, scrm_tone_hash("trop chers", 10));
	CHECK(e && !e->derived && e->value == -2.4f, "an inflection a lexicon gives keeps its own value");
	CHECK(!has_key(&tfr, "pas male") && !has_key(&tfr, "pas mals"),
	      "no inflection of fewer than five letters (\"male\" is not \"mal\")");
	CHECK(inflected_as(&tfr, "bien mauvaise", "bien mauvais", -2.0f) && !has_key(&tfr, "bien mauvaiss") &&
	      !has_key(&tfr, "bien mauvaises"), "no plural on a word ending in s");
	CHECK(inflected_as(&tfr, "trop beaux", "trop beau", 2.0f) && !has_key(&tfr, "trop cherx"),
	      "a plural in x after \"au\" only");
	CHECK(!has_key(&ten, "never arriveds") && !has_key(&ten, "never arrivede"), "English phrases are not inflected");
	unlink(fr);
	unlink(en);
	scrm_tone_table_free(&tfr);
	scrm_tone_table_free(&ten);
	scrm_buf_free(&err);
}

/* Phrases take their words' aspect; the first words of a longer phrase,
 * no term of their own, take none. */
static void test_aspect_inherit(void)
{
	char lex[] = "/tmp/test_tone_asl.XXXXXX", asp[] = "/tmp/test_tone_asa.XXXXXX";
	temp_file(lex, "ne supporte plus\tv\t-1.8\nsupporte pas\tv\t-1.8\n");
	temp_file(asp, "customer_service\tsupport\n");
	scrm_tone_table table;
	scrm_tone_table_init(&table);
	scrm_tone_table *tables[1] = { &table };
	scrm_tone_aspects aspects = { 0 };
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(scrm_tone_aspects_read(&aspects, tables, 1, asp, &err), "aspects read");
	CHECK(scrm_tone_lexicon_read(tables, 1, lex, &err), "lexicon read");
	scrm_tone_aspects_inherit(tables, 1);
	const scrm_tone_entry *e = scrm_tone_table_find(&table, "supporte pas", 12, scrm_tone_hash("supporte pas", 12));
	CHECK(e && e->aspect == 0, "a phrase takes the aspect of a word (supporte: support + e)");
	e = scrm_tone_table_find(&table, "ne supporte", 11, scrm_tone_hash("ne supporte", 11));
	/* Named, it would match alone and hide "supporte pas" in "je ne supporte pas". */
	CHECK(e && e->kind == SCRM_TERM_NONE && e->aspect < 0, "a longer phrase's first words take no aspect");
	unlink(lex);
	unlink(asp);
	scrm_tone_aspects_free(&aspects);
	scrm_tone_table_free(&table);
	scrm_buf_free(&err);
}

/* The guess for text, tokenised into t. */
static scrm_tone_lang guess(scrm_tone_text *t, const scrm_tone_table *tables, const char *text,
                            scrm_tone_lang fallback)
{
	scrm_tone_tokenize(t, text, strlen(text));
	return scrm_tone_guess_lang(t, text, tables, fallback);
}

static void test_lang(void)
{
	scrm_tone_lang l = SCRM_TONE_EN;
	CHECK(scrm_tone_lang_parse("fr-CA", 5, &l) && l == SCRM_TONE_FR, "fr-CA is French");
	CHECK(scrm_tone_lang_parse("EN", 2, &l) && l == SCRM_TONE_EN, "EN is English");
	CHECK(!scrm_tone_lang_parse("de", 2, &l) && !scrm_tone_lang_parse("frx", 3, &l), "others refused");
	CHECK(scrm_tone_lang_parse("fra", 3, &l) && l == SCRM_TONE_FR && scrm_tone_lang_parse("eng-US", 6, &l) &&
	      l == SCRM_TONE_EN && scrm_tone_lang_parse("FRE", 3, &l) && l == SCRM_TONE_FR,
	      "ISO 639-2: fra, fre, eng");
	CHECK(!scrm_tone_lang_parse("french", 6, &l) && !scrm_tone_lang_parse("f", 1, &l), "no tag, refused");
	CHECK(scrm_tone_lang_is_other("de", 2) && scrm_tone_lang_is_other("pt-BR", 5) &&
	      scrm_tone_lang_is_other("deu", 3), "de, pt-BR, deu: other languages");
	CHECK(!scrm_tone_lang_is_other("fr", 2) && !scrm_tone_lang_is_other("en_GB", 5) &&
	      !scrm_tone_lang_is_other("fra", 3), "fr, en_GB, fra: not other");
	CHECK(!scrm_tone_lang_is_other("und", 3) && !scrm_tone_lang_is_other("MUL", 3) &&
	      !scrm_tone_lang_is_other("zxx", 3) && !scrm_tone_lang_is_other("mis", 3),
	      "codes of no language in particular: not other");
	CHECK(!scrm_tone_lang_is_other("", 0) && !scrm_tone_lang_is_other("french", 6) &&
	      !scrm_tone_lang_is_other("d", 1) && !scrm_tone_lang_is_other("12", 2) &&
	      !scrm_tone_lang_is_other("de!", 3), "what is no tag: not other");
	scrm_tone_text t;
	scrm_tone_text_init(&t);
	/* Lexicons: "naze" French, "worst" English, "super" both; "vraiment" only starts a French phrase. */
	scrm_tone_table tables[SCRM_TONE_NLANGS];
	for (int i = 0; i < SCRM_TONE_NLANGS; i++) {
		scrm_tone_table_init(&tables[i]);
		scrm_tone_table_get(&tables[i], "super", 5)->kind = SCRM_TERM_VALENCE;
	}
	scrm_tone_table_get(&tables[SCRM_TONE_FR], "naze", 4)->kind = SCRM_TERM_VALENCE;
	scrm_tone_table_get(&tables[SCRM_TONE_FR], "vraiment", 8)->phrase_start = true;
	scrm_tone_table_get(&tables[SCRM_TONE_EN], "worst", 5)->kind = SCRM_TERM_VALENCE;
	CHECK(guess(&t, tables, "je ne suis pas content de la livraison", SCRM_TONE_EN) == SCRM_TONE_FR,
	      "French guessed");
	CHECK(guess(&t, tables, "this is not what I ordered", SCRM_TONE_FR) == SCRM_TONE_EN, "English guessed");
	CHECK(guess(&t, tables, "worst ISP ever", SCRM_TONE_FR) == SCRM_TONE_EN,
	      "no function word: the lexicons tell English");
	CHECK(guess(&t, tables, "box nazes", SCRM_TONE_EN) == SCRM_TONE_FR,
	      "no function word: the lexicons tell French (plural)");
	CHECK(guess(&t, tables, "super vraiment", SCRM_TONE_EN) == SCRM_TONE_EN,
	      "a phrase's first word alone is no evidence");
	CHECK(guess(&t, tables, "worst, mais la box est naze", SCRM_TONE_EN) == SCRM_TONE_FR, "function words first");
	CHECK(guess(&t, tables, "nul \xc3\xa0 chier", SCRM_TONE_EN) == SCRM_TONE_FR,
	      "\"\xc3\xa0\" is French, not the \"a\" of its key");
	CHECK(guess(&t, tables, "\xc3\x80 fuir", SCRM_TONE_EN) == SCRM_TONE_FR, "\"\xc3\x80\", a capital, is French too");
	CHECK(guess(&t, tables, "a joke", SCRM_TONE_FR) == SCRM_TONE_EN, "\"a\" as written is English");
	/* "a" (English) against "ma" and "coupé" (French). */
	CHECK(guess(&t, tables, "Free a coup\xc3\xa9 ma ligne", SCRM_TONE_EN) == SCRM_TONE_FR,
	      "a word written with a French accent is French");
	CHECK(guess(&t, tables, "coup\xc3\xa9", SCRM_TONE_EN) == SCRM_TONE_FR, "an accent alone tells French");
	CHECK(guess(&t, tables, "c\xc5\x93ur", SCRM_TONE_EN) == SCRM_TONE_FR, "\"\xc5\x93\" is French");
	CHECK(guess(&t, tables, "Chlo\xc3\xa9", SCRM_TONE_EN) == SCRM_TONE_EN,
	      "a capitalised word with an accent is a name: no evidence");
	CHECK(guess(&t, tables, "\xc3\x89lodie", SCRM_TONE_EN) == SCRM_TONE_EN,
	      "an accented capital first: a name, no evidence");
	CHECK(guess(&t, tables, "pourquoi", SCRM_TONE_EN) == SCRM_TONE_FR, "function words of eight letters count");
	CHECK(guess(&t, tables, "doesn't ticket", SCRM_TONE_FR) == SCRM_TONE_EN, "\"doesn't\" is English");
	CHECK(guess(&t, tables, "super", SCRM_TONE_EN) == SCRM_TONE_EN, "tie of both: the fallback");
	CHECK(guess(&t, tables, "super", SCRM_TONE_FR) == SCRM_TONE_FR, "tie of both: the fallback (fr)");
	for (int i = 0; i < SCRM_TONE_NLANGS; i++)
		scrm_tone_table_free(&tables[i]);
	scrm_tone_text_free(&t);
}

static scrm_tone_engine *engine(void)
{
	scrm_buf dir = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	scrm_datadir(&dir);
	scrm_buf_puts(&dir, "/tone");
	scrm_tone_engine *e = scrm_tone_engine_new();
	bool ok = scrm_tone_load_defaults(e, dir.data, &err);
	CHECK(ok, "shipped lexicons load");
	if (!ok)
		printf("# %s\n", err.data);
	scrm_buf_free(&dir);
	scrm_buf_free(&err);
	return e;
}

static const char *analyse(scrm_tone_engine *e, const char *text, scrm_buf *out)
{
	scrm_tone_analyse(e, text, strlen(text), SCRM_TONE_FR, false);
	scrm_buf_clear(out);
	scrm_tone_write_json(e, false, out);
	return out->data;
}

static void test_analysis(void)
{
	scrm_tone_engine *e = engine();
	scrm_buf b = SCRM_BUF_INIT;
	/* nul: -2.5 / sqrt(6.25 + 15) = -0.5423 */
	CHECK_STR_EQ(analyse(e, "nul", &b),
	             "{\"score\":-0.542,\"label\":\"negative\",\"lang\":\"fr\",\"aggressive\":false,"
	             "\"aggressive_terms\":[],\"aspects\":{}}", "one negative word");
	/* pas nul: -2.5 * -0.74 = 1.85; 1.85 / sqrt(3.4225 + 15) = 0.431 */
	analyse(e, "pas nul", &b);
	CHECK(strstr(b.data, "\"score\":0.431,\"label\":\"positive\"") != NULL, "negation flips");
	/* An emoji is not negated: content 2.2 * -0.74 = -1.628, and 😡 -3;
	 * -4.628 / sqrt(21.418 + 15) = -0.767 (it was +2.22, "mixed"). */
	analyse(e, "pas content 😡", &b);
	CHECK(strstr(b.data, "\"score\":-0.767,\"label\":\"negative\"") != NULL, "an emoji is not negated");
	/* VADER's emoticons of blame count in French: :( -1.9 / sqrt(3.61 + 15) = -0.440. */
	CHECK(strstr(analyse(e, "ok :(", &b), "\"score\":-0.44,") != NULL, "a frown in French");
	/* Nothing that carries tone: 0, neutral. */
	CHECK(strstr(analyse(e, "le colis", &b), "\"score\":0,\"label\":\"neutral\"") != NULL, "no tone: 0 neutral");
	CHECK(strstr(b.data, "\"delivery\":{\"score\":0,\"label\":\"neutral\"}") != NULL, "aspect named, no tone");
	analyse(e, "connard", &b);
	CHECK(strstr(b.data, "\"aggressive\":true,\"aggressive_terms\":[\"connard\"]") != NULL, "insult");
	analyse(e, "VOUS ETES VRAIMENT NULS ET HORRIBLES", &b);
	CHECK(strstr(b.data, "\"aggressive\":true,\"aggressive_terms\":[\"(shouting)\"]") != NULL, "shouting");
	analyse(e, "JE VOUS ADORE VRAIMENT", &b);
	CHECK(strstr(b.data, "\"aggressive\":false") != NULL, "positive capitals are not aggressive");
	/* Phrases once their first word is remembered alone: "au" and "trop"
	 * resolve from the memo unless a phrase's second word follows.
	 * top 2.4 / sqrt(5.76 + 15) = 0.527; au top, trop bien 2.8 / sqrt(7.84 + 15) = 0.586 */
	analyse(e, "au revoir, trop tard", &b);
	CHECK(strstr(analyse(e, "top", &b), "\"score\":0.527,") != NULL, "a word alone");
	CHECK(strstr(analyse(e, "c'est au top", &b), "\"score\":0.586,") != NULL, "a phrase after its first word met alone");
	CHECK(strstr(analyse(e, "trop bien", &b), "\"score\":0.586,") != NULL, "a booster's phrase after it met alone");
	CHECK(strstr(analyse(e, "au top", &b), "\"score\":0.586,") != NULL, "the phrase again");
	scrm_buf_free(&b);
	scrm_tone_engine_free(e);
}

static void test_model_file(void)
{
	scrm_tone_engine *e = engine();
	scrm_tone_trainer *tr = scrm_tone_trainer_new();
	const char *pos[] = { "super produit", "très content", "génial merci", "top service", "j'adore" };
	const char *neg[] = { "nul", "horrible service", "très déçu", "arnaque", "jamais reçu" };
	for (int r = 0; r < 4; r++)
		for (int i = 0; i < 5; i++) {
			scrm_tone_trainer_add(tr, e, pos[i], strlen(pos[i]), SCRM_TONE_FR, false, SCRM_TONE_POSITIVE);
			scrm_tone_trainer_add(tr, e, neg[i], strlen(neg[i]), SCRM_TONE_FR, false, SCRM_TONE_NEGATIVE);
		}
	CHECK(scrm_tone_trainer_count(tr, SCRM_TONE_POSITIVE) == 20, "20 positive texts");
	char path[] = "/tmp/test_tone_model.XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	scrm_buf err = SCRM_BUF_INIT, b = SCRM_BUF_INIT;
	CHECK(scrm_tone_trainer_write(tr, path, &err), "model written");
	scrm_tone_model *m = scrm_tone_model_read(path, &err);
	CHECK(m != NULL && !m->has_class[SCRM_TONE_NEUTRAL] && m->has_class[SCRM_TONE_POSITIVE],
	      "model read back: two classes");
	scrm_tone_model_free(m);
	CHECK(scrm_tone_load_model(e, path, &err), "engine loads it");
	analyse(e, "arnaque", &b);
	CHECK(strstr(b.data, "\"label\":\"negative\"") != NULL, "trained model: negative text");
	unlink(path);
	scrm_buf_free(&err);
	scrm_buf_free(&b);
	scrm_tone_trainer_free(tr);
	scrm_tone_engine_free(e);
}

/* scrm_tone_record_text() on title T and text X: what gets analysed. */
static const char *joined(const char *title, const char *text, scrm_buf *buf)
{
	size_t n;
	const char *s = scrm_tone_record_text(title, title ? strlen(title) : 0, text, strlen(text), buf, &n);
	CHECK(n == strlen(s), "the length given is the text's");
	return s;
}

static void test_title(void)
{
	scrm_buf b = SCRM_BUF_INIT;
	CHECK_STR_EQ(joined("Livraison catastrophique", "Le produit est correct.", &b),
	             "Livraison catastrophique\nLe produit est correct.", "a headline: on a line before the text");
	CHECK_STR_EQ(joined(NULL, "ok", &b), "ok", "no title: the text");
	CHECK_STR_EQ(joined(" \t ", "ok", &b), "ok", "a blank title: the text");
	CHECK_STR_EQ(joined("  Worst ISP ever ", "Worst ISP ever, really", &b), "Worst ISP ever, really",
	             "the text starts with the title (blanks aside): the text alone");
	CHECK_STR_EQ(joined("Nul", "Nulle part ailleurs", &b), "Nul\nNulle part ailleurs",
	             "the text starts with the title's letters but not its words: kept");
	CHECK_STR_EQ(joined("Nul", "Nul \xC3\xA0 chier", &b), "Nul \xC3\xA0 chier", "the title's words start the text");
	CHECK_STR_EQ(joined("Re: [PANNE] c'est nul", "Revenu.", &b), "Revenu.", "a reply's title: left out");
	CHECK_STR_EQ(joined("RE : nul", "merci", &b), "merci", "RE : (French spacing) left out");
	CHECK_STR_EQ(joined("Fwd: awful", "fine", &b), "fine", "a forward's title: left out");
	CHECK_STR_EQ(joined("Fw: awful", "fine", &b), "fine", "Fw: left out");
	CHECK_STR_EQ(joined("TR: nul", "ok", &b), "ok", "TR: left out");
	CHECK_STR_EQ(joined("Relou ce SAV", "vraiment", &b), "Relou ce SAV\nvraiment",
	             "a title that starts like Re but is a word: kept");
	CHECK_STR_EQ(joined("Re", "x", &b), "Re\nx", "Re alone, without a colon: kept");
	CHECK(!scrm_tone_title_counts(NULL, 0, "x", 1) && scrm_tone_title_counts("a", 1, "b", 1),
	      "whether a title counts, asked apart");
	scrm_buf_free(&b);
}

int main(void)
{
	test_tokens();
	test_word_end();
	test_lexicon_file();
	test_spellings();
	test_inflected_spellings();
	test_aspect_inherit();
	test_lang();
	test_number_word();
	test_analysis();
	test_title();
	test_model_file();
	return check_done();
}
