/*
 * tone_lang.c - a cheap guess between French and English for texts that
 * carry no language: count function words of each, already normalised,
 * then, for short texts that have none ("worst ISP ever"), the words each
 * lexicon knows.
 */
#include <stdlib.h>
#include <string.h>

#include "tone_impl.h"

/* Sorted, normalised (no accents) function words that are frequent and
 * rarely shared between the two languages. */
static const char *const fr_words[] = {
	"au", "aux", "avec", "c", "ce", "ces", "cest", "dans", "de", "des", "du", "elle", "en", "est",
	"et", "etait", "il", "ils", "je", "la", "le", "les", "leur", "mais", "me", "mes", "moi", "mon",
	"ne", "nous", "ou", "par", "pas", "plus", "pour", "qu", "que", "qui", "sa", "se", "ses", "son",
	"sont", "sur", "ta", "te", "tes", "toi", "ton", "tres", "tu", "un", "une", "vous", "y", "ya"
};
static const char *const en_words[] = {
	"a", "about", "all", "and", "are", "at", "be", "but", "by", "can", "do", "for", "from", "get",
	"have", "he", "i", "i'm", "in", "is", "it", "it's", "just", "my", "no", "not", "of", "on", "or",
	"so", "that", "the", "they", "this", "to", "was", "we", "what", "will", "with", "you", "your"
};

static int cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static bool in(const char *w, const char *const *list, size_t n)
{
	return bsearch(w, list, n, sizeof *list, cmp) != NULL;
}

/* Words of t that table (a language's lexicon) has an entry for. */
static int known_words(const scrm_tone_text *t, const scrm_tone_table *table)
{
	int known = 0;
	for (size_t i = 0; i < t->ntok; i++) {
		const scrm_tone_token *k = &t->tok[i];
		/* A letter alone ("l ecologie") says nothing of a language. */
		if (!(k->flags & SCRM_TOK_WORD) || k->keylen < 2)
			continue;
		const scrm_tone_entry *e = scrm_tone_table_lookup_word(table, scrm_tone_key(t, k), k->keylen, k->hash);
		known += e && (e->kind != SCRM_TERM_NONE || e->aspect >= 0);
	}
	return known;
}

scrm_tone_lang scrm_tone_guess_lang(const scrm_tone_text *t, const scrm_tone_table tables[SCRM_TONE_NLANGS],
                                    scrm_tone_lang fallback)
{
	int fr = 0, en = 0;
	for (size_t i = 0; i < t->ntok; i++) {
		const scrm_tone_token *k = &t->tok[i];
		if (k->keylen > 6 || !(k->flags & SCRM_TOK_WORD))
			continue;
		const char *w = scrm_tone_key(t, k);
		/* "à" loses its accent in the key: as written, two bytes, it is French. */
		if (k->keylen == 1 && w[0] == 'a' && k->srclen == 2) {
			fr++;
			continue;
		}
		fr += in(w, fr_words, sizeof fr_words / sizeof fr_words[0]);
		en += in(w, en_words, sizeof en_words / sizeof en_words[0]);
	}
	if (fr == en) {
		fr = known_words(t, &tables[SCRM_TONE_FR]);
		en = known_words(t, &tables[SCRM_TONE_EN]);
	}
	if (fr == en)
		return fallback;
	return fr > en ? SCRM_TONE_FR : SCRM_TONE_EN;
}
