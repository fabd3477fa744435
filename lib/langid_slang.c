/*
 * langid_slang.c - words of social media that tell their language where
 * the n-gram model cannot: it learnt from edited text, so chat
 * abbreviations and slang ("mdr", "ouais", "lmao", "idk") are unknown to
 * it or, worse, look like another language ("ouais" like Portuguese).
 * scrm's own list. Only words that one language uses count for one:
 * "lol", "haha", "omg", "wtf", "ok" or "bravo" turn up in every language's
 * posts and would tell nothing, or the wrong thing ("bravo" reads as
 * Armenian to the n-grams, "ok" as Polish): they are listed as neutral,
 * and a short text made of them alone is "und".
 */
#include <string.h>

#include "langid_model.h"

/* Lower case, as the scorer writes words (accented letters are two bytes); 2 to 8 bytes each. */
static const struct {
	const char *word;
	const char *lang;
} slang[] = {
	/* French */
	{ "ouais", "fr" }, { "mdr", "fr" }, { "ptdr", "fr" }, { "jpp", "fr" }, { "tkt", "fr" },
	{ "tqt", "fr" }, { "wesh", "fr" }, { "wsh", "fr" }, { "askip", "fr" }, { "oklm", "fr" },
	{ "bsx", "fr" }, { "jsp", "fr" }, { "chui", "fr" }, { "chuis", "fr" }, { "jsuis", "fr" },
	{ "jvais", "fr" }, { "jsais", "fr" }, { "frérot", "fr" }, { "frero", "fr" }, { "frr", "fr" },
	{ "relou", "fr" }, { "dsl", "fr" }, { "bcp", "fr" }, { "stp", "fr" }, { "svp", "fr" },
	{ "slt", "fr" }, { "pcq", "fr" }, { "jms", "fr" }, { "mtn", "fr" }, { "vrmt", "fr" },
	{ "ptn", "fr" }, { "bjr", "fr" }, { "bsr", "fr" }, { "mrc", "fr" }, { "tjrs", "fr" },
	{ "tjs", "fr" }, { "qqch", "fr" }, { "qqn", "fr" }, { "zarma", "fr" }, { "vazy", "fr" },
	{ "chelou", "fr" }, { "ouf", "fr" }, { "vnr", "fr" }, { "trkl", "fr" }, { "osef", "fr" },
	{ "chanmé", "fr" }, { "bof", "fr" }, { "tocard", "fr" }, { "tocards", "fr" }, { "naze", "fr" },
	{ "nazes", "fr" }, { "bouffon", "fr" }, { "bouffons", "fr" }, { "galère", "fr" }, { "marre", "fr" },
	{ "merci", "fr" }, { "bisous", "fr" }, { "coucou", "fr" },
	{ "j'", "fr" },   /* any word after "j'", "t'" or "qu'" ("j'adore", "t'aime"): see note_slang() */
	/* English */
	{ "lmao", "en" }, { "lmfao", "en" }, { "idk", "en" }, { "ikr", "en" }, { "tbh", "en" },
	{ "smh", "en" }, { "omw", "en" }, { "ngl", "en" }, { "imo", "en" }, { "imho", "en" },
	{ "thx", "en" }, { "tnx", "en" }, { "congrats", "en" }, { "yay", "en" }, { "yup", "en" },
	{ "nah", "en" }, { "gonna", "en" }, { "wanna", "en" }, { "gotta", "en" }, { "kinda", "en" },
	{ "sorta", "en" }, { "dunno", "en" }, { "y'all", "en" }, { "y\u2019all", "en" }, { "tho", "en" },
	{ "cuz", "en" }, { "bday", "en" }, { "hbd", "en" }, { "irl", "en" }, { "tmrw", "en" }, { "fml", "en" },
	{ "srsly", "en" }, { "ppl", "en" }, { "pls", "en" }, { "plz", "en" }, { "nvm", "en" }, { "hmu", "en" }, { "wyd", "en" },
	{ "brb", "en" }, { "ttyl", "en" }, { "idc", "en" }, { "tysm", "en" }, { "wth", "en" },
	/* Spanish */
	{ "jaja", "es" }, { "jajaja", "es" }, { "jajajaja", "es" }, { "jeje", "es" }, { "jejeje", "es" },
	{ "gracias", "es" }, { "hola", "es" }, { "xq", "es" }, { "tmb", "es" }, { "porfa", "es" }, { "wey", "es" },
	{ "osea", "es" }, { "xfa", "es" },
	/* Portuguese */
	{ "obrigado", "pt" }, { "obrigada", "pt" }, { "vc", "pt" }, { "vcs", "pt" }, { "blz", "pt" },
	{ "obg", "pt" }, { "vdd", "pt" }, { "tbm", "pt" }, { "mto", "pt" }, { "tlgd", "pt" }, { "vlw", "pt" }, { "oq", "pt" },
	/* German */
	{ "danke", "de" }, { "digga", "de" }, { "vllt", "de" }, { "hdl", "de" }, { "bzw", "de" },
	/* Italian */
	{ "grazie", "it" }, { "cmq", "it" }, { "xke", "it" }, { "xché", "it" }, { "tvb", "it" }, { "raga", "it" },
	{ "boh", "it" },
	/* Dutch */
	{ "bedankt", "nl" }, { "idd", "nl" }, { "wss", "nl" }, { "mss", "nl" }, { "iig", "nl" }, { "gwn", "nl" },
	{ "ofz", "nl" }, { "gvd", "nl" },
	/* Every language's */
	{ "lol", "" }, { "lool", "" }, { "loool", "" }, { "haha", "" }, { "hahaha", "" }, { "hahahaha", "" },
	{ "hehe", "" }, { "hihi", "" }, { "omg", "" }, { "wtf", "" }, { "xd", "" }, { "xdd", "" },
	{ "ok", "" }, { "okay", "" }, { "oki", "" }, { "okk", "" }, { "bravo", "" }, { "wow", "" },
	{ "waw", "" }, { "hello", "" }, { "hey", "" }, { "cool", "" }, { "top", "" },
	{ "super", "" }, { "hallo", "" },
};

#define NSLANG (sizeof slang / sizeof slang[0])
_Static_assert(8 * NSLANG <= SCRM_LANGID_SLANG_SLOTS, "the slang table stays an eighth full at most");

void scrm_langid_slang_index(scrm_langid *m)
{
	memset(m->slang_key, 0, sizeof m->slang_key);
	memset(m->slang_filter, 0, sizeof m->slang_filter);
	for (size_t i = 0; i < NSLANG; i++) {
		size_t lang = 0;
		while (lang < m->nlangs && strcmp(m->codes[lang], slang[i].lang) != 0)
			lang++;
		if (!*slang[i].lang)
			lang = SCRM_LANGID_NEUTRAL;
		else if (lang == m->nlangs)
			continue;   /* a model without the language (make langid-model LANGS=...) */
		size_t n = strlen(slang[i].word);
		if (n < 2 || n > 8)
			continue;   /* the scorer looks up words of 2 to 8 bytes only */
		uint64_t key = scrm_langid_word_key((const unsigned char *)slang[i].word, n);
		size_t h = scrm_langid_slang_home(key);
		while (m->slang_key[h] != 0)
			h = (h + 1) & (SCRM_LANGID_SLANG_SLOTS - 1);
		m->slang_key[h] = key;
		m->slang_lang[h] = (uint8_t)lang;
		unsigned bit = scrm_langid_slang_filter_bit(key, n);
		m->slang_filter[bit / 64] |= UINT64_C(1) << (bit % 64);
	}
}
