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

static void test_lexicon_file(void)
{
	char path[] = "/tmp/test_tone_lex.XXXXXX";
	int fd = mkstemp(path);
	const char *text = "# comment\n\ndéçu\tv\t-2.5\npas terrible\tv\t-1.6\ntrès\tb\t0.293\ntjrs\t=\ttoujours\nbof\tq\n";
	CHECK(fd >= 0 && write(fd, text, strlen(text)) == (ssize_t)strlen(text), "write temp lexicon");
	close(fd);
	scrm_tone_table table;
	scrm_tone_table_init(&table);
	scrm_tone_table *tables[1] = { &table };
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(!scrm_tone_lexicon_read(tables, 1, path, &err), "bad kind rejected");
	char want[256];
	snprintf(want, sizeof want, "%s:7: unknown kind (expected v, b, n, c, i, s or =)", path);
	CHECK_STR_EQ(err.data, want, "error names file and line");
	const scrm_tone_entry *e = scrm_tone_table_lookup_word(&table, "decues", 6, scrm_tone_hash("decues", 6));
	CHECK(e && e->kind == SCRM_TERM_VALENCE && e->value == -2.5f, "déçues found through déçu");
	e = scrm_tone_table_find(&table, "pas", 3, scrm_tone_hash("pas", 3));
	CHECK(e && e->phrase_start && e->kind == SCRM_TERM_NONE, "phrase start marked");
	e = scrm_tone_table_find(&table, "tres", 4, scrm_tone_hash("tres", 4));
	CHECK(e && e->kind == SCRM_TERM_BOOSTER, "accented term found without accent");
	e = scrm_tone_table_find(&table, "tjrs", 4, scrm_tone_hash("tjrs", 4));
	CHECK(e && e->kind == SCRM_TERM_ALIAS && e->alias && strcmp(e->alias->key, "toujours") == 0, "alias");
	unlink(path);
	scrm_tone_table_free(&table);
	scrm_buf_free(&err);
}

static void test_lang(void)
{
	scrm_tone_lang l = SCRM_TONE_EN;
	CHECK(scrm_tone_lang_parse("fr-CA", 5, &l) && l == SCRM_TONE_FR, "fr-CA is French");
	CHECK(scrm_tone_lang_parse("EN", 2, &l) && l == SCRM_TONE_EN, "EN is English");
	CHECK(!scrm_tone_lang_parse("de", 2, &l) && !scrm_tone_lang_parse("fra", 3, &l), "others refused");
	scrm_tone_text t;
	scrm_tone_text_init(&t);
	const char *fr = "je ne suis pas content de la livraison", *en = "this is not what I ordered";
	scrm_tone_tokenize(&t, fr, strlen(fr));
	CHECK(scrm_tone_guess_lang(&t, SCRM_TONE_EN) == SCRM_TONE_FR, "French guessed");
	scrm_tone_tokenize(&t, en, strlen(en));
	CHECK(scrm_tone_guess_lang(&t, SCRM_TONE_FR) == SCRM_TONE_EN, "English guessed");
	scrm_tone_tokenize(&t, "super", 5);
	CHECK(scrm_tone_guess_lang(&t, SCRM_TONE_EN) == SCRM_TONE_EN, "tie: the fallback");
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
	/* Nothing that carries tone: 0, neutral. */
	CHECK(strstr(analyse(e, "le colis", &b), "\"score\":0,\"label\":\"neutral\"") != NULL, "no tone: 0 neutral");
	CHECK(strstr(b.data, "\"delivery\":{\"score\":0,\"label\":\"neutral\"}") != NULL, "aspect named, no tone");
	analyse(e, "connard", &b);
	CHECK(strstr(b.data, "\"aggressive\":true,\"aggressive_terms\":[\"connard\"]") != NULL, "insult");
	analyse(e, "VOUS ETES VRAIMENT NULS ET HORRIBLES", &b);
	CHECK(strstr(b.data, "\"aggressive\":true,\"aggressive_terms\":[\"(shouting)\"]") != NULL, "shouting");
	analyse(e, "JE VOUS ADORE VRAIMENT", &b);
	CHECK(strstr(b.data, "\"aggressive\":false") != NULL, "positive capitals are not aggressive");
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

int main(void)
{
	test_tokens();
	test_lexicon_file();
	test_lang();
	test_analysis();
	test_model_file();
	return check_done();
}
