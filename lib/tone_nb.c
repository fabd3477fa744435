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

/* The word a token stands for in features: its alias target, or its key. */
static const char *feature_word(const scrm_tone_text *t, const scrm_tone_token *k, size_t *len)
{
	if ((k->flags & SCRM_TOK_ALIASED) && k->entry) {
		*len = k->entry->keylen;
		return k->entry->key;
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
			out[n++] = mark(fnv32(SEED_CHAR, pad + j, 4), l);
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
 * Walks the tokens as both feature extraction and scoring see them: calls
 * word() for each token (with its negation state) and pair() for each
 * bigram. Negation runs from a negator to the end of its clause.
 */
typedef struct walker {
	const scrm_tone_text *t;
	unsigned l;
	scrm_tone_memo_slot *memo;   /* or NULL */
	void (*word)(struct walker *, size_t i, const char *w, size_t wl, bool neg);
	void (*pair)(struct walker *, uint32_t f);
} walker;

static void walk(walker *wk)
{
	const scrm_tone_text *t = wk->t;
	bool neg = false;
	uint16_t clause = UINT16_MAX;
	uint32_t prev = 0;
	for (size_t i = 0; i < t->ntok; i++) {
		const scrm_tone_token *k = &t->tok[i];
		if (k->clause != clause) {
			clause = k->clause;
			neg = false;
		}
		size_t wl;
		const char *w = feature_word(t, k, &wl);
		wk->word(wk, i, w, wl, neg);
		uint32_t h;
		scrm_tone_memo_slot *slot = wk->memo && !(k->flags & SCRM_TOK_ALIASED)
		                            ? scrm_tone_memo_slot_of(wk->memo, k, wk->l ? SCRM_TONE_EN : SCRM_TONE_FR)
		                            : NULL;
		if (slot && slot->wh_ready) {
			h = slot->wh;
		} else {
			h = fnv32(2166136261u, w, wl);
			if (slot) {
				slot->wh = h;
				slot->wh_ready = true;
			}
		}
		if (i > 0 && t->tok[i - 1].sentence == k->sentence)
			wk->pair(wk, bigram(prev, h, wk->l));
		prev = h;
		if (k->entry && k->entry->kind == SCRM_TERM_NEGATOR)
			neg = true;
	}
}

typedef struct collect {
	walker wk;
	uint32_t **feats;
	size_t n, *cap;
} collect;

static void collect_word(walker *wk, size_t i, const char *w, size_t wl, bool neg)
{
	collect *c = (collect *)wk;
	uint32_t f[66];
	size_t n = word_features(w, wl, wk->t->tok[i].flags & SCRM_TOK_WORD, neg, wk->l, f);
	for (size_t j = 0; j < n; j++)
		push(c->feats, &c->n, c->cap, f[j]);
}

static void collect_pair(walker *wk, uint32_t f)
{
	collect *c = (collect *)wk;
	push(c->feats, &c->n, c->cap, f);
}

size_t scrm_tone_features(const scrm_tone_text *t, scrm_tone_lang lang, uint32_t **feats, size_t *cap)
{
	collect c = { { t, lang == SCRM_TONE_EN, NULL, collect_word, collect_pair }, feats, 0, cap };
	walk(&c.wk);
	return c.n;
}

/* ---- scoring ---- */

static void add_feature(const scrm_tone_model *m, uint32_t key, double s[SCRM_TONE_NCLASSES], size_t *found)
{
	uint32_t bit = scrm_tone_filter_bit(key);
	if (!(m->filter[bit >> 6] >> (bit & 63) & 1))
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

/* Dividing by the square root of the evidence keeps long reviews from
 * looking infinitely sure of themselves. */
static void finish_scores(const double s[SCRM_TONE_NCLASSES], size_t found, double out[SCRM_TONE_NCLASSES])
{
	double norm = 1.0 / sqrt((double)found + 1.0);
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
		out[c] = s[c] * norm;
}

void scrm_tone_nb_scores(const scrm_tone_model *m, const uint32_t *feats, size_t n,
                         double out[SCRM_TONE_NCLASSES])
{
	double s[SCRM_TONE_NCLASSES] = { 0, 0, 0 };
	size_t found = 0;
	for (size_t i = 0; i < n; i++)
		add_feature(m, feats[i], s, &found);
	finish_scores(s, found, out);
}

typedef struct scorer {
	walker wk;
	const scrm_tone_model *m;
	scrm_tone_memo_slot *memo;
	double s[SCRM_TONE_NCLASSES];
	size_t found;
} scorer;

/*
 * A word's own features depend only on the word, its language and its
 * negation state: their sum is remembered per word in a direct-mapped memo,
 * which real text, whose words repeat, hits most of the time.
 */
static void score_word(walker *wk, size_t i, const char *w, size_t wl, bool neg)
{
	scorer *sc = (scorer *)wk;
	const scrm_tone_token *k = &wk->t->tok[i];
	scrm_tone_memo_slot *slot = k->flags & SCRM_TOK_ALIASED ? NULL
	                            : scrm_tone_memo_slot_of(sc->memo, k, wk->l ? SCRM_TONE_EN : SCRM_TONE_FR);
	if (slot && slot->ready[neg]) {
		for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
			sc->s[c] += slot->w[neg][c];
		sc->found += slot->found[neg];
		return;
	}
	uint32_t f[66];
	size_t n = word_features(w, wl, k->flags & SCRM_TOK_WORD, neg, wk->l, f);
	double s[SCRM_TONE_NCLASSES] = { 0, 0, 0 };
	size_t found = 0;
	for (size_t j = 0; j < n; j++)
		add_feature(sc->m, f[j], s, &found);
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
		sc->s[c] += s[c];
	sc->found += found;
	if (slot) {
		for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
			slot->w[neg][c] = (float)s[c];
		slot->found[neg] = (uint16_t)found;
		slot->ready[neg] = true;
	}
}

static void score_pair(walker *wk, uint32_t f)
{
	scorer *sc = (scorer *)wk;
	add_feature(sc->m, f, sc->s, &sc->found);
}

void scrm_tone_nb_text(const scrm_tone_model *m, scrm_tone_memo_slot *memo, const scrm_tone_text *t,
                       scrm_tone_lang lang, double out[SCRM_TONE_NCLASSES])
{
	scorer sc;
	memset(&sc, 0, sizeof sc);
	sc.wk.t = t;
	sc.wk.l = lang == SCRM_TONE_EN;
	sc.wk.memo = memo;
	sc.wk.word = score_word;
	sc.wk.pair = score_pair;
	sc.m = m;
	sc.memo = memo;
	walk(&sc.wk);
	finish_scores(sc.s, sc.found, out);
}

scrm_tone_memo_slot *scrm_tone_memo_slot_of(scrm_tone_memo_slot *memo, const scrm_tone_token *k,
                                            scrm_tone_lang lang)
{
	if (!memo || (k->flags & SCRM_TOK_ELONG))
		return NULL;
	uint64_t key = (k->hash ^ (lang == SCRM_TONE_EN ? 0x9E3779B97F4A7C15ull : 0)) | 1;
	scrm_tone_memo_slot *slot = &memo[(key >> 7) & (SCRM_TONE_MEMO_SLOTS - 1)];
	if (slot->key != key) {
		memset(slot, 0, sizeof *slot);
		slot->key = key;
	}
	return slot;
}

