/*
 * tone_nb.c - the naive Bayes side of the tone engine: the features of a
 * text (words, negated words, word pairs, character 4-grams) and their
 * scores under a model, with a per-word memo for speed.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

/* ---- features ---- */

static uint32_t fnv32(uint32_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* A feature's low bit says its language, so that training can keep
 * per-language class totals (0 stays free: it marks empty slots). */
static uint32_t mark(uint32_t h, unsigned lang)
{
	h = (h & ~1u) | lang;
	return h ? h : 2;
}

static void push(uint32_t **feats, size_t *n, size_t *cap, uint32_t h)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		*feats = scrm_xrealloc(*feats, *cap * sizeof **feats);
	}
	(*feats)[(*n)++] = h;
}

#define SEED_WORD 2166136261u
#define SEED_NEG 0x9747b28cu
#define SEED_BIGRAM 0x2545f491u
#define SEED_CHAR 0x68e31da4u
#define SEED_CHAR_NEG 0x3b9f0c57u

/*
 * A phrase of the lexicon with a valence ("pas mal", "pas terrible", "hung
 * up on me") is one feature, and its words none: read word by word, the
 * model takes the "mal" of "pas mal" for blame.
 */
static inline bool whole_phrase(const scrm_tone_token *k)
{
	return k->span > 1 && (k->kind == SCRM_TERM_VALENCE || k->kind == SCRM_TERM_INSULT);
}

/* The word a token stands for in features: its alias target or its phrase, or its key. */
static const char *feature_word(const scrm_tone_text *t, const scrm_tone_token *k, size_t *len)
{
	if (((k->flags & SCRM_TOK_ALIASED) || whole_phrase(k)) && k->entry) {
		/* A phrase spelt with an alias is its phrase's feature: "tjrs pas" is "toujours pas". */
		const scrm_tone_entry *e = k->entry->derived ? k->entry->alias : k->entry;
		*len = e->keylen;
		return e->key;
	}
	*len = k->keylen;
	return scrm_tone_key(t, k);
}

/*
 * A word's own features: the word (or, after a negator, the negated word)
 * and the character 4-grams of " word ", which catch spelling variants and
 * word families. out has room for 66.
 */
static size_t word_features(const char *w, size_t wl, bool letters, bool neg, unsigned l, uint32_t *out)
{
	size_t n = 0;
	out[n++] = mark(fnv32(neg ? SEED_NEG : SEED_WORD, w, wl), l);
	if (letters && wl >= 3 && wl < 64) {
		char pad[66];
		pad[0] = ' ';
		memcpy(pad + 1, w, wl);
		pad[wl + 1] = ' ';
		for (size_t j = 0; j + 4 <= wl + 2; j++)
			out[n++] = mark(fnv32(neg ? SEED_CHAR_NEG : SEED_CHAR, pad + j, 4), l);
	}
	return n;
}

/* Bigram of two adjacent words of a sentence, from their plain hashes. */
static uint32_t bigram(uint32_t a, uint32_t b, unsigned l)
{
	uint32_t h = (a * 0x9E3779B1u) ^ (b + SEED_BIGRAM + (a << 6) + (a >> 2));
	return mark(h * 0x85EBCA6Bu ^ (h >> 13), l);
}

/*
 * The features of a text, in the order scoring meets them: for each token,
 * its own features (with its negation state), then the bigram it closes.
 * Negation runs from a negator to the end of its clause.
 * scrm_tone_nb_text() below walks the tokens the same way.
 */
size_t scrm_tone_features(const scrm_tone_text *t, scrm_tone_lang lang, uint32_t **feats, size_t *cap)
{
	unsigned l = lang == SCRM_TONE_EN;
	size_t nf = 0;
	bool neg = false;
	uint16_t clause = UINT16_MAX;
	uint32_t prev = 0;
	bool in_phrase = false;
	for (size_t i = 0; i < t->ntok; i++) {
		const scrm_tone_token *k = &t->tok[i];
		if (k->clause != clause) {
			clause = k->clause;
			neg = false;
		}
		if (k->span == 0 && in_phrase)
			continue;
		in_phrase = whole_phrase(k);
		size_t wl;
		const char *w = feature_word(t, k, &wl);
		uint32_t f[66];
		size_t n = word_features(w, wl, (k->flags & SCRM_TOK_WORD) && !in_phrase, neg, l, f);
		for (size_t j = 0; j < n; j++)
			push(feats, &nf, cap, f[j]);
		uint32_t h = fnv32(SEED_WORD, w, wl);
		if (i > 0 && t->tok[i - 1].sentence == k->sentence)
			push(feats, &nf, cap, bigram(prev, h, l));
		prev = h;
		if (k->kind == SCRM_TERM_NEGATOR)
			neg = true;
	}
	return nf;
}

/* ---- scoring ---- */

/* Adds a feature's weights to s, and counts it in found, when wanted and
 * the model has it; the two tests make one branch. */
static inline void add_feature_if(const scrm_tone_model *m, uint32_t key, bool wanted,
                                  double s[SCRM_TONE_NCLASSES], size_t *found)
{
	uint32_t bit = scrm_tone_filter_bit(key);
	if (!((m->filter[bit >> 6] >> (bit & 63)) & wanted))
		return;
	size_t mask = m->nslots - 1;
	for (size_t i = scrm_tone_model_home(key, mask);; i = (i + 1) & mask) {
		if (m->keys[i] == key) {
			++*found;
			for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
				s[c] += m->w[i][c];
			return;
		}
		if (m->keys[i] == 0)
			return;
	}
}

static inline void add_feature(const scrm_tone_model *m, uint32_t key, double s[SCRM_TONE_NCLASSES],
                               size_t *found)
{
	add_feature_if(m, key, true, s, found);
}

/* Dividing by the square root of the evidence keeps long reviews from
 * looking infinitely sure of themselves. */
static void finish_scores(const double s[SCRM_TONE_NCLASSES], size_t found, double out[SCRM_TONE_NCLASSES + 1])
{
	double norm = 1.0 / sqrt((double)found + 1.0);
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
		out[c] = s[c] * norm;
	out[SCRM_TONE_NCLASSES] = norm;
}

void scrm_tone_nb_scores(const scrm_tone_model *m, const uint32_t *feats, size_t n,
                         double out[SCRM_TONE_NCLASSES + 1])
{
	double s[SCRM_TONE_NCLASSES] = { 0, 0, 0 };
	size_t found = 0;
	for (size_t i = 0; i < n; i++)
		add_feature(m, feats[i], s, &found);
	finish_scores(s, found, out);
}

/*
 * The scores scrm_tone_nb_scores() would give for scrm_tone_features(), in
 * one loop: scoring runs on every record, so it takes each token's memo
 * slot once. A word's own features depend only on the word, its language
 * and its negation state: their sum is remembered per word in a
 * direct-mapped memo, which real text, whose words repeat, hits most of
 * the time. Sums are added in the same order as scrm_tone_nb_scores()
 * would, word before pair.
 */
void scrm_tone_nb_text(const scrm_tone_model *m, scrm_tone_memo_slot *memo, const scrm_tone_text *t,
                       scrm_tone_lang lang, double out[SCRM_TONE_NCLASSES + 1])
{
	double s[SCRM_TONE_NCLASSES] = { 0, 0, 0 };
	size_t found = 0;
	unsigned l = lang == SCRM_TONE_EN;
	bool neg = false;
	uint16_t clause = UINT16_MAX;
	uint32_t prev = 0, prev_sentence = UINT32_MAX;
	bool in_phrase = false;
	for (size_t i = 0; i < t->ntok; i++) {
		const scrm_tone_token *k = &t->tok[i];
		/* Without a branch: clauses end at no word a predictor could learn. */
		neg &= k->clause == clause;
		clause = k->clause;
		if (k->span == 0 && in_phrase)
			continue;
		in_phrase = whole_phrase(k);
		scrm_tone_memo_slot *slot = (k->flags & SCRM_TOK_ALIASED) || in_phrase ? NULL : scrm_tone_memo_of(memo, k, lang);
		size_t wl = 0;
		const char *w = NULL;
		if (slot && (slot->ready >> neg & 1)) {
			for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
				s[c] += slot->w[neg][c];
			found += slot->found[neg];
		} else {
			w = feature_word(t, k, &wl);
			uint32_t f[66];
			size_t n = word_features(w, wl, (k->flags & SCRM_TOK_WORD) && !in_phrase, neg, l, f);
			double ws[SCRM_TONE_NCLASSES] = { 0, 0, 0 };
			size_t wfound = 0;
			for (size_t j = 0; j < n; j++)
				add_feature(m, f[j], ws, &wfound);
			/* Rounded as the memo keeps them: a text scores the same
			 * whether its words were remembered or not. Through a
			 * volatile float, as a cast is not enough: GCC 12, with
			 * link-time optimisation and profile feedback, vectorised
			 * this sum and left the rounding out of two of its lanes
			 * (the score of a text then moved in its last digit with
			 * what came before it). */
			for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
				volatile float rounded = (float)ws[c];
				s[c] += rounded;
			}
			found += wfound;
			if (slot) {
				for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
					slot->w[neg][c] = (float)ws[c];
				slot->found[neg] = (uint8_t)wfound;   /* at most 66 */
				slot->ready |= (uint8_t)(1u << neg);
			}
		}
		uint32_t h;
		if (slot && slot->wh_ready) {
			h = slot->wh;
		} else {
			if (!w)
				w = feature_word(t, k, &wl);
			h = fnv32(SEED_WORD, w, wl);
			if (slot) {
				slot->wh = h;
				slot->wh_ready = true;
			}
		}
		/* A pair inside a sentence: asked with the model's filter in one test. */
		add_feature_if(m, bigram(prev, h, l), prev_sentence == k->sentence, s, &found);
		prev = h;
		prev_sentence = k->sentence;
		neg |= k->kind == SCRM_TERM_NEGATOR;
	}
	finish_scores(s, found, out);
}
