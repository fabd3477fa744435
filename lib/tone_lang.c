/*
 * tone_lang.c - a cheap guess between French and English for texts that
 * carry no language: count function words of each, already normalised,
 * and words written with French accents, then, for short texts that have
 * neither ("worst ISP ever"), the words each lexicon knows.
 */
#include <stdlib.h>
#include <string.h>

#include "tone_impl.h"

/* Sorted, normalised (no accents) function words that are frequent and
 * rarely shared between the two languages, none longer than LONGEST
 * (English "a" stays English, though French "il a" has it: on the train
 * splits it decides more English texts than it misleads French ones). */
static const char *const fr_words[] = {
	"ai", "alors", "apres", "au", "aussi", "aux", "avait", "avant", "avec", "avez", "avoir", "avons",
	"beaucoup", "c", "ca", "ce", "cela", "ces", "cest", "cette", "chez", "comme", "dans", "de", "deja",
	"depuis", "des", "donc", "du", "elle", "en", "encore", "est", "et", "etait", "ete", "etre", "eux",
	"faire", "fait", "faut", "ici", "il", "ils", "je", "la", "le", "les", "leur", "lui", "ma", "mais",
	"me", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "ont", "ou", "par", "parce", "pas", "peu",
	"peut", "plus", "pour", "pourquoi", "qu", "quand", "que", "qui", "quoi", "sa", "sans", "se", "ses",
	"son", "sont", "suis", "sur", "ta", "te", "tes", "toi", "ton", "toujours", "tous", "tout", "toute",
	"tres", "tu", "un", "une", "va", "vais", "veux", "vos", "votre", "vous", "y", "ya"
};
static const char *const en_words[] = {
	"a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "but",
	"by", "can", "can't", "cant", "could", "didn't", "do", "doesn't", "don't", "dont", "for", "from",
	"get", "going", "got", "had", "has", "have", "he", "how", "i", "i'll", "i'm", "i've", "if", "im",
	"in", "is", "isn't", "it", "it's", "its", "just", "my", "no", "not", "of", "on", "or", "our", "out",
	"really", "should", "so", "some", "than", "that", "that's", "the", "their", "them", "then", "there",
	"there's", "they", "this", "to", "tonight", "up", "us", "very", "was", "wasn't", "we", "were",
	"what", "what's", "when", "which", "who", "why", "will", "with", "won't", "would", "you", "you're",
	"your"
};
enum { LONGEST = 8 };   /* "beaucoup", "pourquoi", "toujours" */

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

/*
 * Whether a word as written holds a small letter with one of French's
 * accents (é, è, ê, à, ç, ù, î, ô, œ...) and starts with no capital: names
 * keep their accents in English texts too ("thanks Chloé").
 */
static bool french_accent(const unsigned char *w, size_t n)
{
	/* The capitals of U+00C0..U+00DE are 0xC3 0x80..0x9E. */
	if ((w[0] >= 'A' && w[0] <= 'Z') || (n >= 2 && w[0] == 0xC3 && w[1] < 0xA0))
		return false;
	for (size_t i = 0; i + 1 < n; i++) {
		if (w[i] == 0xC5 && w[i + 1] == 0x93)
			return true;
		if (w[i] != 0xC3)
			continue;
		switch (w[i + 1]) {
		case 0xA0: case 0xA2: case 0xA7: case 0xA8: case 0xA9: case 0xAA: case 0xAB:
		case 0xAE: case 0xAF: case 0xB4: case 0xB9: case 0xBB:
			return true;
		}
	}
	return false;
}

scrm_tone_lang scrm_tone_guess_lang(const scrm_tone_text *t, const char *text,
                                    const scrm_tone_table tables[SCRM_TONE_NLANGS], scrm_tone_lang fallback)
{
	int fr = 0, en = 0;
	for (size_t i = 0; i < t->ntok; i++) {
		const scrm_tone_token *k = &t->tok[i];
		if (!(k->flags & SCRM_TOK_WORD))
			continue;
		const char *w = scrm_tone_key(t, k);
		/* Keys lose their accents: "coupé" is French as written, and so
		 * is "à" (two bytes), even as a capital, which the key makes "a". */
		if ((k->keylen == 1 && w[0] == 'a' && k->srclen == 2) ||
		    french_accent((const unsigned char *)text + k->src, k->srclen)) {
			fr++;
			continue;
		}
		if (k->keylen > LONGEST)
			continue;
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
