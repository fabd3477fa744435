/*
 * tone_words.c - the tone engine's cache of spellings already tokenised
 * (see tone_impl.h), owned by the engine and handed to the tokenizer, and
 * the tokenizer's way through it: find where a plain word ends, look its
 * spelling up, copy the token or tokenise it and remember it.
 */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "msg.h"
#include "tone_chars.h"
#include "tone_impl.h"

scrm_tone_words *scrm_tone_words_new(void)
{
	scrm_tone_words *w = scrm_xcalloc(1, sizeof *w);
	w->slot = aligned_alloc(_Alignof(scrm_tone_word), SCRM_TONE_WORD_SLOTS * sizeof *w->slot);
	if (!w->slot)
		scrm_die(SCRM_EXIT_IO, "out of memory (tone word cache)");
	scrm_tone_words_clear(w);
	return w;
}

void scrm_tone_words_free(scrm_tone_words *w)
{
	if (!w)
		return;
	free(w->slot);
	free(w);
}

/* Loading files clears the cache several times before any text: the
 * emptying waits for the first text. */
void scrm_tone_words_clear(scrm_tone_words *w)
{
	w->stale = true;
}

void scrm_tone_words_next_text(scrm_tone_words *w)
{
	/* Serial 0 marks empty slots: on wrapping, start afresh. */
	if (w->stale || ++w->text == 0) {
		memset(w->slot, 0, SCRM_TONE_WORD_SLOTS * sizeof *w->slot);
		w->stale = false;
		w->text = 1;
	}
}

/*
 * Remembers the token k (key at key) for a spelling; returns the entry, or
 * NULL when the slot serves another spelling of the same text.
 */
static scrm_tone_word *add(scrm_tone_words *w, const uint64_t raw[3], size_t n, size_t home,
                           const scrm_tone_token *k, const char *key)
{
	scrm_tone_word *e = &w->slot[home];
	/* A token of this text may point at the entry: keep it until the next. */
	if (e->text == w->text || n > SCRM_TONE_WORD_MAX || k->keylen > SCRM_TONE_WORD_MAX)
		return NULL;
	memset(e, 0, sizeof *e);
	memcpy(e->raw, raw, sizeof e->raw);
	e->rawlen = (uint8_t)n;
	e->hash = k->hash;
	e->text = w->text;
	e->keylen = (uint8_t)k->keylen;
	e->flags = k->flags;
	memcpy(e->key, key, k->keylen);
	return e;
}

/* The slot index of a spelling loaded, zero-padded, into raw. */
static inline size_t home_raw(const uint64_t raw[3], size_t n)
{
	uint64_t h = (raw[0] * 0x9E3779B97F4A7C15ull) ^ (raw[1] * 0xC2B2AE3D27D4EB4Full) ^
	             (raw[2] * 0x165667B19E3779F9ull) ^ n;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ull;
	return (size_t)(h >> (64 - SCRM_TONE_WORD_LOG2));
}

/*
 * The spelling s[0..n) (n <= SCRM_TONE_WORD_MAX) loaded into raw, zero-padded,
 * and its slot index. s must be readable for SCRM_TONE_WORD_MAX + 1 bytes
 * (the tokenizer's padded copy of the text): whole words are loaded and
 * masked, which a byte copy followed by word loads would stall on.
 */
static inline size_t home_of(const char *s, size_t n, uint64_t raw[3])
{
	for (size_t w = 0; w < 3; w++) {
		uint64_t v;
		memcpy(&v, s + 8 * w, 8);
		size_t have = n > 8 * w ? n - 8 * w : 0;
		raw[w] = have >= 8 ? v : v & ((UINT64_C(1) << (8 * have)) - 1);
	}
	return home_raw(raw, n);
}

/* The cached entry for a spelling (raw and home from home_of()), or NULL. */
static inline scrm_tone_word *find(scrm_tone_words *w, const uint64_t raw[3], size_t n,
                                                   size_t home)
{
	scrm_tone_word *e = &w->slot[home];
	if (e->rawlen != n || e->raw[0] != raw[0] || e->raw[1] != raw[1] || e->raw[2] != raw[2] || !e->text)
		return NULL;
	e->text = w->text;
	return e;
}

/*
 * Whether the character at p[j] (j < n) ends the word before it whatever
 * follows: scrm_tone_word_token() stops there without looking further. Not so for
 * letters, digits and apostrophes, which may continue the word, nor for
 * the marks it skips inside a word (but a zero-width joiner ends it).
 */
static bool ends_word_alone(const unsigned char *p, size_t n, size_t j)
{
	if (p[j] < 0x80) {
		enum cls c = ascii_class[p[j]];
		return c != C_LETTER && c != C_DIGIT && c != C_APOS;
	}
	uint32_t cp;
	decode(p + j, n - j, &cp);
	enum cls c = classify(cp);
	return c != C_LETTER && c != C_DIGIT && c != C_APOS && (c != C_SKIP || cp == 0x200D);
}

/*
 * The end of the word at p[i] when its token depends on its own bytes
 * alone, so that the word cache may keep it: ASCII digits, ASCII and Latin-1 letters, at
 * most SCRM_TONE_WORD_MAX bytes, then the end of the text or a character
 * that ends it alone (ends_word_alone()). 0 otherwise.
 */
static size_t plain_word_end(const unsigned char *p, size_t n, size_t i)
{
	size_t j = i, max = i + SCRM_TONE_WORD_MAX < n ? i + SCRM_TONE_WORD_MAX : n;
	while (j < max) {
		unsigned char b = p[j];
		if (ascii_fold[b] || (b >= '0' && b <= '9')) {
			j++;
		} else if (b == 0xC3 && j + 1 < max && p[j + 1] >= 0x80 && p[j + 1] <= 0xBF && p[j + 1] != 0x97 &&
		           p[j + 1] != 0xB7) {
			j += 2;    /* U+00C0..U+00FF but for the signs x and / */
		} else {
			break;
		}
	}
	if (j == n)
		return j;
	return ends_word_alone(p, n, j) ? j : 0;
}

/* The token of a word cached from an earlier text: its key copied, no folding or hashing. */
static void emit_cached(scrm_tone_text *t, scrm_tone_word *w, size_t i, size_t e)
{
	scrm_tone_token *k = scrm_tone_new_token(t);
	k->src = (uint32_t)i;
	k->srclen = (uint32_t)(e - i);
	k->flags = w->flags;
	k->hash = w->hash;
	k->key = k->alt = (uint32_t)t->keys.len;
	k->keylen = w->keylen;
	k->word = w;
	/* The whole padded key, NUL included: the reserve has room for it. */
	memcpy(t->keys.data + t->keys.len, w->key, sizeof w->key);
	t->keys.len += w->keylen + 1u;
	if (w->flags & SCRM_TOK_WORD) {
		t->words++;
		if (w->flags & SCRM_TOK_CAPS)
			t->capswords++;
	}
}

#ifdef __SSE2__
/*
 * The ASCII letters and digits at the start of p[0..16) (readable), 16
 * when all are, with the 16 bytes in *v: most words, found without a loop.
 */
static inline size_t ascii_alnum_run(const unsigned char *p, __m128i *v)
{
	*v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* Bytes of 0x80 and above are negative: below 'a' and '0'. */
	__m128i lower = _mm_or_si128(*v, _mm_set1_epi8(0x20));
	__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
	                               _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
	__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(*v, _mm_set1_epi8('0' - 1)),
	                              _mm_cmplt_epi8(*v, _mm_set1_epi8('9' + 1)));
	unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
	return (size_t)__builtin_ctz(~mask);
}

/* The spelling of n (< 16) bytes in v, zero-padded into raw, and its slot index. */
static inline size_t home_of_run(__m128i v, size_t n, uint64_t raw[3])
{
	uint64_t lo = (uint64_t)_mm_cvtsi128_si64(v), hi = (uint64_t)_mm_cvtsi128_si64(_mm_srli_si128(v, 8));
	if (n < 8) {
		raw[0] = lo & ((UINT64_C(1) << (8 * n)) - 1);
		raw[1] = 0;
	} else {
		raw[0] = lo;
		raw[1] = hi & ((UINT64_C(1) << (8 * (n - 8))) - 1);
	}
	raw[2] = 0;
	return home_raw(raw, n);
}
#endif

size_t scrm_tone_cached_word(scrm_tone_text *t, const char *text, size_t n, size_t i, bool bounded)
{
	const unsigned char *p = (const unsigned char *)t->padded;
	uint64_t raw[3];
	size_t e = 0, home = 0;
#ifdef __SSE2__
	/* ASCII letters and digits then ASCII that ends a word: the common
	 * case. The zeros after the text stop the run at its end. */
	__m128i v;
	size_t run = ascii_alnum_run(p + i, &v);
	if (run > 0 && run < 16 && (i + run == n || (p[i + run] < 0x80 && ascii_class[p[i + run]] != C_APOS))) {
		e = i + run;
		home = home_of_run(v, run, raw);
	}
#endif
	if (e == 0) {
		e = plain_word_end(p, n, i);
		if (e == 0)
			return scrm_tone_word_token(t, text, n, i, bounded);
		home = home_of(t->padded + i, e - i, raw);
	}
	scrm_tone_word *w = find(t->cache, raw, e - i, home);
	if (w) {
		emit_cached(t, w, i, e);
		return e;
	}
	size_t end = scrm_tone_word_token(t, text, n, i, bounded);
	scrm_tone_token *k = &t->tok[t->ntok - 1];
	if (end == e && !(k->flags & SCRM_TOK_ELONG))
		k->word = add(t->cache, raw, e - i, home, k, t->keys.data + k->key);
	return end;
}
