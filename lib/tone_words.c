/*
 * tone_words.c - the tone engine's cache of spellings already tokenised
 * (see tone_impl.h), owned by the engine and handed to the tokenizer: its
 * slots, and which words it may keep.
 */
#include <stdlib.h>
#include <string.h>

#include "bigalloc.h"
#include "msg.h"
#include "tone_chars.h"
#include "tone_impl.h"

scrm_tone_words *scrm_tone_words_new(void)
{
	scrm_tone_words *w = scrm_xcalloc(1, sizeof *w);
	/* 3 MB probed at random, once per word: a big table (page-aligned,
	 * so each slot keeps its cache line). */
	w->slot = scrm_big_alloc(SCRM_TONE_WORD_SLOTS * sizeof *w->slot);
	scrm_tone_words_clear(w);
	return w;
}

void scrm_tone_words_free(scrm_tone_words *w)
{
	if (!w)
		return;
	scrm_big_free(w->slot, SCRM_TONE_WORD_SLOTS * sizeof *w->slot);
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

scrm_tone_word *scrm_tone_words_add(scrm_tone_words *w, const uint64_t raw[3], size_t n, size_t home,
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

/*
 * Whether the character at p[j] (j < n) ends the word before it whatever
 * follows: the tokenizer stops there without looking further. Not so for
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

#ifdef __SSE2__
/* Bit k set when byte k of v may end a two-byte letter U+00C0..U+00FF
 * (0x80..0xBF, but 0x97 and 0xB7 for the signs x and /). */
static inline unsigned latin1_tail_mask(__m128i v)
{
	/* 0x80..0xBF are the signed bytes below -64. */
	__m128i tail = _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0));
	__m128i signs = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0x97)),
	                             _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xB7)));
	return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(signs, tail));
}
#endif

size_t scrm_tone_plain_word_end(const unsigned char *p, size_t n, size_t i)
{
	size_t j = i, max = i + SCRM_TONE_WORD_MAX < n ? i + SCRM_TONE_WORD_MAX : n;
#ifdef __SSE2__
	/* The 32 bytes from p[i] at once (p is padded): where an accent falls
	 * in a word is no pattern for a branch. A letter of U+00C0..U+00FF is
	 * 0xC3 and a tail byte; ASCII letters and digits are one byte each. */
	__m128i lo = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
	__m128i hi = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
	uint32_t alnum = ascii_alnum_mask(lo) | ascii_alnum_mask(hi) << 16;
	uint32_t lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lo, _mm_set1_epi8((char)0xC3))) |
	                (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(hi, _mm_set1_epi8((char)0xC3))) << 16;
	uint32_t tail = latin1_tail_mask(lo) | latin1_tail_mask(hi) << 16;
	uint32_t pair = lead & (tail >> 1);     /* bit k: a letter in bytes k and k + 1 */
	uint32_t word = alnum | pair | pair << 1;
	size_t run = (size_t)__builtin_ctzll(~(uint64_t)word), room = max - i;
	/* Cut at max as the byte loop would: a letter that does not fit whole stays out. */
	j = run <= room ? i + run : max - ((pair >> (room - 1)) & 1);
#else
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
#endif
	if (j == n)
		return j;
	return ends_word_alone(p, n, j) ? j : 0;
}
