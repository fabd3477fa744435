/*
 * tone_spellings.c - the spellings of lexicon phrases with an alias for
 * some of their words ("tjrs pas" for "toujours pas", "marche pa" for
 * "marche pas"), added as entries of their own. Phrases are matched on the
 * words as written, and aliases resolved word by word: without these
 * entries a phrase written with an SMS spelling inside would be read word
 * by word. French phrases also get the feminine and plural of their last
 * word ("jamais arrivée" for "jamais arrivé", "trop chers" for "trop
 * cher"), as words are inflected at lookup, and their participles spelt
 * as the infinitive that sounds the same ("jamais arriver"). Built once
 * the lexicons are read, so nothing is spent per text.
 */
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

/* Spellings made per phrase at most: the product of its words' aliases
 * ("merci beaucoup" has twelve), bounded against a lexicon of many. */
#define SPELLINGS_MAX 64
#define WORD_CHOICES 8    /* a word as written and seven aliases of it at most */

/* One alias of one word for one word: from's key stands for to's. */
typedef struct word_alias {
	const scrm_tone_entry *from, *to;
} word_alias;

static bool one_word(const scrm_tone_entry *e)
{
	return !memchr(e->key, ' ', e->keylen);
}

/* Whether e is an alias of one word for another one word. */
static bool is_word_alias(const scrm_tone_entry *e)
{
	return e->kind == SCRM_TERM_ALIAS && e->alias && e->alias->keylen && one_word(e) && one_word(e->alias) &&
	       (e->keylen != e->alias->keylen || memcmp(e->key, e->alias->key, e->keylen) != 0);
}

/* Whether e is a phrase that says something or names an aspect, given by
 * a lexicon or an aspects file (not a spelling made here). */
static bool source_phrase(const scrm_tone_entry *e)
{
	return !e->derived && !one_word(e) && e->kind != SCRM_TERM_ALIAS &&
	       (e->kind != SCRM_TERM_NONE || e->aspect >= 0);
}

/*
 * Gives e what p says: its kind, value, aspect and the flags a lexicon
 * line or an aspects file sets. The one place that lists them, so that a
 * spelling says all its phrase says (a flag left out here was lost on
 * "pr le reste", the SMS spelling of the aside "pour le reste").
 */
static void say_as(scrm_tone_entry *e, const scrm_tone_entry *p)
{
	e->kind = p->kind;
	e->value = p->value;
	e->aspect = p->aspect;
	e->negates_before = p->negates_before;
	e->expletive = p->expletive;
	e->laughter = p->laughter;
	e->wanted = p->wanted;
	e->aside = p->aside;
}

/* A spelling of the last call forgets what it said: remade below if its phrase still says it. */
static void forget_spellings(scrm_tone_table *t)
{
	static const scrm_tone_entry nothing = { .kind = SCRM_TERM_NONE, .aspect = -1 };

	for (size_t s = 0; s < t->nslots; s++) {
		scrm_tone_entry *e = t->slots[s].entry;
		if (e && e->derived) {
			say_as(e, &nothing);
			e->alias = NULL;
		}
	}
}

/* The words of key (spaces between) into w and n; returns their number. */
static size_t split_words(const char *key, size_t len, const char *w[SCRM_TONE_PHRASE_WORDS],
                          size_t n[SCRM_TONE_PHRASE_WORDS])
{
	size_t k = 0;
	for (size_t i = 0; i < len && k < SCRM_TONE_PHRASE_WORDS;) {
		const char *space = memchr(key + i, ' ', len - i);
		size_t end = space ? (size_t)(space - key) : len;
		w[k] = key + i;
		n[k++] = end - i;
		i = end + 1;
	}
	return k;
}

/* Gives the spelling key[0..len) of phrase p what p says, unless a lexicon line gave it already. */
static void add_spelling(scrm_tone_table *t, const scrm_tone_entry *p, const char *key, size_t len)
{
	scrm_tone_entry *e = scrm_tone_table_get(t, key, len);
	if (e->given_in && !e->derived)
		return;
	e->derived = true;
	e->alias = p;   /* what it spells: the naive Bayes feature is the phrase's */
	say_as(e, p);
	scrm_tone_table_mark_phrase(t, key, len);
}

/* Adds the spellings of phrase p. Entries and keys live in the table's
 * arena, which never moves them as the table grows. */
static void spell_phrase(scrm_tone_table *t, const scrm_tone_entry *p, const word_alias *aliases, size_t naliases,
                         scrm_buf *out)
{
	const char *w[SCRM_TONE_PHRASE_WORDS];
	size_t n[SCRM_TONE_PHRASE_WORDS];
	size_t nw = split_words(p->key, p->keylen, w, n);
	/* Each word's choices: itself (index naliases), then its aliases. */
	size_t choice[SCRM_TONE_PHRASE_WORDS][WORD_CHOICES], nchoice[SCRM_TONE_PHRASE_WORDS], total = 1;
	for (size_t i = 0; i < nw; i++) {
		nchoice[i] = 0;
		choice[i][nchoice[i]++] = naliases;
		for (size_t a = 0; a < naliases && nchoice[i] < WORD_CHOICES; a++)
			if (aliases[a].to->keylen == n[i] && memcmp(aliases[a].to->key, w[i], n[i]) == 0)
				choice[i][nchoice[i]++] = a;
		total *= nchoice[i];
	}
	if (total == 1 || total > SPELLINGS_MAX)
		return;
	/* Every combination but the phrase itself (all zeros), counted like an odometer. */
	size_t at[SCRM_TONE_PHRASE_WORDS] = { 0 };
	for (size_t c = 1; c < total; c++) {
		for (size_t i = nw; i-- > 0;) {
			if (++at[i] < nchoice[i])
				break;
			at[i] = 0;
		}
		scrm_buf_clear(out);
		for (size_t i = 0; i < nw; i++) {
			if (i)
				scrm_buf_putc(out, ' ');
			size_t a = choice[i][at[i]];
			if (a == naliases)
				scrm_buf_append(out, w[i], n[i]);
			else
				scrm_buf_append(out, aliases[a].from->key, aliases[a].from->keylen);
		}
		add_spelling(t, p, out->data, out->len);
	}
}

/* The endings a French phrase's last word may take: feminine, plural,
 * both, and the plural in x ("beaux"); the letters that
 * scrm_tone_table_lookup_word() takes off a word, and only where it would
 * (an inflected word of five letters or more: "male" is not "mal"). */
#define INFLECTED_MIN 5

/* Whether a word (without accents) may take ending: no plural on a
 * plural ("mauvais", "prix"), x only after "au" and "eu" ("beaux"). */
static bool may_take(const char *w, size_t n, const char *ending)
{
	char last = n ? w[n - 1] : '\0';
	if (ending[0] == 'x')
		return n >= 2 && (w[n - 2] == 'a' || w[n - 2] == 'e') && last == 'u';
	if (strcmp(ending, "e") != 0)
		return last != 's' && last != 'x';
	return true;
}

/* Adds the spellings of phrase p with its last word inflected. */
static void inflect_phrase(scrm_tone_table *t, const scrm_tone_entry *p, scrm_buf *out)
{
	static const char *const endings[] = { "e", "s", "es", "x" };
	size_t last = scrm_tone_last_word(p->key, p->keylen);
	for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
		size_t n = strlen(endings[i]);
		if (p->keylen - last + n < INFLECTED_MIN || !may_take(p->key + last, p->keylen - last, endings[i]))
			continue;
		scrm_buf_clear(out);
		scrm_buf_append(out, p->key, p->keylen);
		scrm_buf_append(out, endings[i], n);
		add_spelling(t, p, out->data, out->len);
	}
}

/* The shortest participle key spelt as its infinitive ("raté", "rater"). */
#define PARTICIPLE_MIN 4

/*
 * French writers often spell a past participle as its infinitive, the two
 * sounding the same: "colis jamais arriver", "on m'a facturer 2 fois",
 * "colis arriver abimer". Keys carry no accents, so the words of a phrase
 * whose key ends in e ("arrive" for "arrivé") are spelt with an r after
 * them, in every combination. Feminine and plural participles sound the
 * same too, but the infinitive is spelt after the masculine. Only in
 * phrases: a word alone would take an infinitive's request for an event
 * ("il faut réparer", "refuse de rembourser"). Not after an "a" that opens
 * the phrase: keys lose the accent of "à", and "a géré" as "a gérer" would
 * read "pas évident à gérer" ("facture a augmenter" has its subject).
 */
static void spell_infinitives(scrm_tone_table *t, const scrm_tone_entry *p, scrm_buf *out)
{
	const char *w[SCRM_TONE_PHRASE_WORDS];
	size_t n[SCRM_TONE_PHRASE_WORDS];
	size_t nw = split_words(p->key, p->keylen, w, n);
	unsigned participles = 0;   /* bit i: word i may be spelt as an infinitive */
	for (size_t i = 0; i < nw; i++)
		if (n[i] >= PARTICIPLE_MIN && w[i][n[i] - 1] == 'e' && w[i][n[i] - 2] != 'e' &&
		    !(i == 1 && n[0] == 1 && w[0][0] == 'a'))
			participles |= 1u << i;
	/* Every non-empty subset of the participles, as a submask walk. */
	for (unsigned set = participles; set; set = (set - 1) & participles) {
		scrm_buf_clear(out);
		for (size_t i = 0; i < nw; i++) {
			if (i)
				scrm_buf_putc(out, ' ');
			scrm_buf_append(out, w[i], n[i]);
			if (set & 1u << i)
				scrm_buf_putc(out, 'r');
		}
		add_spelling(t, p, out->data, out->len);
	}
}

static void add_table_spellings(scrm_tone_table *t, bool french)
{
	forget_spellings(t);
	/* The aliases and the phrases first: adding spellings moves the slots. */
	word_alias *aliases = scrm_xcalloc(t->count + 1, sizeof *aliases);
	const scrm_tone_entry **phrases = scrm_xcalloc(t->count + 1, sizeof *phrases);
	size_t naliases = 0, nphrases = 0;
	for (size_t s = 0; s < t->nslots; s++) {
		const scrm_tone_entry *e = t->slots[s].entry;
		if (!e)
			continue;
		if (is_word_alias(e))
			aliases[naliases++] = (word_alias){ e, e->alias };
		else if (source_phrase(e))
			phrases[nphrases++] = e;
	}
	scrm_buf out = SCRM_BUF_INIT;
	for (size_t i = 0; naliases && i < nphrases; i++)
		spell_phrase(t, phrases[i], aliases, naliases, &out);
	for (size_t i = 0; french && i < nphrases; i++) {
		inflect_phrase(t, phrases[i], &out);
		spell_infinitives(t, phrases[i], &out);
	}
	scrm_buf_free(&out);
	free(aliases);
	free(phrases);
}

void scrm_tone_phrases_add_spellings(scrm_tone_table **tables, size_t ntables)
{
	for (size_t i = 0; i < ntables; i++)
		add_table_spellings(tables[i], i == SCRM_TONE_FR);
}
